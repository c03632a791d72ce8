"""What alerts were sent and what health each source was last alerted for.

``alerts`` holds one row per (rule, item): a row whose ``sent_at`` is empty
is claimed by a sender that is posting it right now; a row with ``sent_at``
was accepted by Slack. The unique (rule, item) index is what makes an item
impossible to alert twice for one rule, even with two senders at once.
``source_status`` holds each source's current status, since when, and the
status its last health alert announced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import sqlite_utils

from archive.db import Archive

Pair = tuple[str, str]
T = TypeVar("T")


def alerted_pairs(archive: Archive, pairs: Iterable[Pair]) -> set[Pair]:
    """Which (rule, item id) pairs already have a row, sent or claimed."""
    wanted = set(pairs)
    found: set[Pair] = set()
    items = sorted({item for _, item in wanted})
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        placeholders = ", ".join("?" for _ in chunk)
        for rule, item in archive.db.execute(
            f"SELECT rule, item_id FROM alerts WHERE item_id IN ({placeholders})", chunk
        ):
            if (rule, item) in wanted:
                found.add((rule, item))
    return found


def claim_alerts(archive: Archive, pairs: Iterable[Pair], destination: str) -> list[Pair]:
    """Claim pairs for sending; return the ones this caller got (others are taken)."""
    claimed: list[Pair] = []
    with archive.write() as db:
        for rule, item in pairs:
            cursor = db.execute(
                "INSERT OR IGNORE INTO alerts (rule, item_id, destination, sent_at, message_ts) "
                "VALUES (?, ?, ?, NULL, '')",
                [rule, item, destination],
            )
            if cursor.rowcount:
                claimed.append((rule, item))
    return claimed


def confirm_alerts(archive: Archive, pairs: Iterable[Pair], sent_at: str, message_ts: str) -> None:
    """Mark claimed pairs as accepted by Slack."""
    with archive.write() as db:
        for rule, item in pairs:
            db.execute(
                "UPDATE alerts SET sent_at = ?, message_ts = ? WHERE rule = ? AND item_id = ?",
                [sent_at, message_ts, rule, item],
            )


def release_alerts(archive: Archive, pairs: Iterable[Pair]) -> None:
    """Give up claims whose message Slack refused, so a later run sends them."""
    with archive.write() as db:
        for rule, item in pairs:
            db.execute(
                "DELETE FROM alerts WHERE rule = ? AND item_id = ? AND sent_at IS NULL", [rule, item]
            )


def unconfirmed_alerts(archive: Archive) -> list[Pair]:
    """Claims never confirmed: a sender died between claiming and Slack's answer."""
    return [tuple(row) for row in archive.db.execute("SELECT rule, item_id FROM alerts WHERE sent_at IS NULL")]


@dataclass(frozen=True)
class StoredStatus:
    """A source's row of ``source_status``."""

    source: str
    status: str
    since: str
    alerted_status: str


def _read_statuses(db: sqlite_utils.Database) -> dict[str, StoredStatus]:
    return {
        row[0]: StoredStatus(row[0], row[1] or "", row[2] or "", row[3] or "")
        for row in db.execute("SELECT source, status, since, alerted_status FROM source_status")
    }


def _write_statuses(db: sqlite_utils.Database, statuses: Mapping[str, StoredStatus]) -> None:
    for stored in statuses.values():
        db["source_status"].upsert(
            {
                "source": stored.source,
                "status": stored.status,
                "since": stored.since,
                "alerted_status": stored.alerted_status,
            },
            pk="source",
        )


def source_statuses(archive: Archive) -> dict[str, StoredStatus]:
    return _read_statuses(archive.db)


def update_source_statuses(
    archive: Archive, change: Callable[[dict[str, StoredStatus]], tuple[T, Mapping[str, StoredStatus]]]
) -> T:
    """Read ``source_status``, let ``change`` return ``(result, rows)``, write the rows, all in one transaction.

    Two crawls closing at once take turns here, so a transition one of them
    claimed is not announced again by the other.
    """
    with archive.write() as db:
        result, rows = change(_read_statuses(db))
        _write_statuses(db, rows)
    return result
