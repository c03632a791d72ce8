"""An archive of an older or newer jpllm-watch: readers refuse it in one line, `scrapy migrate` upgrades it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from archive.schema import MIGRATIONS
from tests.conftest import PROJECT_ROOT

OLD_VERSION = 9


def scrapy(archive: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=PROJECT_ROOT,
        env={"JPLLM_ARCHIVE": str(archive), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


@pytest.fixture
def older_archive(tmp_path: Path) -> Path:
    """An archive as a version that knew only the first OLD_VERSION migrations left it."""
    path = tmp_path / "archive.db"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    for version, migration in enumerate(MIGRATIONS[:OLD_VERSION], start=1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    db.conn.close()
    return path


def test_a_reader_refuses_an_older_archive_in_one_line_and_leaves_it_alone(older_archive):
    before = older_archive.read_bytes()
    result = scrapy(older_archive, "stats")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"scrapy stats: error: cannot read archive {older_archive}: it was written by an older jpllm-watch "
        f"(schema version {OLD_VERSION}, this one reads {len(MIGRATIONS)}); run 'scrapy migrate' once to upgrade it"
    ]
    assert older_archive.read_bytes() == before
    assert sorted(path.name for path in older_archive.parent.iterdir()) == ["archive.db"]


def test_migrate_upgrades_once_and_then_readers_work(older_archive):
    first = scrapy(older_archive, "migrate")
    assert first.returncode == 0, first.stderr
    assert f"upgraded from schema version {OLD_VERSION} to {len(MIGRATIONS)}" in first.stdout
    assert user_version(older_archive) == len(MIGRATIONS)
    second = scrapy(older_archive, "migrate")
    assert second.returncode == 0
    assert f"is up to date (schema version {len(MIGRATIONS)})" in second.stdout
    assert scrapy(older_archive, "stats").returncode == 0


def test_a_newer_archive_is_refused_by_readers_and_by_migrate(older_archive):
    with sqlite3.connect(older_archive) as connection:
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    for command in ("stats", "migrate"):
        result = scrapy(older_archive, command)
        assert result.returncode == 1
        assert "written by a newer jpllm-watch" in result.stderr
        assert "Traceback" not in result.stderr


def test_migrate_without_an_archive_is_a_mistake(tmp_path):
    result = scrapy(tmp_path / "nowhere.db", "migrate")
    assert result.returncode == 2
    assert "no archive at" in result.stderr
    assert not (tmp_path / "nowhere.db").exists()
