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

Which days count is ``archive.calendars``; how one run is judged, and a
finished crawl's flags, ``archive.run_outcomes``.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from archive.calendars import (  # noqa: F401  (re-exported: where callers have always found them)
    EVERY_DAY,
    HOLIDAYS_FILE,
    Calendars,
    HolidaysError,
    SourceCalendar,
    default_data_dir,
    is_national_holiday,
    load_calendars,
)
from archive.health_reads import Arrivals, HealthWindow, RunHistory, read_arrivals, read_runs
from archive.run_outcomes import (  # noqa: F401  (re-exported, as above)
    DEFAULT_EXPECTED_FINISH_REASONS,
    NORMAL_ITEMS_MIN_RUNS,
    NORMAL_ITEMS_SHARE,
    Run,
    classify_run,
    concerns,
    crawl_run_flags,
    database_of,
    previous_crawl_runs,
    tokyo_day,
)
from common.json_text import decoded
from common.times import TOKYO, format_utc, parse_utc

STATUSES = ("ok", "degraded", "failing", "stale")
BAD_STATUSES = frozenset({"failing", "stale"})
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


def _percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def _as_datetime(now: datetime | str | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if isinstance(now, str):
        return parse_utc(now)
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def compute_source_health(
    db: Any,
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
    database = database_of(db)
    moment = _as_datetime(now)
    window = HealthWindow(
        now=format_utc(moment),
        since=format_utc(moment - timedelta(days=history_days)),
        runs_since=format_utc(moment - timedelta(days=run_history_days)),
        four_weeks_ago=format_utc(moment - timedelta(days=28)),
        today=moment.astimezone(TOKYO).date(),
        history_days=history_days,
    )
    calendars = calendars or load_calendars()
    expected = frozenset(expected_finish_reasons)
    history = read_runs(database, window)
    arrivals = read_arrivals(database, window, history.source_rows)
    results = []
    for source in sorted(set(history.spiders_of) | set(arrivals.last_new)):
        calendar = calendars.for_source(source)
        spiders = history.spiders_of.get(source, set())
        runs = _runs_of_source(source, spiders, history, expected)
        judged = _judge(runs, calendar, expected)
        rhythm = _rhythm(arrivals, source, calendar, window, stale_factor, stale_min_days)
        status, reason = _status(judged, rhythm, window, calendar, failing_after)
        results.append(
            SourceHealth(
                source=source,
                status=status,
                last_success=judged.successes[-1].finished_at if judged.successes else None,
                last_new_item=rhythm.newest,
                items_last_4_weeks=int(arrivals.recent_counts.get(source, 0)),
                last_error=judged.problems[-1].problem if judged.problems else "",
                last_error_at=judged.problems[-1].finished_at if judged.problems else None,
                reason=reason,
                last_run=runs[-1].finished_at if runs else None,
                consecutive_failures=judged.consecutive,
                runs=len(judged.runs),
                usual_gap_days=rhythm.usual_gap,
                silent_days=rhythm.silent,
                calendar=calendar.name,
                spiders=sorted(spiders),
            )
        )
    return results


@dataclass
class _Judged:
    """A source's runs that count, judged: the failures in a row at the end, the successes, the problems."""

    runs: list[Run]
    consecutive: int
    successes: list[Run]
    problems: list[Run]


@dataclass
class _Rhythm:
    """How often a source has new items, and how long it has been silent (working days)."""

    newest: str | None
    usual_gap: int | None
    silent: int | None
    stale_after: int | None


def _runs_of_source(source: str, spiders: set[str], history: RunHistory, expected: frozenset[str]) -> list[Run]:
    """The runs that concern a source, oldest first, from the crawls of every spider that reads it."""
    runs = []
    for crawl in heapq.merge(
        *(history.runs_of.get(spider, []) for spider in sorted(spiders)),
        key=lambda crawl: (crawl["finished_at"], crawl["id"]),
    ):
        source_row = history.row_of.get((crawl["id"], source))
        # A normal crawl that recorded nothing for this source did not
        # crawl it; only crawls that ended badly count against it.
        if source_row is None and (crawl["finish_reason"] or "") in expected:
            continue
        if not concerns(crawl["arguments"], source):
            continue
        runs.append(
            Run(
                crawl["finished_at"],
                crawl["spider"],
                crawl["finish_reason"] or "",
                source_row,
                tuple(str(flag) for flag in decoded(crawl["flags"], [])),
                day=crawl["day"],
            )
        )
    return runs


def _judge(runs: list[Run], calendar: Any, expected: frozenset[str]) -> _Judged:
    with_items = counted = 0
    for run in runs:
        working_day = calendar.is_working_day(run.day)
        items_normal = counted >= NORMAL_ITEMS_MIN_RUNS and with_items >= NORMAL_ITEMS_SHARE * counted
        classify_run(run, expected, items_normal, working_day)
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
    return _Judged(judged, consecutive, successes, problems)


def _rhythm(
    arrivals: Arrivals, source: str, calendar: Any, window: HealthWindow, stale_factor: float, stale_min_days: int
) -> _Rhythm:
    newest = arrivals.last_new.get(source)
    for stamp in arrivals.days.get(source, []):
        newest = max(newest or stamp, stamp)
    days = sorted({tokyo_day(stamp) for stamp in arrivals.days.get(source, [])})
    usual_gap = silent = None
    if days:
        silent = calendar.working_days_between(days[-1], window.today)
    if len(days) >= MIN_ARRIVAL_DAYS:
        gaps = [calendar.working_days_between(before, after) for before, after in zip(days, days[1:], strict=False)]
        usual_gap = max(1, _percentile(gaps, GAP_PERCENTILE))
    stale_after = max(stale_min_days, math.ceil(stale_factor * usual_gap)) if usual_gap else None
    return _Rhythm(newest, usual_gap, silent, stale_after)


def _status(
    judged: _Judged, rhythm: _Rhythm, window: HealthWindow, calendar: Any, failing_after: int
) -> tuple[str, str]:
    """The source's status and why, in that order of precedence: failing, stale, degraded, ok."""
    consecutive, successes = judged.consecutive, judged.successes
    latest = judged.runs[-1] if judged.runs else None
    if consecutive >= failing_after or (consecutive and not successes):
        # A source that never once worked (a new set-up without network, a
        # wrong URL) is failing from its first run, not merely degraded.
        runs_failed = (
            f"the last {consecutive} runs failed"
            if successes
            else ("its only run failed" if consecutive == 1 else f"all {consecutive} runs failed")
        )
        return "failing", (f"{runs_failed}: {latest.problem}" if latest and latest.problem else runs_failed)
    if rhythm.newest and rhythm.newest < window.since:
        return "stale", f"no new items in the last {window.history_days} days"
    if rhythm.stale_after is not None and rhythm.silent is not None and rhythm.silent > rhythm.stale_after:
        return "stale", (
            f"no new items for {rhythm.silent} working days, usually every {rhythm.usual_gap}"
            f" (stale after {rhythm.stale_after}, {calendar.name} calendar)"
        )
    if latest is not None and latest.outcome in ("failed", "degraded"):
        if latest.outcome == "failed":
            return "degraded", f"{consecutive} failed run{'s' if consecutive != 1 else ''} in a row"
        return "degraded", "errors in the last run, items still arrive"
    return "ok", "" if rhythm.usual_gap else "rhythm not learned yet"
