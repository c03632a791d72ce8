"""Feeds into items: every format and Japanese encoding, and the ways feeds break."""

from __future__ import annotations

import pytest

from crawler.feeds import FeedOrigin, ParsedFeed, feed_content_type, parse_feed
from tests.sources_helpers import fixture_bytes, fixture_content_type

PRESS = FeedOrigin(source="test-press", kind="press", language="ja")


def parse(name: str, origin: FeedOrigin = PRESS, content_type: str | None = None) -> ParsedFeed:
    path = f"feeds/{name}"
    return parse_feed(fixture_bytes(path), origin, fixture_content_type(path) if content_type is None else content_type)


def titles(parsed: ParsedFeed) -> list[str]:
    return [item.title for item in parsed.items]


def test_rss_091_without_dates():
    parsed = parse("rss091_cao.xml")
    assert parsed.version == "rss091n"
    assert not parsed.bozo
    assert titles(parsed) == ["人工知能基本計画を閣議決定しました", "第1回 AI戦略会議を開催しました"]
    assert parsed.items[0].url == "https://www8.cao.go.jp/cstp/ai/ai_plan/ai_plan.html"
    assert parsed.items[0].published_at is None


def test_rss_20_with_bylines_and_dates_in_utc():
    parsed = parse("rss20_thebridge.xml", FeedOrigin(source="thebridge", kind="funding"))
    first = parsed.items[0]
    assert first.kind == "funding"
    assert first.source == "thebridge"
    assert first.url == "https://thebridge.jp/2025/11/sakana-ai-series-b-round-funding"
    assert first.published_at == "2025-11-17T03:00:00Z"
    assert first.authors == ["BRIDGE編集部"]
    assert "三菱UFJ銀行" in first.summary
    assert first.language == "ja"
    assert first.publisher == "BRIDGE（ブリッジ）"  # the feed title, as published


def test_rdf_table_of_contents_is_not_counted_as_items():
    parsed = parse("rdf_prtimes_abeja.rdf", FeedOrigin(source="abeja-prtimes", kind="press", store_summary=False))
    assert parsed.version == "rss10"
    assert len(parsed.items) == 3
    assert len({item.url for item in parsed.items}) == 3


def test_rdf_company_from_dc_corp_and_zoned_dates():
    origin = FeedOrigin(source="p", kind="press", store_summary=False)
    first, second, third = parse("rdf_prtimes_abeja.rdf", origin).items
    assert first.organisations == ["株式会社ABEJA"]
    assert first.published_at == "2024-02-02T06:00:00Z"
    assert first.store_summary is False
    assert third.organisations == []


def test_a_date_without_zone_is_read_as_tokyo_time():
    third = parse("rdf_prtimes_abeja.rdf").items[2]
    assert third.published_at == "2023-05-18T02:00:00Z"


def test_a_company_feed_names_its_organisation():
    item = parse("rss20_thebridge.xml", FeedOrigin(source="x", kind="press", organisation="Sakana AI")).items[0]
    assert item.organisations == ["Sakana AI"]
    assert item.publisher == "Sakana AI"


def test_atom_uses_published_then_updated():
    guidelines, geniac = parse("atom_meti.xml", FeedOrigin(source="meti-news", kind="policy")).items
    assert guidelines.published_at == "2024-04-19T08:00:00Z"
    assert geniac.published_at == "2024-02-02T05:00:00Z"
    assert geniac.updated_at == "2024-02-05T01:00:00Z"
    assert geniac.url == "https://www.meti.go.jp/press/2023/02/20240202003/20240202003.html"
    assert guidelines.kind == "policy"


def test_news_search_titles_lose_the_publisher_suffix_and_keep_the_wrapped_link():
    sakana, itmedia = parse("news_search_google.xml", FeedOrigin(source="gn", kind="funding")).items
    assert sakana.title == "Sakana AI、200億円を調達\u3000企業価値4000億円"  # as published: the full-width space stays
    assert sakana.publisher == "日本経済新聞"
    assert sakana.url.startswith("https://news.google.com/rss/articles/CBMi")
    assert sakana.summary == ""
    assert sakana.published_at == "2025-11-17T02:30:00Z"


def test_news_search_strips_only_the_last_dash_and_keeps_cluster_coverage():
    itmedia = parse("news_search_google.xml").items[1]
    assert itmedia.title == "東京のAIスタートアップ - 生成AI"
    assert itmedia.publisher == "ITmedia AI+"
    assert "Forbes JAPAN" in itmedia.summary


