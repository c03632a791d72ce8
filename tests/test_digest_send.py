"""Sending the digest: once per week and destination, resumable, and the `scrapy digest` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive.digest_store import load_record
from schedules.publish import DigestOptions, send_digest
from schedules.slack import SlackDelivery, default_retry_handlers
from tests.digest_helpers import WEEK, fill_week, many_papers, week_moment
from tests.fake_slack import Fault

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Enough papers, all listed, for a digest of three messages.
LONG = DigestOptions(top_papers=400, per_section=400)
NOW = week_moment(WEEK, day=7, hour=1)


pytestmark = pytest.mark.archive_contents(fill=fill_week)


def delivery(env: dict[str, str]) -> SlackDelivery:
    made = SlackDelivery.from_env(
        env, pause=0, timeout=5, retry_handlers=default_retry_handlers(max_retries=2, backoff_factor=0.01)
    )
    assert made is not None
    return made


def test_bot_digest_is_a_thread_and_is_recorded(slack, archive):
    many_papers(archive, 300)
    outcome = send_digest(archive, WEEK, delivery(slack.bot_env()), LONG, now=NOW)
    assert outcome.status == "sent"
    assert outcome.parts_sent == outcome.parts_total >= 2
    payloads = slack.accepted_payloads
    parent = outcome.message_ts[0]
    assert "thread_ts" not in payloads[0]
    assert all(payload["thread_ts"] == parent for payload in payloads[1:])
    record = load_record(archive, WEEK, f"channel:{slack.channel}")
    assert record is not None
    assert record.status == "sent"
    assert record.message_ts == outcome.message_ts
    assert slack.token not in json.dumps(record.messages)


def test_webhook_digest_is_consecutive_messages(slack, archive):
    many_papers(archive, 300)
    outcome = send_digest(archive, WEEK, delivery(slack.webhook_env()), LONG, now=NOW)
    assert outcome.status == "sent"
    assert len(slack.accepted) == outcome.parts_total >= 2
    assert all("thread_ts" not in payload for payload in slack.accepted_payloads)
    assert "in the next messages" in json.dumps(slack.accepted_payloads[0], ensure_ascii=False)
    record = load_record(archive, WEEK, outcome.destination)
    assert record is not None
    assert "fakewebhooksecret" not in outcome.destination + json.dumps(record.messages)


def test_a_sent_week_is_not_sent_again_unless_forced(slack, archive):
    sender = delivery(slack.bot_env())
    assert send_digest(archive, WEEK, sender, DigestOptions(), now=NOW).status == "sent"
    requests = len(slack.requests)
    again = send_digest(archive, WEEK, sender, DigestOptions(), now=NOW)
    assert again.status == "already-sent"
    assert len(slack.requests) == requests
    forced = send_digest(archive, WEEK, sender, DigestOptions(), force=True, now=NOW)
    assert forced.status == "sent"
    assert len(slack.accepted) == 2


def test_rate_limits_and_server_errors_are_retried_within_one_send(slack, archive):
    slack.enqueue(Fault.rate_limited(retry_after=0), Fault.server_error())
    outcome = send_digest(archive, WEEK, delivery(slack.bot_env()), DigestOptions(), now=NOW)
    assert outcome.status == "sent"
    assert [request.status for request in slack.requests] == [429, 500, 200]


def test_a_partial_send_resumes_at_the_failed_message_in_the_same_thread(slack, archive):
    many_papers(archive, 300)
    sender = delivery(slack.bot_env())
    slack.enqueue(Fault.ok(), *[Fault.server_error()] * 3)
    first = send_digest(archive, WEEK, sender, LONG, now=NOW)
    assert first.status == "failed"
    assert first.parts_sent == 1
    record = load_record(archive, WEEK, sender.destination)
    assert record is not None
    assert record.status == "partial"
    assert record.parts_sent == 1
    assert "500" in record.error

    # New items arrive before the retry: the resumed send still posts the
    # messages it started with, not a different digest.
    many_papers(archive, 20, first_id=30000)
    second = send_digest(archive, WEEK, sender, LONG, now=NOW)
    assert second.status == "sent"
    assert second.resumed_from == 1
    payloads = slack.accepted_payloads
    assert len(payloads) == first.parts_total
    assert [payload["text"] for payload in payloads] == [message["text"] for message in record.messages]
    assert all(payload["thread_ts"] == first.message_ts[0] for payload in payloads[1:])
    assert "2411.30000" not in json.dumps(payloads)
    assert load_record(archive, WEEK, sender.destination).status == "sent"


def test_nothing_is_recorded_when_slack_refuses_the_first_message(slack, archive):
    slack.fail_always(Fault.api_error("channel_not_found"))
    outcome = send_digest(archive, WEEK, delivery(slack.bot_env()), DigestOptions(), now=NOW)
    assert outcome.status == "failed"
    assert "channel_not_found" in outcome.error
    assert load_record(archive, WEEK, f"channel:{slack.channel}") is None


def scrapy(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "digest", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def command_env(archive_path: Path, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SLACK_")}
    env.update(JPLLM_ARCHIVE=str(archive_path), DIGEST_OUTPUT_DIR=str(tmp_path / "digests"), **extra)
    return env


def test_command_previews_without_slack_and_writes_markdown(archive, archive_path, tmp_path):
    result = scrapy("--week", "latest", env=command_env(archive_path, tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("jpllm-watch weekly digest 2026-W48")
    assert "Sakana AI" in result.stdout
    markdown = (tmp_path / "digests" / "2026-W48.md").read_text(encoding="utf-8")
    assert markdown.startswith("# jpllm-watch weekly digest 2026-W48")

    refused = scrapy("--send", env=command_env(archive_path, tmp_path))
    assert refused.returncode == 2
    assert "SLACK_WEBHOOK_URL" in refused.stderr


def test_command_sends_exactly_the_previewed_blocks_once(slack, archive, archive_path, tmp_path):
    env = command_env(archive_path, tmp_path, **slack.bot_env())
    preview = scrapy("--week", WEEK, "--format", "blocks-json", "--at", "2026-11-30T00:00:00Z", env=env)
    assert preview.returncode == 0, preview.stderr
    assert slack.requests == []
    previewed = json.loads(preview.stdout)

    sent = scrapy("--week", WEEK, "--send", "--at", "2026-11-30T00:00:00Z", env=env)
    assert sent.returncode == 0, sent.stderr
    assert "Sent the 2026-W48 digest to channel:" in sent.stdout
    posted = [{"text": payload["text"], "blocks": payload["blocks"]} for payload in slack.accepted_payloads]
    assert posted == previewed

    again = scrapy("--week", WEEK, "--send", env=env)
    assert again.returncode == 0
    assert "already sent" in again.stdout
    assert len(slack.accepted) == len(posted)
