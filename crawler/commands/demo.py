"""`scrapy demo`: the main job, offline, over bundled sample responses."""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path

import sqlite_utils
from scrapy.exceptions import UsageError

from archive import Archive
from archive.summary import format_summary, summarise
from crawler.command_base import ProjectCommand
from crawler.crawl_process import PROJECT_ROOT, project_spiders, run_crawl, scrapy_command
from crawler.demo.clock import demo_time
from crawler.demo.server import SampleServer

SAMPLES = PROJECT_ROOT / "crawler" / "demo" / "samples"
DEMO_SOURCES = PROJECT_ROOT / "crawler" / "demo" / "sources.toml"
# The sample responses are dated; the demo keeps all of them however old,
# and none is held back from the digest as backfill. Its crawls run at a
# fixed moment (crawler/demo/clock.py), so its archive is the same any day.
DEMO_SETTINGS = {
    "ARXIV_FIRST_RUN_DAYS": 36500,
    "FIRST_CRAWL_MAX_AGE_DAYS": 36500,
    "BACKFILL_AGE_DAYS": 0,
    "ARXIV_DOWNLOAD_DELAY": 0,
    "HF_DOWNLOAD_DELAY": 0,
    "HF_FIRST_RUN_DAYS": 36500,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    # One request at a time: responses arrive in the same order every run, so
    # the same copy of a story is stored first and the README's output holds.
    "CONCURRENT_REQUESTS": 1,
    "LOG_LEVEL": "WARNING",
}


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Run the main job offline: crawl bundled samples from 127.0.0.1, store, summarise, preview the digest"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--archive",
            default="data/demo/archive.db",
            help="the demo's own archive, started afresh each run (default: data/demo/archive.db)",
        )
        parser.add_argument("--keep", action="store_true", help="keep the demo archive of the previous run")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy demo takes no arguments")
        archive_path = Path(opts.archive)
        if not opts.keep:
            for leftover in archive_path.parent.glob(archive_path.name + "*"):
                leftover.unlink()
        Archive(archive_path).close()
        started = time.monotonic()
        with SampleServer(SAMPLES) as server:
            print(f"Serving the bundled sample responses at {server.url}")
            environment = {
                **environment_without_slack(),
                # The crawls run in the project folder, whatever the user's.
                "JPLLM_ARCHIVE": os.path.relpath(archive_path.resolve(), PROJECT_ROOT),
                "JPLLM_ARXIV_API_URL": f"{server.url}/arxiv/api/query",
                "JPLLM_HF_ENDPOINT": f"{server.url}/huggingface",
                "JPLLM_SOURCES_FILE": str(DEMO_SOURCES),
                "DIGEST_OUTPUT_DIR": os.path.relpath(archive_path.parent.resolve() / "digests", PROJECT_ROOT),
            }
            settings = {**DEMO_SETTINGS, "SOURCES_BASE_URL": server.url}
            for step, spider in enumerate(project_spiders(self.settings)):
                result = run_crawl(
                    spider, settings=settings, environment=environment, timeout=300, clock=demo_time(step * 120)
                )
                print(f"  scrapy crawl {spider}: {'ok' if result.returncode == 0 else f'exit {result.returncode}'}")
                if result.returncode != 0:
                    self.exitcode = 1
        db = sqlite_utils.Database(archive_path)
        requests, unchanged = not_modified_share(db, len(project_spiders(self.settings)))
        print(f"  feed requests answered 304 (unchanged since the last run): {unchanged} of {requests}")
        print(format_summary(summarise(db), archive_path))
        digest = subprocess.run(
            scrapy_command("digest", "--week", "latest", clock=demo_time(20 * 60)),
            cwd=PROJECT_ROOT,
            env=environment,
        )
        if digest.returncode != 0:
            self.exitcode = 1
        print(f"\nDemo finished in {time.monotonic() - started:.1f} s.")


# The spiders that read feeds, listings and arXiv pages, which are revalidated
# with conditional GETs; the Hub spider asks an API about each repository.
FEED_SPIDERS = ("arxiv", "press", "funding")


def not_modified_share(db: sqlite_utils.Database, crawls: int) -> tuple[int, int]:
    """Requests and 304 answers of the feed spiders among the last ``crawls`` crawls."""
    marks = ", ".join("?" for _ in FEED_SPIDERS)
    row = db.execute(
        "SELECT coalesce(sum(requests), 0), coalesce(sum(not_modified), 0) FROM source_runs"
        " WHERE crawl_run_id IN (SELECT id FROM (SELECT id, spider FROM crawl_runs ORDER BY id DESC LIMIT ?)"
        f" WHERE spider IN ({marks}))",
        [crawls, *FEED_SPIDERS],
    ).fetchone()
    return int(row[0]), int(row[1])


def environment_without_slack() -> dict[str, str]:
    """The demo never posts to Slack, nor sends a Hub token to its sample server, whatever the environment says."""
    return {name: value for name, value in os.environ.items() if not name.startswith("SLACK_") and name != "HF_TOKEN"}