@pytest.mark.parametrize(
    ("name", "expected_title"),
    [
        (
            "rdf_mext_cp932_declared.rdf",
            "初等中等教育段階における生成AIの利活用に関するガイドライン（Ver.2.0）を公表しました",
        ),
        (
            "rdf_mext_cp932_undeclared.rdf",
            "初等中等教育段階における生成AIの利活用に関するガイドライン（Ver.2.0）を公表しました",
        ),
        ("rss20_soumu_eucjp_declared.xml", "「AI事業者ガイドライン（第1.0版）」の公表"),
        ("rss20_soumu_eucjp_undeclared.xml", "「AI事業者ガイドライン（第1.0版）」の公表"),
    ],
)
def test_japanese_encodings_with_and_without_declaration(name, expected_title):
    parsed = parse(name)
    assert parsed.items[0].title == expected_title
    assert not parsed.mojibake_titles


def test_cp932_vendor_characters_survive():
    summary = parse("rdf_mext_cp932_declared.rdf").items[0].summary
    assert "①" in summary
    assert "髙" in summary
    assert "～" in summary


def test_registry_encoding_overrides_a_wrong_http_charset():
    header = fixture_content_type("feeds/rss20_nedo_cp932_wrong_charset.xml")
    assert "utf-8" in header
    parsed = parse("rss20_nedo_cp932_wrong_charset.xml", FeedOrigin(source="nedo", kind="policy", encoding="cp932"))
    assert not parsed.bozo
    assert parsed.items[0].title.startswith("ポスト5G情報通信システム")
    assert "㈱ABEJA" in parsed.items[0].summary


def test_feed_content_type_reads_shift_jis_as_cp932():
    overridden = feed_content_type("application/rss+xml; charset=utf-8", b"", "shift_jis")
    assert overridden == "application/rss+xml; charset=cp932"
    declared = feed_content_type("", b'<?xml version="1.0" encoding="Shift_JIS"?><rss/>')
    assert declared == "application/xml; charset=cp932"
    assert feed_content_type("text/xml; charset=EUC-JP", b"") == "text/xml; charset=EUC-JP"


def test_mojibake_titles_are_reported():
    broken = fixture_bytes("feeds/rss20_thebridge.xml").replace("Sakana AI、".encode(), b"Sakana AI\xef\xbf\xbd")
    parsed = parse_feed(broken, PRESS)
    assert parsed.mojibake_titles == [parsed.items[0].title]


def test_malformed_feed_with_entries_keeps_them_and_says_bozo():
    parsed = parse("malformed_with_entries.xml")
    assert parsed.bozo
    assert parsed.bozo_message
    assert parsed.error is None
    assert titles(parsed) == ["スーパーコンピュータ「富岳」で学習した大規模言語モデル「Fugaku-LLM」を公開"]
    assert parsed.items[0].feed_bozo is True


def test_truncated_feed_keeps_the_complete_entries():
    parsed = parse("truncated.xml")
    assert parsed.bozo
    assert len(parsed.items) == 1


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("malformed_nothing.xml", "unreadable feed"),
        ("html_as_feed.xml", "an HTML page was served instead of a feed"),
        ("empty.xml", "empty response body"),
    ],
)
def test_a_feed_with_nothing_readable_is_an_error_not_an_exception(name, error):
    parsed = parse(name)
    assert parsed.items == []
    assert parsed.error.startswith(error)


def test_a_valid_feed_without_entries_is_an_error():
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert parse_feed(body, PRESS).error == "the feed has no entries"


def test_relative_links_are_resolved_against_the_feed_url():
    body = (
        b'<rss version="2.0"><channel><title>NEDO</title>'
        b"<item><title>GENIAC</title><link>/news/press/AA5_101709.html</link></item></channel></rss>"
    )
    parsed = parse_feed(body, PRESS, "application/rss+xml", "https://www.nedo.go.jp/rss/news.xml")
    assert parsed.items[0].url == "https://www.nedo.go.jp/news/press/AA5_101709.html"


def test_entries_without_web_links_are_skipped():
    body = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>a</title><link>javascript:alert(1)</link></item></channel></rss>"
    )
    parsed = parse_feed(body, PRESS)
    assert parsed.items == []
    assert parsed.error == "none of the 1 entries has a link"
