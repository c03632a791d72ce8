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

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

from archive.health import SourceHealth
from common.weeks import week_bounds
from schedules.hub_digest import (
    HUB_KINDS,
    HubRelease,
    group_title,
    hub_releases,
    licence_change_lines,
    release_detail,
)
from schedules.trend import Trend

TOPIC_TITLES = {
    "model_release": "Model releases",
    "product": "Products",
    "dataset": "Data sets",
    "benchmark": "Benchmarks",
    "compute": "Compute",
    "partnership": "Partnerships",
    "funding": "Funding",
    "policy": "Policy",
    "talent": "Talent",
    "safety": "Safety",
    "speech_multimodal": "Speech and multimodal",
}
OTHER_TOPIC = "Other topics"
NOTHING_NEW = "Nothing new this week."

# Which kinds of source feed which section, to tell "nothing happened" from
# "the sources that would have told us failed".
SECTION_SOURCE_KINDS = {
    "funding": frozenset({"funding", "news", "press"}),
    "models": frozenset({"press", "news"}),
    "hub": frozenset(HUB_KINDS),
    "datasets": frozenset({"press", "news", "paper"}),
    "partnerships": frozenset({"press", "news"}),
    "policy": frozenset({"policy"}),
    "papers": frozenset({"paper"}),
    "other": frozenset({"press", "news"}),
}


@dataclass(frozen=True)
class Entry:
    """One item as a line of the digest."""

    item_id: str
    title: str
    url: str
    kind: str
    source: str
    publisher: str = ""
    published_at: str | None = None
    score: float = 0.0
    topics: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    detail: str = ""


@dataclass(frozen=True)
class FundingEntry:
    """One funding round."""

    company: str
    round: str
    amount_jpy: int | None
    as_written: str
    lead_investors: tuple[str, ...]
    investors: tuple[str, ...]
    undisclosed: bool
    title: str
    url: str
    source: str
    item_id: str


@dataclass(frozen=True)
class SourceProblem:
    """A source that failed or went silent when it normally speaks."""

    source: str
    status: str
    last_success: str | None
    last_new_item: str | None
    last_error: str
    reason: str = ""


@dataclass(frozen=True)
class Group:
    """Entries under a sub-heading (papers by topic); ``title`` is empty for a plain list."""

    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Section:
    """One section of the digest; ``empty_reason`` says why it has nothing."""

    key: str
    title: str
    groups: tuple[Group, ...] = ()
    funding: tuple[FundingEntry, ...] = ()
    problems: tuple[SourceProblem, ...] = ()
    total: int = 0
    more: int = 0
    more_url: str = ""
    empty_reason: str = ""
    note: str = ""

    @property
    def shown(self) -> int:
        return len(self.funding) + len(self.problems) + sum(len(group.entries) for group in self.groups)

    @property
    def is_empty(self) -> bool:
        return self.shown == 0


@dataclass(frozen=True)
class Metric:
    """A number of the week against the average of the previous weeks."""

    key: str
    label: str
    value: int
    previous_average: float | None

    @property
    def change(self) -> str:
        """``+40%``, ``-25%``, ``new`` or ``=``; empty without history."""
        if self.previous_average is None:
            return ""
        if self.previous_average == 0:
            return "new" if self.value else "="
        ratio = (self.value - self.previous_average) / self.previous_average
        return "=" if abs(ratio) < 0.005 else f"{ratio:+.0%}"


@dataclass(frozen=True)
class Digest:
    """The week's digest, ready to render."""

    week: str
    start: date
    end: date
    metrics: tuple[Metric, ...]
    sections: tuple[Section, ...]
    item_count: int
    # The last 12 weeks up to this one, for the chart and the sparklines.
    trend: Trend | None = None

    @property
    def is_empty(self) -> bool:
        return self.item_count == 0


@dataclass(frozen=True)
class WeekRows:
    """The relevant, non-backfill items first seen in one week, and their funding rounds."""

    week: str
    items: Sequence[Mapping[str, Any]]
    funding_rounds: Sequence[Mapping[str, Any]] = ()
    # Licence changes of known Hub repositories detected in the week.
    hub_licence_changes: Sequence[Mapping[str, Any]] = ()


@dataclass(frozen=True)
class DigestInput:
    """Everything the digest is built from."""

    current: WeekRows
    previous: Sequence[WeekRows] = ()
    health: Sequence[SourceHealth] = ()
    source_kinds: Mapping[str, Iterable[str]] = field(default_factory=dict)
    browse_url: str = ""
    trend: Trend | None = None


