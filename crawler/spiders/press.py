"""Press releases and news from companies, labs, ministries and media.

scrapy crawl press                                  # every enabled press, policy and news source
scrapy crawl press -a source=meti-news,sakana-ai    # named sources (also ones off by default)
scrapy crawl press -a kind=policy                   # only the government sources
scrapy crawl press -a since=2026-10-01              # backfill from a date
scrapy crawl press -a url=https://example.jp/feed.xml -a kind=press
scrapy crawl press -a urls_file=feeds.txt           # one feed URL per line, file:// too
"""

from __future__ import annotations

from crawler.spiders._sources import SourcesSpider


class PressSpider(SourcesSpider):
    """The registry's press, policy and news sources."""

    name = "press"
    kinds = ("press", "policy", "news")
