"""The archive: schema on open, upserts, versions, full-text search, locks."""

from __future__ import annotations

import sqlite3
import threading

import pytest
import sqlite_utils

from archive import Archive, ArchiveError
from archive.schema import MIGRATIONS
from common.weeks import iso_week
from tests.deadlines import join_all


def paper(version: int, **extra) -> dict:
    return {
        "id": "arxiv:2404.17790",
        "kind": "paper",
        "source": "arxiv",
        "source_query": "japanese-llm-abstract",
        "url": "https://arxiv.org/abs/2404.17790",
        "title": f"Continual Pre-Training for Cross-Lingual LLM Adaptation (v{version})",
        "summary": "Swallow: continual pre-training of Llama 2 on Japanese text.",
        "authors": ["Kazuki Fujii", "Naoaki Okazaki"],
        "published_at": "2024-04-27T02:04:19Z",
        "arxiv_id": "2404.17790",
        "version": version,
        **extra,
    }


def test_schema_is_created_in_wal_mode_with_a_busy_timeout(archive):
    tables = set(archive.db.table_names())
    assert {
        "items",
        "item_sources",
        "organisations",
        "item_organisations",
        "funding_rounds",
        "crawl_runs",
        "source_runs",
        "digests",
        "alerts",
        "items_fts",
    } <= tables
    assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert archive.db.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
    assert archive.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_reopening_keeps_data_and_does_not_migrate_twice(archive_path):
    with Archive(archive_path) as archive:
        archive.store_item(paper(1))
    with Archive(archive_path) as archive:
        assert archive.db["items"].count == 1


def test_first_seen_never_changes_last_seen_does(archive):
    assert archive.store_item(paper(1), now="2026-11-23T01:00:00Z") == "new"
    assert archive.store_item(paper(1), now="2026-11-24T01:00:00Z") == "unchanged"
    row = archive.db["items"].get("arxiv:2404.17790")
    assert row["first_seen_at"] == "2026-11-23T01:00:00Z"
    assert row["last_seen_at"] == "2026-11-24T01:00:00Z"
    assert row["week"] == "2026-W48"


def test_newer_version_replaces_older_and_never_the_reverse(archive):
    archive.store_item(paper(1))
    assert archive.store_item(paper(2, updated_at="2024-10-02T07:12:31Z")) == "updated"
    archive.store_item(paper(1))
    row = archive.db["items"].get("arxiv:2404.17790")
    assert row["version"] == 2
    assert row["title"].endswith("(v2)")
    assert row["updated_at"] == "2024-10-02T07:12:31Z"
    assert archive.db["items"].count == 1


def test_backfill_mark_is_set_once(archive):
    archive.store_item(paper(1, backfill=True))
    archive.store_item(paper(2, backfill=False))
    assert archive.db["items"].get("arxiv:2404.17790")["backfill"] == 1


def test_japanese_title_is_found_by_a_three_character_search(archive):
    archive.store_item(
        {
            "id": "url:abc",
            "kind": "press",
            "source": "prtimes",
            "url": "https://prtimes.jp/main/html/rd/p/000000001.000010628.html",
            "title": "ABEJA、日本語の大規模言語モデルを公開",
            "summary": "",
        }
    )
    archive.store_item(paper(1))
    assert [row["id"] for row in archive.db["items"].search("言語モデル")] == ["url:abc"]
    assert [row["id"] for row in archive.db["items"].search("Swallow")] == ["arxiv:2404.17790"]


def test_full_text_index_follows_updates(archive):
    archive.store_item(paper(1))
    archive.store_item(paper(2, title="Swallow 日本語強化版"))
    assert [row["id"] for row in archive.db["items"].search("日本語強化")] == ["arxiv:2404.17790"]
    assert list(archive.db["items"].search("Cross-Lingual LLM Adaptation", quote=True)) == []


def test_item_sources_and_high_water_mark_per_query(archive):
    archive.store_item(paper(1))
    archive.add_item_source("arxiv:2404.17790", "hf_papers", "https://huggingface.co/papers/2404.17790")
    assert archive.db["item_sources"].count == 2
    assert archive.newest_published("arxiv", "japanese-llm-abstract") == "2024-04-27T02:04:19Z"
    assert archive.newest_published("arxiv", "named-models-1") is None


