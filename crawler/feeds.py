"""Feeds (RSS 0.9x/2.0, RSS 1.0 RDF, Atom, news-search feeds) read from raw bytes into items.

feedparser gets the bytes, never decoded text, so the XML declaration, the
HTTP charset and its own detection decide the encoding; a registry override
is passed as the HTTP charset because that is the one feedparser trusts
first. Shift_JIS in any spelling is read as cp932, which also decodes the
vendor characters (①, ㈱, 髙) Japanese sites use.
"""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser

from common.items import WatchItem
from common.text import clean_text, normalise_text, strip_html, to_utc_iso
from crawler.feed_encoding import replace_undecodable

REPLACEMENT_CHARACTER = "\ufffd"
SHIFT_JIS_NAMES = frozenset(
    {"shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932", "cp932"}
)
_XML_DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']", re.IGNORECASE)
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([^\s;\"']+)[\"']?", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
# Opening tags of RSS items and Atom entries (not RDF's <items> table of contents).
_ENTRY_TAG = re.compile(rb"<(?:[A-Za-z0-9_-]+:)?(?:item|entry)[\s>/]")
_DAY_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LEADING_WHITESPACE_BEFORE_XML = re.compile(rb"^(\xef\xbb\xbf)?\s+(?=<\?xml)")


@dataclass
class FeedOrigin:
    """Who a feed speaks for and how its items are labelled."""

    source: str
    kind: str
    language: str = ""
    organisation: str = ""
    # The name shown for the source's items when entries do not name one (media sites).
    publisher: str = ""
    store_summary: bool = True
    encoding: str = ""


@dataclass
class ParsedFeed:
    """What one feed response held."""

    items: list[WatchItem] = field(default_factory=list)
    version: str = ""
    bozo: bool = False
    bozo_message: str = ""
    # Item or entry tags in the body that gave no item: what a malformation cost.
    entries_lost: int = 0
    # Why nothing could be read; None when the feed gave items.
    error: str | None = None
    entries: int = 0
    entries_without_link: int = 0
    mojibake_titles: list[str] = field(default_factory=list)
    # Byte sequences the declared encoding could not decode, read as U+FFFD.
    undecodable: int = 0

    @property
    def degraded(self) -> bool:
        """Malformed in a way that cost entries; a bozo flag alone (a stray newline, a guessed encoding) is not."""
        return self.bozo and self.entries_lost > 0


def feed_content_type(content_type: str, body: bytes, encoding_override: str = "") -> str:
    """The Content-Type to hand feedparser: the registry's encoding wins, Shift_JIS becomes cp932."""
    charset = encoding_override
    if not charset:
        match = _CHARSET.search(content_type)
        charset = match.group(1) if match else ""
    if not charset:
        declared = _XML_DECLARED_ENCODING.match(body[:200])
        if declared and declared.group(1).decode("ascii").lower() in SHIFT_JIS_NAMES:
            charset = "cp932"
    if charset.lower() in SHIFT_JIS_NAMES:
        charset = "cp932"
    media_type = content_type.split(";")[0].strip() or "application/xml"
    return f"{media_type}; charset={charset}" if charset else media_type


def parse_feed(body: bytes, origin: FeedOrigin, content_type: str = "", feed_url: str = "") -> ParsedFeed:
    """The items of one feed; ``error`` says why when there are none.

    ``feed_url`` resolves relative entry links, which some Japanese sites use.
    """
    result = ParsedFeed()
    if not body.strip():
        result.error = "empty response body"
        return result
    # Some servers send a newline before the XML declaration, which expat refuses outright.
    body = _LEADING_WHITESPACE_BEFORE_XML.sub(lambda match: match.group(1) or b"", body, count=1)
    body, charset_header, result.undecodable = replace_undecodable(
        body, feed_content_type(content_type, body, origin.encoding)
    )
    headers = {"content-type": charset_header}
    if feed_url.lower().startswith(("http://", "https://")):
        headers["content-location"] = feed_url
    feed = feedparser.parse(body, response_headers=headers)
    result.version = feed.get("version", "")
    result.bozo = bool(feed.bozo)
    result.bozo_message = str(feed.get("bozo_exception", ""))[:300] if feed.bozo else ""
    result.entries = len(feed.entries)
    linked = [entry for entry in feed.entries if _parse_url(entry)]
    result.entries_without_link = result.entries - len(linked)
    if result.bozo:
        result.entries_lost = max(0, len(_ENTRY_TAG.findall(body)) - len(linked))
    seen_urls: set[str] = set()
    for entry in linked:
        item = entry_item(entry, feed.feed, origin, bozo=result.degraded)
        if item is None:
            continue
        if item.url in seen_urls:
            continue
        seen_urls.add(item.url)
        if REPLACEMENT_CHARACTER in item.title:
            result.mojibake_titles.append(item.title)
        result.items.append(item)
    if not result.items:
        result.error = _why_empty(body, result)
    return result


def _why_empty(body: bytes, result: ParsedFeed) -> str:
    if _HTML_START.match(body[:2048]) and not result.version:
        return "an HTML page was served instead of a feed"
    if result.entries and result.entries_without_link:
        return f"none of the {result.entries} entries has a link"
    if result.bozo:
        return f"unreadable feed: {result.bozo_message}"
    if not result.version:
        return "not a feed (no RSS, RDF or Atom root element)"
    return "the feed has no entries"


def entry_item(
    entry: feedparser.FeedParserDict,
    feed_info: feedparser.FeedParserDict,
    origin: FeedOrigin,
    *,
    bozo: bool = False,
) -> WatchItem | None:
    """One feed entry as an item, or None when it has no web link."""
    url = _parse_url(entry)
    if not url:
        return None
    title = entry.get("title", "")
    publisher, title = _parse_publisher(entry, title)
    summary = _parse_summary(entry, title, publisher)
    corporation = normalise_text(entry.get("dc_corp", ""))
    organisations = [corporation] if corporation else ([origin.organisation] if origin.organisation else [])
    return WatchItem(
        kind=origin.kind,
        source=origin.source,
        url=url,
        title=title,
        summary=summary,
        authors=_parse_authors(entry),
        organisations=organisations,
        language=origin.language or _parse_language(entry, feed_info),
        published_at=_parse_date(entry, "published") or _parse_date(entry, "updated"),
        updated_at=_parse_date(entry, "updated"),
        publisher=publisher or origin.publisher or origin.organisation or clean_text(feed_info.get("title", "")),
        store_summary=origin.store_summary,
        feed_bozo=bozo,
    )


def _parse_url(entry: feedparser.FeedParserDict) -> str:
    """The entry's web link: FeedBurner's ``origLink``, ``link``, an alternate link, or an http ``id``.

    FeedBurner-style feeds put a tracking proxy in ``link`` and the article's
    own address in ``feedburner:origLink``; the archive keeps the article's.
    """
    candidates = [entry.get("feedburner_origlink", ""), entry.get("link", "")]
    candidates += [link.get("href", "") for link in entry.get("links", []) if link.get("rel") == "alternate"]
    candidates.append(entry.get("id", ""))
    for candidate in candidates:
        candidate = (candidate or "").strip()
        if candidate.lower().startswith(("http://", "https://")):
            return candidate
    return ""


def _parse_publisher(entry: feedparser.FeedParserDict, title: str) -> tuple[str, str]:
    """The publisher named by ``<source>`` (news-search feeds), as published, and the title without its
    " - Publisher" suffix."""
    source = entry.get("source") or {}
    as_published = clean_text(source.get("title", "")) if hasattr(source, "get") else ""
    # Some publishers' names reach the feed with a trailing " |" of their page titles.
    publisher = as_published.rstrip(" |")
    if not publisher:
        return "", title
    # The headline keeps its own characters; the suffix is the publisher's name as the feed wrote it, or folded.
    headline = clean_text(title)
    folded = normalise_text(as_published)
    for name in (as_published, publisher, folded, folded.rstrip(" |")):
        suffix = f" - {name}"
        if headline.endswith(suffix) and len(headline) > len(suffix):
            return publisher, headline[: -len(suffix)].rstrip()
    return publisher, title


def _parse_summary(entry: feedparser.FeedParserDict, title: str, publisher: str) -> str:
    """The description, dropped when it only repeats the headline and publisher (news-search feeds)."""
    summary = entry.get("summary", "")
    if publisher:
        rest = normalise_text(strip_html(summary)).replace(normalise_text(title), "", 1)
        rest = rest.replace(normalise_text(publisher), "", 1)
        if not rest.strip():
            return ""
    return summary


def _parse_authors(entry: feedparser.FeedParserDict) -> list[str]:
    """Bylines (Atom authors, ``dc:creator``, RSS ``author``), once each."""
    names: list[str] = []
    for author in entry.get("authors", []) or []:
        name = author.get("name", "") if hasattr(author, "get") else ""
        if name and name not in names:
            names.append(name)
    if not names and entry.get("author"):
        names.append(entry["author"])
    return names


def _parse_language(entry: feedparser.FeedParserDict, feed_info: feedparser.FeedParserDict) -> str:
    """The language the feed declares (``xml:lang`` or ``<language>``), as a short code."""
    declared = (entry.get("title_detail") or {}).get("language") or feed_info.get("language") or ""
    return declared.split("-")[0].lower() if declared else ""


def _parse_date(entry: feedparser.FeedParserDict, field_name: str) -> str | None:
    """An entry date as UTC ISO, the most precise the entry offers; no zone means Asia/Tokyo.

    feedparser keeps one raw string per field but parses every date element it
    meets: PR TIMES sends ``<dc:date>`` with the time and a private ``<date>``
    with the day only, and the day-only one ends up as the raw string while
    the ``_parsed`` value holds the time. A day-only raw string therefore
    gives way to a parsed value that has a time of day.
    """
    # dict.get: feedparser's own get() maps a missing "published" to "updated", with a warning.
    raw = (dict.get(entry, field_name, "") or "").strip()
    parsed: time.struct_time | None = dict.get(entry, f"{field_name}_parsed")
    from_parsed = to_utc_iso(datetime.fromtimestamp(calendar.timegm(parsed), UTC)) if parsed else None
    if raw:
        try:
            from_raw = to_utc_iso(raw)
        except ValueError:
            return from_parsed
        if _DAY_ONLY.match(raw) and parsed and parsed[3:6] != (0, 0, 0):
            return from_parsed
        return from_raw
    return from_parsed
