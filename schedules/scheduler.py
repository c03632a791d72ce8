"""The scheduler: crawls on time, the weekly digest on Monday morning.

One APScheduler ``BlockingScheduler`` process, cron triggers in Asia/Tokyo
with day names (APScheduler counts Monday as 0, cron Sunday: a number would
silently mean another day). The schedule is data (``schedule.toml``).

- Each crawl runs as its own ``scrapy crawl`` process (Twisted's reactor
  cannot restart inside one process), stopped after its timeout. Runs of the
  same spider never overlap: a run due while the spider is busy waits for it.
  A crawl that crashes or hangs is recorded in ``crawl_runs`` (when the
  crawl could not record itself) and the scheduler carries on.
- The digest covers the ISO week that ended before its fire time. If the
  scheduler was down at digest time, it sends the missed digest when it comes
  back, within ``catch_up_hours``; the archive's ``digests`` table makes sure
  it is never sent twice, across restarts too.
- SIGTERM or SIGINT stops the scheduler, asks running crawls to close their
  spiders (so they record their runs), and exits.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_SCHEDULER_STARTED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.schedulers.blocking import TIMEOUT_MAX, BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from archive.db import Archive, format_utc
from config.loading import ConfigError, validate
from config.schedule import ScheduleFile, load_schedule_file
from archive.digest_queries import previous_week
from archive.digest_store import load_record
from crawler.crawl_process import PROJECT_ROOT, crawl_command
from schedules.publish import MARKDOWN_DESTINATION, DigestOptions, publish_to_file, send_digest
from schedules.slack import SlackDelivery

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_clock() -> datetime:
    return datetime.now(UTC)


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


@dataclass
class CrawlResult:
    """How one scheduled crawl ended: ``finished``, ``failed``, ``timeout`` or ``skipped``."""

    job: str
    spider: str
    outcome: str
    returncode: int | None = None
    recorded_failure: bool = False


class CrawlRunner:
    """Runs crawls as subprocesses, one at a time per spider, and records the ones that die."""

    def __init__(
        self,
        archive_path: str | os.PathLike[str],
        *,
        command: Callable[[CrawlJob], list[str]] | None = None,
        environment: Mapping[str, str] | None = None,
        stop_grace_seconds: float = 30.0,
        clock: Clock = utc_clock,
        popen: Callable[..., subprocess.Popen] = subprocess.Popen,
        after_crawl: Callable[[CrawlResult], None] | None = None,
    ) -> None:
        self.archive_path = Path(archive_path)
        self.popen = popen
        self.after_crawl = after_crawl
        self.command = command or (lambda job: crawl_command(job.spider, arguments=job.arguments))
        self.environment = environment
        self.stop_grace_seconds = stop_grace_seconds
        self.clock = clock
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._running: set[subprocess.Popen] = set()
        self._stopping = threading.Event()

    def _lock_for(self, spider: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(spider, threading.Lock())

    def run(self, job: CrawlJob) -> CrawlResult:
        """Run one crawl to its end or its timeout; wait first if the spider is busy."""
        lock = self._lock_for(job.spider)
        if not lock.acquire(blocking=False):
            logger.info("Crawl %s waits: spider %s is still running", job.name, job.spider)
            if not lock.acquire(timeout=job.timeout_seconds):
                logger.warning("Crawl %s skipped: spider %s was busy for its whole timeout", job.name, job.spider)
                return CrawlResult(job.name, job.spider, "skipped")
        try:
            if self._stopping.is_set():
                return CrawlResult(job.name, job.spider, "skipped")
            result = self._run_locked(job)
        finally:
            lock.release()
        if self.after_crawl is not None:
            try:
                self.after_crawl(result)
            except Exception:
                logger.exception("The step after crawl %s failed", job.name)
        return result

    def _run_locked(self, job: CrawlJob) -> CrawlResult:
        started = self.clock()
        environment = dict(os.environ if self.environment is None else self.environment)
        logger.info("Crawl %s starts: scrapy crawl %s %s", job.name, job.spider, dict(job.arguments))
        try:
            process = self.popen(self.command(job), cwd=PROJECT_ROOT, env=environment, start_new_session=True)
        except OSError as error:
            self._record_failure(job, started, "failed", f"could not start: {error}")
            return CrawlResult(job.name, job.spider, "failed", recorded_failure=True)
        with self._guard:
            self._running.add(process)
        try:
            returncode: int | None = process.wait(timeout=job.timeout_seconds)
            outcome = "finished" if returncode == 0 else "failed"
        except subprocess.TimeoutExpired:
            logger.error("Crawl %s timed out after %.0f s; stopping it", job.name, job.timeout_seconds)
            returncode = self._stop(process)
            outcome = "timeout"
        finally:
            with self._guard:
                self._running.discard(process)
        result = CrawlResult(job.name, job.spider, outcome, returncode)
        if outcome == "finished":
            logger.info("Crawl %s finished", job.name)
        elif outcome == "timeout" or not self._recorded_since(job.spider, started):
            detail = (
                f"stopped by the scheduler after {job.timeout_minutes:g} min"
                if outcome == "timeout"
                else f"scrapy crawl exited with code {returncode}"
            )
            self._record_failure(job, started, outcome, detail, returncode)
            result.recorded_failure = True
        else:
            logger.error("Crawl %s failed with exit code %s", job.name, returncode)
        return result

    def _stop(self, process: subprocess.Popen) -> int | None:
        """SIGTERM the crawl's process group (Scrapy closes the spider), SIGKILL it after the grace."""
        for signum, grace in ((signal.SIGTERM, self.stop_grace_seconds), (signal.SIGKILL, 10.0)):
            try:
                os.killpg(process.pid, signum)
            except ProcessLookupError:
                pass
            try:
                return process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                continue
        return None

    def stop_all(self) -> None:
        """Stop every running crawl, and start no more."""
        self._stopping.set()
        with self._guard:
            running = list(self._running)
        threads = [threading.Thread(target=self._stop, args=(process,)) for process in running]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def _recorded_since(self, spider: str, started: datetime) -> bool:
        with Archive(self.archive_path) as archive:
            row = archive.db.execute(
                "SELECT count(*) FROM crawl_runs WHERE spider = ? AND finished_at >= ?",
                [spider, format_utc(started)],
            ).fetchone()
        return bool(row[0])

    def _record_failure(
        self, job: CrawlJob, started: datetime, outcome: str, detail: str, returncode: int | None = None
    ) -> None:
        logger.error("Crawl %s %s: %s", job.name, outcome, detail)
        with Archive(self.archive_path) as archive:
            archive.record_crawl_run(
                {
                    "spider": job.spider,
                    "arguments": dict(job.arguments),
                    "started_at": format_utc(started),
                    "finished_at": format_utc(self.clock()),
                    "finish_reason": outcome,
                    "items_scraped": 0,
                    "items_new": 0,
                    "items_updated": 0,
                    "items_dropped": 0,
                    "error_count": 1,
                    "flags": [f"scheduler: {detail}"],
                    "stats": {"scheduler_job": job.name, "exit_code": returncode},
                },
                [],
            )


