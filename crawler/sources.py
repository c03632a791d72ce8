"""The source registry: which newsrooms, ministries and media the press and
funding spiders read, in which format, and under which terms.

The registry is data (``crawler/data/sources.toml``); this module loads it
and refuses a bad entry with a message that names the entry and the field,
so a typo never silently drops a source from the crawl.
"""

from __future__ import annotations

import codecs
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload
from urllib.parse import urlsplit

SOURCE_KINDS = ("press", "policy", "funding", "news")
FEED_FORMATS = ("rss", "rdf", "atom", "news-search")
LISTING_FORMAT = "html"
FORMATS = (*FEED_FORMATS, LISTING_FORMAT)
BASE_URL_PLACEHOLDER = "{base_url}"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_REQUIRED_SELECTORS = ("item", "title", "link")
_OPTIONAL_SELECTORS = ("date", "summary", "lead")

_FIELDS = {
    "name",
    "kind",
    "format",
    "url",
    "urls",
    "organisation",
    "publisher",
    "language",
    "encoding",
    "interval_hours",
    "download_delay",
    "enabled",
    "disabled_reason",
    "terms",
    "store_summary",
    "keywords",
    "selectors",
    "follow",
    "notes",
}


class RegistryError(ValueError):
    """The registry file cannot be used; the message lists every problem found."""


@dataclass(frozen=True)
class ListingSelectors:
    """Where an HTML listing keeps its entries: CSS, or XPath when prefixed ``xpath:``."""

    item: str
    title: str
    link: str
    date: str = ""
    summary: str = ""
    # On the article page, when the registry asks to follow entries.
    lead: str = ""


@dataclass(frozen=True)
class Source:
    """One registry entry."""

    name: str
    kind: str
    format: str
    urls: tuple[str, ...]
    organisation: str = ""
    publisher: str = ""
    language: str = ""
    encoding: str = ""
    interval_hours: float = 24.0
    download_delay: float | None = None
    enabled: bool = True
    disabled_reason: str = ""
    terms: str = ""
    store_summary: bool = True
    keywords: tuple[str, ...] = ()
    selectors: ListingSelectors | None = None
    follow: bool = False
    notes: str = ""

    @property
    def is_listing(self) -> bool:
        return self.format == LISTING_FORMAT

    @property
    def needs_base_url(self) -> bool:
        return any(BASE_URL_PLACEHOLDER in url for url in self.urls)

    def resolved_urls(self, base_url: str = "") -> list[str]:
        """The URLs with ``{base_url}`` replaced (the demo and tests point it at 127.0.0.1)."""
        if self.needs_base_url and not base_url:
            raise RegistryError(
                f"source {self.name!r} uses {BASE_URL_PLACEHOLDER} but the SOURCES_BASE_URL setting is empty"
            )
        return [url.replace(BASE_URL_PLACEHOLDER, base_url.rstrip("/")) for url in self.urls]


@dataclass
class _Problems:
    messages: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.messages.append(f"{where}: {message}")


def resolve_sources_file(setting: str | None, data_dir: str | None) -> Path:
    """The registry path: the ``SOURCES_FILE`` setting, else ``<DATA_DIR>/sources.toml``."""
    if setting:
        return Path(setting)
    return Path(data_dir or "crawler/data") / "sources.toml"


