"""Counts the archive keeps up to date as items are written, so stats never rescan history.

Triggers on ``items``, ``item_organisations`` and ``item_sources`` maintain:

- ``item_day_counts``: items by Asia/Tokyo day of their date (published, or
  first seen), kind, relevance and backfill mark; ``scrapy stats`` folds the
  days into weeks, months and quarters.
- ``organisation_kind_counts``: distinct items per organisation, kind and
  relevance (an organisation named twice in one item, say as issuer and as
  partner, counts once).
- ``source_day_counts``: distinct items per source, UTC day first seen by
  that source, kind and relevance (the digest's "kinds a source produced
  lately", health's items of the last four weeks, stats' per-source totals).
- ``source_newest_items``: the latest item date each source has carried.
  It only moves forward: an item whose date is corrected to an earlier one
  leaves it where it was.

``rebuild_all`` fills them from the rows (a migration, or a bulk load with the
triggers set aside); ``check`` compares them with a full recount (tests).
"""

from __future__ import annotations

import sqlite3
from typing import Any

ITEM_DAY = "date(coalesce({row}.published_at, {row}.first_seen_at), '+9 hours')"
ITEM_DATE = "coalesce({row}.published_at, {row}.first_seen_at)"
RELEVANT = "coalesce({row}.relevant = 1, 0)"
BACKFILL = "coalesce({row}.backfill != 0, 0)"

TABLES = {
    "item_day_counts": "day TEXT, kind TEXT, relevant INTEGER, backfill INTEGER, items INTEGER NOT NULL,"
    " PRIMARY KEY (day, kind, relevant, backfill)",
    "organisation_kind_counts": "organisation TEXT, kind TEXT, relevant INTEGER, items INTEGER NOT NULL,"
    " PRIMARY KEY (organisation, kind, relevant)",
    "source_day_counts": "source TEXT, day TEXT, kind TEXT, relevant INTEGER, items INTEGER NOT NULL,"
    " PRIMARY KEY (source, day, kind, relevant)",
    "source_newest_items": "source TEXT PRIMARY KEY, newest_item TEXT",
}


def _item_day(sign: str, row: str) -> str:
    return f"""
        INSERT INTO item_day_counts (day, kind, relevant, backfill, items)
        VALUES ({ITEM_DAY.format(row=row)}, {row}.kind, {RELEVANT.format(row=row)}, {BACKFILL.format(row=row)}, {sign}1)
        ON CONFLICT (day, kind, relevant, backfill) DO UPDATE SET items = items {sign} 1;"""


def _organisations_of_item(sign: str, row: str) -> str:
    # Every organisation of the item counts once, whatever its roles.
    return f"""
        INSERT INTO organisation_kind_counts (organisation, kind, relevant, items)
        SELECT DISTINCT organisation, {row}.kind, {RELEVANT.format(row=row)}, {sign}1
        FROM item_organisations WHERE item_id = {row}.id
        ON CONFLICT (organisation, kind, relevant) DO UPDATE SET items = items {sign} 1;"""


def _sources_of_item(sign: str, row: str) -> str:
    return f"""
        INSERT INTO source_day_counts (source, day, kind, relevant, items)
        SELECT source, date(min(first_seen_at)), {row}.kind, {RELEVANT.format(row=row)}, {sign}1
        FROM item_sources WHERE item_id = {row}.id GROUP BY source
        ON CONFLICT (source, day, kind, relevant) DO UPDATE SET items = items {sign} 1;"""


