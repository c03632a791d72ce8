"""The spiders' parsers on real captures of registry sources (tests/fixtures/real/).

Each test here failed before the fix it guards; the captures' provenance is in
tests/fixtures/real/MANIFEST.toml.
"""

from __future__ import annotations

import re
import tomllib

from archive.search import SearchFilters
from common.text import to_utc_iso
from crawler.feeds import FeedOrigin, parse_feed
from crawler.sources import load_registry
from tests import doc_pages
from tests.sources_helpers import FIXTURES, PROJECT_ROOT

REAL = FIXTURES / "real"
# Items stored here are not classified: search them all.
ALL = SearchFilters(relevant_only=False)
MANIFEST = tomllib.loads((REAL / "MANIFEST.toml").read_text(encoding="utf-8"))["capture"]
PRTIMES = FeedOrigin(source="prtimes-genai", kind="press", language="ja", publisher="PR TIMES", store_summary=False)
ITMEDIA = FeedOrigin(source="itmedia-aiplus", kind="news", language="ja", publisher="ITmedia AI+")


def real_bytes(name: str) -> bytes:
    return (REAL / name).read_bytes()


def test_every_capture_has_its_provenance_and_its_file():
    for capture in MANIFEST:
        assert (REAL / capture["file"]).is_file(), capture["file"]
        for key in ("url", "captured", "repository", "path", "commit", "kept", "licence"):
            assert capture.get(key), f"{capture['file']}: no {key}"
        assert re.fullmatch(r"[0-9a-f]{40}", capture["commit"])
    listed = {capture["file"] for capture in MANIFEST}
    on_disk = {path.name for path in REAL.iterdir() if path.name != "MANIFEST.toml"}
    assert on_disk == listed


def test_manifest_names_registry_sources_at_their_urls():
    registry = {source.name: source for source in load_registry(PROJECT_ROOT / "crawler/data/sources.toml")}
    for capture in MANIFEST:
        for name in capture["sources"]:
            assert capture["url"] in registry[name].urls, (name, capture["url"])


def test_docs_report_how_many_registry_sources_are_tested_on_real_captures():
    covered = {name for capture in MANIFEST for name in capture["sources"]}
    total = len(load_registry(PROJECT_ROOT / "crawler/data/sources.toml"))
    assert f"{len(covered)} of the {total} registry sources are tested on real captures" in doc_pages.text()


# ---------------------------------------------------------------- PR TIMES


def test_prtimes_items_keep_the_time_of_dc_date_not_the_day_of_date():
    """PR TIMES sends <dc:date> with the time and a private day-only <date>; all 200 items were stored at midnight."""
    body = real_bytes("prtimes_index_2026-08-26.rdf")
    expected = [to_utc_iso(value.decode()) for value in re.findall(rb"<item .*?<dc:date>([^<]+)</dc:date>", body, re.S)]
    parsed = parse_feed(body, PRTIMES, "application/xml", "https://prtimes.jp/index.rdf")
    assert len(parsed.items) == 12 == len(expected)
    assert [item.published_at for item in parsed.items] == expected
    assert parsed.items[0].published_at == "2026-08-26T05:03:52Z"


def test_prtimes_company_and_no_table_of_contents_items():
    parsed = parse_feed(real_bytes("prtimes_index_2026-08-26.rdf"), PRTIMES, "application/xml")
    assert parsed.items[0].organisations == ["公益財団法人日本ユニセフ協会"]
    assert all(item.url.startswith("https://prtimes.jp/main/html/rd/p/") for item in parsed.items)
    assert not parsed.bozo


# ---------------------------------------------------------------- ITmedia AI+


def test_itmedia_feed_with_a_newline_before_the_xml_declaration_is_not_degraded():
    """Served with a leading newline, expat refuses the declaration and feedparser sets bozo; every entry still parses."""
    body = b"\n" + real_bytes("itmedia_aiplus_2026-08-26.xml")
    parsed = parse_feed(body, ITMEDIA, "application/xml")
    assert len(parsed.items) == 20
    assert not parsed.degraded
    assert not any(item.feed_bozo for item in parsed.items)
    assert parsed.items[0].published_at == "2026-08-26T04:42:06Z"


def test_a_feed_that_loses_entries_is_still_degraded():
    body = real_bytes("itmedia_aiplus_2026-08-26.xml")
    cut = body[: body.index(b"<item>", body.index(b"news039")) + 40]
    parsed = parse_feed(cut, ITMEDIA, "application/xml")
    assert parsed.bozo
    assert parsed.degraded
    assert parsed.entries_lost >= 1
    assert len(parsed.items) >= 1