class DigestPublisher:
    """Sends a week's digest once: to Slack if configured, else as a Markdown file."""

    def __init__(
        self,
        archive_path: str | os.PathLike[str],
        options: DigestOptions,
        delivery: SlackDelivery | None,
    ) -> None:
        self.archive_path = Path(archive_path)
        self.options = options
        self.delivery = delivery

    @property
    def destination(self) -> str:
        return self.delivery.destination if self.delivery is not None else MARKDOWN_DESTINATION

    def is_sent(self, week: str) -> bool:
        with Archive(self.archive_path) as archive:
            record = load_record(archive, week, self.destination)
        return record is not None and record.complete

    def publish(self, week: str, now: datetime) -> bool:
        """Send (or write) ``week``'s digest unless already done; True once it is done."""
        with Archive(self.archive_path) as archive:
            if self.delivery is None:
                path, written = publish_to_file(archive, week, self.options, now=now)
                if written:
                    logger.info("Digest of %s written to %s (Slack is not configured)", week, path)
                return True
            outcome = send_digest(archive, week, self.delivery, self.options, now=now)
        if outcome.ok:
            logger.info(
                "Digest of %s to %s: %s (%d messages)", week, outcome.destination, outcome.status, outcome.parts_sent
            )
        else:
            logger.error(
                "Digest of %s to %s stopped after %d of %d messages: %s",
                week,
                outcome.destination,
                outcome.parts_sent,
                outcome.parts_total,
                outcome.error,
            )
        return outcome.ok


