"""The pipelines read and write an item's fields in place (pipelines/item_fields.py), and only its declared fields."""

from __future__ import annotations

from dataclasses import fields

import scrapy
from scrapy import Spider

from common.items import WatchItem
from pipelines.item_fields import item_fields
from tests.conftest import project_crawler


class ScrapyItem(scrapy.Item):
    title = scrapy.Field()


def test_writes_change_the_item_whatever_its_type():
    watch = WatchItem(kind="press", source="prtimes", url="https://example.jp/1", title="発表")
    item_fields(watch)["title_key"] = "ab" * 32
    assert watch.title_key == "ab" * 32
    plain = {"title": "発表"}
    item_fields(plain)["title"] = "訂正"
    assert plain == {"title": "訂正"}
    other = ScrapyItem(title="発表")
    item_fields(other)["title"] = "訂正"
    assert other["title"] == "訂正"


def test_the_store_chain_writes_no_field_a_watch_item_does_not_declare(archive_path):
    from pipelines.classify import ClassifyPipeline
    from pipelines.dedupe import DedupePipeline
    from pipelines.normalise import NormalisePipeline
    from pipelines.store import StorePipeline

    crawler = project_crawler(Spider, {"ARCHIVE_PATH": str(archive_path), "STORE_BATCH_SIZE": 1})
    crawler.spider = Spider(name="test")
    crawler.stats.open_spider()
    stages = [
        stage.from_crawler(crawler) for stage in (NormalisePipeline, ClassifyPipeline, DedupePipeline, StorePipeline)
    ]
    for stage in stages:
        if hasattr(stage, "open_spider"):
            stage.open_spider()
    declared = {field.name for field in fields(WatchItem)}
    passed = []
    for number in range(2):  # the second is a duplicate of the first
        item = WatchItem(
            kind="press",
            source="prtimes",
            url=f"https://example.jp/release/1?from={number}",
            title="NECが生成AIの新モデルを発表",
            summary="日本電気株式会社(NEC)は大規模言語モデルを発表しました。",
            published_at="2026-11-20T09:00:00+09:00",
        )
        for stage in stages:
            item = getattr(stage, "enqueue", stage.process_item)(item)
        assert set(vars(item)) == declared
        passed.append(item)
    stages[-1].close_spider()
    assert passed[0].archive_outcome == "new"
    assert passed[0].labels["organisations"], "the classifier's labels reached the item"
    assert passed[1].duplicate_of == passed[0].id