def load_registry(path: str | Path) -> list[Source]:
    """Every source of a registry file, checked; raises RegistryError listing all problems."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise RegistryError(f"source registry not found: {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{path} is not valid TOML: {error}") from None
    return parse_registry(data, path)


def parse_registry(data: dict[str, Any], path: Path) -> list[Source]:
    """The sources of an already-parsed registry document."""
    problems = _Problems()
    unknown_top = set(data) - {"source"}
    if unknown_top:
        problems.add(str(path), f"unknown top-level keys {sorted(unknown_top)}; sources are [[source]] tables")
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        problems.add(str(path), "no [[source]] entries")
        entries = []
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for position, entry in enumerate(entries, start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        where = f"source #{position}" + (f" ({name!r})" if isinstance(name, str) else "")
        if not isinstance(entry, dict):
            problems.add(where, "is not a table")
            continue
        source = _parse_source(entry, where, problems)
        if source is None:
            continue
        if source.name in seen:
            problems.add(where, f"name {source.name!r} is already used by source #{seen[source.name]}")
            continue
        seen[source.name] = position
        sources.append(source)
    if problems.messages:
        listing = "\n  ".join(problems.messages)
        raise RegistryError(f"{path} has {len(problems.messages)} problem(s):\n  {listing}")
    return sources


def _parse_source(entry: dict[str, Any], where: str, problems: _Problems) -> Source | None:
    before = len(problems.messages)
    for key in sorted(set(entry) - _FIELDS):
        close = difflib.get_close_matches(key, _FIELDS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        problems.add(where, f"unknown field {key!r}{hint}")

    name = _string(entry, "name", where, problems, required=True)
    if name and not _NAME.match(name):
        problems.add(where, f"name {name!r} must be lower-case letters, digits and hyphens")
    kind = _string(entry, "kind", where, problems, required=True)
    if kind and kind not in SOURCE_KINDS:
        problems.add(where, f"kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    format_ = _string(entry, "format", where, problems, required=True)
    if format_ and format_ not in FORMATS:
        problems.add(where, f"format {format_!r} is not one of {', '.join(FORMATS)}")

    urls = _urls(entry, where, problems)
    encoding = _string(entry, "encoding", where, problems)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            problems.add(where, f"encoding {encoding!r} is not a codec Python knows")
    enabled = _boolean(entry, "enabled", where, problems, default=True)
    disabled_reason = _string(entry, "disabled_reason", where, problems)
    if not enabled and not disabled_reason:
        problems.add(where, "is disabled but has no disabled_reason saying why")
    interval_hours = _number(entry, "interval_hours", where, problems, default=24.0)
    if interval_hours is not None and interval_hours <= 0:
        problems.add(where, "interval_hours must be above 0")
    download_delay = _number(entry, "download_delay", where, problems, default=None)
    if download_delay is not None and download_delay < 0:
        problems.add(where, "download_delay cannot be negative")
    keywords = entry.get("keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(word, str) and word for word in keywords):
        problems.add(where, "keywords must be a list of non-empty strings")
        keywords = []
    selectors = _selectors(entry, format_, where, problems)
    follow = _boolean(entry, "follow", where, problems, default=False)
    if follow and format_ != LISTING_FORMAT:
        problems.add(where, 'follow only applies to format = "html"')

    if len(problems.messages) > before:
        return None
    return Source(
        name=name,
        kind=kind,
        format=format_,
        urls=tuple(urls),
        organisation=_string(entry, "organisation", where, problems),
        publisher=_string(entry, "publisher", where, problems),
        language=_string(entry, "language", where, problems),
        encoding=encoding,
        interval_hours=float(interval_hours),
        download_delay=None if download_delay is None else float(download_delay),
        enabled=enabled,
        disabled_reason=disabled_reason,
        terms=_string(entry, "terms", where, problems),
        store_summary=_boolean(entry, "store_summary", where, problems, default=True),
        keywords=tuple(keywords),
        selectors=selectors,
        follow=follow,
        notes=_string(entry, "notes", where, problems),
    )


def _string(entry: dict, key: str, where: str, problems: _Problems, *, required: bool = False) -> str:
    value = entry.get(key)
    if value is None:
        if required:
            problems.add(where, f"missing required field {key!r}")
        return ""
    if not isinstance(value, str):
        problems.add(where, f"{key} must be a string, not {type(value).__name__}")
        return ""
    if required and not value.strip():
        problems.add(where, f"{key} is empty")
    return value.strip()


def _boolean(entry: dict, key: str, where: str, problems: _Problems, *, default: bool) -> bool:
    value = entry.get(key, default)
    if not isinstance(value, bool):
        problems.add(where, f"{key} must be true or false, not {value!r}")
        return default
    return value


@overload
def _number(entry: dict, key: str, where: str, problems: _Problems, *, default: float) -> float: ...
@overload
def _number(entry: dict, key: str, where: str, problems: _Problems, *, default: None) -> float | None: ...
def _number(entry: dict, key: str, where: str, problems: _Problems, *, default: float | None) -> float | None:
    value = entry.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.add(where, f"{key} must be a number, not {value!r}")
        return default
    return float(value)


def _urls(entry: dict, where: str, problems: _Problems) -> list[str]:
    if "url" in entry and "urls" in entry:
        problems.add(where, "give either url or urls, not both")
        return []
    raw = entry.get("urls", [entry["url"]] if "url" in entry else [])
    if not isinstance(raw, list) or not raw:
        problems.add(where, "missing url (or a non-empty urls list)")
        return []
    urls = []
    for url in raw:
        if not isinstance(url, str):
            problems.add(where, f"URL {url!r} is not a string")
            continue
        checked = url.replace(BASE_URL_PLACEHOLDER, "http://localhost")
        parts = urlsplit(checked)
        if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.netloc):
            problems.add(where, f"URL {url!r} is not an http(s) or file URL")
            continue
        urls.append(url)
    return urls


def _selectors(entry: dict, format_: str, where: str, problems: _Problems) -> ListingSelectors | None:
    raw = entry.get("selectors")
    if format_ != LISTING_FORMAT:
        if raw is not None:
            problems.add(where, 'selectors only apply to format = "html"')
        return None
    if not isinstance(raw, dict):
        problems.add(where, "an html listing needs a [source.selectors] table with item, title and link")
        return None
    for key in sorted(set(raw) - set(_REQUIRED_SELECTORS) - set(_OPTIONAL_SELECTORS)):
        problems.add(where, f"unknown selector {key!r} (known: {', '.join(_REQUIRED_SELECTORS + _OPTIONAL_SELECTORS)})")
    missing = [key for key in _REQUIRED_SELECTORS if not isinstance(raw.get(key), str) or not raw.get(key)]
    if missing:
        problems.add(where, f"selectors {', '.join(missing)} missing")
        return None
    return ListingSelectors(**{key: str(raw.get(key, "")) for key in _REQUIRED_SELECTORS + _OPTIONAL_SELECTORS})
