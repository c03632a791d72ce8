"""What the project's own `scrapy` commands share.

It lives outside ``crawler.commands`` because Scrapy makes every
ScrapyCommand class found in that package a command.
"""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from archive import Archive, ArchiveError, parse_utc, resolve_archive_path


class ProjectCommand(ScrapyCommand):
    """A command of this project: it works on the archive and starts no crawl in its own process."""

    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options]"


def moment_option(value: str | None) -> datetime:
    """The time an ``--at`` option names (ISO 8601, UTC when no zone), or now."""
    if not value:
        return datetime.now(UTC)
    try:
        return parse_utc(value)
    except ValueError as error:
        raise UsageError(f"--at: {error}") from error


def open_existing_archive(settings_path: str | None) -> Archive:
    """The archive, which must exist already: a query never creates an empty one."""
    path = resolve_archive_path(settings_path)
    if not path.exists():
        raise UsageError(
            f"no archive at {path}; crawl first (scrapy run, or scrapy demo for the sample archive) "
            "or point JPLLM_ARCHIVE at one"
        )
    try:
        return Archive(path)
    except ArchiveError as error:
        raise UsageError(str(error)) from error
