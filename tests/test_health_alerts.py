"""Health transitions reach the fake Slack once each: turning bad, and recovering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from archive import Archive
from archive.alerts_store import source_statuses
from schedules.alert_rules import parse_alert_config
from schedules.alert_send import AlertSender
from schedules.slack import default_retry_handlers
from tests.alert_helpers import days, good_day, jst, jst_datetime, record_run
from tests.fake_slack import FakeSlack, Fault

CONFIG = parse_alert_config({"health": {"destination": "health"}})
FAST = {"pause": 0, "retry_handlers": default_retry_handlers(max_retries=1, backoff_factor=0.01)}


def two_healthy_sources(archive: Archive) -> None:
    for day in days("2026-10-01", "2026-11-06", weekdays_only=True, skip=["2026-10-12"]):
        good_day(archive, "prtimes", day)
        good_day(archive, "meti", day, hour=11)


pytestmark = pytest.mark.archive_contents(fill=two_healthy_sources)


def sender(archive: Archive, environ: dict[str, str], output=None) -> AlertSender:
    return AlertSender(archive, CONFIG, environ=environ, delivery_options=FAST, output=output)


def failed_run(archive: Archive, day: str, error: str = "index.rdf: HTTP 503") -> None:
    record_run(archive, jst(day), spider="prtimes", statuses={"503": 1}, last_error=error)


def text_of(payload: dict) -> str:
    return payload["text"] + "\n" + "\n".join(str(block.get("text", {}).get("text", "")) for block in payload["blocks"])


def test_turning_failing_and_recovering_send_one_message_each(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    assert alerts.notify_health(jst_datetime("2026-11-06", 12)) == []
    for day in ("2026-11-09", "2026-11-10"):
        failed_run(archive, day)
        assert alerts.notify_health(jst_datetime(day, 12)) == []
    failed_run(archive, "2026-11-11")
    assert [outcome.status for outcome in alerts.notify_health(jst_datetime("2026-11-11", 12))] == ["sent"]
    assert len(slack.accepted) == 1
    first = text_of(slack.accepted_payloads[0])
    assert "prtimes" in first
    assert "failing" in first
    assert "HTTP 503" in first
    assert "meti" not in first

    for day in ("2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17"):
        failed_run(archive, day)
        good_day(archive, "meti", date.fromisoformat(day), hour=11)
        assert alerts.notify_health(jst_datetime(day, 12)) == []
    # Still bad, now also stale: no new message.
    assert {h.source: h.status for h in alerts.check_health(jst_datetime("2026-11-17", 12))}["prtimes"] == "failing"

    good_day(archive, "prtimes", date(2026, 11, 18))
    assert [outcome.status for outcome in alerts.notify_health(jst_datetime("2026-11-18", 12))] == ["sent"]
    good_day(archive, "prtimes", date(2026, 11, 19))
    assert alerts.notify_health(jst_datetime("2026-11-19", 12)) == []
    assert len(slack.accepted) == 2
    assert "recovered" in text_of(slack.accepted_payloads[1])
    stored = source_statuses(archive)["prtimes"]
    assert (stored.status, stored.alerted_status) == ("ok", "ok")


def test_sources_going_stale_together_share_one_message(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    alerts.notify_health(jst_datetime("2026-11-06", 12))
    statuses = []
    for day in days("2026-11-09", "2026-11-16", weekdays_only=True):
        for source in ("prtimes", "meti"):
            record_run(archive, jst(day), spider=source, not_modified=1)
        alerts.notify_health(jst_datetime(day.isoformat(), 12))
        statuses.append(len(slack.accepted))
    # Silent on the 9th, 10th and 11th is normal; the 12th is the fourth working day.
    assert statuses == [0, 0, 0, 1, 1, 1]
    payload = slack.accepted_payloads[0]
    assert payload["blocks"][0]["text"]["text"] == "jpllm-watch source health: 2 sources need attention"
    text = text_of(payload)
    assert "*meti* is *stale*" in text
    assert "*prtimes* is *stale*" in text


def test_a_refused_health_alert_is_sent_on_the_next_check(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    alerts.notify_health(jst_datetime("2026-11-06", 12))
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(archive, day)
    slack.fail_always(Fault.server_error())
    assert [outcome.status for outcome in alerts.notify_health(jst_datetime("2026-11-11", 12))] == ["failed"]
    slack.clear_faults()
    assert [outcome.status for outcome in alerts.notify_health(jst_datetime("2026-11-11", 13))] == ["sent"]
    assert alerts.notify_health(jst_datetime("2026-11-11", 14)) == []
    assert len(slack.accepted) == 1


def test_a_source_failing_when_first_seen_is_announced(tmp_path: Path, slack: FakeSlack) -> None:
    with Archive(tmp_path / "new.db") as archive:
        for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
            record_run(archive, jst(day), spider="nii", source_row=False, finish_reason="shutdown")
        outcomes = sender(archive, slack.webhook_env()).notify_health(jst_datetime("2026-11-11", 12))
    assert [outcome.status for outcome in outcomes] == ["sent"]
    assert "nii" in text_of(slack.accepted_payloads[0])


def test_without_slack_transitions_are_printed_until_one_is_sent(archive: Archive, slack: FakeSlack) -> None:
    printed: list[str] = []
    quiet = sender(archive, {}, output=printed.append)
    quiet.notify_health(jst_datetime("2026-11-06", 12))
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(archive, day)
    assert [outcome.status for outcome in quiet.notify_health(jst_datetime("2026-11-11", 12))] == ["not-sent"]
    assert [outcome.status for outcome in quiet.notify_health(jst_datetime("2026-11-11", 13))] == ["not-sent"]
    assert len(printed) == 2
    assert "prtimes" in printed[0]
    assert source_statuses(archive)["prtimes"].alerted_status == ""
    sender(archive, slack.webhook_env()).notify_health(jst_datetime("2026-11-11", 14))
    assert len(slack.accepted) == 1


def test_error_text_from_a_site_is_escaped(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(archive, day, error="<!channel> feed moved to <https://evil.example|prtimes.jp>")
    alerts.notify_health(jst_datetime("2026-11-11", 12))
    raw = text_of(slack.accepted_payloads[0])
    assert "<!channel>" not in raw
    assert "<https://evil.example" not in raw
    assert "&lt;!channel&gt;" in raw


def test_a_check_running_while_another_posts_does_not_announce_again(archive: Archive, slack: FakeSlack) -> None:
    """Two crawls closing at once: the second sees the first one's claim."""
    first = sender(archive, slack.webhook_env())
    second = sender(archive, slack.webhook_env())
    first.notify_health(jst_datetime("2026-11-06", 12))
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(archive, day)
    now = jst_datetime("2026-11-11", 12)
    during: list = []
    delivery = first.delivery("health")
    post = delivery.post

    def post_while_another_checks(messages, *args, **kwargs):
        during.extend(second.notify_health(now))
        return post(messages, *args, **kwargs)

    delivery.post = post_while_another_checks
    first.delivery = lambda destination: delivery
    assert [outcome.status for outcome in first.notify_health(now)] == ["sent"]
    assert during == []
    assert len(slack.accepted) == 1


@pytest.mark.parametrize("transport", ["bot", "webhook"])
def test_an_unanswered_health_alert_is_not_announced_twice(archive: Archive, slack: FakeSlack, transport) -> None:
    """Issue 10, case 7: Slack took the message and the answer never came."""
    environ = slack.bot_env() if transport == "bot" else slack.webhook_env()
    alerts = sender(archive, environ)
    alerts.notify_health(jst_datetime("2026-11-06", 12))
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(archive, day)
    slack.enqueue(Fault.accepted_then_dropped(), Fault.accepted_then_dropped())
    outcomes = alerts.notify_health(jst_datetime("2026-11-11", 12))
    # Bot: found in the channel by its marker. Webhook: posted once more, then given up as unconfirmed.
    assert [outcome.status for outcome in outcomes] == (["sent"] if transport == "bot" else ["unconfirmed"])
    assert len(slack.accepted) == (1 if transport == "bot" else 2)
    assert alerts.notify_health(jst_datetime("2026-11-11", 13)) == []
    assert len(slack.accepted) == (1 if transport == "bot" else 2)
