"""`scrapy run`: the real job once: crawl every spider, summarise, preview the digest."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import sqlite_utils
from scrapy.exceptions import UsageError

from archive import Archive, resolve_archive_path
from archive.summary import format_summary, summarise
from crawler.command_base import ProjectCommand
from crawler.crawl_process import PROJECT_ROOT, project_spiders, run_crawl


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Crawl every enabled source once into the archive, then print the summary and the digest preview"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--spider", action="append", default=[],
                            help="crawl only this spider (repeatable; default: all of `scrapy list`)")
        parser.add_argument("--timeout", type=float, default=3600, help="seconds before a crawl is stopped (default 3600)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy run takes no arguments")
        archive_path = resolve_archive_path(self.settings.get("ARCHIVE_PATH"))
        Archive(archive_path).close()
        for spider in opts.spider or project_spiders(self.settings):
            try:
                result = run_crawl(spider, timeout=opts.timeout)
                outcome = "ok" if result.returncode == 0 else f"exit {result.returncode}"
            except subprocess.TimeoutExpired:
                outcome = f"stopped after {opts.timeout:.0f} s"
            if outcome != "ok":
                self.exitcode = 1
            print(f"  scrapy crawl {spider}: {outcome}")
        print(format_summary(summarise(sqlite_utils.Database(archive_path)), archive_path))
        digest = subprocess.run([sys.executable, "-m", "scrapy", "digest"], cwd=PROJECT_ROOT, env=dict(os.environ))
        if digest.returncode != 0:
            self.exitcode = 1
