"""The press and funding spiders end to end: `scrapy crawl` against a local server into a temporary archive."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from werkzeug import Response as WerkzeugResponse

from crawler.demo.server import SampleServer
from crawler.spiders._arguments import SpiderArgumentError
from crawler.spiders.press import PressSpider
from tests.conftest import project_crawler
from tests.sources_helpers import (
    FEEDS,
    LISTINGS,
    CutShortServer,
    last_run_stats,
    query,
    run_spider,
    source_stat,
    write_registry,
)

HUGE_BYTES = 50 * 1024 * 1024
PR_TIMES_TERMS = "Store title, URL, date and company only."


def feed(name: str, kind: str, path: str, **extra) -> dict:
    return {"name": name, "kind": kind, "format": "rss", "url": "{base_url}/" + path, "language": "ja", **extra}


def listing(name: str, path: str, selectors: dict, **extra) -> dict:
    return {
        "name": name,
        "kind": "press",
        "format": "html",
        "url": "{base_url}/" + path,
        "language": "ja",
        "selectors": selectors,
        **extra,
    }


GOOD_SOURCES = [
    feed("cao-news", "policy", "feeds/rss091_cao.xml", organisation="Cabinet Office"),
    feed(
        "abeja-prtimes", "press", "feeds/rdf_prtimes_abeja.rdf", format="rdf", store_summary=False, terms=PR_TIMES_TERMS
    ),
    feed("meti-news", "policy", "feeds/atom_meti.xml", format="atom", organisation="METI"),
    feed("google-news-genai", "news", "feeds/news_search_google.xml", format="news-search"),
    feed("mext-cp932", "policy", "feeds/rdf_mext_cp932_declared.rdf", format="rdf"),
    feed("mext-cp932-undeclared", "policy", "feeds/rdf_mext_cp932_undeclared.rdf", format="rdf"),
    feed("soumu-eucjp", "policy", "feeds/rss20_soumu_eucjp_declared.xml"),
    feed("soumu-eucjp-undeclared", "policy", "feeds/rss20_soumu_eucjp_undeclared.xml"),
    feed("nedo-wrong-charset", "policy", "feeds/rss20_nedo_cp932_wrong_charset.xml", encoding="cp932"),
    feed("riken-malformed", "press", "feeds/malformed_with_entries.xml"),
    feed("bridge-truncated", "news", "feeds/truncated.xml"),
    listing(
        "nec-press",
        "listings/nec_press_cp932.html",
        {"item": "li.news-item", "title": "a", "link": "a", "date": ".date"},
    ),
    listing(
        "geniac-eucjp",
        "listings/meti_geniac_eucjp_undeclared.html",
        {"item": "xpath://dl/dd", "title": "a", "link": "a", "date": "xpath:preceding-sibling::dt[1]"},
    ),
    listing(
        "kddi-wrong-charset",
        "listings/kddi_cp932_wrong_charset.html",
        {"item": "article.release", "title": "h2", "link": "h2 a", "date": "time::attr(datetime)"},
        encoding="shift_jis",
    ),
    listing(
        "advertises-feed",
        "listings/advertises_feed.html",
        {"item": "li.news-item", "title": "a", "link": "a", "date": ".date"},
    ),
    listing(
        "advertises-other-feed",
        "listings/advertises_other_feed.html",
        {"item": "li.news-item", "title": "a", "link": "a", "date": ".date"},
    ),
    listing(
        "llm-jp-blog",
        "listings/llmjp_blog.html",
        {"item": "a.post", "title": "xpath:string(.)", "link": "xpath:@href"},
        follow=True,
    ),
]
BAD_SOURCES = {
    "broken-xml": ("feeds/malformed_nothing.xml", "unreadable feed"),
    "html-not-feed": ("feeds/html_as_feed.xml", "an HTML page was served instead of a feed"),
    "empty-feed": ("feeds/empty.xml", "empty response body"),
    "missing-feed": ("feeds/gone.xml", "HTTP 404"),
    "failing-server": ("feeds/server_error.xml", "HTTP 500"),
    "huge-feed": ("feeds/huge.xml", "response larger than DOWNLOAD_MAXSIZE"),
    "robots-private": ("private/feed.xml", "Forbidden by robots.txt"),
}
OTHER_SOURCES = [
    *(feed(name, "press", path) for name, (path, _) in BAD_SOURCES.items()),
    listing("stale-listing", "listings/nec_press_cp932.html", {"item": "div.release-card", "title": "h3", "link": "a"}),
    feed("off-by-default", "press", "feeds/atom_meti.xml?off", enabled=False, disabled_reason="terms forbid it"),
    feed("bridge-funding", "funding", "feeds/rss20_thebridge.xml?funding"),
]
# Only items published after this are kept on a first crawl (ABEJA's 2023-05-18 release is older).
CUTOFF = datetime(2023, 6, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The fixtures as a website: feeds, listings, a 500, a 50 MB body and a robots.txt."""
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(FEEDS, root / "feeds")
    shutil.copytree(LISTINGS, root / "listings")
    (root / "feeds" / "server_error.xml").write_text("<h1>Internal Server Error</h1>", encoding="utf-8")
    (root / "feeds" / "server_error.xml.headers").write_text("Status: 500\nContent-Type: text/html\n", encoding="utf-8")
    with (root / "feeds" / "huge.xml").open("wb") as huge:
        huge.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title>')
        huge.truncate(HUGE_BYTES)
    (root / "private").mkdir()
    shutil.copy(FEEDS / "atom_meti.xml", root / "private" / "feed.xml")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def crawled(site, tmp_path_factory):
    """Two press crawls of the same unchanged site into one archive, and a funding crawl over file:// feeds."""
    workdir = tmp_path_factory.mktemp("crawl")
    archive = workdir / "archive.db"
    registry = write_registry(workdir / "sources.toml", GOOD_SOURCES + OTHER_SOURCES)
    max_age = (datetime.now(UTC) - CUTOFF).days
    with SampleServer(site) as server:
        first = run_spider(
            "press", archive, registry=registry, base_url=server.url, settings={"FIRST_CRAWL_MAX_AGE_DAYS": max_age}
        )
        first_stats = last_run_stats(archive)
        first_paths = server.log.paths()
        second = run_spider(
            "press", archive, registry=registry, base_url=server.url, settings={"FIRST_CRAWL_MAX_AGE_DAYS": max_age}
        )
        second_stats = last_run_stats(archive)
        second_requests = server.log.requests[len(first_paths) :]
    return {
        "archive": archive,
        "first": first,
        "first_stats": first_stats,
        "first_paths": first_paths,
        "second": second,
        "second_stats": second_stats,
        "second_requests": second_requests,
    }