# ---------------------------------------------------------------- FeedBurner (no registry source uses it)


FEEDBURNER = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
<channel><title>Example Lab News</title><link>https://lab.example.jp/</link>
<item><title>LLM\xe3\x82\x92\xe5\x85\xac\xe9\x96\x8b</title>
<link>http://feedproxy.google.com/~r/ExampleLab/~3/AbCdEf/</link>
<guid isPermaLink="false">https://lab.example.jp/?p=123</guid>
<pubDate>Tue, 25 Aug 2026 10:00:00 +0900</pubDate>
<feedburner:origLink>https://lab.example.jp/news/2026/08/llm-release/</feedburner:origLink>
</item></channel></rss>"""


def test_feedburner_original_link_is_stored_not_the_proxy():
    """A faithful minimal reproduction (synthetic): no capture of a FeedBurner feed can be kept."""
    parsed = parse_feed(FEEDBURNER, ITMEDIA, "application/rss+xml")
    assert [item.url for item in parsed.items] == ["https://lab.example.jp/news/2026/08/llm-release/"]


# ---------------------------------------------------------------- titles as published


def test_itmedia_titles_are_stored_and_shown_as_published_and_found_folded(tmp_path):
    """？, …… and the full-width space were NFKC-folded into ?, ...... and a space before they were stored."""
    from itemadapter import ItemAdapter

    from archive import Archive
    from archive.search import search
    from crawler.spiders.arxiv import ArxivSpider
    from pipelines.normalise import NormalisePipeline
    from tests.conftest import project_crawler

    crawler = project_crawler(ArxivSpider, {})
    crawler.stats.open_spider()
    pipeline = NormalisePipeline.from_crawler(crawler)
    parsed = parse_feed(real_bytes("itmedia_aiplus_2026-08-26.xml"), ITMEDIA, "application/xml")
    with Archive(tmp_path / "archive.db") as archive:
        for item in parsed.items:
            archive.store_item(ItemAdapter(pipeline.process_item(item)).asdict())
        stored = {row[0] for row in archive.db.execute("SELECT title FROM items")}
        assert "こんなところに野良AIが？　事例で解説、実際にあった2つの発覚パターンと防衛策" in stored
        assert (
            "シャープ、対話型AIロボ「ポケとも」に新モデル　あえて“全肯定しないキャラ”に　「暇だなー」と話しかけると……"
        ) in stored
        assert not any("?" in title or "......" in title for title in stored)
        # Matching folds: a half-width query finds the full-width headline, and the result shows it as published.
        found = search(archive.db, "野良AIが? 事例", ALL).hits
        assert [hit.title for hit in found] == [
            "こんなところに野良AIが？　事例で解説、実際にあった2つの発覚パターンと防衛策"
        ]
        assert [hit.title for hit in search(archive.db, "ＣｈａｔＧＰＴ　Ｗｏｒｋ", ALL).hits][:1] == [
            "ChatGPT Work、ログイン必要なサイトも操作可能に　「パスワードは一切見ない」"
        ]


def test_an_archive_from_before_keeps_its_titles_searchable(tmp_path):
    """The migration gives stored titles their folded copy and re-indexes them."""
    import sqlite_utils

    from archive import Archive
    from archive.schema import MIGRATIONS, _fold_titles_for_matching, migrate
    from archive.search import search

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    before = MIGRATIONS.index(_fold_titles_for_matching)
    for migration in MIGRATIONS[:before]:
        migration(db)
    db.execute(f"PRAGMA user_version = {before}")
    db["items"].insert(
        {
            "id": "url:1",
            "kind": "news",
            "source": "s",
            "url": "https://example.jp/1",
            "title": "生成AIの新モデル",
            "summary": "",
            "first_seen_at": "2026-08-26T00:00:00Z",
            "last_seen_at": "2026-08-26T00:00:00Z",
            "week": "2026-W35",
        }
    )
    db.conn.commit()
    db.close()
    with Archive(path) as archive:
        assert [hit.title for hit in search(archive.db, "生成AI", ALL).hits] == ["生成AIの新モデル"]
        assert archive.db.execute("SELECT title_folded FROM items").fetchone()[0] == "生成AIの新モデル"
        assert migrate(archive.db) == len(MIGRATIONS)
