"""What alerts were sent and what health each source was last alerted for.

``alerts`` holds one row per (rule, item, occurrence), the occurrence
empty for an item's own alert and naming the change for a Hub licence
change (each change is news of its own): a row whose ``sent_at`` is empty
is claimed (at ``claimed_at``) by a sender that is posting it right now, or
that died or hung while posting; a claim older than the claim timeout is
taken over by the next sender. ``posts`` counts the posts made without an
answer from Slack and ``marker`` names the last one's message, so the next
sender can look for it in the channel. A row with ``sent_at`` was accepted
by Slack (``note`` says if it may have been posted twice, or was given up
on unconfirmed). The unique (rule, item, occurrence) index is what makes an
item impossible to alert twice for one rule, even with two senders at once.
``source_status`` holds each source's current status, since when, and the
status its last health alert announced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlite_utils

from archive.db import Archive

# (rule, item id, occurrence): what is alerted once.
Pair = tuple[str, str, str]
KEY = "rule = ? AND item_id = ? AND occurrence = ?"
T = TypeVar("T")


def _claim_columns(archive: Archive) -> str:
    """``claimed_at, posts`` as a select list; NULLs on an archive read (not migrated) before they existed."""
    columns = {row[1] for row in archive.db.execute("PRAGMA table_info(alerts)")}
    return "claimed_at, posts" if "claimed_at" in columns else "NULL AS claimed_at, 0 AS posts"


def _occurrence_column(archive: Archive) -> str:
    """``occurrence`` as a select expression; '' on an archive read (not migrated) before it existed."""
    columns = {row[1] for row in archive.db.execute("PRAGMA table_info(alerts)")}
    return "occurrence" if "occurrence" in columns else "'' AS occurrence"


def alerted_pairs(archive: Archive, pairs: Iterable[Pair], stale_before: str | None = None) -> set[Pair]:
    """Which (rule, item id, occurrence) keys are sent or claimed; a claim older than ``stale_before`` is not."""
    wanted = set(pairs)
    found: set[Pair] = set()
    items = sorted({item for _, item, _ in wanted})
    columns = f"rule, item_id, {_occurrence_column(archive)}, sent_at, {_claim_columns(archive)}"
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        placeholders = ", ".join("?" for _ in chunk)
        for rule, item, occurrence, sent_at, claimed_at, _ in archive.db.execute(
            f"SELECT {columns} FROM alerts WHERE item_id IN ({placeholders})", chunk
        ):
            stale = stale_before is not None and sent_at is None and (claimed_at or "") < stale_before
            if (rule, item, occurrence) in wanted and not stale:
                found.add((rule, item, occurrence))
    return found


@dataclass(frozen=True)
class Claim:
    """A pair this sender may post; ``posts`` > 0 when an earlier sender posted it without an answer."""

    pair: Pair
    posts: int = 0
    marker: str = ""
    claimed_at: str = ""


def claim_alerts(
    archive: Archive, pairs: Iterable[Pair], destination: str, *, now: str, stale_before: str | None = None
) -> list[Claim]:
    """Claim pairs for sending; return the ones this caller got.

    Pairs sent or claimed by another sender are not returned, unless that
    claim was made before ``stale_before`` (its sender died or hung): then
    it is taken over, with what that sender recorded of its posts.
    """
    claimed: list[Claim] = []
    with archive.write() as db:
        for rule, item, occurrence in pairs:
            cursor = db.execute(
                "INSERT OR IGNORE INTO alerts"
                " (rule, item_id, occurrence, destination, sent_at, message_ts, claimed_at, posts)"
                " VALUES (?, ?, ?, ?, NULL, '', ?, 0)",
                [rule, item, occurrence, destination, now],
            )
            if cursor.rowcount:
                claimed.append(Claim((rule, item, occurrence)))
                continue
            if stale_before is None:
                continue
            row = db.execute(
                f"SELECT id, posts, marker, claimed_at FROM alerts WHERE {KEY} AND sent_at IS NULL"
                " AND coalesce(claimed_at, '') < ?",
                [rule, item, occurrence, stale_before],
            ).fetchone()
            if row is not None:
                db.execute("UPDATE alerts SET claimed_at = ?, destination = ? WHERE id = ?", [now, destination, row[0]])
                claimed.append(Claim((rule, item, occurrence), row[1] or 0, row[2] or "", row[3] or ""))
    return claimed


def record_post(archive: Archive, pairs: Iterable[Pair], marker: str) -> None:
    """Before posting: these pairs go out (once more) in the message ``marker``."""
    with archive.write() as db:
        for pair in pairs:
            db.execute(f"UPDATE alerts SET posts = coalesce(posts, 0) + 1, marker = ? WHERE {KEY}", [marker, *pair])


def confirm_alerts(archive: Archive, pairs: Iterable[Pair], sent_at: str, message_ts: str, note: str = "") -> None:
    """Mark claimed pairs as accepted by Slack (``note``: a possible duplicate, an unconfirmed post)."""
    with archive.write() as db:
        for pair in pairs:
            db.execute(
                f"UPDATE alerts SET sent_at = ?, message_ts = ?, note = ? WHERE {KEY}",
                [sent_at, message_ts, note, *pair],
            )


def release_alerts(archive: Archive, pairs: Iterable[Pair], *, interrupted: bool = False) -> None:
    """Give up claims whose message Slack refused, so a later run sends them.

    A pair never posted before is forgotten; one an earlier sender posted
    without an answer stays, with that post counted and its claim expired,
    so the next sender knows it may be in the channel already. The last post
    did not happen (Slack refused it) unless the send was ``interrupted``
    while waiting for the answer.
    """
    with archive.write() as db:
        for pair in pairs:
            if not interrupted:
                db.execute(
                    f"UPDATE alerts SET posts = max(coalesce(posts, 0) - 1, 0) WHERE {KEY} AND sent_at IS NULL", pair
                )
            db.execute(f"DELETE FROM alerts WHERE {KEY} AND sent_at IS NULL AND coalesce(posts, 0) = 0", pair)
            db.execute(f"UPDATE alerts SET claimed_at = '' WHERE {KEY} AND sent_at IS NULL", pair)


@dataclass(frozen=True)
class Unconfirmed:
    """A claim never confirmed: its sender is posting it now, or stopped while posting."""

    rule: str
    item_id: str
    destination: str
    claimed_at: str
    posts: int


def unconfirmed_alerts(archive: Archive) -> list[Unconfirmed]:
    """Claims never confirmed: a sender died or hung between claiming and Slack's answer."""
    return [
        Unconfirmed(row[0], row[1], row[2] or "", row[3] or "", row[4] or 0)
        for row in archive.db.execute(
            f"SELECT rule, item_id, destination, {_claim_columns(archive)} FROM alerts WHERE sent_at IS NULL"
            " ORDER BY claimed_at, rule, item_id"
        )
    ]


