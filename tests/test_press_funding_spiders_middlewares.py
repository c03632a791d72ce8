"""The downloader middlewares the press and funding spiders rely on, and the spiders' callbacks in process."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse

from common.text import url_item_id
from crawl_context.archive import crawl_archive
from crawler.middlewares import ConditionalGetMiddleware, EncodingMiddleware, retry_after_seconds, validator_key
from crawler.sources import ListingSelectors, Source
from crawler.spiders.funding import FundingSpider
from crawler.spiders.press import PressSpider
from tests.conftest import project_crawler
from tests.sources_helpers import fixture_bytes

FEED_URL = "https://www.meti.go.jp/ml_index_release_atom.xml"
DEMO_SETTINGS = {"SOURCES_FILE": "crawler/demo/sources.toml", "SOURCES_BASE_URL": "http://127.0.0.1:9"}


def conditional_request(source: str = "meti-news") -> Request:
    return Request(FEED_URL, meta={"source": source, "conditional_get": True})


def answered(request: Request, status: int = 200) -> XmlResponse:
    headers = {"ETag": '"abc"', "Last-Modified": "Mon, 17 Nov 2025 03:00:00 GMT"}
    return XmlResponse(FEED_URL, status=status, headers=headers, body=b"<feed/>", request=request)


@pytest.fixture
def crawler():
    return project_crawler(PressSpider, DEMO_SETTINGS)


def test_validators_of_parsed_feeds_are_saved_when_the_crawl_finishes(crawler):
    middleware = ConditionalGetMiddleware(crawler)
    request = conditional_request()
    middleware.process_response(request, answered(request))
    request.meta["feed_parsed"] = True
    middleware.spider_closed(None, "finished")
    assert crawl_archive(crawler).feed_validators(validator_key(conditional_request())) == {
        "etag": '"abc"',
        "last_modified": "Mon, 17 Nov 2025 03:00:00 GMT",
    }


def test_the_next_request_is_conditional(crawler):
    crawl_archive(crawler).save_feed_validators(validator_key(conditional_request()), '"abc"', "")
    request = conditional_request()
    ConditionalGetMiddleware(crawler).process_request(request)
    assert request.headers.get("If-None-Match") == b'"abc"'
    assert request.headers.get("If-Modified-Since") is None


def test_two_sources_reading_one_feed_keep_their_own_validators(crawler):
    crawl_archive(crawler).save_feed_validators(validator_key(conditional_request("prtimes-genai")), '"abc"', "")
    request = conditional_request("prtimes-funding")
    ConditionalGetMiddleware(crawler).process_request(request)
    assert request.headers.get("If-None-Match") is None


def test_a_source_moved_to_another_host_or_port_keeps_its_validators(crawler):
    crawl_archive(crawler).save_feed_validators(validator_key(conditional_request()), '"abc"', "")
    request = Request(
        "http://127.0.0.1:45027/ml_index_release_atom.xml", meta={"source": "meti-news", "conditional_get": True}
    )
    ConditionalGetMiddleware(crawler).process_request(request)
    assert request.headers.get("If-None-Match") == b'"abc"'
    other_path = Request("http://127.0.0.1:45027/other.xml", meta={"source": "meti-news", "conditional_get": True})
    ConditionalGetMiddleware(crawler).process_request(other_path)
    assert other_path.headers.get("If-None-Match") is None


@pytest.mark.parametrize("reason", ["shutdown", "closespider_errorcount", "cancelled"])
def test_a_crawl_that_did_not_finish_saves_no_validators(crawler, reason):
    middleware = ConditionalGetMiddleware(crawler)
    request = conditional_request()
    middleware.process_response(request, answered(request))
    request.meta["feed_parsed"] = True
    middleware.spider_closed(None, reason)
    assert crawl_archive(crawler).feed_validators(validator_key(conditional_request())) == {}


def test_an_unparsed_feed_saves_no_validators(crawler):
    middleware = ConditionalGetMiddleware(crawler)
    request = conditional_request()
    middleware.process_response(request, answered(request))
    middleware.spider_closed(None, "finished")
    assert crawl_archive(crawler).feed_validators(validator_key(conditional_request())) == {}


def test_a_304_is_counted_as_not_modified(crawler):
    request = conditional_request()
    ConditionalGetMiddleware(crawler).process_response(request, answered(request, status=304))
    assert crawler.stats.get_value("source/meti-news/not_modified") == 1


def test_requests_not_marked_conditional_are_left_alone(crawler):
    request = Request(FEED_URL, meta={"source": "arxiv"})
    ConditionalGetMiddleware(crawler).process_request(request)
    assert b"If-None-Match" not in request.headers


def _html(relative_path: str, content_type: str, meta: dict | None = None) -> HtmlResponse:
    request = Request("https://jpn.nec.com/press/", meta=meta or {})
    return HtmlResponse(
        request.url, body=fixture_bytes(relative_path), headers={"Content-Type": content_type}, request=request
    )


def test_registry_encoding_beats_a_lying_http_header():
    response = _html("listings/kddi_cp932_wrong_charset.html", "text/html; charset=utf-8", {"encoding": "shift_jis"})
    fixed = EncodingMiddleware().process_response(response.request, response)
    assert fixed.encoding == "cp932"
    assert "ELYZAと資本業務提携" in fixed.text


def test_undeclared_euc_jp_html_is_detected():
    response = _html("listings/meti_geniac_eucjp_undeclared.html", "text/html")
    fixed = EncodingMiddleware().process_response(response.request, response)
    assert fixed.encoding == "euc_jp"
    assert "GENIAC" in fixed.text
    assert "生成AIの開発力強化" in fixed.text


def test_declared_html_is_left_to_scrapy():
    response = _html("listings/nec_press_cp932.html", "text/html")
    assert EncodingMiddleware().process_response(response.request, response) is response
    assert "cotomi" in response.text


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("", None),
        ("soon", None),
        ("Mon, 17 Nov 2025 03:02:00 GMT", 120.0),
        ("Mon, 17 Nov 2025 02:00:00 GMT", 0.0),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(value, seconds):
    assert retry_after_seconds(value, now=datetime(2025, 11, 17, 3, 0, tzinfo=UTC)) == seconds


def _feed_response(spider, relative_path: str, source: Source, cutoff: str = "2000-01-01T00:00:00Z") -> XmlResponse:
    request = Request(source.urls[0], meta={"source": source.name, "registry_source": source, "cutoff": cutoff})
    return XmlResponse(request.url, body=fixture_bytes(relative_path), request=request)


def test_ad_hoc_feeds_take_the_kind_given_on_the_command_line(tmp_path):
    feed = tmp_path / "saved.xml"
    feed.write_bytes(fixture_bytes("feeds/atom_meti.xml"))
    crawler = project_crawler(FundingSpider, DEMO_SETTINGS)
    spider = FundingSpider.from_crawler(crawler, url=feed.as_uri(), kind="news")
    crawler.spider = spider
    (request,) = spider._ad_hoc_requests()
    source = request.meta["registry_source"]
    assert (source.name, source.kind) == ("adhoc:file", "news")
    items = list(spider.parse_feed(_feed_response(spider, "feeds/atom_meti.xml", source)))
    assert {item.kind for item in items} == {"news"}
    assert crawler.stats.get_value("source/adhoc:file/items_found") == 2


def test_keywords_filter_a_site_wide_feed():
    crawler = project_crawler(FundingSpider, DEMO_SETTINGS)
    spider = FundingSpider.from_crawler(crawler)
    crawler.spider = spider
    source = Source(
        name="prtimes-funding",
        kind="funding",
        format="rdf",
        urls=("https://prtimes.jp/index.rdf",),
        keywords=("上場",),
        store_summary=False,
    )
    items = list(spider.parse_feed(_feed_response(spider, "feeds/rdf_prtimes_abeja.rdf", source)))
    assert [item.title for item in items] == ["ABEJA、東京証券取引所グロース市場に上場"]
    assert items[0].store_summary is False
    assert crawler.stats.get_value("source/prtimes-funding/items_off_keywords") == 2


def test_since_marks_items_as_backfill_and_sets_the_cutoff():
    crawler = project_crawler(PressSpider, DEMO_SETTINGS)
    spider = PressSpider.from_crawler(crawler, since="2024-03-01")
    crawler.spider = spider
    assert spider._cutoff("meti-news") == "2024-02-29T15:00:00Z"
    source = Source(name="meti-news", kind="policy", format="atom", urls=(FEED_URL,))
    items = list(spider.parse_feed(_feed_response(spider, "feeds/atom_meti.xml", source, spider._cutoff("x"))))
    assert [item.published_at for item in items] == ["2024-04-19T08:00:00Z"]
    assert items[0].backfill is True


def test_undated_listing_entries_below_an_archived_one_are_not_followed_again():
    crawler = project_crawler(PressSpider, DEMO_SETTINGS)
    spider = PressSpider.from_crawler(crawler)
    crawler.spider = spider
    listing_url = "https://llm-jp.nii.ac.jp/blog/index.html"
    archived = "https://llm-jp.nii.ac.jp/blog/llmjp_blog/llm-jp-3.html"
    crawl_archive(crawler).store_item(
        {
            "id": url_item_id(archived),
            "kind": "press",
            "source": "llm-jp-blog",
            "url": archived,
            "title": "LLM-jp-3 1.8B・3.7B・13Bの公開",
        }
    )
    source = Source(
        name="llm-jp-blog",
        kind="press",
        format="html",
        urls=(listing_url,),
        follow=True,
        selectors=ListingSelectors(item="a.post", title="xpath:string(.)", link="xpath:@href"),
    )
    request = Request(
        listing_url, meta={"source": source.name, "registry_source": source, "cutoff": "2000-01-01T00:00:00Z"}
    )
    response = HtmlResponse(listing_url, body=fixture_bytes("listings/llmjp_blog.html"), request=request)
    followed = list(spider.parse_listing(response))
    assert [follow.url for follow in followed] == ["https://llm-jp.nii.ac.jp/blog/llmjp_blog/llm-jp-3-172b.html"]
    assert crawler.stats.get_value("source/llm-jp-blog/items_too_old") == 2
    assert crawler.stats.get_value("source/llm-jp-blog/items_known") == 1


def test_mojibake_in_listing_titles_is_counted_for_the_source(caplog):
    crawler = project_crawler(PressSpider, DEMO_SETTINGS)
    spider = PressSpider.from_crawler(crawler)
    crawler.spider = spider
    listing_url = "https://newsroom.kddi.com/news/"
    source = Source(
        name="kddi-newsroom",
        kind="press",
        format="html",
        urls=(listing_url,),
        selectors=ListingSelectors(item="article.release", title="h2", link="h2 a"),
    )
    request = Request(
        listing_url, meta={"source": source.name, "registry_source": source, "cutoff": "2000-01-01T00:00:00Z"}
    )
    # The header's UTF-8 wins over the page's Shift_JIS when the registry does not say otherwise.
    response = HtmlResponse(
        listing_url,
        body=fixture_bytes("listings/kddi_cp932_wrong_charset.html"),
        headers={"Content-Type": "text/html; charset=utf-8"},
        request=request,
    )
    items = list(spider.parse_listing(response))
    assert len(items) == 2
    assert crawler.stats.get_value("source/kddi-newsroom/mojibake") == 2
    assert "kddi-newsroom: 2 titles with U+FFFD" in caplog.text


def test_a_feed_whose_items_could_not_all_be_handed_on_is_not_marked_parsed(monkeypatch):
    crawler = project_crawler(PressSpider, DEMO_SETTINGS)
    spider = PressSpider.from_crawler(crawler)
    crawler.spider = spider
    source = Source(name="meti-news", kind="policy", format="atom", urls=(FEED_URL,))
    response = _feed_response(spider, "feeds/atom_meti.xml", source)

    def archive_busy(ids):
        raise RuntimeError("archive busy")

    monkeypatch.setattr(crawl_archive(crawler), "known_ids", archive_busy)
    with pytest.raises(RuntimeError):
        list(spider.parse_feed(response))
    assert "feed_parsed" not in response.meta
    monkeypatch.undo()
    assert len(list(spider.parse_feed(response))) == 2
    assert response.meta["feed_parsed"] is True
