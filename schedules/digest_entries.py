"""Archive rows as digest entries: titles, organisations and facts of an item, funding rounds, the week's numbers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

from schedules.digest_model import Entry, FundingEntry, WeekRows
from schedules.hub_digest import (
    HUB_KINDS,
    hub_releases,
)


def browse_link(browse_url: str, week: str, kind: str) -> str:
    """The archive browser's page for one kind of item in one week (a Datasette table)."""
    if not browse_url:
        return ""
    query = urlencode({"kind": kind, "week": week, "_sort_desc": "score"})
    return f"{browse_url.rstrip('/')}/relevant_items?{query}"


def as_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, Mapping):
        return tuple(str(key) for key in value)
    return tuple(str(element) for element in value or () if element)


def as_names(value: Any) -> tuple[str, ...]:
    names = []
    for element in value or ():
        name = element.get("name") if isinstance(element, Mapping) else element
        if name:
            names.append(str(name))
    return tuple(names)


def labels_of(row: Mapping[str, Any]) -> Mapping[str, Any]:
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
        topics=as_list(row.get("topics")),
        organisations=as_names(row.get("organisations")),
        models=as_names(row.get("models")),
        detail=detail,
    )


def by_score(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda entry: (-entry.score, entry.published_at or "", entry.title))


def funding_entries(rows: WeekRows) -> tuple[list[FundingEntry], set[str]]:
    """The week's funding rounds, each once, and the ids of every item that reported one."""
    items = {str(item.get("id")): item for item in rows.items}
    entries = []
    with_rounds = set()
    for funding in rows.funding_rounds:
        item = items.get(str(funding.get("item_id")))
        if item is None:
            continue
        with_rounds.add(str(funding.get("item_id")))
        entries.append(funding_entry(funding, item))
    for item_id, item in items.items():
        label = labels_of(item).get("funding")
        if item_id in with_rounds or not isinstance(label, Mapping) or not label.get("company"):
            continue
        with_rounds.add(item_id)
        entries.append(funding_entry(label, item))
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


def funding_entry(funding: Mapping[str, Any], item: Mapping[str, Any]) -> FundingEntry:
    amount = funding.get("amount_jpy")
    return FundingEntry(
        company=str(funding.get("company") or ""),
        round=str(funding.get("round") or ""),
        amount_jpy=int(amount) if amount not in (None, "") else None,
        as_written=str(funding.get("as_written") or ""),
        lead_investors=as_list(funding.get("lead_investors")),
        investors=as_list(funding.get("investors")),
        undisclosed=bool(funding.get("undisclosed")),
        title=str(item.get("title") or ""),
        url=str(item.get("url") or ""),
        source=str(item.get("source") or ""),
        item_id=str(item.get("id") or ""),
    )


def partnership_sides(row: Mapping[str, Any]) -> str:
    partnership = labels_of(row).get("partnership")
    sides = as_list(partnership.get("sides")) if isinstance(partnership, Mapping) else ()
    return " × ".join(sides)


def is_release(row: Mapping[str, Any]) -> bool:
    topics = set(as_list(row.get("topics")))
    return row.get("kind") != "paper" and bool(topics & {"model_release", "product"})


def week_metrics(rows: WeekRows) -> dict[str, int]:
    """The week in numbers: papers, model and product releases (a Hub release and the press
    about it count once), funding rounds, yen raised."""
    if rows.numbers is not None:
        return {key: rows.numbers[key] for key in ("papers", "releases", "funding_rounds", "funding_jpy")}
    funding, _ = funding_entries(rows)
    releases, linked = hub_releases(rows.items)
    hub_models = sum(1 for release in releases if release.kind == "model")
    return {
        "papers": sum(1 for item in rows.items if item.get("kind") == "paper"),
        "releases": hub_models
        + sum(
            1
            for item in rows.items
            if is_release(item) and item.get("kind") not in HUB_KINDS and str(item.get("id")) not in linked
        ),
        "funding_rounds": len(funding),
        "funding_jpy": sum(entry.amount_jpy or 0 for entry in funding if not entry.undisclosed),
    }
