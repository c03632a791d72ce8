"""The digest model as Slack Block Kit messages (its text forms: ``schedules/render_text.py``).

``to_slack_messages`` keeps within Slack's limits before anything is sent: at
most 50 blocks per message (a long digest becomes an overview message and
follow-ups, which a bot token posts as thread replies), section text at most
3,000 characters, headers 150, at most 10 fields and 10 context elements.
Every scraped string goes through ``schedules.slack.escape_mrkdwn`` or
``slack_link``; headers are plain text and need no escaping.
"""

from __future__ import annotations

from collections.abc import Iterable

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from schedules.digest import NOTHING_NEW, Digest, Entry, FundingEntry, Metric, Section, SourceProblem
from schedules.render_text import escape_markdown, to_markdown, to_text
from schedules.render_words import (
    MAX_TITLE,
    PRODUCT,
    entry_facts,
    format_date,
    format_round,
    format_yen,
    funding_parts,
    metric_comparison,
    metric_value,
    problem_facts,
    section_count,
    week_title,
)
from schedules.slack_text import (
    MAX_BLOCKS_PER_MESSAGE,
    MAX_HEADER_TEXT,
    MAX_SECTION_TEXT,
    SlackMessage,
    clean_label,
    escape_mrkdwn,
    slack_link,
    truncate,
)
from schedules.trend import sparkline

# The renderers' public names, wherever each lives.
__all__ = [
    "escape_markdown",
    "format_date",
    "format_round",
    "format_yen",
    "pack_lines",
    "section_blocks",
    "to_markdown",
    "to_slack_messages",
    "to_text",
]

MAX_FIELD_TEXT = 2000
MAX_CONTEXT_TEXT = 2000
# Slack folds a long section behind "See more"; short blocks keep every
# entry visible.
MAX_LINES_PER_BLOCK = 8


def _mrkdwn_entry(entry: Entry, year: int) -> str:
    facts = " · ".join(escape_mrkdwn(fact) for fact in entry_facts(entry, year))
    line = f"• {slack_link(entry.url, truncate(entry.title, MAX_TITLE))}"
    return f"{line} — {facts}" if facts else line


def _mrkdwn_funding(entry: FundingEntry) -> str:
    company = escape_mrkdwn(clean_label(entry.company, 100)) or "(company not stated)"
    facts = " · ".join(escape_mrkdwn(part) for part in funding_parts(entry))
    source = slack_link(entry.url, truncate(entry.title, 120))
    return f"• *{company}* — {facts}\n    {source}"


def _mrkdwn_problem(problem: SourceProblem) -> str:
    facts = " · ".join(escape_mrkdwn(fact) for fact in problem_facts(problem))
    return f"• *{escape_mrkdwn(problem.source)}* — {facts}"


def _section_lines(section: Section, year: int) -> list[str]:
    lines: list[str] = []
    lines.extend(_mrkdwn_funding(entry) for entry in section.funding)
    for group in section.groups:
        if group.title:
            lines.append(f"*{escape_mrkdwn(group.title)}*")
        lines.extend(_mrkdwn_entry(entry, year) for entry in group.entries)
    lines.extend(_mrkdwn_problem(problem) for problem in section.problems)
    return [truncate(line, MAX_SECTION_TEXT, mrkdwn=True) for line in lines]


def pack_lines(lines: Iterable[str], limit: int = MAX_SECTION_TEXT, max_lines: int = MAX_LINES_PER_BLOCK) -> list[str]:
    """Lines joined into texts of at most ``limit`` characters and ``max_lines`` lines."""
    texts: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and (size + 1 + len(line) > limit or len(current) >= max_lines):
            texts.append("\n".join(current))
            current, size = [], 0
        size += len(line) + (1 if current else 0)
        current.append(line)
    if current:
        texts.append("\n".join(current))
    return texts


def _mrkdwn(text: str) -> MarkdownTextObject:
    # verbatim: bare URLs and #channel-looking words in titles stay plain.
    return MarkdownTextObject(text=text, verbatim=True)


def _context(text: str) -> ContextBlock:
    return ContextBlock(elements=[_mrkdwn(truncate(text, MAX_CONTEXT_TEXT, mrkdwn=True))])


def _header(text: str) -> HeaderBlock:
    return HeaderBlock(text=truncate(text, MAX_HEADER_TEXT))


