"""Read queries behind the weekly digest: a week's items, funding rounds and sources.

They return plain rows (dicts, JSON columns decoded); ``schedules/digest_input.py``
turns them into the digest's types.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

from archive import week_counts
from archive.db import Archive
from common.json_text import decoded
from common.times import format_utc
from common.weeks import iso_week, week_end_utc, week_start_utc

ITEM_JSON_COLUMNS = ("topics", "organisations", "models", "reasons", "labels", "authors", "categories")
# How far back a source's kinds are learned from what it has produced.
SOURCE_KIND_DAYS = 180


def _database(db: Archive | sqlite_utils.Database) -> sqlite_utils.Database:
    return db.db if isinstance(db, Archive) else db


def _decode(row: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
    for column in columns:
        if isinstance(row.get(column), str):
            row[column] = decoded(row[column], [])
    return row


# What the week's numbers and the check for new names read of an item's
# labels. The weeks a digest only compares with (the previous four, the
# trend's twelve) are read from the weekly counts (``kept_week``); an archive
# without them has those weeks' rows read with only these labels. Hub
# repositories keep all of theirs (the Hub releases are counted from them).
COUNTED_LABELS = ("funding", "detected")
_COUNTED_LABELS_SQL = (
    "CASE WHEN items.kind IN ('model', 'dataset') OR NOT json_valid(labels) THEN labels"
    " ELSE json_object(" + ", ".join(f"'{key}', json(labels -> '$.{key}')" for key in COUNTED_LABELS) + ") END"
)


def week_rows(
    db: Archive | sqlite_utils.Database, week: str, *, counted_only: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """The relevant items first seen in ``week`` (backfill excluded), their funding rounds and licence changes.

    Keys: ``items``, ``funding_rounds``, ``hub_licence_changes``.

    ``counted_only`` leaves out what only the week shown needs (reasons,
    labels other than ``COUNTED_LABELS``): enough for its numbers, its trend
    and the names it brought.
    """
    database = _database(db)
    columns: tuple[str, ...] = ITEM_JSON_COLUMNS
    selected = "reasons, labels"
    if counted_only:
        columns = tuple(column for column in ITEM_JSON_COLUMNS if column != "reasons")
        selected = f"{_COUNTED_LABELS_SQL} AS labels"
    items = _week_items(
        database, "week = ? AND relevant = 1 AND coalesce(backfill, 0) = 0", [week], columns, selected=selected
    )
    rounds = [
        _decode(dict(row), ("investors", "lead_investors"))
        for row in database.query(
            "SELECT funding_rounds.* FROM funding_rounds JOIN items ON items.id = funding_rounds.item_id"
            " WHERE items.week = ? AND items.relevant = 1 AND coalesce(items.backfill, 0) = 0"
            " ORDER BY funding_rounds.id",
            [week],
        )
    ]
    licence_changes = (
        [
            dict(row)
            for row in database.query(
                # CROSS JOIN keeps the (small) changes table outside: the planner,
                # given no statistics for it, scanned every item instead.
                "SELECT hub_licence_changes.repo_id, old_licence, new_licence, detected_at, items.url"
                " FROM hub_licence_changes CROSS JOIN items ON items.id = hub_licence_changes.item_id"
                " WHERE detected_at >= ? AND detected_at < ? AND items.relevant = 1 ORDER BY hub_licence_changes.id",
                [format_utc(week_start_utc(week)), format_utc(week_end_utc(week))],
            )
        ]
        if database["hub_licence_changes"].exists()
        else []
    )
    return {"items": items, "funding_rounds": rounds, "hub_licence_changes": licence_changes}


def kept_week(db: Archive | sqlite_utils.Database, week: str) -> dict[str, list[Any]] | None:
    """What the archive keeps of ``week`` for the digest (``archive.week_counts``); None if it keeps nothing.

    Keys: ``kinds`` (kind, release, items), ``funding`` (company, round,
    amount in yen or None, undisclosed, items) and ``hub``: the week's Hub
    models and the items that name their families, as ``week_rows`` reads
    them (empty for a week without Hub models).
    """
    database = _database(db)
    if not week_counts.exists(database.conn):
        return None
    kinds = database.execute("SELECT kind, release, items FROM week_item_counts WHERE week = ? AND items != 0", [week])
    counted = [tuple(row) for row in kinds.fetchall()]
    funding = [
        (company, round_, None if amount == -1 else amount, undisclosed, items)
        for company, round_, amount, undisclosed, items in database.execute(
            "SELECT company, round, amount_jpy, undisclosed, items FROM week_funding_counts"
            " WHERE week = ? AND items != 0",
            [week],
        ).fetchall()
    ]
    hub: list[dict[str, Any]] = []
    if any(kind == "model" for kind, _, _ in counted):
        hub = week_hub_rows(database, week)
    return {"kinds": counted, "funding": funding, "hub": hub}


def week_hub_rows(db: Archive | sqlite_utils.Database, week: str) -> list[dict[str, Any]]:
    """The week's Hub models and the other items naming one of their families: all that its Hub releases count."""
    database = _database(db)
    counted = "week = ? AND relevant = 1 AND coalesce(backfill, 0) = 0"
    models = _week_items(database, f"{counted} AND items.kind = 'model'", [week], ITEM_JSON_COLUMNS)
    families = sorted(
        {str(family) for row in models if isinstance(row.get("labels"), dict) and (family := _family(row["labels"]))}
    )
    if not families:
        return models
    named = _week_items(
        database,
        f"{counted} AND items.kind NOT IN ('model', 'dataset')"
        " AND json_type(CASE WHEN json_valid(models) THEN models ELSE '{}' END) = 'array'"
        " AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(models) THEN models ELSE '[]' END)"
        " WHERE value IN (" + ", ".join("?" * len(families)) + "))",
        [week, *families],
        ITEM_JSON_COLUMNS,
    )
    return sorted(models + named, key=lambda row: (row["first_seen_at"] or "", row["id"]))


