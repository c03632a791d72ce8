"""The spiders' parsers on real captures of registry sources (tests/fixtures/real/).

Each test here failed before the fix it guards; the captures' provenance is in
tests/fixtures/real/MANIFEST.toml.
"""

from __future__ import annotations

import re
import tomllib
from email.utils import parsedate_to_datetime

import pytest
from lxml import etree

from archive.search import SearchFilters
from common.text import clean_text, to_utc_iso
from crawler.feeds import FeedOrigin, parse_feed
from crawler.listings import read_listing
from crawler.sources import load_registry
from tests import doc_pages
from tests.sources_helpers import FIXTURES, PROJECT_ROOT

REAL = FIXTURES / "real"
# Items stored here are not classified: search them all.
ALL = SearchFilters(relevant_only=False)
MANIFEST_FILE = tomllib.loads((REAL / "MANIFEST.toml").read_text(encoding="utf-8"))
MANIFEST = MANIFEST_FILE["capture"]
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


def test_every_registry_source_is_either_captured_or_marked_synthetic():
    names = [source.name for source in load_registry(PROJECT_ROOT / "crawler/data/sources.toml")]
    covered = {name for capture in MANIFEST for name in capture["sources"]}
    synthetic = MANIFEST_FILE["synthetic"]
    assert len(synthetic) == len(set(synthetic))
    assert not covered & set(synthetic)
    assert covered | set(synthetic) == set(names)


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
    """Served with a leading newline, expat refuses the declaration and feedparser sets bozo; every entry parses."""
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


# ---------------------------------------------------------------- feeds saved by kasumigaseki-lens, koho-lens


def registry_origin(name: str) -> FeedOrigin:
    """The origin the spiders give a registry source's feed (crawler/spiders/_sources.py)."""
    source = next(source for source in load_registry(PROJECT_ROOT / "crawler/data/sources.toml") if source.name == name)
    return FeedOrigin(
        source=source.name,
        kind=source.kind,
        language=source.language,
        organisation=source.organisation,
        publisher=source.publisher,
        store_summary=source.store_summary,
        encoding=source.encoding,
    )


def served_entries(body: bytes) -> list[tuple[str, str, str]]:
    """(title, link, UTC date) of every item or entry, read straight from the XML with lxml, not feedparser."""
    root = etree.fromstring(body)

    def child(entry, name: str):
        return next((element for element in entry if etree.QName(element).localname == name), None)

    served = []
    for entry in root.iter():
        if not isinstance(entry.tag, str) or etree.QName(entry).localname not in ("item", "entry"):
            continue
        link = child(entry, "link")
        url = link.get("href") or link.text
        stamp = next(
            (child(entry, name).text for name in ("date", "pubDate", "updated") if child(entry, name) is not None), ""
        )
        when = parsedate_to_datetime(stamp) if "," in stamp else stamp
        served.append((clean_text(child(entry, "title").text), url.strip(), to_utc_iso(when)))
    return served


