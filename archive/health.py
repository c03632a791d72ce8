"""Source health: ok, degraded, failing or stale, computed from the archive.

Pure reads of ``crawl_runs``, ``source_runs``, ``item_sources`` and
``items``; the clock comes in as ``now`` so a history can be replayed.

- A run of a source *failed* when it ended without items and with errors
  (HTTP >= 400, parse errors), fetched nothing that answered, belonged to a
  crawl that ended for an unexpected reason, or parsed nothing on a working
  day although the source normally yields items in every run.
- *failing*: the last ``failing_after`` runs failed.
- *stale*: no new item for much longer than the source's usual gap between
  days with new items, both counted in the source's working days (arXiv has
  no announcements at weekends; Japanese sources are quiet at weekends, on
  national holidays (computed by ``jpholiday``), New Year, Golden Week and
  Obon; see ``crawler/data/holidays.toml``).
- *degraded*: the latest run failed or had errors, bozo feeds or mojibake,
  but the source is not failing.
"""

from __future__ import annotations

import heapq
import json
import math
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path
from typing import Any

import jpholiday
import sqlite_utils

from archive.db import Archive
from common.times import TOKYO, format_utc, parse_utc
from config.holidays import load_holidays_file
from config.loading import ConfigError

STATUSES = ("ok", "degraded", "failing", "stale")
BAD_STATUSES = frozenset({"failing", "stale"})
DEFAULT_EXPECTED_FINISH_REASONS = frozenset(
    {"finished", "closespider_timeout", "closespider_itemcount", "closespider_pagecount"}
)
HOLIDAYS_FILE = "holidays.toml"
# A source "normally yields items" when at least this share of its earlier
# working-day runs did, over at least NORMAL_ITEMS_MIN_RUNS runs.
NORMAL_ITEMS_SHARE = 0.8
NORMAL_ITEMS_MIN_RUNS = 5
# Fewer days with new items than this and the rhythm is not learned yet.
MIN_ARRIVAL_DAYS = 5
GAP_PERCENTILE = 0.8


@dataclass(frozen=True)
class HealthOptions:
    """The thresholds of :func:`compute_source_health`, as the project settings set them."""

    failing_after: int = 3
    stale_factor: float = 3.0
    stale_min_days: int = 3
    expected_finish_reasons: tuple[str, ...] = tuple(sorted(DEFAULT_EXPECTED_FINISH_REASONS))

    @classmethod
    def from_settings(cls, settings: Any) -> HealthOptions:
        """From Scrapy settings (``HEALTH_*`` and ``CRAWL_EXPECTED_FINISH_REASONS``)."""
        return cls(
            failing_after=settings.getint("HEALTH_FAILING_AFTER", 3),
            stale_factor=settings.getfloat("HEALTH_STALE_FACTOR", 3.0),
            stale_min_days=settings.getint("HEALTH_STALE_MIN_DAYS", 3),
            expected_finish_reasons=tuple(
                settings.getlist("CRAWL_EXPECTED_FINISH_REASONS", sorted(DEFAULT_EXPECTED_FINISH_REASONS))
            ),
        )

    def as_arguments(self) -> dict[str, Any]:
        """Keyword arguments for ``compute_source_health``."""
        return {
            "failing_after": self.failing_after,
            "stale_factor": self.stale_factor,
            "stale_min_days": self.stale_min_days,
            "expected_finish_reasons": list(self.expected_finish_reasons),
        }


def default_data_dir() -> Path:
    """The project's data directory; ``JPLLM_DATA_DIR`` overrides it."""
    return Path(os.environ.get("JPLLM_DATA_DIR") or Path(__file__).resolve().parent.parent / "crawler" / "data")


@dataclass(frozen=True)
class SourceCalendar:
    """Which days a source is expected to publish on."""

    name: str
    patterns: tuple[str, ...]
    skip_weekends: bool
    skip_japanese_holidays: bool
    closures: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()

    def matches(self, source: str) -> bool:
        return any(fnmatchcase(source, pattern) for pattern in self.patterns)

    def is_working_day(self, day: date) -> bool:
        if self.skip_weekends and day.weekday() >= 5:
            return False
        if self.skip_japanese_holidays:
            month_day = (day.month, day.day)
            for start, end in self.closures:
                inside = start <= month_day <= end if start <= end else (month_day >= start or month_day <= end)
                if inside:
                    return False
            if is_national_holiday(day):
                return False
        return True

    def working_days_between(self, after: date, until: date) -> int:
        """Working days ``d`` with ``after < d <= until``."""
        return sum(
            1 for offset in range(1, (until - after).days + 1) if self.is_working_day(after + timedelta(days=offset))
        )


