"""The digest's sections: which items go where, and why a section is empty (nothing new, or its sources failed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from archive.health import SourceHealth
from schedules.digest_entries import browse_link, by_score, labels_of, to_entry
from schedules.digest_model import NOTHING_NEW, DigestInput, Entry, Group, Section, SourceProblem, WeekRows
from schedules.hub_digest import (
    HUB_KINDS,
    HubRelease,
    group_title,
    licence_change_lines,
    release_detail,
)

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


def source_problems(health: Sequence[SourceHealth]) -> list[SourceProblem]:
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


def failed_feeders(key: str, problems: Sequence[SourceProblem], source_kinds: Mapping[str, Iterable[str]]) -> list[str]:
    kinds = SECTION_SOURCE_KINDS.get(key, frozenset())
    return [problem.source for problem in problems if kinds & set(source_kinds.get(problem.source, ()))]


def feeders_of(key: str, source_kinds: Mapping[str, Iterable[str]]) -> list[str]:
    kinds = SECTION_SOURCE_KINDS.get(key, frozenset())
    return [source for source, source_kind in source_kinds.items() if kinds & set(source_kind)]


def explain_empty(section: Section, problems: Sequence[SourceProblem], inputs: DigestInput) -> Section:
    failed = failed_feeders(section.key, problems, inputs.source_kinds)
    if not failed:
        if section.is_empty:
            return replace(section, empty_reason=NOTHING_NEW)
        return section
    names = ", ".join(sorted(failed))
    if section.is_empty:
        feeders = feeders_of(section.key, inputs.source_kinds)
        if feeders and set(feeders) <= set(failed):
            reason = f"Nothing this week because its sources failed: {names}."
        else:
            reason = f"Nothing new this week; some of its sources failed: {names}."
        return replace(section, empty_reason=reason)
    return replace(section, note=f"May be incomplete: {names} failed.")


def plain_section(
    key: str,
    title: str,
    rows: Sequence[Mapping[str, Any]],
    limit: int,
    inputs: DigestInput,
    detail: Callable[[Mapping[str, Any]], str] | None = None,
) -> Section:
    ranked = by_score(to_entry(row, detail(row) if detail else "") for row in rows)
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


def paper_section(papers: Sequence[Mapping[str, Any]], limit: int, inputs: DigestInput) -> Section:
    ranked = by_score(to_entry(row) for row in papers)
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


def detected_names(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(kind, name) of the names the classifier found in an item but not on the watch list."""
    detected = labels_of(item).get("detected") or {}
    return [
        (kind, str(entry.get("name")))
        for kind in ("organisations", "models")
        for entry in detected.get(kind) or ()
        if isinstance(entry, Mapping) and entry.get("name")
    ]


def new_names_section(items: Sequence[Mapping[str, Any]], previous: Sequence[WeekRows], limit: int) -> Section | None:
    """Names not on the watch list that the week's items brought and earlier weeks did not: candidates to add."""
    seen_before = {
        name
        for rows in previous
        for name in (rows.names if rows.names is not None else (n for item in rows.items for n in detected_names(item)))
    }
    first_item: dict[tuple[str, str], Mapping[str, Any]] = {}
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        for name in dict.fromkeys(detected_names(item)):
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


def release_entry(release: HubRelease) -> Entry:
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


def hub_section(releases: Sequence[HubRelease], licence_changes: Sequence[Mapping[str, Any]], limit: int) -> Section:
    """New on the Hub: releases grouped by model family (variants folded), then licence changes."""
    shown = list(releases[:limit])
    groups: dict[str, list[Entry]] = {}
    for release in shown:
        groups.setdefault(group_title(release), []).append(release_entry(release))
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
