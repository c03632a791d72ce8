"""De-duplication: one story from two sources is one item; language versions of a release are linked."""

from __future__ import annotations

from pathlib import Path

import pytest
from freezegun import freeze_time
from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.utils.test import get_crawler

from archive import Archive
from archive.dedupe import band_expression, items_sharing_a_band
from common.items import WatchItem
from common.text import canonical_url, url_item_id
from pipelines.classification.signature import bands, same_story, title_key, title_tokens
from pipelines.classify import ClassifyPipeline
from pipelines.dedupe import DedupePipeline
from pipelines.store import StorePipeline
from tests.classification_helpers import DATA_DIR

SETTINGS = {"DATA_DIR": str(DATA_DIR), "DEDUPE_WINDOW_DAYS": 3, "DEDUPE_TITLE_SIMILARITY": 0.6}


def item(
    url: str,
    title: str,
    published: str,
    *,
    source: str = "google_news",
    language: str = "ja",
    kind: str = "news",
    summary: str = "",
) -> dict:
    """An item as the normalise pipeline leaves it (a dict, so every archive column can be set)."""
    return {
        "id": url_item_id(url),
        "kind": kind,
        "source": source,
        "url": url,
        "canonical_url": canonical_url(url),
        "title": title,
        "summary": summary,
        "language": language,
        "published_at": published,
        "source_query": "",
        "title_key": "",
        "linked_item_id": "",
        "duplicate_of": "",
    }


class Crawl:
    """Classify, dedupe and store, as ITEM_PIPELINES runs them."""

    def __init__(self) -> None:
        crawler = get_crawler(Spider, SETTINGS)
        self.stats = crawler.stats
        self.pipelines = [
            ClassifyPipeline.from_crawler(crawler),
            DedupePipeline.from_crawler(crawler),
            StorePipeline.from_crawler(crawler),
        ]
        for pipeline in self.pipelines[1:]:
            pipeline.open_spider()
        self.crawler = crawler

    def run(self, *items: dict) -> list[dict]:
        for entry in items:
            for pipeline in self.pipelines:
                # The store's own process_item is a coroutine for Scrapy to await; enqueue is its synchronous step.
                getattr(pipeline, "enqueue", pipeline.process_item)(entry)
        return list(items)

    def close(self) -> None:
        self.crawler._jpllm_archive.close()


@pytest.fixture
def crawl(archive_path: Path):
    running = Crawl()
    yield running
    running.close()


SAKANA_PRTIMES = ("https://prtimes.jp/main/html/rd/p/000000010.000130000.html", "Sakana AI、シリーズBで約200億円を調達")
SAKANA_GOOGLE = (
    "https://news.google.com/rss/articles/CBMisakanaB?oc=5",
    "Sakana AIがシリーズBで200億円を調達 - 日本経済新聞",
)


def test_headline_tokens_drop_publisher_and_particles() -> None:
    assert title_tokens(SAKANA_PRTIMES[1]) == title_tokens(SAKANA_GOOGLE[1])
    assert title_key(title_tokens(SAKANA_PRTIMES[1])) == title_key(title_tokens(SAKANA_GOOGLE[1]))
    assert len(title_key(title_tokens("LLM-jp releases llm-jp-3"))) == 64


def test_different_round_or_amount_is_a_different_story() -> None:
    series_b = title_tokens("Sakana AI、シリーズBで約200億円を調達")
    assert same_story(series_b, title_tokens("Sakana AI、シリーズAで約200億円を調達"), 0.6) == 0.0
    assert same_story(series_b, title_tokens("Sakana AI、シリーズBで約300億円を調達"), 0.6) == 0.0
    assert same_story(series_b, title_tokens("Sakana AI、シリーズBで200億円調達"), 0.6) >= 0.6


def test_same_story_from_two_feeds_in_one_crawl_is_one_item_with_two_sources(crawl: Crawl, archive_path: Path) -> None:
    first, second = crawl.run(
        item(SAKANA_PRTIMES[0], SAKANA_PRTIMES[1], "2025-11-17T01:00:00Z", source="prtimes", kind="press"),
        item(SAKANA_GOOGLE[0], SAKANA_GOOGLE[1], "2025-11-17T03:00:00Z"),
    )
    assert second["duplicate_of"] == first["id"]
    assert second["archive_outcome"] == "merged"
    with Archive(archive_path) as archive:
        assert archive.db["items"].count == 1
        sources = {row["source"] for row in archive.db["item_sources"].rows}
    assert sources == {"prtimes", "google_news"}
    assert crawl.stats.get_value("dedupe/duplicate_title") == 1


def test_same_story_already_in_the_archive_is_found_by_its_title_key(crawl: Crawl, archive_path: Path) -> None:
    (first,) = crawl.run(
        item(SAKANA_PRTIMES[0], SAKANA_PRTIMES[1], "2025-11-17T01:00:00Z", source="prtimes", kind="press")
    )
    later = Crawl()
    try:
        (second,) = later.run(item(SAKANA_GOOGLE[0], SAKANA_GOOGLE[1], "2025-11-18T09:00:00Z"))
    finally:
        later.close()
    assert second["duplicate_of"] == first["id"]


