"""Relevance: the evidence record of an item's terms, the thresholds of relevance, and titles that are off topic.

An item is relevant when both sides reach their threshold and its title is
not about something else (robots, chips, OCR) without naming generative AI.
Every piece of evidence that counts is returned as a reason.

The generative-AI side is weighed in ``relevance_genai`` (the lexicon's terms)
and ``relevance_genai_signs`` (what AI drafts, AI as an inventor, a model
name's shape); the Japan side in ``relevance_japan``. What says a name or a
national word is another country's is in ``relevance_foreign``; the Japanese
organisations an item names that are no party to its story (an outlet it
cites, one backer among many) are in ``relevance_bystanders``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from config.watchlist import ModelFamily, Organisation

# Thresholds on summed evidence; a term in the title counts twice.
RELEVANT_GENAI = 1.0
RELEVANT_JAPAN = 1.0


@dataclass
class Evidence:
    """The terms of one category that fired, split by where they fired."""

    title: dict[str, None] = field(default_factory=dict)
    text: dict[str, None] = field(default_factory=dict)

    def add(self, term: str, in_title: bool) -> None:
        (self.title if in_title else self.text)[term] = None

    def weight(self, title_weight: float = 2.0, text_weight: float = 1.0) -> float:
        return title_weight * len(self.title) + text_weight * len(self.text.keys() - self.title.keys())

    def terms(self) -> list[str]:
        return list(dict.fromkeys([*self.title, *self.text]))

    def __bool__(self) -> bool:
        return bool(self.title or self.text)


def off_topic(
    evidence: Mapping[tuple, Evidence],
    models: list[ModelFamily],
    generative_players: list[Organisation],
    title_length: int,
    organisations: list[tuple[Organisation, int]],
) -> str | None:
    """A title about robots, chips, OCR or speech recognition without generative AI in it."""
    off_topic_terms = evidence[("off_topic",)]
    if not off_topic_terms.title:
        return None
    genai_title = evidence[("genai", "strong")].title or evidence[("model_title",)].title
    player_in_title = any(
        start < title_length for organisation, start in organisations if organisation in generative_players
    )
    if (
        genai_title
        and any(model.generative for model in models)
        or evidence[("genai", "strong")].title
        or player_in_title
    ):
        return None
    return next(iter(off_topic_terms.title))
