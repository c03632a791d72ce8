"""First pipeline: every item leaves it in one canonical shape."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from common.items import KINDS
from common.text import (
    arxiv_item_id,
    canonical_url,
    clean_text,
    is_web_url,
    normalise_text,
    strip_html,
    title_from_text,
    to_utc_iso,
    url_item_id,
)
from pipelines.item_fields import item_fields

logger = logging.getLogger(__name__)

# Feeds run a little ahead of the clock (time zones, embargoed releases);
# a date further ahead than this is not a publication date.
FUTURE_DATE_TOLERANCE = timedelta(days=1)


class NormalisePipeline:
    """Whitespace and HTML cleaned, dates in UTC, http(s) links only, a stable id.

    Titles, summaries and publishers keep the characters they were published
    with (？, ……, （金曜日）, the full-width space): the archive folds its own
    copies for matching. Names that are matched against the watch list
    (authors, organisations) and arXiv's comment fields are NFKC-folded.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.backfill_age_days = crawler.settings.getint("BACKFILL_AGE_DAYS")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalisePipeline:
        return cls(crawler)

    def process_item(self, item):
        adapter = item_fields(item)
        url = (adapter.get("url") or "").strip()
        if not is_web_url(url):
            self.stats.inc_value("normalise/dropped_bad_url")
            raise DropItem(f"not an http(s) URL: {url!r}")
        if adapter.get("kind") not in KINDS:
            raise DropItem(f"unknown kind {adapter.get('kind')!r}")
        adapter["url"] = url
        adapter["title"] = clean_text(strip_html(adapter.get("title")))
        adapter["summary"] = clean_text(strip_html(adapter.get("summary")))
        if not adapter["title"]:
            # RSS allows an item with a description and no title; some pages have no headline.
            if not adapter["summary"]:
                self.stats.inc_value("normalise/dropped_no_title")
                raise DropItem(f"neither title nor text: {url}")
            adapter["title"] = title_from_text(adapter["summary"])
            adapter["title_derived"] = True
            self.stats.inc_value("normalise/derived_title")
        adapter["publisher"] = clean_text(adapter.get("publisher"))
        adapter["authors"] = [name for name in map(normalise_text, adapter.get("authors") or []) if name]
        adapter["organisations"] = [name for name in map(normalise_text, adapter.get("organisations") or []) if name]
        for field in ("comment", "journal_ref"):
            adapter[field] = normalise_text(adapter.get(field))
        for field in ("pdf_url",):
            if adapter.get(field) and not is_web_url(adapter[field]):
                adapter[field] = ""
        latest = to_utc_iso(datetime.now(UTC) + FUTURE_DATE_TOLERANCE)
        for field in ("published_at", "updated_at"):
            try:
                adapter[field] = to_utc_iso(adapter.get(field))
            except (ValueError, OverflowError) as error:
                logger.warning("%s: %s on %s", field, error, url)
                self.stats.inc_value("normalise/bad_date")
                adapter[field] = None
            if adapter[field] and adapter[field] > latest:
                # Not a publication date (a placeholder such as 9999-12-31,
                # a wrong year): the item is dated when first seen instead.
                logger.info("%s %s is in the future, the item is dated when first seen: %s", field, adapter[field], url)
                self.stats.inc_value("normalise/future_date")
                adapter[field] = None
        if self._is_old_news(adapter.get("published_at")):
            adapter["backfill"] = True
        adapter["canonical_url"] = canonical_url(url)
        if not adapter.get("id"):
            arxiv_id = adapter.get("arxiv_id")
            adapter["id"] = arxiv_item_id(arxiv_id) if arxiv_id else url_item_id(url)
        return item

    def _is_old_news(self, published_at: str | None) -> bool:
        """Published so long ago that a weekly digest should not report it as new."""
        if not published_at or self.backfill_age_days <= 0:
            return False
        cutoff = datetime.now(UTC) - timedelta(days=self.backfill_age_days)
        return published_at < to_utc_iso(cutoff)