def browse_link(browse_url: str, week: str, kind: str) -> str:
    """The archive browser's page for one kind of item in one week (a Datasette table)."""
    if not browse_url:
        return ""
    query = urlencode({"kind": kind, "week": week, "_sort_desc": "score"})
    return f"{browse_url.rstrip('/')}/relevant_items?{query}"


def _list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, Mapping):
        return tuple(str(key) for key in value)
    return tuple(str(element) for element in value or () if element)


def _names(value: Any) -> tuple[str, ...]:
    names = []
    for element in value or ():
        name = element.get("name") if isinstance(element, Mapping) else element
        if name:
            names.append(str(name))
    return tuple(names)


def _labels(row: Mapping[str, Any]) -> Mapping[str, Any]:
    labels = row.get("labels")
    return labels if isinstance(labels, Mapping) else {}


# A title the source did not give, taken from the start of the item's text.
DERIVED_TITLE_MARK = "[no headline] "


def to_entry(row: Mapping[str, Any], detail: str = "") -> Entry:
    """An archive row (JSON columns decoded) as a digest entry."""
    return Entry(
        item_id=str(row.get("id") or ""),
        title=(DERIVED_TITLE_MARK if row.get("title_derived") else "") + str(row.get("title") or "(untitled)"),
        url=str(row.get("url") or ""),
        kind=str(row.get("kind") or ""),
        source=str(row.get("source") or ""),
        publisher=str(row.get("publisher") or ""),
        published_at=row.get("published_at"),
        score=float(row.get("score") or 0.0),
        topics=_list(row.get("topics")),
        organisations=_names(row.get("organisations")),
        models=_names(row.get("models")),
        detail=detail,
    )


def _rank(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda entry: (-entry.score, entry.published_at or "", entry.title))


def _funding_entries(rows: WeekRows) -> tuple[list[FundingEntry], set[str]]:
    """The week's funding rounds, each once, and the ids of every item that reported one."""
    items = {str(item.get("id")): item for item in rows.items}
    entries = []
    with_rounds = set()
    for funding in rows.funding_rounds:
        item = items.get(str(funding.get("item_id")))
        if item is None:
            continue
        with_rounds.add(str(funding.get("item_id")))
        entries.append(_funding_entry(funding, item))
    for item_id, item in items.items():
        label = _labels(item).get("funding")
        if item_id in with_rounds or not isinstance(label, Mapping) or not label.get("company"):
            continue
        with_rounds.add(item_id)
        entries.append(_funding_entry(label, item))
    # Two outlets reporting one round would count its yen twice: the same
    # company, round and amount is one round, told by the fuller report.
    unique: dict[tuple[str, str, int | None], FundingEntry] = {}
    for entry in entries:
        key = (entry.company.casefold(), entry.round, entry.amount_jpy)
        kept = unique.get(key)
        if kept is None or len(entry.lead_investors) + len(entry.investors) > len(kept.lead_investors) + len(
            kept.investors
        ):
            unique[key] = entry
    ordered = sorted(unique.values(), key=lambda entry: (-(entry.amount_jpy or 0), entry.company))
    return ordered, with_rounds


def _funding_entry(funding: Mapping[str, Any], item: Mapping[str, Any]) -> FundingEntry:
    amount = funding.get("amount_jpy")
    return FundingEntry(
        company=str(funding.get("company") or ""),
        round=str(funding.get("round") or ""),
        amount_jpy=int(amount) if amount not in (None, "") else None,
        as_written=str(funding.get("as_written") or ""),
        lead_investors=_list(funding.get("lead_investors")),
        investors=_list(funding.get("investors")),
        undisclosed=bool(funding.get("undisclosed")),
        title=str(item.get("title") or ""),
        url=str(item.get("url") or ""),
        source=str(item.get("source") or ""),
        item_id=str(item.get("id") or ""),
    )


def _partnership_sides(row: Mapping[str, Any]) -> str:
    partnership = _labels(row).get("partnership")
    sides = _list(partnership.get("sides")) if isinstance(partnership, Mapping) else ()
    return " × ".join(sides)


def _is_release(row: Mapping[str, Any]) -> bool:
    topics = set(_list(row.get("topics")))
    return row.get("kind") != "paper" and bool(topics & {"model_release", "product"})


