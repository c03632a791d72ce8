"""Which links of a listing page are articles, and which feeds the page advertises.

A category, archive, tag or index page (or an ancestor of the listing) is
not an article; an article link has a number or a wordy slug in its path.
The selector-based reader (``crawler.listings``) uses this to drop the
navigation its selectors matched, the generic reader (``crawler.generic_listing``)
to find the entries of a page it has no selectors for.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

_INDEX_SEGMENT = re.compile(
    r"^(index|default|top|home|list|lists|archive|archives|backnumber|category|categories|tag|tags|topics?|"
    r"search|page|sitemap|feed|rss|news|press|release|releases|newsrelease|info|information|blog|en|ja|english)"
    r"([_-][a-z0-9]+)*(\.(html?|php|aspx?))?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d{3,}")
_YEAR = re.compile(r"(19|20)\d{2}")
_YEAR_OR_MONTH = re.compile(r"^((19|20)\d{2}|\d{1,2})$")
_WORDY_SLUG = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def is_index_link(url: str, page_url: str = "") -> bool:
    """A link to a category, archive, tag or index page (or the listing itself), not to an article."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return True
    path = parts.path or "/"
    if page_url:
        page = urlsplit(page_url)
        page_path = page.path or "/"
        same_host = parts.netloc.lower() == page.netloc.lower()
        if same_host and _directory(path) == _directory(page_path) and _is_index_name(_last_segment(path)):
            return True
        # An ancestor of the listing (/press/ above /press/2026/) is a section, not an article.
        if same_host and page_path.startswith(path.rstrip("/") + "/") and not _DIGITS.search(path):
            return True
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return True
    # A year or month folder (/press/2026/08/) is an archive index.
    if path.endswith("/") and _YEAR_OR_MONTH.match(segments[-1]):
        return True
    if _is_index_name(segments[-1]):
        return not _DIGITS.search("/".join(segments[:-1])) or segments[-1].lower().startswith(("category", "tag"))
    folders = [segment.lower() for segment in segments[:-1]]
    if any(folder in ("archive", "archives", "backnumber") for folder in folders):
        return True
    return any(
        folder in ("category", "categories", "tag", "tags", "page") for folder in folders
    ) and not _DIGITS.search(segments[-1])


def is_article_link(url: str, page_url: str = "") -> bool:
    """A link that looks like one article: not an index, with a number or a wordy slug in its path."""
    if is_index_link(url, page_url):
        return False
    parts = urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    return bool(_DIGITS.search(path) or _WORDY_SLUG.search(parts.path))


def advertised_feeds(html: str, page_url: str) -> list[str]:
    """The feeds a page advertises with ``<link rel="alternate" type="application/rss+xml|atom+xml">``."""
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return []
    feeds: list[str] = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in _FEED_TYPES and href:
            url = urljoin(page_url, href)
            # A comments feed is not the news.
            if "comment" not in url.lower() and url not in feeds:
                feeds.append(url)
    return feeds


def _directory(path: str) -> str:
    return path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"


def _last_segment(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1] if not path.endswith("/") else ""


def _is_index_name(segment: str) -> bool:
    """index.html, news-list.html, archive_2025.html; not press_05444.html, whose number is an article's."""
    if segment == "":
        return True
    if not _INDEX_SEGMENT.match(segment):
        return False
    return not any(not _YEAR.fullmatch(number) for number in _DIGITS.findall(segment))
