"""A user's mistake gets one clear line and exit status 2; a failure one line and 1; never a traceback.

One row per case of issue 11: the command as a user types it, the archive it
runs on, the exit status, a fragment of the message, and whether it may
create or write anything (a mistake never does: no archive, no crawl run,
no source-health effect).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from archive import Archive
from tests.command_runner import CommandRunner
from tests.conftest import PROJECT_ROOT

FIXTURE_FEED = PROJECT_ROOT / "tests" / "fixtures" / "feeds" / "atom_meti.xml"
# A data directory whose watch list has a typo.
BROKEN_DATA = PROJECT_ROOT / "tests" / "fixtures" / "broken_data"


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    archive: str  # good | missing | not-sqlite | empty | directory | garbled
    exit_code: int
    fragment: str
    writes: bool = False
    stream: str = "stderr"


CASES = {
    # Spider arguments: refused before the crawl starts, so no crawl run and no health effect.
    "since-not-a-date": Case(
        ("crawl", "arxiv", "-a", "since=yesterday"), "good", 2, "since must be YYYY-MM-DD, got 'yesterday'"
    ),
    "urls-file-missing": Case(
        ("crawl", "funding", "-a", "urls_file=/nonexistent/feeds.txt"),
        "good",
        2,
        "urls_file: no such file: /nonexistent/feeds.txt",
    ),
    "url-not-a-url": Case(
        ("crawl", "press", "-a", "url=not-a-url"),
        "good",
        2,
        "url must be an http://, https:// or file:// URL, got 'not-a-url'",
    ),
    "argument-typo": Case(
        ("crawl", "press", "-a", "sinse=2026-10-01"),
        "good",
        2,
        "did you mean since? the press spider takes: source, since, url, urls_file, kind",
    ),
    "unknown-source": Case(
        ("crawl", "press", "-a", "source=nonexistent"), "good", 2, "unknown source 'nonexistent'; known: "
    ),
    "unknown-kind": Case(
        ("crawl", "press", "-a", "kind=bogus"), "good", 2, "kind must be one of paper, press, funding, policy, news"
    ),
    "unknown-query": Case(("crawl", "arxiv", "-a", "query=nope"), "good", 2, "unknown arXiv query 'nope'"),
    "unknown-spider": Case(("crawl", "nope"), "good", 2, "no spider named 'nope'"),
    # A data file its typed model refuses (config/): one message with the file, the entry and the key.
    "watchlist-typo": Case(
        ("search", "LLM", "-s", f"DATA_DIR={BROKEN_DATA}"),
        "good",
        2,
        f"{BROKEN_DATA}/watchlist.toml: [[organisation]] #1 ('Sakana AI'): sektor: unknown key (did you mean 'sector'",
    ),
    "source-and-url": Case(
        ("crawl", "press", "-a", "source=meti-news", "-a", "url=https://example.jp/feed"),
        "good",
        2,
        "give one or the other",
    ),
    # A data file the spider reads, refused before the crawl: no crawl run, no archive written.
    "registry-typo": Case(
        ("crawl", "press", "-s", f"SOURCES_FILE={BROKEN_DATA}/sources_typo.toml"),
        "good",
        2,
        "[[source]] #1 ('sakana-ai'): knid: unknown key (did you mean 'kind'",
    ),
    "arxiv-queries-missing": Case(
        ("crawl", "arxiv", "-s", "ARXIV_QUERIES_FILE=/nonexistent/arxiv_queries.toml"),
        "good",
        2,
        "arXiv queries file not found: /nonexistent/arxiv_queries.toml",
    ),
    # Ad-hoc feeds take every kind the archive knows, and local files (timed in test_ad_hoc_feeds).
    "ad-hoc-paper-feed": Case(
        (
            "crawl",
            "press",
            "-a",
            f"url={FIXTURE_FEED.as_uri()}",
            "-a",
            "kind=paper",
            "-a",
            "since=2000-01-01",
            "-s",
            "LOG_LEVEL=WARNING",
        ),
        "good",
        0,
        "",
        writes=True,
    ),
    # Commands that only read never create an archive.
    "health-no-archive": Case(("health",), "missing", 2, "no archive at "),
    "digest-no-archive": Case(("digest",), "missing", 2, "no archive at "),
    "alerts-dry-run-no-archive": Case(("alerts", "--dry-run"), "missing", 2, "no archive at "),
    "alerts-no-archive": Case(("alerts",), "missing", 2, "no archive at "),
    "search-no-archive": Case(("search", "LLM"), "missing", 2, "no archive at "),
    "stats-no-archive": Case(("stats",), "missing", 2, "no archive at "),
    "schedule-list-no-archive": Case(("schedule", "--list"), "missing", 0, "Digest destination", stream="stdout"),
    # A read-only archive can be read (the file and its folder are made read-only).
    "search-read-only": Case(("search", "言語モデル"), "read-only", 0, "hit", stream="stdout"),
    "stats-read-only": Case(("stats",), "read-only", 0, "1 items", stream="stdout"),
    "health-read-only": Case(("health",), "read-only", 0, "source", stream="stdout"),
    "digest-read-only": Case(("digest", "--week", "2026-W48"), "read-only", 0, "2026-W48", stream="stdout"),
    "alerts-dry-run-read-only": Case(
        ("alerts", "--dry-run", "--at", "2026-11-24T12:00"),
        "read-only",
        0,
        "relevant items first seen",
        stream="stdout",
    ),
    # Other commands.
    "digest-at-date": Case(("digest", "--at", "2026-11-30"), "good", 0, "2026-W49", stream="stdout"),
    "digest-at-naive-time": Case(("digest", "--at", "2026-11-30T00:00:00"), "good", 0, "2026-W49", stream="stdout"),
    "health-at-date": Case(("health", "--at", "2026-11-30"), "good", 0, "source", stream="stdout"),
    "alerts-at-date": Case(("alerts", "--dry-run", "--at", "2026-11-30"), "good", 0, "relevant items", stream="stdout"),
    "digest-at-not-a-time": Case(("digest", "--at", "yesterday"), "good", 2, "--at must be a date or time in ISO 8601"),
    "search-huge-limit": Case(
        ("search", "言語モデル", "--limit", "99999999999999999999"), "good", 0, "1 hit", stream="stdout"
    ),
    "search-unknown-option": Case(
        ("search", "LLM", "--archive", "data/other.db"),
        "good",
        2,
        "scrapy search: error: unknown option --archive (--help lists the options)",
    ),
    "stats-unknown-option": Case(("stats", "--by", "month", "--topp", "3"), "good", 2, "unknown option --topp"),
    "search-lone-quote": Case(("search", '"'), "good", 2, "nothing to search for in '\"': give a word"),
    "search-lone-star": Case(("search", "*"), "good", 2, "nothing to search for in '*': give a word"),
    "search-sql-injection": Case(
        ("search", "'; drop table items; --"), "good", 0, "No relevant items match", stream="stdout"
    ),
    "search-operator-words": Case(("search", "AND OR"), "good", 2, 'put it in double quotes: "OR"'),
    "alerts-help": Case(
        ("alerts", "--help"), "good", 0, "look at items first seen in the last N hours (default:", stream="stdout"
    ),
}

BAD_FILES = ("not-sqlite", "empty", "directory")
for bad in BAD_FILES:
    for command in (("health",), ("digest",), ("alerts", "--dry-run"), ("search", "LLM"), ("stats",)):
        CASES[f"{command[0]}-{bad}"] = Case(command, bad, 1, "cannot read archive ")
# A damaged page: every command that reaches it gives the same line.
CASES["search-garbled"] = Case(("search", "言語モデル"), "garbled", 1, "cannot read archive ")


def _good_archive(path: Path) -> None:
    with Archive(path) as archive:
        archive.store_item(
            {
                "id": "url:llm",
                "kind": "press",
                "source": "nec-press",
                "url": "https://jpn.nec.com/press/1",
                "title": "NEC、日本語の大規模言語モデルを開発",
                "relevant": True,
                "published_at": "2026-11-23T01:00:00Z",
            },
            now="2026-11-24T00:00:00Z",
        )


def _prepare(kind: str, folder: Path) -> Path:
    path = folder / "archive" / "archive.db"
    if kind == "missing":
        return folder / "no-such-folder" / "archive.db"
    path.parent.mkdir(parents=True)
    if kind == "not-sqlite":
        path.write_text("not a database, just text\n")
    elif kind == "empty":
        path.touch()
    elif kind == "directory":
        path.mkdir()
    else:
        _good_archive(path)
    if kind == "garbled":
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = bytearray(path.read_bytes())
        page = 4096
        for start in range(2 * page, len(data), page):  # every page but the first, which names the format
            data[start : start + page] = b"\xde\xad" * (page // 2)
        path.write_bytes(bytes(data))
    if kind == "read-only":
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path.chmod(0o444)
        path.parent.chmod(0o555)
    return path


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns) for path in folder.rglob("*")}


@pytest.fixture(scope="module")
def runner():
    commands = CommandRunner()
    yield commands
    commands.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_user_mistake(name, tmp_path, runner):
    case = CASES[name]
    archive = _prepare(case.archive, tmp_path)
    before = _snapshot(tmp_path)
    environment = {name: value for name, value in os.environ.items() if not name.startswith("SLACK_")}
    environment.update(JPLLM_ARCHIVE=str(archive), DIGEST_OUTPUT_DIR=str(tmp_path / "digests"), NO_COLOR="1")
    try:
        result = runner.run(case.args, env=environment)
    finally:
        if case.archive == "read-only":
            archive.parent.chmod(0o755)
            archive.chmod(0o644)
    output = result.stdout + result.stderr
    assert result.returncode == case.exit_code, output[-3000:]
    assert "Traceback" not in output
    assert case.fragment in (result.stdout if case.stream == "stdout" else result.stderr), output[-3000:]
    if case.exit_code == 2:
        # One line, and nothing else on stderr (no Scrapy start-up log, no usage block).
        assert result.stderr.strip().count("\n") == 0, result.stderr
    if not case.writes:
        after = _snapshot(tmp_path)
        # A digest preview writes its Markdown file (documented); nothing else may change.
        assert _outside_digests(after) == _outside_digests(before), f"{name} created or wrote a file"
        if case.exit_code != 0:
            assert after == before, f"{name} wrote a file although it failed"
        if case.archive == "good":
            with sqlite3.connect(archive) as db:
                assert db.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 0


def _outside_digests(snapshot: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    return {path: state for path, state in snapshot.items() if not path.startswith("digests")}


def test_scrapy_run_without_network_says_every_crawl_failed(tmp_path):
    """No source answers: the run says so first, exits 1, records the crawl, and health says failing."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nname = "dead-feed"\nkind = "press"\nformat = "rss"\nurl = "http://127.0.0.1:9/feed.xml"\n',
        encoding="utf-8",
    )
    archive = tmp_path / "archive.db"
    environment = {name: value for name, value in os.environ.items() if not name.startswith("SLACK_")}
    environment.update(
        JPLLM_ARCHIVE=str(archive), JPLLM_SOURCES_FILE=str(registry), DIGEST_OUTPUT_DIR=str(tmp_path / "digests")
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "run",
            "--spider",
            "press",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "RETRY_TIMES=0",
        ],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, (result.stdout + result.stderr)[-3000:]
    assert result.stdout.startswith("Every crawl failed: no source could be read")
    assert "Traceback" not in result.stdout + result.stderr
    assert "dead-feed — failing" in result.stdout
    with sqlite3.connect(archive) as db:
        assert db.execute("SELECT spider FROM crawl_runs").fetchall() == [("press",)]


def test_the_table_covers_every_kind_of_archive_path():
    assert {case.archive for case in CASES.values()} == {
        "good",
        "missing",
        "not-sqlite",
        "empty",
        "directory",
        "garbled",
        "read-only",
    }
