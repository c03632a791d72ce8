"""News listings in HTML: entries found with the registry's selectors, and the
lead paragraph and publication date of an article page.

Selectors are CSS unless they start with ``xpath:``. A selector that picks an
element (not ``::text`` or ``::attr(...)``) means its text, or for the link
its ``href``. Dates are read the ways Japanese sites print them
(2025年5月14日, 2025.05.14, 2025/5/14, 令和7年5月14日) as Asia/Tokyo.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from parsel import Selector, SelectorList

from common.text import clean_text, normalise_text, parse_japanese_date, to_utc_iso
from common.times import TOKYO
from crawler.listing_links import is_index_link
from crawler.sources import ListingSelectors

logger = logging.getLogger(__name__)

XPATH_PREFIX = "xpath:"
_LEAD_FALLBACKS = (
    'meta[property="og:description"]::attr(content)',
    'meta[name="description"]::attr(content)',
)
_PARAGRAPH_FALLBACKS = ("article p", "main p", "p")
_MIN_LEAD_LENGTH = 20


@dataclass
class ListingEntry:
    """One entry of a listing page."""

    title: str
    url: str
    # UTC ISO 8601, or None when the listing prints no readable date.
    published_at: str | None = None
    summary: str = ""


@dataclass
class ArticleDetails:
    """What an article page adds to its listing entry."""

    lead: str = ""
    published_at: str | None = None


def select(node: Selector, expression: str) -> SelectorList:
    """Nodes matched by a registry selector: CSS, or XPath after ``xpath:``."""
    if expression.startswith(XPATH_PREFIX):
        return node.xpath(expression[len(XPATH_PREFIX) :].strip())
    return node.css(expression)


def _first_text(node: Selector, expression: str) -> str:
    for match in select(node, expression):
        value = match.get() if isinstance(match.root, str) else match.xpath("string()").get()
        # As published: titles are stored and shown with their own characters.
        text = clean_text(value)
        if text:
            return text
    return ""


def _first_link(node: Selector, expression: str) -> str:
    for match in select(node, expression):
        value = match.get() if isinstance(match.root, str) else (match.attrib.get("href") or "")
        if value.strip():
            return value.strip()
    return ""


def parse_listing_date(text: str) -> str | None:
    """A listing date (ISO with or without a zone, or a Japanese form) as UTC ISO; None if unreadable."""
    text = normalise_text(text)
    if not text:
        return None
    try:
        return to_utc_iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    day = parse_japanese_date(text)
    if day is None:
        return None
    return to_utc_iso(datetime(day.year, day.month, day.day, tzinfo=TOKYO))


@dataclass
class Listing:
    """The entries a listing's selectors found, and how many matches were navigation, not items."""

    entries: list[ListingEntry] = field(default_factory=list)
    not_items: int = 0


def parse_listing(html: str, page_url: str, selectors: ListingSelectors) -> list[ListingEntry]:
    """The entries of a listing page, in page order, each URL once."""
    return read_listing(html, page_url, selectors).entries


def read_listing(html: str, page_url: str, selectors: ListingSelectors) -> Listing:
    """The entries of a listing page by its selectors, without the navigation they matched.

    A match whose link is a category, archive or index page is not an item
    (METI's category link 「ものづくり/情報/流通・サービス」 matched a selector
    meant for dated news). In a listing whose entries carry dates, a match
    without one is navigation too; a listing that prints no dates keeps its
    entries undated, to be dated by their page or when first seen.
    """
    page = Selector(text=html)
    listing = Listing()
    seen: set[str] = set()
    for node in select(page, selectors.item):
        title = _first_text(node, selectors.title)
        href = _first_link(node, selectors.link)
        summary = _first_text(node, selectors.summary) if selectors.summary else ""
        # An entry without a headline but with text gets a title from it later (pipelines/normalise.py).
        if not href or not (title or summary):
            continue
        url = urljoin(page_url, href)
        if url in seen:
            continue
        seen.add(url)
        if is_index_link(url, page_url):
            listing.not_items += 1
            continue
        published_at = parse_listing_date(_first_text(node, selectors.date)) if selectors.date else None
        published_at = published_at or _time_datetime(node)
        listing.entries.append(ListingEntry(title=title, url=url, published_at=published_at, summary=summary))
    dated = sum(1 for entry in listing.entries if entry.published_at)
    if selectors.date and dated * 2 >= len(listing.entries) > dated:
        listing.not_items += len(listing.entries) - dated
        listing.entries = [entry for entry in listing.entries if entry.published_at]
    return listing


def _time_datetime(node: Selector) -> str | None:
    """The entry's ``<time datetime>``, when its date selector found nothing readable."""
    for value in node.css("time::attr(datetime)").getall():
        published = parse_listing_date(value)
        if published:
            return published
    return None


def parse_article(html: str, lead_selector: str = "") -> ArticleDetails:
    """The lead paragraph and JSON-LD ``datePublished`` of an article page."""
    page = Selector(text=html)
    return ArticleDetails(lead=_parse_lead(page, lead_selector), published_at=_parse_json_ld_date(page))


def _parse_lead(page: Selector, lead_selector: str) -> str:
    """The registry's lead selector, else the page description, else the first real paragraph."""
    if lead_selector:
        return _first_text(page, lead_selector)
    for expression in _LEAD_FALLBACKS:
        text = _first_text(page, expression)
        if text:
            return text
    for expression in _PARAGRAPH_FALLBACKS:
        for paragraph in page.css(expression):
            text = normalise_text(paragraph.xpath("string()").get())
            if len(text) >= _MIN_LEAD_LENGTH:
                return text
    return ""


def _parse_json_ld_date(page: Selector) -> str | None:
    """``datePublished`` from the page's JSON-LD (a zone-less value is Asia/Tokyo, as PR TIMES writes it)."""
    for script in page.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(script, strict=False)
        except ValueError:
            logger.debug("unreadable JSON-LD block skipped")
            continue
        for node in _json_ld_nodes(data):
            value = node.get("datePublished")
            if isinstance(value, str):
                published = parse_listing_date(value)
                if published:
                    return published
    return None


def _json_ld_nodes(data: object) -> list[dict]:
    """Every object of a JSON-LD document, ``@graph`` and lists included."""
    if isinstance(data, list):
        return [node for element in data for node in _json_ld_nodes(element)]
    if isinstance(data, dict):
        return [data, *_json_ld_nodes(data.get("@graph", []))]
    return []
