"""Items without a title: a title from the start of the text, classified, stored, shown as derived."""

from __future__ import annotations

import json
import subprocess
import sys

from archive import Archive
from archive.digest_queries import week_rows
from crawler.feeds import FeedOrigin, parse_feed
from schedules.digest import DERIVED_TITLE_MARK, to_entry
from tests.conftest import PROJECT_ROOT

UNTITLED_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lab news</title><link>https://lab.example.jp/</link>
<item><link>https://lab.example.jp/news/1</link>
<description>東京の研究所が日本語の大規模言語モデルを公開しました。パラメータ数は130億です。</description>
<pubDate>Mon, 23 Nov 2026 10:00:00 +0900</pubDate></item>
</channel></rss>""".encode()


def test_a_feed_entry_without_title_is_kept():
    parsed = parse_feed(
        UNTITLED_RSS, FeedOrigin(source="lab", kind="press"), "application/rss+xml", "https://lab.example.jp/feed"
    )
    (item,) = parsed.items
    assert item.title == ""
    assert "大規模言語モデル" in item.summary


def test_scrapy_classify_takes_a_line_without_title(tmp_path):
    line = json.dumps(
        {"text": "Sakana AIは東京で日本語の大規模言語モデルを公開した。", "url": "https://sakana.ai/x"},
        ensure_ascii=False,
    )
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "classify"],
        input=line + "\n",
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout)["relevant"] is True


def test_a_derived_title_is_stored_and_marked_in_the_digest(archive_path):
    with Archive(archive_path) as archive:
        archive.store_item(
            {
                "id": "url:untitled",
                "kind": "press",
                "source": "lab",
                "url": "https://lab.example.jp/1",
                "title": "東京の研究所が日本語の大規模言語モデルを公開しました。",
                "title_derived": True,
                "relevant": True,
                "published_at": "2026-11-23T01:00:00Z",
            },
            now="2026-11-24T00:00:00Z",
        )
        archive.store_item(
            {
                "id": "url:titled",
                "kind": "press",
                "source": "lab",
                "url": "https://lab.example.jp/2",
                "title": "A headline",
                "relevant": True,
            },
            now="2026-11-24T00:00:00Z",
        )
        rows = {row["id"]: row for row in week_rows(archive, "2026-W48")["items"]}
    assert to_entry(rows["url:untitled"]).title.startswith(DERIVED_TITLE_MARK)
    assert to_entry(rows["url:titled"]).title == "A headline"
