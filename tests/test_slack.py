"""Escaping, links, truncation and delivery against the fake Slack."""

from __future__ import annotations

import re

import pytest
from slack_sdk.models.blocks import HeaderBlock, MarkdownTextObject, SectionBlock

from schedules.slack import (
    SlackConfigError,
    SlackDelivery,
    SlackDeliveryError,
    SlackMessage,
    default_retry_handlers,
    escape_mrkdwn,
    slack_link,
    truncate,
)
from tests.fake_slack import Fault

HOSTILE_TITLES = [
    "rinna releases a new model <!channel>",
    "<!here> ELYZA-japanese-Llama-2-7b is out",
    "Ask <@U123> about Sakana AI",
    "<https://evil.example|arxiv.org> Swallow corpus v2",
    "<!everyone> & <!subteam^S123> & <#C123>",
]
# What Slack parses as a command, mention or link: any raw <...>.
SLACK_CONTROL = re.compile(r"<[^>]*>")


def fast_delivery(env: dict[str, str]) -> SlackDelivery:
    delivery = SlackDelivery.from_env(
        env, pause=0, timeout=2, retry_handlers=default_retry_handlers(max_retries=2, backoff_factor=0.01)
    )
    assert delivery is not None
    return delivery


def message(number: int) -> SlackMessage:
    return SlackMessage(
        text=f"part {number}",
        blocks=[HeaderBlock(text=f"Part {number}"), SectionBlock(text=MarkdownTextObject(text=f"body {number}"))],
    )


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_escaped_titles_hold_no_slack_control_sequences(title):
    escaped = escape_mrkdwn(title)
    assert not SLACK_CONTROL.search(escaped)
    assert escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == title


def test_escape_touches_only_the_three_control_characters():
    assert escape_mrkdwn("*国産LLM* 約1億5000万円 _v2_ \"quoted\" 'x'") == "*国産LLM* 約1億5000万円 _v2_ \"quoted\" 'x'"
    assert escape_mrkdwn("R&D <b>") == "R&amp;D &lt;b&gt;"


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_link_label_cannot_hide_or_add_a_target(title):
    link = slack_link("https://arxiv.org/abs/2404.17790", title)
    assert link.startswith("<https://arxiv.org/abs/2404.17790|")
    label = link[len("<https://arxiv.org/abs/2404.17790|") : -1]
    assert "<" not in label
    assert ">" not in label
    assert "|" not in label


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,hi", "ftp://example.org/x", "//evil.example/x", "", None, "http://"]
)
def test_only_http_urls_become_links(url):
    assert slack_link(url, "Swallow <!here>") == "Swallow &lt;!here&gt;"


def test_url_characters_that_would_break_the_link_are_encoded():
    link = slack_link("https://example.jp/search?q=a&b=c|d>e", "label")
    assert link == "<https://example.jp/search?q=a&amp;b=c%7Cd%3Ee|label>"


def test_truncate_marks_the_cut_and_keeps_short_text():
    assert truncate("Sakana AI", 20) == "Sakana AI"
    cut = truncate("日本語の大規模言語モデル" * 30, 100)
    assert len(cut) == 100
    assert cut.endswith("…")


def test_mrkdwn_truncation_never_splits_entities_or_links():
    text = "x" * 95 + "&amp;rest"
    assert truncate(text, 100, mrkdwn=True) == "x" * 95 + "…"
    linked = "see " + slack_link("https://arxiv.org/abs/2310.06770", "a long title " * 5)
    cut = truncate(linked, 30, mrkdwn=True)
    assert cut == "see…"


def test_from_env_without_slack_is_none_and_half_config_is_an_error():
    assert SlackDelivery.from_env({}) is None
    with pytest.raises(SlackConfigError):
        SlackDelivery.from_env({"SLACK_BOT_TOKEN": "xoxb-1"})


def test_destination_and_repr_never_show_the_secret(slack):
    delivery = fast_delivery(slack.webhook_env())
    assert "fakewebhooksecret" not in repr(delivery) + delivery.destination
    bot = fast_delivery(slack.bot_env())
    assert slack.token not in repr(bot) + bot.destination
    assert bot.destination == f"channel:{slack.channel}"


