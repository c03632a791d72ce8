"""The characters organisation names are written in, where a name may begin, and the clean-up of a name found:
shared by the detect modules (``detect_bodies``, ``detect_japanese_context``, ``detect_english_context``,
``detect_institutions`` and ``detect_lists``).
"""

from __future__ import annotations

import re

from pipelines.classification.detect_words import GENERIC_STEMS

KANJI = "\u4e00-\u9fff々〆ヶ"
KATAKANA = "\u30a1-\u30faー・"
# A character of a name: Latin, katakana and kanji characters, digits, "&" and "-".
NAME_CHARACTER = rf"A-Za-z0-9&\-{KANJI}{KATAKANA}"
# Where a name may begin: not inside a longer word, and after hiragana only when it is a particle
# ("みずほフィナンシャルグループ" holds no name "フィナンシャルグループ") or the end of a verb before the noun it
# describes ("連携協定を結ぶアドバンスト・メディア", "運営するX1号投資事業有限責任組合", "採用したX").
BEFORE_NAME = (
    rf"(?<![{NAME_CHARACTER}.])(?:(?<![\u3041-\u3096])|(?<=[はがのとをにでもやへるた])|(?<=および)|(?<=ならびに)"
    r"|(?<=[\u4e00-\u9fff][ぶむつうくぐす]))"
)


def present(needs: re.Pattern[str] | tuple[str, ...], text: str) -> bool:
    """Whether ``text`` holds what a pattern cannot match without: a few plain strings (a scan in C each), or
    a regex where no plain string will do."""
    if type(needs) is tuple:
        for word in needs:
            if word in text:
                return True
        return False
    return needs.search(text) is not None  # type: ignore[union-attr]


# A word of an English name: a capital, then letters, digits, "&", an apostrophe or "-".
WORD = r"[A-Z][A-Za-z0-9&'’\-]*"
# A name in Latin letters (up to three words) or katakana, as company names are written.
LATIN_OR_KANA = rf"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){{0,2}}|[\u30a1-\u30fa][{KATAKANA}]{{2,20}}"
# Words that open an English phrase before a name ("The", "Japan's"): no part of the name.
ENGLISH_LEADING = re.compile(r"^(?:(?:The|A|An|In|At|On|For|And|With|From|By|As|Of|Its|Both|Also|Japan's|Japan’s) )+")
# The adjectives of nationality English writes before a country's body or company ("the Italian Senate", "Dutch
# startup Axelera").
NATIONALITIES = (
    "Italian French German Spanish Portuguese Dutch Belgian Swiss Austrian Polish Czech Slovak Hungarian Romanian"
    " Bulgarian Greek Danish Swedish Norwegian Finnish Icelandic Irish British Scottish Welsh Estonian Latvian"
    " Lithuanian Ukrainian Russian Turkish Israeli Egyptian Saudi Emirati Qatari Indian Pakistani Bangladeshi"
    " Chinese Taiwanese Korean Mongolian Vietnamese Thai Malaysian Singaporean Indonesian Philippine Australian"
    " Canadian American Mexican Brazilian Argentine Chilean Colombian Peruvian Nigerian Kenyan"
).split()
NATIONALITY = "(?:" + "|".join(NATIONALITIES) + ")"

# Whose a name is ("Taiwan's Ministry of …", "London's Builder.ai"): no part of the name.
OWNER = re.compile(r"^.*(?:'s|’s) ")

# Legal forms in front of a name: ``detect_bodies`` reads the name after one, ``clean_name`` removes one.
LEGAL_FORM = (
    r"(?:一般社団法人|公益社団法人|一般財団法人|公益財団法人|独立行政法人|国立研究開発法人|国立大学法人|公立大学法人"
    r"|学校法人|特定非営利活動法人|NPO法人|社会福祉法人|社会医療法人|医療法人(?:社団|財団)?|有限会社|合資会社|合名会社)"
)
# What a name is cut from when a longer word runs into it: the country before a foreign name
# ("米スタンフォード大学"; not 中国電力 or 中部フーズ, whose 中 is their own).
_PREFIX = re.compile(r"^(?:米国|米|英国|英|仏|独|中国|中|韓国|韓|台湾|台|欧州|豪州|豪|加|印)(?=[\u30a1-\u30faA-Za-z])")
# Company forms and descriptions around a name: "株式会社X", "X Inc", "Osaka's X", "Paris-based X".
_FORMS = re.compile(
    rf"^(?:株式会社|合同会社|有限会社|{LEGAL_FORM})|(?:株式会社|合同会社|有限会社)$|\s(?:Inc|Corp|Ltd|Co)\.?$"
)
DESCRIBED = re.compile(r"^(?:[A-Z][A-Za-z]+(?:'s|’s|-based|-founded) )+")


# Katakana words that say what a body does, not whose it is: a country before them is part of the name
# ("韓国ベンチャー投資", "中国インターネット情報センター").
_GENERIC_KANA = tuple(stem for stem in GENERIC_STEMS if "\u30a1" <= stem[0] <= "\u30fa") + ("ベンチャー",)


def clean_name(name: str) -> str:
    """A name found, without its company form, the country before a foreign name and what describes it."""
    name = name.strip(" .,-・&")
    country = _PREFIX.match(name)
    if country is not None and not name.startswith(_GENERIC_KANA, country.end()):
        name = name[country.end() :]
    return DESCRIBED.sub("", _FORMS.sub("", name).strip(" .,-・&"))


# A month that dates what follows ("in July Acme Robotics, a unit of …", "In March Acme Labs"): no part of the
# name, when a word for a date stands before it (after a comma, "Toyota, May Mobility" is a name of its own).
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATED = re.compile(
    rf"^(?:(?:In|Since|By|Until|From|Early|Late|Last|Next|This) )?{_MONTH}(?: [0-9]{{1,2}},?)? (?=[A-Z])"
)
_DATE_OPENERS = frozenset("In Since By Until From Early Late Last Next This".split())
_DATE_WORD_BEFORE = re.compile(
    r"(?:^|[^A-Za-z])(?:in|since|by|until|from|early|late|mid-|last|next|this|In|Since|By|Until|From|Early|Late|Last)"
    r" ?$"
)


def undated(name: str, text: str, start: int) -> str:
    """``name`` without a month written before it as a date: "July Yanmar Agribusiness" after "in " is
    "Yanmar Agribusiness"; ``start`` is where the name begins in ``text``."""
    if name[:1] not in "ADFIJLMNOSTU" or " " not in name:
        return name
    dated = _DATED.match(name)
    if dated is None:
        return name
    opened = dated.group(0).split(" ", 1)[0] in _DATE_OPENERS
    if opened or _DATE_WORD_BEFORE.search(text, max(0, start - 8), start):
        return name[dated.end() :]
    return name


# A letter of Japanese text (kana or kanji; not the 。 that joins an English headline to its body).
JAPANESE_LETTER = re.compile(f"[\u3041-\u30fa{KANJI}]")
