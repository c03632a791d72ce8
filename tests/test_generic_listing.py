"""Listings that survive redesigns: navigation is not an item, and a listing
whose selectors match nothing is read by its repeated dated blocks."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from urllib.parse import urljoin

import pytest
from lxml import html as lxml_html

from common.text import TOKYO, clean_text
from crawler.generic_listing import read_generic_listing
from crawler.listing_links import advertised_feeds, is_article_link, is_index_link
from crawler.listings import read_listing
from crawler.sources import ListingSelectors, load_registry
from tests.sources_helpers import FIXTURES, PROJECT_ROOT

METI_URL = "https://www.meti.go.jp/press/index.html"
METI = (FIXTURES / "real" / "meti_press_index_2026-08-26.html").read_text(encoding="utf-8")


def registry_selectors(name: str) -> ListingSelectors:
    return next(
        source for source in load_registry(PROJECT_ROOT / "crawler/data/sources.toml") if source.name == name
    ).selectors


# ---------------------------------------------------------------- the bug on the real METI page


def test_meti_geniac_selectors_on_the_real_press_index_keep_the_20_releases_and_drop_the_category_link():
    """Its contains(., '/') clause matched 「ものづくり/情報/流通・サービス」, stored as an undated item."""
    listing = read_listing(METI, METI_URL, registry_selectors("meti-geniac"))
    assert len(listing.entries) == 20
    assert all(entry.published_at for entry in listing.entries)
    assert not any("category" in entry.url for entry in listing.entries)
    assert listing.not_items == 1
    assert listing.entries[0].title == "業種別のノウハウが直感的にわかる「省力化ナビ」に5業種を追加しました"
    assert listing.entries[0].published_at == "2026-08-25T15:00:00Z"


def test_a_date_inside_a_headline_is_not_the_entry_date():
    listing = read_listing(METI, METI_URL, registry_selectors("meti-geniac"))
    flood = next(entry for entry in listing.entries if entry.url.endswith("20260824002.html"))
    assert flood.title.startswith("令和8年7月17日から18日にかけての大雨")
    assert flood.published_at == "2026-08-23T15:00:00Z"  # 2026年8月24日 in Tokyo


def test_undated_matches_in_a_dated_listing_are_navigation_but_an_undated_listing_keeps_its_entries():
    html = """<ul>
      <li><span>2026.08.26</span><a href="/news/2026/0826_01.html">新モデルを公開</a></li>
      <li><span>2026.08.25</span><a href="/news/2026/0825_01.html">提携を発表</a></li>
      <li><a href="/news/backnumber/2025.html">2025年のニュース一覧</a></li>
      <li><a href="/news/2026/0820_01.html">日付のない記事</a></li>
    </ul>"""
    dated = read_listing(
        html, "https://corp.example.jp/news/", ListingSelectors(item="li", title="a", link="a", date="span")
    )
    assert [entry.title for entry in dated.entries] == ["新モデルを公開", "提携を発表"]
    assert dated.not_items == 2
    undated = read_listing(html, "https://corp.example.jp/news/", ListingSelectors(item="li", title="a", link="a"))
    assert [entry.title for entry in undated.entries] == ["新モデルを公開", "提携を発表", "日付のない記事"]


def test_a_time_datetime_dates_an_entry_whose_date_selector_finds_nothing_readable():
    html = '<ul><li><a href="/n/1001">A</a><time datetime="2026-08-26T10:00:00+09:00">水曜</time></li></ul>'
    listing = read_listing(
        html, "https://x.example.jp/n/", ListingSelectors(item="li", title="a", link="a", date="xpath:string(.)")
    )
    assert listing.entries[0].published_at == "2026-08-26T01:00:00Z"


# ---------------------------------------------------------------- the generic reader


def test_generic_reader_finds_the_20_releases_of_the_real_meti_index_without_selectors():
    entries = read_generic_listing(METI, METI_URL)
    assert len(entries) == 20
    assert entries[0].url == "https://www.meti.go.jp/press/2026/08/20260826001.html"
    assert (
        entries[-1].title
        == "東京電力パワーグリッド株式会社から報告徴収命令に対する回答を受領し、同社に対して指導を行いました"
    )
    assert entries[-1].published_at == "2026-08-05T15:00:00Z"
    assert not any("category" in entry.url or "archive" in entry.url for entry in entries)


CARDS = """<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">
<link rel="alternate" type="application/rss+xml" href="/comments/feed/"></head><body>
<nav><a href="/news/2026/08/0001.html">2026.08.30 メニューの記事</a></nav>
<div class="grid">
 <a class="card" href="/news/2026/08/0003.html"><span class="card__date">２０２６年８月２６日</span>
  <p class="card__title">Ｒ８.８.２６に新モデル</p></a>
 <a class="card" href="/news/2026/08/0002.html"><span class="card__date">2026年8月20日</span>
  <p class="card__title">資本業務提携のお知らせ</p></a>
 <a class="card" href="/news/2026/08/0001.html"><span class="card__date">2026年8月1日</span>
  <p class="card__title">採用情報を更新</p></a>
