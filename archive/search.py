"""Full-text search over item titles and summaries, in Japanese and English.

The index is an FTS5 table with the trigram tokenizer (see ``archive.schema``):
it finds any substring of three or more characters in any script, but no
query shorter than that. Words of one or two characters (生成, 資金, AI) are
common in Japanese, so those are matched with ``instr()`` on the content
table ``items`` instead (``LIKE`` on the FTS table misses Japanese text on
SQLite 3.40). A query mixing both uses the index for the long words and
``instr()`` for the short ones.

User input is never handed to FTS5 as syntax: every word is quoted. ``OR``
between words, ``-word`` / ``NOT word`` and ``"a phrase"`` are understood;
other operators (``AND``, ``NEAR``, ``*``, ``^``, parentheses) are dropped,
which is what a reader typing them means with a substring index.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import sqlite_utils

from archive.search_candidates import DEFAULT_POOL, POOL_GROWTH, CandidatePlan, candidate_sql
from archive.search_candidates import plan as plan_candidates
from common.folding import bare_name
from common.items import KINDS
from common.taxonomy import TOPICS
from common.text import normalise_text
from common.times import TOKYO, format_utc, utc_now

TRIGRAM = 3
# Title matches count this many times more than summary matches.
TITLE_WEIGHT = 5.0
# A hit this many days old ranks half as high as an equally relevant hit of
# today: the archive is a watch on a fast field, but a good old match should
# still beat a weak new one.
RECENCY_HALF_WEIGHT_DAYS = 365.0
SNIPPET_WIDTH = 90
HIGHLIGHT = ("**", "**")
OPERATORS = {"AND", "OR", "NOT"}
MAX_LIMIT = 2**62
ITEM_DATE = "coalesce(items.published_at, items.first_seen_at)"
# Titles are stored as published; words are matched in their NFKC-folded copy.
MATCHED_TITLE = "coalesce(items.title_folded, items.title)"
MATCHED_SUMMARY = "coalesce(items.summary_folded, items.summary, '')"

_TOKEN = re.compile(r'(?P<sign>-?)(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s()"]+))')
_NEAR = re.compile(r"^NEAR(/\d+)?$")
_EDGE_SYNTAX = "*^+:,-;'"
# NEAR(a b, 5): the distance is syntax, not a word to find.
_NEAR_DISTANCE = re.compile(r"\bNEAR\(([^()]*?),\s*\d+\s*\)")


class SearchError(ValueError):
    """The query or a filter cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class ParsedQuery:
    """Words to find: every group must match, any word of a group will do."""

    groups: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(word for group in self.groups for word in group)


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


def parse_query(text: str) -> ParsedQuery:
    """Read a user's query into word groups; raise SearchError if nothing is left to find."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    pending_or = pending_not = False
    for match in _TOKEN.finditer(_NEAR_DISTANCE.sub(r"NEAR(\1)", normalise_text(text))):
        negated = bool(match["sign"])
        if match["phrase"] is not None:
            word = match["phrase"].strip()
        else:
            word = match["word"]
            if not negated and (word in OPERATORS or _NEAR.match(word)):
                pending_or = word == "OR" and bool(groups)
                pending_not = word == "NOT"
                continue
            word = word.strip(_EDGE_SYNTAX)
        if not any(character.isalnum() for character in word):
            continue  # punctuation alone ("*", "--", "';") finds nothing worth finding
        if negated or pending_not:
            if word not in excluded:
                excluded.append(word)
        elif pending_or:
            if word not in groups[-1]:
                groups[-1].append(word)
        elif [word] not in groups:
            groups.append([word])
        pending_or = pending_not = False
    if not groups:
        if excluded:
            raise SearchError("the query only says what to leave out; add a word to search for")
        if any(word in OPERATORS for word in text.split()):
            raise SearchError(
                f"nothing to search for in {text!r}; to search for an operator word such as OR, "
                'put it in double quotes: "OR"'
            )
        raise SearchError(f"nothing to search for in {text!r}: give a word, a name or a number")
    return ParsedQuery(tuple(tuple(group) for group in groups), tuple(excluded))


def fts_phrase(word: str) -> str:
    """A word as an FTS5 string: every character literal, quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, as SQLite's ``lower()`` does, so ``instr(lower(...), word)`` finds the word."""
    return "".join(character.lower() if character.isascii() else character for character in text)


def parse_day(text: str, *, end: bool = False) -> str:
    """A UTC bound for a day, month or year given in Asia/Tokyo (``2026-11-05``, ``2026-11``, ``2026``).

    ``end`` gives the first instant after the period, so ``--until 2026-11``
    includes the whole of November.
    """
    value = normalise_text(text)
    try:
        if re.fullmatch(r"\d{4}", value):
            start, after = date(int(value), 1, 1), date(int(value) + 1, 1, 1)
        elif re.fullmatch(r"\d{4}-\d{1,2}", value):
            year, month = (int(part) for part in value.split("-"))
            start = date(year, month, 1)
            after = date(year + month // 12, month % 12 + 1, 1)
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if "T" in value or " " in value:
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=TOKYO)
                return format_utc(moment + (timedelta(seconds=1) if end else timedelta()))
            start = moment.date()
            after = start + timedelta(days=1)
    except ValueError:
        raise SearchError(f"cannot read the date {text!r}; use YYYY-MM-DD, YYYY-MM or YYYY") from None
    day = after if end else start
    return format_utc(datetime(day.year, day.month, day.day, tzinfo=TOKYO))


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
        SELECT DISTINCT json_each.value, '' FROM items, json_each({_json_or_empty("items.organisations")})
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