def test_the_same_headline_weeks_apart_is_not_merged(crawl: Crawl) -> None:
    first, second = crawl.run(
        item("https://example.jp/a", "NTT、国産LLM「tsuzumi」の提供を開始", "2024-03-25T01:00:00Z"),
        item("https://example.jp/b", "NTT、国産LLM「tsuzumi」の提供を開始", "2024-05-01T01:00:00Z"),
    )
    assert second["duplicate_of"] == ""


def test_a_different_id_with_the_same_canonical_url_is_a_duplicate(crawl: Crawl) -> None:
    url = "https://sakana.ai/series-b/"
    first = dict(
        item(url, "Sakana AI Series B", "2025-11-17T01:00:00Z", language="en", kind="press"),
        id="fixture:sakana-series-b",
    )
    second = item(
        url + "?utm_source=x&utm_medium=rss", "Series B funding announcement", "2025-11-17T02:00:00Z", language="en"
    )
    crawl.run(first, second)
    assert second["id"] != first["id"]
    assert second["duplicate_of"] == "fixture:sakana-series-b"
    assert crawl.stats.get_value("dedupe/duplicate_url") == 1


def test_japanese_and_english_versions_of_a_release_are_linked_not_merged(crawl: Crawl, archive_path: Path) -> None:
    japanese, english = crawl.run(
        item(
            "https://group.ntt/jp/newsrelease/2025/10/20/251020a.html",
            "NTT、軽量LLM「tsuzumi 2」の提供を開始",
            "2025-10-20T02:00:00Z",
            source="ntt",
            kind="press",
        ),
        item(
            "https://group.ntt/en/newsrelease/2025/10/20/251020a.html",
            "NTT launches tsuzumi 2, a lightweight LLM",
            "2025-10-20T06:00:00Z",
            source="ntt",
            language="en",
            kind="press",
        ),
    )
    assert english["duplicate_of"] == ""
    assert english["linked_item_id"] == japanese["id"]
    with Archive(archive_path) as archive:
        assert archive.db["items"].count == 2
        assert archive.db["items"].get(english["id"])["linked_item_id"] == japanese["id"]


def test_other_releases_of_the_same_issuer_are_not_linked(crawl: Crawl) -> None:
    _, english = crawl.run(
        item(
            "https://group.ntt/jp/newsrelease/2025/10/20/251020a.html",
            "NTT、軽量LLM「tsuzumi 2」の提供を開始",
            "2025-10-20T02:00:00Z",
            source="ntt",
            kind="press",
        ),
        item(
            "https://group.ntt/en/newsrelease/2025/10/21/251021a.html",
            "NTT opens a generative AI lab in Silicon Valley",
            "2025-10-21T06:00:00Z",
            source="ntt",
            language="en",
            kind="press",
        ),
    )
    assert english["linked_item_id"] == ""


def test_stored_items_carry_their_labels_organisations_and_funding_round(crawl: Crawl, archive_path: Path) -> None:
    (stored,) = crawl.run(
        item(
            SAKANA_PRTIMES[0],
            SAKANA_PRTIMES[1],
            "2025-11-17T01:00:00Z",
            source="prtimes",
            kind="press",
            summary="三菱UFJフィナンシャル・グループ、Khosla Ventures、Lux Capitalなどが引受先となった。",
        )
    )
    with Archive(archive_path) as archive:
        row = archive.db["items"].get(stored["id"])
        assert row["relevant"] == 1
        assert row["kind"] == "funding"
        assert len(row["title_key"]) == 64
        rounds = list(archive.db["funding_rounds"].rows)
        links = {(row["organisation"], row["role"]) for row in archive.db["item_organisations"].rows}
    assert [(entry["company"], entry["amount_jpy"], entry["round"]) for entry in rounds] == [
        ("Sakana AI", 20_000_000_000, "series_b")
    ]
    assert ("Sakana AI", "issuer") in links
    assert ("Khosla Ventures", "investor") in links


def test_a_watch_item_gets_its_dedupe_marks(crawl: Crawl) -> None:
    first = WatchItem(
        kind="press",
        source="prtimes",
        url=SAKANA_PRTIMES[0],
        title=SAKANA_PRTIMES[1],
        id=url_item_id(SAKANA_PRTIMES[0]),
        canonical_url=canonical_url(SAKANA_PRTIMES[0]),
        published_at="2025-11-17T01:00:00Z",
        language="ja",
    )
    second = WatchItem(
        kind="news",
        source="google_news",
        url=SAKANA_GOOGLE[0],
        title=SAKANA_GOOGLE[1],
        id=url_item_id(SAKANA_GOOGLE[0]),
        canonical_url=canonical_url(SAKANA_GOOGLE[0]),
        published_at="2025-11-17T02:00:00Z",
        language="ja",
    )
    crawl.run(first, second)
    assert ItemAdapter(second)["duplicate_of"] == first.id


