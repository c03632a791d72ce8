"""End to end: `scrapy crawl arxiv` against a local server into a temporary archive."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from crawler.demo.server import SampleServer, arxiv_page_name
from tests.conftest import FIXTURES, PROJECT_ROOT

SEARCH = "abs:Japanese AND abs:LLM"


def crawl(server: SampleServer, queries_file: Path, archive_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, JPLLM_ARCHIVE=str(archive_path), JPLLM_ARXIV_API_URL=f"{server.url}/arxiv/api/query")
    command = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "arxiv",
        "-s",
        f"ARXIV_QUERIES_FILE={queries_file}",
        "-s",
        "ARXIV_PAGE_SIZE=3",
        "-s",
        "ARXIV_FIRST_RUN_DAYS=36500",
        "-s",
        "BACKFILL_AGE_DAYS=0",
        "-s",
        "ARXIV_DOWNLOAD_DELAY=0",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        *arguments,
    ]
    return subprocess.run(command, cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=120)


@pytest.fixture
def api_root(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "arxiv").mkdir(parents=True)
    for start in (0, 3, 6):
        shutil.copy(FIXTURES / f"arxiv/new_layout_start{start}.xml", root / "arxiv" / arxiv_page_name(SEARCH, start))
    shutil.copy(FIXTURES / "arxiv/empty.xml", root / "arxiv/empty.xml")
    return root


@pytest.fixture
def queries_file(tmp_path: Path) -> Path:
    path = tmp_path / "queries.toml"
    path.write_text(f'[[query]]\nname = "japanese"\nsearch = "{SEARCH}"\n', encoding="utf-8")
    return path


def test_crawl_stores_every_page_and_a_rerun_adds_nothing(api_root, queries_file, archive_path):
    with SampleServer(api_root) as server:
        first = crawl(server, queries_file, archive_path)
        assert first.returncode == 0, first.stderr[-2000:]
        db = sqlite_utils.Database(archive_path)
        assert db["items"].count == 8
        first_seen = {row["id"]: row["first_seen_at"] for row in db["items"].rows}

        second = crawl(server, queries_file, archive_path)
        assert second.returncode == 0, second.stderr[-2000:]

        requested_starts = [path.split("start=")[1].split("&")[0] for path in server.log.paths()]
    assert requested_starts == ["0", "3", "6", "0"], "the rerun stops at the high-water mark"
    assert db["items"].count == 8
    assert {row["id"]: row["first_seen_at"] for row in db["items"].rows} == first_seen
    runs = list(db["crawl_runs"].rows_where(order_by="id"))
    # The rerun's first page is unchanged: it answers 304 and is not parsed.
    assert [(run["items_scraped"], run["items_new"]) for run in runs] == [(8, 8), (0, 0)]
    assert db["source_runs"].get(2)["not_modified"] == 1
    assert all(run["finish_reason"] == "finished" for run in runs)
    assert json.loads(runs[0]["arguments"]) == {"query": None, "since": None}
    source_run = db["source_runs"].get(1)
    assert source_run["source"] == "arxiv"
    assert source_run["requests"] == 3
    assert source_run["items_new"] == 8
    swallow = db["items"].get("arxiv:2404.17790")
    assert swallow["version"] == 2
    assert (
        swallow["title"]
        == "Continual Pre-Training for Cross-Lingual LLM Adaptation: Enhancing Japanese Language Capabilities"
    )


def test_error_feed_is_counted_in_the_crawl_run(tmp_path, queries_file, archive_path):
    root = tmp_path / "site"
    (root / "arxiv").mkdir(parents=True)
    for name in ("error.xml", "error.xml.headers"):
        shutil.copy(FIXTURES / f"arxiv/{name}", root / "arxiv" / name.replace("error.xml", arxiv_page_name(SEARCH, 0)))
    with SampleServer(root) as server:
        result = crawl(server, queries_file, archive_path)
    assert result.returncode == 0
    assert "start must be an integer greater than or equal to 0" in result.stderr
    db = sqlite_utils.Database(archive_path)
    assert db["items"].count == 0
    run = db["crawl_runs"].get(1)
    assert run["error_count"] == 1
    source_run = db["source_runs"].get(1)
    assert source_run["parse_errors"] == 1
    assert "start must be an integer" in source_run["last_error"]


def test_a_crawl_stopped_by_a_refused_write_does_not_raise_the_high_water_mark(
    api_root, queries_file, archive_path, monkeypatch
):
    # Issue 10, case 1: the newest papers were stored, older ones refused;
    # the next crawl must reach back to them, not start at the newest.
    fault_injection = Path(__file__).parent / "fault_injection"
    with SampleServer(api_root) as server:
        with monkeypatch.context() as faulty:
            faulty.setenv("JPLLM_FAULT", "full:items:3")
            faulty.setenv("PYTHONPATH", os.pathsep.join([str(fault_injection), str(PROJECT_ROOT)]))
            # One item per transaction, so some papers are stored before the refusal.
            failed = crawl(server, queries_file, archive_path, "-s", "STORE_BATCH_SIZE=1")
        assert failed.returncode == 1
        assert "archive_write_failed" in failed.stderr.splitlines()[-1]
        db = sqlite_utils.Database(archive_path)
        assert db["items"].count == 3
        again = crawl(server, queries_file, archive_path)
        assert again.returncode == 0, again.stderr[-2000:]
    assert db["items"].count == 8
