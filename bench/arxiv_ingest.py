"""How fast a crawl turns arXiv API pages into archive rows, and at what memory.

Builds a synthetic page of N entries from the saved new-layout fixture (each
entry given a fresh arXiv id), then times three stages separately: the
spider's feedparser parse, the normalise pipeline, and the store into a
temporary archive (one transaction per item, as in a crawl).

    .venv/bin/python bench/arxiv_ingest.py [N]
"""

from __future__ import annotations

import re
import resource
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrapy.http import Request, XmlResponse  # noqa: E402

from archive import Archive  # noqa: E402
from common.items import WatchItem  # noqa: E402
from crawler.spiders.arxiv import ArxivQuery, ArxivSpider  # noqa: E402
from pipelines.normalise import NormalisePipeline  # noqa: E402
from tests.conftest import FIXTURES, project_crawler  # noqa: E402


def synthetic_page(entries: int) -> bytes:
    text = (FIXTURES / "arxiv/new_layout_start0.xml").read_text(encoding="utf-8")
    head, _, rest = text.partition("  <entry>")
    entry = "  <entry>" + rest.split("  </entry>")[0] + "  </entry>\n"
    copies = [re.sub(r"2410\.07563", f"2611.{number:05d}", entry) for number in range(entries)]
    return (head + "".join(copies) + "</feed>\n").encode("utf-8")


def main(entries: int) -> None:
    body = synthetic_page(entries)
    crawler = project_crawler(ArxivSpider, {"BACKFILL_AGE_DAYS": 0})
    crawler.spider = ArxivSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    request = Request(
        "https://export.arxiv.org/api/query",
        meta={"query": ArxivQuery("bench", "x"), "cutoff": "1990-01-01T00:00:00Z", "start": 0},
    )
    response = XmlResponse(url=request.url, body=body, request=request)

    started = time.perf_counter()
    items = [result for result in crawler.spider.parse(response) if isinstance(result, WatchItem)]
    parsed = time.perf_counter()
    normalise = NormalisePipeline.from_crawler(crawler)
    items = [normalise.process_item(item) for item in items]
    normalised = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, Archive(Path(folder) / "bench.db") as archive:
        for item in items:
            archive.store_item(asdict(item))
        stored = time.perf_counter()
        for item in items:
            archive.store_item(asdict(item))
        restored = time.perf_counter()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"entries                {len(items)} ({len(body) / 1e6:.1f} MB of Atom)")
    print(f"parse (feedparser)     {len(items) / (parsed - started):8.0f} items/s")
    print(f"normalise              {len(items) / (normalised - parsed):8.0f} items/s")
    print(f"store, new             {len(items) / (stored - normalised):8.0f} items/s")
    print(f"store, unchanged       {len(items) / (restored - stored):8.0f} items/s")
    print(f"peak memory            {peak_mb:8.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