def week_metrics(rows: WeekRows) -> dict[str, int]:
    """The week in numbers: papers, model and product releases (a Hub release and the press
    about it count once), funding rounds, yen raised."""
    funding, _ = _funding_entries(rows)
    releases, linked = hub_releases(rows.items)
    hub_models = sum(1 for release in releases if release.kind == "model")
    return {
        "papers": sum(1 for item in rows.items if item.get("kind") == "paper"),
        "releases": hub_models
        + sum(
            1
            for item in rows.items
            if _is_release(item) and item.get("kind") not in HUB_KINDS and str(item.get("id")) not in linked
        ),
        "funding_rounds": len(funding),
        "funding_jpy": sum(entry.amount_jpy or 0 for entry in funding if not entry.undisclosed),
    }


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


def _problems(health: Sequence[SourceHealth]) -> list[SourceProblem]:
    return [
        SourceProblem(
            source=entry.source,
            status=entry.status,
            last_success=entry.last_success,
            last_new_item=entry.last_new_item,
            last_error=entry.last_error or "",
            reason=str(getattr(entry, "reason", "") or ""),
        )
        for entry in health
        if entry.status in ("failing", "stale")
    ]


def _failed_feeders(
    key: str, problems: Sequence[SourceProblem], source_kinds: Mapping[str, Iterable[str]]
) -> list[str]:
    kinds = SECTION_SOURCE_KINDS.get(key, frozenset())
    return [problem.source for problem in problems if kinds & set(source_kinds.get(problem.source, ()))]


def _feeders(key: str, source_kinds: Mapping[str, Iterable[str]]) -> list[str]:
    kinds = SECTION_SOURCE_KINDS.get(key, frozenset())
    return [source for source, source_kind in source_kinds.items() if kinds & set(source_kind)]


def _explain(section: Section, problems: Sequence[SourceProblem], inputs: DigestInput) -> Section:
    failed = _failed_feeders(section.key, problems, inputs.source_kinds)
    if not failed:
        if section.is_empty:
            return replace(section, empty_reason=NOTHING_NEW)
        return section
    names = ", ".join(sorted(failed))
    if section.is_empty:
        feeders = _feeders(section.key, inputs.source_kinds)
        if feeders and set(feeders) <= set(failed):
            reason = f"Nothing this week because its sources failed: {names}."
        else:
            reason = f"Nothing new this week; some of its sources failed: {names}."
        return replace(section, empty_reason=reason)
    return replace(section, note=f"May be incomplete: {names} failed.")


def _plain_section(
    key: str,
    title: str,
    rows: Sequence[Mapping[str, Any]],
    limit: int,
    inputs: DigestInput,
    detail: Callable[[Mapping[str, Any]], str] | None = None,
) -> Section:
    ranked = _rank(to_entry(row, detail(row) if detail else "") for row in rows)
    shown = ranked[:limit]
    more = len(ranked) - len(shown)
    kinds = sorted({entry.kind for entry in ranked[limit:]})
    more_url = browse_link(inputs.browse_url, inputs.current.week, kinds[0]) if more and len(kinds) == 1 else ""
    return Section(
        key=key,
        title=title,
        groups=(Group("", tuple(shown)),) if shown else (),
        total=len(ranked),
        more=more,
        more_url=more_url,
    )


def _paper_section(papers: Sequence[Mapping[str, Any]], limit: int, inputs: DigestInput) -> Section:
    ranked = _rank(to_entry(row) for row in papers)
    top = ranked[:limit]
    by_topic: dict[str, list[Entry]] = {}
    order = list(TOPIC_TITLES)
    for entry in top:
        topic = next((t for t in order if t in entry.topics), "")
        by_topic.setdefault(topic, []).append(entry)
    groups = tuple(
        Group(TOPIC_TITLES.get(topic, OTHER_TOPIC), tuple(by_topic[topic]))
        for topic in sorted(by_topic, key=lambda t: order.index(t) if t in order else len(order))
    )
    if len(groups) == 1 and groups[0].title == OTHER_TOPIC:
        groups = (Group("", groups[0].entries),)
    more = len(ranked) - len(top)
    return Section(
        key="papers",
        title="Papers",
        groups=groups,
        total=len(ranked),
        more=more,
        more_url=browse_link(inputs.browse_url, inputs.current.week, "paper") if more else "",
    )