</div>
<ul class="pager"><li><a href="/news/page/2/">次へ</a></li><li><a href="/news/category/ir/">IR</a></li></ul>
</body></html>"""

DEFINITION_LIST = """<dl class="topics">
<dt>令和8年8月26日</dt><dd><a href="/topics/detail/1234.html">GENIAC第3期の採択結果</a></dd>
<dt>R8.8.20</dt><dd><a href="/topics/detail/1230.html">公募を開始しました</a></dd>
<dt>令和8年8月1日</dt><dd><a href="/topics/detail/1228.html">説明会を開催します</a></dd>
</dl><p><a href="/topics/">一覧へ</a></p>"""

TIMES = "".join(
    f'<article class="post"><h2><a href="https://blog.example.jp/posts/llm-update-{day}/">更新 {day}</a></h2>'
    f'<time datetime="2026-08-{day:02d}T09:30:00+09:00">8/{day}</time></article>'
    for day in (24, 25, 26)
)


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        (
            CARDS,
            "https://corp.example.jp/news/",
            [
                ("Ｒ８.８.２６に新モデル", "https://corp.example.jp/news/2026/08/0003.html", "2026-08-25T15:00:00Z"),
                ("資本業務提携のお知らせ", "https://corp.example.jp/news/2026/08/0002.html", "2026-08-19T15:00:00Z"),
                ("採用情報を更新", "https://corp.example.jp/news/2026/08/0001.html", "2026-07-31T15:00:00Z"),
            ],
        ),
        (
            DEFINITION_LIST,
            "https://www.example.go.jp/topics/",
            [
                ("GENIAC第3期の採択結果", "https://www.example.go.jp/topics/detail/1234.html", "2026-08-25T15:00:00Z"),
                ("公募を開始しました", "https://www.example.go.jp/topics/detail/1230.html", "2026-08-19T15:00:00Z"),
                ("説明会を開催します", "https://www.example.go.jp/topics/detail/1228.html", "2026-07-31T15:00:00Z"),
            ],
        ),
        (
            TIMES,
            "https://blog.example.jp/",
            [
                ("更新 24", "https://blog.example.jp/posts/llm-update-24/", "2026-08-24T00:30:00Z"),
                ("更新 25", "https://blog.example.jp/posts/llm-update-25/", "2026-08-25T00:30:00Z"),
                ("更新 26", "https://blog.example.jp/posts/llm-update-26/", "2026-08-26T00:30:00Z"),
            ],
        ),
    ],
    ids=["cards-fullwidth", "definition-list-era", "time-datetime"],
)
def test_generic_reader_on_redesigned_layouts(html, url, expected):
    assert [(entry.title, entry.url, entry.published_at) for entry in read_generic_listing(html, url)] == expected


def test_a_page_without_repeated_dated_blocks_is_not_a_listing():
    page = (
        '<p>2026年8月26日</p><a href="/news/2026/0826.html">一件だけ</a>'
        '<ul><li><a href="/about/">会社概要</a></li></ul>'
    )
    assert read_generic_listing(page, "https://corp.example.jp/") == []


@pytest.mark.parametrize(
    ("url", "index"),
    [
        ("https://www.meti.go.jp/press/category_03.html", True),
        ("https://www.meti.go.jp/press/archive.html", True),
        ("https://www.meti.go.jp/english/press/index.html", True),
        ("https://www.meti.go.jp/press/2026/08/", True),
        ("https://www.meti.go.jp/press/", True),
        ("https://corp.example.jp/news/page/2/", True),
        ("https://corp.example.jp/news/category/ir/", True),
        ("https://www.meti.go.jp/press/2026/08/20260826001.html", False),
        ("https://newsroom.kddi.com/news/detail/kddi_nr-415_3688.html", False),
        ("https://www.preferred.jp/ja/news/pr20260826/", False),
        ("https://www.env.go.jp/press/press_05444.html", False),
        ("https://www.example.go.jp/news/archive_2025.html", True),
    ],
)
def test_category_and_index_links_are_told_from_articles(url, index):
    assert is_index_link(url, METI_URL) is index
    assert is_article_link(url, METI_URL) is not index


def test_advertised_feeds_leave_out_comment_feeds():
    assert advertised_feeds(CARDS, "https://corp.example.jp/news/") == ["https://corp.example.jp/feed/"]
    assert advertised_feeds(METI, METI_URL) == []


def test_a_headline_that_starts_with_a_date_keeps_it():
    flood = next(entry for entry in read_generic_listing(METI, METI_URL) if entry.url.endswith("20260814001.html"))
    assert flood.title == "令和8年8月13日からの大雨に伴う災害に関して被災中小企業・小規模事業者支援措置を行います"
    assert flood.published_at == "2026-08-13T15:00:00Z"


# ---------------------------------------------------------------- real listings it was not written for
# Saved on 2026-08-20 (Tokyo) by another public project; provenance in tests/fixtures/real/MANIFEST.toml.
# Before dates of a group heading and dates without a year were read, the reader found no entry on any.

READ_ON = date(2026, 8, 20)
ENV_URL = "https://www.env.go.jp/press/index.html"
MAFF_URL = "https://www.maff.go.jp/j/press/index.html"
MOFA_URL = "https://www.mofa.go.jp/mofaj/press/release/index.html"


def real_page(name: str) -> str:
    return (FIXTURES / "real" / name).read_text(encoding="utf-8")


def midnight_tokyo(year: int, month: int, day: int) -> str:
    return datetime(year, month, day, tzinfo=TOKYO).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def listed(html: str, page_url: str, links_xpath: str, date_of) -> list[tuple[str, str, str]]:
    """What the page itself lists, read with this page's own markup: (title, URL, date) of every entry."""
    root = lxml_html.fromstring(html)
    return [
        (clean_text(anchor.text_content()), urljoin(page_url, anchor.get("href")), date_of(anchor))
        for anchor in root.xpath(links_xpath)
    ]


