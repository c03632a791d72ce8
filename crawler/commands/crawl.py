"""`scrapy crawl`: Scrapy's command, with an exit code that says whether anything was lost.

Scrapy's own command exits 0 whenever the crawl started, however it ended.
This one exits 0 only when the crawl ended with an expected finish reason
(``CRAWL_EXPECTED_FINISH_REASONS``) and its ``crawl_runs`` row was written;
a crawl that stopped because the archive refused a write
(``archive_write_failed``), hit too many errors, or was shut down exits 1
with one line saying why. A mistake in the command line exits 2.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from archive import Archive, ArchiveError, resolve_archive_path
from archive.db import DEFAULT_BUSY_TIMEOUT
from archive.health import HealthOptions
from crawler.command_base import spider_argument_mistake

# Exit codes: 0 the crawl is complete and recorded, 1 it failed or lost
# something, 2 the command line is wrong (Scrapy's UsageError).
CRAWL_OK = 0
CRAWL_FAILED = 1


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider by name; exit 1 if the crawl failed or lost anything"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        # Before the crawler process exists, so a user's mistake is one line
        # (no start-up log), exit 2, and never a crawl run or a health effect.
        if len(args) != 1:
            print("scrapy crawl: error: give the name of one spider (see `scrapy list`)", file=sys.stderr)
            sys.exit(2)
        assert self.settings is not None
        mistake = spider_argument_mistake(get_spider_loader(self.settings), args[0], opts.spargs, self.settings)
        if mistake:
            print(f"scrapy crawl {args[0]}: {mistake}", file=sys.stderr)
            sys.exit(2)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) < 1:
            raise UsageError("scrapy crawl needs the name of a spider (see `scrapy list`)", print_help=False)
        if len(args) > 1:
            raise UsageError("scrapy crawl runs one spider at a time", print_help=False)
        assert self.crawler_process is not None
        assert self.settings is not None
        try:
            spider_class = self.crawler_process.spider_loader.load(args[0])
        except KeyError:
            raise UsageError(f"no spider named {args[0]!r} (see `scrapy list`)", print_help=False) from None
        validate_arguments(spider_class, opts.spargs, self.settings)
        problem = archive_problem(self.settings)
        if problem:
            self._fail(f"scrapy crawl {args[0]}: {problem}")
            return
        crawler = self._create_crawler(spider_class)
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = CRAWL_FAILED
            return
        problem = crawl_problem(crawler)
        if problem:
            self._fail(f"scrapy crawl {args[0]}: {problem}")

    def _fail(self, message: str) -> None:
        print(message, file=sys.stderr)
        self.exitcode = CRAWL_FAILED


def validate_arguments(spider_class: type, arguments: dict[str, str], settings) -> None:
    """Let the spider refuse wrong ``-a`` arguments before anything starts.

    A spider may define a classmethod ``validate_arguments(arguments,
    settings)`` that raises ``ValueError`` with one line for the user.
    """
    validate = getattr(spider_class, "validate_arguments", None)
    if validate is None:
        return
    try:
        validate(arguments, settings)
    except ValueError as error:
        raise UsageError(str(error), print_help=False) from error


def archive_problem(settings) -> str:
    """Why the archive cannot be opened for this crawl, or ''."""
    path = resolve_archive_path(settings.get("ARCHIVE_PATH"))
    try:
        Archive(path, busy_timeout=settings.getfloat("ARCHIVE_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT)).close()
    except (ArchiveError, OSError) as error:
        return f"nothing crawled: {error} (is the archive or its folder read-only, or the disk full?)"
    return ""


def crawl_problem(crawler: Crawler) -> str:
    """What went wrong with a finished crawl, in one line, or '' if it is complete and recorded."""
    stats = crawler.stats.get_stats()
    reason = stats.get("finish_reason") or "unknown"
    expected = HealthOptions.from_settings(crawler.settings).expected_finish_reasons
    problems = []
    if reason not in expected:
        detail = stats.get("archive/write_error")
        not_stored = stats.get("archive/items_not_stored", 0)
        if detail:
            problems.append(f"crawl failed ({reason}): {detail}; {not_stored} items not stored")
        else:
            problems.append(f"crawl ended with {reason!r}, not a clean finish")
        problems.append("feed validators were not saved, so the next crawl reads every feed again")
    not_recorded = stats.get("archive/crawl_run_not_recorded")
    if not_recorded:
        problems.append(f"its crawl run was not recorded: {not_recorded}")
    return "; ".join(problems)
