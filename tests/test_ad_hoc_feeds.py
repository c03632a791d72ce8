"""Ad-hoc feeds (``-a url=`` / ``-a urls_file=``): any kind, the registry's rules, no delay for local files."""

from __future__ import annotations

import shutil
import time

import pytest
from scrapy import Request
from scrapy.http import XmlResponse

from crawler.commands.demo import DEMO_SETTINGS
from crawler.sources import Source
from crawler.spiders._registry import ad_hoc_source
from crawler.spiders.funding import FundingSpider
from crawler.spiders.press import PressSpider
from tests.conftest import project_crawler
from tests.sources_helpers import FEEDS, fixture_bytes, last_run_stats, query, run_spider

PRTIMES = Source(
    name="prtimes-genai",
    kind="press",
    format="rdf",
    urls=("https://prtimes.jp/index.rdf",),
    store_summary=False,
    download_delay=10,
)
METI = Source(
    name="meti-news",
    kind="policy",
    format="atom",
    urls=("https://www.meti.go.jp/a.xml",),
    encoding="utf-8",
    download_delay=10,
)


def test_an_ad_hoc_url_of_a_registry_site_keeps_that_site_s_rules():
    source = ad_hoc_source("https://prtimes.jp/companyrdf.php?company_id=93942", "press", [PRTIMES, METI])
    assert (source.name, source.store_summary, source.download_delay) == ("adhoc:prtimes.jp", False, 10)
    assert ad_hoc_source("https://meti.go.jp/other.xml", "policy", [PRTIMES, METI]).encoding == "utf-8"
    other = ad_hoc_source("https://example.jp/feed.xml", "press", [PRTIMES, METI])
    assert (other.store_summary, other.download_delay, other.encoding) == (True, None, "")


def test_the_shipped_registry_s_pr_times_rule_reaches_items_of_an_ad_hoc_pr_times_feed():
    crawler = project_crawler(PressSpider, DEMO_SETTINGS)
    spider = PressSpider.from_crawler(crawler, url="https://prtimes.jp/companyrdf.php?company_id=10628")
    crawler.spider = spider
    (request,) = spider._ad_hoc_requests()
    source = request.meta["registry_source"]
    assert source.store_summary is False
    response = XmlResponse(
        request.url,
        body=fixture_bytes("feeds/rdf_prtimes_abeja.rdf"),
        request=Request(request.url, meta={**request.meta, "cutoff": "2000-01-01T00:00:00Z"}),
    )
    items = list(spider.parse_feed(response))
    assert items
    assert all(item.store_summary is False for item in items)


@pytest.mark.parametrize("kind", ["paper", "press", "policy", "funding", "news"])
def test_ad_hoc_feeds_accept_every_kind_the_archive_knows(tmp_path, kind):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(fixture_bytes("feeds/atom_meti.xml"))
    crawler = project_crawler(PressSpider, DEMO_SETTINGS)
    spider = PressSpider.from_crawler(crawler, url=feed.as_uri(), kind=kind)
    crawler.spider = spider
    (request,) = spider._ad_hoc_requests()
    assert request.meta["registry_source"].kind == kind


def test_local_files_wait_for_no_politeness_delay(tmp_path):
    """With the shipped settings (DOWNLOAD_DELAY 5, AutoThrottle on) 8 local feeds once took 45 s."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(8):
        shutil.copy(FEEDS / "rss20_thebridge.xml", inbox / f"feed{number}.xml")
    urls_file = tmp_path / "feeds.txt"
    urls_file.write_text("".join(path.as_uri() + "\n" for path in sorted(inbox.iterdir())), encoding="utf-8")
    archive = tmp_path / "local.db"
    started = time.monotonic()
    result = run_spider(
        "funding",
        archive,
        arguments={"urls_file": str(urls_file), "since": "2000-01-01"},
        settings={"AUTOTHROTTLE_ENABLED": True, "DOWNLOAD_DELAY": 5},
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-3000:]
    stats = last_run_stats(archive)
    assert stats["source/adhoc:file/requests"] == 8
    assert stats["elapsed_time_seconds"] < 4, stats["elapsed_time_seconds"]
    assert elapsed < 30
    assert query(archive, "SELECT count(*) FROM items")[0][0] > 0


def test_a_paper_feed_by_hand_is_stored_as_papers(tmp_path):
    feed = tmp_path / "papers.xml"
    shutil.copy(FEEDS / "atom_meti.xml", feed)
    archive = tmp_path / "papers.db"
    result = run_spider("press", archive, arguments={"url": feed.as_uri(), "kind": "paper", "since": "2000-01-01"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert {row[0] for row in query(archive, "SELECT kind FROM items")} == {"paper"}


def test_funding_spider_builds_ad_hoc_requests_from_a_urls_file(tmp_path):
    urls_file = tmp_path / "feeds.txt"
    feed = tmp_path / "a.xml"
    feed.write_bytes(b"<rss/>")
    urls_file.write_text(f"# one\n\n{feed.as_uri()}\n", encoding="utf-8")
    crawler = project_crawler(FundingSpider, DEMO_SETTINGS)
    spider = FundingSpider.from_crawler(crawler, urls_file=str(urls_file))
    crawler.spider = spider
    (request,) = spider._ad_hoc_requests()
    assert request.meta["download_slot"] == "local-files"
    assert request.meta["registry_source"].kind == "funding"