def items_of(archive: Path, source: str) -> list[tuple]:
    """The archived items a source carried (the de-duplicator may have merged them into another source's item)."""
    return query(
        archive,
        "SELECT DISTINCT title, items.url, published_at, summary, kind, publisher, organisations, "
        "feed_bozo, backfill FROM items JOIN item_sources ON item_sources.item_id = items.id "
        "WHERE item_sources.source = ? ORDER BY published_at, title",
        (source,),
    )


def titles_of(archive: Path, source: str) -> list[str]:
    return [row[0] for row in items_of(archive, source)]


def test_the_crawl_finishes_without_spider_exceptions(crawled):
    assert crawled["first"].returncode == 0, crawled["first"].stderr[-3000:]
    stats = crawled["first_stats"]
    assert stats["finish_reason"] == "finished"
    assert not [key for key in stats if key.startswith("spider_exceptions/")]


# Titles as published: full-width brackets, ①, ～ and full-width spaces are kept (only matching folds them).
@pytest.mark.parametrize(
    ("source", "expected_titles"),
    [
        ("cao-news", ["人工知能基本計画を閣議決定しました", "第1回 AI戦略会議を開催しました"]),
        (
            "meti-news",
            [
                "生成AIの開発力強化に向けたプロジェクト「GENIAC」を開始します",
                "「AI事業者ガイドライン（第1.0版）」を取りまとめました",
            ],
        ),
        (
            "mext-cp932",
            [
                "初等中等教育段階における生成AIの利用に関する暫定的なガイドラインを公表しました",
                "初等中等教育段階における生成AIの利活用に関するガイドライン（Ver.2.0）を公表しました",
            ],
        ),
        (
            "mext-cp932-undeclared",
            [
                "初等中等教育段階における生成AIの利用に関する暫定的なガイドラインを公表しました",
                "初等中等教育段階における生成AIの利活用に関するガイドライン（Ver.2.0）を公表しました",
            ],
        ),
        (
            "soumu-eucjp",
            ["「広島AIプロセス」に関する国際指針と行動規範の公表", "「AI事業者ガイドライン（第1.0版）」の公表"],
        ),
        (
            "soumu-eucjp-undeclared",
            ["「広島AIプロセス」に関する国際指針と行動規範の公表", "「AI事業者ガイドライン（第1.0版）」の公表"],
        ),
        ("nedo-wrong-charset", ["ポスト5G情報通信システム基盤強化研究開発事業で生成AI基盤モデルの開発テーマを採択"]),
        (
            "nec-press",
            [
                "NEC、130億パラメータの日本語大規模言語モデルを開発",
                "NEC、独自の生成AIを「cotomi」と命名\u3000～①業種特化 ②個社特化で支援～",
                "NEC、生成AI「cotomi」に高速版「cotomi Light」と高性能版「cotomi Pro」を追加",
            ],
        ),
        (
            "geniac-eucjp",
            [
                "生成AIの開発力強化に向けたプロジェクト「GENIAC」を開始しました",
                "AI事業者ガイドライン（第1.0版）を公表しました",
                "AI事業者ガイドライン（第1.1版）を公表しました",
            ],
        ),
        (
            "kddi-wrong-charset",
            [
                "KDDI、ELYZAと資本業務提携\u3000日本語LLMの社会実装を加速",
                "KDDIとシャープ、堺工場跡地を活用した大規模AIデータセンターの構築に向け協議を開始",
            ],
        ),
    ],
)
def test_every_format_and_encoding_is_stored_readable(crawled, source, expected_titles):
    assert sorted(titles_of(crawled["archive"], source)) == sorted(expected_titles)
    assert source_stat(crawled["first_stats"], source, "mojibake") == 0
    assert source_stat(crawled["first_stats"], source, "parse_errors") == 0


