"""Alerts reach the fake Slack once per crawl and once per (rule, item)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from scrapy import Spider
from scrapy.utils.test import get_crawler

from archive import Archive
from pipelines.alert import AlertPipeline
from schedules.alert_rules import load_alert_config
from schedules.alert_send import AlertSender, destination_environ
from schedules.slack import default_retry_handlers
from tests.alert_helpers import jst, jst_datetime, sample_items
from tests.fake_slack import FakeSlack, Fault

RULES_FILE = Path(__file__).parent.parent / "crawler" / "data" / "alert_rules.toml"
STORED_AT = "2026-11-27"
NOW = jst_datetime(STORED_AT, 12)
FAST = {"pause": 0, "retry_handlers": default_retry_handlers(max_retries=1, backoff_factor=0.01)}
MATCHING = ("fixture:sakana-series-b", "fixture:pfn-plamo-2", "fixture:meti-geniac", "arxiv:2407.03963")


def matching_and_other_items(archive: Archive) -> None:
    items = sample_items()
    for item_id in (*MATCHING, "fixture:nec-briefing", "fixture:where-debt"):
        archive.store_item(items[item_id], now=jst(STORED_AT, 10))


pytestmark = pytest.mark.archive_contents(fill=matching_and_other_items)


def sender(archive: Archive, environ: dict[str, str], output=None) -> AlertSender:
    return AlertSender(archive, load_alert_config(RULES_FILE), environ=environ, delivery_options=FAST, output=output)


def message_text(payload: dict) -> str:
    return payload["text"] + "\n" + "\n".join(str(block.get("text", {}).get("text", "")) for block in payload["blocks"])


def alert_rows(archive: Archive) -> list[tuple]:
    return archive.db.execute("SELECT rule, item_id, sent_at FROM alerts ORDER BY rule, item_id").fetchall()


def test_all_matches_go_out_as_one_message(archive: Archive, slack: FakeSlack) -> None:
    outcomes = sender(archive, slack.webhook_env()).send_pending(NOW)
    assert [outcome.status for outcome in outcomes] == ["sent"]
    assert len(slack.accepted) == 1
    text = message_text(slack.accepted_payloads[0])
    for title in ("Sakana AI closes a $135M Series B", "PLaMo 2", "GENIAC", "LLM-jp: A Cross-organizational"):
        assert title in text
    assert "NEC" not in text
    assert "WHERE" not in text
    assert "202億5000万円" in text
    assert {(rule, item) for rule, item, _ in alert_rows(archive)} == {
        ("large-funding-japan", "fixture:sakana-series-b"),
        ("model-release-watched", "fixture:pfn-plamo-2"),
        ("watched-models", "fixture:pfn-plamo-2"),
        ("model-release-watched", "arxiv:2407.03963"),
        ("government-programme", "fixture:meti-geniac"),
    }
    assert all(sent_at for _, _, sent_at in alert_rows(archive))


def test_no_item_is_alerted_twice_for_a_rule(archive: Archive, slack: FakeSlack) -> None:
    first = sender(archive, slack.webhook_env())
    first.send_pending(NOW)
    assert first.send_pending(NOW + timedelta(hours=1)) == []
    items = sample_items()
    assert first.send_matches(first.evaluate([items["fixture:sakana-series-b"]]), NOW) == []
    assert len(slack.accepted) == 1


def test_a_new_rule_match_on_an_alerted_item_is_sent(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    alerts.send_pending(NOW)
    pfn = dict(sample_items()["fixture:pfn-plamo-2"], title="PFN、PLaMo 2をGENIACの成果として公開")
    alerts.send_matches(alerts.evaluate([pfn]), NOW)
    assert len(slack.accepted) == 2
    assert "government-programme" in {rule for rule, item, _ in alert_rows(archive) if item == "fixture:pfn-plamo-2"}


def test_nothing_is_sent_when_nothing_matched(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    items = sample_items()
    assert alerts.send_matches(alerts.evaluate([items["fixture:nec-briefing"], items["fixture:where-debt"]]), NOW) == []
    assert alerts.send_pending(NOW + timedelta(days=10)) == []
    assert slack.requests == []


def test_each_destination_gets_one_message(archive: Archive, slack: FakeSlack) -> None:
    environ = {**slack.bot_env(), "SLACK_WEBHOOK_URL_FUNDING": slack.webhook_url}
    outcomes = sender(archive, environ).send_pending(NOW)
    assert sorted(outcome.destination for outcome in outcomes) == ["funding", "models, policy, default"]
    kinds = sorted(request.kind for request in slack.accepted)
    assert kinds == ["chat.postMessage", "webhook"]
    webhook = next(request for request in slack.accepted if request.kind == "webhook")
    assert "Sakana AI" in message_text(webhook.payload)
    assert "PLaMo" not in message_text(webhook.payload)


def test_destination_variables() -> None:
    environ = {
        "SLACK_WEBHOOK_URL": "https://hooks.example/default",
        "SLACK_BOT_TOKEN": "xoxb-1",
        "SLACK_CHANNEL_POLICY": "C0POLICY",
        "SLACK_WEBHOOK_URL_FUNDING": "https://hooks.example/funding",
    }
    assert destination_environ("funding", environ) == {"SLACK_WEBHOOK_URL": "https://hooks.example/funding"}
    assert destination_environ("policy", environ) == {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_CHANNEL": "C0POLICY"}
    assert destination_environ("models", environ) == {
        "SLACK_WEBHOOK_URL": "https://hooks.example/default",
        "SLACK_BOT_TOKEN": "xoxb-1",
    }


def test_a_refused_message_is_sent_on_the_next_run_exactly_once(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    slack.fail_always(Fault.server_error())
    outcomes = alerts.send_pending(NOW)
    assert [outcome.status for outcome in outcomes] == ["failed"]
    assert slack.accepted == []
    assert alert_rows(archive) == []
    slack.clear_faults()
    assert [outcome.status for outcome in alerts.send_pending(NOW + timedelta(hours=1))] == ["sent"]
    alerts.send_pending(NOW + timedelta(hours=2))
    assert len(slack.accepted) == 1


def test_a_rate_limited_message_is_retried_and_sent_once(archive: Archive, slack: FakeSlack) -> None:
    slack.enqueue(Fault.rate_limited(retry_after=0))
    assert [outcome.status for outcome in sender(archive, slack.webhook_env()).send_pending(NOW)] == ["sent"]
    assert len(slack.accepted) == 1


def test_without_slack_alerts_are_printed_and_not_marked(archive: Archive, slack: FakeSlack) -> None:
    printed: list[str] = []
    outcomes = sender(archive, {}, output=printed.append).send_pending(NOW)
    assert {outcome.status for outcome in outcomes} == {"not-sent"}
    assert "Sakana AI closes a $135M Series B" in "".join(printed)
    assert alert_rows(archive) == []
    sender(archive, slack.webhook_env()).send_pending(NOW)
    assert len(slack.accepted) == 1


def test_scraped_text_cannot_ping_or_disguise_links(archive: Archive, slack: FakeSlack) -> None:
    hostile = dict(
        sample_items()["fixture:meti-geniac"],
        id="fixture:hostile",
        title="GENIAC <!channel> <@U123> <https://evil.example|meti.go.jp>",
    )
    archive.store_item(hostile, now=jst(STORED_AT, 11))
    sender(archive, slack.webhook_env()).send_pending(NOW)
    payload = slack.accepted_payloads[0]
    raw = message_text(payload)
    assert "<!channel>" not in raw
    assert "<@U123>" not in raw
    assert "<https://evil.example" not in raw
    assert "&lt;!channel&gt;" in raw


def test_backfilled_and_old_items_are_not_pending(archive: Archive, slack: FakeSlack) -> None:
    alerts = sender(archive, slack.webhook_env())
    assert alerts.send_pending(NOW + timedelta(hours=80)) == []
    backfill = dict(sample_items()["fixture:sakana-series-b"], id="fixture:sakana-backfill", backfill=True)
    archive.store_item(backfill, now=jst("2026-12-02", 10))
    assert alerts.send_pending(jst_datetime("2026-12-02", 12)) == []
    assert slack.requests == []


def pipeline_for(archive_path: Path) -> AlertPipeline:
    crawler = get_crawler(Spider, {"ALERT_RULES_FILE": str(RULES_FILE), "ALERTS_ENABLED": True})
    pipeline = AlertPipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline


def test_the_pipeline_sends_one_message_for_the_crawls_new_relevant_items(
    archive_path: Path, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_WEBHOOK_URL", slack.webhook_url)
    items = sample_items()
    with Archive(archive_path) as stored:
        for item in items.values():
            stored.store_item(item)
    pipeline = pipeline_for(archive_path)
    pipeline.process_item(dict(items["fixture:sakana-series-b"], archive_outcome="new"))
    pipeline.process_item(dict(items["fixture:pfn-plamo-2"], archive_outcome="new"))
    pipeline.process_item(dict(items["fixture:meti-geniac"], archive_outcome="unchanged"))
    pipeline.process_item(dict(items["arxiv:2407.03963"], archive_outcome="new", relevant=False))
    assert slack.requests == []
    pipeline.close_spider()
    assert len(slack.accepted) == 1
    text = message_text(slack.accepted_payloads[0])
    assert "Sakana AI" in text
    assert "PLaMo 2" in text
    assert "GENIAC" not in text
    assert "LLM-jp" not in text
    assert pipeline.crawler.stats.get_value("alerts/sent") == 3  # PLaMo 2 matches two rules


def test_a_crawl_with_nothing_new_sends_nothing(
    archive_path: Path, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_WEBHOOK_URL", slack.webhook_url)
    pipeline = pipeline_for(archive_path)
    pipeline.process_item(dict(sample_items()["fixture:sakana-series-b"], archive_outcome="unchanged"))
    pipeline.close_spider()
    assert slack.requests == []


def test_a_sender_running_while_another_posts_does_not_send_again(archive: Archive, slack: FakeSlack) -> None:
    """Two crawls closing at once: the second sees the first one's claims."""
    first = sender(archive, slack.webhook_env())
    second = sender(archive, slack.webhook_env())
    during: list = []
    delivery = first.delivery("default")
    post = delivery.post

    def post_while_another_sends(messages, *args, **kwargs):
        during.extend(second.send_pending(NOW))
        return post(messages, *args, **kwargs)

    delivery.post = post_while_another_sends
    first.delivery = lambda destination: delivery
    assert [outcome.status for outcome in first.send_pending(NOW)] == ["sent"]
    assert during == []
    assert len(slack.accepted) == 1


