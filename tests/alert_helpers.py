"""Archives with synthetic crawl histories and sample items, for the health and alert tests."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from archive import Archive
from common.times import TOKYO, format_utc

FIXTURES = Path(__file__).parent / "fixtures" / "alerts"


def sample_items() -> dict[str, dict[str, Any]]:
    """The labelled sample items of ``fixtures/alerts/items.json``, by id (fresh copies)."""
    items = json.loads((FIXTURES / "items.json").read_text(encoding="utf-8"))
    return {item["id"]: copy.deepcopy(item) for item in items}


def jst(day: date | str, hour: int = 10, minute: int = 0) -> str:
    """A UTC timestamp for a Tokyo wall-clock time."""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return format_utc(datetime.combine(day, time(hour, minute), TOKYO))


def jst_datetime(day: date | str, hour: int = 10, minute: int = 0) -> datetime:
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return datetime.combine(day, time(hour, minute), TOKYO)


def days(first: str, last: str, *, weekdays_only: bool = False, skip: Iterable[str] = ()) -> list[date]:
    """Calendar days from ``first`` to ``last`` inclusive."""
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    skipped = {date.fromisoformat(day) for day in skip}
    result = []
    while start <= end:
        if not (weekdays_only and start.weekday() >= 5) and start not in skipped:
            result.append(start)
        start += timedelta(days=1)
    return result


def record_run(
    archive: Archive,
    finished_at: str,
    *,
    spider: str = "arxiv",
    source: str | None = None,
    source_row: bool = True,
    requests: int = 1,
    statuses: dict[str, int] | None = None,
    items_found: int = 0,
    items_new: int = 0,
    not_modified: int = 0,
    parse_errors: int = 0,
    bozo_feeds: int = 0,
    mojibake: int = 0,
    last_error: str = "",
    finish_reason: str = "finished",
    arguments: dict[str, Any] | None = None,
    flags: list[str] | None = None,
) -> int:
    """One crawl run of ``spider`` with (unless ``source_row`` is False) one source row."""
    run = {
        "spider": spider,
        "arguments": arguments or {},
        "started_at": finished_at,
        "finished_at": finished_at,
        "finish_reason": finish_reason,
        "items_scraped": items_found,
        "items_new": items_new,
        "error_count": parse_errors,
        "flags": flags or [],
        "stats": {},
    }
    rows = []
    if source_row:
        rows.append(
            {
                "source": source or spider,
                "finished_at": finished_at,
                "requests": requests,
                "not_modified": not_modified,
                "statuses": statuses
                if statuses is not None
                else ({"304": requests} if not_modified else {"200": requests}),
                "items_found": items_found,
                "items_new": items_new,
                "parse_errors": parse_errors,
                "bozo_feeds": bozo_feeds,
                "mojibake": mojibake,
                "last_error": last_error,
            }
        )
    return archive.record_crawl_run(run, rows)


def store_new(archive: Archive, item_id: str, source: str, at: str, **fields: Any) -> None:
    """Store an item first seen at ``at``."""
    item = {
        "id": item_id,
        "kind": "paper" if source.startswith("arxiv") else "press",
        "source": source,
        "url": f"https://example.org/{source}/{item_id}",
        "title": f"Item {item_id}",
        **fields,
    }
    archive.store_item(item, now=at)


def good_day(archive: Archive, source: str, day: date, *, spider: str | None = None, hour: int = 10) -> None:
    """A run that found and stored one new item."""
    at = jst(day, hour)
    store_new(archive, f"{source}-{day.isoformat()}-{hour}", source, at)
    record_run(archive, at, spider=spider or source, source=source, requests=2, items_found=3, items_new=1)
