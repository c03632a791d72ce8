"""Issue 10, cases 1, 2 and 4: storage that refuses writes, a crawl killed mid-item, concurrent first opens.

Each crawl runs as ``scrapy crawl`` in a child process against a feed served
on 127.0.0.1 that answers 304 to its own ETag, so a crawl that wrongly kept
the validators would never see its lost items again. A full disk and a
read-only archive are real where a tmpfs can be mounted (root on Linux);
elsewhere a full disk is injected through ``tests/fault_injection``, and the
read-only case is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from werkzeug import Request, Response

from archive import Archive
from tests.deadlines import join_all
from tests.sources_helpers import PROJECT_ROOT, query, run_spider, write_registry

FAULT_INJECTION = Path(__file__).parent / "fault_injection"
ETAG = '"v1"'
CLASSIFYING = json.dumps(
    {
        "pipelines.normalise.NormalisePipeline": 100,
        "pipelines.classify.ClassifyPipeline": 300,
        "pipelines.store.StorePipeline": 500,
    }
)


def rss(count: int, summary_size: int = 0) -> bytes:
    """An RSS 2.0 feed of ``count`` press releases of Fujitsu, newest first."""
    entries = "".join(
        f"<item><title>富士通、日本語LLM「Takane {n}」を提供開始</title>"
        f"<link>https://www.example.com/press/{n:04d}.html</link>"
        f"<description>{'生成AI' * summary_size}</description>"
        f"<pubDate>Mon, {1 + n % 28:02d} Sep 2025 10:00:00 +0900</pubDate></item>"
        for n in range(count)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fujitsu</title>'
        f"<link>https://www.example.com/</link><description>press</description>{entries}</channel></rss>"
    ).encode()


@pytest.fixture
def feed(httpserver, tmp_path):
    """Serves ``feed.body`` with an ETag; a request carrying that ETag gets 304."""

    class Feed:
        body = rss(10)
        registry = tmp_path / "sources.toml"

    def answer(request: Request) -> Response:
        if request.headers.get("If-None-Match") == ETAG:
            return Response(status=304, headers={"ETag": ETAG})
        return Response(Feed.body, content_type="application/rss+xml", headers={"ETag": ETAG})

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_handler(answer)
    write_registry(
        Feed.registry,
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
    return Feed


def crawl(feed, archive: Path, *, fault: str = "", settings: dict | None = None) -> subprocess.CompletedProcess:
    environment = {}
    if fault:
        environment = {"JPLLM_FAULT": fault, "PYTHONPATH": os.pathsep.join([str(FAULT_INJECTION), str(PROJECT_ROOT)])}
    saved = {name: os.environ.get(name) for name in environment}
    os.environ.update(environment)
    try:
        return run_spider("press", archive, registry=feed.registry, settings=settings)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def item_count(archive: Path) -> int:
    return query(archive, "SELECT count(*) FROM items")[0][0]


def assert_one_clear_failure(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert result.stderr.count(words) >= 1
    assert "archive_write_failed" in result.stderr.splitlines()[-1]


def assert_the_next_crawl_stores_everything(feed, archive: Path, expected: int) -> None:
    again = crawl(feed, archive)
    assert again.returncode == 0, again.stderr[-3000:]
    assert item_count(archive) == expected
    assert query(archive, "SELECT finish_reason FROM crawl_runs ORDER BY id DESC LIMIT 1") == [("finished",)]


# Case 1: a refused write fails the crawl, keeps the validators unsaved, and the next crawl recovers.


def test_a_lock_held_past_the_busy_timeout_fails_the_crawl_and_the_next_crawl_recovers(feed, tmp_path):
    archive = tmp_path / "archive.db"
    Archive(archive).close()
    holder = sqlite3.connect(archive, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    command = [sys.executable, "-m", "scrapy", "crawl", "press", "-s", "ARCHIVE_BUSY_TIMEOUT=0.5"]
    for name, value in {
        "SOURCES_FILE": feed.registry,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "FIRST_CRAWL_MAX_AGE_DAYS": 36500,
        "LOG_LEVEL": "INFO",
    }.items():
        command += ["-s", f"{name}={value}"]
    crawling = subprocess.Popen(
        command, cwd=PROJECT_ROOT, env={**os.environ, "JPLLM_ARCHIVE": str(archive)}, stderr=subprocess.PIPE, text=True
    )
    lines = []
    assert crawling.stderr is not None
    for line in crawling.stderr:
        lines.append(line)
        if "is busy" in line and holder.in_transaction:
            holder.execute("ROLLBACK")  # the other writer lets go; the crawl must still fail
    crawling.wait(timeout=60)
    holder.close()
    stderr = "".join(lines)
    assert crawling.returncode == 1, stderr[-3000:]
    assert "Traceback" not in stderr
    assert "archive_write_failed" in stderr.splitlines()[-1]
    runs = query(archive, "SELECT finish_reason, stats FROM crawl_runs")
    assert [run[0] for run in runs] == ["archive_write_failed"]
    assert json.loads(runs[0][1])["archive/items_not_stored"] >= 1
    assert query(archive, "SELECT count(*) FROM feed_state")[0][0] == 0
    assert item_count(archive) < 10
    assert_the_next_crawl_stores_everything(feed, archive, 10)


def mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True, timeout=60
        ).returncode
        == 0
    )


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB tmpfs, or None where none can be mounted."""
    disk = tmp_path / "disk"
    mounted = mount_tmpfs(disk, "16m")
    yield disk if mounted else None
    if mounted:
        subprocess.run(["umount", "-l", str(disk)], check=False, timeout=60)


