"""The digest as Slack messages (within Slack's limits, injection-proof), text and Markdown."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from schedules.digest import build_digest
from schedules.digest_input import load_digest_input
from schedules.render import format_round, format_yen, to_markdown, to_slack_messages, to_text
from tests.digest_helpers import WEEK, fill_week, many_papers, source_health, store, week_moment

HOSTILE = [
    ("arxiv:2411.66601", "rinna releases a model <!channel>"),
    ("arxiv:2411.66602", "<!here> ELYZA-japanese-Llama-2-7b is out"),
    ("arxiv:2411.66603", "Ask <@U123> about Sakana AI & friends"),
    ("arxiv:2411.66604", "<https://evil.example|arxiv.org> Swallow corpus v2"),
]
BROWSE = "http://127.0.0.1:8001/archive"


def digest_of(archive, **kwargs):
    return build_digest(load_digest_input(archive, WEEK, health=[], browse_url=BROWSE), **kwargs)


def texts_of(block: dict) -> list[str]:
    """Every mrkdwn or plain text a block shows."""
    texts = []
    if "text" in block:
        texts.append(block["text"]["text"])
    texts += [field["text"] for field in block.get("fields", [])]
    texts += [element["text"] for element in block.get("elements", []) if "text" in element]
    return texts


def check_slack_limits(payload: dict) -> None:
    assert payload["text"].strip()
    assert len(payload["text"]) <= 40000
    assert 1 <= len(payload["blocks"]) <= 50
    for block in payload["blocks"]:
        if block["type"] == "header":
            assert block["text"]["type"] == "plain_text"
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "section":
            assert len(block.get("text", {}).get("text", "")) <= 3000
            assert len(block.get("fields", [])) <= 10
            assert all(len(field["text"]) <= 2000 for field in block.get("fields", []))
        if block["type"] == "context":
            assert len(block["elements"]) <= 10


@pytest.mark.parametrize("thread", [True, False])
def test_a_300_item_digest_keeps_every_slack_limit(archive, thread):
    fill_week(archive)
    many_papers(archive, 300)
    digest = digest_of(archive, top_papers=400, per_section=400)
    messages = to_slack_messages(digest, thread=thread)
    payloads = [message.payload() for message in messages]
    assert len(payloads) >= 2
    for payload in payloads:
        check_slack_limits(payload)
    everything = json.dumps(payloads, ensure_ascii=False)
    for number in range(300):
        assert f"https://arxiv.org/abs/2411.{10000 + number:05d}|" in everything
    follow_on = "in the thread" if thread else "in the next messages"
    assert follow_on in json.dumps(payloads[0], ensure_ascii=False)
    assert payloads[0]["blocks"][0]["type"] == "header"
    assert all("part " in payload["text"] for payload in payloads[1:])


def test_a_small_digest_is_one_message(archive):
    fill_week(archive)
    messages = to_slack_messages(digest_of(archive))
    assert len(messages) == 1
    check_slack_limits(messages[0].payload())


def test_quiet_sections_share_one_line_in_slack_but_sections_with_failed_sources_explain(archive):
    many_papers(archive, 3)
    health = [source_health("meti-news", "failing", items_last_4_weeks=12)]
    inputs = load_digest_input(archive, WEEK, health=health)
    inputs = replace(inputs, source_kinds={**inputs.source_kinds, "meti-news": ["policy"]})
    payload = to_slack_messages(build_digest(inputs))[0].payload()
    shown = [text for block in payload["blocks"] for text in texts_of(block)]
    assert "Nothing new this week in: Funding, Models and products, Data sets and benchmarks, Partnerships." in shown
    assert "Policy and government (0)" in shown
    assert "Nothing this week because its sources failed: meti-news." in shown
    assert "Papers (3)" in shown
    assert shown[-1].startswith("• *meti-news* — failing")


def test_overlong_titles_are_cut_with_an_ellipsis(archive):
    title = "日本語LLMの継続事前学習に関する大規模な実験と評価" * 200
    store(
        archive,
        {"id": "arxiv:2411.77777", "title": title, "url": "https://arxiv.org/abs/2411.77777"},
        week_moment(WEEK),
    )
    payload = to_slack_messages(digest_of(archive))[0].payload()
    check_slack_limits(payload)
    line = next(text for block in payload["blocks"] for text in texts_of(block) if "2411.77777" in text)
    assert "…>" in line
    assert len(line) < 400


def test_hostile_titles_reach_slack_as_harmless_text(archive):
    for item_id, title in HOSTILE:
        number = item_id.split(".")[-1]
        store(
            archive,
            {
                "id": item_id,
                "title": title,
                "url": f"https://arxiv.org/abs/2411.{number}",
                "organisations": ["<!everyone>"],
            },
            week_moment(WEEK),
        )
    payloads = [message.payload() for message in to_slack_messages(digest_of(archive))]
    allowed_targets = {f"https://arxiv.org/abs/{item_id.split(':')[1]}" for item_id, _ in HOSTILE}
    everything = [payload["text"] for payload in payloads] + [
        text for payload in payloads for block in payload["blocks"] for text in texts_of(block)
    ]
    for text in everything:
        for sequence in re.findall(r"<([^>]*)>", text):
            target, _, label = sequence.partition("|")
            assert target in allowed_targets, f"unexpected Slack control sequence <{sequence}>"
            assert "<" not in label
            assert "|" not in label
    joined = "\n".join(everything)
    assert "&lt;!channel&gt;" in joined
    assert "&lt;@U123&gt;" in joined
    assert "&amp; friends" in joined
    assert "&lt;!everyone&gt;" in joined


def test_text_and_markdown_show_the_same_digest(archive):
    fill_week(archive)
    digest = digest_of(archive)
    text = to_text(digest)
    markdown = to_markdown(digest)
    for expected in ("Sakana AI", "Series A · 約200億円", "tsuzumi", "SB OpenAI Japan", "GENIAC", "2404.17790"):
        assert expected in text
        assert expected in markdown
    assert "== Funding (1) ==" in text
    assert "## Funding (1)" in markdown
    assert (
        "[NTT版大規模言語モデル「tsuzumi」の商用提供を開始](https://group.ntt/jp/newsrelease/2024/03/25/240325a.html)"
        in markdown
    )


def test_markdown_neutralises_scraped_markup(archive):
    store(
        archive,
        {
            "id": "arxiv:2411.88888",
            "title": "<script>x</script> [click](javascript:alert(1))",
            "url": "javascript:alert(1)",
        },
        week_moment(WEEK),
    )
    markdown = to_markdown(digest_of(archive))
    assert "<script>" not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)
    assert "\\<script\\>" in markdown


def test_rounds_are_written_as_people_write_them():
    assert [format_round(slug) for slug in ("series_b", "pre_seed", "j_kiss", "debt", "Series A")] == [
        "Series B",
        "Pre-seed",
        "J-KISS",
        "Debt",
        "Series A",
    ]


def test_yen_is_written_the_japanese_way():
    assert format_yen(150_000_000) == "1億5000万円"
    assert format_yen(30_000_000_000) == "300億円"
    assert format_yen(2_350_000_000_000) == "2兆3500億円"
    assert format_yen(8_000) == "8,000円"
    assert format_yen(None) == "undisclosed"
