"""Small archives with known contents for the search, stats, views and Datasette tests."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from scrapy.commands import ScrapyCommand
from scrapy.settings import Settings

from archive import Archive
from crawler import settings as project_settings

FIXTURE = Path(__file__).parent / "fixtures" / "search" / "archive.json"
NOW = "2026-11-28T00:00:00Z"
PROJECT_ROOT = Path(__file__).parent.parent
SCRAPY = str(Path(sys.executable).parent / "scrapy")


def write_known_archive(path: Path) -> Path:
    """An archive holding the eight items of ``fixtures/search/archive.json``."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    with Archive(path) as archive:
        for entry in data["items"]:
            store(
                archive, entry["item"], entry["first_seen_at"], entry["organisations"], entry.get("funding_rounds", [])
            )
        for crawl in data["crawl_runs"]:
            archive.record_crawl_run(crawl["run"], crawl["sources"])
    return path


def store(
    archive: Archive,
    item: dict[str, Any],
    first_seen_at: str,
    organisations: list[dict[str, Any]] | None = None,
    funding_rounds: list[dict[str, Any]] | None = None,
) -> None:
    """Store one item as the crawl would, first seen at a given time."""
    archive.store_item(item, now=first_seen_at)
    archive.replace_entities(
        item["id"], organisations or [], funding_rounds or [], announced_at=item.get("published_at")
    )


def scrapy(archive: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a project command on an archive as a user would, without colour."""
    environment = {**os.environ, "JPLLM_ARCHIVE": str(archive), "NO_COLOR": "1"}
    return subprocess.run(
        [SCRAPY, *args], cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=60
    )


def run_in_process(command_class: type[ScrapyCommand], argv: list[str]) -> None:
    """Run a project command in this process, with the project's settings; JPLLM_ARCHIVE picks the archive."""
    command = command_class()
    command.settings = Settings(
        {name: getattr(project_settings, name) for name in dir(project_settings) if name.isupper()}
    )
    parser = argparse.ArgumentParser()
    command.add_options(parser)
    options, args = parser.parse_known_args(argv)
    command.run(args, options)
