"""What the press and funding spiders share: the registry's sources crawled as
feeds or HTML listings, or ad-hoc feeds given on the command line.

The spiders only extract. Classification, de-duplication and storage are
the pipelines' work; the archive is only read, to skip items it already
holds and to find how far back a crawl should keep items.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from common.crawl_stats import count, record_error
from common.items import KINDS, WatchItem
from common.text import to_utc_iso
from crawl_context.archive import crawl_archive
from crawler.feeds import FeedOrigin, parse_feed
from crawler.sources import Source, load_registry, resolve_sources_file
from crawler.spiders._arguments import (
    Argument,
    SpiderArgumentError,
    check_arguments,
    check_choice,
    check_date,
    check_names,
    check_url,
    check_urls_file,
    unknown_names,
)
from crawler.spiders._failures import describe_failure, failed_request
from crawler.spiders._filters import ItemFilters
from crawler.spiders._listing import ListingCallbacks
from crawler.spiders._registry import ad_hoc_source

logger = logging.getLogger(__name__)

# The download slot of file:// feeds: no server, so no delay.
LOCAL_FILES_SLOT = "local-files"


def registry_path(settings: BaseSettings) -> Path:
    return resolve_sources_file(settings.get("SOURCES_FILE"), settings.get("DATA_DIR"))


def host_delays(sources: Iterable[Source], base_url: str) -> dict[str, float]:
    """The slowest registry delay of each host, so sources sharing a host share its pace."""
    delays: dict[str, float] = {}
    for source in sources:
        if source.download_delay is None or (not base_url and source.needs_base_url):
            continue
        for url in source.resolved_urls(base_url):
            host = urlsplit(url).hostname or ""
            if host:
                delays[host] = max(delays.get(host, 0.0), source.download_delay)
    return delays


class SourcesSpider(ListingCallbacks, ItemFilters, scrapy.Spider):
    """Crawls the registry sources of ``kinds``, or the feeds given with ``url`` / ``urls_file``."""

    kinds: tuple[str, ...] = ()
    # Read from the settings and the registry in from_crawler.
    base_url: str
    max_age_days: int
    default_delay: float
    registry: list[Source]
    sources: list[Source]
    recorded_arguments = ("source", "since", "url", "urls_file", "kind")
    arguments = (
        Argument("source", check_names, "registry sources to crawl, comma-separated"),
        Argument("since", check_date, "keep items published since YYYY-MM-DD (a backfill)"),
        Argument("url", check_url, "an ad-hoc feed instead of the registry"),
        Argument("urls_file", check_urls_file, "a file of ad-hoc feed URLs, one a line"),
        Argument("kind", lambda name, value: check_choice(name, value, KINDS), "a kind of source, or of ad-hoc items"),
    )

    def __init__(
        self,
        source: str | None = None,
        since: str | None = None,
        url: str | None = None,
        urls_file: str | None = None,
        kind: str | None = None,
        **kwargs,
    ) -> None:
        named = {"source": source, "since": since, "url": url, "urls_file": urls_file, "kind": kind}
        given = {name: value for name, value in {**named, **kwargs}.items() if value is not None}
        checked = self._check_own_arguments(given)
        super().__init__(**kwargs)
        self.source = source
        self.since = since
        self.url = url
        self.urls_file = urls_file
        self.kind = kind
        # check_url gives a str, check_urls_file a list of them.
        self.ad_hoc_urls: list[str] = ([cast(str, checked["url"])] if url else []) + list(
            cast("list[str]", checked.get("urls_file", []))
        )
        self.run_flags: list[str] = ["backfill"] if since else []

    @classmethod
    def _check_own_arguments(cls, given: dict[str, str]) -> dict[str, object]:
        """The checks that need no settings."""
        checked = check_arguments(cls.name, cls.arguments, given)
        if "source" in given and ("url" in given or "urls_file" in given):
            raise SpiderArgumentError(
                "source names registry sources; url and urls_file replace the registry: give one or the other"
            )
        if "kind" in given and not ("url" in given or "urls_file" in given):
            check_choice("kind", given["kind"], cls.kinds, f" (the {cls.name} spider's registry kinds)")
        return checked

    @classmethod
    def check_arguments(cls, settings: BaseSettings, given: dict[str, str]) -> None:
        """Refuse a mistaken ``-a`` before the crawl starts (SpiderArgumentError, one line)."""
        cls._check_own_arguments(dict(given))
        # Read even for url= crawls: its hosts' delays come from it. A broken
        # registry is refused here (RegistryError, one line), before the crawl.
        registry = load_registry(registry_path(settings))
        if "source" in given:
            unknown_names(
                "source", check_names("source", given["source"]), [source.name for source in registry], "source"
            )

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Per-host download delays from the registry (Scrapy's ``DOWNLOAD_SLOTS``).

        Local files (``file://``) get a slot of their own with no delay: there
        is no server to be polite to.
        """
        super().update_settings(settings)
        sources = load_registry(registry_path(settings))
        slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
        # Every registry host, not only this spider's: an ad-hoc feed of any registry site keeps its pace.
        for host, delay in host_delays(sources, settings.get("SOURCES_BASE_URL", "")).items():
            slots.setdefault(host, {"delay": delay, "concurrency": 1})
        slots.setdefault(LOCAL_FILES_SLOT, {"delay": 0, "concurrency": 8})
        settings.set("DOWNLOAD_SLOTS", slots, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args, **kwargs) -> SourcesSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.base_url = settings.get("SOURCES_BASE_URL", "")
        spider.max_age_days = settings.getint("FIRST_CRAWL_MAX_AGE_DAYS", 30)
        spider.default_delay = settings.getfloat("DOWNLOAD_DELAY")
        spider.registry = load_registry(registry_path(settings))
        spider.sources = [] if spider._ad_hoc_urls_given() else spider._select_sources(spider.registry)
        for source in spider.sources:
            source.resolved_urls(spider.base_url)
        return spider

    def _ad_hoc_urls_given(self) -> bool:
        return bool(self.ad_hoc_urls)

    def _select_sources(self, registry: list[Source]) -> list[Source]:
        """The sources this run crawls: named ones (even if off by default), else the enabled ones of our kinds."""
        if self.source:
            by_name = {source.name: source for source in registry}
            wanted = check_names("source", self.source)
            unknown_names("source", wanted, list(by_name), "source")
            chosen = [by_name[name] for name in wanted]
            for source in chosen:
                if not source.enabled:
                    logger.warning(
                        "Source %s is off by default (%s); crawling it because it was named",
                        source.name,
                        source.disabled_reason,
                    )
            return chosen
        kinds = (self.kind,) if self.kind else self.kinds
        return [source for source in registry if source.enabled and source.kind in kinds]

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self._ad_hoc_urls_given():
            for request in self._ad_hoc_requests():
                yield request
            return
        if not self.sources:
            logger.warning("No sources to crawl for %s", self.name)
        for source in self.sources:
            cutoff = self._cutoff(source.name)
            logger.info("Source %s (%s, %s): items published since %s", source.name, source.kind, source.format, cutoff)
            for url in source.resolved_urls(self.base_url):
                yield self._request(url, source, cutoff)

    def _ad_hoc_requests(self) -> Iterator[scrapy.Request]:
        kind = self.kind or self.kinds[0]
        for url in self.ad_hoc_urls:
            source = ad_hoc_source(url, kind, self.registry)
            yield self._request(url, source, self._cutoff(source.name))

    def _cutoff(self, source_name: str) -> str:
        """The oldest publication kept: ``since``, else the first-crawl window or the newest stored item if older."""
        if self.since:
            return to_utc_iso(datetime.strptime(self.since, "%Y-%m-%d"))
        window = to_utc_iso(datetime.now(UTC) - timedelta(days=self.max_age_days))
        newest = crawl_archive(self.crawler).newest_published(source_name, spider=self.name)
        return min(window, newest) if newest else window

    def _request(self, url: str, source: Source, cutoff: str, *, as_feed: bool = False) -> scrapy.Request:
        """A source's request; ``as_feed`` reads an HTML source through the feed its page advertised."""
        return scrapy.Request(
            url,
            callback=self.parse_listing if source.is_listing and not as_feed else self.parse_feed,
            errback=self.on_error,
            meta={
                **self._request_meta(url, source),
                "cutoff": cutoff,
                "conditional_get": True,
                "handle_httpstatus_list": [304],
            },
            dont_filter=True,
        )

    def _source_meta(self, source: Source) -> dict:
        """Request meta every request of a source carries."""
        return {
            "source": source.name,
            "registry_source": source,
            "encoding": source.encoding,
            # AutoThrottle would walk a slower registry delay down to DOWNLOAD_DELAY.
            "autothrottle_dont_adjust_delay": (source.download_delay or 0) > self.default_delay,
        }

    def _request_meta(self, url: str, source: Source) -> dict:
        """Meta of a feed or listing request; local files skip every politeness delay."""
        meta = self._source_meta(source)
        if url.startswith("file:"):
            meta.update(download_slot=LOCAL_FILES_SLOT, autothrottle_dont_adjust_delay=True)
        return meta

    def parse_feed(self, response: Response) -> Iterator[WatchItem]:
        """Items of one feed, minus those filtered by keywords, age or the archive."""
        if response.status == 304:
            return
        source: Source = response.meta["registry_source"]
        origin = FeedOrigin(
            source=source.name,
            kind=source.kind,
            language=source.language,
            organisation=source.organisation,
            publisher=source.publisher,
            store_summary=source.store_summary,
            encoding=source.encoding,
        )
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        parsed = parse_feed(response.body, origin, content_type, response.url)
        if parsed.error:
            self._fail(source.name, f"{response.url}: {parsed.error}")
            return
        if parsed.degraded:
            count(self.crawler.stats, source.name, "bozo_feeds")
            logger.warning(
                "Malformed feed %s (%s): kept %d entries, lost %d: %s",
                source.name,
                response.url,
                len(parsed.items),
                parsed.entries_lost,
                parsed.bozo_message,
            )
        elif parsed.bozo:
            logger.info(
                "Feed %s (%s) is not well-formed but every entry parsed: %s",
                source.name,
                response.url,
                parsed.bozo_message,
            )
        self._count_mojibake(source.name, response.url, parsed.mojibake_titles)
        for item in self._keep_new(parsed.items, source, response.meta["cutoff"]):
            count(self.crawler.stats, source.name, "items_found")
            yield item
        # Only now: an exception above must not let the next crawl skip this feed with a 304.
        response.meta["feed_parsed"] = True

    def on_error(self, failure: Failure) -> None:
        """A feed or listing that could not be fetched: logged and counted, the crawl goes on."""
        request = failed_request(failure)
        self._fail(request.meta.get("source", "unknown"), f"{request.url}: {describe_failure(failure)}")

    def _fail(self, source: str, message: str) -> None:
        logger.error("Source %s: %s", source, message)
        record_error(self.crawler.stats, source, message)

    def _count_mojibake(self, source: str, url: str, titles: list[str]) -> None:
        if titles:
            count(self.crawler.stats, source, "mojibake", len(titles))
            logger.warning(
                "Source %s: %d titles with U+FFFD (wrong encoding?) in %s, e.g. %r",
                source,
                len(titles),
                url,
                titles[0][:80],
            )
