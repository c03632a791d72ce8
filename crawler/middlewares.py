"""Downloader middlewares of the project."""

from __future__ import annotations

import codecs
import email.utils
import logging
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import chardet
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import sleep
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from archive.db import ArchiveError
from common.crawl_stats import count, source_key
from crawl_context.archive import crawl_archive
from crawler.feeds import SHIFT_JIS_NAMES

logger = logging.getLogger(__name__)


class SourceStatsMiddleware:
    """Counts requests and response statuses per source (``request.meta["source"]``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceStatsMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        source = request.meta.get("source")
        if source:
            count(self.stats, source, "requests")

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        source = request.meta.get("source")
        if source:
            self.stats.inc_value(source_key(source, f"status/{response.status}"))
        return response


class ConditionalGetMiddleware:
    """ETag / Last-Modified revalidation for requests marked ``meta["conditional_get"]``.

    An unchanged feed answers 304 and costs no parsing. New validators are
    saved only for responses the spider parsed (it sets ``meta["feed_parsed"]``)
    and only when the crawl finished cleanly, so a crash or an unreadable
    feed never makes the next run skip entries nobody has read.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.pending: dict[str, tuple[str, str, dict[str, Any]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalGetMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> None:
        if not request.meta.get("conditional_get") or request.url.startswith("file:"):
            return
        validators = crawl_archive(self.crawler).feed_validators(validator_key(request))
        if validators.get("etag"):
            request.headers.setdefault("If-None-Match", validators["etag"])
        if validators.get("last_modified"):
            request.headers.setdefault("If-Modified-Since", validators["last_modified"])

    def process_response(self, request: Request, response: Response) -> Response:
        if not request.meta.get("conditional_get"):
            return response
        source = request.meta.get("source", "")
        if response.status == 304:
            if source:
                count(self.crawler.stats, source, "not_modified")
            logger.info("Not modified since the last crawl: %s", request.url)
        elif response.status == 200:
            etag = (response.headers.get("ETag") or b"").decode("latin-1")
            last_modified = (response.headers.get("Last-Modified") or b"").decode("latin-1")
            if etag or last_modified:
                self.pending[validator_key(request)] = (etag, last_modified, request.meta)
        return response

    def spider_closed(self, spider: Spider, reason: str) -> None:
        parsed = {key: entry for key, entry in self.pending.items() if entry[2].get("feed_parsed")}
        if reason != "finished":
            logger.warning(
                "Crawl ended with %r: feed validators not saved, the next crawl reads every feed again", reason
            )
            return
        if not parsed:
            return
        try:
            archive = crawl_archive(self.crawler)
            for key, (etag, last_modified, _) in parsed.items():
                archive.save_feed_validators(key, etag, last_modified)
        except ArchiveError as error:
            # Unsaved validators cost a full read next time, never an item.
            logger.warning("Feed validators not saved, the next crawl reads every feed again: %s", error)
            return
        logger.info("Saved ETag/Last-Modified of %d feeds", len(parsed))


def validator_key(request: Request) -> str:
    """Where a feed's validators are kept: the source and the URL's path and query.

    Per source, as two sources may filter one feed differently; without host
    and port, as a source moved to another address (the demo's server starts
    on a new port every run) still has the same feed.
    """
    source = request.meta.get("source")
    if not source:
        return request.url
    parts = urlsplit(request.url)
    return f"source={source}:{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")


class EncodingMiddleware:
    """Decodes text responses as the registry says (``meta["encoding"]``), or detects undeclared Japanese HTML.

    Scrapy trusts the HTTP charset first, so a page whose header says UTF-8
    while its bytes are Shift_JIS comes out as mojibake unless the registry
    overrides it; an HTML page with no charset anywhere is guessed by chardet
    rather than by Scrapy's fallback, which takes undeclared Shift_JIS for
    Korean.
    """

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse):
            return response
        override = request.meta.get("encoding")
        if override:
            return response.replace(encoding=_codec_name(override))
        if isinstance(response, HtmlResponse) and not _declared_encoding(response):
            detected = chardet.detect(response.body[:65536]).get("encoding")
            if detected:
                return response.replace(encoding=_codec_name(detected))
        return response


def _codec_name(encoding: str) -> str:
    """The codec to decode with; every spelling of Shift_JIS becomes cp932."""
    name = encoding.strip().lower()
    if name in SHIFT_JIS_NAMES:
        return "cp932"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return encoding


def _declared_encoding(response: TextResponse) -> str | None:
    """The encoding the response declares (BOM, HTTP charset, ``<meta>``), if any."""
    bom, _ = read_bom(response.body)
    if bom:
        return bom
    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
    return http_content_type_encoding(content_type) or html_body_declared_encoding(response.body)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429 or 503 waits as long as ``Retry-After`` says, or backs off exponentially.

    Scrapy's own retry middleware re-sends at once. A wait longer than
    ``RETRY_AFTER_MAX_SECONDS`` is not sat out: the request gives up and the
    source is tried again on the next scheduled crawl. The download slot's
    delay is raised to the wait as well, so other requests to the same host
    slow down too.
    """

    BACKOFF_STATUSES = (429, 503)

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE_SECONDS", 5.0)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX_SECONDS", 300.0)

    # Scrapy's middleware manager awaits a coroutine process_response; its
    # stub only knows the synchronous one.
    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if (
            response.status not in self.BACKOFF_STATUSES
            or response.status not in self.retry_http_codes
            or request.meta.get("dont_retry", False)
        ):
            return super().process_response(request, response)
        retries = request.meta.get("retry_times", 0)
        asked = retry_after_seconds((response.headers.get("Retry-After") or b"").decode("latin-1"))
        wait = asked if asked is not None else self.backoff_base * 2**retries
        if wait > self.max_wait:
            logger.warning(
                "%s answered %s and asks to wait %.0f s, more than RETRY_AFTER_MAX_SECONDS: giving up for this crawl",
                request.url,
                response.status,
                wait,
            )
            self.crawler.stats.inc_value("retry/retry_after_too_long")
            return response
        retry = self._retry_request(request, f"{response.status} (waited {wait:.1f} s)")
        if retry is None:
            return response
        self._slow_down_slot(request, wait)
        logger.info("%s answered %s: waiting %.1f s before retrying", request.url, response.status, wait)
        # Scrapy's stub types the increment as int; the sum takes a float of seconds.
        self.crawler.stats.inc_value("retry/backoff_seconds", wait)  # type: ignore[arg-type]
        await sleep(wait)
        return retry

    def _retry_request(self, request: Request, reason: str) -> Request | None:
        # Scrapy's public get_retry_request with this middleware's limits (as
        # RetryMiddleware applies them), not its private _retry.
        spider = self.crawler.spider
        assert spider is not None  # responses only come while a spider crawls
        return get_retry_request(
            request,
            spider=spider,
            reason=reason,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=request.meta.get("give_up_log_level"),
        )

    def _slow_down_slot(self, request: Request, wait: float) -> None:
        engine = getattr(self.crawler, "engine", None)
        slot = engine.downloader.slots.get(request.meta.get("download_slot", "")) if engine else None
        if slot is not None and slot.delay < wait:
            slot.delay = wait


def retry_after_seconds(value: str, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), or None."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())