def _tokyo_day(text: str, year: int = 2026) -> str:
    numbers = [int(number) for number in re.findall(r"\d+", text)]
    return midnight_tokyo(*(numbers[:3] if len(numbers) >= 3 else [year, *numbers[:2]]))


def test_environment_ministry_press_index_entries_dated_by_their_day_heading():
    """83 releases under 14 <summary> headings (2026年08月19日発表), a day with one release included."""
    html = real_page("env_press_index_2026-08-19.html")
    expected = listed(
        html,
        ENV_URL,
        "//a[@class='c-news-link__link']",
        lambda a: _tokyo_day(a.xpath("ancestor::details[1]//span[@class='p-press-release-list__heading']")[0].text),
    )
    entries = read_generic_listing(html, ENV_URL, today=READ_ON)
    assert len(entries) == 83 == len(expected)
    assert [(entry.title, entry.url, entry.published_at) for entry in entries] == expected
    assert (entries[0].title, entries[0].url, entries[0].published_at) == (
        "「第２回気候変動関連データの活用と適応に関する実践パネル」の開催について",
        "https://www.env.go.jp/press/press_05444.html",
        "2026-08-18T15:00:00Z",
    )
    assert entries[-1].url == "https://www.env.go.jp/press/press_05188.html"
    assert entries[-1].published_at == "2026-07-20T15:00:00Z"  # 2026年07月21日発表
    assert len({entry.published_at for entry in entries}) == 14


