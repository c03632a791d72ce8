"""Spider arguments (``-a name=value``) checked before a crawl starts.

A mistyped argument is the user's mistake, not a crawl failure: it must end
in one readable line and exit status 2, before the crawler opens the archive,
so it never becomes a ``crawl_runs`` row or counts against a source's health.
Each spider declares the arguments it accepts and how each is read; the
``scrapy crawl`` command checks them with :func:`check_arguments`, and the
spider checks them again when it is built some other way (tests, scripts).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapy.exceptions import UsageError

# Arguments a crawl runner adds to every crawl, not the user: Scrapyd passes
# ``-a _job=<job id>``. They are left to Scrapy, not checked.
RUNNER_ARGUMENTS = frozenset({"_job"})


class SpiderArgumentError(UsageError):
    """A spider argument the user got wrong; the message is one line that says how to fix it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, print_help=False)


@dataclass(frozen=True)
class Argument:
    """One ``-a name=value`` a spider accepts, and how its value is checked."""

    name: str
    check: Callable[[str, str], object]
    help: str = ""


def check_date(name: str, value: str) -> date:
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise SpiderArgumentError(f"{name} must be YYYY-MM-DD, got {value!r}") from None


FEED_SCHEMES = ("http", "https", "file")


def check_url(name: str, value: str) -> str:
    """A feed URL: http(s) with a host, or file:// naming a file that exists."""
    parts = urlsplit(value.strip())
    if parts.scheme not in FEED_SCHEMES or (parts.scheme != "file" and not parts.hostname):
        raise SpiderArgumentError(f"{name} must be an http://, https:// or file:// URL, got {value!r}")
    if parts.scheme == "file" and not Path(unquote(parts.path)).is_file():
        raise SpiderArgumentError(f"{name}: no such file: {unquote(parts.path)}")
    return value.strip()


def check_urls_file(name: str, value: str) -> list[str]:
    """The URLs of a file with one per line (``#`` starts a comment), each checked like ``url``."""
    path = Path(value)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpiderArgumentError(f"{name}: no such file: {value}") from None
    except IsADirectoryError:
        raise SpiderArgumentError(f"{name}: {value} is a directory, not a file of URLs") from None
    except UnicodeDecodeError:
        raise SpiderArgumentError(f"{name}: {value} is not UTF-8 text") from None
    except OSError as error:
        raise SpiderArgumentError(f"{name}: cannot read {value}: {error.strerror}") from None
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            urls.append(check_url(f"{name} line {number}", line))
        except SpiderArgumentError as error:
            raise SpiderArgumentError(f"{value}: {error}") from None
    if not urls:
        raise SpiderArgumentError(f"{name}: {value} holds no URL")
    return urls


def check_names(name: str, value: str) -> list[str]:
    """A comma-separated list of names."""
    names = [part.strip() for part in value.split(",") if part.strip()]
    if not names:
        raise SpiderArgumentError(f"{name} needs at least one name, got {value!r}")
    return names


def check_choice(name: str, value: str, choices: tuple[str, ...], what: str = "") -> str:
    if value in choices:
        return value
    hint = _did_you_mean(value, choices)
    raise SpiderArgumentError(f"{name} must be one of {', '.join(choices)}{what}, got {value!r}{hint}")


def unknown_names(name: str, wanted: list[str], known: list[str], what: str) -> None:
    """Refuse names that are not ``known``, saying which are (and the closest one)."""
    unknown = [item for item in wanted if item not in known]
    if unknown:
        hints = "".join(_did_you_mean(item, known) for item in unknown[:1])
        raise SpiderArgumentError(
            f"{name}: unknown {what} {', '.join(repr(item) for item in unknown)}{hints}; "
            f"known: {', '.join(sorted(known))}"
        )


def _did_you_mean(value: str, choices: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def check_arguments(spider: str, accepted: tuple[Argument, ...], given: Mapping[str, str]) -> dict[str, object]:
    """The checked values of ``given``; a name the spider does not accept is refused, with a hint."""
    by_name = {argument.name: argument for argument in accepted}
    checked: dict[str, object] = {}
    for name, value in given.items():
        if name in RUNNER_ARGUMENTS:
            continue
        argument = by_name.get(name)
        if argument is None:
            close = difflib.get_close_matches(name, list(by_name), n=1, cutoff=0.6)
            hint = f"did you mean {close[0]}? " if close else ""
            accepts = ", ".join(by_name) or "nothing"
            raise SpiderArgumentError(f"unknown argument -a {name}; {hint}the {spider} spider takes: {accepts}")
        checked[name] = argument.check(name, value)
    return checked
