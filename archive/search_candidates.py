"""Which index finds a search's candidates, and how many of them are ranked.

A search ranks a bounded set: the newest ``pool`` items (most recently
archived) that match through an index, not every match. A common word such
as "Japanese" matches a third of a large archive; sorting all of those by
relevance costs hundreds of milliseconds, ranking the newest few thousand a
few. When the filters leave fewer hits than asked for, the pool grows
(``POOL_GROWTH``) until it holds every match.

- Words of three or more characters go to the trigram index ``items_fts``.
- Words of one or two characters go to the short-word index ``items_grams``
  (``archive.grams``) when no word needs the trigram index.
- Either way the relevance is the count of the words' occurrences on the
  candidates, a title occurrence weighted ``search_words.TITLE_WEIGHT`` times: bm25 would
  first count every row of the archive holding each word for its IDF, and
  with every word required, IDF changes little among candidates that all
  hold every word.
- Other words (a short word the short-word index cannot answer, such as
  ``A社``, and any short word beside trigram words) are checked on the
  candidates by ``instr()``; with no index at all the items are scanned.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive import grams

TRIGRAM = 3
# How many of the newest matches a search ranks at first, and how fast that grows.
DEFAULT_POOL = 1000
POOL_GROWTH = 8


@dataclass(frozen=True)
class CandidatePlan:
    """Where candidates come from: an FTS table and its MATCH, and the word groups still to check."""

    table: str | None
    match: str
    checked: tuple[tuple[str, ...], ...]
    short_indexed: tuple[str, ...] = ()

    @property
    def mode(self) -> str:
        if self.table is None:
            return "scan"
        return "index+scan" if self.checked else "index"


def fts_phrase(word: str) -> str:
    """A word as an FTS5 string: every character literal, quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def _match(groups: list[tuple[str, ...]], word_token=lambda word: word) -> str:
    return " AND ".join("(" + " OR ".join(fts_phrase(word_token(word)) for word in group) + ")" for group in groups)


def plan(groups: tuple[tuple[str, ...], ...]) -> CandidatePlan:
    """The plan for these word groups (every group must match, any word of a group)."""
    long_groups = [group for group in groups if all(len(word) >= TRIGRAM for word in group)]
    if long_groups:
        return CandidatePlan(
            "items_fts",
            _match(long_groups),
            tuple(group for group in groups if group not in long_groups),
        )
    short_groups = [group for group in groups if all(len(word) < TRIGRAM and grams.can_answer(word) for word in group)]
    if short_groups:
        return CandidatePlan(
            grams.TABLE,
            _match(short_groups, grams.token),
            tuple(group for group in groups if group not in short_groups),
            tuple(word for group in short_groups for word in group),
        )
    return CandidatePlan(None, "", tuple(groups))


def candidate_sql(candidate_plan: CandidatePlan, pool: int | None) -> tuple[str, list]:
    """A query for the newest ``pool`` candidates' rowids (all when ``pool`` is None)."""
    table = candidate_plan.table
    limit = "" if pool is None else f" LIMIT {int(pool)}"
    return (
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC{limit}",
        [candidate_plan.match],
    )
