"""``sources.toml``: the source registry, the newsrooms, ministries and media the press and funding spiders read.

Every check of an entry lives here: a name the spiders can use, a known kind
and format, http(s) or file URLs, a codec Python knows, a reason for a
disabled source, selectors for (and only for) an HTML listing. A typo never
silently drops a source from the crawl. ``crawler.sources`` turns the checked
entries into the ``Source`` objects the spiders use.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails

from config.loading import ConfigError, StrictModel, load_file, problem_at, problems_at, with_problems

SOURCE_KINDS = ("press", "policy", "funding", "news")
FEED_FORMATS = ("rss", "rdf", "atom", "news-search")
LISTING_FORMAT = "html"
FORMATS = (*FEED_FORMATS, LISTING_FORMAT)
BASE_URL_PLACEHOLDER = "{base_url}"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _trimmed(value: str) -> str:
    # The registry always read its strings without surrounding blanks.
    return value.strip()


def _required_text(value: str) -> str:
    if not value.strip():
        raise ValueError("is empty")
    return value.strip()


def _url(value: str) -> str:
    parts = urlsplit(value.replace(BASE_URL_PLACEHOLDER, "http://localhost"))
    if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.netloc):
        raise ValueError(f"URL {value!r} is not an http(s) or file URL")
    return value


def _keyword(value: str) -> str:
    if not value:
        raise ValueError("keywords must be non-empty strings")
    return value


Text = Annotated[str, AfterValidator(_trimmed)]
RequiredText = Annotated[str, AfterValidator(_required_text)]
Url = Annotated[str, AfterValidator(_url)]
Keyword = Annotated[str, AfterValidator(_keyword)]


class SelectorsEntry(StrictModel):
    """``[source.selectors]`` of an HTML listing: CSS, or XPath when prefixed ``xpath:``."""

    item: RequiredText
    title: RequiredText
    link: RequiredText
    date: str = ""
    summary: str = ""
    # On the article page, when the entry asks to follow entries.
    lead: str = ""


class SourceEntry(StrictModel):
    """One ``[[source]]``."""

    name: RequiredText
    kind: RequiredText
    format: RequiredText
    url: Url | None = None
    urls: list[Url] | None = None
    organisation: Text = ""
    publisher: Text = ""
    language: Text = ""
    encoding: Text = ""
    interval_hours: float = Field(24.0, gt=0)
    download_delay: float | None = Field(None, ge=0)
    enabled: bool = True
    disabled_reason: Text = ""
    terms: Text = ""
    store_summary: bool = True
    keywords: list[Keyword] = []
    selectors: SelectorsEntry | None = None
    follow: bool = False
    notes: Text = ""

    @field_validator("name")
    @classmethod
    def _usable_name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"{value!r} must be lower-case letters, digits and hyphens")
        return value

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in SOURCE_KINDS:
            raise ValueError(f"{value!r} is not one of {', '.join(SOURCE_KINDS)}")
        return value

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value not in FORMATS:
            raise ValueError(f"{value!r} is not one of {', '.join(FORMATS)}")
        return value

    @field_validator("encoding")
    @classmethod
    def _known_codec(cls, value: str) -> str:
        if value:
            try:
                codecs.lookup(value)
            except LookupError:
                raise ValueError(f"{value!r} is not a codec Python knows") from None
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _with_rules_across_keys(cls, data: Any, handler: Any) -> SourceEntry:
        # The rules that tie keys together are checked on the entry as written,
        # so they are reported with the other problems of the entry, not after
        # those are fixed.
        across = _problems_across_keys(data) if isinstance(data, Mapping) else []
        try:
            entry = handler(data)
        except ValidationError as failure:
            raise with_problems(failure, across) from None
        if across:
            raise ValidationError.from_exception_data(cls.__name__, across)
        return entry

    @property
    def all_urls(self) -> list[str]:
        return list(self.urls) if self.urls is not None else [self.url] if self.url else []


def _problems_across_keys(entry: Mapping[str, Any]) -> list[InitErrorDetails]:
    problems: list[tuple[str, str]] = []
    if "url" in entry and "urls" in entry:
        problems.append(("urls", "give either url or urls, not both"))
    elif "url" not in entry and "urls" not in entry:
        problems.append(("url", "missing required key (or a non-empty urls list)"))
    elif entry.get("urls") == []:
        problems.append(("urls", "is empty; give at least one URL"))
    if entry.get("enabled") is False and not str(entry.get("disabled_reason") or "").strip():
        problems.append(("disabled_reason", "missing: the source is disabled (enabled = false), say why"))
    format_ = entry.get("format")
    if format_ == LISTING_FORMAT and "selectors" not in entry:
        problems.append(("selectors", "an html listing needs a [source.selectors] table with item, title and link"))
    if format_ in FEED_FORMATS and "selectors" in entry:
        problems.append(("selectors", 'only apply to format = "html"'))
    if format_ in FEED_FORMATS and entry.get("follow") is True:
        problems.append(("follow", 'only applies to format = "html"'))
    return [problem_at((key,), message) for key, message in problems]


class SourcesFile(StrictModel):
    """The whole ``sources.toml``: ``[[source]]`` tables, names unique."""

    source: list[SourceEntry] = Field([], validate_default=True)

    @field_validator("source")
    @classmethod
    def _some_sources(cls, value: list[SourceEntry]) -> list[SourceEntry]:
        if not value:
            raise ValueError("no [[source]] entries")
        return value

    @model_validator(mode="after")
    def _unique_names(self) -> SourcesFile:
        first: dict[str, int] = {}
        repeated = []
        for position, entry in enumerate(self.source):
            if entry.name in first:
                already = f"{entry.name!r} is already used by [[source]] #{first[entry.name] + 1}"
                repeated.append((("source", position, "name"), already))
            first.setdefault(entry.name, position)
        if repeated:
            raise problems_at(type(self).__name__, repeated)
        return self


def load_sources_file(path: str | Path, error: type[ConfigError] = ConfigError) -> SourcesFile:
    return load_file(path, SourcesFile, error, what="source registry")
