"""What the project's own `scrapy` commands share.

It lives outside ``crawler.commands`` because Scrapy makes every
ScrapyCommand class found in that package a command.
"""

from __future__ import annotations

import argparse
import functools
import sqlite3
import sys
from datetime import UTC, date, datetime, time
from typing import NoReturn
from zoneinfo import ZoneInfo

from scrapy.commands import ScrapyCommand, ScrapyHelpFormatter
from scrapy.exceptions import UsageError
from scrapy.settings import Settings

from archive import Archive, ArchiveError, resolve_archive_path
from archive.reader import NoArchive, open_reader
from config.loading import ConfigError
from crawler.spiders._arguments import SpiderArgumentError

TOKYO = ZoneInfo("Asia/Tokyo")


class ProjectCommand(ScrapyCommand):
    """A command of this project: it works on the archive and starts no crawl in its own process.

    A user's mistake (UsageError, a data file its typed model refuses) is one
    message and exit status 2; an archive that cannot be read is one line and
    exit status 1; neither a traceback.
    """

    requires_project = True
    requires_crawler_process = False
    # scrapy.cmdline sets the project's settings before it calls run.
    settings: Settings

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "run" in cls.__dict__:
            # Wrapping each command's own run is the point here.
            cls.run = _reporting_archive_errors(cls.run)  # type: ignore[method-assign]

    @property
    def command_name(self) -> str:
        return type(self).__module__.rsplit(".", 1)[-1]

    def syntax(self) -> str:
        return "[options]"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.formatter_class = HelpFormatter
        # The parser is Scrapy's; replacing two of its methods is how its messages change.
        parser.error = functools.partial(_one_line_error, parser, self.command_name)  # type: ignore[method-assign]
        parser.parse_known_args = functools.partial(  # type: ignore[method-assign]
            _known_options_only, parser, parser.parse_known_args
        )


def _known_options_only(parser: argparse.ArgumentParser, parse_known_args, args=None, namespace=None):
    """Scrapy passes what its parser does not know on as words; an unknown ``--option`` is a mistake, not a word.

    (A single dash stays a word: ``scrapy search -word`` leaves a word out.)
    """
    opts, words = parse_known_args(args, namespace)
    unknown = [word for word in words if word.startswith("--") and len(word) > 2]
    if unknown:
        parser.error(f"unknown option {unknown[0].split('=', 1)[0]} (--help lists the options)")
    return opts, words


def _one_line_error(parser: argparse.ArgumentParser, command: str, message: str) -> NoReturn:
    """argparse's error without the usage block: ``scrapy NAME: error: ...``, exit 2 (--help has the rest)."""
    parser.exit(2, f"scrapy {command}: error: {message}\n")


def _reporting_archive_errors(run):
    @functools.wraps(run)
    def wrapper(self, args, opts):
        try:
            return run(self, args, opts)
        except (ArchiveError, sqlite3.DatabaseError) as error:
            if isinstance(error, ArchiveError):
                message = str(error)
            else:
                path = resolve_archive_path(self.settings.get("ARCHIVE_PATH") if self.settings else None)
                message = (
                    f"cannot read archive {path}: {error}"
                    f" (is the file damaged? sqlite3 {path} 'PRAGMA integrity_check' tells)"
                )
            print(f"scrapy {self.command_name}: error: {message}", file=sys.stderr)
            self.exitcode = 1
        except ConfigError as error:
            # Every problem of the file, each with its entry and key (config.loading).
            print(f"scrapy {self.command_name}: error: {error}", file=sys.stderr)
            self.exitcode = 2

    return wrapper


class HelpFormatter(ScrapyHelpFormatter):
    """Scrapy's help layout, where only section headings become titles.

    Scrapy's formatter underlines every line that ends with a colon, so an
    option whose help wraps after "(default:" came out as a title.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._headings: set[str] = set()

    def start_section(self, heading: str | None) -> None:
        if heading:
            self._headings.add(f"{heading}:\n")
        super().start_section(heading)

    def format_part_strings(self, part_strings: list[str]) -> list[str]:
        guarded = [
            part.replace(":\n", ":\u2060\n")
            if part.endswith(":\n") and part.strip() + "\n" not in self._headings
            else part
            for part in part_strings
        ]
        return [part.replace("\u2060", "") for part in super().format_part_strings(guarded)]


AT_HELP = (
    "act as of this time instead of now (ISO 8601: 2026-11-30, 2026-11-30T09:00; Asia/Tokyo unless a zone is given)"
)


def moment_option(value: str | None, option: str = "--at") -> datetime:
    """The time an ``--at`` option names, or now.

    ISO 8601, a date or a date and time; without a zone it is Asia/Tokyo,
    the project's calendar (``2026-11-30`` is midnight in Tokyo).
    """
    if not value:
        return datetime.now(UTC)
    text = value.strip()
    try:
        if len(text) == 10:
            moment = datetime.combine(date.fromisoformat(text), time())
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"{option} must be a date or time in ISO 8601 (2026-11-30, 2026-11-30T09:00, "
            f"2026-11-30T00:00:00Z), got {value!r}"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TOKYO)
    return moment.astimezone(UTC)


def _no_archive(path, error: NoArchive) -> UsageError:
    return UsageError(
        f"{error}; crawl first (scrapy run, or scrapy demo for the sample archive) or point JPLLM_ARCHIVE at one"
    )


def open_existing_archive(settings_path: str | None, *, current: bool = True) -> Archive:
    """The archive, read-only: a query never creates a file, and works on an archive it may not write.

    With ``current`` an archive of an older schema is refused (``archive.reader``).
    """
    path = resolve_archive_path(settings_path)
    try:
        return open_reader(path, current=current)
    except NoArchive as error:
        raise _no_archive(path, error) from None


def open_existing_archive_for_writing(settings_path: str | None) -> Archive:
    """The archive, which must exist already, opened to write (and migrated)."""
    path = resolve_archive_path(settings_path)
    try:
        open_reader(path, current=False).close()
    except NoArchive as error:
        raise _no_archive(path, error) from None
    return Archive(path)


def spider_argument_mistake(spider_loader, spider: str, arguments: dict[str, str], settings) -> str | None:
    """What is wrong with ``scrapy crawl SPIDER -a ...``, in one line, or None.

    Checked before the crawler starts: a user's mistake is not a crawl
    failure, so it must never become a ``crawl_runs`` row or touch source health.
    """
    try:
        spider_class = spider_loader.load(spider)
    except KeyError:
        return f"no spider named {spider!r}; the project has {', '.join(sorted(spider_loader.list()))}"
    check = getattr(spider_class, "check_arguments", None)
    if check is None:
        return None
    try:
        check(settings, dict(arguments))
    except (SpiderArgumentError, ConfigError) as error:
        # A data file the spider reads (the registry, the arXiv queries) that
        # is refused is a mistake to fix before crawling, like a wrong -a.
        return str(error)
    return None
