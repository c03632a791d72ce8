"""`scrapy stats`: what the archive holds, by kind and period, funding, organisations, sources."""

from __future__ import annotations

import argparse
import json
import sys

from scrapy.exceptions import UsageError

from archive.stats import PERIODS, archive_stats, format_stats
from crawler.command_base import ProjectCommand, open_existing_archive
from crawler.commands.search import output_to_pipe


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Show the archive's figures: items by kind and period, funding by quarter, organisations, sources"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--by", choices=PERIODS, default="week",
                            help="count items by week, month or quarter of their date (default: week)")
        parser.add_argument("--last", type=int, default=0, metavar="N",
                            help="count only the latest N periods that have items (default: all)")
        parser.add_argument("--top", type=int, default=10, metavar="N",
                            help="how many organisations to list (default: 10)")
        parser.add_argument("--format", choices=("table", "json"), default="table",
                            help="output format (default: table)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy stats takes no arguments")
        if opts.top < 1:
            raise UsageError("--top must be 1 or more", print_help=False)
        if opts.last < 0:
            raise UsageError("--last must be 0 (all) or more", print_help=False)
        archive = open_existing_archive(self.settings.get("ARCHIVE_PATH"))
        try:
            stats = archive_stats(archive.db, by=opts.by, top=opts.top, last=opts.last)
        finally:
            archive.close()
        with output_to_pipe():
            if opts.format == "json":
                json.dump(stats.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
                print()
            else:
                print(format_stats(stats))