def section_blocks(section: Section, year: int) -> list[Block]:
    """One section as blocks: a header, its lines, then why it is empty or incomplete."""
    title = f"{section.title} ({section_count(section)})"
    blocks: list[Block] = [_header(title)]
    blocks.extend(SectionBlock(text=_mrkdwn(text)) for text in pack_lines(_section_lines(section, year)))
    notes = []
    if section.empty_reason:
        notes.append(escape_mrkdwn(section.empty_reason))
    if section.note:
        notes.append(f":warning: {escape_mrkdwn(section.note)}")
    if section.more:
        more = f"…and {section.more} more"
        notes.append(
            f"{more}: {slack_link(section.more_url, 'browse them in the archive')}"
            if section.more_url
            else f"{more} in the archive."
        )
    if notes:
        blocks.append(_context("\n".join(notes)))
    return blocks


def metric_sparkline(digest: Digest, metric: Metric) -> str:
    """The metric's last weeks as ``▁▂▃▅▇`` (empty without a trend)."""
    if digest.trend is None or metric.key not in digest.trend.series:
        return ""
    return sparkline(digest.trend.known(metric.key))


def overview_blocks(digest: Digest, *, sparklines: bool = False) -> list[Block]:
    """The header, the week in numbers (with a sparkline of the last weeks if asked) and a table of contents."""
    fields = []
    for metric in digest.metrics[:10]:
        text = f"*{metric.label}*\n{metric_value(metric)}  _({metric_comparison(metric)})_"
        line = metric_sparkline(digest, metric) if sparklines else ""
        if line:
            text += f"\n`{line}` _last {len(line)} week{'s' if len(line) > 1 else ''}_"
        fields.append(_mrkdwn(truncate(text, MAX_FIELD_TEXT)))
    contents = " · ".join(f"{section.title} {section_count(section)}" for section in digest.sections)
    blocks: list[Block] = [_header(week_title(digest)), SectionBlock(fields=fields)]
    summary = f"{digest.item_count} relevant items first seen this week (Asia/Tokyo). {contents}"
    if digest.is_empty:
        summary = "No relevant items were first seen this week. " + contents
    blocks.append(_context(escape_mrkdwn(summary)))
    return blocks


def fallback_text(digest: Digest) -> str:
    """The notification text: the week in one line (escaped)."""
    numbers = ", ".join(f"{metric.label.lower()} {metric_value(metric)}" for metric in digest.metrics)
    return escape_mrkdwn(f"{week_title(digest)}: {numbers}")


def _titled_blocks(digest: Digest) -> list[tuple[str, list[Block]]]:
    """Each section's blocks; the sections where simply nothing happened share one line."""
    quiet = [
        section
        for section in digest.sections
        if section.key != "health" and section.is_empty and section.empty_reason == NOTHING_NEW
    ]
    note = _context(escape_mrkdwn(f"Nothing new this week in: {', '.join(section.title for section in quiet)}."))
    titled: list[tuple[str, list[Block]]] = []
    for section in digest.sections:
        if section in quiet:
            continue
        if section.key == "health" and quiet:
            titled.append(("", [note]))
            quiet = []
        titled.append((section.title, section_blocks(section, digest.end.year)))
    if quiet:
        titled.append(("", [note]))
    return titled


def to_slack_messages(digest: Digest, *, thread: bool = True, sparklines: bool | None = None) -> list[SlackMessage]:
    """The digest as Slack messages of at most 50 blocks each.

    A digest that fits goes out as one message; a longer one as an overview
    followed by the sections, packed into as few messages as fit (a section
    longer than a message continues in the next one). Without a thread (a
    webhook, which cannot upload the chart) the numbers carry sparklines.
    """
    overview = overview_blocks(digest, sparklines=not thread if sparklines is None else sparklines)
    titled = _titled_blocks(digest)
    everything = overview + [DividerBlock()] + [block for _, blocks in titled for block in blocks]
    if len(everything) <= MAX_BLOCKS_PER_MESSAGE:
        return [SlackMessage(text=fallback_text(digest), blocks=everything)]

    where = "in the thread" if thread else "in the next messages"
    overview.append(_context(f"The sections follow {where}."))
    parts: list[list[Block]] = [[]]
    for title, blocks in titled:
        if parts[-1] and len(parts[-1]) + len(blocks) > MAX_BLOCKS_PER_MESSAGE:
            parts.append([])
        for block in blocks:
            if len(parts[-1]) >= MAX_BLOCKS_PER_MESSAGE:
                parts.append([_header(f"{title} (continued)")])
            parts[-1].append(block)
    total = len(parts) + 1
    messages = [SlackMessage(text=fallback_text(digest), blocks=overview)]
    for number, blocks in enumerate(parts, start=2):
        titles = ", ".join(block.text.text for block in blocks if isinstance(block, HeaderBlock) and block.text)
        text = escape_mrkdwn(f"{PRODUCT} {digest.week}, part {number} of {total}: {titles}")
        messages.append(SlackMessage(text=truncate(text, 3000, mrkdwn=True), blocks=blocks))
    return messages
