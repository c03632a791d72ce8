"""Names of the per-source counters kept in Scrapy's stats.

Spiders, middlewares and pipelines count under these keys; the crawl-run
recorder turns them into ``source_runs`` rows and source health reads those.
"""

from __future__ import annotations

from scrapy.statscollectors import StatsCollector

SOURCE_PREFIX = "source/"
SOURCE_COUNTERS = (
    "requests",
    "not_modified",
    "items_found",
    "items_new",
    "parse_errors",
    "bozo_feeds",
    "mojibake",
)


def source_key(source: str, counter: str) -> str:
    return f"{SOURCE_PREFIX}{source}/{counter}"


def count(stats: StatsCollector, source: str, counter: str, by: int = 1) -> None:
    stats.inc_value(source_key(source, counter), by)


def record_error(stats: StatsCollector, source: str, message: str) -> None:
    """Count a parse error for a source and keep its latest message."""
    stats.inc_value(source_key(source, "parse_errors"))
    stats.set_value(source_key(source, "last_error"), message[:500])


def per_source(stats: dict) -> dict[str, dict]:
    """The stats regrouped by source: ``{source: {counter: value, "statuses": {...}}}``."""
    grouped: dict[str, dict] = {}
    for key, value in stats.items():
        if not key.startswith(SOURCE_PREFIX):
            continue
        source, _, counter = key[len(SOURCE_PREFIX) :].rpartition("/")
        if counter.isdigit() and source.endswith("/status"):
            name = source[: -len("/status")]
            grouped.setdefault(name, {}).setdefault("statuses", {})[counter] = value
        elif source:
            grouped.setdefault(source, {})[counter] = value
    return grouped
