"""HTML listings: entries by registry selectors, Japanese dates, article leads and JSON-LD dates."""

from __future__ import annotations

import pytest

from crawler.listings import parse_article, parse_listing, parse_listing_date
from crawler.sources import ListingSelectors
from tests.sources_helpers import fixture_bytes

NEC_SELECTORS = ListingSelectors(item="li.news-item", title="a", link="a", date=".date")


def nec_entries():
    html = fixture_bytes("listings/nec_press_cp932.html").decode("cp932")
    return parse_listing(html, "https://jpn.nec.com/press/index.html", NEC_SELECTORS)


def test_css_selectors_find_each_entry_once_with_absolute_links():
    entries = nec_entries()
    assert [entry.url for entry in entries] == [
        "https://jpn.nec.com/press/202404/20240424_01.html",
        "https://jpn.nec.com/press/202312/20231219_01.html",
        "https://jpn.nec.com/press/202307/20230706_01.html",
    ]
    assert entries[0].title == "NEC、生成AI「cotomi」に高速版「cotomi Light」と高性能版「cotomi Pro」を追加"


def test_listing_dates_in_three_japanese_forms_are_tokyo_midnight():
    assert [entry.published_at for entry in nec_entries()] == [
        "2024-04-23T15:00:00Z",
        "2023-12-18T15:00:00Z",
        "2023-07-05T15:00:00Z",
    ]


def test_xpath_selectors_and_era_dates():
    html = fixture_bytes("listings/meti_geniac_eucjp_undeclared.html").decode("euc_jp")
    selectors = ListingSelectors(
        item="xpath://dl/dd", title="a", link="a::attr(href)", date="xpath:preceding-sibling::dt[1]"
    )
    entries = parse_listing(html, "https://www.meti.go.jp/policy/mono_info_service/geniac/", selectors)
    assert [entry.published_at for entry in entries] == [
        "2025-03-27T15:00:00Z",
        "2024-04-18T15:00:00Z",
        "2024-02-01T15:00:00Z",
    ]
    assert entries[2].title == "生成AIの開発力強化に向けたプロジェクト「GENIAC」を開始しました"


def test_iso_datetime_attributes_are_read():
    html = fixture_bytes("listings/kddi_cp932_wrong_charset.html").decode("cp932")
    selectors = ListingSelectors(item="article.release", title="h2", link="h2 a", date="time::attr(datetime)")
    entries = parse_listing(html, "https://newsroom.kddi.com/news/", selectors)
    assert [entry.published_at for entry in entries] == ["2024-06-02T15:00:00Z", "2024-03-17T15:00:00Z"]
    assert "ELYZA" in entries[1].title


def test_entries_without_title_or_link_are_skipped():
    html = (
        '<ul><li class="n"><a href="/a">A</a></li><li class="n"><a>no link</a></li>'
        '<li class="n"><a href="/b"></a></li></ul>'
    )
    entries = parse_listing(html, "https://example.jp/news/", ListingSelectors(item="li.n", title="a", link="a"))
    assert [entry.url for entry in entries] == ["https://example.jp/a"]


def test_selectors_matching_nothing_give_no_entries():
    html = fixture_bytes("listings/llmjp_blog.html").decode("utf-8")
    assert parse_listing(html, "https://llm-jp.nii.ac.jp/blog/", NEC_SELECTORS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年5月14日", "2025-05-13T15:00:00Z"),
        ("２０２５年５月１４日", "2025-05-13T15:00:00Z"),
        ("2025.05.14", "2025-05-13T15:00:00Z"),
        ("2025/5/14", "2025-05-13T15:00:00Z"),
        ("R7.5.14", "2025-05-13T15:00:00Z"),
        ("令和7年5月14日", "2025-05-13T15:00:00Z"),
        ("2025-05-14T10:30:00", "2025-05-14T01:30:00Z"),
        ("2025-05-14T10:30:00+00:00", "2025-05-14T10:30:00Z"),
        ("公開日：2025年5月14日（水）", "2025-05-13T15:00:00Z"),
        ("", None),
        ("近日公開", None),
    ],
)
def test_listing_date_forms(text, expected):
    assert parse_listing_date(text) == expected


def test_article_json_ld_date_without_zone_is_tokyo_and_description_is_the_lead():
    details = parse_article(fixture_bytes("listings/llmjp_blog/llm-jp-3-172b.html").decode("utf-8"))
    assert details.published_at == "2024-12-24T01:00:00Z"
    assert details.lead.startswith("NII主宰のLLM勉強会は、約1720億パラメータ")


def test_article_without_description_leads_with_its_first_real_paragraph():
    details = parse_article(fixture_bytes("listings/llmjp_blog/llm-jp-3.html").decode("utf-8"))
    assert details.published_at == "2024-09-25T06:00:00Z"
    assert details.lead.startswith("LLM勉強会(LLM-jp)は、国立情報学研究所が中心となり")


def test_article_without_json_ld_has_no_date():
    details = parse_article(fixture_bytes("listings/llmjp_blog/llm-jp-13b.html").decode("utf-8"))
    assert details.published_at is None
    assert "llm-jp-13b" in details.lead


def test_registry_lead_selector_wins():
    html = fixture_bytes("listings/llmjp_blog/llm-jp-3.html").decode("utf-8")
    assert parse_article(html, "article p:nth-of-type(2)").lead == "モデルはHugging Faceで公開しています。"


def test_broken_json_ld_is_ignored():
    html = '<html><head><script type="application/ld+json">{"datePublished": </script></head><body></body></html>'
    assert parse_article(html).published_at is None
