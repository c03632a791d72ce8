"""The archive's figures as text: tables in terminal columns (Japanese counts double), yen as reports write it."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from common.items import KINDS
from common.yen import format_yen

if TYPE_CHECKING:
    from archive.stats import ArchiveStats

KIND_COLUMNS = (
    ("paper", "papers"),
    ("press", "press"),
    ("funding", "funding"),
    ("policy", "policy"),
    ("news", "news"),
    ("model", "models"),
    ("dataset", "datasets"),
)


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


def format_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], *, numeric: Sequence[bool] | None = None
) -> str:
    """A plain-text table whose columns line up with Japanese text in them; ``(none)`` when empty."""
    if not rows:
        return "(none)"
    cells = [[("" if value is None else str(value)) for value in row] for row in rows]
    numeric = numeric or [
        all(isinstance(row[i], int | float) or row[i] is None for row in rows) and bool(rows)
        for i in range(len(headers))
    ]
    widths = [
        max([display_width(header)] + [display_width(row[i]) for row in cells]) for i, header in enumerate(headers)
    ]
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
                [
                    row["quarter"],
                    row["rounds"],
                    row["rounds_with_amount"],
                    f"{row['total_jpy']:,}",
                    format_yen(row["total_jpy"], ""),
                    format_yen(row["largest_jpy"], ""),
                    row["companies"],
                ]
                for row in stats.funding
            ],
            numeric=[False, True, True, True, True, True, True],
        ),
        "Most mentioned organisations (relevant items)\n"
        + format_table(
            ["organisation", "items", *(kind for kind, _ in KIND_COLUMNS), "latest"],
            [
                [
                    _organisation_label(row),
                    row["items"],
                    *(row[column] for _, column in KIND_COLUMNS),
                    (row["last_date"] or "")[:10],
                ]
                for row in stats.organisations
            ],
        ),
        "Sources\n"
        + format_table(
            ["source", "items", "relevant", "newest item", "last run", "found", "new", "errors"],
            [
                [
                    row["source"],
                    row["items"],
                    row["relevant_items"],
                    (row["newest_item"] or "")[:10],
                    row["last_run_at"] or "never",
                    row["last_run_found"],
                    row["last_run_new"],
                    row["last_run_errors"],
                ]
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


# Relevant funding rounds of companies not known to be foreign, one per
# company, quarter and amount (the funding_by_quarter rule); Datasette's
# canned query yen_by_quarter_japan is the same SQL (tests/test_trend.py).
