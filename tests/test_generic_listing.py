"""Listings that survive redesigns: navigation is not an item, and a listing
whose selectors match nothing is read by its repeated dated blocks."""

from __future__ import annotations

import pytest

from crawler.generic_listing import advertised_feeds, is_article_link, is_index_link, read_generic_listing
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


CARDS = (
    """<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">
<link rel="alternate" type="application/rss+xml" href="/comments/feed/"></head><body>
<nav><a href="/news/2026/08/0001.html">2026.08.30 メニューの記事</a></nav>
<div class="grid">
"""
    + "".join(
        f' <a class="card" href="/news/2026/08/{number}.html"><span class="card__date">{day}</span>'
        f'<p class="card__title">{title}</p></a>\n'
        for number, day, title in (
            ("0003", "２０２６年８月２６日", "Ｒ８.８.２６に新モデル"),
            ("0002", "2026年8月20日", "資本業務提携のお知らせ"),
            ("0001", "2026年8月1日", "採用情報を更新"),
        )
    )
    + """</div>
<ul class="pager"><li><a href="/news/page/2/">次へ</a></li><li><a href="/news/category/ir/">IR</a></li></ul>
</body></html>"""
)

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
