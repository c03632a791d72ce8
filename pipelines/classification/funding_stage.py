"""The round's stage (seed, series_a …, extension, debt) and its instrument (equity, convertible, debt)."""

from __future__ import annotations

import re
from typing import Any

from pipelines.classification.funding_rules import FundingRules, sentence_bounds
from pipelines.classification.money import Money, find_money

# "up from €5.8 billion after its June 2024 Series B", "前回のシリーズB": a round before this one.
_EARLIER_ROUND = re.compile(
    r"\b(?:(?:after|following|since)\s(?:its|their)|previous|prior|earlier|last)\b(?:[^.;。]|\.(?=\d))*$"
    r"|(?:前回|以前|過去|前年|昨年)の?[^。、]*$"
)
# "a bridge round ahead of its Series B", "before a planned Series C": a round to come, not this one.
_LATER_ROUND = re.compile(
    r"\b(?:ahead of|before|prior to|in preparation for|toward|towards)\s"
    r"(?:(?:its|their|a|an|the|planned|upcoming|next|expected|eventual|larger)\s)*$"
)


def stages_named(rules: FundingRules, text: str) -> set[str]:
    """The stages a piece of text names (seed, series_a …), not the words any round may have (extension, debt)."""
    return {hit.payloads[0] for hit in _round_hits(rules, text)} - {"extension", "debt", "j_kiss", "angel"}


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")


def _round_hits(rules: FundingRules, text: str) -> list[Any]:
    """The round words of a text, not one that is the tail of a longer katakana word: "シード" in a company's name
    "ジェクシード", "エンジェル" in "ロサンゼルスエンジェルス" are no round."""
    return [
        hit
        for hit in rules.rounds.find(text)
        if not (hit.start and _KATAKANA.match(text, hit.start) and _KATAKANA.match(text, hit.start - 1))
    ]


def round_of(rules: FundingRules, folded: str, title_length: int, money: Money | None) -> str | None:
    hits = [
        hit
        for hit in _round_hits(rules, folded)
        if not _EARLIER_ROUND.search(folded, max(hit.start - 40, 0), hit.start)
        and not _LATER_ROUND.search(folded, max(hit.start - 40, 0), hit.start)
    ]
    if not hits:
        return None
    in_title = [hit for hit in hits if hit.start < title_length]
    if money is not None:
        start, end = sentence_bounds(folded, money.start)
        near = [hit for hit in hits if start <= hit.start < end]
    else:
        near = []
    chosen = in_title or near or hits
    amounts = [found.start for found in find_money(folded) if money is None or found.amount == money.amount]
    if amounts:
        # "seed-stage investor X led its $12 million Series A": the round named nearest the round's amount
        chosen = sorted(chosen, key=lambda hit: min(abs(hit.start - start) for start in amounts))
    slugs = [hit.payloads[0] for hit in chosen]
    staged = [slug for slug in slugs if slug not in ("extension", "debt", "j_kiss", "angel")]
    extension = "extension" in slugs
    if extension and not staged:
        # "エクステンションラウンドで5億円" in the headline, "シリーズAのエクステンション" in the text.
        staged = [
            hit.payloads[0] for hit in [*near, *hits] if hit.payloads[0] not in ("extension", "debt", "j_kiss", "angel")
        ]
    if staged:
        return f"{staged[0]}_extension" if extension else staged[0]
    for slug in ("j_kiss", "extension", "angel", "debt"):
        if slug in slugs:
            return slug
    return None


def own_instruments(rules: FundingRules, folded: str, money: Money | None) -> set[str]:
    """The instruments the round amount's own sentence names."""
    if money is None:
        return set()
    start, end = sentence_bounds(folded, money.start)
    return {hit.payloads[0] for hit in rules.instruments.find(folded[start:end])}


def instrument_of(rules: FundingRules, folded: str, round_slug: str | None) -> str | None:
    found = {hit.payloads[0] for hit in rules.instruments.find(folded)}
    if round_slug == "j_kiss":
        found.add("convertible")
    if round_slug == "debt":
        found.add("debt")
    ordered = [kind for kind in ("equity", "convertible", "debt") if kind in found]
    return "+".join(ordered) if ordered else None