@lru_cache(maxsize=4096)
def is_national_holiday(day: date) -> bool:
    """国民の祝日, 振替休日 or 国民の休日, for any year, computed by jpholiday.

    Cached per day: ``jpholiday.is_holiday`` works the day out afresh (about
    0.1 ms), and a health check asks about the same few hundred days again
    and again. Whole years would cost 365 such calls each.
    """
    return jpholiday.is_holiday(day)


EVERY_DAY = SourceCalendar("every-day", ("*",), skip_weekends=False, skip_japanese_holidays=False)


class HolidaysError(ConfigError):
    """``holidays.toml`` cannot be used; the message names every problem."""


@dataclass(frozen=True)
class Calendars:
    """The calendars of ``holidays.toml``, first match wins."""

    calendars: tuple[SourceCalendar, ...]

    def for_source(self, source: str) -> SourceCalendar:
        return next((calendar for calendar in self.calendars if calendar.matches(source)), EVERY_DAY)


def load_calendars(path: str | os.PathLike[str] | None = None) -> Calendars:
    """Read the source calendars and closures from a TOML file (national holidays come from jpholiday)."""
    return _load_calendars(str(Path(path) if path else default_data_dir() / HOLIDAYS_FILE))


@lru_cache(maxsize=8)
def _load_calendars(path: str) -> Calendars:
    document = load_holidays_file(path, HolidaysError)
    closures = tuple(closure.bounds() for closure in document.closure)
    return Calendars(
        tuple(
            SourceCalendar(
                name=entry.name,
                patterns=tuple(entry.sources),
                skip_weekends=entry.skip_weekends,
                skip_japanese_holidays=entry.skip_japanese_holidays,
                closures=closures,
            )
            for entry in document.calendar
        )
    )


@dataclass
class SourceHealth:
    """The health of one source at one moment, with the facts behind it."""

    source: str
    status: str
    last_success: str | None
    last_new_item: str | None
    items_last_4_weeks: int
    last_error: str
    reason: str = ""
    last_error_at: str | None = None
    last_run: str | None = None
    consecutive_failures: int = 0
    runs: int = 0
    usual_gap_days: int | None = None
    silent_days: int | None = None
    calendar: str = ""
    spiders: list[str] = field(default_factory=list)

    @property
    def is_bad(self) -> bool:
        """Failing or stale: the states that warrant an alert."""
        return self.status in BAD_STATUSES


@dataclass
class _Run:
    finished_at: str
    spider: str
    finish_reason: str
    row: dict[str, Any] | None
    flags: tuple[str, ...] = ()
    day: date = field(kw_only=True)  # the Asia/Tokyo day it finished
    outcome: str = ""
    problem: str = ""


def _as_datetime(now: datetime | str | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if isinstance(now, str):
        return parse_utc(now)
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def _tokyo_day(timestamp: str) -> date:
    return parse_utc(timestamp).astimezone(TOKYO).date()


def _database(db: Archive | sqlite_utils.Database) -> sqlite_utils.Database:
    return db.db if isinstance(db, Archive) else db


def _rows(db: sqlite_utils.Database, sql: str, parameters: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(parameters))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=False)) for row in cursor.fetchall()]


def _json(text: str | None, default: Any) -> Any:
    try:
        return json.loads(text) if text else default
    except ValueError:
        return default


def _concerns(arguments: dict[str, Any], source: str) -> bool:
    """False when a run's arguments limited it to other sources."""
    wanted = arguments.get("source") or arguments.get("sources")
    if not wanted:
        return True
    names = wanted if isinstance(wanted, list) else str(wanted).split(",")
    return source in {name.strip() for name in names}


def _classify(run: _Run, expected_reasons: frozenset[str], items_normal: bool, working_day: bool) -> None:
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
    statuses = {int(code): int(count) for code, count in _json(row.get("statuses"), {}).items()}
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