TRIGGERS = {
    "summary_items_insert": f"AFTER INSERT ON items BEGIN {_item_day('+', 'NEW')} END",
    "summary_items_delete": f"AFTER DELETE ON items BEGIN {_item_day('-', 'OLD')} END",
    "summary_items_update": f"""AFTER UPDATE OF published_at, first_seen_at, kind, relevant, backfill ON items
        WHEN {ITEM_DAY.format(row="OLD")} IS NOT {ITEM_DAY.format(row="NEW")} OR OLD.kind IS NOT NEW.kind
          OR {RELEVANT.format(row="OLD")} != {RELEVANT.format(row="NEW")}
          OR {BACKFILL.format(row="OLD")} != {BACKFILL.format(row="NEW")}
        BEGIN {_item_day("-", "OLD")} {_item_day("+", "NEW")} END""",
    "summary_items_relabel": f"""AFTER UPDATE OF kind, relevant ON items
        WHEN OLD.kind IS NOT NEW.kind OR {RELEVANT.format(row="OLD")} != {RELEVANT.format(row="NEW")}
        BEGIN {_organisations_of_item("-", "OLD")} {_organisations_of_item("+", "NEW")}
              {_sources_of_item("-", "OLD")} {_sources_of_item("+", "NEW")} END""",
    "summary_items_newest": """AFTER UPDATE OF published_at ON items WHEN NEW.published_at IS NOT OLD.published_at BEGIN
        INSERT INTO source_newest_items (source, newest_item)
        SELECT DISTINCT source, coalesce(NEW.published_at, NEW.first_seen_at) FROM item_sources
        WHERE item_id = NEW.id AND coalesce(NEW.published_at, NEW.first_seen_at) IS NOT NULL
        ON CONFLICT (source) DO UPDATE SET newest_item = max(coalesce(newest_item, ''), excluded.newest_item); END""",
    "summary_organisations_insert": f"""AFTER INSERT ON item_organisations
        WHEN NOT EXISTS (SELECT 1 FROM item_organisations AS other WHERE other.item_id = NEW.item_id
                         AND other.organisation = NEW.organisation AND other.role IS NOT NEW.role)
        BEGIN
        INSERT INTO organisation_kind_counts (organisation, kind, relevant, items)
        SELECT NEW.organisation, items.kind, {RELEVANT.format(row="items")}, 1 FROM items WHERE items.id = NEW.item_id
        ON CONFLICT (organisation, kind, relevant) DO UPDATE SET items = items + 1; END""",
    "summary_organisations_delete": f"""AFTER DELETE ON item_organisations
        WHEN NOT EXISTS (SELECT 1 FROM item_organisations AS other WHERE other.item_id = OLD.item_id
                         AND other.organisation = OLD.organisation)
        BEGIN
        UPDATE organisation_kind_counts SET items = items - 1
        WHERE organisation = OLD.organisation AND (kind, relevant) IN (
            SELECT items.kind, {RELEVANT.format(row="items")} FROM items WHERE items.id = OLD.item_id); END""",
    "summary_sources_insert": f"""AFTER INSERT ON item_sources
        WHEN NOT EXISTS (SELECT 1 FROM item_sources AS other WHERE other.item_id = NEW.item_id
                         AND other.source = NEW.source AND other.rowid != NEW.rowid)
        BEGIN
        INSERT INTO source_day_counts (source, day, kind, relevant, items)
        SELECT NEW.source, date(NEW.first_seen_at), items.kind, {RELEVANT.format(row="items")}, 1
        FROM items WHERE items.id = NEW.item_id
        ON CONFLICT (source, day, kind, relevant) DO UPDATE SET items = items + 1;
        INSERT INTO source_newest_items (source, newest_item)
        SELECT NEW.source, {ITEM_DATE.format(row="items")} FROM items
        WHERE items.id = NEW.item_id AND {ITEM_DATE.format(row="items")} IS NOT NULL
        ON CONFLICT (source) DO UPDATE SET newest_item = max(coalesce(newest_item, ''), excluded.newest_item);
        END""",
    "summary_sources_delete": f"""AFTER DELETE ON item_sources
        WHEN NOT EXISTS (SELECT 1 FROM item_sources AS other WHERE other.item_id = OLD.item_id
                         AND other.source = OLD.source)
        BEGIN
        UPDATE source_day_counts SET items = items - 1
        WHERE source = OLD.source AND day = date(OLD.first_seen_at) AND (kind, relevant) IN (
            SELECT items.kind, {RELEVANT.format(row="items")} FROM items WHERE items.id = OLD.item_id); END""",
}


def create(db: Any) -> None:
    """Create the tables and triggers (inside the caller's transaction) and fill them."""
    connection = connection_of(db)
    for name, columns in TABLES.items():
        connection.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns}) WITHOUT ROWID")
    for name, body in TRIGGERS.items():
        connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        connection.execute(f"CREATE TRIGGER {name} {body}")
    rebuild_all(connection)


def recount(connection: sqlite3.Connection) -> dict[str, list[tuple]]:
    """What the tables should hold, counted from the rows."""
    relevant, backfill, day = RELEVANT.format(row="items"), BACKFILL.format(row="items"), ITEM_DAY.format(row="items")
    return {
        "item_day_counts": connection.execute(
            f"SELECT {day}, kind, {relevant}, {backfill}, count(*) FROM items GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
        ).fetchall(),
        "organisation_kind_counts": connection.execute(
            f"SELECT organisation, items.kind, {relevant}, count(DISTINCT items.id) FROM item_organisations"
            " JOIN items ON items.id = item_organisations.item_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        ).fetchall(),
        "source_day_counts": connection.execute(
            f"""SELECT source, day, kind, relevant, count(*) FROM (
                    SELECT item_sources.source, date(min(item_sources.first_seen_at)) AS day, items.kind,
                           {relevant} AS relevant
                    FROM item_sources JOIN items ON items.id = item_sources.item_id
                    GROUP BY item_sources.item_id, item_sources.source)
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"""
        ).fetchall(),
        "source_newest_items": connection.execute(
            f"SELECT item_sources.source, max({ITEM_DATE.format(row='items')}) FROM item_sources"
            " JOIN items ON items.id = item_sources.item_id GROUP BY 1 ORDER BY 1"
        ).fetchall(),
    }


def rebuild_all(db: Any) -> None:
    """Replace the tables' contents with a full recount."""
    replace_contents(connection_of(db), recount(connection_of(db)))


def replace_contents(connection: sqlite3.Connection, tables: dict[str, list[tuple]]) -> None:
    """Replace each named table's rows with the rows given (a recount); shared with archive.week_counts."""
    for name, rows in tables.items():
        connection.execute(f"DELETE FROM {name}")
        if rows:
            connection.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(rows[0]))})", rows)


def check(db: Any) -> dict[str, tuple[list[tuple], list[tuple]]]:
    """Tables whose contents differ from a recount: name -> (stored, recounted); empty when all agree.

    ``source_newest_items`` agrees when it is at or after the recount (it only moves forward).
    """
    connection = connection_of(db)
    differences = {}
    for name, expected in recount(connection).items():
        if name == "source_newest_items":
            stored = dict(connection.execute(f"SELECT * FROM {name}").fetchall())
            behind = [(source, newest) for source, newest in expected if (stored.get(source) or "") < newest]
            if behind or set(stored) != {source for source, _ in expected}:
                differences[name] = (sorted(stored.items()), expected)
            continue
        stored_rows = connection.execute(f"SELECT * FROM {name} WHERE items != 0 ORDER BY 1, 2, 3, 4").fetchall()
        if stored_rows != expected:
            differences[name] = (stored_rows, expected)
    return differences


def connection_of(db: Any) -> sqlite3.Connection:
    """The sqlite3 connection of a sqlite-utils Database, or the connection itself."""
    return db.conn if hasattr(db, "conn") else db
