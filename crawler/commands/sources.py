"""`scrapy sources check [NAME...]`: look at each registry source once, as the crawl would."""

from __future__ import annotations

import argparse
import json

from scrapy.exceptions import UsageError

from crawler.command_base import ProjectCommand
from crawler.source_check import SourceCheck, SourceChecker
from crawler.sources import RegistryError, Source, load_registry, resolve_sources_file

SUBCOMMANDS = ("check",)
TITLE_WIDTH = 60


def format_checks(checks: list[SourceCheck]) -> str:
    """The checks as text: one block per source, then a count of verdicts."""
    blocks = []
    for check in checks:
        lines = [f"{check.source}: {check.verdict}" + ("" if check.enabled else " (off by default)")]
        fetched = f"HTTP {check.status}" if check.status is not None else "not fetched"
        lines.append(f"  url       {check.url} ({fetched})")
        if check.redirects:
            hops = len(check.redirects)
            lines.append(f"  moved to  {check.final_url} ({hops} redirect{'s' if hops > 1 else ''})")
        lines.append(f"  robots    {check.robots or '-'}")
        if check.format:
            newest = f", newest {check.newest[:10]}" if check.newest else ", no dates"
            lines.append(f"  format    {check.format}, {check.entries} entries{newest if check.entries else ''}")
        if check.selector_hits:
            hits = ", ".join(f"{name} {count}" for name, count in check.selector_hits.items())
            lines.append(f"  selectors {hits}; generic reader {check.generic_entries}")
        if check.advertised_feeds:
            lines.append(f"  feeds     {', '.join(check.advertised_feeds)}")
        for title in check.samples:
            lines.append(f"  sample    {_short(title)}")
        if check.reason:
            lines.append(f"  why       {check.reason}")
        blocks.append("\n".join(lines))
    counts: dict[str, int] = {}
    for check in checks:
        counts[check.verdict] = counts.get(check.verdict, 0) + 1
    summary = ", ".join(f"{count} {verdict}" for verdict, count in counts.items())
    failing = [check.source for check in checks if check.enabled and check.yields_nothing]
    tail = f"{len(checks)} sources checked: {summary}"
    if failing:
        tail += f"\nEnabled sources that yield nothing: {', '.join(failing)}"
    return "\n\n".join([*blocks, tail])


def _short(text: str) -> str:
    return text if len(text) <= TITLE_WIDTH else text[: TITLE_WIDTH - 1] + "…"


class Command(ProjectCommand):
    def syntax(self) -> str:
        return "check [NAME ...] [--json]"

    def short_desc(self) -> str:
        return "Check registry sources once each (status, robots.txt, entries, selectors, feeds, verdict)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print JSON instead of text")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args or args[0] not in SUBCOMMANDS:
            raise UsageError("give a subcommand: scrapy sources check [NAME ...]")
        settings = self.settings
        assert settings is not None
        chosen = self._sources(args[1:], settings)
        checker = SourceChecker(settings.get("USER_AGENT"), settings.get("SOURCES_BASE_URL", ""))
        checks = checker.check_all(chosen)
        if opts.json:
            print(
                json.dumps(
                    [check.as_dict() | {"yields_nothing": check.yields_nothing} for check in checks],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            print(format_checks(checks))
        if any(check.enabled and check.yields_nothing for check in checks):
            self.exitcode = 1

    @staticmethod
    def _sources(names: list[str], settings) -> list[Source]:
        """The named sources (off-by-default ones too), else every enabled one."""
        path = resolve_sources_file(settings.get("SOURCES_FILE"), settings.get("DATA_DIR"))
        try:
            registry = load_registry(path)
        except RegistryError as error:
            raise UsageError(str(error)) from None
        by_name = {source.name: source for source in registry}
        unknown = [name for name in names if name not in by_name]
        if unknown:
            raise UsageError(f"unknown sources: {', '.join(unknown)}; the registry has {', '.join(sorted(by_name))}")
        chosen = [by_name[name] for name in names] if names else [source for source in registry if source.enabled]
        if any(source.needs_base_url for source in chosen) and not settings.get("SOURCES_BASE_URL"):
            raise UsageError("the registry uses {base_url}: set SOURCES_BASE_URL (-s SOURCES_BASE_URL=http://...)")
        return chosen
