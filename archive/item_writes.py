"""The statements of an item write, run inside a transaction ``archive.db.Archive`` opened.

Plain SQL with the columns spelled out: a crawl writes thousands of items,
and going through sqlite-utils' generic insert and update for each (column
discovery, query building) cost more than the writes themselves.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from archive import grams
from archive.hub_writes import HubChange, write_hub_repo
from common.text import normalise_text

JSON_COLUMNS = ("authors", "categories", "topics", "organisations", "models", "reasons", "labels")
LABEL_COLUMNS = ("relevant", "score", "topics", "organisations", "models", "reasons", "labels")
ITEM_COLUMNS = (
    "id",
    "kind",
    "source",
    "url",
    "canonical_url",
    "title",
    "title_derived",
    "summary",
    "authors",
    "language",
    "publisher",
    "published_at",
    "updated_at",
    "backfill",
    "arxiv_id",
    "version",
    "primary_category",
    "categories",
    "comment",
    "journal_ref",
    "doi",
    "pdf_url",
    *LABEL_COLUMNS,
    "title_key",
    "linked_item_id",
    "feed_bozo",
    "title_folded",
    "summary_folded",
)
FUNDING_COLUMNS = ("company", "as_written", "amount", "currency", "amount_jpy", "qualifier", "round", "instrument")
_STORED = "SELECT rowid, version, " + ", ".join(ITEM_COLUMNS[1:]) + " FROM items WHERE id = ?"


@dataclass
class ItemWrite:
    """One item of a batch: stored with its entities, or, with ``duplicate_of``, recorded as another
    source of that one."""

    item: Mapping[str, Any]
    organisations: list[Mapping[str, Any]] | None = None
    funding_rounds: list[Mapping[str, Any]] = field(default_factory=list)
    duplicate_of: str = ""
    classifier_input: Mapping[str, Any] | None = None
    # A Hub repository's metadata: its hub_repos row is written with the
    # item, and ``hub_labels`` (the item's labels) get what the write noticed.
    hub: Mapping[str, Any] | None = None
    hub_labels: dict[str, Any] = field(default_factory=dict)
    hub_change: HubChange | None = None


def item_row(item: Mapping[str, Any]) -> dict[str, Any]:
    """The item's columns as stored: lists as JSON, flags as 0/1."""
    row = {column: item.get(column) for column in ITEM_COLUMNS if column in item}
    for column in JSON_COLUMNS:
        if column in row and not isinstance(row[column], str):
            row[column] = json.dumps(row[column] if row[column] is not None else [], ensure_ascii=False)
    for column in ("backfill", "feed_bozo", "relevant"):
        if row.get(column) is not None:
            row[column] = int(bool(row[column]))
    if "title_derived" in row:
        # Null unless derived, so the items stored before the column existed compare equal.
        row["title_derived"] = 1 if row["title_derived"] else None
    if "title" in row:
        # The title is stored as published; search matches this folded copy.
        row["title_folded"] = normalise_text(row["title"])
    if "summary" in row:
        # Likewise the summary (a source whose terms keep it out has "" here).
        row["summary_folded"] = normalise_text(row["summary"])
    return row


def store(
    db: sqlite_utils.Database,
    item: Mapping[str, Any],
    organisations: list[Mapping[str, Any]] | None,
    funding_rounds: list[Mapping[str, Any]],
    now: str,
    week: str,
    classifier_input: Mapping[str, Any] | None = None,
) -> str:
    """Insert or update one item (see ``Archive.store_item``); return its outcome."""
    row = item_row(item)
    connection = db.conn
    existing = connection.execute(_STORED, [row["id"]]).fetchone()
    if existing is None:
        row.update(first_seen_at=now, last_seen_at=now, week=week)
        columns = list(row)
        rowid = connection.execute(
            f"INSERT INTO items ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", list(row.values())
        ).lastrowid
        assert rowid is not None  # an INSERT always sets it
        grams.index_item(connection, rowid, row.get("title"), row.get("summary"))
        outcome = "new"
    else:
        stored = dict(zip(("rowid", "version", *ITEM_COLUMNS[1:]), existing, strict=False))
        if (stored.get("version") or 0) > (row.get("version") or 0):
            row = {key: row[key] for key in LABEL_COLUMNS if key in row}
        row.pop("backfill", None)
        changed = {key: value for key, value in row.items() if key != "id" and stored.get(key) != value}
        changed["last_seen_at"] = now
        connection.execute(
            f"UPDATE items SET {', '.join(f'{column} = ?' for column in changed)} WHERE rowid = ?",
            [*changed.values(), stored["rowid"]],
        )
        if "title" in changed or "summary" in changed:
            grams.index_item(
                connection,
                stored["rowid"],
                row.get("title", stored["title"]),
                row.get("summary", stored["summary"]),
                replace=True,
            )
        outcome = "updated" if len(changed) > 1 else "unchanged"
    add_source(db, item["id"], item["source"], item["url"], item.get("source_query") or "", now, touch=False)
    if classifier_input is not None:
        connection.execute(
            "INSERT INTO classifier_inputs (item_id, kind, issuers, text) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (item_id) DO UPDATE SET"
            " kind = excluded.kind, issuers = excluded.issuers, text = excluded.text",
            [
                item["id"],
                classifier_input.get("kind") or "",
                json.dumps(list(classifier_input.get("issuers") or []), ensure_ascii=False),
                classifier_input.get("text"),
            ],
        )
    if organisations is not None and outcome != "unchanged":
        replace_entities(db, item["id"], organisations, funding_rounds, announced_at=item.get("published_at"))
    return outcome


