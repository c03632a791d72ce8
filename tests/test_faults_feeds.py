"""Issue 10, cases 5, 11 and 12: hostile feeds lose nothing and garble nothing.

A far-future date, control characters in titles and one Shift_JIS title in
a UTF-8 feed, each crawled by ``scrapy crawl`` through every pipeline into
the archive, and read back through the Markdown digest.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from crawler.feeds import FeedOrigin, parse_feed
from tests.sources_helpers import PROJECT_ROOT, last_run_stats, query, run_spider, source_stat, write_registry

EVERY_PIPELINE = json.dumps(
    {
        "pipelines.normalise.NormalisePipeline": 100,
        "pipelines.classify.ClassifyPipeline": 300,
        "pipelines.dedupe.DedupePipeline": 400,
        "pipelines.store.StorePipeline": 500,
    }
)
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
NOW = datetime.now(UTC)


def rss(entries: list[tuple[bytes, str]]) -> bytes:
    """A UTF-8-declared RSS 2.0 feed; each entry is (title bytes, pubDate)."""
    items = b"".join(
        b"<item><title>"
        + title
        + b"</title>"
        + f"<link>https://www.example.com/press/{n}.html</link><pubDate>{date}</pubDate>".encode()
        + "<description>日本語の大規模言語モデルを企業向けに提供する。</description></item>".encode()
        for n, (title, date) in enumerate(entries)
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fujitsu</title>'
        b"<link>https://www.example.com/</link><description>press</description>" + items + b"</channel></rss>"
    )


def recent(days: int) -> str:
    return format_datetime(NOW - timedelta(days=days))


def crawl_feed(httpserver, tmp_path, body: bytes, content_type: str = "application/rss+xml"):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(body, content_type=content_type)
    registry = write_registry(
        tmp_path / "sources.toml",
        [
            {
                "name": "fujitsu-press",
                "kind": "press",
                "format": "rss",
                "organisation": "Fujitsu",
                "language": "ja",
                "url": httpserver.url_for("/feed.xml"),
            }
        ],
    )
    archive = tmp_path / "archive.db"
    result = run_spider("press", archive, registry=registry, settings={"ITEM_PIPELINES": EVERY_PIPELINE})
    return archive, result


def markdown_digest(archive) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "digest", "--week", "current", "--format", "markdown"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "JPLLM_ARCHIVE": str(archive)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


# Case 5: a date more than a day ahead is not a publication date.


def test_a_far_future_date_is_kept_dated_when_first_seen_and_counted(httpserver, tmp_path):
    body = rss(
        [
            ("富士通、日本語LLM「Takane」を提供開始".encode(), "Fri, 31 Dec 9999 23:59:59 GMT"),
            ("富士通、生成AIの新サービスを発表".encode(), format_datetime(NOW + timedelta(days=40))),
            ("富士通、LLMの評価基盤を公開".encode(), recent(1)),
        ]
    )
    archive, result = crawl_feed(httpserver, tmp_path, body)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    rows = query(archive, "SELECT title, published_at, first_seen_at FROM items ORDER BY url")
    assert len(rows) == 3
    assert [published for _, published, _ in rows[:2]] == [None, None]
    assert rows[2][1] is not None
    assert last_run_stats(archive)["normalise/future_date"] == 2
    digest = markdown_digest(archive)
    assert "Takane" in digest


# Case 11: control characters never reach the archive or the digest.


def test_control_characters_are_stripped_before_the_archive_and_the_digest(httpserver, tmp_path):
    title = "富士通、日本語\x01LLM\x1b[31m「Takane」\x7fを提供開始\x08"
    body = rss(
        [
            (title.encode(), recent(1)),
            ("富士通、生成AI&#0;の新サービス&#x1F;を発表".encode(), recent(2)),
        ]
    ).replace("<description>日本語".encode(), "<description>\x02日本語".encode(), 1)
    archive, result = crawl_feed(httpserver, tmp_path, body)
    assert result.returncode == 0, result.stderr[-3000:]
    stored = query(archive, "SELECT title, summary FROM items")
    assert len(stored) == 2
    for title_stored, summary in stored:
        assert not CONTROLS.search(title_stored + summary), (title_stored, summary)
    assert "富士通、日本語LLM[31m「Takane」を提供開始" in [row[0] for row in stored]
    digest = markdown_digest(archive)
    assert "Takane" in digest
    assert not CONTROLS.search(digest.replace("\n", "").replace("\t", ""))


# Case 12: one Shift_JIS title does not garble a UTF-8 feed.

MIXED = [
    ("富士通、日本語LLM「Takane」を提供開始".encode(), recent(1)),
    ("ソフトバンク、生成AIの新会社を設立".encode("cp932"), recent(1)),
    ("NEC、生成AI「cotomi」を拡充".encode(), recent(2)),
    ("楽天、日本語LLM「Rakuten AI 7B」を公開".encode(), recent(3)),
]


@pytest.mark.parametrize("content_type", ["application/rss+xml", "application/rss+xml; charset=utf-8"])
def test_one_shift_jis_title_leaves_the_rest_of_a_utf8_feed_readable(content_type):
    parsed = parse_feed(rss(MIXED), FeedOrigin(source="mixed", kind="press"), content_type)
    titles = [item.title for item in parsed.items]
    assert titles[0] == "富士通、日本語LLM「Takane」を提供開始"
    assert titles[2:] == ["NEC、生成AI「cotomi」を拡充", "楽天、日本語LLM「Rakuten AI 7B」を公開"]
    assert "\ufffd" in titles[1]
    assert "AI" in titles[1]
    assert parsed.mojibake_titles == [titles[1]]
    assert parsed.undecodable > 0


def test_a_crawl_of_a_mixed_encoding_feed_counts_the_mojibake(httpserver, tmp_path):
    archive, result = crawl_feed(httpserver, tmp_path, rss(MIXED))
    assert result.returncode == 0, result.stderr[-3000:]
    titles = {row[0] for row in query(archive, "SELECT title FROM items")}
    assert {"富士通、日本語LLM「Takane」を提供開始", "NEC、生成AI「cotomi」を拡充"} <= titles
    assert source_stat(last_run_stats(archive), "fujitsu-press", "mojibake") == 1


def test_a_feed_wholly_in_another_encoding_than_declared_is_not_replaced():
    body = rss([MIXED[0], MIXED[2], MIXED[3]]).decode("utf-8").encode("cp932")
    overridden = parse_feed(body, FeedOrigin(source="sjis", kind="press", encoding="shift_jis"), "application/rss+xml")
    assert overridden.items[0].title == "富士通、日本語LLM「Takane」を提供開始"
    assert overridden.undecodable == 0
    # Declared UTF-8 and wholly Shift_JIS: a wrong declaration, left to feedparser's detection.
    assert parse_feed(body, FeedOrigin(source="sjis", kind="press"), "application/rss+xml").undecodable == 0