class StoppableScheduler(BlockingScheduler):
    """A ``BlockingScheduler`` whose shutdown, once requested, happens in its own loop.

    ``shutdown()`` from another thread can land in the middle of the loop's
    job processing and break it (APScheduler then raises ``JobLookupError``);
    here another thread only asks, and the loop stops between two rounds.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._stop_requested = threading.Event()

    def request_stop(self) -> None:
        self._stop_requested.set()
        self.wakeup()

    def _main_loop(self) -> None:
        wait_seconds: float | None = TIMEOUT_MAX
        while self.state != STATE_STOPPED:
            self._event.wait(wait_seconds)
            self._event.clear()
            if self._stop_requested.is_set():
                self.shutdown(wait=False)
                return
            wait_seconds = self._process_jobs()


class WatchScheduler:
    """The jobs of a schedule on an APScheduler ``BlockingScheduler``."""

    def __init__(
        self,
        schedule: Schedule,
        crawls: Sequence[CrawlJob],
        runner: CrawlRunner,
        publisher: DigestPublisher,
        *,
        clock: Clock = utc_clock,
    ) -> None:
        self.schedule = schedule
        self.crawls = list(crawls)
        self.runner = runner
        self.publisher = publisher
        self.clock = clock
        self.digest_trigger = CronTrigger(**schedule.digest.cron, timezone=schedule.timezone)
        self.scheduler = StoppableScheduler(
            timezone=schedule.timezone,
            # Crawls waiting for a busy spider hold a worker each; the digest
            # has its own, so they can never delay it.
            executors={
                "default": ThreadPoolExecutor(max_workers=max(4, len(self.crawls))),
                "digest": ThreadPoolExecutor(max_workers=1),
            },
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        self._digest_lock = threading.Lock()

    def add_jobs(self) -> None:
        """Register every crawl and the digest (once each, by id)."""
        grace = int(self.schedule.crawl_misfire_grace_minutes * 60)
        for job in self.crawls:
            self.scheduler.add_job(
                self.runner.run,
                CronTrigger(**job.cron, timezone=self.schedule.timezone),
                args=[job],
                id=f"crawl:{job.name}",
                name=f"crawl {job.name}",
                misfire_grace_time=grace,
                replace_existing=True,
            )
        self.scheduler.add_job(
            self.digest_due,
            self.digest_trigger,
            id="digest",
            name="weekly digest",
            executor="digest",
            misfire_grace_time=int(self.schedule.digest.catch_up_hours * 3600),
            replace_existing=True,
        )

    def last_digest_time(self, now: datetime) -> datetime:
        """The latest digest fire time at or before ``now``."""
        moment = now.astimezone(self.schedule.timezone)
        fire = self.digest_trigger.get_next_fire_time(None, moment - timedelta(days=8))
        last = fire
        while fire is not None and fire <= moment:
            last = fire
            fire = self.digest_trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
        assert last is not None
        return last

    @staticmethod
    def digest_week(fire_time: datetime) -> str:
        """The week a digest firing at ``fire_time`` covers: the last complete ISO week."""
        return previous_week(fire_time)

    def catch_up(self, now: datetime | None = None) -> str | None:
        """Send the digest missed while the scheduler was down, if still in time; return its week."""
        now = now or self.clock()
        fire = self.last_digest_time(now)
        week = self.digest_week(fire)
        late = now - fire
        if late > timedelta(hours=self.schedule.digest.catch_up_hours):
            return None
        if self.publisher.is_sent(week):
            return None
        logger.info("Catching up the %s digest missed at %s (%s late)", week, fire.isoformat(), late)
        self._publish(week, now, fire)
        return week

    def digest_due(self) -> None:
        """The digest job: the week that ended before this fire time."""
        now = self.clock()
        fire = self.last_digest_time(now)
        self._publish(self.digest_week(fire), now, fire)

    def _publish(self, week: str, now: datetime, fire: datetime) -> None:
        with self._digest_lock:
            if self.publisher.publish(week, now):
                return
        retry_at = now + timedelta(minutes=self.schedule.digest.retry_minutes)
        if retry_at - fire <= timedelta(hours=self.schedule.digest.catch_up_hours):
            logger.info("Will try the %s digest again at %s", week, retry_at.isoformat())
            self.scheduler.add_job(
                self._retry,
                "date",
                run_date=retry_at,
                args=[week, fire],
                id=f"digest-retry:{week}",
                executor="digest",
                replace_existing=True,
                misfire_grace_time=3600,
            )

    def _retry(self, week: str, fire: datetime) -> None:
        self._publish(week, self.clock(), fire)

    def next_runs(self, now: datetime | None = None) -> list[tuple[str, datetime]]:
        """Every job's next fire time after ``now``, soonest first."""
        moment = (now or self.clock()).astimezone(self.schedule.timezone)
        runs = [("weekly digest", self.digest_trigger.get_next_fire_time(None, moment))]
        for job in self.crawls:
            trigger = CronTrigger(**job.cron, timezone=self.schedule.timezone)
            arguments = " ".join(f"-a {key}={value}" for key, value in job.arguments.items())
            runs.append(
                (
                    f"crawl {job.name}: scrapy crawl {job.spider} {arguments}".rstrip(),
                    trigger.get_next_fire_time(None, moment),
                )
            )
        return sorted(((name, when) for name, when in runs if when is not None), key=lambda run: run[1])

    def _stop_on_signal(self, read_fd: int, started: threading.Event) -> None:
        # The signal handler only writes to a pipe: anything that takes a
        # lock in a handler can deadlock the main thread it interrupts.
        os.read(read_fd, 1)
        started.wait()
        logger.info("Shutting down the scheduler")
        self.scheduler.request_stop()

    def run(self) -> None:
        """Run in the foreground until SIGTERM or SIGINT."""
        read_fd, write_fd = os.pipe()
        started = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: os.write(write_fd, b"."))
        self.scheduler.add_listener(lambda event: started.set(), EVENT_SCHEDULER_STARTED)
        threading.Thread(target=self._stop_on_signal, args=(read_fd, started), daemon=True).start()
        self.add_jobs()
        self.scheduler.add_job(self.catch_up, "date", id="digest-catch-up", name="digest catch-up", executor="digest")
        for name, when in self.next_runs():
            logger.info("Next %s at %s", name, when.isoformat())
        try:
            self.scheduler.start()
        finally:
            self.runner.stop_all()
            logger.info("Scheduler stopped")
