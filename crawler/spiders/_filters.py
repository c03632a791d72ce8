"""Which extracted items a crawl hands on: the source's keywords, its age
cutoff and what the archive already holds (a mixin of ``SourcesSpider``)."""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.crawler import Crawler

from common.crawl_stats import source_key
from common.items import WatchItem
from common.text import normalise_text, url_item_id
from crawl_context.archive import crawl_archive
from crawler.sources import Source


class ItemFilters:
    """Keeps the new items of a source; uses the spider's crawler and ``since``."""

    crawler: Crawler
    since: str | None

    def _keep_new(self, items: list[WatchItem], source: Source, cutoff: str) -> Iterator[WatchItem]:
        """Items that match the source's keywords, are new enough and are not in the archive yet.

        An undated item is kept (and counted): its age cannot be judged, and
        the archive check still stops it being stored twice.
        """
        stats = self.crawler.stats
        if source.keywords:
            matching = [item for item in items if _mentions(item, source.keywords)]
            stats.inc_value(source_key(source.name, "items_off_keywords"), len(items) - len(matching))
            items = matching
        known = crawl_archive(self.crawler).known_ids([url_item_id(item.url) for item in items])
        for item in items:
            if url_item_id(item.url) in known:
                stats.inc_value(source_key(source.name, "items_known"))
                continue
            if item.published_at and item.published_at < cutoff:
                stats.inc_value(source_key(source.name, "items_too_old"))
                continue
            if not item.published_at:
                stats.inc_value(source_key(source.name, "items_undated"))
            item.backfill = bool(self.since)
            yield item


def _mentions(item: WatchItem, keywords: tuple[str, ...]) -> bool:
    text = normalise_text(f"{item.title} {item.summary}").casefold()
    return any(normalise_text(keyword).casefold() in text for keyword in keywords)
