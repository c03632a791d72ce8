"""Views for the questions people ask the archive most often.

Views hold no data, so they are dropped and created again on every open:
changing one here needs no migration.
"""

from __future__ import annotations

import sqlite_utils

VIEWS = {
    "relevant_items": """
        SELECT id, kind, title, url, source, published_at, first_seen_at, week,
               score, topics, organisations
        FROM items
        WHERE relevant = 1 AND backfill = 0
    """,
}


def create_views(db: sqlite_utils.Database) -> None:
    with db.conn:
        for name, sql in VIEWS.items():
            db.execute(f"DROP VIEW IF EXISTS {name}")
            db.execute(f"CREATE VIEW {name} AS {sql}")
