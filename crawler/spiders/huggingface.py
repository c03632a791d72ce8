"""Hugging Face Hub spider: new and updated model and data-set repositories.

    scrapy crawl huggingface                        # every query, back to its high-water mark
    scrapy crawl huggingface -a author=llm-jp,sbintuitions
    scrapy crawl huggingface -a since=2026-11-01    # backfill (items marked backfill)

Two kinds of query against the Hub's public API (``/api/models`` and
``/api/datasets``), newest change first (``sort=lastModified``):

* the repositories of each organisation whose Hub handles the watch list
  gives (``hub = [...]`` in ``watchlist.toml``), models and data sets;
* repositories of any author tagged with the Japanese language and a
  generative task (``HF_GENERATIVE_TASKS``).

Pages follow the API's ``Link: <...>; rel="next"`` header and stop at the
query's high-water mark (the newest ``lastModified`` stored for it by a
crawl that finished). Each record becomes an item in ``_hub_records.py``.
A 429 waits as ``Retry-After`` asks (``BackoffRetryMiddleware``). An optional
token comes from ``HF_TOKEN`` in the environment, never from settings, and
never reaches a log record.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response

from archive.hub_store import newest_modified
from common.crawl_stats import count, record_error
from common.items import WatchItem
from common.redaction import register_secret
from common.text import to_utc_iso
from config.watchlist import load_watchlist
from crawl_context.archive import crawl_archive
from crawler.spiders._arguments import Argument, SpiderArgumentError, check_arguments, check_date, check_names
from crawler.spiders._hub_records import SOURCE, repository_item

__all__ = ["HuggingfaceSpider", "build_queries", "next_page", "repository_item", "same_origin"]

logger = logging.getLogger(__name__)

TOKEN_ENV = "HF_TOKEN"
# Fields asked of the listing (``expand[]``); the API refuses fields a kind lacks.
EXPAND = {
    "model": (
        "author",
        "createdAt",
        "lastModified",
        "cardData",
        "gated",
        "pipeline_tag",
        "library_name",
        "safetensors",
        "downloads",
        "likes",
        "tags",
        "sha",
        "private",
        "disabled",
    ),
    "dataset": (
        "author",
        "createdAt",
        "lastModified",
        "cardData",
        "gated",
        "downloads",
        "likes",
        "tags",
        "sha",
        "private",
        "disabled",
    ),
}
NEXT_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')
HANDLE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")


@dataclass(frozen=True)
class HubQuery:
    """One listing: a kind (model or dataset) and its filter parameters."""

    name: str
    kind: str
    parameters: tuple[tuple[str, str], ...]
    # Queries of any author reach back HF_FIRST_RUN_DAYS on their first run;
    # an organisation's own repositories are all read once.
    any_author: bool = False


def check_handles(name: str, value: str) -> list[str]:
    """Hub user or organisation names, comma-separated (``llm-jp,sbintuitions``)."""
    handles = check_names(name, value)
    bad = [handle for handle in handles if not HANDLE.match(handle)]
    if bad:
        raise SpiderArgumentError(
            f"{name}: {', '.join(repr(handle) for handle in bad)} is not a Hub user or organisation name"
        )
    return handles


class HuggingfaceSpider(scrapy.Spider):
    """Lists the watched organisations' repositories and Japanese generative ones, newest change first."""

    name = "huggingface"
    recorded_arguments = ("since", "author")
    arguments = (
        Argument("since", check_date, "repositories changed since YYYY-MM-DD (a backfill)"),
        Argument("author", check_handles, "Hub handles to list instead of the watch list's, comma-separated"),
    )
    # Read from the settings (and the watch list) in from_crawler.
    endpoint: str
    page_size: int
    max_pages: int
    first_run_days: int
    queries: list[HubQuery]
    token: str

    def __init__(self, since: str | None = None, author: str | None = None, **kwargs) -> None:
        given = {
            name: value for name, value in {"since": since, "author": author, **kwargs}.items() if value is not None
        }
        check_arguments(self.name, self.arguments, given)
        super().__init__(**kwargs)
        self.since = since
        self.author = author

    @classmethod
    def check_arguments(cls, settings, given: dict[str, str]) -> None:
        """Refuse a mistaken ``-a`` before the crawl starts (SpiderArgumentError, one line)."""
        check_arguments(cls.name, cls.arguments, given)

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        settings.set("DOWNLOAD_DELAY", settings.getfloat("HF_DOWNLOAD_DELAY"), priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args, **kwargs) -> HuggingfaceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.endpoint = settings.get("HF_ENDPOINT").rstrip("/")
        spider.page_size = settings.getint("HF_PAGE_SIZE")
        spider.max_pages = settings.getint("HF_MAX_PAGES")
        spider.first_run_days = settings.getint("HF_FIRST_RUN_DAYS")
        handles = [handle for handle in settings.getlist("HF_AUTHORS") if handle] or [
            handle
            for organisation in load_watchlist(Path(settings["DATA_DIR"]) / "watchlist.toml").organisations
            for handle in organisation.hub
        ]
        if spider.author:
            handles = check_handles("author", spider.author)
        # The Hub's handles are case-insensitive; the catalogue import and the
        # hand-written watch list may both name one.
        first_spelling: dict[str, str] = {}
        for handle in handles:
            first_spelling.setdefault(handle.lower(), handle)
        handles = list(first_spelling.values())
        tasks = [task for task in settings.getlist("HF_GENERATIVE_TASKS") if task]
        spider.queries = build_queries(handles, tasks, with_any_author=not spider.author)
        token = (os.environ.get(TOKEN_ENV) or "").strip()
        if token:
            register_secret(token)
        spider.token = token
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for query in self.queries:
            cutoff = self._cutoff(query)
            logger.info("Hub query %s: repositories changed since %s", query.name, cutoff or "ever")
            parameters = [
                *query.parameters,
                ("sort", "lastModified"),
                ("direction", "-1"),
                ("limit", str(self.page_size)),
            ]
            parameters += [("expand[]", field) for field in EXPAND[query.kind]]
            url = f"{self.endpoint}/api/{query.kind}s?{urlencode(parameters)}"
            yield self._request(url, query, cutoff, page=1, conditional=True)

    def _cutoff(self, query: HubQuery) -> str | None:
        """The oldest lastModified this crawl keeps for a query; None: everything."""
        if self.since:
            return to_utc_iso(datetime.strptime(self.since, "%Y-%m-%d").replace(tzinfo=UTC))
        newest = newest_modified(crawl_archive(self.crawler), query.name)
        if newest:
            return newest
        if query.any_author:
            return to_utc_iso(datetime.now(UTC) - timedelta(days=self.first_run_days))
        return None

    def _request(
        self, url: str, query: HubQuery, cutoff: str | None, page: int, conditional: bool = False
    ) -> scrapy.Request:
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return scrapy.Request(
            url,
            headers=headers,
            callback=self.parse,
            errback=self.on_error,
            meta={
                "source": SOURCE,
                "query": query,
                "cutoff": cutoff,
                "page": page,
                # The first page of a query is revalidated (ETag); later pages
                # are cursors and change with every listing.
                "conditional_get": conditional,
                "handle_httpstatus_list": [304],
            },
            dont_filter=True,
        )

    def parse(self, response: Response) -> Iterator[WatchItem | scrapy.Request]:
        query: HubQuery = response.meta["query"]
        cutoff: str | None = response.meta["cutoff"]
        if response.status == 304:
            return
        try:
            records = json.loads(response.body)
        except ValueError as error:
            record_error(self.crawler.stats, SOURCE, f"{query.name}: not JSON ({error})")
            logger.error("Hub query %s: the answer is not JSON: %s", query.name, error)
            return
        if not isinstance(records, list):
            message = records.get("error") if isinstance(records, dict) else None
            record_error(self.crawler.stats, SOURCE, f"{query.name}: {message or 'not a list of repositories'}")
            logger.error("Hub query %s: %s", query.name, message or "the answer is not a list of repositories")
            return
        response.meta["feed_parsed"] = True
        reached_cutoff = False
        for record in records:
            item = repository_item(record, query.kind, query.name, backfill=bool(self.since))
            if item is None:
                record_error(self.crawler.stats, SOURCE, f"{query.name}: a repository without an id")
                continue
            if cutoff and (updated := to_utc_iso(item.updated_at)) and updated < cutoff:
                reached_cutoff = True
                break
            if record.get("private") or record.get("disabled"):
                self.crawler.stats.inc_value("huggingface/skipped_private_or_disabled")
                continue
            count(self.crawler.stats, SOURCE, "items_found")
            yield item
        next_url = next_page(response)
        if reached_cutoff or not records or not next_url:
            return
        if response.meta["page"] >= self.max_pages:
            logger.warning("Hub query %s: stopped after HF_MAX_PAGES=%d pages", query.name, self.max_pages)
            self.crawler.stats.inc_value("huggingface/max_pages_reached")
            return
        if not same_origin(next_url, self.endpoint):
            record_error(self.crawler.stats, SOURCE, f"{query.name}: next page on another host: {next_url}")
            logger.error("Hub query %s: the next page is on another host, not followed: %s", query.name, next_url)
            return
        yield self._request(next_url, query, cutoff, page=response.meta["page"] + 1)

    def on_error(self, failure) -> None:
        request = failure.request
        name = request.meta["query"].name
        logger.error("Hub query %s failed: %s", name, failure.value)
        record_error(self.crawler.stats, SOURCE, f"{name}: {failure.value}")


def build_queries(handles: list[str], tasks: list[str], *, with_any_author: bool = True) -> list[HubQuery]:
    """The listings to read: each handle's models and data sets, then Japanese generative repositories."""
    queries = [
        HubQuery(f"{kind}s:author={handle}", kind, (("author", handle),))
        for handle in handles
        for kind in ("model", "dataset")
    ]
    if with_any_author:
        queries += [
            HubQuery(f"models:ja+{task}", "model", (("filter", "ja"), ("pipeline_tag", task)), any_author=True)
            for task in tasks
        ]
        queries += [
            HubQuery(
                f"datasets:ja+{task}",
                "dataset",
                (("filter", "language:ja"), ("filter", f"task_categories:{task}")),
                any_author=True,
            )
            for task in tasks
        ]
    return queries


def next_page(response: Response) -> str | None:
    """The URL of the Link header's ``rel="next"``, if any."""
    for value in response.headers.getlist("Link"):
        match = NEXT_LINK.search(value.decode("latin-1"))
        if match:
            return match.group(1)
    return None


def same_origin(url: str, endpoint: str) -> bool:
    a, b = urlsplit(url), urlsplit(endpoint)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)
