"""Expected network failures logged in one line, without a traceback.

Scrapy's robots.txt middleware logs a robots.txt it could not download with
the whole exception chain. With no network that is two tracebacks per host
for something the crawl already reports as the source's error
(``Source NAME: URL: reason``); the message keeps the reason.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler

ROBOTS_LOGGER = "scrapy.downloadermiddlewares.robotstxt"


class NoTraceback(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True


class QuietRobotsErrors:
    """An extension that only installs the filter, for the crawl's lifetime."""

    def __init__(self) -> None:
        self.filter = NoTraceback()
        logging.getLogger(ROBOTS_LOGGER).addFilter(self.filter)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietRobotsErrors:
        return cls()