@pytest.mark.parametrize(
    ("name", "file", "count", "first"),
    [
        (
            "cao-news",
            "cao_news_2026-08-19.rdf",
            10,
            (
                "機械受注統計調査報告（令和8年6月実績および令和8年7～9月見通し）",
                "https://www.esri.cao.go.jp/jp/stat/juchu/juchu.html",
                "2026-08-18T23:50:00Z",
            ),
        ),
        (
            "digital-agency-news",
            "digital_news_2026-08-19.xml",
            20,
            (
                "マイナンバーカードを用いた公的個人認証サービス（JPKI）導入事業者及び事例一覧を更新しました",
                "https://www.digital.go.jp/policies/mynumber/private-business/jpki-introduction/mynumbercard-user-list",
                "2026-08-19T06:00:00Z",
            ),
        ),
        (
            "soumu-news",
            "soumu_news_2026-08-19.rdf",
            20,
            (
                "令和8年度地方財政審議会（8月19日）議事要旨",
                "https://www.soumu.go.jp/main_sosiki/singi/chizai/02zaisei02_04001397_00957.html",
                "2026-08-18T20:00:00Z",
            ),
        ),
        (
            "mext-news",
            "mext_news_2026-08-19.rdf",
            21,
            (
                "中央教育審議会大学分科会質向上・質保証システム部会（第11回）を開催します",
                "https://www.mext.go.jp/b_menu/shingi/chukyo/chukyo4/055/kaisai/1422340_00014.html",
                "2026-08-19T05:00:00Z",
            ),
        ),
        (
            "fujitsu-prtimes",
            "prtimes_fujitsu_2026-08-19.rdf",
            12,
            (
                "JA共済連様の情報系システムの安定運用と高度な活用促進に向け"
                "「Fujitsu クラウドサービス powered by Oracle Alloy」と「Oracle Analytics Cloud」を導入",
                "https://prtimes.jp/main/html/rd/p/000000596.000093942.html",
                "2026-08-18T10:54:26Z",
            ),
        ),
    ],
)
def test_registry_feeds_give_every_item_as_served(name, file, count, first):
    """Titles as published (full-width brackets and spaces kept), links, and the times the feed gives."""
    body = real_bytes(file)
    capture = next(capture for capture in MANIFEST if capture["file"] == file)
    parsed = parse_feed(body, registry_origin(name), "application/xml", capture["url"])
    assert not parsed.degraded
    assert len(parsed.items) == count
    # Entries that share a link are one archive item, the first (newest) standing for the rest: the
    # Digital Agency links two procurement notices to its procurement page.
    served = served_entries(body)
    first_per_link = [entry for index, entry in enumerate(served) if entry[1] not in {e[1] for e in served[:index]}]
    assert [(item.title, item.url, item.published_at) for item in parsed.items] == first_per_link
    assert (parsed.items[0].title, parsed.items[0].url, parsed.items[0].published_at) == first
    assert all(item.source == name for item in parsed.items)


def test_soumu_feed_in_shift_jis_is_read_by_its_xml_declaration_whatever_the_header_says():
    """The Shift_JIS body decodes to the same titles when the server labels it UTF-8 or says nothing."""
    body = real_bytes("soumu_news_2026-08-19.rdf")
    assert body.startswith(b'<?xml version="1.0" encoding="Shift_JIS" ?>')
    bare = parse_feed(body, registry_origin("soumu-news"), "application/xml")
    assert bare.items[1].title.startswith("利用者情報ワーキンググループ第2次報告書（案）")
    assert not any("\ufffd" in item.title for item in bare.items)


def test_meti_atom_feed_captured_in_august_ends_in_june():
    """The capture shows the feed frozen since the site's redesign: its newest entry is two months old."""
    parsed = parse_feed(real_bytes("meti_release_atom_2026-08-19.xml"), registry_origin("meti-news"), "application/xml")
    assert max(item.published_at for item in parsed.items) == "2026-06-19T05:00:00Z"


def test_meti_news_reads_the_real_press_index_with_its_own_selectors():
    """The registry reads METI's press index (the Atom feed froze): every release, none degraded, Tokyo dates."""
    capture = next(capture for capture in MANIFEST if capture["file"] == "meti_press_index_2026-08-26.html")
    source = next(
        source for source in load_registry(PROJECT_ROOT / "crawler/data/sources.toml") if source.name == "meti-news"
    )
    assert (source.format, source.urls) == ("html", (capture["url"],))
    html = real_bytes(capture["file"]).decode("utf-8")
    listing = read_listing(html, capture["url"], source.selectors)
    served = re.findall(r'<p>(\d{4})年(\d+)月(\d+)日</p><a class="cut_txt" href="([^"]+)">\s*([^<]+?)</a>', html)
    assert len(served) == 20
    assert [(entry.title, entry.url) for entry in listing.entries] == [
        (title, "https://www.meti.go.jp" + path) for _, _, _, path, title in served
    ]
    assert listing.entries[0].published_at == "2026-08-25T15:00:00Z", "26 Aug in Tokyo"
    assert listing.entries[-1].url == "https://www.meti.go.jp/press/2026/08/20260806001.html"
    stale = parse_feed(real_bytes("meti_release_atom_2026-08-19.xml"), registry_origin("meti-news"), "application/xml")
    newest_in_feed = max(item.published_at for item in stale.items)
    assert all(entry.published_at > newest_in_feed for entry in listing.entries), "the index has what the feed lost"


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


