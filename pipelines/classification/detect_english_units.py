"""English names of a company's units given after what they are to it: "its U.S. unit X", "the group's venture arm
X", "Acme's chip subsidiary X".

    its U.S. unit Rapidus US / its venture capital arm Kestrel Ventures / Orbis's chip subsidiary Norvald Devices

Only after a possessive ("its", "their", "the company's", "Acme's"), with up to two words of what the unit does
between, so that "a processing unit", "the control unit" name nothing. The name ends before a word in lower case,
and a name cut before its "of" is none. Found by a plain search for the word of the unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_english_phrases import phrase_finder

_UNITS = (" unit ", " subsidiary ", " arm ", " affiliate ", " division ", " spin-off ", " spinoff ")
_FINDER = phrase_finder(_UNITS)
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir)|(?:company|group|firm|bank|maker|startup)(?:'s|’s)"
    r"|(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&.\-]*(?:'s|’s)) (?:[A-Za-z.\-]+ ){0,2}$"
)
_WORD = r"(?:[A-Z][A-Za-z0-9&'’\-]*|[a-z]{1,4}[A-Z][A-Za-z0-9\-]*)(?:\.[A-Za-z0-9]+)*"
# Words that open a phrase after the unit, not a name ("its unit In Tokyo").
_OPENERS = frozenset("In At On By For With From As And The A An Its This That".split())
_NAME = re.compile(rf"(?P<name>{_WORD}(?: {_WORD}){{0,3}})(?![A-Za-z0-9&'’\-]| (?:of|for) [A-Z])")


def units_named(body: str) -> Iterator[str]:
    """The units ``body`` names after what they are to their owner."""
    for found in _FINDER.finditer(body):
        at = found.start()
        if _OWNER_BEFORE.search(body, max(0, at - 50), at + 1) is not None:
            name = _NAME.match(body, found.end())
            if name is not None and name.group("name").split()[0] not in _OPENERS:
                yield name.group("name")