def test_a_full_disk_stops_the_crawl_at_the_first_refused_write(feed, small_disk, tmp_path):
    feed.body = rss(400, summary_size=200)
    if small_disk is not None:
        archive = small_disk / "archive.db"
        Archive(archive).close()
        filler = small_disk / "filler"
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        filler.write_bytes(b"\0" * max(0, free - 256 * 1024))
        result = crawl(feed, archive)
        filler.unlink()
    else:
        archive = tmp_path / "archive.db"
        result = crawl(feed, archive, fault="full:items:40")
    assert_one_clear_failure(result, "database or disk is full")
    errors = [line for line in result.stderr.splitlines() if "] ERROR:" in line]
    assert len(errors) <= 2, errors  # the first refused item and, maybe, the run row: not one per item
    stored = item_count(archive)
    # Whole batches (STORE_BATCH_SIZE) are stored or refused: the refused one and every later item are not.
    assert stored < 400
    assert query(archive, "SELECT count(*) FROM feed_state")[0][0] == 0
    assert_the_next_crawl_stores_everything(feed, archive, 400)


def test_a_read_only_archive_fails_the_crawl_with_one_message(feed, small_disk):
    if small_disk is None:
        pytest.skip("a read-only file system needs a tmpfs mount (root on Linux); root ignores file modes")
    archive = small_disk / "archive.db"
    Archive(archive).close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, timeout=60)
    result = crawl(feed, archive)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "read" in result.stderr.splitlines()[-1]
    assert str(archive) in result.stderr.splitlines()[-1]
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True, timeout=60)
    assert_the_next_crawl_stores_everything(feed, archive, 10)


# Case 2: an item and its organisation links and funding rounds are one transaction.


def test_a_crawl_killed_between_an_item_and_its_links_leaves_neither(feed, tmp_path):
    archive = tmp_path / "archive.db"
    # One item per transaction, so the kill falls between committed items and the one being written.
    killed = crawl(
        feed,
        archive,
        fault="kill:item_organisations:3",
        settings={"ITEM_PIPELINES": CLASSIFYING, "STORE_BATCH_SIZE": 1},
    )
    assert killed.returncode < 0 or killed.returncode == 137
    unlinked = query(archive, "SELECT id FROM items WHERE id NOT IN (SELECT item_id FROM item_organisations)")
    assert unlinked == []
    assert item_count(archive) == 3
    again = crawl(feed, archive, settings={"ITEM_PIPELINES": CLASSIFYING})
    assert again.returncode == 0, again.stderr[-3000:]
    assert item_count(archive) == 10
    assert query(archive, "SELECT count(DISTINCT item_id) FROM item_organisations")[0][0] == 10


def test_a_crawl_killed_mid_batch_leaves_none_of_the_batch_and_the_next_crawl_stores_it(feed, tmp_path):
    archive = tmp_path / "archive.db"
    killed = crawl(feed, archive, fault="kill:items:5", settings={"ITEM_PIPELINES": CLASSIFYING})
    assert killed.returncode < 0 or killed.returncode == 137
    assert item_count(archive) == 0, "the ten items were one batch, one transaction"
    assert query(archive, "SELECT count(*) FROM feed_state")[0][0] == 0
    again = crawl(feed, archive, settings={"ITEM_PIPELINES": CLASSIFYING})
    assert again.returncode == 0, again.stderr[-3000:]
    assert item_count(archive) == 10


# Case 4: many processes and threads opening a new archive at once.

OPEN_ARCHIVE = """
import sys
from archive import Archive
Archive(sys.argv[1]).close()
"""


def test_concurrent_first_opens_of_a_new_archive_all_succeed(tmp_path):
    archive = tmp_path / "new" / "archive.db"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_ARCHIVE, str(archive)], cwd=PROJECT_ROOT, stderr=subprocess.PIPE, text=True
        )
        for _ in range(12)
    ]
    errors: list[BaseException] = []

    def open_in_thread() -> None:
        try:
            Archive(archive).close()
        except BaseException as error:  # noqa: BLE001 - every failure is the finding
            errors.append(error)

    threads = [threading.Thread(target=open_in_thread) for _ in range(12)]
    for thread in threads:
        thread.start()
    join_all(*threads, timeout=60)
    failures = [process.communicate(timeout=60)[1] for process in processes if process.wait(timeout=60) != 0]
    assert errors == []
    assert failures == []
    with Archive(archive) as opened:
        from archive.schema import MIGRATIONS

        assert opened.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


# Case 3: re-labelling a fresh archive with unchanged rules changes nothing.


