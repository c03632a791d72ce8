"""What a source-health judgement reads from the archive: crawl runs of the window and arrivals of new items.

``archive.health`` judges; this reads, with index probes rather than scans
(at a million items the judgement reads a few thousand rows, not the
history).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from archive.run_outcomes import tokyo_day
from common.json_text import decoded

# Each known source's first arrival of every Asia/Tokyo day in [since, now]:
# a skip along the (source, first_seen_at) index, from one day's first
# arrival to the next day's. At a million items, grouping 180 days of
# item_sources by day read some 200,000 rows for a few thousand answers.
ARRIVAL_DAYS = """
    WITH RECURSIVE
    sources(source) AS (SELECT DISTINCT source FROM source_day_counts UNION SELECT DISTINCT source FROM source_runs),
    arrival(source, stamp) AS (
        SELECT source, (SELECT min(first_seen_at) FROM item_sources
                        WHERE item_sources.source = sources.source
                          AND first_seen_at >= :since AND first_seen_at <= :now)
        FROM sources
        UNION ALL
        SELECT source, (SELECT min(first_seen_at) FROM item_sources
                        WHERE item_sources.source = arrival.source
                          AND first_seen_at >= strftime('%Y-%m-%dT%H:%M:%SZ', date(arrival.stamp, '+9 hours', '+1 day'),
                                                        '-9 hours')
                          AND first_seen_at <= :now)
        FROM arrival WHERE stamp IS NOT NULL
    )
    SELECT source, stamp FROM arrival WHERE stamp IS NOT NULL
"""


@dataclass(frozen=True)
class HealthWindow:
    """The moments a judgement reads rows between (UTC text) and the Asia/Tokyo day it is made on."""

    now: str
    since: str  # new items older than this are not the rhythm
    runs_since: str  # crawl runs older than this are not read
    four_weeks_ago: str
    today: date
    history_days: int


@dataclass
class RunHistory:
    """The crawl runs of the window, by spider, and the per-source rows they recorded."""

    spiders_of: dict[str, set[str]]
    runs_of: dict[str, list[dict[str, Any]]]
    row_of: dict[tuple[Any, str], dict[str, Any]]
    source_rows: list[dict[str, Any]]


@dataclass
class Arrivals:
    """When each source's new items arrived: first arrival per Tokyo day, latest arrival, count of 4 weeks."""

    days: dict[str, list[str]]
    last_new: dict[str, str]
    recent_counts: dict[str, int]


def read_runs(database: Any, window: HealthWindow) -> RunHistory:
    crawl_runs = list(
        database.query(
            "SELECT id, spider, arguments, finished_at, finish_reason, flags FROM crawl_runs "
            "WHERE finished_at <= ? AND finished_at >= ? ORDER BY finished_at, id",
            [window.now, window.runs_since],
        )
    )
    source_rows = list(
        database.query(
            "SELECT source_runs.*, crawl_runs.spider FROM source_runs "
            "JOIN crawl_runs ON crawl_runs.id = source_runs.crawl_run_id "
            "WHERE source_runs.finished_at <= ? AND source_runs.finished_at >= ?",
            [window.now, window.runs_since],
        )
    )
    spiders_of: dict[str, set[str]] = defaultdict(set)
    for source, spider in database.execute(
        "SELECT DISTINCT source_runs.source, crawl_runs.spider FROM source_runs "
        "JOIN crawl_runs ON crawl_runs.id = source_runs.crawl_run_id WHERE source_runs.finished_at <= ?",
        [window.now],
    ):
        spiders_of[source].add(spider)
    known_spiders = {spider for spiders in spiders_of.values() for spider in spiders}
    runs_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for crawl in crawl_runs:
        if crawl["spider"] not in known_spiders:
            spiders_of.setdefault(crawl["spider"], set()).add(crawl["spider"])
        crawl["day"] = tokyo_day(crawl["finished_at"])
        crawl["arguments"] = decoded(crawl["arguments"], {})
        runs_of[crawl["spider"]].append(crawl)
    row_of = {(row["crawl_run_id"], row["source"]): row for row in source_rows}
    return RunHistory(spiders_of, runs_of, row_of, source_rows)


def read_arrivals(database: Any, window: HealthWindow, source_rows: list[dict[str, Any]]) -> Arrivals:
    # Only the days with new items matter (and the latest arrival): each
    # source's first arrival of every Asia/Tokyo day, found by one index
    # probe per source and day (ARRIVAL_DAYS), not by reading every item.
    days: dict[str, list[str]] = defaultdict(list)
    for source, first_seen in database.execute(ARRIVAL_DAYS, {"since": window.since, "now": window.now}):
        days[source].append(first_seen)
    for row in source_rows:
        if (row.get("items_new") or 0) > 0 and row["finished_at"] >= window.since:
            days[row["source"]].append(row["finished_at"])
    # Each source's latest arrival: one probe of the (source, first_seen_at) index per source.
    last_new = {}
    for (source,) in database.execute(
        "SELECT DISTINCT source FROM source_day_counts UNION SELECT DISTINCT source FROM source_runs"
    ).fetchall():
        newest = database.execute(
            "SELECT max(first_seen_at) FROM item_sources WHERE source = ? AND first_seen_at <= ?", [source, window.now]
        ).fetchone()[0]
        if newest:
            last_new[source] = newest
    recent_counts = dict(
        database.execute(
            "SELECT source, count(DISTINCT item_id) FROM item_sources "
            "WHERE first_seen_at > ? AND first_seen_at <= ? GROUP BY source",
            [window.four_weeks_ago, window.now],
        ).fetchall()
    )
    return Arrivals(days, last_new, recent_counts)