def add_source(
    db: sqlite_utils.Database, item_id: str, source: str, url: str, source_query: str, now: str, *, touch: bool = True
) -> bool:
    """Record a source that carried an item; True if it had not been recorded. ``touch`` updates last_seen_at."""
    added = (
        db.conn.execute(
            "INSERT OR IGNORE INTO item_sources (item_id, source, source_query, url, first_seen_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [item_id, source, source_query, url, now],
        ).rowcount
        > 0
    )
    if touch:
        db.conn.execute("UPDATE items SET last_seen_at = ? WHERE id = ?", [now, item_id])
    return added


def _organisation(db: sqlite_utils.Database, organisation: Mapping[str, Any], *, update: bool) -> None:
    values = [
        organisation["name"],
        organisation.get("name_ja") or "",
        organisation.get("sector") or "",
        organisation.get("country") or "",
    ]
    conflict = (
        "DO UPDATE SET name_ja = excluded.name_ja, sector = excluded.sector, country = excluded.country"
        if update
        else "DO NOTHING"
    )
    db.conn.execute(
        f"INSERT INTO organisations (name, name_ja, sector, country) VALUES (?, ?, ?, ?) ON CONFLICT (name) {conflict}",
        values,
    )


def replace_entities(
    db: sqlite_utils.Database,
    item_id: str,
    organisations: list[Mapping[str, Any]],
    funding_rounds: list[Mapping[str, Any]],
    announced_at: str | None = None,
) -> None:
    """An item's organisation links and funding rounds, replaced."""
    connection = db.conn
    connection.execute("DELETE FROM item_organisations WHERE item_id = ?", [item_id])
    connection.execute("DELETE FROM funding_rounds WHERE item_id = ?", [item_id])
    for organisation in organisations:
        _organisation(db, organisation, update=True)
        connection.execute(
            "INSERT OR IGNORE INTO item_organisations (item_id, organisation, role) VALUES (?, ?, ?)",
            [item_id, organisation["name"], organisation.get("role") or "mentioned"],
        )
    for ordinal, funding in enumerate(funding_rounds, start=1):
        connection.execute(INSERT_FUNDING_ROUND, funding_row(item_id, ordinal, funding, announced_at))


FUNDING_ROW_COLUMNS = (*FUNDING_COLUMNS, "investors", "lead_investors", "undisclosed", "announced_at", "id", "item_id")
INSERT_FUNDING_ROUND = "INSERT INTO funding_rounds ({}) VALUES ({})".format(
    ", ".join(FUNDING_ROW_COLUMNS), ", ".join("?" * len(FUNDING_ROW_COLUMNS))
)


def funding_row(item_id: str, ordinal: int, funding: Mapping[str, Any], announced_at: str | None) -> tuple:
    """A ``funding_rounds`` row in ``FUNDING_ROW_COLUMNS`` order: the item's ordinal-th round."""
    return (
        *(funding.get(key) for key in FUNDING_COLUMNS),
        json.dumps(list(funding.get("investors") or []), ensure_ascii=False),
        json.dumps(list(funding.get("lead_investors") or []), ensure_ascii=False),
        int(bool(funding.get("undisclosed"))),
        funding.get("announced_at") or announced_at,
        f"{item_id}#{ordinal}",
        item_id,
    )


def enrich(
    db: sqlite_utils.Database, item_id: str, organisations: list[Mapping[str, Any]], funding: Mapping[str, Any] | None
) -> bool:
    """What a second report adds to a stored item (see ``Archive.enrich_from_duplicate``); True if anything."""
    connection = db.conn
    changed = False
    known = {
        (row[0], row[1])
        for row in connection.execute("SELECT organisation, role FROM item_organisations WHERE item_id = ?", [item_id])
    }
    for organisation in organisations:
        key = (organisation["name"], organisation.get("role") or "mentioned")
        if key in known:
            continue
        _organisation(db, organisation, update=False)
        connection.execute(
            "INSERT OR IGNORE INTO item_organisations (item_id, organisation, role) VALUES (?, ?, ?)", [item_id, *key]
        )
        changed = True
    stored = connection.execute(
        "SELECT id, investors, lead_investors, round, instrument FROM funding_rounds"
        " WHERE item_id = ? ORDER BY id LIMIT 1",
        [item_id],
    ).fetchone()
    if funding and stored:
        round_id, investors, leads, round_name, instrument = stored
        updates: dict[str, Any] = {}
        for column, current in (("investors", investors), ("lead_investors", leads)):
            names = json.loads(current or "[]")
            extra = [name for name in funding.get(column) or [] if name not in names]
            if extra:
                updates[column] = json.dumps(names + extra, ensure_ascii=False)
        for column, current in (("round", round_name), ("instrument", instrument)):
            if not current and funding.get(column):
                updates[column] = funding[column]
        if updates:
            connection.execute(
                f"UPDATE funding_rounds SET {', '.join(f'{column} = ?' for column in updates)} WHERE id = ?",
                [*updates.values(), round_id],
            )
            changed = True
    return changed


def write(db: sqlite_utils.Database, entry: ItemWrite, now: str, week: str) -> tuple[str, bool]:
    """One entry of a batch: ``(outcome, enriched)``; a duplicate's outcome is ``merged`` or ``unchanged``."""
    item = entry.item
    if entry.duplicate_of:
        added = add_source(db, entry.duplicate_of, item["source"], item["url"], item.get("source_query") or "", now)
        labels = item.get("labels") or {}
        enriched = added and enrich(db, entry.duplicate_of, labels.get("organisations") or [], labels.get("funding"))
        return ("merged" if added else "unchanged"), bool(enriched)
    outcome = store(db, item, entry.organisations, entry.funding_rounds, now, week, entry.classifier_input)
    if entry.hub:
        entry.hub_change = write_hub_repo(db, item["id"], entry.hub, entry.hub_labels, now)
    return outcome, False
