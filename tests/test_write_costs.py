"""What keeps writes cheap at a million items: full-text segments merged sixteen at a time, a larger log."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive import Archive, grams
from archive.db import WRITER_WAL_PAGES
from archive.schema import FULL_TEXT_AUTOMERGE, MIGRATIONS

TABLES = ("items_fts", grams.TABLE)


def automerge(path) -> dict[str, int | None]:
    with sqlite3.connect(path) as connection:
        return {
            table: next(
                (value for key, value in connection.execute(f"SELECT k, v FROM {table}_config") if key == "automerge"),
                None,
            )
            for table in TABLES
        }


def test_a_new_archive_merges_sixteen_segments_at_a_time(tmp_path):
    Archive(tmp_path / "archive.db").close()
    assert FULL_TEXT_AUTOMERGE == 16
    assert automerge(tmp_path / "archive.db") == dict.fromkeys(TABLES, 16)


def test_an_archive_of_the_previous_version_is_upgraded_and_its_items_still_found(tmp_path):
    path = tmp_path / "archive.db"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    previous = MIGRATIONS.index(next(m for m in MIGRATIONS if m.__name__ == "_merge_full_text_segments_less_often"))
    for version, migration in enumerate(MIGRATIONS[:previous], start=1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    db.conn.close()
    assert automerge(path) == dict.fromkeys(TABLES, None), "FTS5's default (4) before the migration"
    with Archive(path) as archive:
        for number in range(40):
            archive.store_item(
                {
                    "id": f"press:{number}",
                    "kind": "press",
                    "source": "prtimes",
                    "url": f"https://example.jp/{number}",
                    "title": f"生成AIの発表 {number}",
                    "summary": "東大が資金を調達",
                }
            )
    assert automerge(path) == dict.fromkeys(TABLES, 16)
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH '生成AI'").fetchone()[0]
        short = connection.execute(f"SELECT count(*) FROM {grams.TABLE} WHERE {grams.TABLE} MATCH '東大'").fetchone()[0]
    assert (found, short) == (40, 40)


def test_the_writer_copies_its_log_into_the_archive_every_ten_thousand_pages(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        assert WRITER_WAL_PAGES == 10_000
        assert archive.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000