def test_undated_feed_items_are_kept(crawled):
    assert all(row[2] is None for row in items_of(crawled["archive"], "cao-news"))


def test_registry_encoding_override_avoids_the_bozo_flag(crawled):
    assert source_stat(crawled["first_stats"], "nedo-wrong-charset", "bozo_feeds") == 0


def test_rdf_items_are_counted_once_and_pr_times_text_is_not_stored(crawled):
    rows = items_of(crawled["archive"], "abeja-prtimes")
    assert [row[0] for row in rows] == [
        "ABEJA、東京証券取引所グロース市場に上場",
        "ABEJA、経済産業省とNEDOの「GENIAC」に採択され日本語LLMの開発を加速",
    ]
    assert all(row[3] == "" for row in rows)
    assert rows[1][6] == '["株式会社ABEJA"]'


def test_a_first_crawl_keeps_only_recent_items(crawled):
    assert source_stat(crawled["first_stats"], "abeja-prtimes", "items_too_old") == 1
    assert source_stat(crawled["first_stats"], "abeja-prtimes", "items_found") == 2


def test_items_carry_their_source_kind_and_publisher(crawled):
    (nikkei, itmedia) = sorted(items_of(crawled["archive"], "google-news-genai"))
    assert nikkei[0] == "Sakana AI、200億円を調達\u3000企業価値4000億円"
    assert nikkei[4] == "news"
    assert nikkei[5] == "日本経済新聞"
    assert nikkei[1].startswith("https://news.google.com/rss/articles/")
    assert {row[4] for row in items_of(crawled["archive"], "meti-news")} == {"policy"}
    assert not any(row[8] for row in items_of(crawled["archive"], "meti-news"))


def test_malformed_and_truncated_feeds_keep_their_entries_and_count_bozo(crawled):
    stats = crawled["first_stats"]
    for source in ("riken-malformed", "bridge-truncated"):
        rows = items_of(crawled["archive"], source)
        assert len(rows) == 1
        assert source_stat(stats, source, "bozo_feeds") == 1
        assert source_stat(stats, source, "parse_errors") == 0
    # bridge-truncated's story is also in a well-formed feed, and whichever copy
    # is stored first keeps its flag; riken-malformed's is its own.
    assert items_of(crawled["archive"], "riken-malformed")[0][7] == 1


