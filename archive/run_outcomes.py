"""One crawl run of one source judged ok, degraded, failed or skipped, and a finished crawl's flags."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlite_utils

from archive.calendars import EVERY_DAY, SourceCalendar
from archive.db import Archive
from common.json_text import decoded
from common.times import TOKYO, parse_utc

DEFAULT_EXPECTED_FINISH_REASONS = frozenset(
    {"finished", "closespider_timeout", "closespider_itemcount", "closespider_pagecount"}
)
# A source "normally yields items" when at least this share of its earlier
# working-day runs did, over at least NORMAL_ITEMS_MIN_RUNS runs.
NORMAL_ITEMS_SHARE = 0.8
NORMAL_ITEMS_MIN_RUNS = 5


@dataclass
class Run:
    finished_at: str
    spider: str
    finish_reason: str
    row: dict[str, Any] | None
    flags: tuple[str, ...] = ()
    day: date = field(kw_only=True)  # the Asia/Tokyo day it finished
    outcome: str = ""
    problem: str = ""


def tokyo_day(timestamp: str) -> date:
    return parse_utc(timestamp).astimezone(TOKYO).date()


def database_of(db: Archive | sqlite_utils.Database) -> sqlite_utils.Database:
    return db.db if isinstance(db, Archive) else db


def concerns(arguments: dict[str, Any], source: str) -> bool:
    """False when a run's arguments limited it to other sources."""
    wanted = arguments.get("source") or arguments.get("sources")
    if not wanted:
        return True
    names = wanted if isinstance(wanted, list) else str(wanted).split(",")
    return source in {name.strip() for name in names}


def classify_run(run: Run, expected_reasons: frozenset[str], items_normal: bool, working_day: bool) -> None:
    """Set a run's outcome (ok, degraded, failed, skipped) and its problem."""
    unexpected_end = run.finish_reason not in expected_reasons
    row = run.row
    if row is None or not row.get("requests"):
        if unexpected_end:
            detail = f" ({'; '.join(run.flags)})" if run.flags else ""
            run.outcome, run.problem = (
                "failed",
                f"crawl of {run.spider} ended: {run.finish_reason or 'unknown'}{detail}",
            )
        else:
            run.outcome = "skipped"
        return
    statuses = {int(code): int(count) for code, count in decoded(row.get("statuses"), {}).items()}
    http_errors = {code: count for code, count in statuses.items() if code >= 400}
    answered = sum(count for code, count in statuses.items() if code < 400) + (row.get("not_modified") or 0)
    parse_errors = row.get("parse_errors") or 0
    items = row.get("items_found") or 0
    problems = []
    if row.get("last_error"):
        problems.append(row["last_error"])
    elif parse_errors:
        problems.append(f"{parse_errors} parse errors")
    unmentioned = {
        code: count for code, count in http_errors.items() if f"HTTP {code}" not in (row.get("last_error") or "")
    }
    if unmentioned:
        problems.append(", ".join(f"HTTP {code} ×{count}" for code, count in sorted(unmentioned.items())))
    if unexpected_end:
        problems.append(f"crawl ended: {run.finish_reason or 'unknown'}")
    if items == 0 and (parse_errors or http_errors or not answered or unexpected_end):
        run.outcome = "failed"
    elif items == 0 and not row.get("not_modified") and items_normal and working_day:
        run.outcome = "failed"
        problems.append("nothing parsed although this source normally yields items")
    elif problems or row.get("bozo_feeds") or row.get("mojibake"):
        run.outcome = "degraded"
        if row.get("bozo_feeds"):
            problems.append(f"{row['bozo_feeds']} malformed feed{'s' if row['bozo_feeds'] != 1 else ''}")
        if row.get("mojibake"):
            problems.append(f"{row['mojibake']} item{'s' if row['mojibake'] != 1 else ''} with mojibake")
    else:
        run.outcome = "ok"
    run.problem = "; ".join(problems)


def previous_crawl_runs(db: Archive | sqlite_utils.Database, spider: str, limit: int = 20) -> list[dict[str, Any]]:
    """The spider's latest recorded runs, newest first."""
    return list(
        database_of(db).query(
            "SELECT finished_at, finish_reason, items_scraped, error_count FROM crawl_runs "
            "WHERE spider = ? ORDER BY finished_at DESC, id DESC LIMIT ?",
            [spider, limit],
        )
    )


def crawl_run_flags(
    run: dict[str, Any],
    previous: Iterable[dict[str, Any]],
    *,
    expected_finish_reasons: Iterable[str] = DEFAULT_EXPECTED_FINISH_REASONS,
    max_errors: int = 10,
    calendar: SourceCalendar = EVERY_DAY,
) -> list[str]:
    """Spider-level checks on a finished crawl, in the spirit of Spidermon's close monitors.

    Flags an unexpected finish reason, more ERROR log lines than
    ``max_errors``, and a crawl without items on a working day when at least
    80% of the spider's earlier working-day runs (five or more) had items.
    """
    flags = []
    expected = frozenset(expected_finish_reasons)
    reason = run.get("finish_reason") or ""
    if reason not in expected:
        flags.append(f"unexpected_finish_reason:{reason or 'unknown'}")
    errors = int(run.get("error_count") or 0)
    if errors > max_errors:
        flags.append(f"errors_above_threshold:{errors}>{max_errors}")
    finished = run.get("finished_at")
    if not run.get("items_scraped") and finished and calendar.is_working_day(tokyo_day(finished)):
        normal = [
            bool(earlier.get("items_scraped"))
            for earlier in previous
            if earlier.get("finished_at")
            and (earlier.get("finish_reason") or "") in expected
            and calendar.is_working_day(tokyo_day(earlier["finished_at"]))
        ]
        if len(normal) >= NORMAL_ITEMS_MIN_RUNS and sum(normal) >= NORMAL_ITEMS_SHARE * len(normal):
            flags.append(f"no_items:{sum(normal)} of the last {len(normal)} working-day runs had items")
    return flags
