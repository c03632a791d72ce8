"""Store pipeline: the one place a crawl writes items to the archive."""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.defer import Deferred

from archive.db import ArchiveWriteError
from archive.item_writes import ITEM_COLUMNS, ItemWrite
from common.crawl_stats import count
from crawl_context.archive import crawl_archive
from pipelines.hub import report_hub_change, with_hub
from pipelines.item_fields import item_fields

logger = logging.getLogger(__name__)

# The finish reason of a crawl that could not store everything it found.
WRITE_FAILED = "archive_write_failed"


class StorePipeline:
    """Upserts items by their stable ids, with their organisations and funding rounds, in batches.

    Items are written ``STORE_BATCH_SIZE`` at a time, each batch one
    transaction (an item always with its entities, and a Hub repository
    with its ``hub_repos`` row), and a batch is written
    at the latest ``STORE_BATCH_SECONDS`` after its first item arrived. An
    item waits for its batch before it goes on to the next pipelines, so
    they see it stored (``archive_outcome``), and a crawl ends only when
    every batch is written.

    A write the archive refuses fails the crawl: the crawl stops with the
    finish reason ``archive_write_failed`` (exit 1, feed validators not
    saved, so the next crawl reads every feed again) and the items not
    stored, the whole refused batch and every later item, are counted in
    ``archive/items_not_stored``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.batch_size = max(1, crawler.settings.getint("STORE_BATCH_SIZE", 1))
        self.batch_seconds = crawler.settings.getfloat("STORE_BATCH_SECONDS", 1.0)
        self.pending: list[tuple[MutableMapping[str, Any], Any, Deferred | None]] = []
        self.timer: Any = None
        # What schedules the time bound: the reactor, or a test's clock.
        self.clock: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.archive = crawl_archive(self.crawler)

    def close_spider(self) -> None:
        self.flush()

    async def process_item(self, item):
        # Scrapy awaits a coroutine; the batch hands back a Deferred.
        queued = self.enqueue(item)
        if isinstance(queued, Deferred):
            return await maybe_deferred_to_future(queued)
        return queued

    def enqueue(self, item):
        """Queue an item for its batch: the item once stored, or a Deferred that fires when its batch is written."""
        adapter = item_fields(item)
        if refused_write(self.crawler):
            # The crawl is stopping; trying each item still queued would
            # repeat the error (or wait out the busy timeout) once per batch.
            return not_stored(self.crawler, adapter)
        if self.batch_size == 1:
            self.pending.append((adapter, item, None))
            self.flush()
            if adapter.get("archive_outcome"):
                return item
            raise _not_stored_error(adapter)
        waiter: Deferred = Deferred()
        self.pending.append((adapter, item, waiter))
        if len(self.pending) >= self.batch_size:
            self.flush()
        elif self.timer is None:
            if self.clock is None:
                from twisted.internet import reactor

                self.clock = reactor
            self.timer = self.clock.callLater(self.batch_seconds, self.flush)
        return waiter

    def flush(self) -> None:
        """Write the waiting items in one transaction and let them go on (or drop them, if refused)."""
        if self.timer is not None:
            if self.timer.active():
                self.timer.cancel()
            self.timer = None
        batch, self.pending = self.pending, []
        if not batch:
            return
        entries = [with_hub(_entry(adapter), adapter) for adapter, _, _ in batch]
        try:
            outcomes = self.archive.write_batch(entries)
        except ArchiveWriteError as error:
            stop_crawl(self.crawler, error)
            for adapter, _, waiter in batch:
                self.stats.inc_value("archive/items_not_stored")
                if waiter is not None:
                    waiter.errback(_not_stored_error(adapter))
            return
        for (adapter, item, waiter), entry, (outcome, enriched) in zip(batch, entries, outcomes, strict=False):
            self._count(adapter, outcome, enriched)
            report_hub_change(entry, adapter, self.stats)
            if waiter is not None:
                waiter.callback(item)

    def _count(self, adapter: MutableMapping[str, Any], outcome: str, enriched: bool) -> None:
        adapter["archive_outcome"] = outcome
        if adapter.get("duplicate_of"):
            self.stats.inc_value("archive/items_merged" if outcome == "merged" else "archive/items_unchanged")
            if enriched:
                self.stats.inc_value("archive/items_enriched")
            return
        self.stats.inc_value(f"archive/items_{outcome}")
        if outcome == "new":
            count(self.stats, adapter["source"], "items_new")


def _not_stored_error(adapter: MutableMapping[str, Any]) -> DropItem:
    return DropItem(f"not stored, the archive refused a write: {adapter.get('url')}", log_level="DEBUG")


def _entry(adapter: MutableMapping[str, Any]) -> ItemWrite:
    """What the archive needs of an item: its columns (a shallow copy, not ``asdict``'s deep one) and labels."""
    row = {name: adapter[name] for name in (*ITEM_COLUMNS, "source_query") if name in adapter}
    if adapter.get("duplicate_of"):
        return ItemWrite(row, duplicate_of=adapter["duplicate_of"])
    classifier_input = dict(adapter.get("classifier_input") or {}) or None
    if not adapter.get("store_summary", True):
        row["summary"] = ""
    elif classifier_input:
        classifier_input["text"] = None  # the stored summary is that text
    labels = adapter.get("labels") or {}
    funding = labels.get("funding")
    return ItemWrite(
        row,
        organisations=(labels.get("organisations") or []) if labels else None,
        funding_rounds=[funding] if funding else [],
        classifier_input=classifier_input,
    )


def refused_write(crawler: Crawler) -> bool:
    """Whether the archive refused a write in this crawl already."""
    return bool(crawler.stats.get_value("archive/write_error"))


def stop_crawl(crawler: Crawler, error: ArchiveWriteError) -> None:
    """The first refused write: one clear message, and the crawl stops as ``archive_write_failed``."""
    if refused_write(crawler):
        return
    logger.error("%s; stopping the crawl, the next crawl reads every feed again", error)
    crawler.stats.set_value("archive/write_error", str(error))
    try:
        engine = crawler.engine
    except (AttributeError, RuntimeError):  # no crawl running (a test, a benchmark)
        engine = None
    if engine is not None and engine.spider is not None:
        deferred_from_coro(engine.close_spider_async(reason=WRITE_FAILED))


def not_stored(crawler: Crawler, adapter: MutableMapping[str, Any]) -> None:
    """Count an item the crawl could not store and drop it quietly (the crawl has said why once)."""
    crawler.stats.inc_value("archive/items_not_stored")
    raise DropItem(f"not stored, the archive refused a write: {adapter.get('url')}", log_level="DEBUG")
