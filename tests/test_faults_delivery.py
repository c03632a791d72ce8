"""Issue 10, delivery cases 6 to 9: faults injected into Slack sends and the digest command.

Each case has tests that failed on the code before the fix; the fake Slack
(tests/fake_slack.py) plays the faults: a crawl killed while Slack hangs,
a message accepted and then the connection dropped, an answer slower than
the client's timeout, a Slack answering 500.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy.exceptions import UsageError

from archive.db import Archive
from archive.digest_store import load_record
from common.times import format_utc
from crawler.commands.digest import Command as DigestCommand
from schedules.alert_rules import load_alert_config
from schedules.alert_send import AlertSender
from schedules.publish import DigestOptions, send_digest
from schedules.slack import SlackDelivery, default_retry_handlers
from tests.alert_helpers import sample_items
from tests.deadlines import wait_until
from tests.digest_helpers import WEEK, fill_week, many_papers, week_moment
from tests.fake_slack import WEBHOOK_PATH, FakeSlack, Fault
from tests.sources_helpers import FEEDS, run_spider, write_registry
from tests.test_digest_send import PROJECT_ROOT, command_env, scrapy

INSIDE_WEEK = week_moment(WEEK, day=3).strftime("%Y-%m-%dT%H:%M:%SZ")
AFTER_WEEK = week_moment(WEEK, day=7, hour=1).strftime("%Y-%m-%dT%H:%M:%SZ")


pytestmark = pytest.mark.archive_contents(fill=fill_week)


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
    assert "not over yet" in refused.stderr.strip().splitlines()[-1]
    assert "--partial" in refused.stderr
    assert slack.requests == []

    partial = scrapy("--send", "--week", "current", "--partial", "--at", INSIDE_WEEK, env=env)
    assert partial.returncode == 0, partial.stderr
    assert "Sent a partial 2026-W48 digest" in partial.stdout
    partial_payloads = slack.accepted_payloads
    assert partial_payloads
    assert partial_payloads[0]["text"].startswith("Partial digest")
    assert digest_rows(archive) == []

    full = scrapy("--send", "--week", WEEK, "--at", AFTER_WEEK, env=env)
    assert full.returncode == 0, full.stderr
    assert "Sent the 2026-W48 digest" in full.stdout
    full_payloads = slack.accepted_payloads[len(partial_payloads) :]
    assert full_payloads
    assert not full_payloads[0]["text"].startswith("Partial digest")
    assert digest_rows(archive) == [(WEEK, f"channel:{slack.channel}", "sent")]

    with pytest.raises(UsageError, match="is over"):
        DigestCommand._check_week_is_sendable(WEEK, week_moment(WEEK, day=7, hour=1), partial=True)


# Case 9: the webhook URL and the bot token never reach an output.

FULL_PIPELINES = json.dumps(
    {
        "pipelines.normalise.NormalisePipeline": 100,
        "pipelines.classify.ClassifyPipeline": 300,
        "pipelines.dedupe.DedupePipeline": 400,
        "pipelines.store.StorePipeline": 500,
        "pipelines.alert.AlertPipeline": 600,
    }
)


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


@pytest.mark.parametrize("transport", ["webhook"])
def test_a_failing_crawl_time_alert_send_leaks_no_secret(transport, httpserver, tmp_path, monkeypatch):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/atom.xml").respond_with_data(
        (FEEDS / "atom_meti.xml").read_bytes(), content_type="application/atom+xml"
    )
    registry = write_registry(
        tmp_path / "sources.toml",
        [
            {
                "name": "meti-news",
                "kind": "policy",
                "format": "atom",
                "organisation": "METI",
                "url": httpserver.url_for("/atom.xml"),
            }
        ],
    )
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
        result = run_spider(
            "press", archive_path, registry=registry, settings={"ITEM_PIPELINES": FULL_PIPELINES, "LOG_LEVEL": "DEBUG"}
        )
        attempts = len(slack.requests)
    assert attempts >= 2  # the send was tried, and retried
    assert "Alerts to" in result.stderr
    assert "not sent" in result.stderr or "not confirmed" in result.stderr
    assert_no_secret(everything_written(result, archive_path, tmp_path), slack)


def test_a_failing_digest_send_leaks_no_secret(slack, archive, archive_path, tmp_path):
    slack.fail_always(Fault.broken())
    env = command_env(archive_path, tmp_path, **slack.webhook_env())
    result = scrapy("--send", "--week", WEEK, "--at", AFTER_WEEK, "-s", "LOG_LEVEL=DEBUG", env=env)
    assert result.returncode == 1
    assert len(slack.requests) >= 2
    assert_no_secret(everything_written(result, archive_path, tmp_path), slack)


@pytest.mark.parametrize("transport", ["webhook", "bot"])
def test_a_failing_digest_send_logs_no_secret_in_process(transport, slack, archive, archive_path, caplog):
    # What the scheduler's log gets: slack-sdk's retry handler logs each
    # retried request's full URL at INFO, which is the webhook's secret.
    caplog.set_level(logging.DEBUG)
    slack.fail_always(Fault.server_error())
    env = slack.webhook_env() if transport == "webhook" else slack.bot_env()
    sender = SlackDelivery.from_env(
        env, pause=0, retry_handlers=default_retry_handlers(max_retries=2, backoff_factor=0.01)
    )
    outcome = send_digest(archive, WEEK, sender, DigestOptions(), now=week_moment(WEEK, day=7, hour=1))
    assert outcome.status == "failed"
    assert len(slack.requests) == 3
    rows = "\n".join(archive.db.iterdump())
    assert_no_secret("\n".join([caplog.text, outcome.error, repr(sender), rows]), slack)
    assert "A retry handler found" in caplog.text  # the lines are there, without the secret


# Case 6: alerts claimed but never confirmed, and case 7 for alerts.

ALERT_ITEMS = ("fixture:sakana-series-b", "fixture:pfn-plamo-2", "fixture:meti-geniac", "arxiv:2407.03963")
ALERT_RULES = Path(__file__).parent.parent / "crawler" / "data" / "alert_rules.toml"


def alert_archive(path: Path, now: datetime) -> None:
    items = sample_items()
    with Archive(path) as opened:
        for item_id in ALERT_ITEMS:
            opened.store_item(items[item_id], now=format_utc(now - timedelta(hours=1)))


def alert_rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT rule, item_id, sent_at, message_ts, note FROM alerts ORDER BY rule, item_id"
        ).fetchall()


def alerts_command(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "alerts", "--no-health", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("transport", ["webhook", "bot"])
def test_a_claim_left_by_a_killed_send_is_reported_then_sent_again_after_the_timeout(transport, tmp_path):
    archive_path = tmp_path / "alerts.db"
    now = datetime.now(UTC)
    alert_archive(archive_path, now)
    with FakeSlack() as slack:
        env = command_env(archive_path, tmp_path, **(slack.bot_env() if transport == "bot" else slack.webhook_env()))
        # Slack takes the message and never answers; the sender is killed while it waits.
        slack.enqueue(Fault(accept_first=True, delay=60, disconnect=True))
        sending = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "alerts", "--no-health"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: slack.accepted, "Slack took the alert", timeout=60)
        finally:
            sending.send_signal(signal.SIGKILL)
        sending.wait(timeout=30)
        claimed = alert_rows(archive_path)
        assert claimed
        assert all(row[2] is None for row in claimed)

        later = now + timedelta(minutes=31)
        if transport == "bot":
            # The steps the webhook case runs as commands, in this process (quicker).
            with Archive(archive_path) as opened:
                sender = alert_sender(opened, slack.bot_env())
                assert sender.send_pending(now + timedelta(minutes=5)) == []  # the claim is fresh
                assert [outcome.status for outcome in sender.send_pending(later)] == ["sent"]
        else:
            stuck = alerts_command(env=env)
            assert stuck.returncode == 1
            assert f"{len(claimed)} alerts are claimed but not confirmed" in stuck.stdout
            assert len(slack.accepted) == 1  # not sent again while the claim is fresh
            resent = alerts_command("--at", later.strftime("%Y-%m-%dT%H:%M:%SZ"), env=env)
            assert resent.returncode == 0, resent.stdout + resent.stderr
        rows = alert_rows(archive_path)
        assert len(rows) == len(claimed)
        assert all(row[2] for row in rows)
        if transport == "bot":
            # Found in the channel's history by its marker: not posted again.
            assert "conversations.history" in slack.lookups
            assert len(slack.accepted) == 1
            assert {row[3] for row in rows} == {slack.messages[0]["ts"]}
        else:
            # A webhook cannot be checked: posted once more, and reported as a possible duplicate.
            assert len(slack.accepted) == 2
            assert "may appear twice" in resent.stdout
            assert all(row[4].startswith("possible duplicate") for row in rows)


def alert_sender(archive: Archive, environ: dict[str, str], timeout: int = 5) -> AlertSender:
    options = {
        "pause": 0,
        "timeout": timeout,
        "retry_handlers": default_retry_handlers(max_retries=1, backoff_factor=0.01),
    }
    return AlertSender(archive, load_alert_config(ALERT_RULES), environ=environ, delivery_options=options)


@pytest.fixture
def alerts_archive(tmp_path):
    alert_archive(tmp_path / "alerts.db", ALERT_NOW)
    with Archive(tmp_path / "alerts.db") as opened:
        yield opened


ALERT_NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.mark.parametrize("fault", [Fault.accepted_then_dropped(), Fault.accepted_then_slow(3)])
def test_an_unanswered_alert_is_found_in_the_channel_not_posted_twice(fault, slack, alerts_archive):
    slack.enqueue(fault)
    outcomes = alert_sender(alerts_archive, slack.bot_env(), timeout=1).send_pending(ALERT_NOW)
    assert [outcome.status for outcome in outcomes] == ["sent"]
    assert len(slack.accepted) == 1
    assert "conversations.history" in slack.lookups
    rows = alert_rows(Path(alerts_archive.path))
    assert rows
    assert {row[3] for row in rows} == {slack.messages[0]["ts"]}
    assert not any(row[4] for row in rows)


@pytest.mark.parametrize("history", ["", "missing_scope"])
def test_an_unanswered_webhook_alert_is_posted_once_more_and_reported(history, slack, alerts_archive):
    # A webhook cannot be checked, nor a bot without channels:history.
    slack.history_refused = history
    slack.enqueue(Fault.accepted_then_dropped())
    environ = slack.webhook_env() if not history else slack.bot_env()
    outcomes = alert_sender(alerts_archive, environ).send_pending(ALERT_NOW)
    assert [outcome.status for outcome in outcomes] == ["sent"]
    assert "may appear twice" in outcomes[0].detail
    assert len(slack.accepted) == 2  # one duplicate at most
    assert all(row[4].startswith("possible duplicate") for row in alert_rows(Path(alerts_archive.path)))


def test_a_webhook_that_never_answers_is_not_posted_a_third_time(slack, alerts_archive):
    slack.enqueue(Fault.accepted_then_dropped(), Fault.accepted_then_dropped())
    sender = alert_sender(alerts_archive, slack.webhook_env())
    outcomes = sender.send_pending(ALERT_NOW)
    assert [outcome.status for outcome in outcomes] == ["unconfirmed"]
    assert "check the channel" in outcomes[0].detail
    assert len(slack.requests) == 2
    assert all(row[4].startswith("unconfirmed") for row in alert_rows(Path(alerts_archive.path)))
    assert sender.send_pending(ALERT_NOW + timedelta(hours=1)) == []
    assert len(slack.requests) == 2


# Case 7 for the digest: Slack took a message and its answer never came.


def digest_delivery(env: dict[str, str], timeout: int = 5) -> SlackDelivery:
    made = SlackDelivery.from_env(
        env, pause=0, timeout=timeout, retry_handlers=default_retry_handlers(max_retries=2, backoff_factor=0.01)
    )
    assert made is not None
    return made


LONG = DigestOptions(top_papers=400, per_section=400)
SEND_AT = week_moment(WEEK, day=7, hour=1)


@pytest.mark.parametrize(
    "faults",
    [
        (Fault.ok(), Fault.accepted_then_dropped()),  # a thread reply: looked up with conversations.replies
        (Fault.accepted_then_slow(3),),  # the parent, answered after the client gave up: conversations.history
    ],
)
def test_an_unanswered_digest_message_is_found_in_the_channel_not_posted_twice(faults, slack, archive):
    many_papers(archive, 300)
    slack.enqueue(*faults)
    outcome = send_digest(archive, WEEK, digest_delivery(slack.bot_env(), timeout=1), LONG, now=SEND_AT)
    assert outcome.status == "sent"
    assert outcome.parts_total >= 3
    assert not outcome.doubts
    payloads = slack.accepted_payloads
    assert len(payloads) == outcome.parts_total  # no message twice
    assert all(payload["thread_ts"] == outcome.message_ts[0] for payload in payloads[1:])
    assert outcome.message_ts == [message["ts"] for message in slack.messages]
    assert set(slack.lookups) & {"conversations.replies", "conversations.history"}
    assert load_record(archive, WEEK, f"channel:{slack.channel}").status == "sent"


def test_an_unanswered_webhook_digest_message_is_posted_once_more_and_reported(slack, archive, archive_path, tmp_path):
    many_papers(archive, 300)
    slack.enqueue(Fault.accepted_then_dropped())
    env = command_env(archive_path, tmp_path, **slack.webhook_env())
    result = scrapy("--send", "--week", WEEK, "--at", AFTER_WEEK, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    record = load_record(archive, WEEK, digest_delivery(slack.webhook_env()).destination)
    assert record.status == "sent"
    assert len(slack.accepted) == record.parts_total + 1  # one duplicate at most
    assert len(record.doubts) == 1
    assert "message 1 of" in record.doubts[0]
    assert "Check the channel: message 1 of" in result.stdout


def test_a_webhook_digest_message_never_answered_twice_is_not_posted_again(slack, archive):
    slack.enqueue(Fault.accepted_then_dropped(), Fault.accepted_then_dropped())
    sender = digest_delivery(slack.webhook_env())
    outcome = send_digest(archive, WEEK, sender, DigestOptions(), now=SEND_AT)
    assert outcome.status == "failed"
    assert outcome.ambiguous
    assert "check" in outcome.error
    again = send_digest(archive, WEEK, sender, DigestOptions(), now=SEND_AT)
    assert again.status == "failed"
    assert again.ambiguous
    assert len(slack.requests) == 2
    assert load_record(archive, WEEK, sender.destination).in_flight == 0


@pytest.mark.parametrize("transport", ["bot", "webhook"])
def test_a_digest_send_killed_after_slack_took_a_message_resumes_without_posting_it_again(transport, slack, archive):
    many_papers(archive, 300)
    env = slack.bot_env() if transport == "bot" else slack.webhook_env()
    sender = digest_delivery(env)
    send = sender._send
    calls = []

    def killed_after_the_second_post(*args, **kwargs):
        result = send(*args, **kwargs)
        calls.append(result)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as a SIGKILL: nothing after Slack's acceptance runs
        return result

    sender._send = killed_after_the_second_post
    with pytest.raises(KeyboardInterrupt):
        send_digest(archive, WEEK, sender, LONG, now=SEND_AT)
    record = load_record(archive, WEEK, sender.destination)
    assert record.parts_sent == 1
    assert record.in_flight == 1
    assert record.in_flight_posts == 1

    resumed = send_digest(archive, WEEK, digest_delivery(env), LONG, now=SEND_AT)
    assert resumed.status == "sent"
    assert resumed.resumed_from == 1
    if transport == "bot":
        assert len(slack.accepted) == resumed.parts_total
        assert "conversations.replies" in slack.lookups
        assert resumed.message_ts == [message["ts"] for message in slack.messages]
        assert not resumed.doubts
    else:
        # Posted once more, and reported: message 2 may be in the channel twice.
        assert len(slack.accepted) == resumed.parts_total + 1
        assert len(resumed.doubts) == 1
        assert "message 2 of" in resumed.doubts[0]
    assert load_record(archive, WEEK, sender.destination).in_flight is None


@pytest.mark.parametrize("transport", ["bot", "webhook"])
def test_an_alert_send_interrupted_after_slack_took_it_is_not_posted_again_silently(transport, slack, alerts_archive):
    # SIGTERM (the scheduler stopping) while the answer is on its way.
    env = slack.bot_env() if transport == "bot" else slack.webhook_env()
    sender = alert_sender(alerts_archive, env)
    delivery = sender.delivery("default")
    send = delivery._send

    def interrupted(*args, **kwargs):
        send(*args, **kwargs)
        raise KeyboardInterrupt

    delivery._send = interrupted
    sender.delivery = lambda destination: delivery
    with pytest.raises(KeyboardInterrupt):
        sender.send_pending(ALERT_NOW)
    outcomes = alert_sender(alerts_archive, env).send_pending(ALERT_NOW)
    assert [outcome.status for outcome in outcomes] == ["sent"]
    rows = alert_rows(Path(alerts_archive.path))
    assert rows
    assert all(row[2] for row in rows)
    if transport == "bot":
        assert len(slack.accepted) == 1  # found in the channel
    else:
        assert len(slack.accepted) == 2
        assert "may appear twice" in outcomes[0].detail


def test_a_dry_run_reads_an_archive_made_before_claims_had_a_time(alerts_archive):
    # Read-only commands do not migrate: the alert queries must work on the previous schema.
    from archive.alerts_store import unconfirmed_alerts

    for column in ("claimed_at", "marker", "posts", "note"):
        alerts_archive.db.execute(f"ALTER TABLE alerts DROP COLUMN {column}")
    alerts_archive.db.execute(
        "INSERT INTO alerts (rule, item_id, destination, sent_at, message_ts)"
        " VALUES ('large-funding-japan', 'fixture:sakana-series-b', 'webhook:x', NULL, '')"
    )
    sender = alert_sender(alerts_archive, {})
    outcomes = sender.send_pending(ALERT_NOW, dry_run=True)
    assert outcomes
    assert all(outcome.status == "dry-run" for outcome in outcomes)
    assert [claim.item_id for claim in unconfirmed_alerts(alerts_archive)] == ["fixture:sakana-series-b"]
