"""Deployment on Scrapyd: a real Scrapyd on 127.0.0.1, the project deployed with
``scrapyd-deploy``, a crawl scheduled through its HTTP API, the items in the archive.

Scrapyd runs from the pinned package in its own temporary directory (eggs,
logs, job database), on a free port; the crawl reads the bundled sample
responses from a local server, never the internet.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import sqlite_utils

from crawler.demo.server import SampleServer

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Every package of the project (what setup.py packs into the egg), not the tests.
PACKAGES = sorted(path.parent.name for path in PROJECT_ROOT.glob("*/__init__.py") if path.parent.name != "tests")
PROJECT = "jpllm_watch"
# Generous: each step starts a Python process that imports Scrapy (Scrapyd
# lists the egg's spiders on deploy and again on schedule), and a loaded
# two-core machine running the suite in parallel can take many seconds for
# each. Nothing here waits without a deadline.
DEADLINE_SECONDS = 120
HTTP_TIMEOUT_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_environment(home: Path) -> dict[str, str]:
    """No Slack, no project overrides, and a HOME without a ~/.scrapyd.conf."""
    return {
        **{name: value for name, value in os.environ.items() if not name.startswith(("SLACK_", "JPLLM_", "SCRAPY"))},
        "HOME": str(home),
    }


def start_scrapyd(workdir: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    """Scrapyd on a free port; None when it exited before answering (the port was taken meanwhile)."""
    port = free_port()
    (workdir / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {workdir / 'eggs'}\n"
        f"logs_dir = {workdir / 'logs'}\n"
        f"dbs_dir = {workdir / 'dbs'}\n"
        "items_dir =\n"
        "poll_interval = 0.2\n"
        "max_proc = 1\n",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapyd", "--logfile", str(workdir / "twistd.log"), "--pidfile", ""],
        cwd=workdir,
        env=clean_environment(workdir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + DEADLINE_SECONDS
    while process.poll() is None:
        try:
            if requests.get(url + "daemonstatus.json", timeout=2).json()["status"] == "ok":
                return process, url
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            stop(process)
            pytest.fail(f"Scrapyd did not answer within {DEADLINE_SECONDS} s")
        time.sleep(0.1)
    return None


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[str]:
    """A Scrapyd server in ``tmp_path``; yields its URL."""
    workdir = tmp_path / "scrapyd"
    workdir.mkdir()
    for _attempt in range(3):
        started = start_scrapyd(workdir)
        if started is not None:
            break
    else:
        pytest.fail("Scrapyd exited at start three times: " + (workdir / "twistd.log").read_text()[-3000:])
    process, url = started
    try:
        yield url
    finally:
        stop(process)


def deploy(url: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``scrapyd-deploy`` run from a copy of the project (it writes build files beside setup.py)."""
    project = tmp_path / "project"
    for package in PACKAGES:
        shutil.copytree(
            PROJECT_ROOT / package, project / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "samples")
        )
    shutil.copy(PROJECT_ROOT / "setup.py", project / "setup.py")
    (project / "scrapy.cfg").write_text(
        f"[settings]\ndefault = crawler.settings\n\n[deploy:test]\nurl = {url}\nproject = {PROJECT}\n",
        encoding="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "scrapyd_client.deploy", "test", "--version", "r1"],
        cwd=project,
        env=clean_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=DEADLINE_SECONDS,
    )


def wait_for_job(url: str, job: str) -> dict:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        jobs = requests.get(url + "listjobs.json", params={"project": PROJECT}, timeout=HTTP_TIMEOUT_SECONDS).json()
        finished = [entry for entry in jobs["finished"] if entry["id"] == job]
        if finished:
            return finished[0]
        time.sleep(0.2)
    pytest.fail(f"Scrapyd job {job} did not finish within {DEADLINE_SECONDS} s")


def test_a_crawl_scheduled_on_scrapyd_lands_in_the_archive(scrapyd: str, tmp_path: Path) -> None:
    deployed = deploy(scrapyd, tmp_path)
    assert deployed.returncode == 0, deployed.stderr
    # Scrapyd loads the egg and lists its spiders before it answers.
    answer = json.loads(deployed.stdout)
    assert (answer["status"], answer["project"], answer["version"]) == ("ok", PROJECT, "r1"), answer
    assert answer["spiders"] >= 3, answer

    archive = tmp_path / "archive.db"
    with SampleServer(PROJECT_ROOT / "crawler" / "demo" / "samples") as feeds:
        # The egg is zipped: the data files and the archive are paths on the Scrapyd host.
        settings = {
            "ARCHIVE_PATH": archive,
            "DATA_DIR": PROJECT_ROOT / "crawler" / "data",
            "SOURCES_FILE": PROJECT_ROOT / "crawler" / "demo" / "sources.toml",
            "SOURCES_BASE_URL": feeds.url,
            "FIRST_CRAWL_MAX_AGE_DAYS": 36500,
            "BACKFILL_AGE_DAYS": 0,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
        }
        response = requests.post(
            scrapyd + "schedule.json",
            data=[("project", PROJECT), ("spider", "press"), ("source", "meti-news")]
            + [("setting", f"{name}={value}") for name, value in settings.items()],
            timeout=HTTP_TIMEOUT_SECONDS,
        ).json()
        assert response["status"] == "ok", response
        job = wait_for_job(scrapyd, response["jobid"])
        log = requests.get(scrapyd + f"logs/{PROJECT}/press/{job['id']}.log", timeout=HTTP_TIMEOUT_SECONDS).text
        assert feeds.log.paths(), "the crawl never fetched the feed server: " + log[-3000:]

    db = sqlite_utils.Database(archive)
    assert "crawl_runs" in db.table_names(), log[-3000:]
    [run] = list(db.query("SELECT spider, finish_reason, items_new, error_count FROM crawl_runs"))
    assert run == {"spider": "press", "finish_reason": "finished", "items_new": run["items_new"], "error_count": 0}
    assert run["items_new"] > 0
    sources = {row["source"] for row in db.query("SELECT source FROM item_sources")}
    assert sources == {"meti-news"}
    assert db["items"].count == run["items_new"]
