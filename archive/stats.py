"""Figures about the archive: items by kind and period, funding, organisations, sources.

Items are counted by their date (published, or first seen when the source
gives no date) in Asia/Tokyo, so a quarter means a Japanese business
quarter and a week is the ISO week the ``week`` column also uses.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils

from archive.db import TOKYO, iso_week, parse_utc
from crawler.items import KINDS

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
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for item_date, kind, relevant, backfill in db.execute(
        "SELECT coalesce(published_at, first_seen_at), kind, relevant, backfill FROM items"
    ):
        period = period_of(item_date, by)
        counts[period][kind] += 1
        counts[period]["total"] += 1
        totals["items"] += 1
        if relevant == 1:
            counts[period]["relevant"] += 1
            totals["relevant"] += 1
        if backfill:
            totals["backfill"] += 1
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
        funding=_rows(db, "SELECT * FROM funding_by_quarter ORDER BY quarter"),
        organisations=_rows(
            db,
            "SELECT organisation, name_ja, sector, items, papers, press, funding, policy, news,"
            " last_date FROM organisation_counts LIMIT ?",
            [top],
        ),
        sources=_rows(db, "SELECT * FROM source_counts"),
    )


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def format_oku_yen(amount: int | float | None) -> str:
    """A yen amount the way Japanese reports write it: 300億円, 1.5億円, 5,000万円."""
    if amount is None:
        return ""
    if amount >= 100_000_000:
        value = amount / 100_000_000
        return f"{value:,.1f}".removesuffix(".0") + "億円"
    if amount >= 10_000:
        return f"{amount / 10_000:,.0f}万円"
    return f"{amount:,.0f}円"


def display_width(text: str) -> int:
    """Terminal columns a text takes: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(character) else 2 if unicodedata.east_asian_width(character) in "WF" else 1
        for character in text
    )


def clip(text: str, width: int) -> str:
    """A text cut to a display width, with an ellipsis when cut."""
    if display_width(text) <= width:
        return text
    kept, used = [], 0
    for character in text:
        size = display_width(character)
        if used + size > width - 1:
            break
        kept.append(character)
        used += size
    return "".join(kept) + "…"


def pad(text: str, width: int, *, right: bool = False) -> str:
    space = " " * max(0, width - display_width(text))
    return space + text if right else text + space


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, numeric: Sequence[bool] | None = None) -> str:
    """A plain-text table whose columns line up with Japanese text in them; ``(none)`` when empty."""
    if not rows:
        return "(none)"
    cells = [[("" if value is None else str(value)) for value in row] for row in rows]
    numeric = numeric or [all(isinstance(row[i], int | float) or row[i] is None for row in rows) and bool(rows)
                          for i in range(len(headers))]
    widths = [max([display_width(header)] + [display_width(row[i]) for row in cells]) for i, header in enumerate(headers)]
    lines = ["  ".join(pad(header, widths[i], right=numeric[i]) for i, header in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    lines.extend(
        "  ".join(pad(cell, widths[i], right=numeric[i]) for i, cell in enumerate(row)).rstrip() for row in cells
    )
    return "\n".join(lines)


def format_stats(stats: ArchiveStats) -> str:
    """The stats as the text ``scrapy stats`` prints."""
    totals = stats.totals
    sections = [
        f"{totals['items']} items ({totals['relevant']} relevant, {totals['backfill']} backfill), "
        f"{totals['funding_rounds']} funding rounds, {totals['organisations']} organisations",
        f"Items by {stats.by} and kind (by date published, Asia/Tokyo{_shown(stats)})\n"
        + format_table(
            [stats.by, *KINDS, "total", "relevant"],
            [[row["period"], *(row[kind] for kind in KINDS), row["total"], row["relevant"]] for row in stats.periods],
        ),
        "Funding by quarter (relevant items; a round reported by several sources counts once)\n"
        + format_table(
            ["quarter", "rounds", "with amount", "total (JPY)", "total", "largest", "companies"],
            [
                [row["quarter"], row["rounds"], row["rounds_with_amount"], f"{row['total_jpy']:,}",
                 format_oku_yen(row["total_jpy"]), format_oku_yen(row["largest_jpy"]), row["companies"]]
                for row in stats.funding
            ],
            numeric=[False, True, True, True, True, True, True],
        ),
        "Most mentioned organisations (relevant items)\n"
        + format_table(
            ["organisation", "items", "paper", "press", "funding", "policy", "news", "latest"],
            [
                [_organisation_label(row), row["items"], row["papers"], row["press"], row["funding"],
                 row["policy"], row["news"], (row["last_date"] or "")[:10]]
                for row in stats.organisations
            ],
        ),
        "Sources\n"
        + format_table(
            ["source", "items", "relevant", "newest item", "last run", "found", "new", "errors"],
            [
                [row["source"], row["items"], row["relevant_items"], (row["newest_item"] or "")[:10],
                 row["last_run_at"] or "never", row["last_run_found"], row["last_run_new"], row["last_run_errors"]]
                for row in stats.sources
            ],
            numeric=[False, True, True, False, False, True, True, True],
        ),
    ]
    return "\n\n".join(sections)


def _shown(stats: ArchiveStats) -> str:
    if len(stats.periods) == stats.periods_with_items:
        return ""
    return f"; the latest {len(stats.periods)} of {stats.periods_with_items} {stats.by}s with items"


def _organisation_label(row: dict[str, Any]) -> str:
    name_ja = row.get("name_ja") or ""
    return f"{row['organisation']} ({name_ja})" if name_ja and name_ja != row["organisation"] else row["organisation"]
