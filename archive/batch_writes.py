"""A batch of item writes, the new items among them written statement by statement for the whole run.

Most entries of a crawl's batch are new items: not in the archive, not
seen earlier in the batch, not a duplicate, not a Hub repository. A run of
them is written with one ``executemany`` per table (the rows, the
short-word index, the sources, the classifier inputs, the organisations
and links, the funding rounds) instead of a dozen statements per item; any
other entry (an update, a duplicate, a repeated id, a Hub repository) ends
the run and is written on its own (``item_writes.write``), so every entry
is written in the order it came, as if one by one. Everything runs inside
the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from archive import grams, item_writes
from archive.item_writes import ItemWrite

# Ids per existence query: under SQLite's limit of bound parameters.
_CHUNK = 500


def write_batch(db: sqlite_utils.Database, entries: Sequence[ItemWrite], now: str, week: str) -> list[tuple[str, bool]]:
    """``(outcome, enriched)`` per entry, as ``item_writes.write`` gives them one at a time."""
    connection = db.conn
    stored = _stored_ids(connection, [entry.item["id"] for entry in entries if not entry.duplicate_of])
    outcomes: list[tuple[str, bool]] = []
    run: list[ItemWrite] = []
    named: set[str] = set()  # ids an earlier entry of the batch wrote (a later one is an update)
    for entry in entries:
        item_id = entry.item["id"]
        if not entry.duplicate_of and not entry.hub and item_id not in stored and item_id not in named:
            run.append(entry)
            named.add(item_id)
            continue
        _insert_new(connection, run, now, week)
        outcomes.extend(("new", False) for _ in run)
        run = []
        outcomes.append(item_writes.write(db, entry, now, week))
        named.add(item_id)
    _insert_new(connection, run, now, week)
    outcomes.extend(("new", False) for _ in run)
    return outcomes


def _stored_ids(connection: sqlite3.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(row[0] for row in connection.execute(f"SELECT id FROM items WHERE id IN ({marks})", chunk))
    return found


def _insert_new(connection: sqlite3.Connection, entries: list[ItemWrite], now: str, week: str) -> None:
    """New items of distinct ids, none stored yet, with everything ``item_writes.store`` writes with them."""
    if not entries:
        return
    rows = []
    for entry in entries:
        row = item_writes.item_row(entry.item)
        row.update(first_seen_at=now, last_seen_at=now, week=week)
        rows.append(row)
    # Explicit rowids (the ones SQLite would give, in order), so the
    # short-word index can be written for the run in one statement too.
    next_rowid = (connection.execute("SELECT max(rowid) FROM items").fetchone()[0] or 0) + 1
    start = 0
    while start < len(rows):
        columns = tuple(rows[start])
        end = start
        while end < len(rows) and tuple(rows[end]) == columns:
            end += 1
        connection.executemany(
            f"INSERT INTO items (rowid, {', '.join(columns)}) VALUES (?, {', '.join('?' * len(columns))})",
            [(next_rowid + number, *rows[number].values()) for number in range(start, end)],
        )
        start = end
    connection.executemany(
        f"INSERT INTO {grams.TABLE} (rowid, grams) VALUES (?, ?)",
        [(next_rowid + number, grams.grams(row.get("title"), row.get("summary"))) for number, row in enumerate(rows)],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO item_sources (item_id, source, source_query, url, first_seen_at) VALUES (?, ?, ?, ?, ?)",
        [
            (entry.item["id"], entry.item["source"], entry.item.get("source_query") or "", entry.item["url"], now)
            for entry in entries
        ],
    )
    connection.executemany(
        "INSERT INTO classifier_inputs (item_id, kind, issuers, text) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (item_id) DO UPDATE SET kind = excluded.kind, issuers = excluded.issuers, text = excluded.text",
        [
            _classifier_row(entry.item["id"], entry.classifier_input)
            for entry in entries
            if entry.classifier_input is not None
        ],
    )
    _insert_entities(connection, [entry for entry in entries if entry.organisations is not None])


def _classifier_row(item_id: str, classifier_input: Mapping[str, Any]) -> tuple:
    issuers = json.dumps(list(classifier_input.get("issuers") or []), ensure_ascii=False)
    return (item_id, classifier_input.get("kind") or "", issuers, classifier_input.get("text"))


def _insert_entities(connection: sqlite3.Connection, entries: list[ItemWrite]) -> None:
    """Organisation links and funding rounds of new items (``item_writes.replace_entities``, for the run)."""
    ids = [(entry.item["id"],) for entry in entries]
    # Nothing can be linked to an item not stored yet (foreign keys); the
    # deletes keep replace_entities' meaning should an old archive hold some.
    connection.executemany("DELETE FROM item_organisations WHERE item_id = ?", ids)
    connection.executemany("DELETE FROM funding_rounds WHERE item_id = ?", ids)
    organisations, links, rounds = [], [], []
    for entry in entries:
        item_id = entry.item["id"]
        for organisation in entry.organisations or ():
            organisations.append(
                (
                    organisation["name"],
                    organisation.get("name_ja") or "",
                    organisation.get("sector") or "",
                    organisation.get("country") or "",
                )
            )
            links.append((item_id, organisation["name"], organisation.get("role") or "mentioned"))
        for ordinal, funding in enumerate(entry.funding_rounds, start=1):
            rounds.append(item_writes.funding_row(item_id, ordinal, funding, entry.item.get("published_at")))
    # Upserted in the items' order: the last description of a name wins, as one by one.
    connection.executemany(
        "INSERT INTO organisations (name, name_ja, sector, country) VALUES (?, ?, ?, ?) ON CONFLICT (name)"
        " DO UPDATE SET name_ja = excluded.name_ja, sector = excluded.sector, country = excluded.country",
        organisations,
    )
    connection.executemany(
        "INSERT OR IGNORE INTO item_organisations (item_id, organisation, role) VALUES (?, ?, ?)", links
    )
    if rounds:
        connection.executemany(item_writes.INSERT_FUNDING_ROUND, rounds)
