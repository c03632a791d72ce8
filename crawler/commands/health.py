"""`scrapy health`: the status of every source, and why."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import asdict

from scrapy.exceptions import UsageError
from tabulate import tabulate

from archive.health import HealthOptions, SourceHealth, compute_source_health
from common.times import TOKYO, parse_utc
from crawler.command_base import ProjectCommand, moment_option, open_existing_archive
from crawler.sources import RegistryError, load_registry, resolve_sources_file

LAST_ERROR_WIDTH = 60
NEVER_CRAWLED_SHOWN = 8


def _tokyo(timestamp: str | None) -> str:
    return parse_utc(timestamp).astimezone(TOKYO).strftime("%Y-%m-%d %H:%M") if timestamp else "never"


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_health_table(results: list[SourceHealth], never_crawled: Sequence[str] = ()) -> str:
    """The health of every source as a plain-text table (times in JST)."""
    shown = ", ".join(never_crawled[:NEVER_CRAWLED_SHOWN])
    more = len(never_crawled) - NEVER_CRAWLED_SHOWN
    waiting = (
        f"{len(never_crawled)} enabled registry sources never crawled: {shown}"
        + (f" and {more} more" if more > 0 else "")
        if never_crawled
        else ""
    )
    if not results:
        return "\n".join(filter(None, ["No sources yet: the archive has no crawl runs and no items.", waiting]))
    rows = [
        [
            health.source,
            health.status,
            _tokyo(health.last_success),
            _tokyo(health.last_new_item),
            health.items_last_4_weeks,
            _short(health.last_error, LAST_ERROR_WIDTH) or "-",
        ]
        for health in results
    ]
    table = tabulate(
        rows,
        headers=["source", "status", "last success (JST)", "last new item (JST)", "items 4 wk", "last error"],
        tablefmt="simple",
    )
    notes = [f"{health.source}: {health.reason}" for health in results if health.status != "ok" and health.reason]
    notes += [waiting] if waiting else []
    return table + ("\n\n" + "\n".join(notes) if notes else "")


def registry_sources(settings) -> list[str]:
    """Names of the enabled sources of the registry (empty if it cannot be read)."""
    try:
        path = resolve_sources_file(settings.get("SOURCES_FILE"), settings.get("DATA_DIR"))
        return [source.name for source in load_registry(path) if source.enabled]
    except (OSError, RegistryError):
        return []


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Show every source's health: status, last success, last new item, items in 4 weeks, last error"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
        parser.add_argument(
            "--at",
            metavar="TIME",
            help="judge as of this time instead of now (ISO 8601, e.g. 2026-11-27 or 2026-11-27T09:00; "
            "Asia/Tokyo unless a zone is given)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy health takes no arguments")
        now = moment_option(opts.at)
        settings = self.settings
        assert settings is not None
        with open_existing_archive(settings.get("ARCHIVE_PATH")) as archive:
            results = compute_source_health(
                archive,
                now,
                **HealthOptions.from_settings(settings).as_arguments(),
            )
        known = {health.source for health in results}
        never_crawled = [name for name in registry_sources(settings) if name not in known]
        if opts.json:
            print(json.dumps([asdict(health) for health in results], ensure_ascii=False, indent=2))
        else:
            print(format_health_table(results, never_crawled))
