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

The schedule file becomes jobs in ``crawler/scheduler/schedule_config.py``; crawls
run in ``crawler/scheduler/crawl_runner.py``; this module holds the digest job and
the APScheduler loop, through APScheduler's public API only.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from apscheduler.events import EVENT_SCHEDULER_STARTED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from archive.db import Archive
from archive.digest_store import load_record
from common.weeks import previous_week
from crawler.scheduler.crawl_runner import Clock, CrawlResult, CrawlRunner, utc_clock
from crawler.scheduler.schedule_config import (
    CrawlJob,
    DigestSchedule,
    RegistrySchedule,
    Schedule,
    ScheduleError,
    interval_cron,
    load_schedule,
    parse_schedule,
    registry_crawls,
)
from schedules.publish import MARKDOWN_DESTINATION, DigestOptions, publish_to_file, send_digest
from schedules.slack import SlackDelivery

# The configuration and the crawl runner live in their own modules; these
# names stay importable from here for the commands that use them.
__all__ = [
    "CrawlJob",
    "CrawlResult",
    "CrawlRunner",
    "DigestPublisher",
    "DigestSchedule",
    "RegistrySchedule",
    "Schedule",
    "ScheduleError",
    "WatchScheduler",
    "interval_cron",
    "load_schedule",
    "parse_schedule",
    "registry_crawls",
]

logger = logging.getLogger(__name__)


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
        if outcome.chart_error and outcome.status in ("sent", "already-sent"):
            # The text digest is sent and recorded; only the picture is missing, and trying the digest
            # again would not upload it: reported, not retried.
            logger.error(
                "Digest of %s sent to %s (%d messages), but its chart was not uploaded: %s",
                week,
                outcome.destination,
                outcome.parts_sent,
                outcome.chart_error,
            )
            return True
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
        self.scheduler = BlockingScheduler(
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

    def stop(self) -> None:
        """Stop the scheduler from another thread, between two rounds of its loop.

        A bare ``shutdown()`` from another thread can land while the loop is
        handing out due jobs, which then fails (``JobLookupError`` on a
        one-off job). Pausing first makes further rounds do nothing;
        ``remove_all_jobs`` waits for the round in progress and leaves the
        last round after ``shutdown`` nothing to hand out. Running jobs go on;
        ``run`` stops the crawls among them.
        """
        self.scheduler.pause()
        self.scheduler.remove_all_jobs()
        self.scheduler.shutdown(wait=False)

    def _stop_on_signal(self, read_fd: int, started: threading.Event) -> None:
        # The signal handler only writes to a pipe: anything that takes a
        # lock in a handler can deadlock the main thread it interrupts.
        os.read(read_fd, 1)
        started.wait()
        logger.info("Shutting down the scheduler")
        self.stop()

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
