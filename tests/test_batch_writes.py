"""A batch written at once (archive/batch_writes.py) leaves the archive as its entries written one by one do."""

from __future__ import annotations

import sqlite3

import pytest

from archive import Archive, grams, item_writes, summary_tables, week_counts
from archive.item_writes import ItemWrite
from common.weeks import iso_week

NOW = "2026-11-30T09:00:00Z"
# Tables a write touches; rows compared in full, rowids included.
TABLES = (
    "items",
    "item_sources",
    "item_organisations",
    "organisations",
    "funding_rounds",
    "classifier_inputs",
    "item_day_counts",
    "organisation_kind_counts",
    "source_day_counts",
    "source_newest_items",
    *week_counts.TABLES,
)


def item(number: int, **extra) -> dict:
    return {
        "id": f"press:{number}",
        "kind": "press",
        "source": "prtimes",
        "url": f"https://example.jp/{number}?utm_source=rss",
        "canonical_url": f"https://example.jp/{number}",
        "title": f"生成AIの発表 {number}",
        "summary": f"東大とNECが資金 {number} 億円を調達",
        "published_at": f"2026-11-{10 + number % 10:02d}T00:00:00Z",
        "relevant": number % 2 == 0,
        "labels": {"organisations": [{"name": "NEC", "role": "issuer"}]},
        "title_key": f"{number:064x}",
        **extra,
    }


def new(number: int, **extra) -> ItemWrite:
    organisations = [
        {"name": "NEC", "role": "issuer", "sector": "company", "country": "JP"},
        {"name": f"東京大学 {number % 3}", "role": "mentioned", "name_ja": "東大", "sector": "university"},
    ]
    funding = {"company": "NEC", "amount": number, "currency": "JPY", "amount_jpy": number * 10**8, "investors": ["A"]}
    return ItemWrite(
        item(number, **extra),
        organisations=organisations,
        funding_rounds=[funding] if number % 3 == 0 else [],
        classifier_input={"kind": "press", "issuers": ["NEC"], "text": None} if number % 2 else None,
    )


def mixed_batch() -> list[ItemWrite]:
    """New items, an update of a stored one, duplicates of stored and of earlier entries, a repeated id."""
    entries = [new(number) for number in range(1, 6)]
    entries.append(new(100, title="生成AIの発表 100 (訂正)"))  # stored before the batch: an update
    entries += [new(number) for number in range(6, 9)]
    entries.append(ItemWrite(item(50, source="nikkei", url="https://nikkei.example/50"), duplicate_of="press:3"))
    entries.append(ItemWrite(item(51, source="nikkei", url="https://nikkei.example/51"), duplicate_of="press:100"))
    entries.append(new(4, summary="東大とNECが資金を調達した (続報)"))  # the same id again: an update in the batch
    entries += [new(number) for number in range(9, 12)]
    entries.append(new(12))
    entries[-1].organisations = None  # an entry without labels keeps its links as they were
    return entries


def archive_rows(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        rows = {
            table: connection.execute(
                f"SELECT * FROM {table} ORDER BY 1, 2"
                if table in summary_tables.TABLES or table in week_counts.TABLES
                else f"SELECT rowid, * FROM {table} ORDER BY 1"
            ).fetchall()
            for table in TABLES
        }
        rows["short words"] = connection.execute(f"SELECT rowid, grams FROM {grams.TABLE} ORDER BY rowid").fetchall()
        rows["full text"] = connection.execute(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH '資金を' ORDER BY rowid"
        ).fetchall()
        assert summary_tables.check(connection) == {}
        assert week_counts.check(connection) == {}
    return rows


@pytest.fixture
def archives(tmp_path):
    """Two archives holding the same item before the batch."""
    paths = [tmp_path / "at-once.db", tmp_path / "one-by-one.db"]
    for path in paths:
        with Archive(path) as archive:
            archive.write_batch([new(100)], now="2026-11-01T00:00:00Z")
    return paths


def test_a_mixed_batch_leaves_what_one_by_one_writes_leave(archives):
    at_once, one_by_one = archives
    with Archive(at_once) as archive:
        outcomes = archive.write_batch(mixed_batch(), now=NOW)
    with Archive(one_by_one) as archive, archive.write() as db:
        expected = [item_writes.write(db, entry, NOW, iso_week(NOW)) for entry in mixed_batch()]
    assert outcomes == expected
    assert [outcome for outcome, _ in outcomes].count("new") == 12
    assert ("updated", False) in outcomes
    assert ("merged", False) in outcomes
    assert archive_rows(at_once) == archive_rows(one_by_one)


def test_a_batch_refused_part_way_stores_nothing(archives):
    path = archives[0]
    entries = mixed_batch()
    # A funding round whose id is taken: the batch fails after its first inserts.
    entries.append(new(13))
    entries[-1].funding_rounds = [{"company": "NEC"}, {"company": "NEC"}]
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE UNIQUE INDEX one_round_per_company ON funding_rounds(item_id, company)")
    before = archive_rows(path)
    with Archive(path) as archive, pytest.raises(sqlite3.IntegrityError):
        archive.write_batch(entries, now=NOW)
    assert archive_rows(path) == before
