"""`scrapy demo`, the README's first command: the whole job offline."""

from __future__ import annotations

import os
import subprocess
import sys

import sqlite_utils

from tests.conftest import PROJECT_ROOT

# The demo runs every stream the watch has.
SPIDERS = ("arxiv", "press", "funding", "huggingface")


def run_demo(archive_path, *options: str) -> subprocess.CompletedProcess:
    environment = {name: value for name, value in os.environ.items() if not name.startswith("SLACK_")}
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "demo", "--archive", str(archive_path), *options],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_demo_crawls_labels_stores_and_previews_the_digest(tmp_path):
    archive_path = tmp_path / "demo" / "archive.db"
    result = run_demo(archive_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    for spider in SPIDERS:
        assert f"scrapy crawl {spider}: ok" in result.stdout
    assert "Newest papers:" in result.stdout
    assert "https://arxiv.org/abs/2410.07563" in result.stdout
    assert "jpllm-watch weekly digest" in result.stdout
    assert "== Funding" in result.stdout
    assert "== New on the Hub" in result.stdout
    assert "llm-jp-3: 1.8b, 3.7b, 13b, 13b-instruct" in result.stdout

    db = sqlite_utils.Database(archive_path)
    kinds = {
        row["kind"]: row["n"]
        for row in db.query("SELECT kind, count(*) AS n FROM items WHERE relevant = 1 GROUP BY kind")
    }
    assert {"paper", "press", "policy", "funding", "model", "dataset"} <= set(kinds)
    assert db["funding_rounds"].count >= 1
    assert db.execute("SELECT count(*) FROM items WHERE labels IS NULL OR reasons IS NULL").fetchone()[0] == 0
    assert {row["spider"] for row in db["crawl_runs"].rows} == set(SPIDERS)
    assert (archive_path.parent / "digests").is_dir()
    charts = list((archive_path.parent / "digests").glob("*.png"))
    assert charts
    assert charts[0].read_bytes().startswith(b"\x89PNG")
    assert charts[0].stat().st_size > 10_000

    again = run_demo(archive_path, "--keep")
    assert again.returncode == 0
    new_items = db.execute(
        "SELECT sum(items_new) FROM crawl_runs WHERE id > (SELECT max(id) - ? FROM crawl_runs)", [len(SPIDERS)]
    ).fetchone()[0]
    assert new_items == 0
