"""arXiv API spider: papers on Japanese LLMs and generative AI.

scrapy crawl arxiv                       # every query, back to its high-water mark
scrapy crawl arxiv -a since=2026-11-01   # backfill from a date
scrapy crawl arxiv -a query=named-models-1
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import feedparser
import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response

from common.crawl_stats import count, record_error
from common.items import WatchItem
from common.text import to_utc_iso
from config.arxiv_queries import load_arxiv_queries
from crawl_context.archive import crawl_archive
from crawler.spiders._arguments import Argument, check_arguments, check_date, check_names, unknown_names

logger = logging.getLogger(__name__)

SOURCE = "arxiv"
ENTRY_ID = re.compile(r"arxiv\.org/abs/(?P<id>.+?)(?:v(?P<version>\d+))?$")


@dataclass(frozen=True)
class ArxivQuery:
    name: str
    search: str


def load_queries(path: Path) -> list[ArxivQuery]:
    """The queries of ``arxiv_queries.toml``."""
    return [ArxivQuery(name=entry.name, search=entry.search) for entry in load_arxiv_queries(path).query]


def queries_path(settings) -> Path:
    return Path(settings.get("ARXIV_QUERIES_FILE") or Path(settings["DATA_DIR"]) / "arxiv_queries.toml")


def _select_queries(queries: list[ArxivQuery], names: str) -> list[ArxivQuery]:
    """The queries named in ``-a query=a,b``, in the file's order; an unknown name is refused."""
    wanted = check_names("query", names)
    unknown_names("query", wanted, [query.name for query in queries], "arXiv query")
    return [query for query in queries if query.name in wanted]


