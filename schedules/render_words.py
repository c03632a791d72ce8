"""What the digest's renderers say, in words: amounts, rounds, dates, titles and each entry's facts.

Shared by the Slack blocks (``schedules/render.py``) and the terminal and
Markdown text (``schedules/render_text.py``), so all three read alike.
"""

from __future__ import annotations

import re

from common.yen import format_yen
from schedules.digest import Digest, Entry, FundingEntry, Metric, Section, SourceProblem
from schedules.slack_text import truncate

PRODUCT = "jpllm-watch"
MAX_TITLE = 200


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


def funding_parts(entry: FundingEntry) -> list[str]:
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


def entry_facts(entry: Entry, this_year: int | None = None) -> list[str]:
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


def problem_facts(problem: SourceProblem) -> list[str]:
    facts = [problem.status]
    if problem.reason:
        facts.append(problem.reason)
    if problem.last_error and problem.last_error not in problem.reason:
        facts.append(f"last error: {truncate(problem.last_error, 200)}")
    facts.append(f"last success {format_date(problem.last_success) or 'never'}")
    if problem.last_new_item:
        facts.append(f"last new item {format_date(problem.last_new_item)}")
    return facts
