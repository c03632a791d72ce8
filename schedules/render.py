"""The digest model as Slack Block Kit messages, plain text and Markdown.

``to_slack_messages`` keeps within Slack's limits before anything is sent: at
most 50 blocks per message (a long digest becomes an overview message and
follow-ups, which a bot token posts as thread replies), section text at most
3,000 characters, headers 150, at most 10 fields and 10 context elements.
Every scraped string goes through ``schedules.slack.escape_mrkdwn`` or
``slack_link``; headers are plain text and need no escaping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from schedules.digest import NOTHING_NEW, Digest, Entry, FundingEntry, Metric, Section, SourceProblem
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

PRODUCT = "jpllm-watch"
MAX_FIELD_TEXT = 2000
MAX_CONTEXT_TEXT = 2000
MAX_TITLE = 200
# Slack folds a long section behind "See more"; short blocks keep every
# entry visible.
MAX_LINES_PER_BLOCK = 8


def format_yen(amount: int | None) -> str:
    """Yen the Japanese way: ``1億5000万円``, ``300億円``, ``2兆3500億円``."""
    if amount is None:
        return "undisclosed"
    if amount < 10_000:
        return f"{amount:,}円"
    units = ((10**12, "兆"), (10**8, "億"), (10**4, "万"))
    parts = []
    rest = amount
    for size, unit in units:
        if rest >= size:
            parts.append(f"{rest // size}{unit}")
            rest %= size
    return "".join(parts) + "円"


ROUND_NAMES = {
    "pre_seed": "Pre-seed",
    "pre_series_a": "Pre-Series A",
    "j_kiss": "J-KISS",
}


def format_round(slug: str) -> str:
    """A round as people write it: ``series_b`` -> ``Series B``; free text is kept."""
    if slug in ROUND_NAMES:
        return ROUND_NAMES[slug]
    if match := re.fullmatch(r"series_([a-z])", slug):
        return f"Series {match.group(1).upper()}"
    if re.fullmatch(r"[a-z_]+", slug):
        return slug.replace("_", " ").capitalize()
    return slug


def format_date(timestamp: str | None, this_year: int | None = None) -> str:
    """``24 Nov`` from an ISO timestamp (``24 Nov 2024`` outside ``this_year``); empty if none."""
    if not timestamp:
        return ""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", timestamp)
    if not match:
        return ""
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    day = f"{int(match.group(3))} {months[int(match.group(2)) - 1]}"
    year = int(match.group(1))
    return day if this_year is None or year == this_year else f"{day} {year}"


def week_title(digest: Digest) -> str:
    start, end = digest.start, digest.end
    return f"{PRODUCT} weekly digest {digest.week} ({start.day} {start:%b} – {end.day} {end:%b %Y})"


def metric_value(metric: Metric) -> str:
    return format_yen(metric.value) if metric.key == "funding_jpy" else str(metric.value)


def metric_comparison(metric: Metric) -> str:
    if metric.previous_average is None:
        return "no earlier weeks"
    if metric.key == "funding_jpy":
        average = format_yen(round(metric.previous_average))
    else:
        average = f"{metric.previous_average:.1f}".rstrip("0").rstrip(".")
    return f"4-week avg {average}, {metric.change}"


def section_count(section: Section) -> str:
    if section.key == "health":
        return f"{section.total} with problems" if section.total else "all ok"
    return str(section.total)


def _funding_parts(entry: FundingEntry) -> list[str]:
    parts = [format_round(entry.round) if entry.round else "round not stated"]
    if entry.undisclosed or entry.amount_jpy is None:
        parts.append(entry.as_written or "amount undisclosed")
    else:
        amount = format_yen(entry.amount_jpy)
        written = entry.as_written
        if not written:
            parts.append(amount)
        elif "円" in written:
            parts.append(written)
        else:
            parts.append(f"{written} (≈{amount})")
    if entry.lead_investors:
        parts.append("lead: " + ", ".join(entry.lead_investors))
    elif entry.investors:
        parts.append("investors: " + ", ".join(entry.investors[:5]))
    return parts


def _entry_facts(entry: Entry, this_year: int | None = None) -> list[str]:
    facts = []
    if entry.detail:
        facts.append(entry.detail)
    who = entry.organisations[:4] or ((entry.publisher,) if entry.publisher else ())
    if who:
        facts.append(", ".join(who))
    if entry.models:
        facts.append("models: " + ", ".join(entry.models[:4]))
    if when := format_date(entry.published_at, this_year):
        facts.append(when)
    return facts


def _problem_facts(problem: SourceProblem) -> list[str]:
    facts = [problem.status]
    if problem.reason:
        facts.append(problem.reason)
    if problem.last_error and problem.last_error not in problem.reason:
        facts.append(f"last error: {truncate(problem.last_error, 200)}")
    facts.append(f"last success {format_date(problem.last_success) or 'never'}")
    if problem.last_new_item:
        facts.append(f"last new item {format_date(problem.last_new_item)}")
    return facts


# --- Slack ---------------------------------------------------------------


def _mrkdwn_entry(entry: Entry, year: int) -> str:
    facts = " · ".join(escape_mrkdwn(fact) for fact in _entry_facts(entry, year))
    line = f"• {slack_link(entry.url, truncate(entry.title, MAX_TITLE))}"
    return f"{line} — {facts}" if facts else line


def _mrkdwn_funding(entry: FundingEntry) -> str:
    company = escape_mrkdwn(clean_label(entry.company, 100)) or "(company not stated)"
    facts = " · ".join(escape_mrkdwn(part) for part in _funding_parts(entry))
    source = slack_link(entry.url, truncate(entry.title, 120))
    return f"• *{company}* — {facts}\n    {source}"


def _mrkdwn_problem(problem: SourceProblem) -> str:
    facts = " · ".join(escape_mrkdwn(fact) for fact in _problem_facts(problem))
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


# --- Terminal and Markdown -----------------------------------------------


def _plain_entry(entry: Entry, year: int) -> list[str]:
    facts = " · ".join(_entry_facts(entry, year))
    head = f"- {truncate(entry.title, MAX_TITLE)}" + (f" — {facts}" if facts else "")
    return [head, f"  {entry.url}"] if entry.url else [head]


def to_text(digest: Digest) -> str:
    """The digest for a terminal."""
    lines = [week_title(digest), "", "The week in numbers (against the average of the previous 4 weeks):"]
    width = max(len(metric.label) for metric in digest.metrics)
    for metric in digest.metrics:
        lines.append(f"  {metric.label:<{width}}  {metric_value(metric):>12}  ({metric_comparison(metric)})")
    for section in digest.sections:
        lines += ["", f"== {section.title} ({section_count(section)}) =="]
        for funding in section.funding:
            lines.append(f"- {funding.company or '(company not stated)'} — {' · '.join(_funding_parts(funding))}")
            lines.append(f"  {truncate(funding.title, 120)}  {funding.url}")
        for group in section.groups:
            if group.title:
                lines.append(f"  [{group.title}]")
            for entry in group.entries:
                lines += _plain_entry(entry, digest.end.year)
        for problem in section.problems:
            lines.append(f"- {problem.source} — {' · '.join(_problem_facts(problem))}")
        if section.empty_reason:
            lines.append(section.empty_reason)
        if section.note:
            lines.append(f"! {section.note}")
        if section.more:
            lines.append(f"…and {section.more} more" + (f": {section.more_url}" if section.more_url else "."))
    return "\n".join(lines) + "\n"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape_markdown(text: object) -> str:
    """Scraped text made inert in Markdown: no links, HTML or emphasis of its own."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text or "").split()))