@pytest.mark.parametrize("source", sorted(BAD_SOURCES))
def test_bad_responses_are_logged_and_counted_per_source(crawled, source):
    message = BAD_SOURCES[source][1]
    rows = query(
        crawled["archive"],
        "SELECT parse_errors, last_error FROM source_runs WHERE source = ? ORDER BY crawl_run_id LIMIT 1",
        (source,),
    )
    assert rows
    assert rows[0][0] == 1
    assert message in rows[0][1]
    assert f"Source {source}: " in crawled["first"].stderr
    assert items_of(crawled["archive"], source) == []


def test_robots_txt_is_obeyed(crawled):
    assert "/robots.txt" in crawled["first_paths"]
    assert "/private/feed.xml" not in crawled["first_paths"]


def test_listing_selectors_that_match_nothing_fall_back_to_the_generic_reader_and_say_so(crawled):
    stats = crawled["first_stats"]
    assert source_stat(stats, "stale-listing", "parse_errors") == 0
    assert source_stat(stats, "stale-listing", "generic_listing") == 1
    assert "the listing selectors matched no entries" in stats["source/stale-listing/last_error"]
    # The same page as nec-press: its three releases, found without selectors (already stored by nec-press or not).
    assert "3 read by the generic listing reader" in stats["source/stale-listing/last_error"]
    assert source_stat(stats, "stale-listing", "items_found") + source_stat(stats, "stale-listing", "items_known") == 3


def test_sources_off_by_default_and_of_other_spiders_are_not_crawled(crawled):
    assert not any("?off" in path or "?funding" in path for path in crawled["first_paths"])


def test_followed_listing_entries_get_the_article_lead_and_json_ld_date(crawled):
    rows = {row[0]: row for row in items_of(crawled["archive"], "llm-jp-blog")}
    assert set(rows) == {
        "LLM-jp-3 172Bの公開",
        "LLM-jp-3 1.8B・3.7B・13Bの公開",
        "llm-jp-13b v1.0の公開",
        "削除された記事",
    }
    assert rows["LLM-jp-3 172Bの公開"][2] == "2024-12-24T01:00:00Z"
    assert rows["LLM-jp-3 172Bの公開"][3].startswith("NII主宰のLLM勉強会は")
    assert rows["llm-jp-13b v1.0の公開"][2] is None
    # The article page is gone (404): the listing entry is kept as it is.
    assert rows["削除された記事"][3] == ""


def test_each_source_gets_a_source_runs_row(crawled):
    recorded = {row[0] for row in query(crawled["archive"], "SELECT DISTINCT source FROM source_runs")}
    assert {source["name"] for source in GOOD_SOURCES} <= recorded
    assert set(BAD_SOURCES) <= recorded


def test_a_second_crawl_of_unchanged_feeds_gets_304s_and_stores_nothing(crawled):
    assert crawled["second"].returncode == 0
    stats = crawled["second_stats"]
    for source in ("cao-news", "meti-news", "abeja-prtimes", "nec-press", "llm-jp-blog", "riken-malformed"):
        assert source_stat(stats, source, "not_modified") == 1, source
        assert source_stat(stats, source, "items_found") == 0, source
    assert stats.get("archive/items_new", 0) == 0
    assert query(crawled["archive"], "SELECT items_new FROM crawl_runs ORDER BY id DESC LIMIT 1") == [(0,)]
    conditional = [headers for path, headers in crawled["second_requests"] if path == "/feeds/atom_meti.xml"]
    assert conditional
    assert conditional[0].get("If-None-Match")


def test_validators_are_kept_only_for_feeds_that_were_read(crawled):
    keys = [row[0] for row in query(crawled["archive"], "SELECT url FROM feed_state")]
    assert "source=meti-news:/feeds/atom_meti.xml" in keys
    assert not any("malformed_nothing" in key or "html_as_feed" in key for key in keys)


def test_bad_sources_are_tried_again_on_the_next_crawl(crawled):
    for source in BAD_SOURCES:
        assert source_stat(crawled["second_stats"], source, "parse_errors") == 1, source