def _percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def compute_source_health(
    db: Archive | sqlite_utils.Database,
    now: datetime | str | None = None,
    failing_after: int = 3,
    *,
    stale_factor: float = 3.0,
    stale_min_days: int = 3,
    history_days: int = 180,
    run_history_days: int = 60,
    expected_finish_reasons: Iterable[str] = DEFAULT_EXPECTED_FINISH_REASONS,
    calendars: Calendars | None = None,
) -> list[SourceHealth]:
    """The health of every source the archive knows, sorted by source name.

    :param now: the moment to judge at (UTC); rows after it are ignored.
    :param failing_after: consecutive failed runs that make a source failing.
    :param stale_factor: silence longer than this many usual gaps is stale.
    :param stale_min_days: a silence of fewer working days is never stale.
    :param history_days: days of new items the usual rhythm is learned from.
    :param run_history_days: days of crawl runs read for failures.
    """
    database = _database(db)
    moment = _as_datetime(now)
    now_text = format_utc(moment)
    since_text = format_utc(moment - timedelta(days=history_days))
    runs_since_text = format_utc(moment - timedelta(days=run_history_days))
    four_weeks_ago = format_utc(moment - timedelta(days=28))
    today = moment.astimezone(TOKYO).date()
    calendars = calendars or load_calendars()
    expected = frozenset(expected_finish_reasons)

    crawl_runs = _rows(
        database,
        "SELECT id, spider, arguments, finished_at, finish_reason, flags FROM crawl_runs "
        "WHERE finished_at <= ? AND finished_at >= ? ORDER BY finished_at, id",
        [now_text, runs_since_text],
    )
    source_rows = _rows(
        database,
        "SELECT source_runs.*, crawl_runs.spider FROM source_runs "
        "JOIN crawl_runs ON crawl_runs.id = source_runs.crawl_run_id "
        "WHERE source_runs.finished_at <= ? AND source_runs.finished_at >= ?",
        [now_text, runs_since_text],
    )
    spiders_of: dict[str, set[str]] = defaultdict(set)
    for source, spider in database.execute(
        "SELECT DISTINCT source_runs.source, crawl_runs.spider FROM source_runs "
        "JOIN crawl_runs ON crawl_runs.id = source_runs.crawl_run_id WHERE source_runs.finished_at <= ?",
        [now_text],
    ):
        spiders_of[source].add(spider)
    row_of = {(row["crawl_run_id"], row["source"]): row for row in source_rows}
    known_spiders = {spider for spiders in spiders_of.values() for spider in spiders}
    runs_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for crawl in crawl_runs:
        if crawl["spider"] not in known_spiders:
            spiders_of.setdefault(crawl["spider"], set()).add(crawl["spider"])
        crawl["day"] = _tokyo_day(crawl["finished_at"])
        crawl["arguments"] = _json(crawl["arguments"], {})
        runs_of[crawl["spider"]].append(crawl)

    # Only the days with new items matter (and the latest arrival): one row
    # per source and Asia/Tokyo day, not one per item.
    arrivals: dict[str, list[str]] = defaultdict(list)
    for source, first_seen in database.execute(
        "SELECT source, max(first_seen_at) FROM item_sources WHERE first_seen_at <= ? AND first_seen_at >= ?"
        " GROUP BY source, date(first_seen_at, '+9 hours')",
        [now_text, since_text],
    ):
        arrivals[source].append(first_seen)
    for row in source_rows:
        if (row.get("items_new") or 0) > 0 and row["finished_at"] >= since_text:
            arrivals[row["source"]].append(row["finished_at"])
    # Each source's latest arrival: one probe of the (source, first_seen_at) index per source.
    last_new = {}
    for (source,) in database.execute(
        "SELECT DISTINCT source FROM source_day_counts UNION SELECT DISTINCT source FROM source_runs"
    ).fetchall():
        newest = database.execute(
            "SELECT max(first_seen_at) FROM item_sources WHERE source = ? AND first_seen_at <= ?", [source, now_text]
        ).fetchone()[0]
        if newest:
            last_new[source] = newest
    recent_counts = dict(
        database.execute(
            "SELECT source, count(DISTINCT item_id) FROM item_sources "
            "WHERE first_seen_at > ? AND first_seen_at <= ? GROUP BY source",
            [four_weeks_ago, now_text],
        ).fetchall()
    )

    sources = sorted(set(spiders_of) | set(last_new))
    results = []
    for source in sources:
        calendar = calendars.for_source(source)
        spiders = spiders_of.get(source, set())
        runs = []
        for crawl in heapq.merge(
            *(runs_of.get(spider, []) for spider in sorted(spiders)),
            key=lambda crawl: (crawl["finished_at"], crawl["id"]),
        ):
            source_row = row_of.get((crawl["id"], source))
            # A normal crawl that recorded nothing for this source did not
            # crawl it; only crawls that ended badly count against it.
            if source_row is None and (crawl["finish_reason"] or "") in expected:
                continue
            if not _concerns(crawl["arguments"], source):
                continue
            runs.append(
                _Run(
                    crawl["finished_at"],
                    crawl["spider"],
                    crawl["finish_reason"] or "",
                    source_row,
                    tuple(str(flag) for flag in _json(crawl["flags"], [])),
                    day=crawl["day"],
                )
            )
        with_items = counted = 0
        for run in runs:
            working_day = calendar.is_working_day(run.day)
            items_normal = counted >= NORMAL_ITEMS_MIN_RUNS and with_items >= NORMAL_ITEMS_SHARE * counted
            _classify(run, expected, items_normal, working_day)
            if working_day and run.row and run.row.get("requests") and not run.row.get("not_modified"):
                counted += 1
                with_items += bool(run.row.get("items_found"))
        judged = [run for run in runs if run.outcome != "skipped"]
        consecutive = 0
        for run in reversed(judged):
            if run.outcome != "failed":
                break
            consecutive += 1
        successes = [run for run in judged if run.outcome in ("ok", "degraded")]
        problems = [run for run in judged if run.problem]

        newest = last_new.get(source)
        for stamp in arrivals.get(source, []):
            newest = max(newest or stamp, stamp)
        days = sorted({_tokyo_day(stamp) for stamp in arrivals.get(source, [])})
        usual_gap = silent = None
        if days:
            silent = calendar.working_days_between(days[-1], today)
        if len(days) >= MIN_ARRIVAL_DAYS:
            gaps = [calendar.working_days_between(before, after) for before, after in zip(days, days[1:], strict=False)]
            usual_gap = max(1, _percentile(gaps, GAP_PERCENTILE))
        stale_after = max(stale_min_days, math.ceil(stale_factor * usual_gap)) if usual_gap else None

        latest = judged[-1] if judged else None
        if consecutive >= failing_after or (consecutive and not successes):
            # A source that never once worked (a new set-up without network, a
            # wrong URL) is failing from its first run, not merely degraded.
            status = "failing"
            runs_failed = (
                f"the last {consecutive} runs failed"
                if successes
                else ("its only run failed" if consecutive == 1 else f"all {consecutive} runs failed")
            )
            reason = f"{runs_failed}: {latest.problem}" if latest and latest.problem else runs_failed
        elif newest and newest < since_text:
            status = "stale"
            reason = f"no new items in the last {history_days} days"
        elif stale_after is not None and silent is not None and silent > stale_after:
            status = "stale"
            reason = (
                f"no new items for {silent} working days, usually every {usual_gap}"
                f" (stale after {stale_after}, {calendar.name} calendar)"
            )
        elif latest is not None and latest.outcome in ("failed", "degraded"):
            status = "degraded"
            reason = (
                f"{consecutive} failed run{'s' if consecutive != 1 else ''} in a row"
                if latest.outcome == "failed"
                else "errors in the last run, items still arrive"
            )
        else:
            status = "ok"
            reason = "" if usual_gap else "rhythm not learned yet"
        results.append(
            SourceHealth(
                source=source,
                status=status,
                last_success=successes[-1].finished_at if successes else None,
                last_new_item=newest,
                items_last_4_weeks=int(recent_counts.get(source, 0)),
                last_error=problems[-1].problem if problems else "",
                last_error_at=problems[-1].finished_at if problems else None,
                reason=reason,
                last_run=runs[-1].finished_at if runs else None,
                consecutive_failures=consecutive,
                runs=len(judged),
                usual_gap_days=usual_gap,
                silent_days=silent,
                calendar=calendar.name,
                spiders=sorted(spiders),
            )
        )
    return results


def previous_crawl_runs(db: Archive | sqlite_utils.Database, spider: str, limit: int = 20) -> list[dict[str, Any]]:
    """The spider's latest recorded runs, newest first."""
    return _rows(
        _database(db),
        "SELECT finished_at, finish_reason, items_scraped, error_count FROM crawl_runs "
        "WHERE spider = ? ORDER BY finished_at DESC, id DESC LIMIT ?",
        [spider, limit],
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
    if not run.get("items_scraped") and finished and calendar.is_working_day(_tokyo_day(finished)):
        normal = [
            bool(earlier.get("items_scraped"))
            for earlier in previous
            if earlier.get("finished_at")
            and (earlier.get("finish_reason") or "") in expected
            and calendar.is_working_day(_tokyo_day(earlier["finished_at"]))
        ]
        if len(normal) >= NORMAL_ITEMS_MIN_RUNS and sum(normal) >= NORMAL_ITEMS_SHARE * len(normal):
            flags.append(f"no_items:{sum(normal)} of the last {len(normal)} working-day runs had items")
    return flags
