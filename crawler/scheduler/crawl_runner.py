"""The crawl runner: each crawl is its own ``scrapy crawl`` process, stopped after its timeout.

Twisted's reactor cannot restart inside one process, so every crawl is a
subprocess. Runs of the same spider never overlap: a run due while the
spider is busy waits for it. A crawl that crashes or hangs is recorded in
``crawl_runs`` (when the crawl could not record itself).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from archive.db import Archive
from common.times import format_utc
from crawler.crawl_process import PROJECT_ROOT, crawl_command
from crawler.scheduler.schedule_config import CrawlJob

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_clock() -> datetime:
    return datetime.now(UTC)


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

    @property
    def running(self) -> int:
        """How many crawl processes are running now."""
        with self._guard:
            return len(self._running)

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
        # _stop waits at most the grace and then 10 s after SIGKILL; a stop
        # that still has not returned by then is logged, not waited for.
        deadline = time.monotonic() + self.stop_grace_seconds + 15.0
        for thread in threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        stuck = sum(thread.is_alive() for thread in threads)
        if stuck:
            logger.error(
                "%d crawl process(es) did not stop within %.0f s of SIGTERM", stuck, self.stop_grace_seconds + 15
            )

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