def test_a_half_configured_slack_fails_loudly_and_records_nothing(archive: Archive) -> None:
    outcomes = sender(archive, {"SLACK_BOT_TOKEN": "xoxb-without-a-channel"}).send_pending(NOW)
    assert {outcome.status for outcome in outcomes} == {"failed"}
    assert "SLACK_CHANNEL" in outcomes[0].detail
    assert alert_rows(archive) == []


def test_a_crawl_with_hundreds_of_matches_still_sends_one_valid_message(tmp_path: Path, slack: FakeSlack) -> None:
    geniac = sample_items()["fixture:meti-geniac"]
    with Archive(tmp_path / "many.db") as many:
        for number in range(300):
            many.store_item(
                dict(
                    geniac,
                    id=f"fixture:geniac-{number}",
                    url=f"https://www.meti.go.jp/press/{number}.html",
                    title=f"GENIAC 採択事業者 {number}: " + "大規模言語モデルの開発 " * 8,
                ),
                now=jst(STORED_AT, 10),
            )
        outcomes = sender(many, slack.webhook_env()).send_pending(NOW)
        sent = many.db.execute("SELECT count(*) FROM alerts WHERE sent_at IS NOT NULL").fetchone()[0]
    assert [outcome.status for outcome in outcomes] == ["sent"]
    assert len(slack.accepted) == 1  # the fake refuses more than 50 blocks or over-long sections
    blocks = slack.accepted_payloads[0]["blocks"]
    assert len(blocks) <= 50
    assert all(len(block.get("text", {}).get("text", "")) <= 3000 for block in blocks if block["type"] == "section")
    assert sent == 300
