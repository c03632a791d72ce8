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


# "<Person> of <Org>": a person named by a given and a family name, then "of" and where the person works
# ("chaired by Tetsuyuki Konishi of Kyoto Fusioneering", "Jane Roe of the Kobe Robotics User group explains").
# The person stands after a clause's start or "by", "with", "and", "says"; each of its words is a name's word, not
# a word of an organisation, a title or a place ("Tokyo Institute of Technology", "Prime Minister of Japan",
# "Queen Mary of England" are no person of an organisation).
_PERSON_BEFORE = re.compile(
    r"(?:^|[.,;:(] |\b(?:by|with|and|says|said) )"
    r"(?P<person>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: (?:[A-Z]\. )?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})$"
)
_NOT_PERSON_WORDS = frozenset(
    """Institute University Ministry Department Bank Agency Academy Council Association Society School College Centre
    Center Office Bureau Board Commission Committee Republic Kingdom Federation Union Museum Faculty Graduate National
    Federal International Government Minister Secretary President Director Head Chief Professor Prime General Deputy
    Vice Member Members Chair Group Division Laboratory Lab Labs Corporation Company Fund Foundation Network Alliance
    Organization Organisation Authority Court Parliament House Chamber Port City Prefecture State States Province
    Region Island Islands Sea Bay Gulf Cape Lake River Mount Hall Church Temple Shrine Castle Palace Park Airport
    Station Street Road Battle War Age Day Year Week Month Act Law Code Statement Declaration Charter Treaty
    Conference Summit Forum Festival Award Prize Cup Games Series Edition Version Model Report Survey Index Journal
    Review Queen King Prince Princess Duke Emperor Empress Lord Saint Bishop Pope Mayor Governor Senator Doctor
    Master Bachelor Team Project Program Programme Initiative Centre Hospital Clinic Library Service Services Unit
    Systems System Technologies Technology Research Science Sciences Studies Industries Holdings Partners Capital
    Ventures Japan Japanese Tokyo Osaka Kyoto China Chinese Korea Korean India Indian America American British
    English French German European Asia Asian Africa African North South East West New Old Great Greater Central
    Upper Lower January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those Our Their Its Each Every Some Most
    Many All Both Part One Two Three Head Heads Rest End Top Use Users Version
    Ltd Inc Corp Co LLC Plc GmbH AG KK""".split()
)
# A word of a title in capitals, not of a name ("Integrating Future Earnings of Children", "Predictions of Solutions").
_TITLE_CASE_WORD = re.compile(r"[a-z]{4,}(?:ing|ings|ions?|ures|ics|ments?|ity|ities|works|ences?)$")
# What a person is "of" that is a place by its last word ("Aichi Prefecture", "Minato Ward").
# One plain word after "of" is as often a town as a firm ("Ken Mori of Nagano"): one word is kept only by its
# shape, a capital inside it, a digit or a dot ("Arabic.ai", "NTT", "xAI").
_SHAPED = re.compile(r".[A-Z0-9.]")
_PLACE_ENDS = ("Prefecture", "City", "Ward", "County", "Province", "Town", "Village")
_ORG_AFTER_PERSON = re.compile(
    rf"(?P<name>{_WORD}(?: {_WORD}){{0,3}}(?: (?:group|team|lab|club))?)"
    r"(?![A-Za-z0-9&'’\-]| [A-Z]| (?:of|for|and) [A-Z])"
    r"(?=[,.;:)]|$| (?:and|or) (?![A-Z])| (?:who|which|that|said|says|told|is|was|has|had|will|would|in|on|at"
    r"|to|for|from|with|since|until|after|before|also|explains|explained|outlines|notes|argues|[a-z]+ed)\b)"
)


def people_of(body: str) -> Iterator[str]:
    """The organisations ``body`` names after a person's name and "of"."""
    for found in _OF_AT.finditer(body):
        if not found.group().startswith(" of"):
            continue
        at = found.start()
        person = _PERSON_BEFORE.search(body, max(0, at - 48), at)
        words = person.group("person").replace(".", "").split() if person is not None else []
        if not words or not _NOT_PERSON_WORDS.isdisjoint(words) or any(map(_TITLE_CASE_WORD.search, words)):
            continue
        match = _ORG_AFTER_PERSON.match(body, found.end())
        if match is not None:
            name = match.group("name")
            if (
                name not in NOT_SOURCES
                and _PLACES.isdisjoint(name.split())
                and not _NOT_A_WORKPLACE.fullmatch(name)
                and not name.endswith(_PLACE_ENDS)
                and (" " in name or _SHAPED.search(name) is not None)
            ):
                yield name


# What a person is "of" that is no workplace: a place, a time, a family ("Anne Frank of Amsterdam", "of May 2025").
_NOT_A_WORKPLACE = re.compile(
    r"(?:Japan|Tokyo|Osaka|Kyoto|China|Korea|India|America|England|Scotland|Wales|Ireland|Europe|Asia|Africa|Canada"
    r"|Australia|California|Texas|London|Paris|New York|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: [0-9]+)?"
)
