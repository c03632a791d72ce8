"""English names of the partners of a partnership: what follows "partnered with", "teamed up with", "a
partnership with", "an agreement with", one name or a list of them.

    partnered with Norvald on telecom AI / partnerships with Orbix and Kelp Bank were highlighted /
    has teamed up with Japan's Hanbit and Morae

The subject of such a verb is read by ``detect_english_context`` ("X partnered with"); this reads its object. A
place is no partner ("partnered with Japan"), and a possessive is its owner's ("Japan's Hanbit" is Hanbit). Read
by a plain search for the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_characters import OWNER
from pipelines.classification.detect_english_context import NOT_SOURCES
from pipelines.classification.detect_english_phrases import phrase_finder

_PHRASES = (
    " partnered with ",
    " partnering with ",
    " partners with ",
    " teamed up with ",
    " teaming up with ",
    " partnership with ",
    " partnerships with ",
    " Partnership with ",  # a sentence that opens with it: "Partnerships with Orbix and Kelp Bank were …"
    " Partnerships with ",
    " tie-up with ",
    " alliance with ",
    # An agreement signed is a partnership too: "signed an agreement with X", "an MoU with X and Y" (not "in
    # agreement with Hamiltonian analysis", as results agree).
    " signed an agreement with ",
    " reached an agreement with ",
    " MoU with ",
    " memorandum of understanding with ",
)
_FINDER = phrase_finder(_PHRASES)
_NEEDS = ("artner", "team", "tie-up", "alliance", "agreement", "MoU", "memorandum")
_WORD = r"(?:[A-Z][A-Za-z0-9&'’\-]*|[a-z]{1,4}[A-Z][A-Za-z0-9\-]*)(?:\.[A-Za-z0-9]+)*"
_ITEM = rf"(?:the )?{_WORD}(?:(?: &)? {_WORD}){{0,4}}"
# The names end their clause or come before a word that does not go on a name ("on telecom AI", "to build", "were
# highlighted"), not a noun in lower case that the capitals describe ("Kyoto and Osaka universities").
_SERIES = re.compile(
    rf"(?P<items>{_ITEM}(?:, {_ITEM})*(?:,? and {_ITEM})?)"
    r"(?=[,.;:)]|$| (?:and|or) (?![A-Z])"
    r"| (?:on|to|for|in|at|as|that|which|who|with|from|by|also|while|but|were|was|is|are|has"
    r"|have|had|will|would|since|after|before|during|under|over|into|[a-z]+ed)\b)"
)
# A person's title before a partner's name: a person, not an organisation ("teamed up with Professor Yuki Tanaka").
_PEOPLES_TITLES = frozenset("Dr Dr. Prof Prof. Professor Mr Mr. Ms Ms. Mrs Mrs. Sir Dame Lord Dean Minister".split())
_SEPARATOR = re.compile(r",? and |, ")


def partners_named(body: str) -> Iterator[str]:
    """The partners ``body`` names after a word of partnership."""
    if " with " not in body or not any(word in body for word in _NEEDS):
        return
    for found in _FINDER.finditer(body):
        series = _SERIES.match(body, found.end())
        if series is not None:
            for item in _SEPARATOR.split(series.group("items")):
                name = OWNER.sub("", item.removeprefix("the "))
                if name not in NOT_SOURCES and name.split()[0] not in _PEOPLES_TITLES:
                    yield name
