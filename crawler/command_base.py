"""What the project's own `scrapy` commands share.

It lives outside ``crawler.commands`` because Scrapy makes every
ScrapyCommand class found in that package a command.
"""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from archive import Archive, ArchiveError, parse_utc, resolve_archive_path
from crawler.spiders._arguments import SpiderArgumentError


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


def spider_argument_mistake(spider_loader, spider: str, arguments: dict[str, str], settings) -> str | None:
    """What is wrong with ``scrapy crawl SPIDER -a ...``, in one line, or None.

    Checked before the crawler starts: a user's mistake is not a crawl
    failure, so it must never become a ``crawl_runs`` row or touch source health.
    """
    try:
        spider_class = spider_loader.load(spider)
    except KeyError:
        return f"no spider named {spider!r}; the project has {', '.join(sorted(spider_loader.list()))}"
    check = getattr(spider_class, "check_arguments", None)
    if check is None:
        return None
    try:
        check(settings, dict(arguments))
    except SpiderArgumentError as error:
        return str(error)
    return None