def test_agriculture_ministry_press_index_entries_dated_by_a_day_without_a_year():
    """<p class="list_item_date">8月19日</p> then that day's <dl> entries, flat; links reach the agencies' hosts."""
    html = real_page("maff_press_index_2026-08-19.html")
    expected = listed(
        html,
        MAFF_URL,
        "//dl[@class='list_item']/dd/a",
        lambda a: _tokyo_day(a.xpath("../../preceding-sibling::p[@class='list_item_date'][1]")[0].text),
    )
    entries = read_generic_listing(html, MAFF_URL, today=READ_ON)
    assert len(entries) == 46
    assert [(entry.title, entry.url, entry.published_at) for entry in entries] == expected
    assert entries[0].title == "令和7年産米の相対取引価格・数量について（令和8年7月）"
    assert entries[0].url == "https://www.maff.go.jp/j/press/nousan/kikaku/260819.html"
    assert entries[0].published_at == "2026-08-18T15:00:00Z"
    assert "https://www.rinya.maff.go.jp/j/press/sin_riyou/morigyo/260819.html" in {entry.url for entry in entries}
    assert entries[-1].published_at == "2026-07-28T15:00:00Z"  # 7月29日


def test_foreign_ministry_press_releases_dated_by_their_dt_and_not_the_archive_table():
    """<dt>8月19日付</dt><dd><ul><li><a>: 121 releases on 27 days; the month pages below are an archive."""
    html = real_page("mofa_press_release_index_2026-08-19.html")
    expected = listed(
        html,
        MOFA_URL,
        "//div[@id='pressrelease']//a",
        lambda a: _tokyo_day(a.xpath("ancestor::dd[1]/preceding-sibling::dt[1]")[0].text),
    )
    entries = read_generic_listing(html, MOFA_URL, today=READ_ON)
    assert len(entries) == 121
    assert [(entry.title, entry.url, entry.published_at) for entry in entries] == expected
    assert entries[0].title == "第3回日・サウジアラビア外相級戦略対話の開催"
    assert entries[0].published_at == "2026-08-18T15:00:00Z"
    assert entries[-1].url == "https://www.mofa.go.jp/mofaj/press/release/pressit_000001_03969.html"
    assert entries[-1].published_at == "2026-07-18T15:00:00Z"  # 7月19日付
    assert len({entry.published_at for entry in entries}) == 27
    assert not any(entry.url.endswith("_index.html") for entry in entries)


def test_a_day_without_a_year_is_the_latest_such_day_up_to_the_day_of_reading():
    html = real_page("mofa_press_release_index_2026-08-19.html")
    in_january = read_generic_listing(html, MOFA_URL, today=date(2027, 1, 5))
    assert in_january[0].published_at == "2026-08-18T15:00:00Z"
    # Read on the day after the newest release, and on its eve in Tokyo (a release may be dated a day ahead).
    assert read_generic_listing(html, MOFA_URL, today=date(2026, 8, 18))[0].published_at == "2026-08-18T15:00:00Z"
    assert read_generic_listing(html, MOFA_URL, today=date(2026, 8, 17))[0].published_at == "2025-08-18T15:00:00Z"


def test_a_hub_of_yearly_press_pages_is_not_a_listing():
    """The Ministry of Justice's press index links one page per year and dates nothing."""
    html = real_page("moj_press_index_2026-08-19.html")
    assert read_generic_listing(html, "https://www.moj.go.jp/press_index.html", today=READ_ON) == []
