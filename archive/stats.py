"""Figures about the archive: items by kind and period, funding, organisations, sources.

Items are counted by their date (published, or first seen when the source
gives no date) in Asia/Tokyo, so a quarter means a Japanese business
quarter and a week is the ISO week the ``week`` column also uses.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import sqlite_utils

from archive.stats_text import (  # noqa: F401  (re-exported: where callers have always found them)
    KIND_COLUMNS,
    clip,
    display_width,
    format_stats,
    format_table,
    pad,
)
from common.items import KINDS
from common.times import TOKYO, parse_utc
from common.weeks import iso_week

PERIODS = ("week", "month", "quarter")


def period_of(timestamp: str, by: str) -> str:
    """The Asia/Tokyo week (``2026-W48``), month (``2026-11``) or quarter (``2026-Q4``) of a UTC time."""
    if by == "week":
        return iso_week(timestamp)
    moment = parse_utc(timestamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(TOKYO)
    if by == "month":
        return f"{moment.year}-{moment.month:02d}"
    if by == "quarter":
        return f"{moment.year}-Q{(moment.month + 2) // 3}"
    raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")


@dataclass
class ArchiveStats:
    """Everything ``scrapy stats`` reports, as plain rows."""

    by: str
    totals: dict[str, int]
    periods: list[dict[str, Any]]
    # How many periods have items; ``periods`` may hold only the latest.
    periods_with_items: int
    funding: list[dict[str, Any]]
    organisations: list[dict[str, Any]]
    sources: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def archive_stats(db: sqlite_utils.Database, by: str = "week", top: int = 10, last: int = 0) -> ArchiveStats:
    """Count the archive's items by kind and period, its funding by quarter, its organisations and sources.

    ``last`` keeps only the latest periods in the by-period counts; 0 keeps all.
    The counts come from the tables the archive keeps up to date as it is
    written (``archive.summary_tables``), so this reads days, not items.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for day, kind, relevant, backfill, items in db.execute(
        "SELECT day, kind, relevant, backfill, items FROM item_day_counts WHERE items != 0"
    ):
        period = period_of_day(day, by)
        counts[period][kind] += items
        counts[period]["total"] += items
        totals["items"] += items
        if relevant:
            counts[period]["relevant"] += items
            totals["relevant"] += items
        if backfill:
            totals["backfill"] += items
    periods = [
        {"period": period, **{kind: counts[period][kind] for kind in (*KINDS, "total", "relevant")}}
        for period in sorted(counts)[-last if last else None :]
    ]
    totals_row = {"items": totals["items"], "relevant": totals["relevant"], "backfill": totals["backfill"]}
    totals_row["funding_rounds"] = db.execute("SELECT count(*) FROM funding_rounds").fetchone()[0]
    totals_row["organisations"] = db.execute("SELECT count(*) FROM organisations").fetchone()[0]
    return ArchiveStats(
        by=by,
        totals=totals_row,
        periods=periods,
        periods_with_items=len(counts),
        funding=list(db.query("SELECT * FROM funding_by_quarter ORDER BY quarter")),
        organisations=_top_organisations(db, top),
        sources=list(db.query(SOURCE_COUNTS)),
    )


def period_of_day(day: str | None, by: str) -> str:
    """The week, month or quarter of an Asia/Tokyo day (``2026-11-28``)."""
    if not day:
        return ""
    moment = date.fromisoformat(day)
    if by == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{moment.year}-{moment.month:02d}"
    return f"{moment.year}-Q{(moment.month + 2) // 3}"


def _top_organisations(db: sqlite_utils.Database, top: int) -> list[dict[str, Any]]:
    """The most mentioned organisations in relevant items, as the ``organisation_counts`` view has them."""
    rows = list(
        db.query(
            f"""
        SELECT organisations.name AS organisation, organisations.name_ja, organisations.sector,
               sum(counts.items) AS items,
               {
                ", ".join(
                    f"sum(CASE WHEN counts.kind = '{kind}' THEN counts.items ELSE 0 END) AS {column}"
                    for kind, column in KIND_COLUMNS
                )
            }
        FROM organisation_kind_counts AS counts
        JOIN organisations ON organisations.name = counts.organisation
        WHERE counts.relevant = 1
        GROUP BY organisations.name HAVING sum(counts.items) > 0
        ORDER BY items DESC, organisations.name
        LIMIT ?
        """,
            [top],
        )
    )
    for row in rows:
        row["last_date"] = _last_relevant_date(db, row["organisation"])
    return rows


