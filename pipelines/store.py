"""Store pipeline: the one place a crawl writes items to the archive."""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from archive.crawl import crawl_archive
from archive.db import ArchiveWriteError
from crawler.stats import count

logger = logging.getLogger(__name__)

# The finish reason of a crawl that could not store everything it found.
WRITE_FAILED = "archive_write_failed"


class StorePipeline:
    """Upserts each item by its stable id, with its organisations and funding rounds, in one transaction.

    A write the archive refuses fails the crawl: the crawl stops with the
    finish reason ``archive_write_failed`` (exit 1, feed validators not
    saved, so the next crawl reads every feed again) and the items not
    stored are counted in ``archive/items_not_stored``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.archive = crawl_archive(self.crawler)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        if refused_write(self.crawler):
            # The crawl is stopping; trying each item still queued would
            # repeat the error (or wait out the busy timeout) once per item.
            return not_stored(self.crawler, adapter)
        try:
            return self._store(adapter, item)
        except ArchiveWriteError as error:
            stop_crawl(self.crawler, error)
            return not_stored(self.crawler, adapter)

    def _store(self, adapter: ItemAdapter, item):
        source = adapter["source"]
        if adapter.get("duplicate_of"):
            labels = adapter.get("labels") or {}
            added, enriched = self.archive.merge_duplicate(
                adapter["duplicate_of"], source, adapter["url"], adapter.get("source_query") or "",
                labels.get("organisations") or [], labels.get("funding"),
            )
            adapter["archive_outcome"] = "merged"
            self.stats.inc_value("archive/items_merged" if added else "archive/items_unchanged")
            if enriched:
                self.stats.inc_value("archive/items_enriched")
            return item
        row = adapter.asdict()
        classifier_input = dict(adapter.get("classifier_input") or {}) or None
        if not adapter.get("store_summary", True):
            row["summary"] = ""
        elif classifier_input:
            classifier_input["text"] = None  # the stored summary is that text
        labels = adapter.get("labels") or {}
        funding = labels.get("funding")
        outcome = self.archive.store_item(
            row,
            organisations=(labels.get("organisations") or []) if labels else None,
            funding_rounds=[funding] if funding else [],
            classifier_input=classifier_input,
        )
        adapter["archive_outcome"] = outcome
        self.stats.inc_value(f"archive/items_{outcome}")
        if outcome == "new":
            count(self.stats, source, "items_new")
        return item


def refused_write(crawler: Crawler) -> bool:
    """Whether the archive refused a write in this crawl already."""
    return bool(crawler.stats.get_value("archive/write_error"))


def stop_crawl(crawler: Crawler, error: ArchiveWriteError) -> None:
    """The first refused write: one clear message, and the crawl stops as ``archive_write_failed``."""
    if refused_write(crawler):
        return
    logger.error("%s; stopping the crawl, the next crawl reads every feed again", error)
    crawler.stats.set_value("archive/write_error", str(error))
    engine = getattr(crawler, "engine", None)
    if engine is not None and engine.spider is not None:
        deferred_from_coro(engine.close_spider_async(reason=WRITE_FAILED))


def not_stored(crawler: Crawler, adapter: ItemAdapter) -> None:
    """Count an item the crawl could not store and drop it quietly (the crawl has said why once)."""
    crawler.stats.inc_value("archive/items_not_stored")
    raise DropItem(f"not stored, the archive refused a write: {adapter.get('url')}", log_level="DEBUG")
