"""English names of organisations by their shape before a possessive and a name of theirs: a word with a capital
inside it or a short acronym in capitals, then "'s" and what it owns in capitals or digits.

    flying drones through SpaceX's Starlink satellites / Acme's Tech. Innovation Group / VoltaNova's VN20 systems

A person's name is written with one capital, so a word spelt like a brand ("SpaceX", "SambaNova") or an acronym
("KT", "NTT") that owns a product or a team is a company or a body. Acronyms that are no organisation ("AI's",
"IT's", "the UAE's") are left out, as are places (``NOT_SOURCES``); a product's name is dropped by the caller
(``known_model``). Found by a plain search for "'s ", then a short look back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_english_context import NOT_SOURCES

_POSSESSIVES = ("'s ", "’s ")
# The owner, read back from the possessive: a word with a capital inside ("SpaceX", "SambaNova"), not one that
# starts in lower case ("iPhone's"), or two to four capitals ("KT", "NTT").
_OWNER = re.compile(r"(?<![A-Za-z0-9&.\-'’])(?P<name>[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,4})$")
# What it owns: a word in capitals or with a digit ("Starlink", "SN50").
_OWNED = re.compile(r"[A-Z0-9]")
# Capitals that are no organisation: a technology, a field, a place or a title.
_NOT_OWNERS = frozenset(
    """AI IT ICT IoT AGI LLM LLMs GPU GPUs CPU API APIs GPT ML NLP VR AR XR OS PC UI UX GDP GNP ESG SDG SDGs DX GX
    UAE USA PRC ROK DPRK ASEAN APAC CEO CTO CFO COO PhD PhDs JFK MLK TV DNA RNA COVID""".split()
)


def brands_owning(body: str) -> Iterator[str]:
    """The organisations ``body`` names by a brand's or an acronym's possessive before a name of theirs."""
    for possessive in _POSSESSIVES:
        at = body.find(possessive)
        while at != -1:
            end = at + len(possessive)
            if end < len(body) and _OWNED.match(body, end):
                owner = _OWNER.search(body, max(0, at - 24), at)
                if owner is not None:
                    name = owner.group("name")
                    if name not in _NOT_OWNERS and name not in NOT_SOURCES:
                        yield name
            at = body.find(possessive, end)
