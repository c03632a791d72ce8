"""Plan what a catalogue of Japanese LLMs adds to the watch list (``scrapy watchlist import``).

``catalogue.py`` reads the catalogue; this turns what it read into
watch-list entries: organisations and model families the watch list does
not know yet, new aliases and domains for ones it knows, and the names a
person should review. Pure functions and data: nothing is written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from common.folding import bare_name
from pipelines.classification.catalogue import BASE_FAMILIES, Catalogue

_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_KANA_ONLY = re.compile(r"^[\u3040-\u30ffー・]+$")
_COMMON_WORD = re.compile(r"^[A-Z]?[a-z]+$|^[A-Za-z]{1,4}$")
_ACADEMIC = re.compile(
    r"univ|大学|大 |研$|研究室|lab\b|laborator|group\b|institute of technology|工大|病院|hospital", re.IGNORECASE
)
_CONSORTIUM = re.compile(r"project|プロジェクト|programme|program\b|center|センター", re.IGNORECASE)


def alias_kind(alias: str, taken: set[str]) -> str | None:
    """How an imported alias may match: "alias", "context" (only in text about generative AI) or None (never)."""
    key = bare_name(alias)
    if not key or key in taken or key in BASE_FAMILIES:
        return None
    if _JAPANESE_SCRIPT.search(alias):
        if len(key) <= 2:
            return None
        return "context" if _KANA_ONLY.match(key) and len(key) <= 4 else "alias"
    if len(key) <= 4 and " " not in key:
        return None  # FLUX, CAT, LM: too many other things share a short Latin name
    return "context" if _COMMON_WORD.match(alias.strip()) else "alias"


@dataclass
class ImportPlan:
    """What an import adds to the watch list: new entries, aliases for known ones, and names to review."""

    organisations: list[dict]
    models: list[dict]
    added_aliases: dict[str, list[str]]
    review: list[str]
    added_domains: dict[str, list[str]] = field(default_factory=dict)


def plan_import(catalogue: Catalogue, watchlist, taken_terms: Iterable[str] = ()) -> ImportPlan:
    """Watch-list entries for what the catalogue names and the watch list does not know yet."""
    taken = {bare_name(term) for term in taken_terms}
    # Names of organisations already watched are not model families ("neoAI" the company, not a model).
    taken |= {
        bare_name(alias)
        for organisation in watchlist.organisations
        for alias in (organisation.name, organisation.name_ja, *organisation.aliases, *organisation.context_aliases)
        if alias
    }
    organisations: list[dict] = []
    models: list[dict] = []
    added: dict[str, list[str]] = {}
    added_domains: dict[str, list[str]] = {}
    review: list[str] = []
    owner_of: dict[str, str] = {}
    for entry in catalogue.organisations.values():
        written = [name for name in (entry.name, entry.name_ja) if name]
        known = next((watchlist.resolve(name) for name in written if watchlist.resolve(name) is not None), None)
        if known is not None:
            owner_of[bare_name(entry.name)] = known.name
            new = [name for name in written if watchlist.resolve(name) is None and alias_kind(name, taken) == "alias"]
            if new:
                added.setdefault(known.name, []).extend(new)
            domains = [host for host in entry.domains if watchlist.issuer_of(host) is None]
            if domains:
                added_domains.setdefault(known.name, []).extend(domains)
            continue
        aliases = [name for name in written if alias_kind(name, taken) == "alias"]
        context = [name for name in written if alias_kind(name, taken) == "context"]
        if not aliases and not context:
            continue
        japanese = any(_JAPANESE_SCRIPT.search(name) for name in written)
        if not japanese:
            review.append(entry.name)
        sector = (
            "university"
            if _ACADEMIC.search(entry.name)
            else "consortium"
            if _CONSORTIUM.search(entry.name)
            else "company"
        )
        organisations.append(
            {
                "name": entry.name,
                "name_ja": entry.name_ja,
                "sector": sector,
                "country": "JP" if japanese else "",
                "aliases": aliases,
                "context_aliases": context,
                "hub": entry.hub[:5],
                "domains": [host for host in entry.domains if watchlist.issuer_of(host) is None],
                "source": "awesome-japanese-llm",
            }
        )
        owner_of[bare_name(entry.name)] = entry.name
        taken.update(bare_name(name) for name in written)
    known_models = {
        bare_name(alias) for model in watchlist.models for alias in (model.name, *model.aliases, *model.context_aliases)
    }
    for family in catalogue.families.values():
        key = bare_name(family.name)
        if not family.generative or key in known_models or key in taken:
            continue
        kind = alias_kind(family.name, taken)
        if kind is None:
            continue
        owner = owner_of.get(bare_name(family.organisation), "")
        models.append(
            {
                "name": family.name,
                "organisation": owner,
                "aliases": [family.name] if kind == "alias" else [],
                "context_aliases": [family.name] if kind == "context" else [],
                "japanese": True,
                "example": family.example,
                "source": "awesome-japanese-llm",
            }
        )
        taken.add(key)
    return ImportPlan(organisations, models, added, review, added_domains)
