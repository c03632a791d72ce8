"""The trend as a picture: the 12-week chart beside the Markdown digest, its upload to Slack,
sparklines, the quarterly yen chart."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import pytest

from archive.db import Archive
from archive.stats import japanese_funding_by_quarter
from schedules.publish import DigestOptions, make_digest, send_digest, write_markdown
from schedules.render import to_slack_messages
from schedules.slack import SlackDelivery, default_retry_handlers
from schedules.trend import sparkline
from tests.digest_helpers import WEEK, fill_week, many_papers, week_moment
from tests.fake_slack import FakeSlack, Fault
from tests.test_digest_send import PROJECT_ROOT
from tests.test_hub_queries import canned_sql

PNG = b"\x89PNG\r\n\x1a\n"
NOW = week_moment(WEEK, day=7, hour=1)


def delivery(env: dict[str, str]) -> SlackDelivery:
    made = SlackDelivery.from_env(
        env, pause=0, timeout=5, retry_handlers=default_retry_handlers(max_retries=1, backoff_factor=0.01)
    )
    assert made is not None
    return made


def week_and_older_papers(archive: Archive) -> None:
    fill_week(archive, WEEK)
    many_papers(archive, 3, week="2026-W46", first_id=20000)


pytestmark = pytest.mark.archive_contents(fill=week_and_older_papers)


def test_sparkline_scales_each_series_to_eight_steps():
    assert sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█"
    assert sparkline([3, 3, 3]) == "███"
    assert sparkline([2, 3]) == "▆█"
    assert sparkline([0, 0]) == "▁▁"
    assert sparkline([]) == ""


def test_the_chart_is_written_beside_the_markdown_and_embedded(archive, tmp_path):
    digest = make_digest(archive, WEEK, DigestOptions(), NOW)
    assert digest.trend is not None
    assert len(digest.trend.weeks) == 12
    assert digest.trend.weeks[-1] == WEEK
    # The archive began in W46: earlier weeks are unknown, not zero.
    assert digest.trend.known("papers") == [3, 0, 3]
    path = write_markdown(digest, tmp_path / "digests")
    chart = path.with_suffix(".png")
    assert chart.read_bytes().startswith(PNG)
    assert chart.stat().st_size > 10_000
    assert f"]({WEEK}.png)" in path.read_text(encoding="utf-8")


def test_an_empty_archive_gets_an_honest_picture_not_an_error(archive_path, tmp_path):
    with Archive(archive_path) as empty:
        digest = make_digest(empty, WEEK, DigestOptions(), NOW)
    assert digest.trend is not None
    assert digest.trend.is_empty
    chart = write_markdown(digest, tmp_path).with_suffix(".png")
    assert chart.read_bytes().startswith(PNG)
    assert chart.stat().st_size > 5_000


def test_a_bot_digest_uploads_the_chart_into_its_thread(archive):
    with FakeSlack() as slack:
        outcome = send_digest(archive, WEEK, delivery(slack.bot_env()), DigestOptions(), now=NOW)
        assert outcome.status == "sent"
        assert outcome.ok
        assert len(slack.uploads) == 1
        upload = slack.uploads[0]
        assert upload["channel"] == slack.channel
        assert upload["thread_ts"] == outcome.message_ts[0]
        assert upload["name"] == f"{WEEK}.png"
        assert upload["bytes"].startswith(PNG)
        # The numbers carry no sparkline: the picture is in the thread.
        assert "▁" not in str(slack.accepted_payloads[0])


def test_a_refused_upload_is_reported_and_the_digest_stays_sent(archive):
    with FakeSlack() as slack:
        sender = delivery(slack.bot_env())
        original = sender.upload_file

        def refuse(*args, **kwargs):
            from schedules.slack import SlackDeliveryError

            raise SlackDeliveryError("Slack refused the file: HTTP 200, not_allowed_token_type", index=0, sent=[])

        sender.upload_file = refuse
        outcome = send_digest(archive, WEEK, sender, DigestOptions(), now=NOW)
        assert outcome.status == "sent"
        assert not outcome.ok
        assert "not_allowed_token_type" in outcome.chart_error
        sender.upload_file = original
        assert send_digest(archive, WEEK, sender, DigestOptions(), now=NOW).status == "already-sent"


def test_an_upload_slack_refuses_for_now_is_retried_like_a_message(archive):
    # Refused as rate limited (HTTP 200, "ratelimited"), then the upload itself answered 500, then 429:
    # the digest's retry policy (three retries) gets the chart through.
    with FakeSlack() as slack:
        slack.enqueue_upload(
            Fault.api_error("ratelimited"), Fault.ok(), Fault.server_error(), Fault.rate_limited(retry_after=0)
        )
        sender = SlackDelivery.from_env(
            slack.bot_env(), pause=0, timeout=5, retry_handlers=default_retry_handlers(backoff_factor=0.01)
        )
        outcome = send_digest(archive, WEEK, sender, DigestOptions(), now=NOW)
        assert outcome.ok, outcome.chart_error
        assert len(slack.uploads) == 1
        assert slack.uploads[0]["thread_ts"] == outcome.message_ts[0]
        assert [request.status for request in slack.file_requests if "getUploadURL" in request.path] == [
            200,
            200,
            429,
            200,
        ]


def test_an_upload_still_refused_after_the_retries_is_reported_and_the_digest_kept(archive):
    with FakeSlack() as slack:
        slack.enqueue_upload(*[Fault.api_error("ratelimited")] * 10)
        outcome = send_digest(archive, WEEK, delivery(slack.bot_env()), DigestOptions(), now=NOW)
        assert outcome.status == "sent"
        assert not outcome.ok
        assert "ratelimited" in outcome.chart_error
        assert "2 attempts" in outcome.chart_error
        assert len(slack.file_requests) == 2  # the first try and one retry (max_retries=1)
        assert slack.uploads == []
        # The text digest went out whole and is recorded as sent.
        assert len(slack.accepted) == outcome.parts_total
        assert send_digest(archive, WEEK, delivery(slack.bot_env()), DigestOptions(), now=NOW).status == "already-sent"


def test_an_upload_refused_for_good_is_not_retried(archive):
    with FakeSlack() as slack:
        slack.enqueue_upload(Fault.api_error("not_allowed_token_type"), Fault.ok())
        outcome = send_digest(archive, WEEK, delivery(slack.bot_env()), DigestOptions(), now=NOW)
        assert "not_allowed_token_type" in outcome.chart_error
        assert len(slack.file_requests) == 1


def test_a_webhook_digest_carries_sparklines_that_match_the_numbers(archive):
    digest = make_digest(archive, WEEK, DigestOptions(), NOW)
    with FakeSlack() as slack:
        outcome = send_digest(archive, WEEK, delivery(slack.webhook_env()), DigestOptions(), now=NOW)
        assert outcome.status == "sent"
        assert slack.uploads == []
        fields = [
            field["text"] for block in slack.accepted_payloads[0]["blocks"] for field in block.get("fields") or []
        ]
    papers = next(text for text in fields if text.startswith("*Papers*"))
    assert f"`{sparkline(digest.trend.known('papers'))}`" in papers
    assert sparkline(digest.trend.known("papers")) == "█▁█"
    releases = next(text for text in fields if text.startswith("*Model and product releases*"))
    assert f"`{sparkline(digest.trend.known('releases'))}`" in releases
    bot = to_slack_messages(digest, thread=True)[0].payload()
    assert "█▁█" not in str(bot)


def test_stats_chart_and_the_datasette_query_agree(archive_path, tmp_path):
    with Archive(archive_path) as archive:
        fill_week(archive, WEEK)
        expected = japanese_funding_by_quarter(archive.db)
    assert expected
    assert expected[0]["total_jpy"] > 0
    with sqlite3.connect(archive_path) as connection:
        connection.row_factory = sqlite3.Row
        assert [dict(row) for row in connection.execute(canned_sql("yen_by_quarter_japan"))] == expected
    chart = tmp_path / "yen.png"
    environment = dict(os.environ, JPLLM_ARCHIVE=str(archive_path))
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "stats", "--chart", str(chart)],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert chart.read_bytes().startswith(PNG)
    assert re.search(r"written to .*yen\.png", result.stderr)
    wrong = subprocess.run(
        [sys.executable, "-m", "scrapy", "stats", "--chart", str(tmp_path / "yen.jpg")],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert wrong.returncode == 2
    assert "ending in .png" in wrong.stderr


def test_the_scheduler_reports_a_chart_slack_keeps_refusing_and_keeps_the_digest(archive, archive_path, caplog):
    from crawler.scheduler.scheduler import DigestPublisher

    with FakeSlack() as slack:
        slack.enqueue_upload(*[Fault.api_error("ratelimited")] * 10)
        publisher = DigestPublisher(archive_path, DigestOptions(), delivery(slack.bot_env()))
        with caplog.at_level("ERROR"):
            # Done: the digest is sent and recorded; a retry of the job would not upload the chart.
            assert publisher.publish(WEEK, NOW) is True
        assert publisher.is_sent(WEEK)
        assert len(slack.accepted) >= 1
    assert any(
        "but its chart was not uploaded" in record.getMessage() and "ratelimited" in record.getMessage()
        for record in caplog.records
    )
