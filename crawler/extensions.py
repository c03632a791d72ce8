"""Extensions of the project."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from archive.db import ArchiveError
from archive.health import (
    EVERY_DAY,
    HOLIDAYS_FILE,
    HealthOptions,
    SourceCalendar,
    crawl_run_flags,
    load_calendars,
    previous_crawl_runs,
)
from common.crawl_stats import per_source
from common.times import format_utc, utc_now
from crawl_context.archive import crawl_archive

logger = logging.getLogger(__name__)


def _as_utc(value: object) -> str | None:
    return format_utc(value) if isinstance(value, datetime) else None


class CrawlRunRecorder:
    """Writes one ``crawl_runs`` row, and one ``source_runs`` row per source, when a spider closes."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunRecorder:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def _calendar(self, spider_name: str) -> SourceCalendar:
        """The spider's publishing calendar; every day counts if the calendar file is unreadable."""
        path = Path(self.crawler.settings.get("DATA_DIR") or ".") / HOLIDAYS_FILE
        try:
            return load_calendars(path if path.exists() else None).for_source(spider_name)
        except (OSError, ValueError, KeyError) as error:
            logger.warning("Cannot read the holiday calendar, every day counts as a working day: %s", error)
            return EVERY_DAY

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        finished_at = _as_utc(stats.get("finish_time")) or utc_now()
        arguments = {
            key: value for key, value in vars(spider).items() if key in getattr(spider, "recorded_arguments", ())
        }
        run = {
            "spider": spider.name,
            "arguments": arguments,
            "started_at": _as_utc(stats.get("start_time")),
            "finished_at": finished_at,
            "finish_reason": reason,
            "items_scraped": stats.get("item_scraped_count", 0),
            "items_new": stats.get("archive/items_new", 0),
            "items_updated": stats.get("archive/items_updated", 0),
            "items_dropped": stats.get("item_dropped_count", 0),
            "error_count": stats.get("log_count/ERROR", 0),
            "flags": getattr(spider, "run_flags", []),
            "stats": json.loads(json.dumps(stats, default=str)),
        }
        source_runs = [
            {
                "source": source,
                "finished_at": finished_at,
                "requests": counters.get("requests", 0),
                "not_modified": counters.get("not_modified", 0),
                "statuses": counters.get("statuses", {}),
                "items_found": counters.get("items_found", 0),
                "items_new": counters.get("items_new", 0),
                "parse_errors": counters.get("parse_errors", 0),
                "bozo_feeds": counters.get("bozo_feeds", 0),
                "mojibake": counters.get("mojibake", 0),
                "last_error": counters.get("last_error", ""),
            }
            for source, counters in sorted(per_source(stats).items())
        ]
        try:
            run_id = self._record(spider, run, source_runs)
        except ArchiveError as error:
            # A full disk or a read-only file refuses this row too; the crawl
            # command reports it and exits non-zero.
            self.crawler.stats.set_value("archive/crawl_run_not_recorded", str(error))
            logger.error("Crawl run of %s (%s) not recorded: %s", spider.name, reason, error)
            return
        logger.info("Recorded crawl run %s of %s (%s)", run_id, spider.name, reason)

    def _record(self, spider: Spider, run: dict, source_runs: list[dict]) -> int:
        archive = crawl_archive(self.crawler)
        settings = self.crawler.settings
        checks = crawl_run_flags(
            run,
            previous_crawl_runs(archive, spider.name),
            expected_finish_reasons=HealthOptions.from_settings(settings).expected_finish_reasons,
            max_errors=settings.getint("CRAWL_MAX_ERRORS", 10),
            calendar=self._calendar(spider.name),
        )
        if checks:
            logger.warning("Crawl of %s flagged: %s", spider.name, "; ".join(checks))
            run["flags"] = [*run["flags"], *checks]
        return archive.record_crawl_run(run, source_runs)
