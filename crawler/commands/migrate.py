"""`scrapy migrate`: bring an archive written by an older jpllm-watch up to this version's schema.

Commands that only read (search, stats, digest, health, alerts --dry-run)
never write, so they do not migrate; they refuse an older archive and name
this command. Every crawl migrates on its own as well.
"""

from __future__ import annotations

import argparse

from scrapy.exceptions import UsageError

from archive.schema import MIGRATIONS
from crawler.command_base import ProjectCommand, open_existing_archive, open_existing_archive_for_writing


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Upgrade an archive written by an older jpllm-watch to this version's schema"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy migrate takes no arguments", print_help=False)
        reader = open_existing_archive(self.settings.get("ARCHIVE_PATH"), current=False)
        try:
            before = reader.db.execute("PRAGMA user_version").fetchone()[0]
        finally:
            reader.close()
        if before >= len(MIGRATIONS):
            print(f"Archive {reader.path} is up to date (schema version {before}).")
            return
        open_existing_archive_for_writing(self.settings.get("ARCHIVE_PATH")).close()
        print(f"Archive {reader.path} upgraded from schema version {before} to {len(MIGRATIONS)}.")