def _last_relevant_date(db: sqlite_utils.Database, organisation: str) -> str | None:
    """The date of the organisation's newest relevant item (published, else first seen).

    Read backwards along the (organisation, role, published_at) index, one
    role at a time, stopping at the first relevant item: a large
    organisation has tens of thousands of links at a million items, and
    reading them all took most of ``scrapy stats``.
    """
    newest = None
    role = db.execute("SELECT min(role) FROM item_organisations WHERE organisation = ?", [organisation]).fetchone()[0]
    while role is not None:
        for (found,) in db.execute(
            "SELECT * FROM (SELECT items.published_at FROM item_organisations"
            " JOIN items ON items.id = item_organisations.item_id"
            " WHERE item_organisations.organisation = ? AND item_organisations.role = ?"
            " AND item_organisations.published_at IS NOT NULL AND items.relevant = 1"
            " ORDER BY item_organisations.published_at DESC LIMIT 1)"
            # Links carry their item's date (a trigger keeps them equal); undated items count by first seen.
            " UNION ALL SELECT max(items.first_seen_at) FROM item_organisations"
            " JOIN items ON items.id = item_organisations.item_id"
            " WHERE item_organisations.organisation = ? AND item_organisations.role = ?"
            " AND item_organisations.published_at IS NULL AND items.relevant = 1",
            [organisation, role, organisation, role],
        ):
            if found is not None and (newest is None or found > newest):
                newest = found
        role = db.execute(
            "SELECT min(role) FROM item_organisations WHERE organisation = ? AND role > ?", [organisation, role]
        ).fetchone()[0]
    return newest


# The source_counts view, read from the maintained counts.
SOURCE_COUNTS = """
    WITH sources AS (
        SELECT DISTINCT source FROM source_day_counts WHERE items != 0 UNION SELECT source FROM source_runs
    ),
    found AS (
        SELECT source, sum(items) AS items, sum(CASE WHEN relevant = 1 THEN items ELSE 0 END) AS relevant_items
        FROM source_day_counts GROUP BY source
    ),
    last_run AS (
        SELECT * FROM source_runs
        WHERE id = (
            SELECT latest.id FROM source_runs AS latest
            WHERE latest.source = source_runs.source
            ORDER BY latest.finished_at DESC, latest.id DESC
            LIMIT 1
        )
    )
    SELECT sources.source,
           coalesce(found.items, 0) AS items,
           coalesce(found.relevant_items, 0) AS relevant_items,
           source_newest_items.newest_item,
           last_run.finished_at AS last_run_at,
           last_run.items_found AS last_run_found,
           last_run.items_new AS last_run_new,
           last_run.parse_errors AS last_run_errors,
           last_run.last_error
    FROM sources
    LEFT JOIN found ON found.source = sources.source
    LEFT JOIN source_newest_items ON source_newest_items.source = sources.source
    LEFT JOIN last_run ON last_run.source = sources.source
    ORDER BY items DESC, sources.source
"""


JAPANESE_FUNDING_BY_QUARTER = """
WITH rounds AS (
    SELECT quarter, lower(company) AS company_key, amount_jpy
    FROM funding_round_details
    WHERE relevant = 1
      AND company NOT IN (SELECT name FROM organisations WHERE country NOT IN ('', 'JP'))
    GROUP BY quarter, lower(company), coalesce(amount_jpy, 'round ' || lower(coalesce(round, '')))
)
SELECT quarter, count(*) AS rounds, coalesce(sum(amount_jpy), 0) AS total_jpy, max(amount_jpy) AS largest_jpy,
       count(DISTINCT company_key) AS companies
FROM rounds
GROUP BY quarter
ORDER BY quarter
"""


def japanese_funding_by_quarter(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Yen raised per quarter (Asia/Tokyo) by Japanese generative-AI companies."""
    return list(db.query(JAPANESE_FUNDING_BY_QUARTER))
