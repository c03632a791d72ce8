"""The weekly digest as data: a pure function from archive rows to a model.

``build_digest(DigestInput)`` decides what the week's digest says: the week
in numbers against the four weeks before, one section per kind of news, and
for every empty section why it is empty (nothing happened, or the sources
that feed it failed). It reads no clock, no database and no settings; the
rows come from ``schedules.digest_input`` and the source health from
``archive.health``. Rendering (``schedules.render``) and sending
(``schedules.slack``) are separate.

Every string in the model is raw scraped text; renderers escape it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from common.weeks import week_bounds
from schedules.digest_entries import (
    DERIVED_TITLE_MARK,
    as_list,
    browse_link,
    funding_entries,
    partnership_sides,
    to_entry,
    week_metrics,
)
from schedules.digest_model import (
    NOTHING_NEW,
    Digest,
    DigestInput,
    Entry,
    FundingEntry,
    Group,
    Metric,
    Section,
    SourceProblem,
    WeekRows,
)
from schedules.digest_sections import (
    explain_empty,
    hub_section,
    new_names_section,
    paper_section,
    plain_section,
    source_problems,
)
from schedules.hub_digest import (
    HUB_KINDS,
    hub_releases,
)

# The digest's public names, wherever each lives (renderers, publishing and tests import them from here).
__all__ = [
    "DERIVED_TITLE_MARK",
    "NOTHING_NEW",
    "Digest",
    "DigestInput",
    "Entry",
    "FundingEntry",
    "Group",
    "Metric",
    "Section",
    "SourceProblem",
    "WeekRows",
    "build_digest",
    "to_entry",
    "week_metrics",
]

METRIC_LABELS = {
    "papers": "Papers",
    "releases": "Model and product releases",
    "funding_rounds": "Funding rounds",
    "funding_jpy": "Raised in funding rounds",
}


def _metrics(inputs: DigestInput) -> tuple[Metric, ...]:
    current = week_metrics(inputs.current)
    history = [week_metrics(rows) for rows in inputs.previous]
    metrics = []
    for key, label in METRIC_LABELS.items():
        average = sum(week[key] for week in history) / len(history) if history else None
        metrics.append(Metric(key=key, label=label, value=current[key], previous_average=average))
    return tuple(metrics)


def build_digest(inputs: DigestInput, *, top_papers: int = 10, per_section: int = 15) -> Digest:
    """The digest of ``inputs.current``: numbers, sections with reasons, source health."""
    items = [item for item in inputs.current.items if not item.get("backfill")]
    rows = replace(inputs.current, items=items)
    problems = source_problems(inputs.health)
    funding, funded = funding_entries(rows)

    releases, linked = hub_releases(items)
    placed: set[str] = set(funded) | linked | {str(item.get("id")) for item in items if item.get("kind") in HUB_KINDS}
    buckets: dict[str, list[Mapping[str, Any]]] = {
        key: [] for key in ("models", "datasets", "partnerships", "policy", "papers", "other")
    }
    for item in items:
        item_id = str(item.get("id"))
        if item_id in placed:
            continue
        topics = set(as_list(item.get("topics")))
        # A government announcement belongs under policy even when it is
        # about models (GENIAC) or data sets.
        if item.get("kind") == "paper":
            bucket = "papers"
        elif item.get("kind") == "policy":
            bucket = "policy"
        elif topics & {"model_release", "product"}:
            bucket = "models"
        elif topics & {"dataset", "benchmark"}:
            bucket = "datasets"
        elif "partnership" in topics:
            bucket = "partnerships"
        elif "policy" in topics:
            bucket = "policy"
        else:
            bucket = "other"
        buckets[bucket].append(item)
        placed.add(item_id)

    funding_shown = tuple(funding[:per_section])
    sections = [
        Section(
            key="funding",
            title="Funding",
            funding=funding_shown,
            total=len(funding),
            more=len(funding) - len(funding_shown),
            more_url=browse_link(inputs.browse_url, rows.week, "funding") if len(funding) > per_section else "",
        ),
        plain_section("models", "Models and products", buckets["models"], per_section, inputs),
        plain_section("datasets", "Data sets and benchmarks", buckets["datasets"], per_section, inputs),
        plain_section(
            "partnerships", "Partnerships", buckets["partnerships"], per_section, inputs, detail=partnership_sides
        ),
        plain_section("policy", "Policy and government", buckets["policy"], per_section, inputs),
        paper_section(buckets["papers"], top_papers, inputs),
    ]
    # The Hub gets its section once it is crawled at all (its source is known).
    if releases or rows.hub_licence_changes or "huggingface" in inputs.source_kinds:
        sections.insert(2, hub_section(releases, rows.hub_licence_changes, per_section))
    sections = [explain_empty(section, problems, inputs) for section in sections]
    if buckets["other"]:
        sections.append(
            explain_empty(plain_section("other", "Other news", buckets["other"], per_section, inputs), problems, inputs)
        )
    health_section = Section(
        key="health",
        title="Source health",
        problems=tuple(problems),
        total=len(problems),
        empty_reason=(
            f"No source failed or went silent ({len(inputs.health)} checked)."
            if inputs.health
            else "No crawl runs recorded yet."
        )
        if not problems
        else "",
    )
    new_names = new_names_section(items, inputs.previous, per_section)
    if new_names is not None:
        sections.append(new_names)
    sections.append(health_section)
    start, end = week_bounds(rows.week)
    return Digest(
        week=rows.week,
        start=start,
        end=end,
        metrics=_metrics(DigestInput(rows, inputs.previous)),
        sections=tuple(sections),
        item_count=len(items),
        trend=inputs.trend,
    )
