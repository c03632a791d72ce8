"""Funding news: startup media, PR TIMES filtered by funding words, news searches.

scrapy crawl funding                            # every enabled funding source
scrapy crawl funding -a source=thebridge
scrapy crawl funding -a since=2026-10-01        # backfill from a date
scrapy crawl funding -a urls_file=feeds.txt     # ad-hoc feeds, stored as funding items
"""

from __future__ import annotations

from crawler.spiders._sources import SourcesSpider


class FundingSpider(SourcesSpider):
    """The registry's funding sources."""

    name = "funding"
    kinds = ("funding",)