class ArxivSpider(scrapy.Spider):
    """Pages through each query, newest first, until papers are older than its cutoff."""

    name = "arxiv"
    recorded_arguments = ("since", "query")
    arguments = (
        Argument("since", check_date, "papers submitted since YYYY-MM-DD (a backfill)"),
        Argument("query", check_names, "queries of arxiv_queries.toml to run, comma-separated"),
    )
    # Read from the settings in from_crawler.
    api_url: str
    page_size: int
    max_results: int
    first_run_days: int
    empty_page_retries: int
    queries: list[ArxivQuery]

    def __init__(self, since: str | None = None, query: str | None = None, **kwargs) -> None:
        given = {name: value for name, value in {"since": since, "query": query, **kwargs}.items() if value is not None}
        check_arguments(self.name, self.arguments, given)
        super().__init__(**kwargs)
        self.since = since
        self.query = query
        self.run_flags: list[str] = []

    @classmethod
    def check_arguments(cls, settings, given: dict[str, str]) -> None:
        """Refuse a mistaken ``-a`` before the crawl starts (SpiderArgumentError, one line)."""
        check_arguments(cls.name, cls.arguments, given)
        # A broken queries file is refused here (ConfigError, one line), before the crawl.
        queries = load_queries(queries_path(settings))
        if "query" in given:
            _select_queries(queries, given["query"])

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        # arXiv's terms: one request every 3 seconds, one connection. A
        # DOWNLOAD_DELAY given on the command line still wins.
        settings.set("DOWNLOAD_DELAY", settings.getfloat("ARXIV_DOWNLOAD_DELAY"), priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args, **kwargs) -> ArxivSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.api_url = settings.get("ARXIV_API_URL")
        spider.page_size = settings.getint("ARXIV_PAGE_SIZE")
        spider.max_results = settings.getint("ARXIV_MAX_RESULTS_PER_QUERY")
        spider.first_run_days = settings.getint("ARXIV_FIRST_RUN_DAYS")
        spider.empty_page_retries = settings.getint("ARXIV_EMPTY_PAGE_RETRIES")
        queries = load_queries(queries_path(settings))
        spider.queries = _select_queries(queries, spider.query) if spider.query else queries
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for query in self.queries:
            cutoff = self._cutoff(query)
            logger.info("arXiv query %s: papers submitted since %s", query.name, cutoff)
            yield self._page_request(query, cutoff, start=0)

    def _cutoff(self, query: ArxivQuery) -> str:
        """The oldest submission time this crawl keeps for a query."""
        if self.since:
            return to_utc_iso(datetime.strptime(self.since, "%Y-%m-%d").replace(tzinfo=UTC))
        newest = crawl_archive(self.crawler).newest_published(SOURCE, query.name, spider=self.name)
        if newest:
            return newest
        first_run = datetime.now(UTC) - timedelta(days=self.first_run_days)
        return to_utc_iso(first_run)

    def _page_request(self, query: ArxivQuery, cutoff: str, start: int) -> scrapy.Request:
        parameters = {
            "search_query": query.search,
            "sortBy": "submittedDate",
            "sortOrder": "descending",
            "start": start,
            "max_results": self.page_size,
        }
        return scrapy.Request(
            f"{self.api_url}?{urlencode(parameters)}",
            callback=self.parse,
            errback=self.on_error,
            meta={
                "source": SOURCE,
                "query": query,
                "cutoff": cutoff,
                "start": start,
                # The API's terms sanction /api/query although robots.txt
                # disallows the whole host; see crawler/settings.py.
                "dont_obey_robotstxt": True,
                # arXiv answers a bad query with HTTP 400 and an Atom error feed.
                "handle_httpstatus_list": [400, 304],
                # A page answering 304 is one the last crawl read: newest
                # first, so nothing was submitted since and the query stops.
                "conditional_get": True,
            },
            dont_filter=True,
        )

    def parse(self, response: Response) -> Iterator[WatchItem | scrapy.Request]:
        query: ArxivQuery = response.meta["query"]
        cutoff: str = response.meta["cutoff"]
        start: int = response.meta["start"]
        if response.status == 304:
            return
        feed = feedparser.parse(response.body)
        error = self._error_message(feed)
        if error is not None or response.status != 200:
            message = error or f"HTTP {response.status}"
            logger.error("arXiv API error for query %s: %s", query.name, message)
            self.crawler.stats.inc_value("arxiv/error_feeds")
            record_error(self.crawler.stats, SOURCE, f"{query.name}: {message}")
            return
        if feed.bozo and not feed.entries:
            logger.error("arXiv query %s: unreadable response (%s)", query.name, feed.bozo_exception)
            record_error(self.crawler.stats, SOURCE, f"{query.name}: {feed.bozo_exception}")
            return
        total = int(feed.feed.get("opensearch_totalresults") or 0)
        if not feed.entries and start < min(total, self.max_results):
            yield from self._retry_empty_page(response, query, cutoff, start, total)
            return
        reached_cutoff = False
        for entry in feed.entries:
            item = self._item(entry, query)
            if item is None:
                record_error(self.crawler.stats, SOURCE, f"{query.name}: entry without an arXiv id")
                continue
            published = to_utc_iso(item.published_at)
            if published is not None and published < cutoff:
                reached_cutoff = True
                break
            count(self.crawler.stats, SOURCE, "items_found")
            yield item
        next_start = start + len(feed.entries)
        # Only now: an exception above must not let the next crawl skip this page with a 304.
        response.meta["feed_parsed"] = True
        if not reached_cutoff and feed.entries and next_start < min(total, self.max_results):
            yield self._page_request(query, cutoff, next_start)

    def _retry_empty_page(
        self, response: Response, query: ArxivQuery, cutoff: str, start: int, total: int
    ) -> Iterator[scrapy.Request]:
        """Ask again for a page that came back empty although more results exist.

        The API sporadically answers a page with no entries while its
        totalResults says there are more; taking that at face value would
        end the query early and silently.
        """
        attempts = response.meta.get("empty_page_retries", 0)
        if attempts < self.empty_page_retries:
            logger.warning(
                "arXiv query %s: empty page at start=%d of %d results; asking again", query.name, start, total
            )
            self.crawler.stats.inc_value("arxiv/empty_page_retries")
            request = self._page_request(query, cutoff, start)
            request.meta["empty_page_retries"] = attempts + 1
            yield request
            return
        message = f"{query.name}: empty page at start={start} of {total} results after {attempts} retries"
        logger.error("arXiv %s", message)
        record_error(self.crawler.stats, SOURCE, message)

    def on_error(self, failure) -> None:
        request = failure.request
        logger.error("arXiv query %s failed: %s", request.meta["query"].name, failure.value)
        record_error(self.crawler.stats, SOURCE, f"{request.meta['query'].name}: {failure.value}")

    @staticmethod
    def _error_message(feed: feedparser.FeedParserDict) -> str | None:
        """arXiv's message when the response is its error feed, else None."""
        for entry in feed.entries:
            if "/api/errors" in entry.get("id", ""):
                return entry.get("summary") or entry.get("title") or "unknown error"
        return None

    def _item(self, entry: feedparser.FeedParserDict, query: ArxivQuery) -> WatchItem | None:
        match = ENTRY_ID.search(entry.get("id", ""))
        if not match:
            return None
        arxiv_id = match["id"]
        return WatchItem(
            kind="paper",
            source=SOURCE,
            source_query=query.name,
            url=f"https://arxiv.org/abs/{arxiv_id}",
            title=entry.get("title", ""),
            summary=entry.get("summary", ""),
            authors=[author.get("name", "") for author in entry.get("authors", [])],
            organisations=self._parse_affiliations(entry),
            language="en",
            published_at=entry.get("published") or entry.get("updated"),
            updated_at=entry.get("updated"),
            arxiv_id=arxiv_id,
            version=int(match["version"] or 1),
            primary_category=(entry.get("arxiv_primary_category") or {}).get("term", ""),
            categories=[tag.get("term", "") for tag in entry.get("tags", []) if tag.get("term")],
            comment=entry.get("arxiv_comment", ""),
            journal_ref=entry.get("arxiv_journal_ref", ""),
            doi=entry.get("arxiv_doi", ""),
            pdf_url=self._parse_pdf_url(entry),
            backfill=bool(self.since),
        )

    @staticmethod
    def _parse_pdf_url(entry: feedparser.FeedParserDict) -> str:
        """The link titled "pdf", in https."""
        for link in entry.get("links", []):
            if link.get("title") == "pdf":
                return link.get("href", "").replace("http://", "https://", 1)
        return ""

    @staticmethod
    def _parse_affiliations(entry: feedparser.FeedParserDict) -> list[str]:
        """The rare ``arxiv:affiliation`` (feedparser keeps one per entry)."""
        affiliation = entry.get("arxiv_affiliation") or ""
        return [affiliation] if affiliation else []