def _markdown_link(url: str, label: str) -> str:
    label_text = escape_markdown(truncate(label, MAX_TITLE))
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return label_text
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return label_text
    target = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    return f"[{label_text}]({target})"


def to_markdown(digest: Digest, *, chart: str = "") -> str:
    """The digest as a Markdown document (what is written to ``DIGEST_OUTPUT_DIR``), embedding ``chart`` if given."""
    lines = [f"# {week_title(digest)}", "", "| | This week | Previous 4 weeks |", "|---|---:|---|"]
    for metric in digest.metrics:
        lines.append(f"| {metric.label} | {metric_value(metric)} | {metric_comparison(metric)} |")
    if chart:
        weeks = len(digest.trend.weeks) if digest.trend else 12
        lines += [
            "",
            f"![The last {weeks} weeks: papers, releases, funding rounds, policy items and yen raised]({chart})",
        ]
    for section in digest.sections:
        lines += ["", f"## {section.title} ({section_count(section)})", ""]
        for funding in section.funding:
            company = escape_markdown(funding.company) or "(company not stated)"
            facts = escape_markdown(" · ".join(_funding_parts(funding)))
            lines.append(f"- **{company}**: {facts} ({_markdown_link(funding.url, funding.title)})")
        for group in section.groups:
            if group.title:
                lines += [f"### {group.title}", ""]
            for entry in group.entries:
                facts = escape_markdown(" · ".join(_entry_facts(entry, digest.end.year)))
                lines.append(f"- {_markdown_link(entry.url, entry.title)}" + (f" — {facts}" if facts else ""))
            if group.title:
                lines.append("")
        for problem in section.problems:
            lines.append(
                f"- **{escape_markdown(problem.source)}**: {escape_markdown(' · '.join(_problem_facts(problem)))}"
            )
        if section.empty_reason:
            lines.append(f"_{escape_markdown(section.empty_reason)}_")
        if section.note:
            lines.append(f"> {escape_markdown(section.note)}")
        if section.more:
            more = f"…and {section.more} more"
            lines.append(
                f"{more}: [browse them in the archive]({section.more_url})" if section.more_url else f"{more}."
            )
    return "\n".join(lines).rstrip() + "\n"
