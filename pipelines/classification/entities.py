"""Which watch-list organisations and models an item names, whose site it is on, and the role each plays."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from pipelines.classification.relevance import RELEVANT_GENAI
from pipelines.classification.text import Hit, bare_name
from pipelines.classification.watchlist import ModelFamily, Organisation, Watchlist


def found_models(watchlist: Watchlist, model_hits: list[tuple[int, bool]], lexical_genai: float) -> list[ModelFamily]:
    """The model families named, once each; an ambiguous alias only in text already about generative AI."""
    found: dict[int, None] = {}
    for index, context_only in model_hits:
        if context_only and lexical_genai < RELEVANT_GENAI:
            continue
        found[index] = None
    return [watchlist.models[index] for index in found]


def found_organisations(
    watchlist: Watchlist, organisation_hits: list[tuple[Hit, int, bool]], lexical_genai: float
) -> list[tuple[Organisation, int]]:
    """The organisations named, once each with where they are first named; ambiguous aliases as for models."""
    found: dict[int, int] = {}
    for hit, index, context_only in organisation_hits:
        if context_only and lexical_genai < RELEVANT_GENAI:
            continue
        found.setdefault(index, hit.start)
    return [(watchlist.organisations[index], start) for index, start in found.items()]


def roles(
    organisations: list[tuple[Organisation, int]],
    issuer: Organisation | None,
    funding: dict[str, Any] | None,
    named_issuer: str | None,
) -> list[dict[str, str]]:
    """Each organisation once, with the most specific role it plays in the item."""
    leads = set(funding["lead_investors"]) if funding else set()
    investors = set(funding["investors"]) if funding else set()
    company = funding["company"] if funding else None
    labels = []
    seen = set()
    for organisation, _ in organisations:
        if organisation.name == company or issuer is organisation:
            role = "issuer"
        elif organisation.name in leads:
            role = "lead_investor"
        elif organisation.name in investors:
            role = "investor"
        else:
            role = "mentioned"
        labels.append(organisation.as_label(role))
        seen.add(organisation.name)
    if issuer is not None and issuer.name not in seen:
        labels.append(issuer.as_label("issuer"))
        seen.add(issuer.name)
    if issuer is None and named_issuer and named_issuer not in seen:
        labels.append({"name": named_issuer, "name_ja": "", "sector": "", "country": "", "role": "issuer"})
        seen.add(named_issuer)
    if funding:
        for name, role in [(company, "issuer")] + [
            (name, "lead_investor" if name in leads else "investor") for name in funding["investors"]
        ]:
            if name and name not in seen:
                labels.append({"name": name, "name_ja": "", "sector": "", "country": "", "role": role})
                seen.add(name)
    return labels


# Host labels that name no organisation.
_GENERIC_HOST_LABELS = frozenset(
    "www jp en co com ne or ac go ed lg net org info news press pr blog tech corp global group ir note".split()
)
_NOT_HOST_CHARACTERS = re.compile(r"[^a-z0-9]")
_NAME_SUFFIXES = re.compile(r"(?:ai|inc|technologies|technology|tech|holdings|group|labs|lab|corp|corporation)$")


def host_spellings(organisation: Organisation) -> tuple[str, ...]:
    """How a host may spell an organisation's names: letters and digits only, "lightblue technology" as
    "lightbluetechnology" and "lightblue" (a common suffix dropped); names shorter than four are left out."""
    spellings: dict[str, None] = {}
    for alias in (organisation.name, *organisation.aliases):
        squeezed = _NOT_HOST_CHARACTERS.sub("", bare_name(alias))
        if len(squeezed) >= 4:
            spellings[squeezed] = None
            spellings[_NAME_SUFFIXES.sub("", squeezed)] = None
    return tuple(spellings)


def named_by_host(
    host: str, organisations: Sequence[Organisation], spellings: Mapping[str, tuple[str, ...]]
) -> Organisation | None:
    """The mentioned organisation whose name the site's host spells (karakuri.ai, lightblue-tech.com): its own site.

    ``spellings`` holds ``host_spellings`` of every organisation by its name, computed once.
    """
    labels = {piece for label in host.split(".") for piece in (label, *label.split("-")) if len(piece) >= 4}
    labels -= _GENERIC_HOST_LABELS
    if not labels:
        return None
    for organisation in organisations:
        if not labels.isdisjoint(spellings[organisation.name]):
            return organisation
    return None
