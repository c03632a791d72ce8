"""English names of organisations after an officer's title and "of" or "at": only an organisation has a chief
executive, a founder or a managing partner.

    Le Han, chief executive of VinTrade, the fund of … / the co-founder of zLearn / a general partner at Orbis Capital

The name ends before a clause or a word in lower case; a name cut before its "of" is no name ("CEO of Bank of X"),
and a place is no organisation ("president of France"). "X's CEO" and "X CEO Jane Doe" are read by
``detect_english_context``. Found by a plain search for the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_english_context import NOT_SOURCES

# The title, read backwards from each " of " or " at " (a plain pass over the text, not a pattern tried at every word).
_OF_AT = re.compile(r" (?:of|at) (?:the )?")
_TITLE_ENDS: tuple[str, ...] = (
    "executive",
    "officer",
    "CEO",
    "CTO",
    "COO",
    "CFO",
    "founder",
    "chairman",
    "chairwoman",
    "chairperson",
)
_TITLE_ENDS += ("president", "partner")
_TITLE = re.compile(
    r"(?<![A-Za-z])(?:chief executive|chief [a-z]+ officer|CEO|CTO|COO|CFO|(?:co-)?founder|chairman|chairwoman"
    r"|chairperson|president|managing partner|general partner|partner)$"
)
_WORD = r"(?:[A-Z][A-Za-z0-9&'’\-]*|[a-z]{1,4}[A-Z][A-Za-z0-9\-]*)(?:\.[A-Za-z0-9]+)*"
# The name ends its clause or comes before a word that does not go on a name ("of X, the fund …", "at X met"), not
# a noun in lower case that its capitals describe ("CEO of the Year award").
_NAME = re.compile(
    rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?![A-Za-z0-9&'’\-]| [A-Z]| (?:of|for|and) [A-Z])"
    r"(?=[,.;:)]|$| (?:and|or) (?![A-Z])| (?:who|which|that|said|says|told|met|is|was|has|had|will|would|in|on|at"
    r"|to|for|from|with|since|until|after|before|also|[a-z]+ed)\b)"
)
# Places whose president or chief is no organisation's officer.
_PLACES = frozenset("United States Republic Federation Kingdom".split())


def officers_of(body: str) -> Iterator[str]:
    """The organisations ``body`` names after an officer's title and "of" or "at"."""
    for found in _OF_AT.finditer(body):
        at = found.start()
        if not body.endswith(_TITLE_ENDS, 0, at) or _TITLE.search(body, max(0, at - 40), at) is None:
            continue
        match = _NAME.match(body, found.end())
        if match is not None:
            name = match.group("name")
            if name not in NOT_SOURCES and _PLACES.isdisjoint(name.split()):
                yield name
