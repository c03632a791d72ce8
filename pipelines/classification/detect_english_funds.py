"""English names of funds with their number: "Vision Fund 2", "Acme Growth Fund III". The number is part of the
name (a firm's second fund is another fund than its first), so the name found by its ending "Fund" alone gives
way to it (``detect_filter.pieces_of_longer_names``).

A number of one or two digits or a Roman numeral, after one to three capitalised words and "Fund", and not the
start of an amount or a year ("Fund 2024", "Fund 2.5%", "Fund 10 percent"); the owner's possessive is no part of
the name ("SoftBank Group Corp.'s Vision Fund 2" is "Vision Fund 2"). Found by a plain search for " Fund ".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_characters import OWNER

_WORD = r"[A-Z][A-Za-z0-9&'’\-]*"
_NUMBERED = re.compile(
    rf"(?<![A-Za-z0-9&.\-])(?P<name>(?:{_WORD} ){{1,3}}Fund (?:[0-9]{{1,2}}|I{{1,3}}|IV|VI{{0,3}}|IX|X))"
    r"(?![A-Za-z0-9%]|[.,][0-9]| (?:percent|per cent|million|billion|trillion|bn|years?|months?|days?)\b)"
)
_OPENERS = frozenset("The A An In At On By For With From As And Its Their".split())


def numbered_funds(body: str) -> Iterator[str]:
    """The funds ``body`` names with their number."""
    if " Fund " not in body:
        return
    for match in _NUMBERED.finditer(body):
        words = OWNER.sub("", match.group("name")).split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        if len(words) > 2:
            yield " ".join(words)