def make_snippet(
    title: str,
    summary: str,
    words: Sequence[str],
    *,
    width: int = SNIPPET_WIDTH,
    highlight: tuple[str, str] = HIGHLIGHT,
) -> str:
    """The part of the summary (else the title) around the first match, every match marked."""
    pattern = re.compile(
        "|".join(word_pattern(word) for word in sorted(set(words), key=len, reverse=True)), re.IGNORECASE
    )
    text = " ".join((summary or "").split())
    first = pattern.search(text)
    if first is None:
        text = " ".join((title or "").split())
        first = pattern.search(text)
    start = max(0, min((first.start() if first else 0) - width // 3, len(text) - width))
    fragment = text[start : start + width]
    marked = pattern.sub(lambda match: f"{highlight[0]}{match.group(0)}{highlight[1]}", fragment)
    return ("…" if start > 0 else "") + marked + ("…" if start + width < len(text) else "")


def is_bounded(word: str) -> bool:
    """Whether a short word is matched as a whole Latin word: AI, not the ai in "training"."""
    return len(word) < TRIGRAM and any(character.isascii() and character.isalnum() for character in word)


def word_pattern(word: str) -> str:
    """A regular expression for a word; short Latin words only match at Latin word edges."""
    pattern = re.escape(word)
    if is_bounded(word):
        if word[0].isascii() and word[0].isalnum():
            pattern = r"(?<![0-9A-Za-z])" + pattern
        if word[-1].isascii() and word[-1].isalnum():
            pattern += r"(?![0-9A-Za-z])"
    return pattern


def count_matches(text: str | None, word: str) -> int:
    """How often a word occurs in a text, ignoring case (registered as ``jpllm_count`` in SQLite)."""
    if not text:
        return 0
    return len(_compiled(word).findall(text))


@lru_cache(maxsize=256)
def _compiled(word: str) -> re.Pattern[str]:
    return re.compile(word_pattern(word), re.IGNORECASE)


def _contains(word: str) -> tuple[str, list[Any]]:
    """An SQL condition for a word in the title or summary, scanning the content table."""
    lowered = ascii_lower(word)
    sql = f"(instr(lower({MATCHED_TITLE}), ?) > 0 OR instr(lower({MATCHED_SUMMARY}), ?) > 0)"
    params: list[Any] = [lowered, lowered]
    if is_bounded(word):
        sql = f"({sql} AND jpllm_count({MATCHED_TITLE} || ' ' || {MATCHED_SUMMARY}, ?) > 0)"
        params.append(word)
    return sql, params


def _occurrences(word: str) -> tuple[str, list[Any]]:
    """How often a word appears, title occurrences weighted, as an SQL expression."""
    return (
        f"({TITLE_WEIGHT} * jpllm_count({MATCHED_TITLE}, ?) + jpllm_count({MATCHED_SUMMARY}, ?))",
        [word, word],
    )


def _pool_is_full(db: sqlite_utils.Database, candidate_plan: CandidatePlan, pool: int) -> bool:
    """Whether more items match than the pool held."""
    cte, cte_params = candidate_sql(candidate_plan, pool + 1, relevance=False)
    return db.execute(f"SELECT count(*) FROM ({cte})", cte_params).fetchone()[0] > pool


def _filter_clauses(
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
                f"SELECT DISTINCT json_each.value FROM items, json_each({_json_or_empty('items.topics')})"
            )
        }
        if filters.topic not in known:
            raise SearchError(f"unknown topic {filters.topic!r}; choose one of {', '.join(sorted(known))}")
        clauses.append(f"EXISTS (SELECT 1 FROM json_each({_json_or_empty('items.topics')}) WHERE json_each.value = ?)")
        params.append(filters.topic)
    if filters.organisation:
        organisations = resolve_organisations(db, filters.organisation, aliases)
        placeholders = ", ".join("?" for _ in organisations)
        # The organisations column holds the same names as item_organisations;
        # reading both keeps --org working on an item stored without links.
        clauses.append(
            f"(items.id IN (SELECT item_id FROM item_organisations WHERE organisation IN ({placeholders}))"
            f" OR EXISTS (SELECT 1 FROM json_each({_json_or_empty('items.organisations')})"
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
    clauses, params, organisations = _filter_clauses(db, filters, aliases)

    candidate_plan = plan_candidates(parsed.groups)
    for group in candidate_plan.checked:
        parts = [_contains(word) for word in group]
        clauses.append("(" + " OR ".join(sql for sql, _ in parts) + ")")
        params.extend(value for _, values in parts for value in values)
    for word in parsed.excluded:
        sql, values = _contains(word)
        clauses.append(f"NOT {sql}")
        params.extend(values)

    select_params: list[Any] = []
    if candidate_plan.relevance:
        relevance = "candidates.relevance"
    else:
        terms = [_occurrences(word) for word in parsed.words]
        relevance = " + ".join(sql for sql, _ in terms)
        select_params = [value for _, values in terms for value in values]
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


def _json_or_empty(column: str) -> str:
    """SQL for a JSON list column that reads as ``[]`` when it holds no valid JSON."""
    return f"CASE WHEN json_valid({column}) THEN {column} ELSE '[]' END"


def _json_list(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        loaded = json.loads(value)
    except ValueError:
        return []
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
