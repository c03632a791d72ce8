"""How alerts read: Slack messages for rule matches and source-health transitions.

Everything here is pure rendering (no archive, no Slack): one message per
destination with every match grouped by rule, one message per health check,
and the terminal text of a message for dry runs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from slack_sdk.models.blocks import Block, ContextBlock, HeaderBlock, MarkdownTextObject, SectionBlock

from archive.health import SourceHealth
from common.times import TOKYO, format_utc, parse_utc
from common.yen import format_yen
from schedules.alert_rules import AlertMatch, item_labels, item_organisations
from schedules.render import pack_lines
from schedules.slack_text import (
    MAX_BLOCKS_PER_MESSAGE,
    MAX_HEADER_TEXT,
    MAX_SECTION_TEXT,
    SlackMessage,
    escape_mrkdwn,
    slack_link,
    truncate,
)

MAX_LINE = 600


def _tokyo(timestamp: str | None) -> str:
    if not timestamp:
        return "never"
    return parse_utc(timestamp).astimezone(TOKYO).strftime("%Y-%m-%d %H:%M JST")


def _match_details(match: AlertMatch) -> str:
    item = match.item
    parts = [str(item.get("kind") or ""), str(item.get("source") or "")]
    organisations = sorted(set(item_organisations(item).values()))
    if organisations:
        parts.append(", ".join(organisations[:4]) + (" …" if len(organisations) > 4 else ""))
    if match.amount_jpy is not None:
        parts.append(format_yen(match.amount_jpy))
    hub = item_labels(item).get("hub")
    if isinstance(hub, dict):
        if match.licence_change is not None:
            parts.append(f"licence {match.licence_change.old} → {match.licence_change.new}")
        elif hub.get("licence_from"):
            parts.append(f"licence {hub['licence_from']} → {hub.get('licence_to')}")
        if hub.get("family"):
            parts.append(f"family {hub['family']}")
        elif "new_family" in (hub.get("events") or []):
            parts.append(f"new family {hub.get('series')}")
    return " · ".join(part for part in parts if part)


def _match_line(match: AlertMatch) -> str:
    title = match.item.get("title") or match.item.get("url") or match.item_id
    line = f"• {slack_link(match.item.get('url'), title)} — {escape_mrkdwn(_match_details(match))}"
    return truncate(line, MAX_LINE, mrkdwn=True)


def _sections(lines: Iterable[str], heading: str) -> list[str]:
    """Lines under their heading packed into section texts within Slack's 3,000 characters (the digest's packing)."""
    return pack_lines([heading, *lines] if heading else lines, MAX_SECTION_TEXT, max_lines=sys.maxsize)


def _fit(blocks: list[Block], texts: list[str], left_out: str) -> list[Block]:
    """Section blocks for ``texts`` within 50 blocks; the last says how many were left out."""
    room = MAX_BLOCKS_PER_MESSAGE - len(blocks) - 1
    shown = texts[:room]
    blocks += [SectionBlock(text=MarkdownTextObject(text=text)) for text in shown]
    if len(texts) > len(shown):
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=left_out)]))
    return blocks


def render_alert_message(matches: Sequence[AlertMatch], now: datetime) -> SlackMessage:
    """One Slack message with every match for one destination, grouped by rule."""
    items = {match.item_id for match in matches}
    title = f"jpllm-watch alert: {len(items)} new item{'s' if len(items) != 1 else ''}"
    texts: list[str] = []
    for rule in dict.fromkeys(match.rule for match in matches):
        rule_lines = [_match_line(match) for match in matches if match.rule == rule]
        texts += _sections(rule_lines, f"*{escape_mrkdwn(rule.description)}*")
    blocks: list[Block] = [HeaderBlock(text=truncate(title, MAX_HEADER_TEXT))]
    blocks = _fit(blocks, texts, "… more matches than one message holds; run `scrapy alerts --dry-run` to list them")
    blocks.append(
        ContextBlock(
            elements=[
                MarkdownTextObject(text=f"Alert rules in `crawler/data/alert_rules.toml` · {_tokyo(format_utc(now))}")
            ]
        )
    )
    titles = {match.item_id: str(match.item.get("title") or match.item_id) for match in matches}
    fallback = title + ": " + "; ".join(escape_mrkdwn(text) for text in list(titles.values())[:20])
    return SlackMessage(text=fallback, blocks=blocks[:MAX_BLOCKS_PER_MESSAGE])


@dataclass(frozen=True)
class HealthTransition:
    """A source whose announced health changes: it turned failing or stale, or recovered."""

    health: SourceHealth
    previous: str

    @property
    def recovered(self) -> bool:
        return not self.health.is_bad


def _transition_line(transition: HealthTransition) -> str:
    health = transition.health
    name = escape_mrkdwn(health.source)
    if transition.recovered:
        line = f"• :white_check_mark: *{name}* recovered ({health.status}, was {escape_mrkdwn(transition.previous)})"
    else:
        icon = ":red_circle:" if health.status == "failing" else ":hourglass:"
        line = f"• {icon} *{name}* is *{health.status}*: {escape_mrkdwn(health.reason)}"
    line += f". Last success {_tokyo(health.last_success)}, last new item {_tokyo(health.last_new_item)}"
    if not transition.recovered and health.last_error and health.last_error not in health.reason:
        line += f"\n    Last error: {escape_mrkdwn(health.last_error)}"
    return truncate(line, MAX_LINE, mrkdwn=True)


def render_health_message(transitions: Sequence[HealthTransition], now: datetime) -> SlackMessage:
    """One Slack message announcing every health transition of one check."""
    bad = sum(not transition.recovered for transition in transitions)
    good = len(transitions) - bad
    parts = [f"{bad} source{'s need' if bad != 1 else ' needs'} attention"] if bad else []
    parts += [f"{good} recovered"] if good else []
    title = "jpllm-watch source health: " + ", ".join(parts)
    blocks: list[Block] = [HeaderBlock(text=truncate(title, MAX_HEADER_TEXT))]
    blocks = _fit(
        blocks, _sections((_transition_line(t) for t in transitions), ""), "… more sources changed; run `scrapy health`"
    )
    blocks.append(
        ContextBlock(
            elements=[MarkdownTextObject(text=f"`scrapy health` for every source · {_tokyo(format_utc(now))}")]
        )
    )
    fallback = title + ": " + ", ".join(f"{escape_mrkdwn(t.health.source)} {t.health.status}" for t in transitions)
    return SlackMessage(text=fallback, blocks=blocks)


def message_as_text(message: SlackMessage) -> str:
    """A message as a person reads it in a terminal (mrkdwn kept, entities kept)."""
    lines: list[str] = []
    for block in message.blocks:
        data = block.to_dict()
        if data["type"] == "header":
            lines.append(data["text"]["text"])
        elif data["type"] == "section":
            lines.append(data["text"]["text"].strip("\n"))
        elif data["type"] == "context":
            lines.append(" · ".join(element["text"] for element in data["elements"]))
    return "\n".join(lines)