def _family(labels: dict[str, Any]) -> Any:
    hub = labels.get("hub")
    return hub.get("family") if isinstance(hub, dict) else None


def names_of_weeks(db: Archive | sqlite_utils.Database, weeks: list[str]) -> set[tuple[str, str]]:
    """(kind, name) of the names not on the watch list that items of ``weeks`` brought (``archive.week_counts``)."""
    if not weeks:
        return set()
    return {
        (kind, name)
        for kind, name in _database(db).execute(
            "SELECT DISTINCT kind, name FROM week_names WHERE week IN (" + ", ".join("?" * len(weeks)) + ")"
            " AND items != 0",
            weeks,
        )
    }


def _week_items(
    database: sqlite_utils.Database,
    where: str,
    params: list[Any],
    columns: tuple[str, ...],
    *,
    selected: str = "reasons, labels",
) -> list[dict[str, Any]]:
    cursor = database.execute(
        "SELECT items.id, items.kind, title, url, source, publisher, published_at, items.first_seen_at, week,"
        f" backfill, relevant, score, topics, items.organisations, models, {selected},"
        " hub_repos.licence AS hub_licence, hub_repos.parameters AS hub_parameters"
        # Read-only commands never migrate: an archive from before the column has no derived titles.
        + (", title_derived" if "title_derived" in database["items"].columns_dict else "")
        + f" FROM items LEFT JOIN hub_repos ON hub_repos.item_id = items.id WHERE {where}"
        " ORDER BY items.first_seen_at, items.id",
        params,
    )
    names = [description[0] for description in cursor.description]
    return [_decode(dict(zip(names, row, strict=True)), columns) for row in cursor]


def source_kinds(db: Archive | sqlite_utils.Database, until: datetime) -> dict[str, list[str]]:
    """The kinds of item each source has produced lately: what its silence would hide."""
    since = format_utc(until - timedelta(days=SOURCE_KIND_DAYS))
    next_day = format_utc(datetime.fromisoformat(since[:10]).replace(tzinfo=UTC) + timedelta(days=1))
    kinds: dict[str, list[str]] = {}
    # Whole days from the counts the archive keeps; the first, partial day
    # from the items themselves (a range of the item_sources.first_seen_at index).
    for row in _database(db).query(
        "SELECT source, kind FROM source_day_counts WHERE day >= ? AND items > 0"
        " UNION SELECT item_sources.source, items.kind FROM item_sources"
        " JOIN items ON items.id = item_sources.item_id"
        " WHERE item_sources.first_seen_at >= ? AND item_sources.first_seen_at < ?"
        " ORDER BY 1, 2",
        [next_day[:10], since, next_day],
    ):
        kinds.setdefault(row["source"], []).append(row["kind"])
    return kinds


def latest_week(db: Archive | sqlite_utils.Database) -> str | None:
    """The week of the newest first-seen item, relevant or not."""
    row = _database(db).execute("SELECT max(first_seen_at) FROM items").fetchone()
    return iso_week(row[0]) if row and row[0] else None


def first_week(db: Archive | sqlite_utils.Database) -> str | None:
    """The week of the oldest first-seen item: when the archive started watching."""
    row = _database(db).execute("SELECT min(first_seen_at) FROM items").fetchone()
    return iso_week(row[0]) if row and row[0] else None
