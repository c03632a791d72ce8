"""The digest as text: for a terminal (``to_text``) and as a Markdown document (``to_markdown``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from schedules.digest import Digest, Entry
from schedules.render_words import (
    MAX_TITLE,
    entry_facts,
    funding_parts,
    metric_comparison,
    metric_value,
    problem_facts,
    section_count,
    week_title,
)
from schedules.slack_text import truncate


def _plain_entry(entry: Entry, year: int) -> list[str]:
    facts = " · ".join(entry_facts(entry, year))
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
            lines.append(f"- {funding.company or '(company not stated)'} — {' · '.join(funding_parts(funding))}")
            lines.append(f"  {truncate(funding.title, 120)}  {funding.url}")
        for group in section.groups:
            if group.title:
                lines.append(f"  [{group.title}]")
            for entry in group.entries:
                lines += _plain_entry(entry, digest.end.year)
        for problem in section.problems:
            lines.append(f"- {problem.source} — {' · '.join(problem_facts(problem))}")
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
            facts = escape_markdown(" · ".join(funding_parts(funding)))
            lines.append(f"- **{company}**: {facts} ({_markdown_link(funding.url, funding.title)})")
        for group in section.groups:
            if group.title:
                lines += [f"### {group.title}", ""]
            for entry in group.entries:
                facts = escape_markdown(" · ".join(entry_facts(entry, digest.end.year)))
                lines.append(f"- {_markdown_link(entry.url, entry.title)}" + (f" — {facts}" if facts else ""))
            if group.title:
                lines.append("")
        for problem in section.problems:
            lines.append(
                f"- **{escape_markdown(problem.source)}**: {escape_markdown(' · '.join(problem_facts(problem)))}"
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
