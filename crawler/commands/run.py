"""`scrapy run`: the real job once: crawl every spider, summarise, preview the digest."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import sqlite_utils
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from archive import Archive, resolve_archive_path
from archive.summary import format_summary, summarise
from common.times import utc_now
from crawler.command_base import ProjectCommand
from crawler.crawl_process import PROJECT_ROOT, crawl_command, project_spiders
from crawler.scheduler.scheduler import CrawlJob, CrawlRunner


def sources_that_worked(db: sqlite_utils.Database, since: str) -> tuple[int, list[str]]:
    """How many sources crawled since ``since`` got an answer, and the crawls with none.

    A source worked when it found items, was unchanged (304), or made
    requests without an error; a crawl that died records no source at all.
    """
    worked = db.execute(
        """
        SELECT count(*) FROM source_runs JOIN crawl_runs ON crawl_runs.id = source_runs.crawl_run_id
        WHERE crawl_runs.started_at >= ?
          AND (source_runs.items_found > 0 OR source_runs.not_modified > 0
               OR (source_runs.requests > 0 AND source_runs.parse_errors = 0))
        """,
        [since],
    ).fetchone()[0]
    failed = [
        f"{spider} ({reason})"
        for spider, reason in db.execute(
            "SELECT spider, finish_reason FROM crawl_runs WHERE started_at >= ? ORDER BY id", [since]
        ).fetchall()
    ]
    return worked, failed


def command_line_settings(settings: BaseSettings) -> dict[str, object]:
    """The ``-s NAME=VALUE`` given to ``scrapy run``, passed on to each crawl."""
    cmdline = SETTINGS_PRIORITIES["cmdline"]
    return {name: settings[name] for name in settings if settings.getpriority(name) == cmdline}


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Crawl every enabled source once into the archive, then print the summary and the digest preview"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--spider",
            action="append",
            default=[],
            help="crawl only this spider (repeatable; default: all of `scrapy list`)",
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=3600,
            help="seconds before a crawl is stopped and recorded as timed out (default 3600)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy run takes no arguments")
        if opts.timeout <= 0:
            raise UsageError("--timeout must be above 0 seconds")
        known = project_spiders(self.settings)
        if unknown := sorted(set(opts.spider) - set(known)):
            raise UsageError(f"--spider: no spider named {', '.join(unknown)}; the project has {', '.join(known)}")
        archive_path = resolve_archive_path(self.settings.get("ARCHIVE_PATH"))
        Archive(archive_path).close()
        started = utc_now()
        # The scheduler's runner: a crawl past its timeout gets SIGTERM (Scrapy
        # closes the spider and records its run), and one that dies anyway is
        # recorded as failed, so source health sees every run.
        overrides = command_line_settings(self.settings)
        runner = CrawlRunner(archive_path, command=lambda job: crawl_command(job.spider, settings=overrides))
        outcomes = []
        for spider in opts.spider or known:
            job = CrawlJob(name=spider, spider=spider, cron={}, timeout_minutes=opts.timeout / 60)
            result = runner.run(job)
            outcome = (
                "ok"
                if result.outcome == "finished"
                else (
                    f"stopped after {opts.timeout:.0f} s"
                    if result.outcome == "timeout"
                    else f"exit {result.returncode}"
                )
            )
            outcomes.append(f"  scrapy crawl {spider}: {outcome}")
            if outcome != "ok":
                self.exitcode = 1
        db = sqlite_utils.Database(archive_path)
        worked, crawls = sources_that_worked(db, started)
        if not worked:
            print(
                f"Every crawl failed: no source could be read ({', '.join(crawls) or 'no crawl recorded'}). "
                "Is the network reachable? The errors are in `scrapy health` and the crawl logs."
            )
            self.exitcode = 1
        print("\n".join(outcomes))
        print(format_summary(summarise(db), archive_path))
        digest = subprocess.run([sys.executable, "-m", "scrapy", "digest"], cwd=PROJECT_ROOT, env=dict(os.environ))
        if digest.returncode != 0:
            self.exitcode = 1
