"""The ``digests`` table: which week's digest reached which destination.

A row appears just before the first message is posted (a post Slack never
answered must leave a trace) and is removed if Slack refuses that message; it
records every message Slack accepted since; ``status`` is ``partial`` until
the last part is accepted, then ``sent``. ``in_flight`` is the message
being posted and ``doubts`` what a person should check (a possible
duplicate from a webhook). The rendered messages are kept so
that a partial send resumes with exactly the messages it started with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from archive.db import Archive
from common.times import utc_now

SENT = "sent"
PARTIAL = "partial"


@dataclass(frozen=True)
class DigestRecord:
    """One ``digests`` row."""

    week: str
    destination: str
    status: str
    message_ts: list[str]
    parts_sent: int
    parts_total: int
    created_at: str
    sent_at: str | None
    messages: list[dict[str, Any]]
    error: str
    # The message being posted when the last attempt stopped without an
    # answer from Slack (None: none), how many posts it had, since when.
    in_flight: int | None = None
    in_flight_posts: int = 0
    in_flight_since: str = ""
    doubts: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return self.status == SENT


def load_record(archive: Archive, week: str, destination: str) -> DigestRecord | None:
    """The record of ``week``'s digest to ``destination``, if any part was accepted."""
    row = archive.db.execute(
        "SELECT week, destination, status, message_ts, parts_sent, parts_total, created_at, sent_at,"
        " messages, error, in_flight, in_flight_posts, in_flight_since, doubts"
        " FROM digests WHERE week = ? AND destination = ?",
        [week, destination],
    ).fetchone()
    if row is None:
        return None
    return DigestRecord(
        week=row[0],
        destination=row[1],
        status=row[2],
        message_ts=json.loads(row[3] or "[]"),
        parts_sent=row[4] or 0,
        parts_total=row[5] or 0,
        created_at=row[6],
        sent_at=row[7],
        messages=json.loads(row[8] or "[]"),
        error=row[9] or "",
        in_flight=row[10],
        in_flight_posts=row[11] or 0,
        in_flight_since=row[12] or "",
        doubts=tuple(json.loads(row[13] or "[]")),
    )


def record_progress(
    archive: Archive,
    week: str,
    destination: str,
    *,
    message_ts: list[str],
    messages: list[dict[str, Any]],
    error: str = "",
    restart: bool = False,
    in_flight: int | None = None,
    in_flight_posts: int = 0,
) -> DigestRecord:
    """Record the parts accepted so far (``message_ts``, in order) of ``messages``.

    ``restart`` starts the record over (a forced re-send) instead of keeping
    the first creation time. ``in_flight`` is the message about to be posted
    for the ``in_flight_posts``-th time (recorded before the post, so that an
    interrupted run leaves a trace of it).
    """
    now = utc_now()
    complete = len(message_ts) >= len(messages)
    with archive.write() as db:
        existing = db.execute(
            "SELECT id, created_at, in_flight, in_flight_since, doubts FROM digests WHERE week = ? AND destination = ?",
            [week, destination],
        ).fetchone()
        same_flight = existing is not None and not restart and existing[2] == in_flight and in_flight is not None
        row = {
            "week": week,
            "destination": destination,
            "status": SENT if complete else PARTIAL,
            "message_ts": json.dumps(message_ts),
            "parts_sent": len(message_ts),
            "parts_total": len(messages),
            "created_at": now if existing is None or restart else existing[1],
            "sent_at": now if complete else None,
            "messages": json.dumps(messages, ensure_ascii=False),
            "error": error,
            "in_flight": in_flight,
            "in_flight_posts": in_flight_posts if in_flight is not None else 0,
            "in_flight_since": (existing[3] if same_flight else now) if in_flight is not None else "",
            "doubts": existing[4] if existing is not None and not restart else "[]",
        }
        if existing is None:
            db.table("digests").insert(row)
        else:
            db.table("digests").update(existing[0], row)
    record = load_record(archive, week, destination)
    assert record is not None
    return record


def record_doubt(archive: Archive, week: str, destination: str, doubt: str) -> None:
    """Note something a person should check, such as a message that may have been posted twice."""
    with archive.write() as db:
        row = db.execute(
            "SELECT doubts FROM digests WHERE week = ? AND destination = ?", [week, destination]
        ).fetchone()
        if row is not None:
            doubts = [*json.loads(row[0] or "[]"), doubt]
            db.execute(
                "UPDATE digests SET doubts = ? WHERE week = ? AND destination = ?",
                [json.dumps(doubts, ensure_ascii=False), week, destination],
            )


def settle_refused_post(archive: Archive, week: str, destination: str, error: str) -> None:
    """Slack refused the message in flight: that post did not happen.

    A record with nothing accepted and no post in doubt is removed, so a
    digest Slack never took leaves no trace.
    """
    with archive.write() as db:
        db.execute(
            "UPDATE digests SET in_flight_posts = max(coalesce(in_flight_posts, 0) - 1, 0), error = ?"
            " WHERE week = ? AND destination = ?",
            [error, week, destination],
        )
        db.execute(
            "UPDATE digests SET in_flight = NULL WHERE week = ? AND destination = ? AND in_flight_posts = 0",
            [week, destination],
        )
        db.execute(
            "DELETE FROM digests WHERE week = ? AND destination = ? AND coalesce(parts_sent, 0) = 0"
            " AND in_flight IS NULL AND status != ?",
            [week, destination, SENT],
        )


def record_error(archive: Archive, week: str, destination: str, error: str) -> None:
    """Note why the last attempt stopped, on a record that already exists."""
    with archive.write() as db:
        db.execute("UPDATE digests SET error = ? WHERE week = ? AND destination = ?", [error, week, destination])


def sent_weeks(archive: Archive, destination: str | None = None) -> set[str]:
    """The weeks whose digest was completely sent (to ``destination``, or anywhere)."""
    sql = "SELECT week FROM digests WHERE status = ?"
    parameters: list[str] = [SENT]
    if destination is not None:
        sql += " AND destination = ?"
        parameters.append(destination)
    return {row[0] for row in archive.db.execute(sql, parameters)}
