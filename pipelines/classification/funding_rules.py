"""The funding part of the lexicon, ready to match, and what the funding modules share."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from common.folding import fold_term
from config.watchlist import Organisation
from pipelines.classification.text import TermMatcher

# A full stop ends a sentence, unless it ends an abbreviation: "Heron Co., Ltd. and", "U.S. investors", "Dec. 2".
# The abbreviations are checked behind the full stop, once one is found: an expression that opens with the dot lets
# the regex engine skip ahead to it, where one that opens with twenty look-behinds tries them at every character.
_ABBREVIATIONS = (
    r"inc co ltd corp u\.s u\.k dr mr st k\.k"
    # a dateline's month: "TOKYO, Dec. 2, 2026 -- X raised"
    r" jan feb mar apr aug sep sept oct nov dec"
).split()
FULL_STOP = r"\." + "".join(rf"(?<!\b{abbreviation}\.)" for abbreviation in _ABBREVIATIONS) + r"(?:\s|$)"
_SENTENCE_END = re.compile(rf"[。!?;]|{FULL_STOP}")


@dataclass(frozen=True)
class FundingRules:
    """The funding part of the lexicon and the currency rates, ready to match."""

    not_this_round: TermMatcher[str]
    not_this_round_after: TermMatcher[str]
    raise_verbs: TermMatcher[str]
    qualifiers: TermMatcher[str]
    lead_markers: TermMatcher[str]
    investor_markers: TermMatcher[str]
    name_endings: tuple[str, ...]
    generic_investor_words: tuple[str, ...]
    undisclosed: TermMatcher[str]
    rounds: TermMatcher[str]
    instruments: TermMatcher[str]
    grant_received: TermMatcher[str]
    yen_per_unit: Mapping[str, float]

    @classmethod
    def from_lexicon(cls, funding: Mapping[str, Any], yen_per_unit: Mapping[str, float]) -> FundingRules:
        def matcher(terms: Sequence[str], payload: str = "") -> TermMatcher[str]:
            return TermMatcher({fold_term(term): [payload or fold_term(term)] for term in terms})

        def slug_matcher(table: Mapping[str, Sequence[str]]) -> TermMatcher[str]:
            terms: dict[str, list[str]] = {}
            for slug, words in table.items():
                for word in words:
                    terms.setdefault(fold_term(word), []).append(slug)
            return TermMatcher(terms, opaque=terms)

        return cls(
            not_this_round=matcher(funding["not_this_round"]),
            not_this_round_after=matcher(funding.get("not_this_round_after", [])),
            raise_verbs=matcher(funding["raise_verbs"]),
            qualifiers=slug_matcher(
                {
                    "about": funding["qualifier_about"],
                    "total": funding["qualifier_total"],
                    "up_to": funding["qualifier_up_to"],
                }
            ),
            lead_markers=matcher(funding["lead"]),
            investor_markers=matcher(funding["investors"]),
            name_endings=tuple(fold_term(ending) for ending in funding["investor_name_endings"]),
            generic_investor_words=tuple(fold_term(word) for word in funding.get("generic_investor_words", [])),
            undisclosed=matcher(funding["undisclosed"]),
            rounds=slug_matcher(funding["rounds"]),
            instruments=slug_matcher(funding["instruments"]),
            grant_received=matcher(funding.get("grant_received", [])),
            yen_per_unit=dict(yen_per_unit),
        )


@dataclass(frozen=True)
class OrganisationHit:
    """Where a watch-list organisation is named in the folded document."""

    organisation: Organisation
    start: int
    end: int


def sentence_bounds(folded: str, position: int) -> tuple[int, int]:
    """Where the sentence around ``position`` starts and ends.

    The text up to ``position`` counts as if it stopped there, so "raised 5 m." ends a sentence when
    ``position`` is just after the full stop, whatever follows it.
    """
    starts, ends = _sentence_ends(folded)
    # The sentence ends wholly before position; a full stop just before it ends one too (its space
    # would lie at or past position).
    before = bisect.bisect_right(ends, position)
    start = ends[before - 1] if before else 0
    last = min(position, len(folded))  # callers may ask past the end ("the sentence after the headline")
    if last and folded[last - 1] == "." and _SENTENCE_END.match(folded, last - 1, last):
        start = last
    after = bisect.bisect_left(starts, position)
    return start, starts[after] if after < len(starts) else len(folded)


@functools.lru_cache(maxsize=16)
def _sentence_ends(folded: str) -> tuple[list[int], list[int]]:
    """Where every sentence end of ``folded`` starts and ends, found once per text: the funding rules ask
    for the sentence around many positions of the same text."""
    matches = list(_SENTENCE_END.finditer(folded))
    return [match.start() for match in matches], [match.end() for match in matches]
