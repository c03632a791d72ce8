"""Full-text search over item titles and summaries, in Japanese and English.

The index is an FTS5 table with the trigram tokenizer (see ``archive.schema``):
it finds any substring of three or more characters in any script, but no
query shorter than that. Words of one or two characters (生成, 資金, AI) are
common in Japanese; they are found through the short-word index
``items_grams`` (``archive.grams``), or, when it cannot answer them, with
``instr()`` on the content table.

The work is shared out: ``archive.search_query`` reads the query,
``archive.search_filters`` turns the filters into SQL,
``archive.search_candidates`` picks the index and the bounded candidate
set, ``archive.search_words`` matches words and cuts snippets; this module
runs the search and shapes its hits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import sqlite_utils

from archive.search_candidates import DEFAULT_POOL, POOL_GROWTH, CandidatePlan, candidate_sql
from archive.search_candidates import plan as plan_candidates
from archive.search_filters import ITEM_DATE, SearchFilters, filter_clauses, resolve_organisations
from archive.search_query import ParsedQuery, SearchError, fts_phrase, parse_day, parse_query
from archive.search_words import (
    HIGHLIGHT,
    MATCHED_SUMMARY,
    MATCHED_TITLE,
    SNIPPET_WIDTH,
    TITLE_WEIGHT,
    TRIGRAM,
    ascii_lower,
    contains_sql,
    count_matches,
    is_bounded,
    make_snippet,
    occurrences_sql,
    word_pattern,
)
from common.json_text import decoded
from common.times import utc_now

# Names other modules and tests have always imported from here.
__all__ = [
    "HIGHLIGHT",
    "MATCHED_SUMMARY",
    "MATCHED_TITLE",
    "SNIPPET_WIDTH",
    "TITLE_WEIGHT",
    "ParsedQuery",
    "SearchError",
    "SearchFilters",
    "SearchHit",
    "SearchResult",
    "ascii_lower",
    "count_matches",
    "fts_phrase",
    "hit_rows",
    "is_bounded",
    "make_snippet",
    "parse_day",
    "parse_query",
    "resolve_organisations",
    "search",
    "word_pattern",
]
# A hit this many days old ranks half as high as an equally relevant hit of
# today: the archive is a watch on a fast field, but a good old match should
# still beat a weak new one.
RECENCY_HALF_WEIGHT_DAYS = 365.0
MAX_LIMIT = 2**62


@dataclass
class SearchHit:
    """One item found, with the snippet that shows why."""

    id: str
    kind: str
    title: str
    url: str
    source: str
    date: str
    week: str
    relevant: bool
    score: float | None
    organisations: list[str]
    topics: list[str]
    snippet: str
    rank: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResult:
    """The hits, best first, and how the query was run."""

    query: ParsedQuery
    hits: list[SearchHit]
    mode: str
    organisations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # More items matched than the limit let through.
    truncated: bool = False


def _pool_is_full(db: sqlite_utils.Database, candidate_plan: CandidatePlan, pool: int) -> bool:
    """Whether more items match than the pool held."""
    cte, cte_params = candidate_sql(candidate_plan, pool + 1)
    return db.execute(f"SELECT count(*) FROM ({cte})", cte_params).fetchone()[0] > pool


def search(
    db: sqlite_utils.Database,
    query: str,
    filters: SearchFilters | None = None,
    *,
    aliases: Mapping[str, str] | None = None,
    now: str | None = None,
    highlight: tuple[str, str] = HIGHLIGHT,
    pool_size: int = DEFAULT_POOL,
) -> SearchResult:
    """Find items matching a query, best first: relevance, discounted by age.

    The newest ``pool_size`` matches are ranked (``archive.search_candidates``).

    Raises SearchError for a query or filter that cannot be used.
    """
    filters = filters or SearchFilters()
    if filters.limit < 1:
        raise SearchError("--limit must be 1 or more")
    # SQLite's integers stop at 2**63 - 1; a larger limit means "all of them".
    filters = replace(filters, limit=min(filters.limit, MAX_LIMIT))
    parsed = parse_query(query)
    db.conn.create_function("jpllm_count", 2, count_matches, deterministic=True)
    clauses, params, organisations = filter_clauses(db, filters, aliases)

    candidate_plan = plan_candidates(parsed.groups)
    for group in candidate_plan.checked:
        parts = [contains_sql(word) for word in group]
        clauses.append("(" + " OR ".join(sql for sql, _ in parts) + ")")
        params.extend(value for _, values in parts for value in values)
    for word in parsed.excluded:
        sql, values = contains_sql(word)
        clauses.append(f"NOT {sql}")
        params.extend(values)

    terms = [occurrences_sql(word) for word in parsed.words]
    relevance = " + ".join(sql for sql, _ in terms)
    select_params: list[Any] = [value for _, values in terms for value in values]
    source = "candidates JOIN items ON items.rowid = candidates.rowid" if candidate_plan.table else "items"
    select = f"""
        SELECT items.id, items.kind, items.title, coalesce(items.summary, ''), items.url, items.source,
               {ITEM_DATE}, coalesce(items.week, ''), items.relevant, items.score,
               items.organisations, items.topics,
               ({relevance}) / (1.0 + max(0.0, julianday(?) - julianday({ITEM_DATE})) / ?) AS rank
        FROM {source}
        WHERE {" AND ".join(clauses) or "1"}
        ORDER BY rank DESC, {ITEM_DATE} DESC, items.id
        LIMIT ?
    """
    arguments = [*select_params, now or utc_now(), RECENCY_HALF_WEIGHT_DAYS, *params, filters.limit + 1]
    # The newest matches are ranked; the pool grows while the filters leave
    # too few of them and older matches remain.
    pool: int | None = max(pool_size, filters.limit + 1) if candidate_plan.table else None
    bounded = False
    try:
        while True:
            if candidate_plan.table:
                cte, cte_params = candidate_sql(candidate_plan, pool)
                rows = db.execute(f"WITH candidates AS ({cte}) {select}", [*cte_params, *arguments]).fetchall()
            else:
                rows = db.execute(select, arguments).fetchall()
            if pool is None or len(rows) > filters.limit:
                bounded = pool is not None and _pool_is_full(db, candidate_plan, pool)
                break
            if not _pool_is_full(db, candidate_plan, pool):
                break
            pool *= POOL_GROWTH
    except sqlite3.OperationalError as error:
        raise SearchError(f"the archive cannot run this search: {error}") from error

    hits = [
        SearchHit(
            id=row[0],
            kind=row[1],
            title=row[2],
            url=row[4],
            source=row[5],
            date=row[6] or "",
            week=row[7],
            relevant=bool(row[8]),
            score=row[9],
            organisations=_json_list(row[10]),
            topics=_json_list(row[11]),
            snippet=make_snippet(row[2], row[3], parsed.words, highlight=highlight),
            rank=round(row[12], 6),
        )
        for row in rows[: filters.limit]
    ]
    notes = []
    short = [word for group in candidate_plan.checked for word in group if len(word) < TRIGRAM]
    if short:
        where = "the candidates' titles and summaries" if candidate_plan.table else "titles and summaries"
        notes.append(f"{', '.join(short)}: shorter than {TRIGRAM} characters, matched by scanning {where}")
    if bounded:
        notes.append(f"ranked among the newest {pool:,} matches; --since/--until reach older ones")
    mode = candidate_plan.mode
    return SearchResult(parsed, hits, mode, organisations, notes, truncated=len(rows) > filters.limit)


def _json_list(value: str | None) -> list[str]:
    loaded = decoded(value, [])
    return [str(entry) for entry in loaded] if isinstance(loaded, list) else []


def hit_rows(hits: Iterable[SearchHit]) -> list[dict[str, Any]]:
    """Hits as flat rows for CSV: lists joined with ``; ``."""
    rows = []
    for hit in hits:
        row = hit.as_dict()
        row["organisations"] = "; ".join(hit.organisations)
        row["topics"] = "; ".join(hit.topics)
        rows.append(row)
    return rows
