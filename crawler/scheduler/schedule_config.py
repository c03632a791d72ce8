"""The schedule as the scheduler uses it: ``schedule.toml`` checked, plus the registry's crawls.

The file is read and checked by ``config.schedule``; this module turns it
into jobs: the crawls it names, and one crawl per spider and polling
interval over the source registry's enabled sources.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from config.loading import ConfigError, validate
from config.schedule import ScheduleFile, load_schedule_file


class ScheduleError(ConfigError):
    """The schedule file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class CrawlJob:
    """One scheduled crawl: ``scrapy crawl <spider> -a k=v ...`` on a cron trigger."""

    name: str
    spider: str
    cron: Mapping[str, str]
    arguments: Mapping[str, str] = field(default_factory=dict)
    timeout_minutes: float = 60.0

    @property
    def timeout_seconds(self) -> float:
        return self.timeout_minutes * 60


@dataclass(frozen=True)
class DigestSchedule:
    """When the weekly digest goes out, and how long a missed one may be caught up."""

    cron: Mapping[str, str] = field(default_factory=lambda: {"day_of_week": "mon", "hour": "9", "minute": "0"})
    catch_up_hours: float = 24.0
    retry_minutes: float = 15.0


@dataclass(frozen=True)
class RegistrySchedule:
    """How the press and funding sources are polled from the source registry."""

    enabled: bool = True
    spiders: tuple[str, ...] = ("press", "funding")
    min_interval_hours: float = 0.5
    daily_hour: int = 7
    minute_offset: int = 10
    timeout_minutes: float = 30.0


@dataclass(frozen=True)
class Schedule:
    """The whole schedule file."""

    timezone: ZoneInfo
    crawls: tuple[CrawlJob, ...]
    digest: DigestSchedule
    registry: RegistrySchedule
    crawl_misfire_grace_minutes: float = 60.0
    crawl_stop_grace_seconds: float = 30.0


def schedule_from_file(document: ScheduleFile) -> Schedule:
    """The checked schedule file as the scheduler's ``Schedule``."""
    return Schedule(
        timezone=ZoneInfo(document.timezone),
        crawls=tuple(
            CrawlJob(
                name=entry.job_name,
                spider=entry.spider,
                cron=entry.cron(),
                arguments=dict(entry.arguments),
                timeout_minutes=entry.timeout_minutes,
            )
            for entry in document.crawl
        ),
        digest=DigestSchedule(
            cron=document.digest.cron(),
            catch_up_hours=document.digest.catch_up_hours,
            retry_minutes=document.digest.retry_minutes,
        ),
        registry=RegistrySchedule(**{**document.registry.model_dump(), "spiders": tuple(document.registry.spiders)}),
        crawl_misfire_grace_minutes=document.crawl_misfire_grace_minutes,
        crawl_stop_grace_seconds=document.crawl_stop_grace_seconds,
    )


def parse_schedule(data: Mapping[str, Any], where: str = "schedule") -> Schedule:
    """A schedule from a parsed TOML document; every problem is reported in one ``ScheduleError``."""
    return schedule_from_file(validate(data, ScheduleFile, where, ScheduleError))


def load_schedule(path: str | os.PathLike[str]) -> Schedule:
    """The schedule in a TOML file."""
    return schedule_from_file(load_schedule_file(Path(path), ScheduleError))


def interval_cron(hours: float, registry: RegistrySchedule, offset: int | None = None) -> dict[str, str]:
    """Cron fields that poll about every ``hours`` (rounded to what a clock face allows)."""
    hours = max(hours, registry.min_interval_hours)
    offset = registry.minute_offset if offset is None else offset
    if hours < 1:
        step = 30 if hours > 0.25 else 15
        return {"minute": ",".join(str(minute) for minute in range(offset % step, 60, step))}
    if hours < 24:
        step = next(divisor for divisor in (1, 2, 3, 4, 6, 8, 12, 24) if divisor >= round(hours))
        return {"hour": f"*/{step}", "minute": str(offset)}
    if hours < 24 * 7:
        days = max(1, round(hours / 24))
        cron = {"hour": str(registry.daily_hour), "minute": str(offset)}
        return cron if days == 1 else {**cron, "day": f"*/{days}"}
    return {"day_of_week": "mon", "hour": str(registry.daily_hour), "minute": str(offset)}


def registry_crawls(
    sources: Iterable[Any], spider_kinds: Mapping[str, Sequence[str]], registry: RegistrySchedule
) -> list[CrawlJob]:
    """One crawl job per spider and polling interval, over the registry's enabled sources."""
    groups: dict[tuple[str, float], list[str]] = {}
    for source in sources:
        if not source.enabled:
            continue
        spider = next((name for name, kinds in spider_kinds.items() if source.kind in kinds), None)
        if spider is None:
            continue
        hours = max(float(source.interval_hours), registry.min_interval_hours)
        groups.setdefault((spider, hours), []).append(source.name)
    jobs = []
    groups_of_spider: dict[str, int] = {}
    for (spider, hours), names in sorted(groups.items()):
        # The groups of one spider start at different minutes, so a frequent
        # group rarely has to wait for a slow one.
        index = groups_of_spider[spider] = groups_of_spider.get(spider, -1) + 1
        cron = interval_cron(hours, registry, (registry.minute_offset + 7 * index) % 30)
        jobs.append(
            CrawlJob(
                name=f"{spider}-every-{hours:g}h",
                spider=spider,
                cron=cron,
                arguments={"source": ",".join(sorted(names))},
                timeout_minutes=registry.timeout_minutes,
            )
        )
    return jobs
