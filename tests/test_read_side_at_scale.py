"""The read side stays bounded as the archive grows: query plans, maintained counts, the short-word index.

Speed itself is measured by bench/scale.py, not here; these tests check that
the queries go through the indexes that keep them bounded and that what the
archive maintains for them agrees with a full recount.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive import Archive, grams, summary_tables
from archive.schema import UNUSED_INDEXES, _keep_reads_bounded
from archive.search import SearchFilters, search
from archive.stats import archive_stats
from bench import fixture

NOW = "2026-11-30T12:00:00Z"


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fixture archive of 600 items, built as bench/scale.py builds a million."""
    path = tmp_path_factory.mktemp("scale") / "archive.db"
    fixture.build(path, 600)
    return path


def plan(db, sql: str, params=()) -> str:
    return " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", list(params)).fetchall())


def test_the_digest_reads_one_week_through_the_week_index(small_archive):
    with Archive(small_archive) as archive:
        steps = plan(
            archive.db,
            "SELECT id FROM items WHERE week = ? AND relevant = 1 AND coalesce(backfill, 0) = 0"
            " ORDER BY first_seen_at, id",
            ["2026-W48"],
        )
    assert "idx_items_week_first_seen_at (week=?)" in steps, steps


def test_no_index_is_left_that_no_query_reads(small_archive):
    with Archive(small_archive) as archive:
        names = {row[0] for row in archive.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not names & set(UNUSED_INDEXES)


def test_search_ranks_a_bounded_set_of_the_newest_matches(small_archive):
    with Archive(small_archive) as archive:
        result = search(archive.db, "Japanese", SearchFilters(limit=5), now=NOW, pool_size=50)
        every = search(archive.db, "Japanese", SearchFilters(limit=5), now=NOW, pool_size=100_000)
        newest = [
            row[0]
            for row in archive.db.execute(
                "SELECT items.id FROM items_fts JOIN items ON items.rowid = items_fts.rowid"
                " WHERE items_fts MATCH '\"Japanese\"' ORDER BY items_fts.rowid DESC LIMIT 50"
            )
        ]
    assert len(result.hits) == 5
    assert result.truncated
    assert {hit.id for hit in result.hits} <= set(newest), "only the newest 50 matches were ranked"
    assert any("newest 50 matches" in note for note in result.notes)
    assert len(every.hits) == 5
    assert not any("newest" in note for note in every.notes)


def test_a_filter_that_leaves_too_few_candidates_reaches_older_matches(small_archive):
    with Archive(small_archive) as archive:
        oldest = archive.db.execute(
            "SELECT min(coalesce(items.published_at, items.first_seen_at)) FROM items_fts"
            " JOIN items ON items.rowid = items_fts.rowid WHERE items_fts MATCH '\"Japanese\"' AND items.relevant = 1"
        ).fetchone()[0]
        until = oldest[:10]
        result = search(archive.db, "Japanese", SearchFilters(until=until, limit=50), now=NOW, pool_size=10)
    assert result.hits, "the pool grew until the old matches were found"
    assert all(hit.date[:10] <= until for hit in result.hits)


def test_the_search_query_sorts_only_the_candidates(small_archive):
    from archive.search_candidates import candidate_sql
    from archive.search_candidates import plan as plan_candidates

    with Archive(small_archive) as archive:
        cte, params = candidate_sql(plan_candidates((("Japanese",),)), 1000)
        steps = plan(archive.db, cte, params)
    assert "VIRTUAL TABLE INDEX" in steps, steps
    assert "TEMP B-TREE" not in steps, steps


@pytest.mark.parametrize("word", ["AI", "東大", "資金", "生", "ai"])
def test_short_words_are_found_through_the_short_word_index_as_a_scan_would(small_archive, word):
    with Archive(small_archive) as archive:
        result = search(archive.db, word, SearchFilters(relevant_only=False, limit=10_000), now=NOW, pool_size=10_000)
        scanned = {
            row[0]
            for row in archive.db.execute(
                "SELECT id FROM items WHERE jpllm_count(title || ' ' || coalesce(summary, ''), ?) > 0", [word]
            )
        }
    assert result.mode == "index"
    assert {hit.id for hit in result.hits} == scanned


def test_the_short_word_index_follows_title_changes(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        item = {
            "id": "press:1",
            "kind": "press",
            "source": "nec",
            "url": "https://example.jp/1",
            "title": "東大と共同研究",
            "summary": "",
            "relevant": 1,
        }
        archive.store_item(item)
        archive.store_item({**item, "title": "京大と共同研究"})
        found = lambda token: archive.db.execute(  # noqa: E731
            f"SELECT rowid FROM {grams.TABLE} WHERE {grams.TABLE} MATCH ?", [f'"{token}"']
        ).fetchall()
        assert found("京大")
        assert not found("東大")


def test_counts_kept_by_triggers_agree_with_a_recount_after_every_kind_of_write(small_archive, tmp_path):
    path = tmp_path / "archive.db"
    path.write_bytes(small_archive.read_bytes())
    with Archive(path) as archive:
        assert summary_tables.check(archive.db) == {}
        archive.store_item(
            {
                "id": "press:new",
                "kind": "press",
                "source": "nec-press",
                "url": "https://example.jp/n",
                "title": "NEC、新モデル",
                "published_at": "2026-11-25T00:00:00Z",
                "relevant": 1,
            },
            organisations=[{"name": "NEC", "role": "issuer"}, {"name": "NEC", "role": "partner"}],
        )
        some = archive.db.execute("SELECT id, kind FROM items WHERE kind = 'paper' LIMIT 1").fetchone()
        archive.db.execute(
            "UPDATE items SET kind = 'news', relevant = 1 - coalesce(relevant, 0) WHERE id = ?", [some[0]]
        )
        archive.db.execute("UPDATE items SET published_at = '2020-01-01T00:00:00Z' WHERE id = 'press:new'")
        archive.add_item_source("press:new", "thebridge", "https://thebridge.jp/n")
        archive.replace_entities("press:new", [{"name": "Fujitsu", "role": "partner"}], [])
        assert summary_tables.check(archive.db) == {}
        figures = archive_stats(archive.db, by="month")
        total = archive.db.execute("SELECT count(*) FROM items").fetchone()[0]
    assert figures.totals["items"] == total
    assert sum(row["total"] for row in figures.periods) == total


def test_source_newest_items_only_move_forward(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        archive.store_item(
            {
                "id": "press:1",
                "kind": "press",
                "source": "nec",
                "url": "https://example.jp/1",
                "title": "a",
                "published_at": "2026-11-25T00:00:00Z",
            }
        )
        archive.store_item(
            {
                "id": "press:1",
                "kind": "press",
                "source": "nec",
                "url": "https://example.jp/1",
                "title": "a",
                "published_at": "2026-11-20T00:00:00Z",
            }
        )
        newest = archive.db.execute("SELECT newest_item FROM source_newest_items WHERE source = 'nec'").fetchone()
    assert newest == ("2026-11-25T00:00:00Z",)


def test_an_archive_of_an_older_release_is_brought_up_to_date_with_its_counts(tmp_path):
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        archive.store_item(
            {
                "id": "press:1",
                "kind": "press",
                "source": "nec",
                "url": "https://example.jp/1",
                "title": "東大の生成AI",
                "published_at": "2026-11-25T00:00:00Z",
                "relevant": 1,
            }
        )
        # As release 6 left it: none of the tables of migration 7, which then runs.
        for name in summary_tables.TABLES:
            archive.db.execute(f"DROP TABLE {name}")
        for name in summary_tables.TRIGGERS:
            archive.db.execute(f"DROP TRIGGER {name}")
        archive.db.execute(f"DROP TABLE {grams.TABLE}")
        with archive.db.conn:
            _keep_reads_bounded(archive.db)
    with Archive(path) as archive:
        assert summary_tables.check(archive.db) == {}
        assert search(archive.db, "東大", SearchFilters(), now=NOW).hits
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] >= 7
    connection.close()


def test_an_organisations_own_releases_are_one_index_range(small_archive):
    with Archive(small_archive) as archive:
        steps = plan(
            archive.db,
            "SELECT items.id FROM item_organisations JOIN items ON items.id = item_organisations.item_id"
            " WHERE item_organisations.organisation = ? AND item_organisations.role = 'issuer'"
            " AND item_organisations.published_at BETWEEN ? AND ?",
            ["NTT", "2026-01-01", "2026-01-07"],
        )
    assert (
        "idx_item_organisations_organisation_role_published_at"
        " (organisation=? AND role=? AND published_at>? AND published_at<?)" in steps
    ), steps


def test_organisation_links_carry_their_items_date(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        item = {
            "id": "press:1",
            "kind": "press",
            "source": "nec",
            "url": "https://example.jp/1",
            "title": "a",
            "published_at": "2026-11-25T00:00:00Z",
        }
        archive.store_item(item, organisations=[{"name": "NEC", "role": "issuer"}])
        archive.store_item(
            {**item, "published_at": "2026-11-26T00:00:00Z"}, organisations=[{"name": "NEC", "role": "issuer"}]
        )
        archive.db.execute("UPDATE items SET published_at = '2026-11-27T00:00:00Z'")
        dates = archive.db.execute("SELECT published_at FROM item_organisations").fetchall()
    assert dates == [("2026-11-27T00:00:00Z",)]


def test_the_whole_archive_can_still_be_dumped(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        archive.store_item(
            {"id": "press:1", "kind": "press", "source": "nec", "url": "https://example.jp/1", "title": "東大と生成AI"}
        )
        dump = "\n".join(archive.db.conn.iterdump())
    assert "東大と生成AI" in dump
    assert grams.TABLE in dump


def test_stats_latest_organisation_dates_agree_with_reading_every_link(small_archive, tmp_path):
    path = tmp_path / "dated.db"
    path.write_bytes(small_archive.read_bytes())
    with Archive(path) as archive:
        top = archive_stats(archive.db, top=1).organisations[0]["organisation"]
        # An undated relevant item counts by when it was first seen.
        archive.db.execute(
            "UPDATE items SET published_at = NULL, first_seen_at = '2099-01-01T00:00:00Z' WHERE rowid = ("
            "SELECT items.rowid FROM items JOIN item_organisations ON item_id = items.id"
            " WHERE relevant = 1 AND organisation = ? LIMIT 1)",
            [top],
        )
        shown = archive_stats(archive.db, top=5).organisations
        for row in shown:
            expected = archive.db.execute(
                "SELECT max(coalesce(items.published_at, items.first_seen_at)) FROM item_organisations"
                " JOIN items ON items.id = item_organisations.item_id"
                " WHERE item_organisations.organisation = ? AND items.relevant = 1",
                [row["organisation"]],
            ).fetchone()[0]
            assert row["last_date"] == expected, row["organisation"]
        assert {row["organisation"]: row["last_date"] for row in shown}[top] == "2099-01-01T00:00:00Z"


def test_no_digest_query_reads_every_item(small_archive):
    from schedules.digest_input import load_digest_input

    statements: list[str] = []
    with Archive(small_archive) as archive:
        archive.db.conn.set_trace_callback(statements.append)
        load_digest_input(archive.db, "2026-W48", now=datetime(2026, 11, 30, 12, tzinfo=UTC))
        archive.db.conn.set_trace_callback(None)
        reads = [sql for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
        scans = {
            sql: steps
            for sql in reads
            if "SCAN items" in (steps := plan(archive.db, sql)).replace("SCAN items_", "")
            and "sqlite_master" not in sql
        }
    assert reads
    assert not scans, scans


def test_the_fixture_builds_the_derived_tables_the_archive_would(small_archive, tmp_path):
    path = tmp_path / "rebuilt.db"
    path.write_bytes(small_archive.read_bytes())
    with Archive(small_archive) as built, Archive(path) as rebuilt:
        grams.rebuild_grams(rebuilt.db)
        rebuilt.db.execute("INSERT INTO items_fts (items_fts) VALUES ('rebuild')")
        assert not summary_tables.check(built.db)
        query = f"SELECT rowid, grams FROM {grams.TABLE} ORDER BY rowid"
        assert built.db.execute(query).fetchall() == rebuilt.db.execute(query).fetchall()
        for table in (grams.TABLE, "items_fts"):
            # Raises when the index does not hold exactly what its rows say.
            built.db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        for word in ("東大", "AI", "資金"):
            query = f"SELECT rowid FROM {grams.TABLE} WHERE {grams.TABLE} MATCH ? ORDER BY rowid"
            assert built.db.execute(query, [f'"{grams.token(word)}"']).fetchall(), word
        for word in ("Japanese", "言語モデル"):
            query = "SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid"
            found = built.db.execute(query, [f'"{word}"']).fetchall()
            assert found == rebuilt.db.execute(query, [f'"{word}"']).fetchall(), word
            assert found, word
        # The bulk build leaves the full-text settings as the archive's migrations set them.
        with Archive(tmp_path / "new.db") as new:
            for table in ("items_fts", grams.TABLE):
                config = f"SELECT * FROM {table}_config ORDER BY k"
                assert built.db.execute(config).fetchall() == new.db.execute(config).fetchall(), table


def test_a_companys_rounds_of_one_amount_are_one_index_range(small_archive):
    with Archive(small_archive) as archive:
        steps = plan(
            archive.db,
            "SELECT items.id FROM funding_rounds JOIN items ON items.id = funding_rounds.item_id"
            " WHERE funding_rounds.company = ? AND funding_rounds.amount_jpy = ?"
            " AND funding_rounds.item_published_at BETWEEN ? AND ?",
            ["Sakana AI", 100, "2026-01-01", "2026-01-07"],
        )
        stale = archive.db.execute(
            "SELECT count(*) FROM funding_rounds JOIN items ON items.id = funding_rounds.item_id"
            " WHERE funding_rounds.item_published_at IS NOT items.published_at"
        ).fetchone()[0]
    assert "(company=? AND amount_jpy=? AND item_published_at>? AND item_published_at<?)" in steps, steps
    assert stale == 0


def test_funding_rounds_carry_their_items_date(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        item = {
            "id": "funding:1",
            "kind": "funding",
            "source": "thebridge",
            "url": "https://example.jp/1",
            "title": "a",
            "published_at": "2026-11-25T00:00:00Z",
        }
        round_ = {"company": "Sakana AI", "amount_jpy": 100}
        archive.store_item(item, organisations=[], funding_rounds=[round_])
        archive.store_item({**item, "published_at": "2026-11-26T00:00:00Z"}, organisations=[], funding_rounds=[round_])
        first = archive.db.execute("SELECT item_published_at FROM funding_rounds").fetchall()
        archive.db.execute("UPDATE items SET published_at = '2026-11-27T00:00:00Z'")
        dates = archive.db.execute("SELECT item_published_at FROM funding_rounds").fetchall()
    assert first == [("2026-11-26T00:00:00Z",)]
    assert dates == [("2026-11-27T00:00:00Z",)]


def test_weeks_read_for_comparison_count_as_the_week_shown(small_archive, tmp_path):
    from schedules.digest_entries import week_metrics
    from schedules.digest_input import load_week
    from schedules.digest_sections import detected_names as _detected

    path = tmp_path / "odd.db"
    path.write_bytes(small_archive.read_bytes())
    with Archive(path) as archive:
        weeks = [
            row[0]
            for row in archive.db.execute(
                "SELECT week FROM items WHERE kind = 'funding' AND relevant = 1"
                " GROUP BY week ORDER BY week DESC LIMIT 8"
            )
        ]
        # Labels that are not JSON, not an object, or hold a string where an object is expected.
        for labels, offset in (("not json", 0), ('["a"]', 1), ('{"funding": "x", "detected": 3}', 2)):
            archive.db.execute(
                "UPDATE items SET labels = ? WHERE rowid = (SELECT rowid FROM items WHERE week = ? AND relevant = 1"
                " ORDER BY rowid LIMIT 1 OFFSET ?)",
                [labels, weeks[0], offset],
            )
        # Rounds known only from their labels count too.
        archive.db.execute(
            "DELETE FROM funding_rounds WHERE item_id IN (SELECT id FROM items WHERE week IN (?, ?))", weeks[1:3]
        )
        for week in weeks:
            full, counted = load_week(archive.db, week), load_week(archive.db, week, counted_only=True)
            assert week_metrics(counted) == week_metrics(full), week
            assert [_detected(item) for item in counted.items] == [_detected(item) for item in full.items], week
            assert [item["id"] for item in counted.items] == [item["id"] for item in full.items]


def test_health_finds_every_tokyo_day_with_arrivals_as_grouping_every_row_does(small_archive, tmp_path):
    from archive.health_reads import ARRIVAL_DAYS

    path = tmp_path / "days.db"
    path.write_bytes(small_archive.read_bytes())
    with Archive(path) as archive:
        # Either side of midnight in Tokyo (15:00 UTC), and two arrivals on one Tokyo day.
        for number, stamp in enumerate(("2026-11-20T14:59:59Z", "2026-11-20T15:00:00Z", "2026-11-21T03:00:00Z")):
            archive.db.execute(
                "INSERT INTO item_sources (item_id, source, source_query, url, first_seen_at)"
                " SELECT id, 'midnight-source', ?, url, ? FROM items LIMIT 1",
                [str(number), stamp],
            )
        since, now = "2026-06-01T00:00:00Z", NOW
        grouped = archive.db.execute(
            "SELECT source, date(max(first_seen_at), '+9 hours') FROM item_sources"
            " WHERE first_seen_at <= ? AND first_seen_at >= ? GROUP BY source, date(first_seen_at, '+9 hours')",
            [now, since],
        ).fetchall()
        skipped = archive.db.execute(
            f"SELECT source, date(stamp, '+9 hours') FROM ({ARRIVAL_DAYS})", {"since": since, "now": now}
        ).fetchall()
    assert sorted(skipped) == sorted(grouped)
    assert [day for source, day in skipped if source == "midnight-source"] == ["2026-11-20", "2026-11-21"]
