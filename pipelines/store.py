"""Store pipeline: the one place a crawl writes items to the archive."""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from archive.crawl import crawl_archive
from crawler.stats import count

logger = logging.getLogger(__name__)


class StorePipeline:
    """Upserts each item by its stable id, with its organisations and funding rounds."""

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
        source = adapter["source"]
        if adapter.get("duplicate_of"):
            added = self.archive.add_item_source(
                adapter["duplicate_of"], source, adapter["url"], adapter.get("source_query") or ""
            )
            adapter["archive_outcome"] = "merged"
            self.stats.inc_value("archive/items_merged" if added else "archive/items_unchanged")
            labels = adapter.get("labels") or {}
            if added and self.archive.enrich_from_duplicate(
                adapter["duplicate_of"], labels.get("organisations") or [], labels.get("funding")
            ):
                self.stats.inc_value("archive/items_enriched")
            return item
        row = adapter.asdict()
        if not adapter.get("store_summary", True):
            row["summary"] = ""
        outcome = self.archive.store_item(row)
        adapter["archive_outcome"] = outcome
        self.stats.inc_value(f"archive/items_{outcome}")
        if outcome == "new":
            count(self.stats, source, "items_new")
        labels = adapter.get("labels") or {}
        if labels and outcome != "unchanged":
            funding = labels.get("funding")
            self.archive.replace_entities(
                adapter["id"],
                labels.get("organisations") or [],
                [funding] if funding else [],
                announced_at=adapter.get("published_at"),
            )
        return item