def test_entities_are_replaced_as_a_whole(archive):
    archive.store_item(
        {
            "id": "url:sakana",
            "kind": "funding",
            "source": "thebridge",
            "url": "https://thebridge.jp/2025/11/sakana-ai-series-b",
            "title": "Sakana AI、シリーズBで約200億円を調達",
        }
    )
    organisations = [
        {"name": "Sakana AI", "name_ja": "サカナAI", "sector": "startup", "country": "JP", "role": "issuer"},
        {"name": "MUFG", "sector": "company", "country": "JP", "role": "investor"},
    ]
    funding = {
        "company": "Sakana AI",
        "as_written": "約200億円",
        "amount": 20_000_000_000,
        "currency": "JPY",
        "amount_jpy": 20_000_000_000,
        "qualifier": "約",
        "round": "series_b",
        "instrument": "equity",
        "investors": ["MUFG", "Khosla Ventures"],
        "lead_investors": ["MUFG"],
        "undisclosed": False,
    }
    archive.replace_entities("url:sakana", organisations, [funding], announced_at="2025-11-17T00:00:00Z")
    archive.replace_entities("url:sakana", organisations[:1], [funding])
    assert [row["organisation"] for row in archive.db["item_organisations"].rows] == ["Sakana AI"]
    rounds = list(archive.db["funding_rounds"].rows)
    assert len(rounds) == 1
    assert rounds[0]["amount_jpy"] == 20_000_000_000
    assert rounds[0]["lead_investors"] == '["MUFG"]'


def test_a_locked_archive_gives_a_clear_error(archive_path):
    with Archive(archive_path, busy_timeout=0.1) as archive:
        blocker = sqlite3.connect(archive_path)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(ArchiveError, match="is busy"):
                archive.store_item(paper(1))
        finally:
            blocker.rollback()
            blocker.close()
        assert archive.store_item(paper(1)) == "new"


def test_two_writers_wait_for_each_other(archive_path):
    Archive(archive_path).close()
    errors: list[Exception] = []

    def write(start: int) -> None:
        try:
            with Archive(archive_path) as archive:
                for number in range(start, start + 50):
                    archive.store_item(
                        {
                            "id": f"url:{number}",
                            "kind": "news",
                            "source": "test",
                            "url": f"https://example.org/{number}",
                            "title": f"記事 {number}",
                        }
                    )
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(start,)) for start in (0, 1000)]
    for thread in threads:
        thread.start()
    join_all(*threads)
    assert errors == []
    assert sqlite_utils.Database(archive_path)["items"].count == 100


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError, match="cannot open archive"):
        Archive(path)


def test_iso_week_is_read_in_tokyo():
    assert iso_week("2026-11-22T14:59:59Z") == "2026-W47"
    assert iso_week("2026-11-22T15:00:00Z") == "2026-W48"


def test_a_paper_found_by_two_queries_counts_for_both_high_water_marks(archive):
    archive.store_item(paper(1))
    archive.store_item(paper(1, source_query="named-models-2"))
    assert archive.newest_published("arxiv", "named-models-2") == "2024-04-27T02:04:19Z"
    assert archive.db["items"].count == 1


def test_a_second_report_fills_in_what_the_first_lacked(archive):
    archive.store_item(
        {
            "id": "url:gnews",
            "kind": "funding",
            "source": "google-news-funding",
            "url": "https://news.google.com/rss/articles/CBMiSakanaB?oc=5",
            "title": "Sakana AI、シリーズBで200億円調達",
        }
    )
    first_report = {
        "company": "Sakana AI",
        "as_written": "200億円",
        "amount": 20_000_000_000,
        "currency": "JPY",
        "amount_jpy": 20_000_000_000,
        "round": "series_b",
        "investors": [],
        "lead_investors": [],
    }
    archive.replace_entities(
        "url:gnews", [{"name": "Sakana AI", "sector": "startup", "country": "JP", "role": "issuer"}], [first_report]
    )
    second_report = {
        **first_report,
        "instrument": "equity",
        "investors": ["Mitsubishi UFJ Financial Group", "Khosla Ventures"],
        "lead_investors": ["Mitsubishi UFJ Financial Group"],
        "round": "series_c",
    }
    investors = [
        {"name": "Khosla Ventures", "sector": "foreign", "country": "US", "role": "investor"},
        {"name": "Sakana AI", "sector": "startup", "country": "JP", "role": "issuer"},
    ]
    assert archive.enrich_from_duplicate("url:gnews", investors, second_report) is True
    row = archive.db["funding_rounds"].get("url:gnews#1")
    assert row["investors"] == '["Mitsubishi UFJ Financial Group", "Khosla Ventures"]'
    assert row["lead_investors"] == '["Mitsubishi UFJ Financial Group"]'
    assert row["round"] == "series_b", "a stored value is never overwritten"
    assert row["instrument"] == "equity"
    assert {(r["organisation"], r["role"]) for r in archive.db["item_organisations"].rows} == {
        ("Sakana AI", "issuer"),
        ("Khosla Ventures", "investor"),
    }
    assert archive.enrich_from_duplicate("url:gnews", investors, second_report) is False
