"""Hub pipeline: keeps each Hub repository's metadata and notices what changed.

Runs after the store pipeline (the item row must exist): writes the
``hub_repos`` row, records licence changes and renames, and puts the events
(``new_repo``, ``new_family``, ``licence_change``, ``renamed``) into the
item's labels, where the alert rules' ``hub_events_any`` finds them.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from archive.db import ArchiveWriteError
from archive.hub_store import store_hub_repo
from common.items import HUB_KINDS
from crawl_context.archive import crawl_archive
from pipelines.store import not_stored, refused_write, stop_crawl

logger = logging.getLogger(__name__)


class HubPipeline:
    """Stores ``hub_repos`` rows for items of kind model and dataset; passes other items through."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HubPipeline:
        return cls(crawler)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        if adapter.get("kind") not in HUB_KINDS or not adapter.get("hub"):
            return item
        labels = dict(adapter.get("labels") or {})
        if refused_write(self.crawler):
            return not_stored(self.crawler, adapter)
        try:
            change = store_hub_repo(crawl_archive(self.crawler), adapter["id"], adapter["hub"], labels)
        except ArchiveWriteError as error:
            stop_crawl(self.crawler, error)
            return not_stored(self.crawler, adapter)
        adapter["labels"] = labels
        for event in change.events:
            self.stats.inc_value(f"hub/{event}")
        if change.licence_from:
            logger.info("Licence of %s changed: %s -> %s", adapter["title"], change.licence_from, change.licence_to)
        if change.renamed_from:
            logger.info("%s was renamed %s", change.renamed_from, adapter["title"])
        return item
