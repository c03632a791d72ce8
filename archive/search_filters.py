"""What narrows a search besides its words: kind, organisation (and its aliases), topic, dates, relevance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from archive.search_query import SearchError, parse_day
from common.folding import bare_name
from common.items import KINDS
from common.taxonomy import TOPICS

ITEM_DATE = "coalesce(items.published_at, items.first_seen_at)"


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a search besides the words; every field is optional."""

    kind: str | None = None
    organisation: str | None = None
    topic: str | None = None
    since: str | None = None
    until: str | None = None
    relevant_only: bool = True
    limit: int = 20


def resolve_organisations(db: sqlite_utils.Database, name: str, aliases: Mapping[str, str] | None = None) -> list[str]:
    """The canonical organisation names a user's name stands for, matched case-insensitively.

    An exact match on the name, its Japanese name or a known alias wins;
    otherwise every organisation whose name contains the text is taken.
    """
    wanted = bare_name(name)
    if not wanted:
        raise SearchError("--org needs a name")
    rows = db.execute(
        f"""
        SELECT name, coalesce(name_ja, '') FROM organisations
        UNION
        SELECT DISTINCT json_each.value, '' FROM items, json_each({json_or_empty("items.organisations")})
        """
    ).fetchall()
    known = {canonical for canonical, _ in rows}
    exact = {canonical for canonical, name_ja in rows if wanted in (bare_name(canonical), bare_name(name_ja))}
    exact.update(
        canonical for alias, canonical in (aliases or {}).items() if canonical in known and bare_name(alias) == wanted
    )
    if exact:
        return sorted(exact)
    partial = sorted(
        {
            canonical
            for canonical, name_ja in rows
            if wanted in bare_name(canonical) or (name_ja and wanted in bare_name(name_ja))
        }
    )
    if not partial:
        raise SearchError(f"no organisation in the archive is called {name!r}")
    return partial


def filter_clauses(
    db: sqlite_utils.Database, filters: SearchFilters, aliases: Mapping[str, str] | None
) -> tuple[list[str], list[Any], list[str]]:
    clauses: list[str] = []
    params: list[Any] = []
    organisations: list[str] = []
    if filters.kind:
        if filters.kind not in KINDS:
            raise SearchError(f"unknown kind {filters.kind!r}; choose one of {', '.join(KINDS)}")
        clauses.append("items.kind = ?")
        params.append(filters.kind)
    if filters.topic:
        known = set(TOPICS) | {
            row[0]
            for row in db.execute(
                f"SELECT DISTINCT json_each.value FROM items, json_each({json_or_empty('items.topics')})"
            )
        }
        if filters.topic not in known:
            raise SearchError(f"unknown topic {filters.topic!r}; choose one of {', '.join(sorted(known))}")
        clauses.append(f"EXISTS (SELECT 1 FROM json_each({json_or_empty('items.topics')}) WHERE json_each.value = ?)")
        params.append(filters.topic)
    if filters.organisation:
        organisations = resolve_organisations(db, filters.organisation, aliases)
        placeholders = ", ".join("?" for _ in organisations)
        # The organisations column holds the same names as item_organisations;
        # reading both keeps --org working on an item stored without links.
        clauses.append(
            f"(items.id IN (SELECT item_id FROM item_organisations WHERE organisation IN ({placeholders}))"
            f" OR EXISTS (SELECT 1 FROM json_each({json_or_empty('items.organisations')})"
            f" WHERE json_each.value IN ({placeholders})))"
        )
        params.extend(organisations * 2)
    if filters.since:
        clauses.append(f"{ITEM_DATE} >= ?")
        params.append(parse_day(filters.since))
    if filters.until:
        clauses.append(f"{ITEM_DATE} < ?")
        params.append(parse_day(filters.until, end=True))
    if filters.relevant_only:
        clauses.append("items.relevant = 1")
    return clauses, params, organisations


def json_or_empty(column: str) -> str:
    """SQL for a JSON list column that reads as ``[]`` when it holds no valid JSON."""
    return f"CASE WHEN json_valid({column}) THEN {column} ELSE '[]' END"