def test_funding_spider_reads_a_folder_of_file_feeds(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("rss20_thebridge.xml", "atom_meti.xml", "empty.xml"):
        shutil.copy(FEEDS / name, inbox / name)
    urls_file = tmp_path / "feeds.txt"
    urls_file.write_text(
        "# saved feeds\n" + "".join(path.as_uri() + "\n" for path in sorted(inbox.iterdir())), encoding="utf-8"
    )
    archive = tmp_path / "adhoc.db"
    result = run_spider(
        "funding", archive, arguments={"urls_file": str(urls_file), "kind": "funding", "since": "2024-01-01"}
    )
    assert result.returncode == 0, result.stderr[-3000:]
    rows = query(archive, "SELECT kind, backfill, source, title FROM items ORDER BY title")
    assert len(rows) == 4
    assert {row[:3] for row in rows} == {("funding", 1, "adhoc:file")}
    stats = last_run_stats(archive)
    assert source_stat(stats, "adhoc:file", "parse_errors") == 1
    assert "empty response body" in stats["source/adhoc:file/last_error"]
    assert query(archive, "SELECT arguments FROM crawl_runs")[0][0].count("since") == 1


def test_429_waits_as_long_as_retry_after_says(httpserver, tmp_path):
    body = (FEEDS / "atom_meti.xml").read_bytes()
    calls: list[float] = []
    lock = threading.Lock()

    def answer(request):
        with lock:
            calls.append(time.monotonic())
            if len(calls) == 1:
                return WerkzeugResponse("slow down", status=429, headers={"Retry-After": "1"})
        return WerkzeugResponse(body, status=200, content_type="application/atom+xml")

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/atom.xml").respond_with_handler(answer)
    registry = write_registry(
        tmp_path / "sources.toml",
        [{"name": "meti-news", "kind": "policy", "format": "atom", "url": httpserver.url_for("/atom.xml")}],
    )
    archive = tmp_path / "archive.db"
    result = run_spider("press", archive, registry=registry, settings={"RETRY_TIMES": 2})
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(calls) == 2
    assert calls[1] - calls[0] >= 1.0
    assert len(query(archive, "SELECT id FROM items")) == 2


def test_a_retry_after_beyond_the_limit_gives_up_at_once(httpserver, tmp_path):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/atom.xml").respond_with_data("busy", status=503, headers={"Retry-After": "3600"})
    registry = write_registry(
        tmp_path / "sources.toml",
        [{"name": "meti-news", "kind": "policy", "format": "atom", "url": httpserver.url_for("/atom.xml")}],
    )
    archive = tmp_path / "archive.db"
    started = time.monotonic()
    result = run_spider("press", archive, registry=registry, settings={"RETRY_TIMES": 2})
    assert result.returncode == 0
    assert time.monotonic() - started < 30
    stats = last_run_stats(archive)
    assert stats["retry/retry_after_too_long"] == 1
    assert "HTTP 503" in stats["source/meti-news/last_error"]


def test_a_body_cut_short_of_its_content_length_is_an_error(tmp_path):
    with CutShortServer((FEEDS / "rss20_thebridge.xml").read_bytes(), sent=600) as server:
        registry = write_registry(
            tmp_path / "sources.toml",
            [{"name": "thebridge", "kind": "funding", "format": "rss", "url": server.url + "/feed"}],
        )
        archive = tmp_path / "archive.db"
        result = run_spider("funding", archive, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    stats = last_run_stats(archive)
    assert stats["finish_reason"] == "finished"
    assert "cut short of its Content-Length" in stats["source/thebridge/last_error"]
    assert query(archive, "SELECT count(*) FROM items") == [(0,)]


def _spider(tmp_path: Path, **arguments) -> PressSpider:
    registry = write_registry(tmp_path / "sources.toml", GOOD_SOURCES + OTHER_SOURCES)
    crawler = project_crawler(PressSpider, {"SOURCES_FILE": str(registry), "SOURCES_BASE_URL": "http://127.0.0.1:9"})
    return PressSpider.from_crawler(crawler, **arguments)


def test_default_crawl_takes_the_enabled_sources_of_its_kinds(tmp_path):
    names = {source.name for source in _spider(tmp_path).sources}
    assert "meti-news" in names
    assert "llm-jp-blog" in names
    assert "off-by-default" not in names
    assert "bridge-funding" not in names


def test_named_sources_are_crawled_even_when_off_by_default(tmp_path):
    spider = _spider(tmp_path, source="off-by-default,meti-news")
    assert [source.name for source in spider.sources] == ["off-by-default", "meti-news"]


def test_kind_narrows_the_registry(tmp_path):
    assert {source.kind for source in _spider(tmp_path, kind="policy").sources} == {"policy"}


def test_kind_of_the_other_spider_is_refused(tmp_path):
    with pytest.raises(SpiderArgumentError, match="kind must be one of press, policy, news .*got 'funding'"):
        _spider(tmp_path, kind="funding")


def test_unknown_source_names_are_refused_with_the_known_ones(tmp_path):
    with pytest.raises(SpiderArgumentError, match="unknown source 'nope'; known: .*meti-news"):
        _spider(tmp_path, source="nope")


@pytest.mark.parametrize(
    ("arguments", "message"), [({"since": "14/05/2025"}, "YYYY-MM-DD"), ({"kind": "paper"}, "kind must be one of")]
)
def test_bad_arguments_are_refused(arguments, message):
    with pytest.raises(SpiderArgumentError, match=message):
        PressSpider(**arguments)


def test_registry_delays_become_download_slots_that_autothrottle_keeps(tmp_path):
    registry = write_registry(
        tmp_path / "sources.toml",
        [
            {
                "name": "meti-news",
                "kind": "policy",
                "format": "atom",
                "url": "https://www.meti.go.jp/a.xml",
                "download_delay": 10,
            },
            {"name": "thebridge", "kind": "press", "format": "rss", "url": "https://thebridge.jp/feed"},
        ],
    )
    crawler = project_crawler(PressSpider, {"SOURCES_FILE": str(registry), "DOWNLOAD_DELAY": 5})
    assert crawler.settings.getdict("DOWNLOAD_SLOTS")["www.meti.go.jp"] == {"delay": 10.0, "concurrency": 1}
    spider = PressSpider.from_crawler(crawler)
    meti, bridge = (spider._request(source.urls[0], source, "") for source in spider.sources)
    assert meti.meta["autothrottle_dont_adjust_delay"] is True
    assert bridge.meta["autothrottle_dont_adjust_delay"] is False


def test_a_listing_that_advertises_a_feed_is_read_through_the_feed(crawled):
    assert "/feeds/rss20_thebridge.xml?advertised" in crawled["first_paths"]
    assert "/comments/feed/" not in crawled["first_paths"]
    assert source_stat(crawled["first_stats"], "advertises-feed", "advertised_feed") == 1
    # The feed's two entries, not the selectors' one. Sakana AI's story is in
    # bridge-truncated too: whichever crawl stores it first keeps it as its own.
    stats = crawled["first_stats"]
    assert (
        source_stat(stats, "advertises-feed", "items_found") + source_stat(stats, "advertises-feed", "items_known") == 2
    )
    titles = titles_of(crawled["archive"], "advertises-feed")
    assert "LEP、シードラウンドで総額1.6億円を調達——京都大学イノベーションキャピタルなどから" in titles
    assert set(titles) <= {
        "LEP、シードラウンドで総額1.6億円を調達——京都大学イノベーションキャピタルなどから",
        "Sakana AI、シリーズBで約200億円を調達——評価額は約4,000億円に",
    }


def test_an_advertised_feed_that_carries_none_of_the_listings_entries_leaves_the_listing(crawled):
    assert "/feeds/rss20_thebridge.xml?section" in crawled["first_paths"]
    assert source_stat(crawled["first_stats"], "advertises-other-feed", "advertised_feed") == 0
    assert sorted(titles_of(crawled["archive"], "advertises-other-feed")) == [
        "PPC用紙 下半期 買入",
        "字幕表示システム一式 買入",
    ]


def test_a_listing_read_by_the_generic_reader_shows_degraded_in_source_health(crawled, tmp_path):
    """As health judges it after the first crawl (the second one only saw 304s)."""
    import sqlite_utils

    from archive.health import compute_source_health

    first_only = tmp_path / "first.db"
    # The backup API, not a file copy: the archive's latest writes may still be in its WAL.
    with sqlite3.connect(crawled["archive"]) as source, sqlite3.connect(first_only) as copy:
        source.backup(copy)
    db = sqlite_utils.Database(first_only)
    latest = db.execute("SELECT max(id) FROM crawl_runs").fetchone()[0]
    db.execute("DELETE FROM source_runs WHERE crawl_run_id = ?", [latest])
    db.execute("DELETE FROM crawl_runs WHERE id = ?", [latest])
    db.conn.commit()
    health = {row.source: row for row in compute_source_health(db)}
    assert health["stale-listing"].status == "degraded"
    assert "generic listing reader" in health["stale-listing"].last_error
    assert health["nec-press"].status == "ok"
