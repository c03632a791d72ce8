"""``lexicon.toml``: the classifier's keyword lists, in English and Japanese.

The relevance sections have fixed keys. ``[kind]``, ``[topic]`` and
``[funding]`` are open tables whose keys the classifier defines (kinds,
taxonomy topics, funding phrase lists); their values are still checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import PlainValidator

from config.loading import ConfigError, NonEmptyStr, StrictModel, load_file

Terms = list[NonEmptyStr]


def _terms(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(term, str) and term.strip() for term in value):
        raise ValueError(f"must be a list of non-empty strings, not {value!r}")
    return value


def _terms_or_table(value: Any) -> list[str] | dict[str, list[str]]:
    """A list of terms, or a table of named lists (``[funding.rounds]``)."""
    if isinstance(value, dict):
        for name, terms in value.items():
            try:
                _terms(terms)
            except ValueError as error:
                raise ValueError(f"{name}: {error}") from None
        return value
    return _terms(value)


TermsOrTable = Annotated[list[str] | dict[str, list[str]], PlainValidator(_terms_or_table)]


class GenaiSection(StrictModel):
    strong: Terms
    weak: Terms
    strong_phrases: Terms = []
    weak_phrases: Terms = []
    ambiguous_phrases: Terms = []


class JapanSection(StrictModel):
    language: Terms
    place: Terms
    state: Terms
    company_forms: Terms
    legal_forms: Terms
    neutral: Terms
    hosts: Terms
    foreign_markers: Terms
    foreign_name_starts: Terms
    # Relevance rules of the fourth session, in keys of their own (see lexicon.toml).
    foreign_hosts: Terms = []
    national: Terms = []
    foreign_countries: Terms = []
    outlet_names: Terms = []
    foreign_name_words: Terms = []
    subject_countries: Terms = []
    # Seventh session: other countries that own a word of the state written right after them (ロシア国内, 州政府).
    state_owners: Terms = []
    # Seventh session: Japan's courts, police and local offices by their short names (最高裁, 県警, 市役所).
    state_bodies: Terms = []
    # Seventh session: the nation's trades named without a country (百貨店, 飲食店, 地銀).
    domestic_trades: Terms = []


class MultilingualSection(StrictModel):
    terms: Terms
    other_languages: Terms


class OffTopicSection(StrictModel):
    terms: Terms


class LexiconFile(StrictModel):
    """The whole ``lexicon.toml``."""

    genai: GenaiSection
    japan: JapanSection
    multilingual: MultilingualSection
    off_topic: OffTopicSection
    kind: dict[str, Terms]
    topic: dict[str, Terms]
    funding: dict[str, TermsOrTable]

    def as_tables(self) -> dict[str, Any]:
        """The lexicon as the nested tables the classifier reads."""
        return self.model_dump()


def load_lexicon(path: str | Path, error: type[ConfigError] = ConfigError) -> LexiconFile:
    return load_file(path, LexiconFile, error, what="lexicon file")
