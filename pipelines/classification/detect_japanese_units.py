"""A company's name written in Latin words before a Japanese ending, in Japanese text.

    NIPPON EXPRESSホールディングス / Blue Harborキャピタル     Latin words (more than one) before a Japanese ending
    筑波大学附属病院 / X大学附属小学校                            a university's unit after the university's name
    陸上自衛隊松山駐屯地 / 航空自衛隊X基地                        a unit of the Self-Defense Forces after its service
    足立学園中学校・高等学校                                     a school of two divisions, named as one
    日本培養食料学会大会 / X協会総会                              a society named before its meeting

A name of several Latin words is read whole, not its last word with the ending ("EXPRESSホールディングス", which
``last_words`` lists so that ``detect.detect_names`` drops it whatever reader found it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipelines.classification.detect_characters import BEFORE_NAME, KANJI, KATAKANA
from pipelines.classification.detect_words import GENERIC_STEMS

# Endings a company's name takes after its Latin words (those ``detect`` reads after one Latin word).
JAPANESE_UNIT_ENDING = (
    r"(?:ホールディングス|グループ|キャピタル|ベンチャーズ|パートナーズ|インベストメント|テクノロジーズ|ジャパン"
    r"|研究所|銀行|証券|製作所|製薬|商事)"
)
# Two to four capitalised Latin words run into the ending, the run not inside a longer Latin phrase.
_LATIN_WORDS_ENDING = (
    re.compile(rf"[A-Za-z0-9] [A-Z][A-Za-z0-9&.\-]*{JAPANESE_UNIT_ENDING}"),
    re.compile(
        r"(?<![A-Za-z0-9&.\-] )(?<![A-Za-z0-9&.\-])"
        rf"(?P<name>[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){{1,3}}{JAPANESE_UNIT_ENDING})"
        rf"(?![{KATAKANA}]|機構|協会|財団|基金|協議会|連合)"
    ),
)


def latin_names_with_ending(text: str) -> list[str]:
    """Latin names of several words before a Japanese ending."""
    if not _LATIN_WORDS_ENDING[0].search(text):
        return []
    return [match.group("name") for match in _LATIN_WORDS_ENDING[1].finditer(text)]


def last_words(names: list[str]) -> set[str]:
    """What a reader that starts a name at its last Latin word reads of these names ("EXPRESSホールディングス")."""
    return {name[name.rindex(" ") + 1 :] for name in names}


# A university's own unit after its name: its hospital, schools, library … ("筑波大学附属病院", "X大学付属中学校"), and
# its institutes and centres named in kanji without 附属 ("東京大学史料編纂所", "X大学先端技術研究センター").
_UNIVERSITY_UNIT = re.compile(
    rf"(?P<parent>[{KANJI}]{{1,12}}大学)(?P<unit>(?:附属|付属)[{KANJI}]{{0,4}}?(?:病院|医院|小学校|中学校|高等学校|中等教育学校"
    rf"|特別支援学校|幼稚園|図書館|博物館|植物園|農場|研究所)"
    rf"|[{KANJI}]{{2,10}}?(?:研究所|編纂所|研究センター|センター|研究院))(?![{KANJI}{KATAKANA}])"
)


# A unit of the Self-Defense Forces after its service's name: a camp, a base, a division, a local office
# ("陸上自衛隊松山駐屯地", "航空自衛隊入間基地", "陸上自衛隊第8師団", "自衛隊大阪地方協力本部").
_FORCES_UNIT = re.compile(
    rf"(?<![{KANJI}])(?P<parent>(?:陸上|海上|航空)?自衛隊)(?P<unit>(?:第[0-9]+|[{KANJI}{KATAKANA}]{{1,6}}?)"
    rf"(?:駐屯地|分屯地|分屯基地|基地|地方協力本部|方面隊|方面総監部|地方総監部|師団|旅団|航空団|補給処))(?![{KANJI}])"
)


def university_units(text: str, found: Iterable[str], known: Callable[[str], object]) -> list[str]:
    """A university's unit named after the university, when the university is a name found in the text or known to
    the watch list (the kanji run before it may hold words of the sentence: the name is the run's end that is one),
    and a unit of the Self-Defense Forces named after its service."""
    units = (
        [match.group("parent") + match.group("unit") for match in _FORCES_UNIT.finditer(text)]
        if "自衛隊" in text
        else []
    )
    if "属" not in text and "所" not in text and "センター" not in text and "研究院" not in text:
        return units
    found = set(found)
    for match in _UNIVERSITY_UNIT.finditer(text):
        parent = match.group("parent")
        for start in range(len(parent) - 3):
            if parent[start:] in found or known(parent[start:]) is not None:
                units.append(parent[start:] + match.group("unit"))
                break
    return units


# A school of two divisions named as one: "X中学校・高等学校", "X中学校・高校".
_SECOND_DIVISION = {"中学校": ("・高等学校", "・高校")}


def school_divisions(text: str, found: Iterable[str]) -> list[tuple[str, str]]:
    """A school found by its first division (X中学校) that the text names with its second (X中学校・高等学校), as
    (the school, the first division's name); the first division alone is no name when the text never gives it so."""
    if "・高" not in text:
        return []
    schools = []
    for name in found:
        for first, seconds in _SECOND_DIVISION.items():
            if name.endswith(first) and len(name) > len(first) + 1:
                for second in seconds:
                    if name + second in text:
                        schools.append((name + second, name))
                        break
    return schools


# A society or an association named before its meeting: "日本培養食料学会大会", "X協会年次総会" (the ending readers stop
# at a society's ending only before a word that is not kanji).
_MEETING = ("大会", "総会", "年会")
_SOCIETY_BEFORE_MEETING = re.compile(
    rf"{BEFORE_NAME}(?P<name>(?P<stem>[{KANJI}{KATAKANA}]{{2,14}}?)(?:学会|協会|連盟))"
    r"(?:年次|全国|春季|秋季|定時|通常|臨時)?(?:大会|総会|年会)"
)


def societies_before_meetings(text: str) -> list[str]:
    """Societies and associations named right before their meeting, not a kind of society (国際学会大会)."""
    if not any(meeting in text for meeting in _MEETING):
        return []
    return [
        match.group("name")
        for match in _SOCIETY_BEFORE_MEETING.finditer(text)
        if match.group("stem") not in GENERIC_STEMS
    ]
