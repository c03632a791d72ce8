"""English names of the companies of a roundup that gives the verb of raising once, for the first company only.

    Kelpwave raised more than $40 million for mini-grids, Trovi $31 million to enter Europe, healthtech Banda a
    $22 million Series A and Orla Learning $9 million.

After "X raised $N" (the subject ``detect_english_context`` reads), each later item of the same sentence that is a
name, then an amount ("Trovi $31 million", "healthtech Banda a $22 million Series A"), raised that amount too. A
word of the trade may stand before the name ("healthtech"); a round, a place or a month in the name's place is
no company ("Series B $20 million", "Europe $3 billion"). Read by a plain search for the verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_english_phrases import phrase_finder

_MONEY = r"(?:US|S|A|C|HK|NT)?[$€£¥₹][0-9][0-9.,]*\s?(?:million|billion|crore|bn|[mMbB])(?![A-Za-z])"
_ABOUT = r"(?:(?:more than|over|about|around|nearly|almost|roughly|close to|just over|just under|some) )?"
_VERBS = (" raised ", " secured ", " closed ", " landed ", " bagged ")
_FINDER = phrase_finder(_VERBS)
_RAISED = re.compile(rf"(?:an? )?{_ABOUT}{_MONEY}")
_WORD = r"(?:[A-Z][A-Za-z0-9&'’\-]*|[a-z]{1,4}[A-Z][A-Za-z0-9\-]*)(?:\.[A-Za-z0-9]+)*"
# An item: after a comma or "and", perhaps its trade in one lower-case word, the name, then the amount.
_ITEM = re.compile(
    rf"(?:, (?:and )?| and )(?:[a-z][a-z\-]+ )?(?P<name>{_WORD}(?: {_WORD}){{0,2}}) (?:an? )?{_ABOUT}{_MONEY}"
)
# What stands in a name's place and is no company: rounds, places, months.
_NOT_COMPANIES = frozenset(
    """Series Seed Pre-Series Round Bridge Tranche January February March April May June July August September
    October November December Q1 Q2 Q3 Q4 H1 H2 Africa Asia Europe America Japan China India Korea Taiwan US UK
    EU Nigeria Kenya Egypt Singapore Indonesia Vietnam Germany France Britain Canada Australia Israel The It
    This""".split()
)


def rounds_listed(body: str) -> Iterator[str]:
    """The companies that a roundup lists with their amounts after a first "X raised $N"."""
    if not any(sign in body for sign in "$€£¥₹"):
        return
    for found in _FINDER.finditer(body):
        raised = _RAISED.match(body, found.end())
        if raised is not None:
            stop = body.find(". ", raised.end())
            stop = len(body) if stop == -1 else stop
            for item in _ITEM.finditer(body, raised.end(), stop + 1):
                name = item.group("name")
                if name.split()[0] not in _NOT_COMPANIES and name.split()[-1] not in _NOT_COMPANIES:
                    yield name
