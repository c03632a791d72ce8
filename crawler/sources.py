"""The source registry: which newsrooms, ministries and media the press and
funding spiders read, in which format, and under which terms.

The registry is data (``crawler/data/sources.toml``) with its typed model in
``config.sources``, which refuses a bad entry with a message naming the file,
the entry and the key, so a typo never silently drops a source from the
crawl. This module turns the checked entries into the ``Source`` objects the
spiders, the scheduler and the commands use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from config.loading import ConfigError, validate
from config.sources import (
    BASE_URL_PLACEHOLDER,
    FEED_FORMATS,
    FORMATS,
    LISTING_FORMAT,
    SOURCE_KINDS,
    SourceEntry,
    SourcesFile,
    load_sources_file,
)

__all__ = [
    "BASE_URL_PLACEHOLDER",
    "FEED_FORMATS",
    "FORMATS",
    "LISTING_FORMAT",
    "SOURCE_KINDS",
    "ListingSelectors",
    "RegistryError",
    "Source",
    "load_registry",
    "parse_registry",
    "resolve_sources_file",
]


class RegistryError(ConfigError):
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


def resolve_sources_file(setting: str | None, data_dir: str | None) -> Path:
    """The registry path: the ``SOURCES_FILE`` setting, else ``<DATA_DIR>/sources.toml``."""
    if setting:
        return Path(setting)
    return Path(data_dir or "crawler/data") / "sources.toml"


def load_registry(path: str | Path) -> list[Source]:
    """Every source of a registry file, checked; raises RegistryError listing all problems."""
    return _sources(load_sources_file(path, RegistryError))


def parse_registry(data: dict[str, Any], path: Path) -> list[Source]:
    """The sources of an already-parsed registry document."""
    return _sources(validate(data, SourcesFile, str(path), RegistryError))


def _sources(registry: SourcesFile) -> list[Source]:
    return [_source(entry) for entry in registry.source]


def _source(entry: SourceEntry) -> Source:
    selectors = entry.selectors
    return Source(
        name=entry.name,
        kind=entry.kind,
        format=entry.format,
        urls=tuple(entry.all_urls),
        organisation=entry.organisation,
        publisher=entry.publisher,
        language=entry.language,
        encoding=entry.encoding,
        interval_hours=entry.interval_hours,
        download_delay=entry.download_delay,
        enabled=entry.enabled,
        disabled_reason=entry.disabled_reason,
        terms=entry.terms,
        store_summary=entry.store_summary,
        keywords=tuple(entry.keywords),
        selectors=None if selectors is None else ListingSelectors(**selectors.model_dump()),
        follow=entry.follow,
        notes=entry.notes,
    )
