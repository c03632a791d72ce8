"""The digest's input read from the archive: the archive's plain rows made into ``DigestInput``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from archive.db import Archive
from archive.digest_queries import first_week, kept_week, names_of_weeks, source_kinds, week_rows
from common.weeks import shift_week, week_end_utc
from schedules.digest import DigestInput, WeekRows
from schedules.digest_entries import is_release
from schedules.hub_digest import HUB_KINDS, hub_releases
from schedules.trend import TREND_WEEKS, Trend, weekly_series


def load_week(db: Archive | sqlite_utils.Database, week: str, *, counted_only: bool = False) -> WeekRows:
    """The relevant, non-backfill items first seen in ``week``, with their funding rounds and licence changes.

    ``counted_only`` for a week the digest only compares with, in an archive
    without weekly counts (``load_kept_week``): its numbers, trend and new
    names, not every label (``archive.digest_queries.COUNTED_LABELS``).
    """
    rows = week_rows(db, week, counted_only=counted_only)
    return WeekRows(
        week=week,
        items=rows["items"],
        funding_rounds=rows["funding_rounds"],
        hub_licence_changes=rows["hub_licence_changes"],
    )


def load_kept_week(db: Archive | sqlite_utils.Database, week: str, *, names: bool = False) -> WeekRows:
    """A week the digest only compares with: its numbers as the archive keeps them, not its items.

    ``names`` adds the names not on the watch list the week brought. An
    archive that keeps no weekly counts (from before migration 17) has its
    week counted from the rows (``load_week(counted_only=True)``).
    """
    kept = kept_week(db, week)
    if kept is None:
        return load_week(db, week, counted_only=True)
    return WeekRows(
        week=week,
        items=(),
        numbers=kept_numbers(kept),
        names=frozenset(names_of_weeks(db, [week])) if names else None,
    )


def kept_numbers(kept: Mapping[str, Any]) -> dict[str, int]:
    """``week_metrics`` and the policy count of a week, from what the archive keeps of it (``kept_week``)."""
    kinds = kept["kinds"]
    # A Hub model release and the press about its family count once (schedules.hub_digest).
    releases, linked = hub_releases(kept["hub"])
    linked_releases = sum(
        1
        for row in kept["hub"]
        if str(row.get("id")) in linked and row.get("kind") not in HUB_KINDS and is_release(row)
    )
    # Rounds of one company, round and amount are one round, as ``funding_entries`` folds them;
    # its yen count unless every report of it says the amount is undisclosed.
    rounds: dict[tuple[str, str, int | None], bool] = {}
    for company, round_, amount, undisclosed, _ in kept["funding"]:
        key = (str(company).casefold(), str(round_), amount)
        rounds[key] = rounds.get(key, True) and bool(undisclosed)
    return {
        "papers": sum(items for kind, _, items in kinds if kind == "paper"),
        "releases": sum(1 for release in releases if release.kind == "model")
        + sum(items for kind, release, items in kinds if release and kind not in HUB_KINDS)
        - linked_releases,
        "funding_rounds": len(rounds),
        "funding_jpy": sum(key[2] or 0 for key, undisclosed in rounds.items() if not undisclosed),
        "policy": sum(items for kind, _, items in kinds if kind == "policy"),
    }


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
    rows = (known[name] if name in known else load_kept_week(db, name) for name in chosen)
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
        load_kept_week(db, earlier_week, names=True) for earlier_week in earlier if first and earlier_week >= first
    ]
    return DigestInput(
        current=current,
        previous=previous,
        trend=load_trend(db, week, current=current, known={rows.week: rows for rows in previous}),
        health=health,
        source_kinds=source_kinds(db, moment),
        browse_url=browse_url,
    )
