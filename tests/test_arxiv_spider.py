"""The arXiv spider on saved API responses of both layouts."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from scrapy import Request

from archive import Archive
from common.items import WatchItem
from crawler.spiders._arguments import SpiderArgumentError
from crawler.spiders.arxiv import ArxivQuery, ArxivSpider, load_queries
from tests.conftest import PROJECT_ROOT, file_response, project_crawler

API = "https://export.arxiv.org/api/query"
QUERY = ArxivQuery(name="test", search="abs:Japanese AND abs:LLM")
OLD_CUTOFF = "2000-01-01T00:00:00Z"


def make_spider(**arguments) -> ArxivSpider:
    crawler = project_crawler(ArxivSpider, {"ARXIV_PAGE_SIZE": 3})
    crawler.spider = ArxivSpider.from_crawler(crawler, **arguments)
    crawler.stats.open_spider()
    return crawler.spider


def parse(spider: ArxivSpider, fixture: str, *, cutoff: str = OLD_CUTOFF, start: int = 0, status: int = 200):
    meta = {"query": QUERY, "cutoff": cutoff, "start": start}
    response = file_response(f"arxiv/{fixture}", f"{API}?start={start}", status=status, meta=meta)
    results = list(spider.parse(response))
    items = [result for result in results if isinstance(result, WatchItem)]
    requests = [result for result in results if isinstance(result, Request)]
    return items, requests


@pytest.fixture
def spider() -> ArxivSpider:
    return make_spider()


def test_new_layout_fields(spider):
    items, _ = parse(spider, "new_layout_start0.xml")
    plamo = items[0]
    assert plamo.arxiv_id == "2410.07563"
    assert plamo.version == 1
    assert plamo.url == "https://arxiv.org/abs/2410.07563"
    assert plamo.pdf_url == "https://arxiv.org/pdf/2410.07563v1"
    assert plamo.title == "PLaMo-100B: A Ground-Up Language Model Designed for Japanese Proficiency"
    assert plamo.authors[:2] == ["Preferred Elements", "Kenshin Abe"]
    assert plamo.primary_category == "cs.CL"
    assert plamo.categories == ["cs.CL", "cs.AI", "cs.LG"]
    assert plamo.published_at == "2024-10-10T02:59:36Z"
    assert plamo.kind == "paper"
    assert plamo.source == "arxiv"
    assert plamo.source_query == "test"


def test_old_layout_fields_and_wrapped_text(spider):
    items, _ = parse(spider, "old_layout.xml")
    swallow, rinna, merge = items
    assert swallow.arxiv_id == "2404.17790"
    assert swallow.version == 1
    # Wrapped titles come through feedparser with their line breaks; the
    # normalise pipeline joins them, the spider keeps what arXiv sent.
    assert " ".join(swallow.title.split()) == (
        "Continual Pre-Training for Cross-Lingual LLM Adaptation: Enhancing Japanese Language Capabilities"
    )
    assert swallow.pdf_url == "https://arxiv.org/pdf/2404.17790v1"
    assert rinna.journal_ref.startswith("Proceedings of the 2024 Joint International Conference")
    assert rinna.comment == "9 pages, 1 figure, 5 tables, accepted for LREC-COLING 2024"
    assert "eess.AS" in rinna.categories
    assert merge.doi == "10.1038/s42256-024-00975-8"
    assert merge.version == 2
    assert merge.updated_at == "2025-01-28T09:41:17Z"


def test_affiliation_becomes_an_organisation(spider):
    items, _ = parse(spider, "new_layout_start3.xml", start=3)
    llm_jp = next(item for item in items if item.arxiv_id == "2407.03963")
    assert llm_jp.organisations == ["National Institute of Informatics"]


def test_pages_until_the_last_result(spider):
    _, requests = parse(spider, "new_layout_start0.xml")
    assert [parse_qs(urlsplit(request.url).query)["start"] for request in requests] == [["3"]]
    _, requests = parse(spider, "new_layout_start6.xml", start=6)
    assert requests == []


def test_stops_at_the_high_water_mark(spider):
    items, requests = parse(spider, "new_layout_start0.xml", cutoff="2024-08-01T00:00:00Z")
    assert [item.arxiv_id for item in items] == ["2410.07563", "2408.06292"]
    assert requests == []


def test_page_requests_follow_the_api_terms(spider):
    request = spider._page_request(QUERY, OLD_CUTOFF, start=0)
    parameters = parse_qs(urlsplit(request.url).query)
    assert parameters["sortBy"] == ["submittedDate"]
    assert parameters["sortOrder"] == ["descending"]
    assert parameters["search_query"] == [QUERY.search]
    assert request.meta["dont_obey_robotstxt"] is True
    assert 400 in request.meta["handle_httpstatus_list"]
    assert spider.crawler.settings.getfloat("DOWNLOAD_DELAY") == 3


def test_error_feed_is_logged_and_never_stored(spider, caplog):
    items, requests = parse(spider, "error.xml", status=400)
    assert items == []
    assert requests == []
    assert "start must be an integer greater than or equal to 0" in caplog.text
    assert spider.crawler.stats.get_value("arxiv/error_feeds") == 1
    assert spider.crawler.stats.get_value("source/arxiv/parse_errors") == 1


def test_empty_result_is_normal(spider, caplog):
    items, requests = parse(spider, "empty.xml")
    assert items == []
    assert requests == []
    assert spider.crawler.stats.get_value("source/arxiv/parse_errors") is None
    assert "ERROR" not in caplog.text


def test_cutoff_comes_from_since_then_archive_then_first_run_window(archive_path: Path):
    assert make_spider(since="2026-11-01")._cutoff(QUERY) == "2026-11-01T00:00:00Z"
    with Archive(archive_path) as archive:
        archive.store_item(
            {
                "id": "arxiv:2410.07563",
                "kind": "paper",
                "source": "arxiv",
                "source_query": "test",
                "url": "https://arxiv.org/abs/2410.07563",
                "title": "PLaMo-100B",
                "published_at": "2024-10-10T02:59:36Z",
            }
        )
    assert make_spider()._cutoff(QUERY) == "2024-10-10T02:59:36Z"
    other_query = ArxivQuery(name="other", search="abs:tsuzumi")
    assert make_spider()._cutoff(other_query) > "2026-01-01T00:00:00Z"


def test_since_marks_items_as_backfill():
    items, _ = parse(make_spider(since="2024-01-01"), "new_layout_start0.xml")
    assert all(item.backfill for item in items)


def test_start_yields_one_request_per_query():
    spider = make_spider()

    async def collect():
        return [request async for request in spider.start()]

    requests = asyncio.run(collect())
    assert len(requests) == len(load_queries(PROJECT_ROOT / "crawler/data/arxiv_queries.toml")) >= 5


def test_unknown_query_name_is_refused():
    with pytest.raises(SpiderArgumentError, match="unknown arXiv query 'nope'; known: .*named-models-1"):
        make_spider(query="nope")


def test_query_file_covers_the_named_japanese_models():
    searches = " ".join(query.search for query in load_queries(PROJECT_ROOT / "crawler/data/arxiv_queries.toml"))
    for name in (
        "PLaMo",
        "Swallow",
        "LLM-jp",
        "Sarashina",
        "tsuzumi",
        "ELYZA",
        "Sakana AI",
        "Fugaku-LLM",
        "rinna",
        "cotomi",
        "Takane",
        "Stockmark",
        "KARAKURI",
        "Tanuki",
    ):
        assert name in searches, name
    for category in ("cs.CL", "cs.AI", "cs.LG", "cs.CV", "cs.SD", "eess.AS"):
        assert f"cat:{category}" in searches, category


def test_an_empty_page_inside_the_results_is_asked_again_then_reported(spider, caplog):
    items, requests = parse(spider, "empty_page_within_results.xml", start=3)
    assert items == []
    assert [parse_qs(urlsplit(request.url).query)["start"] for request in requests] == [["3"]]
    assert requests[0].meta["empty_page_retries"] == 1

    meta = {"query": QUERY, "cutoff": OLD_CUTOFF, "start": 3, "empty_page_retries": 2}
    response = file_response("arxiv/empty_page_within_results.xml", f"{API}?start=3", meta=meta)
    assert list(spider.parse(response)) == []
    assert "empty page at start=3 of 8 results after 2 retries" in caplog.text
    assert spider.crawler.stats.get_value("source/arxiv/parse_errors") == 1
