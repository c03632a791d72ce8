"""Spider-level checks at close: finish reason, error count, zero items where items are normal."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from scrapy import Spider
from scrapy.utils.test import get_crawler

from archive import Archive
from archive.health import crawl_run_flags, load_calendars
from crawler.extensions import CrawlRunRecorder
from tests.alert_helpers import days, jst

ARXIV = load_calendars().for_source("arxiv")


def history(day_list, items: int = 4) -> list[dict]:
    return [
        {"finished_at": jst(day), "finish_reason": "finished", "items_scraped": items, "error_count": 0}
        for day in reversed(day_list)
    ]


def run(finished_at: str, *, reason: str = "finished", items: int = 3, errors: int = 0) -> dict:
    return {"finished_at": finished_at, "finish_reason": reason, "items_scraped": items, "error_count": errors}


WEEKDAYS = days("2026-11-02", "2026-11-13", weekdays_only=True)


def test_a_normal_run_is_not_flagged() -> None:
    assert crawl_run_flags(run(jst("2026-11-16")), history(WEEKDAYS), calendar=ARXIV) == []


def test_an_unexpected_finish_reason_is_flagged() -> None:
    flags = crawl_run_flags(run(jst("2026-11-16"), reason="closespider_errorcount"), history(WEEKDAYS))
    assert flags == ["unexpected_finish_reason:closespider_errorcount"]


def test_errors_above_the_threshold_are_flagged() -> None:
    assert crawl_run_flags(run(jst("2026-11-16"), errors=10), [], max_errors=10) == []
    assert crawl_run_flags(run(jst("2026-11-16"), errors=11), [], max_errors=10) == ["errors_above_threshold:11>10"]


def test_zero_items_where_items_are_normal_is_flagged() -> None:
    flags = crawl_run_flags(run(jst("2026-11-16"), items=0), history(WEEKDAYS), calendar=ARXIV)
    assert flags == ["no_items:10 of the last 10 working-day runs had items"]


def test_zero_items_on_an_arxiv_weekend_is_not_flagged() -> None:
    assert crawl_run_flags(run(jst("2026-11-15"), items=0), history(WEEKDAYS), calendar=ARXIV) == []


def test_zero_items_is_not_flagged_for_a_spider_that_often_finds_nothing() -> None:
    sparse = history(WEEKDAYS[:5]) + history(WEEKDAYS[5:], items=0)
    assert crawl_run_flags(run(jst("2026-11-16"), items=0), sparse, calendar=ARXIV) == []
    assert crawl_run_flags(run(jst("2026-11-16"), items=0), history(WEEKDAYS[:4]), calendar=ARXIV) == []


class PrtimesSpider(Spider):
    name = "prtimes"


def test_the_crawl_run_recorder_writes_the_flags(archive_path: Path) -> None:
    with Archive(archive_path) as archive:
        for day in WEEKDAYS:
            archive.record_crawl_run(
                {"spider": "prtimes", "finished_at": jst(day), "finish_reason": "finished", "items_scraped": 20}, []
            )
    crawler = get_crawler(PrtimesSpider, {"CRAWL_MAX_ERRORS": 5})
    finished = datetime(2026, 11, 17, 1, 0, tzinfo=UTC)
    crawler.stats.set_value("start_time", finished)
    crawler.stats.set_value("finish_time", finished)
    crawler.stats.set_value("log_count/ERROR", 21)
    spider = PrtimesSpider()
    spider.run_flags = ["feed_moved"]
    CrawlRunRecorder(crawler).spider_closed(spider, "closespider_errorcount")
    with Archive(archive_path) as archive:
        flags = archive.db.execute("SELECT flags FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert json.loads(flags) == [
        "feed_moved",
        "unexpected_finish_reason:closespider_errorcount",
        "errors_above_threshold:21>5",
        # 3 November (文化の日) is not a working day for a Japanese source.
        "no_items:9 of the last 9 working-day runs had items",
    ]
