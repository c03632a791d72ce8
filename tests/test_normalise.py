"""The normalise pipeline and the text helpers it uses."""

from __future__ import annotations

from datetime import date

import pytest
from scrapy.exceptions import DropItem

from common.items import WatchItem
from common.text import canonical_url, parse_japanese_date, to_utc_iso, url_item_id
from crawler.spiders.arxiv import ArxivSpider
from pipelines.normalise import NormalisePipeline
from tests.conftest import project_crawler


def normalise(item: WatchItem, **settings) -> WatchItem:
    crawler = project_crawler(ArxivSpider, settings)
    crawler.stats.open_spider()
    return NormalisePipeline.from_crawler(crawler).process_item(item)


def press(**fields) -> WatchItem:
    values = {
        "kind": "press",
        "source": "prtimes",
        "url": "https://prtimes.jp/main/html/rd/p/000000123.000010628.html",
        "title": "ABEJA、ＬＬＭ事業で１０億円を調達",
    }
    values.update(fields)
    return WatchItem(**values)


def test_whitespace_and_html_cleaned_and_the_title_kept_as_published():
    item = normalise(
        press(
            title="  ＡＢＥＪＡ、<b>ＬＬＭ</b>\n  事業で１０億円を調達？　詳細は…… ",
            summary="<p>第三者割当増資&amp;融資</p>",
        )
    )
    assert item.title == "ＡＢＥＪＡ、ＬＬＭ 事業で１０億円を調達？　詳細は……"
    assert item.summary == "第三者割当増資&融資"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "", "https://"])
def test_only_web_urls_pass(url):
    with pytest.raises(DropItem, match="not an http"):
        normalise(press(url=url))


def test_item_without_title_or_text_is_dropped():
    with pytest.raises(DropItem, match="neither title nor text"):
        normalise(press(title=" <br> "))


def test_item_without_title_gets_the_start_of_its_text_marked_as_derived():
    item = normalise(
        press(title="", summary="<p>ABEJAは本日、生成AIの新しい基盤モデルを公開しました。詳細は以下のとおりです。</p>")
    )
    assert item.title == "ABEJAは本日、生成AIの新しい基盤モデルを公開しました。"
    assert item.title_derived is True
    assert normalise(press()).title_derived is False


def test_dates_become_utc_and_naive_dates_are_tokyo():
    item = normalise(press(published_at="2025-11-17T10:00:00+09:00", updated_at="2025年11月18日"))
    assert item.published_at == "2025-11-17T01:00:00Z"
    assert item.updated_at == "2025-11-17T15:00:00Z"


def test_unreadable_date_is_kept_empty_not_guessed():
    item = normalise(press(published_at="sometime last week"))
    assert item.published_at is None


def test_stable_id_from_the_canonical_url():
    first = normalise(press(url="https://prtimes.jp/main/html/rd/p/000000123.000010628.html?utm_source=rss#top"))
    second = normalise(press(url="http://PRTIMES.jp/main/html/rd/p/000000123.000010628.html"))
    assert first.id == second.id == url_item_id("https://prtimes.jp/main/html/rd/p/000000123.000010628.html")


def test_arxiv_items_are_keyed_by_arxiv_id():
    item = normalise(
        WatchItem(
            kind="paper",
            source="arxiv",
            url="https://arxiv.org/abs/2404.17790",
            title="Swallow",
            arxiv_id="2404.17790",
            version=2,
        )
    )
    assert item.id == "arxiv:2404.17790"


def test_old_news_is_marked_backfill():
    assert normalise(press(published_at="2020-01-01T00:00:00Z")).backfill is True
    assert normalise(press(published_at=to_utc_iso(date.today()))).backfill is False
    assert normalise(press(published_at="2020-01-01T00:00:00Z"), BACKFILL_AGE_DAYS=0).backfill is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年5月14日", date(2025, 5, 14)),
        ("２０２５年５月１４日（水）", date(2025, 5, 14)),
        ("2025.05.14", date(2025, 5, 14)),
        ("2025/5/14", date(2025, 5, 14)),
        ("R7.5.14", date(2025, 5, 14)),
        ("令和7年5月14日", date(2025, 5, 14)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("2025/13/45", None),
        ("お知らせ", None),
    ],
)
def test_japanese_dates(text, expected):
    assert parse_japanese_date(text) == expected


def test_canonical_url_drops_tracking_and_fragment():
    assert (
        canonical_url("https://Example.org:443/news/?b=2&utm_medium=x&a=1#frag") == "https://example.org/news?a=1&b=2"
    )
