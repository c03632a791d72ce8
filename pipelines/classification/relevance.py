"""Relevance: the generative-AI evidence and the Japan evidence of an item, and titles that are off topic.

An item is relevant when both sides reach their threshold and its title is
not about something else (robots, chips, OCR) without naming generative AI.
Every piece of evidence that counts is returned as a reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from config.watchlist import ModelFamily, Organisation

# Thresholds on summed evidence; a term in the title counts twice.
RELEVANT_GENAI = 1.0
RELEVANT_JAPAN = 1.0
_MANY_LANGUAGES = re.compile(r"(?<![\d.])(?:[2-9]\d|\d{3,})\s?(?:languages|言語)")


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


def lexical_genai(evidence: Mapping[tuple, Evidence], reasons: list[str]) -> float:
    """The generative-AI weight of the lexicon's terms: strong terms fully, weak ones up to 1 together."""
    strong = evidence[("genai", "strong")]
    weak = evidence[("genai", "weak")]
    for term in strong.terms():
        weak.title.pop(term, None)
        weak.text.pop(term, None)
    reasons.extend(f"genai:{term}" for term in strong.terms())
    reasons.extend(f"genai(weak):{term}" for term in weak.terms())
    return strong.weight(2.0, 1.0) + min(weak.weight(0.5, 0.5), 1.0)


def japan_evidence(
    evidence: Mapping[tuple, Evidence],
    organisations: list[tuple[Organisation, int]],
    models: list[ModelFamily],
    issuer: Organisation | None,
    folded: str,
) -> tuple[float, list[str]]:
    """How strongly the item is tied to Japan, with the reasons."""
    reasons = []
    language = evidence[("japan", "language")]
    other_languages = evidence[("other_language",)]
    multilingual = evidence[("multilingual",)]
    many_languages = ("languages" in folded or "言語" in folded) and _MANY_LANGUAGES.search(folded)
    # "Japanese and multilingual LLMs" is about Japanese; "Chinese, Japanese and Korean" is not.
    multilingual_title = bool(other_languages.title)
    multilingual_text = bool(multilingual) or len(other_languages.terms()) >= 2 or bool(many_languages)
    japan = 0.0
    if language.title:
        japan += 0.5 if multilingual_title else 2.0
        reasons.append(
            f"japan:{next(iter(language.title))} in title"
            + (" (one language of several)" if multilingual_title else "")
        )
    elif language.text:
        if multilingual_text:
            reasons.append("japan:japanese is one language of several")
        else:
            japan += 1.0
            reasons.append(f"japan:{next(iter(language.text))}")
    place = evidence[("japan", "place")]
    if place:
        japan += min(place.weight(1.0, 1.0), 2.0)
        reasons.extend(f"japan:{term}" for term in place.terms()[:3])
    company_form = evidence[("japan", "company_forms")]
    if company_form:
        japan += 1.0
        reasons.append(f"japan:company form {company_form.terms()[0]}")
    japanese_organisations = [organisation for organisation, _ in organisations if organisation.japanese]
    if japanese_organisations:
        japan += min(len(japanese_organisations), 2)
        reasons.extend(f"japan-organisation:{organisation.name}" for organisation in japanese_organisations[:3])
    japanese_models = [model for model in models if model.japanese]
    if japanese_models:
        japan += 2.0
        reasons.extend(f"japan-model:{model.name}" for model in japanese_models[:3])
    if issuer is not None and issuer.japanese:
        japan += 1.0
        reasons.append(f"issuer:{issuer.name}")
    return japan, reasons


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