def _detected(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(kind, name) of the names the classifier found in an item but not on the watch list."""
    detected = _labels(item).get("detected") or {}
    return [
        (kind, str(entry.get("name")))
        for kind in ("organisations", "models")
        for entry in detected.get(kind) or ()
        if isinstance(entry, Mapping) and entry.get("name")
    ]


def _new_names_section(items: Sequence[Mapping[str, Any]], previous: Sequence[WeekRows], limit: int) -> Section | None:
    """Names not on the watch list that the week's items brought and earlier weeks did not: candidates to add."""
    seen_before = {name for rows in previous for item in rows.items for name in _detected(item)}
    first_item: dict[tuple[str, str], Mapping[str, Any]] = {}
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        for name in dict.fromkeys(_detected(item)):
            if name in seen_before:
                continue
            first_item.setdefault(name, item)
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    ordered = sorted(counts, key=lambda name: (-counts[name], name[1]))
    entries = tuple(
        Entry(
            item_id=str(first_item[name].get("id") or ""),
            title=name[1],
            url=str(first_item[name].get("url") or ""),
            kind="",
            source=str(first_item[name].get("source") or ""),
            detail=("organisation" if name[0] == "organisations" else "model")
            + (f" · in {counts[name]} items" if counts[name] > 1 else "")
            + f" · in: {first_item[name].get('title') or ''}",
        )
        for name in ordered[:limit]
    )
    return Section(
        key="new_names",
        title="New names (not on the watch list)",
        groups=(Group("", entries),),
        total=len(ordered),
        more=max(len(ordered) - limit, 0),
        note="scrapy watchlist suggest lists the frequent ones; add them to crawler/data to watch them.",
    )


def _release_entry(release: HubRelease) -> Entry:
    first = release.repos[0]
    return Entry(
        item_id=str(first.get("id") or ""),
        title=release.title,
        url=str(first.get("url") or ""),
        kind=release.kind,
        source="huggingface",
        published_at=first.get("published_at"),
        organisations=(release.organisation,) if release.organisation else (release.author,),
        detail=release_detail(release),
    )


def _hub_section(releases: Sequence[HubRelease], licence_changes: Sequence[Mapping[str, Any]], limit: int) -> Section:
    """New on the Hub: releases grouped by model family (variants folded), then licence changes."""
    shown = list(releases[:limit])
    groups: dict[str, list[Entry]] = {}
    for release in shown:
        groups.setdefault(group_title(release), []).append(_release_entry(release))
    order = sorted(
        groups, key=lambda title: (title in ("New families", "Other models", "Data sets"), title == "Data sets")
    )
    result = [Group(title, tuple(groups[title])) for title in order]
    changes = [
        Entry(item_id="", title=title, url=url, kind="model", source="huggingface")
        for title, url in licence_change_lines(licence_changes)
    ]
    if changes:
        result.append(Group("Licence changes", tuple(changes)))
    return Section(
        key="hub",
        title="New on the Hub",
        groups=tuple(result),
        total=len(releases) + len(changes),
        more=len(releases) - len(shown),
    )


def build_digest(inputs: DigestInput, *, top_papers: int = 10, per_section: int = 15) -> Digest:
    """The digest of ``inputs.current``: numbers, sections with reasons, source health."""
    items = [item for item in inputs.current.items if not item.get("backfill")]
    rows = replace(inputs.current, items=items)
    problems = _problems(inputs.health)
    funding, funded = _funding_entries(rows)

    releases, linked = hub_releases(items)
    placed: set[str] = set(funded) | linked | {str(item.get("id")) for item in items if item.get("kind") in HUB_KINDS}
    buckets: dict[str, list[Mapping[str, Any]]] = {
        key: [] for key in ("models", "datasets", "partnerships", "policy", "papers", "other")
    }
    for item in items:
        item_id = str(item.get("id"))
        if item_id in placed:
            continue
        topics = set(_list(item.get("topics")))
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
        _plain_section("models", "Models and products", buckets["models"], per_section, inputs),
        _plain_section("datasets", "Data sets and benchmarks", buckets["datasets"], per_section, inputs),
        _plain_section(
            "partnerships", "Partnerships", buckets["partnerships"], per_section, inputs, detail=_partnership_sides
        ),
        _plain_section("policy", "Policy and government", buckets["policy"], per_section, inputs),
        _paper_section(buckets["papers"], top_papers, inputs),
    ]
    # The Hub gets its section once it is crawled at all (its source is known).
    if releases or rows.hub_licence_changes or "huggingface" in inputs.source_kinds:
        sections.insert(2, _hub_section(releases, rows.hub_licence_changes, per_section))
    sections = [_explain(section, problems, inputs) for section in sections]
    if buckets["other"]:
        sections.append(
            _explain(_plain_section("other", "Other news", buckets["other"], per_section, inputs), problems, inputs)
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
    new_names = _new_names_section(items, inputs.previous, per_section)
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
