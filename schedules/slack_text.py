"""Slack text: the one escape, link builder and cut for scraped text, Slack's limits, and a message.

- ``escape_mrkdwn(text)``: the one escape for scraped text placed in mrkdwn or
  in a message's top-level ``text`` (``&``, ``<``, ``>`` and nothing else).
- ``slack_link(url, label)``: the one link builder; ``<url|label>`` for http(s)
  URLs, the escaped label alone for anything else.
- ``truncate(text, limit)``: cut to ``limit`` characters with an ellipsis;
  ``mrkdwn=True`` never cuts inside an entity or a ``<...>`` link.
- ``SlackMessage(text, blocks)``: one message; ``text`` is the plain-text
  fallback (already escaped), ``blocks`` are ``slack_sdk.models.blocks``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

ELLIPSIS = "…"
MAX_BLOCKS_PER_MESSAGE = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK_TEXT = 40000
MAX_LINK_LABEL = 200

_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# An entity or a <...> control sequence that a cut must not split.
_ATOMIC = re.compile(r"&(?:amp|lt|gt);|<[^<>\n]*>")
_WHITESPACE = re.compile(r"\s+")


def escape_mrkdwn(text: object) -> str:
    """Make scraped text harmless in Slack mrkdwn: escape ``&``, ``<`` and ``>`` only."""
    escaped = "" if text is None else str(text)
    for character, entity in _ESCAPES:
        escaped = escaped.replace(character, entity)
    return escaped


def truncate(text: str, limit: int, *, mrkdwn: bool = False) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis when cut.

    With ``mrkdwn=True`` the cut backs off to before an ``&amp;``-style entity
    or a ``<url|label>`` link it would otherwise split.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    cut = limit - len(ELLIPSIS)
    if mrkdwn:
        for match in _ATOMIC.finditer(text, max(0, cut - 4000)):
            if match.start() >= cut:
                break
            if match.end() > cut:
                cut = match.start()
                break
    return text[:cut].rstrip() + ELLIPSIS


def clean_label(label: object, limit: int = MAX_LINK_LABEL) -> str:
    """A link label on one line, without the ``|`` that would split a Slack link (not yet escaped)."""
    text = _WHITESPACE.sub(" ", "" if label is None else str(label)).strip()
    return truncate(text.replace("|", "¦"), limit)


def safe_url(url: object) -> str | None:
    """The URL, ready to sit inside ``<...|...>``, or ``None`` unless it is http(s) with a host."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # Characters that would end or split the <url|label> sequence are
    # percent-encoded; & is escaped as Slack asks for in every URL.
    encoded = quote(url, safe="/:?#[]@!$&'()*+,;=%~-._")
    return escape_mrkdwn(encoded)


def slack_link(url: object, label: object) -> str:
    """A mrkdwn link ``<url|label>`` for an http(s) URL, else the escaped label alone."""
    text = clean_label(label) or (url if isinstance(url, str) else "")
    target = safe_url(url)
    if target is None:
        return escape_mrkdwn(text)
    return f"<{target}|{escape_mrkdwn(text)}>"


@dataclass(frozen=True)
class SlackMessage:
    """One Slack message: a plain-text fallback and up to 50 Block Kit blocks."""

    text: str
    blocks: Sequence[Block] = field(default_factory=tuple)
    # Our own id for the message, sent with a bot token as message metadata,
    # so an unanswered post can be looked up in the channel's history.
    marker: str = ""

    def payload(self) -> dict[str, Any]:
        """The JSON body Slack receives; checks Slack's limits first."""
        if len(self.blocks) > MAX_BLOCKS_PER_MESSAGE:
            raise SlackObjectFormationError(
                f"a message holds at most {MAX_BLOCKS_PER_MESSAGE} blocks, this one {len(self.blocks)}"
            )
        return {
            "text": truncate(self.text or " ", MAX_FALLBACK_TEXT, mrkdwn=True),
            "blocks": [block.to_dict() for block in self.blocks],
        }
