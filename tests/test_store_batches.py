"""The store pipeline writes items in batches, one transaction each, and loses none when a batch is refused."""

from __future__ import annotations

import sqlite3

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from twisted.internet.task import Clock

from archive import Archive
from pipelines.store import StorePipeline


def item(number: int, **extra) -> dict:
    return {
        "id": f"press:{number}",
        "kind": "press",
        "source": "prtimes",
        "url": f"https://example.jp/{number}",
        "title": f"生成AIの発表 {number}",
        "summary": "",
        "published_at": "2026-11-20T00:00:00Z",
        "relevant": True,
        "labels": {"organisations": [{"name": "NEC", "role": "issuer"}], "funding": None},
        **extra,
    }


@pytest.fixture
def pipeline(archive_path):
    crawler = get_crawler(
        Spider,
        {
            "STORE_BATCH_SIZE": 3,
            "STORE_BATCH_SECONDS": 2.0,
            "ARCHIVE_BUSY_TIMEOUT": 0.1,
            "ARCHIVE_PATH": str(archive_path),
        },
    )
    crawler.stats.open_spider()
    store = StorePipeline.from_crawler(crawler)
    store.clock = Clock()
    store.open_spider()
    yield store
    store.archive.close()


def results(waiters) -> list:
    """What each item's Deferred gave the next pipeline: the item, or the DropItem."""
    outcomes = []
    for waiter in waiters:
        waiter.addBoth(outcomes.append)
    return [outcome.value if hasattr(outcome, "value") else outcome for outcome in outcomes]


def stored_ids(archive_path) -> list[str]:
    with sqlite3.connect(archive_path) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM items ORDER BY id")]


def test_items_wait_for_their_batch_and_go_on_stored(pipeline, archive_path):
    first = [pipeline.enqueue(item(number)) for number in (1, 2)]
    assert stored_ids(archive_path) == [], "a batch is written when it is full"
    third = pipeline.enqueue(item(3))
    passed = results([*first, third])
    assert [entry["archive_outcome"] for entry in passed] == ["new", "new", "new"]
    assert stored_ids(archive_path) == ["press:1", "press:2", "press:3"]
    assert pipeline.stats.get_value("archive/items_new") == 3
    with sqlite3.connect(archive_path) as connection:
        links = connection.execute("SELECT count(*) FROM item_organisations").fetchone()[0]
    assert links == 3, "each item is stored with its entities"


def test_a_batch_that_does_not_fill_is_written_after_the_time_bound(pipeline, archive_path):
    waiter = pipeline.enqueue(item(1))
    pipeline.clock.advance(1.9)
    assert stored_ids(archive_path) == []
    pipeline.clock.advance(0.2)
    assert results([waiter])[0]["archive_outcome"] == "new"
    assert stored_ids(archive_path) == ["press:1"]


def test_closing_the_spider_writes_what_waits(pipeline, archive_path):
    waiter = pipeline.enqueue(item(1))
    pipeline.close_spider()
    assert results([waiter])[0]["archive_outcome"] == "new"
    assert not pipeline.clock.getDelayedCalls(), "no timer is left behind"


def test_a_duplicate_of_an_item_of_the_same_batch_is_merged_into_it(pipeline, archive_path):
    waiters = [
        pipeline.enqueue(item(1)),
        pipeline.enqueue(item(2, url="https://news.example.jp/2", source="thebridge", duplicate_of="press:1")),
        pipeline.enqueue(item(3)),
    ]
    assert [entry["archive_outcome"] for entry in results(waiters)] == ["new", "merged", "new"]
    with sqlite3.connect(archive_path) as connection:
        sources = connection.execute(
            "SELECT source FROM item_sources WHERE item_id = 'press:1' ORDER BY source"
        ).fetchall()
    assert sources == [("prtimes",), ("thebridge",)]


def test_a_refused_batch_fails_the_crawl_and_counts_every_item_not_stored(pipeline, archive_path):
    holder = sqlite3.connect(archive_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        waiters = [pipeline.enqueue(item(number)) for number in (1, 2, 3)]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    outcomes = results(waiters)
    assert all(isinstance(outcome, DropItem) for outcome in outcomes), "none goes on as if stored"
    assert stored_ids(archive_path) == [], "the batch is rolled back whole"
    assert pipeline.stats.get_value("archive/items_not_stored") == 3
    assert "busy" in pipeline.stats.get_value("archive/write_error")
    # The crawl is stopping: items still coming are not stored either, and counted.
    with pytest.raises(DropItem):
        pipeline.enqueue(item(4))
    assert pipeline.stats.get_value("archive/items_not_stored") == 4
    assert stored_ids(archive_path) == []


def test_one_item_per_batch_is_stored_at_once(archive_path):
    crawler = get_crawler(Spider, {"STORE_BATCH_SIZE": 1, "ARCHIVE_PATH": str(archive_path)})
    crawler.stats.open_spider()
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()
    assert store.enqueue(item(1))["archive_outcome"] == "new"
    with Archive(archive_path) as archive:
        assert archive.known_ids(["press:1"]) == {"press:1"}
    store.archive.close()
