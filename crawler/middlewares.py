"""Downloader middlewares of the project."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.stats import count, source_key


class SourceStatsMiddleware:
    """Counts requests and response statuses per source (``request.meta["source"]``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceStatsMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        source = request.meta.get("source")
        if source:
            count(self.stats, source, "requests")

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        source = request.meta.get("source")
        if source:
            self.stats.inc_value(source_key(source, f"status/{response.status}"))
        return response
