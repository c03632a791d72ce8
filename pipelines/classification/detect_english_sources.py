"""English names of the outlets and research firms whose reports a text cites by their name before the report.

    a Bloomberg News report / a McKinsey survey found / an OECD poll / Venture Intelligence data show
    a Nikkei Research survey conducted for Reuters / a Macromill online survey of 1,000 people

Only "a" or "an" before the name (a report named after a person takes "the": "the Draghi report"); the name is
one to three capitalised words and no nationality, month or kind of report ("a Japanese survey", "a January
report", "a Global Survey"). Read by a plain search for the word of the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = r"[A-Z][A-Za-z0-9&'’\-]*(?:\.[A-Za-z0-9]+)*"
# The report then what it says or when: "a McKinsey survey found", "a Bloomberg News report that …" (not "a Delphi
# survey of experts", "a Monte Carlo survey was run": methods of a study).
# Also who ran it or what it covers ("a Nikkei Research survey conducted for Reuters found", "a Kestrel survey of
# 1,000 people", "a Nikkei survey counts 13 startups").
_REPORT = re.compile(
    r" (?:report|survey|poll|tally|ranking)s?(?= (?:found|finds|showed|shows|said|says|suggested|suggests"
    r"|estimated|estimates|published|released|that|conducted|commissioned|carried|counts|counted|of)\b|,)"
)
# A word that says how or when the report was made, between the name and the report ("a Macromill online survey").
_HOW = re.compile(r" (?:online|internet|web|telephone|annual|monthly|weekly|quarterly|new|latest|recent)$")
# Matched backwards from the word of the report, within the few words before it (not tried at every "a").
_CITED = re.compile(rf"(?<![A-Za-z0-9])(?:a|an|A|An) (?P<name>{_WORD}(?: {_WORD}){{0,2}})$")
_DATA = re.compile(r" (?:data|figures) (?:show|shows|showed|suggest|suggests|suggested)\b")
_DATA_OWNER = re.compile(rf"(?:^|(?<=\. )|(?<=, )|(?<=; ))(?P<name>{_WORD}(?: {_WORD}){{0,2}})$")
# Words that describe a report, not whose it is.
_NOT_NAMES = frozenset(
    """Japanese Chinese American European British Korean Indian German French Asian African Global National
    International Internal External Annual Quarterly Monthly Weekly Recent New Separate Joint Government Federal
    State Official Special Private Public Draft Final Interim Preliminary Independent Industry Market Research
    Academic Sector Local Regional Economic Financial Earnings Progress Status Impact Fact White Green Blue
    January February March April May June July August September October November December Q1 Q2 Q3 Q4 AI
    The This That Its Their Our Another Each Every One Two Three Japan China Korea India Taiwan Europe Asia US UK EU
    Tokyo Official Latest Earlier Later Follow-up Parliamentary Congressional Senate House Cabinet
    Delphi Monte Carlo Likert Markov Fourier Systematic Comprehensive Brief Short Large Small Pilot""".split()
)
# An adjective of a method or a people ("a Bayesian survey", "a Gaussian report"): no source.
_ADJECTIVE = re.compile(r"(?:ian|ese|ean)$")


def cited_sources(body: str) -> Iterator[str]:
    """The outlets and firms whose reports ``body`` cites by name: "a Bloomberg News report", "X data show"."""
    for report in _REPORT.finditer(body):
        end = report.start()
        how = _HOW.search(body, max(0, end - 12), end)
        end = how.start() if how is not None else end
        match = _CITED.search(body, max(0, end - 60), end)
        if (
            match is not None
            and _NOT_NAMES.isdisjoint(match.group("name").split())
            and not _ADJECTIVE.search(match.group("name").split()[0])
            and not any(character.isdigit() for character in match.group("name"))  # "a COVID-19 survey"
        ):
            yield match.group("name")
    if " data " in body or " figures " in body:
        for data in _DATA.finditer(body):
            match = _DATA_OWNER.search(body, max(0, data.start() - 60), data.start())
            if match is not None and _NOT_NAMES.isdisjoint(match.group("name").split()):
                yield match.group("name")
