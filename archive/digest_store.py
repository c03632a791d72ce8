"""The ``digests`` table: which week's digest reached which destination.

A row appears only once the destination accepted the first message, and
records every message Slack accepted since; ``status`` is ``partial`` until
the last part is accepted, then ``sent``. The rendered messages are kept so
that a partial send resumes with exactly the messages it started with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from archive.db import Archive, utc_now

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

    @property
    def complete(self) -> bool:
        return self.status == SENT


def load_record(archive: Archive, week: str, destination: str) -> DigestRecord | None:
    """The record of ``week``'s digest to ``destination``, if any part was accepted."""
    row = archive.db.execute(
        "SELECT week, destination, status, message_ts, parts_sent, parts_total, created_at, sent_at,"
        " messages, error FROM digests WHERE week = ? AND destination = ?",
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
) -> DigestRecord:
    """Record the parts accepted so far (``message_ts``, in order) of ``messages``.

    ``restart`` starts the record over (a forced re-send) instead of keeping
    the first creation time.
    """
    now = utc_now()
    complete = len(message_ts) >= len(messages)
    with archive.write() as db:
        existing = db.execute(
            "SELECT id, created_at FROM digests WHERE week = ? AND destination = ?", [week, destination]
        ).fetchone()
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
        }
        if existing is None:
            db["digests"].insert(row)
        else:
            db["digests"].update(existing[0], row)
    record = load_record(archive, week, destination)
    assert record is not None
    return record


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
