"""Listings read without selectors, for when a redesign breaks the registry's.

A news listing is a run of repeated blocks (``li``, ``article``, ``div`` of
one class) that each hold one link to an article and a date. The reader
finds, for every link to an article-like URL, the smallest enclosing block
that also holds a date and no other article link, groups the blocks by their
shape (tag, class and position in the page), and keeps the groups that repeat
at least ``MIN_REPEATS`` times. Navigation fails on the way: category and
index pages are not articles, menus hold no dates, and a lone dated link
does not repeat.

Entries dated only by a heading above their group (``<dt>8月19日付</dt>``
before a ``<dd>`` of links, ``<summary>2026年08月19日発表</summary>`` before
a ``<ul>``) take that heading's date; a date without a year (8月19日) is the
latest such day not after the day of reading.

It also tells which links of a page are categories or indexes rather than
articles, which the selector-based reader uses to drop navigation its
selectors matched.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from common.text import clean_text, leading_japanese_date, parse_japanese_date, to_utc_iso
from common.times import TOKYO
from crawler.listing_links import is_article_link

MIN_REPEATS = 3
# How far above a link its entry block may start.
MAX_BLOCK_DEPTH = 5
# How far above an entry the heading that dates its group may be, and how long such a heading may be:
# a paragraph that mentions a date is not a heading.
MAX_HEADING_DEPTH = 4
MAX_HEADING_CHARS = 40
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_SKIPPED_ANCESTORS = frozenset({"nav", "header", "footer", "script", "style", "noscript", "select", "form"})
# A date a link's text starts with (2026.08.26, 2026年8月26日, R8.8.26), and the separator after it.
_LEADING_DATE = re.compile(
    r"^\s*(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{4}年\d{1,2}月\d{1,2}日"
    r"|(?:令和|平成)(?:\d{1,2}|元)年\d{1,2}月\d{1,2}日"
    r"|[RH](?:\d{1,2}|元)[./]\d{1,2}[./]\d{1,2})"
    r"(?:\s*[(（][^)）]{1,3}[)）])?"  # a weekday: (水), （水）
    r"[\s|:：-]*"
)


@dataclass
class GenericEntry:
    """One entry found without selectors."""

    title: str
    url: str
    published_at: str


def read_generic_listing(html: str, page_url: str, today: date | None = None) -> list[GenericEntry]:
    """The entries of a listing page found without selectors, in page order; [] if it has none.

    ``today`` (Asia/Tokyo, now by default) gives a year to dates written without one.
    """
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return []
    today = today or datetime.now(TOKYO).date()
    candidates = _article_links(root, page_url)
    article_anchors = {id(anchor) for anchor, _ in candidates}
    groups: dict[tuple, list[tuple[int, GenericEntry, list]]] = defaultdict(list)
    seen: set[str] = set()
    for position, (anchor, url) in enumerate(candidates):
        if url in seen:
            continue
        found = _entry_block(anchor, url, candidates, article_anchors, today)
        if found is None:
            continue
        block, published_at, own_date = found
        # Only a link that carries its own date (2026.08.26 見出し) loses it from the headline.
        title = _title(anchor, strip_leading_date=own_date)
        if not title:
            continue
        seen.add(url)
        # The elements from the link up to its block: where a lone entry meets the repeated ones.
        between = [anchor, *_ancestors_up_to(anchor, block)]
        groups[_shape(block)].append((position, GenericEntry(title=title, url=url, published_at=published_at), between))
    repeated = {shape for shape, members in groups.items() if len(members) >= MIN_REPEATS}
    kept = [
        (position, entry)
        for shape, members in groups.items()
        for position, entry, between in members
        # An entry alone under its own dated heading (a day with one release) sits in the same
        # repeated element as the others; its block, dated higher up, is shaped otherwise.
        if shape in repeated or any(_shape(element) in repeated for element in between)
    ]
    return [entry for _, entry in sorted(kept, key=lambda pair: pair[0])]


def _article_links(root, page_url: str) -> list[tuple[object, str]]:
    links = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if any(ancestor.tag in _SKIPPED_ANCESTORS for ancestor in anchor.iterancestors()):
            continue
        url = urljoin(page_url, href).split("#")[0]
        if is_article_link(url, page_url):
            links.append((anchor, url))
    return links


def _entry_block(
    anchor, url: str, candidates: list[tuple[object, str]], article_anchors: set[int], today: date
) -> tuple[object, str, bool] | None:
    """The block that dates a link, that date, and whether the date was the start of the link's own text.

    The smallest block around the link holding a date and no other article
    link; else the largest such block, dated by the heading of its group.
    A date the link's own text starts with counts only when neither gives
    one: headlines start with dates too (令和8年8月13日からの大雨...).
    """
    others = {id(other) for other, other_url in candidates if other_url != url}
    block = entry = anchor
    for _ in range(MAX_BLOCK_DEPTH + 1):
        if any(id(element) in others for element in block.iter("a")):
            break
        entry = block
        published_at = _block_date(block, anchor, today) or _sibling_date(block, today)
        if published_at:
            return block, published_at, False
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        block = parent
    heading = _heading_date(entry, article_anchors, today)
    if heading:
        return entry, heading, False
    leading = _day(leading_japanese_date(anchor.text_content()))
    return (anchor, leading, True) if leading else None


def _heading_date(entry, article_anchors: set[int], today: date) -> str | None:
    """The date of the short heading above an entry's group: the nearest earlier sibling of the entry
    or of one of its few ancestors that holds a date and no article link (the entries between are skipped)."""
    element = entry
    for _ in range(MAX_HEADING_DEPTH + 1):
        for sibling in element.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str) or sibling.tag in _SKIPPED_ANCESTORS:
                continue
            if any(id(link) in article_anchors for link in sibling.iter("a")):
                continue
            text = clean_text(sibling.text_content())
            if len(text) <= MAX_HEADING_CHARS:
                published = _read_day(text, today)
                if published:
                    return published
        element = element.getparent()
        if element is None or element.tag in ("body", "html"):
            return None
    return None


def _block_date(block, anchor, today: date) -> str | None:
    """A ``<time datetime>`` in the block, else a date written in it outside the link's headline.

    A date inside a headline (令和8年7月17日からの大雨...) is not the entry's:
    the link alone counts as dated only by a ``<time>``, a date-classed
    element or a date it starts with.
    """
    for element in _date_elements(block):
        value = (element.get("datetime") or "").strip()
        published = _parse_datetime(value) or _read_day(element.text_content(), today)
        if published:
            return published
    if block is anchor:
        return None
    rest = clean_text(block.text_content()).replace(clean_text(anchor.text_content()), " ", 1)
    return _read_day(rest, today)


def _sibling_date(block, today: date) -> str | None:
    """The date in the element just before a block that holds no link (``<dt>`` before ``<dd>``)."""
    previous = block.getprevious()
    if previous is None or not isinstance(previous.tag, str) or any(True for _ in previous.iter("a")):
        return None
    for element in _date_elements(previous):
        published = _parse_datetime((element.get("datetime") or "").strip())
        if published:
            return published
    return _read_day(previous.text_content(), today)


def _date_elements(block) -> list:
    return [
        element for element in block.iter() if element.tag == "time" or "date" in (element.get("class") or "").lower()
    ]


def _parse_datetime(value: str) -> str | None:
    if not value:
        return None
    try:
        return to_utc_iso(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return _day(parse_japanese_date(value))


def _read_day(text: str, today: date) -> str | None:
    """A date in a text as midnight Tokyo in UTC; a month and day alone (8月19日付) get the year
    that makes them the latest such day not after ``today`` (a listing shows what is recent)."""
    full = parse_japanese_date(text)
    if full:
        return _day(full)
    match = _MONTH_DAY.search(unicodedata.normalize("NFKC", text or ""))
    if not match:
        return None
    month, day = int(match.group(1)), int(match.group(2))
    for year in (today.year, today.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        # A day ahead is allowed: a release dated tomorrow in Tokyo is already out somewhere.
        if candidate <= today + timedelta(days=1):
            return _day(candidate)
    return None


def _day(day) -> str | None:
    return to_utc_iso(datetime(day.year, day.month, day.day, tzinfo=TOKYO)) if day else None


def _title(anchor, *, strip_leading_date: bool = False) -> str:
    """The link's headline: a heading or title-classed element inside it, else its text without its date."""
    for element in anchor.iter():
        css_class = (element.get("class") or "").lower()
        if element is not anchor and (
            element.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or "title" in css_class or "ttl" in css_class
        ):
            text = clean_text(element.text_content())
            if text:
                return text
    text = anchor.text_content()
    for element in _date_elements(anchor):
        if element is not anchor:
            text = text.replace(element.text_content(), " ", 1)
    text = clean_text(text)
    if strip_leading_date and leading_japanese_date(text):
        text = _LEADING_DATE.sub("", unicodedata.normalize("NFKC", text[:16]), count=1) + text[16:]
        text = clean_text(text)
    return text or clean_text(anchor.get("title") or "")


def _ancestors_up_to(element, block) -> list:
    if element is block:
        return []
    found = []
    for ancestor in element.iterancestors():
        found.append(ancestor)
        if ancestor is block:
            break
    return found


def _shape(block) -> tuple:
    """What repeated blocks share: tag, class and the tags above them."""
    path = tuple(ancestor.tag for ancestor in block.iterancestors())
    return (block.tag, (block.get("class") or "").strip(), path)
