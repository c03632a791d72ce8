"""Alert pipeline (priority 600): the relevant items a crawl stored for the first time, alerted at its end.

When the spider closes it sends all their rule matches as one message per
destination, then checks source health and announces sources that turned
failing or stale, or recovered. Rendering, sending and the rules live with
the digest's Slack layer (``schedules/alert_send.py``); the pipeline gets its
sender through the ``ALERT_SENDER`` setting, as Scrapy wires its components,
so pipelines and that layer stay independent of each other.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object

from config.loading import ConfigError
from crawl_context.archive import crawl_archive

logger = logging.getLogger(__name__)

DEFAULT_SENDER = "schedules.alert_send.AlertSender"


class AlertPipeline:
    """Collects new relevant items; at spider close sends their alerts and checks source health."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.settings = crawler.settings
        self.new_items: list[dict[str, Any]] = []
        self.sender: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AlertPipeline:
        pipeline = cls(crawler)
        # Connected after the crawl-run recorder (extensions load before
        # pipelines), so the health check sees this crawl's run.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        if not self.settings.getbool("ALERTS_ENABLED", True):
            return
        try:
            sender_class = load_object(self.settings.get("ALERT_SENDER", DEFAULT_SENDER))
            self.sender = sender_class.from_settings(crawl_archive(self.crawler), self.settings)
        except (OSError, ConfigError) as error:
            # A typo in the rules must not cost a crawl; `scrapy alerts` shows it too.
            logger.error("Alerts are off for this crawl, the rules cannot be read: %s", error)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        if not adapter.get("relevant"):
            return item
        new = adapter.get("archive_outcome") == "new" and not adapter.get("backfill")
        # A Hub repository's licence change is news however old the repository is.
        hub = (adapter.get("labels") or {}).get("hub") or {}
        if new or "licence_change" in (hub.get("events") or []):
            self.new_items.append(adapter.asdict())
        return item

    def close_spider(self) -> None:
        if self.sender is None or not self.new_items:
            return
        outcomes = self.sender.send_matches(self.sender.evaluate(self.new_items))
        for outcome in outcomes:
            self.crawler.stats.inc_value(f"alerts/{outcome.status}", outcome.count)

    def spider_closed(self, spider, reason: str) -> None:
        if self.sender is None:
            return
        for outcome in self.sender.notify_health():
            self.crawler.stats.inc_value(f"health_alerts/{outcome.status}", outcome.count)
