"""The digest's input read from the archive: the archive's plain rows made into ``DigestInput``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from archive.db import Archive
from archive.digest_queries import first_week, source_kinds, week_rows
from common.weeks import shift_week, week_end_utc
from schedules.digest import DigestInput, WeekRows
from schedules.trend import TREND_WEEKS, Trend, weekly_series


def load_week(db: Archive | sqlite_utils.Database, week: str, *, counted_only: bool = False) -> WeekRows:
    """The relevant, non-backfill items first seen in ``week``, with their funding rounds and licence changes.

    ``counted_only`` for a week the digest only compares with: its numbers,
    trend and new names, not every label (``archive.digest_queries.COUNTED_LABELS``).
    """
    return WeekRows(week=week, **week_rows(db, week, counted_only=counted_only))


def load_trend(
    db: Archive | sqlite_utils.Database,
    week: str,
    weeks: int = TREND_WEEKS,
    current: WeekRows | None = None,
    *,
    known: Mapping[str, WeekRows] | None = None,
) -> Trend:
    """The ``weeks`` weeks up to ``week`` (oldest first), counted as the digest counts.

    ``known`` holds weeks already read (the digest's current and previous
    weeks): at a million items a week is thousands of rows, read once.
    """
    known = {**(known or {}), **({week: current} if current is not None else {})}
    chosen = [shift_week(week, -back) for back in range(weeks - 1, -1, -1)]
    # One week read at a time and counted, so at most one trend week's rows
    # are in memory beside the digest's own weeks (at a million items the
    # digest's peak fell from 212 to 163 MiB).
    rows = (known[name] if name in known else load_week(db, name, counted_only=True) for name in chosen)
    return weekly_series(rows, first_week(db))


def load_digest_input(
    db: Archive | sqlite_utils.Database,
    week: str,
    *,
    now: datetime | None = None,
    browse_url: str = "",
    history_weeks: int = 4,
    health: list[Any] | None = None,
    health_options: dict[str, Any] | None = None,
) -> DigestInput:
    """Everything ``build_digest`` needs for ``week``, read from the archive.

    Source health is judged at the end of the week, or now if the week is
    not over yet; pass ``health`` to use another judgement.
    """
    moment = min(now or datetime.now(UTC), week_end_utc(week))
    if health is None:
        from archive.health import compute_source_health

        health = compute_source_health(db, now=moment, **(health_options or {}))
    first = first_week(db)
    # Weeks before the archive existed are unknown, not quiet: they are left
    # out of the averages rather than counted as zero.
    earlier = [shift_week(week, -back) for back in range(1, history_weeks + 1)]
    current = load_week(db, week)
    previous = [
        load_week(db, earlier_week, counted_only=True) for earlier_week in earlier if first and earlier_week >= first
    ]
    return DigestInput(
        current=current,
        previous=previous,
        trend=load_trend(db, week, current=current, known={rows.week: rows for rows in previous}),
        health=health,
        source_kinds=source_kinds(db, moment),
        browse_url=browse_url,
    )