def test_feedburner_items_keep_the_articles_own_links_not_the_proxy():
    """TechCrunch through FeedBurner (2011): every <link> is a feedproxy.google.com address, origLink the article's."""
    body = real_bytes("techcrunch_feedburner_2011-11-02.xml")
    original_links = [
        link.decode() for link in re.findall(rb"<feedburner:origLink>([^<]+)</feedburner:origLink>", body)
    ]
    parsed = parse_feed(
        body, FeedOrigin(source="techcrunch", kind="news"), "text/xml", "http://feeds.feedburner.com/Techcrunch"
    )
    assert len(parsed.items) == 10
    assert [item.url for item in parsed.items] == original_links
    assert (
        parsed.items[0].url
        == "http://techcrunch.com/2011/11/02/angies-list-prices-ipo-at-11-to-13-per-share-valued-at-over-600m/"
    )
    assert parsed.items[0].published_at == "2011-11-02T17:25:27Z"
    assert b"feedproxy.google.com" in body
    assert not any("feedproxy" in item.url for item in parsed.items)


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


def test_summaries_and_publishers_are_stored_as_published_and_found_folded(tmp_path):
    """（金曜日） became (金曜日), ： a colon, and the full-width space of 文部科学省　新着情報 a space, when stored."""
    from itemadapter import ItemAdapter

    from archive import Archive
    from archive.search import search
    from crawler.spiders.arxiv import ArxivSpider
    from pipelines.normalise import NormalisePipeline
    from tests.conftest import project_crawler

    crawler = project_crawler(ArxivSpider, {})
    crawler.stats.open_spider()
    pipeline = NormalisePipeline.from_crawler(crawler)
    meti = parse_feed(real_bytes("meti_release_atom_2026-08-19.xml"), registry_origin("meti-news"), "application/xml")
    # A feed given by hand (scrapy crawl press -a url=...) has no registry publisher: its title names it.
    mext = parse_feed(real_bytes("mext_news_2026-08-19.rdf"), FeedOrigin(source="by-hand", kind="policy"), "text/xml")
    with Archive(tmp_path / "archive.db") as archive:
        for item in [*meti.items, *mext.items]:
            archive.store_item(ItemAdapter(pipeline.process_item(item)).asdict())
        summary, publisher = archive.db.execute(
            "SELECT summary, publisher FROM items WHERE url = ?",
            ["https://www.meti.go.jp/press/2026/06/20260619003/20260619003.html"],
        ).fetchone()
        assert "令和8年6月19日（金曜日）から8月18日（火曜日）まで、優良事業者を募集します。" in summary
        assert publisher == "METI"
        publishers = {row[0] for row in archive.db.execute("SELECT publisher FROM items WHERE source = 'by-hand'")}
        assert publishers == {"文部科学省\u3000新着情報"}
        # A half-width query finds what only the summary holds, written full-width (RESAS：リーサス).
        found = search(archive.db, "RESAS:リーサス", ALL).hits
        assert [hit.title for hit in found] == [
            "国内最大級のオープンデータプラットフォームである地域経済分析システム（RESAS）をアップデートしました"
        ]


def test_an_archive_from_before_keeps_its_titles_searchable(tmp_path):
    """The migrations give stored titles and summaries their folded copies and re-index them."""
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
            "summary": "地域経済分析システム(RESAS:リーサス)を更新",
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
        # Summaries, folded when stored before, are the folded copy as they are.
        assert [hit.title for hit in search(archive.db, "RESAS:リーサス", ALL).hits] == ["生成AIの新モデル"]
        assert migrate(archive.db) == len(MIGRATIONS)


# ---------------------------------------------------------------- registry entries real captures corrected


def test_registry_reads_pfn_news_from_its_page_and_kddi_from_its_feed():
    """A public project's capture log found PFN's /ja/news/feed/ answering 308 then 404 since 2026-07-31
    (Eveysnow5/senridf-web, tests/corpus/MANIFEST.json, commit d6a7c5c1cf728ebb7a22b8eb6521235d24215aa6);
    KDDI serves its releases at newsroom.kddi.com/news/newsrelease.xml, where the registry guessed selectors."""
    registry = {source.name: source for source in load_registry(PROJECT_ROOT / "crawler/data/sources.toml")}
    assert not any("preferred.jp/ja/news/feed" in url for source in registry.values() for url in source.urls)
    assert (registry["pfn-news"].format, registry["pfn-news"].urls) == ("html", ("https://www.preferred.jp/ja/news/",))
    kddi = registry["kddi-newsroom"]
    assert (kddi.format, kddi.urls, kddi.selectors) == (
        "rss",
        ("https://newsroom.kddi.com/news/newsrelease.xml",),
        None,
    )
