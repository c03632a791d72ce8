"""`scrapy health` and `scrapy alerts` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from archive import Archive
from tests.alert_helpers import days, good_day, jst, record_run, sample_items
from tests.fake_slack import FakeSlack

PROJECT_ROOT = Path(__file__).parent.parent
AT = "2026-11-11T03:00:00Z"


def scrapy(*args: str, archive: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("SLACK_")}
    environ.update(JPLLM_ARCHIVE=str(archive), **(extra_env or {}))
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=PROJECT_ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    path = tmp_path / "command.db"
    with Archive(path) as archive:
        for day in days("2026-10-01", "2026-11-06", weekdays_only=True, skip=["2026-10-12"]):
            good_day(archive, "prtimes", day)
            good_day(archive, "arxiv", day, hour=11)
        for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
            record_run(archive, jst(day, 9), spider="prtimes", statuses={"503": 1}, last_error="index.rdf: HTTP 503")
            good_day(archive, "arxiv", date.fromisoformat(day), hour=11)
        items = sample_items()
        for key in ("fixture:sakana-series-b", "fixture:meti-geniac", "fixture:nec-briefing"):
            archive.store_item(items[key], now=jst("2026-11-10", 15))
    return path


def test_health_prints_a_table_of_every_source(archive_file: Path) -> None:
    result = scrapy("health", "--at", AT, archive=archive_file)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "source",
        "status",
        "last",
        "success",
        "(JST)",
        "last",
        "new",
        "item",
        "(JST)",
        "items",
        "4",
        "wk",
        "last",
        "error",
    ]
    rows = {line.split()[0]: line for line in lines[2:] if line.strip() and not line.startswith(("prtimes:", " "))}
    assert rows["arxiv"].split()[1] == "ok"
    assert rows["prtimes"].split()[1] == "failing"
    assert "2026-11-06 10:00" in rows["prtimes"]
    assert "HTTP 503" in rows["prtimes"]
    assert "prtimes: the last 3 runs failed" in result.stdout
    # Sources of the project's registry that this archive has never seen.
    assert "enabled registry sources never crawled: " in result.stdout


def test_health_json(archive_file: Path) -> None:
    result = scrapy("health", "--at", AT, "--json", archive=archive_file)
    by_source = {entry["source"]: entry for entry in json.loads(result.stdout)}
    assert by_source["prtimes"]["status"] == "failing"
    assert by_source["prtimes"]["items_last_4_weeks"] == 17  # weekdays from 15 October to 6 November


def test_alerts_dry_run_shows_what_would_be_sent_and_sends_nothing(archive_file: Path) -> None:
    with FakeSlack() as slack:
        result = scrapy("alerts", "--dry-run", "--at", AT, archive=archive_file, extra_env=slack.webhook_env())
        assert result.returncode == 0, result.stderr
        assert slack.requests == []
    assert "Sakana AI closes a $135M Series B" in result.stdout
    assert "ＧＥＮＩＡＣ" in result.stdout
    assert "NEC" not in result.stdout
    assert "prtimes* is *failing*" in result.stdout
    with Archive(archive_file) as archive:
        assert archive.db.execute("SELECT count(*) FROM alerts").fetchone()[0] == 0
        assert archive.db.execute("SELECT count(*) FROM source_status").fetchone()[0] == 0


def test_alerts_sends_pending_alerts_once(archive_file: Path) -> None:
    with FakeSlack() as slack:
        first = scrapy("alerts", "--at", AT, archive=archive_file, extra_env=slack.webhook_env())
        second = scrapy("alerts", "--at", AT, archive=archive_file, extra_env=slack.webhook_env())
        assert first.returncode == 0, first.stderr
        kinds = [request.payload["blocks"][0]["text"]["text"] for request in slack.accepted]
    assert kinds == ["jpllm-watch alert: 2 new items", "jpllm-watch source health: 1 source needs attention"]
    assert "Nothing to send." in second.stdout
