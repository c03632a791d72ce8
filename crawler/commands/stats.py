"""`scrapy stats`: what the archive holds, by kind and period, funding, organisations, sources."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scrapy.exceptions import UsageError

from archive.stats import PERIODS, archive_stats, format_stats, japanese_funding_by_quarter
from crawler.command_base import ProjectCommand, open_existing_archive
from crawler.commands.search import output_to_pipe
from schedules.chart import draw_quarterly_yen_chart


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Show the archive's figures: items by kind and period, funding by quarter, organisations, sources"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--by",
            choices=PERIODS,
            default="week",
            help="count items by week, month or quarter of their date (default: week)",
        )
        parser.add_argument(
            "--last",
            type=int,
            default=0,
            metavar="N",
            help="count only the latest N periods that have items (default: all)",
        )
        parser.add_argument(
            "--top", type=int, default=10, metavar="N", help="how many organisations to list (default: 10)"
        )
        parser.add_argument(
            "--format", choices=("table", "json"), default="table", help="output format (default: table)"
        )
        parser.add_argument(
            "--chart",
            metavar="PATH",
            help="also draw yen raised per quarter by Japanese generative-AI companies as a PNG at PATH",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy stats takes no arguments")
        if opts.top < 1:
            raise UsageError("--top must be 1 or more", print_help=False)
        if opts.last < 0:
            raise UsageError("--last must be 0 (all) or more", print_help=False)
        if opts.chart and not opts.chart.lower().endswith(".png"):
            raise UsageError(f"--chart writes a PNG: give a path ending in .png, not {opts.chart!r}", print_help=False)
        archive = open_existing_archive(self.settings.get("ARCHIVE_PATH"))
        try:
            stats = archive_stats(archive.db, by=opts.by, top=opts.top, last=opts.last)
            quarters = japanese_funding_by_quarter(archive.db) if opts.chart else []
        finally:
            archive.close()
        if opts.chart:
            try:
                draw_quarterly_yen_chart(quarters, Path(opts.chart))
            except OSError as error:
                print(
                    f"scrapy stats: cannot write the chart to {opts.chart}: {error.strerror or error}", file=sys.stderr
                )
                self.exitcode = 1
                return
            print(
                f"Chart of yen raised per quarter ({len(quarters)} quarters) written to {opts.chart}", file=sys.stderr
            )
        with output_to_pipe():
            if opts.format == "json":
                json.dump(stats.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
                print()
            else:
                print(format_stats(stats))