@pytest.mark.parametrize("band", range(8))
def test_band_lookups_use_an_index(archive_path: Path, band: int) -> None:
    with Archive(archive_path) as archive:
        plan = archive.db.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM items WHERE {band_expression(band)} = ?"
            " AND published_at BETWEEN ? AND ?",
            ["0123abcd", "2025-01-01", "2025-01-04"],
        ).fetchall()
    detail = " ".join(row[-1] for row in plan)
    assert f"idx_items_title_band_{band}" in detail


def test_canonical_url_and_issuer_lookups_use_indexes(archive_path: Path) -> None:
    with Archive(archive_path) as archive:
        url_plan = " ".join(
            row[-1]
            for row in archive.db.execute("EXPLAIN QUERY PLAN SELECT id FROM items WHERE canonical_url = ?", ["x"])
        )
        issuer_plan = " ".join(
            row[-1]
            for row in archive.db.execute(
                "EXPLAIN QUERY PLAN SELECT items.id FROM item_organisations"
                " JOIN items ON items.id = item_organisations.item_id"
                " WHERE item_organisations.organisation = ? AND item_organisations.role = 'issuer'",
                ["NTT"],
            )
        )
    assert "USING INDEX" in url_plan
    assert "SCAN items" not in url_plan
    assert "SCAN item_organisations" not in issuer_plan
    assert "SCAN items" not in issuer_plan


def test_band_lookup_finds_only_items_in_the_window(archive_path: Path) -> None:
    key = title_key(title_tokens(SAKANA_PRTIMES[1]))
    with Archive(archive_path) as archive:
        for number, published in enumerate(("2025-11-17T01:00:00Z", "2025-12-30T01:00:00Z")):
            archive.store_item(
                {
                    "id": f"fixture:{number}",
                    "kind": "news",
                    "source": "s",
                    "url": f"https://example.jp/{number}",
                    "title": SAKANA_PRTIMES[1],
                    "published_at": published,
                    "title_key": key,
                }
            )
        found = items_sharing_a_band(archive.db, bands(key), "2025-11-15T00:00:00Z", "2025-11-20T00:00:00Z")
    assert [stored.id for stored in found] == ["fixture:0"]


def test_recent_items_are_read_once_at_the_start_of_a_crawl(archive_path: Path) -> None:
    with freeze_time("2025-11-18T12:00:00Z"):
        first = Crawl()
        try:
            (stored,) = first.run(
                item(SAKANA_PRTIMES[0], SAKANA_PRTIMES[1], "2025-11-17T01:00:00Z", source="prtimes", kind="press")
            )
        finally:
            first.close()
        second = Crawl()
        try:
            assert second.stats.get_value("dedupe/preloaded_items") == 1
            (again,) = second.run(item(SAKANA_GOOGLE[0], SAKANA_GOOGLE[1], "2025-11-18T09:00:00Z"))
        finally:
            second.close()
    assert again["duplicate_of"] == stored["id"]


def test_one_funding_round_under_three_headlines_is_one_item(crawl: Crawl, archive_path: Path) -> None:
    google, prtimes, bridge = crawl.run(
        item(
            "https://news.google.com/rss/articles/CBMiwhere?oc=5",
            "WHERE、金融機関5行から総額4.6億円を資金調達",
            "2025-12-25T01:00:00Z",
        ),
        item(
            "https://prtimes.jp/main/html/rd/p/000000028.000146022.html",
            "WHERE、みずほ銀行ほか5行からデットファイナンスで総額4.6億円の資金調達を実施",
            "2025-12-25T02:00:00Z",
            source="prtimes",
            kind="press",
        ),
        item(
            "https://thebridge.jp/2025/12/where-debt-financing",
            "WHERE、金融機関5行からデットで4.6億円を調達",
            "2025-12-26T00:00:00Z",
            source="thebridge",
            summary="WHEREは、みずほ銀行を含む金融機関5行からのデットファイナンスで4.6億円を調達したと発表した。",
        ),
    )
    assert prtimes["duplicate_of"] == google["id"]
    assert bridge["duplicate_of"] == google["id"]
    assert crawl.stats.get_value("dedupe/duplicate_funding_round") >= 1
    with Archive(archive_path) as archive:
        assert archive.db["items"].count == 1
        assert {row["source"] for row in archive.db["item_sources"].rows} == {"google_news", "prtimes", "thebridge"}


def test_rounds_of_different_amounts_are_different_stories(crawl: Crawl) -> None:
    _, second = crawl.run(
        item("https://example.jp/a", "Sakana AI、シリーズAで約300億円を調達", "2025-11-17T01:00:00Z"),
        item("https://example.jp/b", "Sakana AIの新ラウンド、200億円を調達", "2025-11-17T02:00:00Z"),
    )
    assert second["duplicate_of"] == ""