def reclassify(archive: Path, *options: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "reclassify", "--format", "json", *options],
        cwd=PROJECT_ROOT,
        env={**os.environ, "JPLLM_ARCHIVE": str(archive)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_reclassify_gives_the_crawl_time_labels_and_only_real_changes(tmp_path):
    archive = tmp_path / "demo" / "archive.db"
    demo = subprocess.run(
        [sys.executable, "-m", "scrapy", "demo", "--archive", str(archive)],
        cwd=PROJECT_ROOT,
        env={name: value for name, value in os.environ.items() if not name.startswith("SLACK_")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr[-2000:]
    before = query(archive, "SELECT id, labels FROM items ORDER BY id")
    links = query(archive, "SELECT item_id, organisation, role FROM item_organisations ORDER BY 1, 2, 3")
    unchanged = reclassify(archive)
    assert unchanged["changed_items"] == 0, unchanged
    assert query(archive, "SELECT id, labels FROM items ORDER BY id") == before
    assert query(archive, "SELECT item_id, organisation, role FROM item_organisations ORDER BY 1, 2, 3") == links
    # PR TIMES text stays out of the summary, and is what the changed rule needs.
    assert query(archive, "SELECT count(*) FROM items WHERE source LIKE 'prtimes%' AND summary != ''") == [(0,)]

    # A rule change that only the PR TIMES text can show: Mistral is no longer a watched model.
    data = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "crawler" / "data", data)
    watchlist = data / "watchlist.toml"
    text = watchlist.read_text(encoding="utf-8")
    mistral = '[[model]]\nname = "Mistral"\norganisation = "Mistral AI"\n'
    assert mistral in text
    # The model's own short name goes with it; the organisation keeps its short name ("Mistral" as a company).
    model_at = text.index(mistral)
    short_name = 'context_aliases = ["Mistral"]\n'
    short_at = text.index(short_name, model_at)
    text = text[:short_at] + text[short_at + len(short_name) :]
    watchlist.write_text(
        text.replace(mistral, '[[model]]\nname = "Mistral (unwatched)"\norganisation = "Mistral AI"\n'),
        encoding="utf-8",
    )
    changed = reclassify(archive, "--data-dir", str(data), "--dry-run")
    assert changed["changed_items"] >= 1
    assert set(changed["changes"]) == {"models"}, changed
    assert all("Mistral" in example for example in changed["examples"]["models"])


def test_a_second_report_is_recorded_with_what_it_adds_or_not_at_all(tmp_path, monkeypatch):
    # A failure between recording the second source and enriching the kept
    # item would leave the source recorded, and the next crawl, finding it
    # known, would never add the investors.
    import archive.db as archive_db

    with Archive(tmp_path / "archive.db") as opened:
        opened.store_item(
            {
                "id": "url:first",
                "kind": "funding",
                "source": "thebridge",
                "url": "https://thebridge.jp/a",
                "title": "Sakana AI raises",
            },
            organisations=[{"name": "Sakana AI", "role": "issuer"}],
        )
        report = ("url:first", "gnews", "https://news.example/b", "", [{"name": "NVIDIA", "role": "investor"}], None)

        def crash(*args, **kwargs):
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(archive_db.item_writes, "enrich", crash)
        with pytest.raises(archive_db.ArchiveWriteError):
            opened.merge_duplicate(*report)
        assert opened.db.execute("SELECT count(*) FROM item_sources").fetchone()[0] == 1
        monkeypatch.undo()
        assert opened.merge_duplicate(*report) == (True, True)
        assert ("NVIDIA", "investor") in opened.db.execute(
            "SELECT organisation, role FROM item_organisations"
        ).fetchall()


# A Hub repository's item and its hub_repos row are one write.


def test_a_hub_crawl_killed_between_an_item_and_its_hub_row_leaves_neither(httpserver, tmp_path):
    from tests.hub_helpers import ALBERT, BERT, ROBERTA, FakeHub, crawl_hub, record

    archive = tmp_path / "archive.db"
    pages = {("models", "deepset"): [[record(ROBERTA), record(BERT), record(ALBERT)]]}
    saved = {name: os.environ.get(name) for name in ("JPLLM_FAULT", "PYTHONPATH")}
    os.environ.update(
        {"JPLLM_FAULT": "kill:hub_repos:1", "PYTHONPATH": os.pathsep.join([str(FAULT_INJECTION), str(PROJECT_ROOT)])}
    )
    try:
        # One item per transaction, so the kill falls between committed items and the one being written.
        killed = crawl_hub(FakeHub(httpserver, pages), ["deepset"], archive, "-s", "STORE_BATCH_SIZE=1")
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    assert killed.returncode < 0 or killed.returncode == 137, killed.stderr[-3000:]
    without_row = query(archive, "SELECT id FROM items WHERE id NOT IN (SELECT item_id FROM hub_repos)")
    assert without_row == []
    assert item_count(archive) == 1
    again = crawl_hub(FakeHub(httpserver, pages), ["deepset"], archive)
    assert again.returncode == 0, again.stderr[-3000:]
    assert item_count(archive) == 3
    assert query(archive, "SELECT count(*) FROM hub_repos")[0][0] == 3
