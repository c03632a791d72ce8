"""The views answer the common questions on a known archive."""

from __future__ import annotations

import sqlite3

from archive import Archive
from archive.views import VIEWS, create_views
from tests.search_helpers import write_known_archive


def rows(archive: Archive, sql: str) -> list[tuple]:
    return archive.db.execute(sql).fetchall()


def test_relevant_items_leave_out_backfill_and_irrelevant_items(known_archive):
    ids = {row[0] for row in rows(known_archive, "SELECT id FROM relevant_items")}
    assert ids == {
        "prtimes:sakana-series-a",
        "bridge:sakana-series-a-en",
        "prtimes:kddi-elyza",
        "meti:geniac-launch",
        "prtimes:rinna-youko",
    }


def test_funding_by_quarter_counts_a_round_reported_twice_once(known_archive):
    assert rows(known_archive, "SELECT * FROM funding_by_quarter") == [
        ("2024-Q3", 1, 1, 30_000_000_000, 30_000_000_000, 1)
    ]


def test_one_round_reported_with_and_without_its_round_name_counts_once(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        for item_id, round_name in (("press:a", "Series B"), ("news:b", None)):
            archive.store_item(
                {
                    "id": item_id,
                    "kind": "funding",
                    "source": "prtimes",
                    "url": f"https://example.jp/{item_id}",
                    "title": "Sakana AI、シリーズBで約200億円を調達",
                    "relevant": 1,
                }
            )
            archive.replace_entities(
                item_id,
                [],
                [
                    {
                        "company": "Sakana AI",
                        "as_written": "約200億円",
                        "amount_jpy": 20_000_000_000,
                        "round": round_name,
                        "announced_at": "2025-11-17T03:00:00Z",
                    },
                    {
                        "company": "Sakana AI",
                        "undisclosed": True,
                        "round": "Seed",
                        "announced_at": "2025-11-17T03:00:00Z",
                    },
                ],
            )
        totals = rows(archive, "SELECT quarter, rounds, rounds_with_amount, total_jpy FROM funding_by_quarter")
    assert totals == [("2025-Q4", 2, 1, 20_000_000_000)]


def test_funding_round_details_carry_the_tokyo_quarter_and_the_item(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        # 31 March 16:00 UTC is already 1 April in Tokyo: the next quarter.
        archive.store_item(
            {
                "id": "news:x",
                "kind": "funding",
                "source": "nikkei",
                "url": "https://example.jp/x",
                "title": "Stockmark raises funds",
                "relevant": 1,
            }
        )
        archive.replace_entities(
            "news:x",
            [],
            [
                {
                    "company": "Stockmark",
                    "as_written": "45億円",
                    "amount": 4.5e9,
                    "currency": "JPY",
                    "amount_jpy": 4_500_000_000,
                    "announced_at": "2025-03-31T16:00:00Z",
                },
                {
                    "company": "Stockmark",
                    "undisclosed": True,
                    "round": "Series B",
                    "announced_at": "2025-03-31T14:00:00Z",
                },
            ],
        )
        details = rows(archive, "SELECT company, quarter, title FROM funding_round_details ORDER BY quarter")
        totals = rows(archive, "SELECT quarter, rounds, rounds_with_amount, total_jpy FROM funding_by_quarter")
    assert details == [
        ("Stockmark", "2025-Q1", "Stockmark raises funds"),
        ("Stockmark", "2025-Q2", "Stockmark raises funds"),
    ]
    assert totals == [("2025-Q1", 1, 0, 0), ("2025-Q2", 1, 1, 4_500_000_000)]


def test_weekly_counts_by_first_seen_week_and_kind(known_archive):
    counts = rows(known_archive, "SELECT week, kind, items, relevant_items FROM weekly_counts")
    assert all(isinstance(row[3], int) for row in counts)
    assert counts == [
        ("2026-W47", "funding", 1, 1),
        ("2026-W47", "press", 2, 2),
        ("2026-W48", "news", 1, 0),
        ("2026-W48", "policy", 1, 1),
        ("2026-W48", "press", 1, 1),
    ]


def test_organisation_timeline_lists_relevant_items_per_organisation_in_date_order(known_archive):
    sakana = rows(
        known_archive, "SELECT date, kind, item_id FROM organisation_timeline WHERE organisation = 'Sakana AI'"
    )
    assert sakana == [
        ("2024-09-04T00:00:00Z", "press", "prtimes:sakana-series-a"),
        ("2024-09-04T03:00:00Z", "funding", "bridge:sakana-series-a-en"),
    ]
    assert rows(known_archive, "SELECT count(*) FROM organisation_timeline WHERE organisation = 'Toyota'") == [(0,)]
    assert rows(known_archive, "SELECT name_ja, role FROM organisation_timeline WHERE organisation = 'METI'") == [
        ("経済産業省", "subject")
    ]


def test_organisation_counts_rank_the_most_mentioned_first(known_archive):
    top = rows(known_archive, "SELECT organisation, items, press, funding, papers FROM organisation_counts LIMIT 2")
    assert top == [("Sakana AI", 2, 1, 1, 0), ("ELYZA", 1, 1, 0, 0)]


def test_source_counts_join_items_and_the_last_run(known_archive):
    by_source = {row[0]: row[1:] for row in rows(known_archive, "SELECT * FROM source_counts")}
    assert by_source["prtimes"] == (
        3,
        3,
        "2024-09-04T00:00:00Z",
        "2026-11-25T00:02:00Z",
        3,
        1,
        1,
        "HTTP 503 on https://prtimes.jp/index.rdf",
    )
    assert by_source["nikkei"][:2] == (1, 0)
    assert by_source["meti"][3] is None


def test_opening_an_up_to_date_archive_writes_nothing(tmp_path):
    path = write_known_archive(tmp_path / "archive.db")
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        Archive(path, busy_timeout=0.1).close()
    finally:
        holder.rollback()
        holder.close()


def test_a_changed_or_missing_view_is_created_again(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        archive.db.execute("DROP VIEW funding_by_quarter")
        archive.db.execute("DROP VIEW weekly_counts")
        archive.db.execute("CREATE VIEW weekly_counts AS SELECT 1 AS stale")
        create_views(archive.db)
        assert set(VIEWS) <= set(archive.db.view_names())
        assert [column.name for column in archive.db["weekly_counts"].columns] == [
            "week",
            "kind",
            "items",
            "relevant_items",
        ]
