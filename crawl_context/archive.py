"""The archive as a crawl sees it: one connection per crawl process.

The store pipeline and the crawl-run recorder share it, so a crawl has
exactly one writer; it is closed when the engine stops.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from archive.db import DEFAULT_BUSY_TIMEOUT, Archive, resolve_archive_path


def crawl_archive(crawler: Crawler) -> Archive:
    """The crawl's archive, opened on first use at ``ARCHIVE_PATH``."""
    archive = getattr(crawler, "_jpllm_archive", None)
    if archive is None:
        archive = Archive(
            resolve_archive_path(crawler.settings.get("ARCHIVE_PATH")),
            busy_timeout=crawler.settings.getfloat("ARCHIVE_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT),
        )
        # One archive per crawl, kept on its Crawler (getattr above reads it back).
        crawler._jpllm_archive = archive  # type: ignore[attr-defined]
        crawler.signals.connect(archive.close, signal=signals.engine_stopped)
    return archive
