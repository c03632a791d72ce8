"""Issue 10, delivery cases 6 to 9: faults injected into Slack sends, each reproduced end to end.

Every test here failed on the code before the fix (see the issue's numbered
cases); the fake Slack (tests/fake_slack.py) plays the faults.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from pathlib import Path

import pytest

from archive.db import Archive
from schedules.publish import DigestOptions, send_digest
from schedules.slack import SlackDelivery, default_retry_handlers
from tests.digest_helpers import WEEK, fill_week, week_moment
from tests.fake_slack import WEBHOOK_PATH, FakeSlack, Fault
from tests.sources_helpers import FEEDS, run_spider, write_registry
from tests.test_digest_send import command_env, scrapy

INSIDE_WEEK = week_moment(WEEK, day=3).strftime("%Y-%m-%dT%H:%M:%SZ")
AFTER_WEEK = week_moment(WEEK, day=7, hour=1).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def archive(archive_path):
    with Archive(archive_path) as opened:
        fill_week(opened)
        yield opened


def digest_rows(archive: Archive) -> list[tuple]:
    return archive.db.execute("SELECT week, destination, status FROM digests").fetchall()


# Case 8: `scrapy digest --send` and weeks that are not over.

def test_a_future_week_is_refused_with_one_line_and_nothing_is_sent(slack, archive, archive_path, tmp_path):
    env = command_env(archive_path, tmp_path, **slack.webhook_env())
    result = scrapy("--send", "--week", "2030-W01", "--at", AFTER_WEEK, env=env)
    assert result.returncode == 2
    assert "2030-W01 has not begun" in result.stderr.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr
    assert slack.requests == []
    assert digest_rows(archive) == []


def test_a_week_not_over_needs_partial_and_does_not_block_the_full_send(slack, archive, archive_path, tmp_path):
    env = command_env(archive_path, tmp_path, **slack.bot_env())
    refused = scrapy("--send", "--week", "current", "--at", INSIDE_WEEK, env=env)
    assert refused.returncode == 2
    assert "not over yet" in refused.stderr.strip().splitlines()[-1] and "--partial" in refused.stderr
    assert slack.requests == []

    partial = scrapy("--send", "--week", "current", "--partial", "--at", INSIDE_WEEK, env=env)
    assert partial.returncode == 0, partial.stderr
    assert "Sent a partial 2026-W48 digest" in partial.stdout
    partial_payloads = slack.accepted_payloads
    assert partial_payloads and partial_payloads[0]["text"].startswith("Partial digest")
    assert digest_rows(archive) == []

    full = scrapy("--send", "--week", WEEK, "--at", AFTER_WEEK, env=env)
    assert full.returncode == 0, full.stderr
    assert "Sent the 2026-W48 digest" in full.stdout
    full_payloads = slack.accepted_payloads[len(partial_payloads):]
    assert full_payloads and not full_payloads[0]["text"].startswith("Partial digest")
    assert digest_rows(archive) == [(WEEK, f"channel:{slack.channel}", "sent")]

    over = scrapy("--send", "--week", WEEK, "--partial", "--at", AFTER_WEEK, env=env)
    assert over.returncode == 2 and "is over" in over.stderr


# Case 9: the webhook URL and the bot token never reach an output.

FULL_PIPELINES = json.dumps({
    "pipelines.normalise.NormalisePipeline": 100,
    "pipelines.classify.ClassifyPipeline": 300,
    "pipelines.dedupe.DedupePipeline": 400,
    "pipelines.store.StorePipeline": 500,
    "pipelines.alert.AlertPipeline": 600,
})


def everything_written(result, archive_path: Path, tmp_path: Path) -> str:
    """stdout, stderr, every archive row and every file the run left in tmp_path."""
    parts = [result.stdout, result.stderr]
    with sqlite3.connect(archive_path) as db:
        parts += list(db.iterdump())
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix not in (".db", ".db-wal", ".db-shm"):
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def assert_no_secret(text: str, slack: FakeSlack) -> None:
    for secret in (slack.webhook_url, WEBHOOK_PATH, WEBHOOK_PATH.rsplit("/", 1)[-1], slack.token):
        assert secret not in text


@pytest.mark.parametrize("transport", ["webhook", "bot"])
def test_a_failing_crawl_time_alert_send_leaks_no_secret(transport, httpserver, tmp_path, monkeypatch):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/atom.xml").respond_with_data(
        (FEEDS / "atom_meti.xml").read_bytes(), content_type="application/atom+xml")
    registry = write_registry(tmp_path / "sources.toml", [
        {"name": "meti-news", "kind": "policy", "format": "atom", "organisation": "METI",
         "url": httpserver.url_for("/atom.xml")}])
    archive_path = tmp_path / "archive.db"
    with FakeSlack() as slack:
        if transport == "webhook":
            slack.fail_always(Fault.server_error())
            env = slack.webhook_env()
        else:
            slack.fail_always(Fault.broken())
            env = slack.bot_env()
        for name in list(os.environ):
            if name.startswith("SLACK_"):
                monkeypatch.delenv(name)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        result = run_spider("press", archive_path, registry=registry,
                            settings={"ITEM_PIPELINES": FULL_PIPELINES, "LOG_LEVEL": "DEBUG"})
        attempts = len(slack.requests)
    assert attempts >= 2  # the send was tried, and retried
    assert "Alerts to" in result.stderr and "not sent" in result.stderr
    assert_no_secret(everything_written(result, archive_path, tmp_path), slack)


@pytest.mark.parametrize("transport", ["webhook", "bot"])
def test_a_failing_digest_send_leaks_no_secret(transport, slack, archive, archive_path, tmp_path):
    if transport == "webhook":
        slack.fail_always(Fault.broken())
        env = command_env(archive_path, tmp_path, **slack.webhook_env())
    else:
        slack.fail_always(Fault.server_error())
        env = command_env(archive_path, tmp_path, **slack.bot_env())
    result = scrapy("--send", "--week", WEEK, "--at", AFTER_WEEK, "-s", "LOG_LEVEL=DEBUG", env=env)
    assert result.returncode == 1
    assert len(slack.requests) >= 2
    assert_no_secret(everything_written(result, archive_path, tmp_path), slack)


def test_a_failing_digest_send_logs_no_secret_in_process(slack, archive, archive_path, caplog):
    # What the scheduler's log gets: slack-sdk's retry handler logs each
    # retried request's full URL at INFO, which is the webhook's secret.
    caplog.set_level(logging.DEBUG)
    slack.fail_always(Fault.server_error())
    sender = SlackDelivery.from_env(slack.webhook_env(), pause=0, retry_handlers=default_retry_handlers(
        max_retries=2, backoff_factor=0.01))
    outcome = send_digest(archive, WEEK, sender, DigestOptions(), now=week_moment(WEEK, day=7, hour=1))
    assert outcome.status == "failed" and len(slack.requests) == 3
    rows = "\n".join(archive.db.iterdump())
    assert_no_secret("\n".join([caplog.text, outcome.error, repr(sender), rows]), slack)
    assert "A retry handler found" in caplog.text  # the lines are there, without the secret