def stale_claimed_items(archive: Archive, stale_before: str) -> list[str]:
    """Ids of items with a claim older than ``stale_before`` that Slack never confirmed."""
    columns = _claim_columns(archive)
    return [
        row[0]
        for row in archive.db.execute(
            f"SELECT DISTINCT item_id FROM (SELECT item_id, sent_at, {columns} FROM alerts)"
            " WHERE sent_at IS NULL AND coalesce(claimed_at, '') < ?",
            [stale_before],
        )
    ]


# Hub repositories whose licence change was noticed within the window (archive/hub_writes.py).
LICENCE_CHANGED = "SELECT item_id FROM hub_licence_changes WHERE detected_at > ? AND detected_at <= ?"
NOTHING_BETWEEN = "SELECT NULL WHERE ? IS NULL AND ? IS NULL"


def pending_alert_items(archive: Archive, since: str, until: str, stale_before: str) -> list[dict[str, Any]]:
    """The items alert rules look at between ``since`` and ``until``, as dicts of their columns.

    Relevant, not backfilled items first seen within the window; Hub
    repositories whose licence changed within it (however old they are); and
    items with a claim made before ``stale_before`` that Slack never
    confirmed (however old: they were never sent).
    """
    stale = stale_claimed_items(archive, stale_before)
    placeholders = ", ".join("?" for _ in stale)
    # An archive not migrated yet (read-only commands never migrate) has no Hub tables.
    licence_changed = LICENCE_CHANGED if archive.db["hub_licence_changes"].exists() else NOTHING_BETWEEN
    return list(
        archive.db.query(
            "SELECT * FROM items WHERE relevant = 1 AND ((backfill = 0 AND first_seen_at > ? AND first_seen_at <= ?)"
            f" OR id IN ({placeholders}) OR id IN ({licence_changed})) ORDER BY first_seen_at, id",
            [since, until, *stale, since, until],
        )
    )


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
        db.table("source_status").upsert(
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
