"""Issue 10, delivery cases 6 to 9: faults injected into Slack sends, each reproduced end to end.

Every test here failed on the code before the fix (see the issue's numbered
cases); the fake Slack (tests/fake_slack.py) plays the faults.
"""

from __future__ import annotations

import pytest

from archive.db import Archive
from tests.digest_helpers import WEEK, fill_week, week_moment
from tests.fake_slack import FakeSlack
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