def test_bot_token_posts_a_parent_and_thread_replies(slack):
    timestamps = fast_delivery(slack.bot_env()).post([message(1), message(2), message(3)])
    payloads = slack.accepted_payloads
    assert len(timestamps) == 3
    assert all(timestamps)
    assert "thread_ts" not in payloads[0]
    assert [p["thread_ts"] for p in payloads[1:]] == [timestamps[0], timestamps[0]]
    assert [p["text"] for p in payloads] == ["part 1", "part 2", "part 3"]
    assert payloads[0]["blocks"][0]["type"] == "header"


def test_webhook_posts_consecutive_messages(slack):
    timestamps = fast_delivery(slack.webhook_env()).post([message(1), message(2)])
    assert timestamps == ["", ""]
    assert [p["text"] for p in slack.accepted_payloads] == ["part 1", "part 2"]
    assert all("thread_ts" not in p for p in slack.accepted_payloads)


@pytest.mark.parametrize("env_name", ["bot_env", "webhook_env"])
@pytest.mark.parametrize(
    "fault", [Fault.rate_limited(retry_after=0), Fault.server_error(500), Fault.server_error(503), Fault.broken()]
)
def test_transient_failures_are_retried(slack, env_name, fault):
    slack.enqueue(fault)
    fast_delivery(getattr(slack, env_name)()).post([message(1)])
    assert len(slack.requests) == 2
    assert slack.requests[0].status != 200
    assert len(slack.accepted) == 1


def test_rate_limit_waits_for_retry_after(slack):
    import time

    slack.enqueue(Fault.rate_limited(retry_after=1))
    started = time.monotonic()
    fast_delivery(slack.webhook_env()).post([message(1)])
    assert time.monotonic() - started >= 1
    assert len(slack.accepted) == 1


@pytest.mark.parametrize("env_name", ["bot_env", "webhook_env"])
def test_persistent_failure_raises_with_what_was_sent(slack, env_name):
    slack.enqueue(Fault.ok(), Fault.server_error(), Fault.server_error(), Fault.server_error())
    with pytest.raises(SlackDeliveryError) as raised:
        fast_delivery(getattr(slack, env_name)()).post([message(1), message(2), message(3)])
    assert raised.value.index == 1
    assert len(raised.value.sent) == 1
    assert len(slack.accepted) == 1


def test_webhook_refusal_and_garbage_are_detected(slack):
    delivery = fast_delivery(slack.webhook_env())
    slack.enqueue(Fault.garbage())
    with pytest.raises(SlackDeliveryError, match="HTTP 200"):
        delivery.post([message(1)])
    broken = SlackDelivery.from_env({"SLACK_WEBHOOK_URL": slack.base_url + "/services/T0/B0/wrong"}, pause=0)
    with pytest.raises(SlackDeliveryError, match="404"):
        broken.post([message(1)])


def test_api_errors_are_reported_by_name(slack):
    slack.enqueue(Fault.api_error("channel_not_found"))
    with pytest.raises(SlackDeliveryError, match="channel_not_found"):
        fast_delivery(slack.bot_env()).post([message(1)])


def test_slow_answers_time_out_instead_of_hanging(slack):
    slack.fail_always(Fault.slow(5))
    delivery = SlackDelivery.from_env(slack.webhook_env(), pause=0, timeout=1, retry_handlers=[])
    with pytest.raises(SlackDeliveryError, match="could not be reached"):
        delivery.post([message(1)])


def test_resume_continues_the_thread(slack):
    delivery = fast_delivery(slack.bot_env())
    first = delivery.post([message(1), message(2), message(3)][:1])
    delivery.post([message(1), message(2), message(3)], resume_from=1, thread_ts=first[0])
    payloads = slack.accepted_payloads
    assert [p["text"] for p in payloads] == ["part 1", "part 2", "part 3"]
    assert [p.get("thread_ts") for p in payloads] == [None, first[0], first[0]]


def test_more_than_fifty_blocks_is_refused_before_sending(slack):
    blocks = [SectionBlock(text=MarkdownTextObject(text=str(n))) for n in range(51)]
    with pytest.raises(Exception, match="50 blocks"):
        fast_delivery(slack.webhook_env()).post([SlackMessage(text="too long", blocks=blocks)])
    assert slack.requests == []
