"""`scrapy sources check`: one look at each source against the sample server,
with sources that are fine, moved, empty, gone, robots-blocked, redesigned and
that advertise a feed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.demo.server import SampleServer
from crawler.source_check import SourceChecker
from crawler.sources import load_registry
from tests.sources_helpers import FEEDS, FIXTURES, LISTINGS, PROJECT_ROOT, write_registry

NEC_SELECTORS = {"item": "li.news-item", "title": "a", "link": "a", "date": ".date"}


def feed(name: str, path: str, **extra) -> dict:
    return {"name": name, "kind": "press", "format": "rss", "url": "{base_url}/" + path, "language": "ja", **extra}


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


SOURCES = [
    feed("fine-feed", "feeds/atom_meti.xml", format="atom"),
    feed("real-prtimes", "real/prtimes_index_2026-08-26.rdf", format="rdf"),
    feed("moved-feed", "old/feed.xml"),
    feed("empty-feed", "feeds/empty.xml"),
    feed("gone-feed", "feeds/gone.xml"),
    feed("blocked-feed", "private/feed.xml"),
    listing("fine-listing", "listings/nec_press_cp932.html", NEC_SELECTORS),
    listing(
        "redesigned-listing",
        "real/meti_press_index_2026-08-26.html",
        {"item": "div.press-card", "title": "h3", "link": "a", "date": "time"},
    ),
    listing("feed-listing", "listings/advertises_feed.html", NEC_SELECTORS),
    feed("off-feed", "feeds/gone.xml?off", enabled=False, disabled_reason="terms"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(FEEDS, root / "feeds")
    shutil.copytree(LISTINGS, root / "listings")
    shutil.copytree(FIXTURES / "real", root / "real")
    (root / "old").mkdir()
    (root / "old" / "feed.xml").write_text("", encoding="utf-8")
    (root / "old" / "feed.xml.headers").write_text(
        "Status: 301\nLocation: /feeds/rss20_thebridge.xml\n", encoding="utf-8"
    )
    (root / "private").mkdir()
    shutil.copy(FEEDS / "atom_meti.xml", root / "private" / "feed.xml")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def checked(site, tmp_path_factory):
    registry = write_registry(tmp_path_factory.mktemp("registry") / "sources.toml", SOURCES)
    with SampleServer(site) as server:
        checks = SourceChecker("jpllm-watch-test", server.url).check_all(load_registry(registry))
        paths = server.log.paths()
    return {check.source: check for check in checks}, paths


def test_a_fine_feed(checked):
    check = checked[0]["fine-feed"]
    assert (check.verdict, check.status, check.robots, check.format) == ("ok", 200, "allowed", "atom10")
    assert check.entries == 2
    assert check.newest == "2024-04-19T08:00:00Z"
    assert check.samples == [
        "「AI事業者ガイドライン（第1.0版）」を取りまとめました",
        "生成AIの開発力強化に向けたプロジェクト「GENIAC」を開始します",
    ]


def test_the_real_prtimes_capture_reports_its_newest_time(checked):
    check = checked[0]["real-prtimes"]
    assert check.verdict == "ok"
    assert check.entries == 12
    assert check.newest == "2026-08-26T05:05:17Z"


def test_a_moved_feed_is_redirected_with_its_final_url(checked):
    check = checked[0]["moved-feed"]
    assert check.verdict == "redirected"
    assert check.final_url.endswith("/feeds/rss20_thebridge.xml")
    assert check.entries > 0
    assert "update the registry URL" in check.reason


def test_empty_gone_and_blocked_feeds(checked):
    checks = checked[0]
    assert (checks["empty-feed"].verdict, checks["empty-feed"].reason) == ("empty", "empty response body")
    assert (checks["gone-feed"].verdict, checks["gone-feed"].reason) == ("failed", "HTTP 404")
    assert checks["blocked-feed"].verdict == "blocked"
    assert checks["blocked-feed"].robots == "disallowed"
    assert "/private/feed.xml" not in checked[1]


def test_a_listing_reports_its_selector_hits(checked):
    check = checked[0]["fine-listing"]
    assert check.verdict == "ok"
    assert check.entries == 3
    # Four matches, one a duplicate link: three entries.
    assert check.selector_hits == {"item": 4, "title": 4, "link": 4, "date": 4}


def test_a_redesigned_listing_matches_nothing_but_the_generic_reader_finds_its_entries(checked):
    check = checked[0]["redesigned-listing"]
    assert check.verdict == "selectors match nothing"
    assert check.selector_hits == {"item": 0, "title": 0, "link": 0, "date": 0}
    assert check.generic_entries == 20
    assert not check.yields_nothing


def test_a_listing_that_advertises_a_feed_says_the_crawl_reads_it(checked):
    check = checked[0]["feed-listing"]
    assert check.advertised_feeds[0].endswith("/feeds/rss20_thebridge.xml?advertised")
    assert "advertised feed" in check.reason


def test_one_request_per_source_plus_robots_txt(checked):
    paths = checked[1]
    assert paths.count("/robots.txt") == 1
    checked_sources = [source for source in SOURCES if source["name"] != "blocked-feed"]
    # The moved feed costs its redirect too.
    assert len(paths) == 1 + len(checked_sources) + 1


def scrapy_sources(registry: Path, base_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "sources",
            *args,
            "-s",
            f"SOURCES_FILE={registry}",
            "-s",
            f"SOURCES_BASE_URL={base_url}",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_command_prints_verdicts_and_exits_1_when_an_enabled_source_yields_nothing(site, tmp_path):
    registry = write_registry(tmp_path / "sources.toml", SOURCES)
    with SampleServer(site) as server:
        fine = scrapy_sources(registry, server.url, "check", "fine-feed", "redesigned-listing")
        failing = scrapy_sources(registry, server.url, "check", "--json")
    assert fine.returncode == 0, fine.stderr[-2000:]
    assert "fine-feed: ok" in fine.stdout
    assert "redesigned-listing: selectors match nothing" in fine.stdout
    assert "2 sources checked: 1 ok, 1 selectors match nothing" in fine.stdout
    assert failing.returncode == 1
    report = {check["source"]: check for check in json.loads(failing.stdout)}
    assert "off-feed" not in report
    assert {name for name, check in report.items() if check["yields_nothing"]} == {
        "empty-feed",
        "gone-feed",
        "blocked-feed",
    }


def test_an_unknown_source_is_a_usage_error(site, tmp_path):
    registry = write_registry(tmp_path / "sources.toml", SOURCES)
    result = scrapy_sources(registry, "http://127.0.0.1:9", "check", "no-such-source")
    assert result.returncode == 2
    assert "unknown sources: no-such-source" in result.stderr
