"""Cleaning an investor's name: its ending (キャピタル, Ventures), the words of a description or a person around it,
whether a name only describes an investor (``is_generic``), and the long name a short form abbreviates
(``spelled_out``)."""

from __future__ import annotations

import re
from functools import lru_cache

from common.folding import fold_term
from pipelines.classification.funding_rules import FundingRules

# A short form as releases write one ("WbyT", "GB"): a few letters, two or more of them capitals, no space.
_SHORT_FORM = re.compile(r"(?=(?:[a-z0-9]*[A-Z]){2})[A-Za-z0-9]{2,6}")
# An English name of two or more capitalised words, joined by a small word or "&": "Woven by Toyota", "Bank of Tokyo".
_LONG_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s(?:(?:by|of|for|and|de|the|&)\s)?[A-Z][\w.&'’-]*)+")
_SMALL_WORDS = frozenset({"by", "of", "for", "and", "de", "the", "&"})


def spelled_out(document: str, short: str) -> str | None:
    """The longer name in the text that a short form abbreviates: "WbyT" is "Woven by Toyota", "GB" "Global Brain".

    Its letters spell the name in order, starting with its first letter, and every capitalised word of the name
    gives its initial; a name that has the short form as one of its words ("SBI Investment" for "SBI") is another.
    """
    if not _SHORT_FORM.fullmatch(short):
        return None
    for match in _LONG_NAME.finditer(document):
        words = match.group(0).split()
        if short.lower() not in {word.lower() for word in words} and _spells(short.lower(), words):
            return match.group(0)
    return None


def _spells(short: str, words: list[str]) -> bool:
    """Whether the letters of ``short`` take every capitalised word's initial in order, and further letters only
    from within the word they are in."""

    def walk(letter: int, word: int) -> bool:
        # ``letter`` of ``short`` is to be the initial of ``words[word]`` (or a small word is passed over)
        if word == len(words):
            return letter == len(short)
        current = words[word]
        if current in _SMALL_WORDS and walk(letter, word + 1):
            return True
        if letter == len(short) or current[0].lower() != short[letter]:
            return False
        # the letters after the initial that this word gives: any in order, then the next word's initial
        position, letter = 1, letter + 1
        if walk(letter, word + 1):
            return True
        while letter < len(short):
            found = current.lower().find(short[letter], position)
            if found < 0:
                return False
            position, letter = found + 1, letter + 1
            if walk(letter, word + 1):
                return True
        return False

    return walk(0, 0)


# Capitalised words that start a sentence or describe, never an investor's name on their own; among them a compound
# adjective, one word whose tail after a hyphen is lower-case ("Crypto-focused investor X", "AI-native fund X").
NOT_A_NAME = re.compile(
    r"[\d.,]+[A-Za-z]{0,3}|[A-Z]|We|Our|Us|[A-Za-z0-9.]+(?:-[A-Za-z0-9]+)*-[a-z]+|(?:The\s)?(?:Series\s.*|Round|Seed|Company|Startup)|The|In|On|It|Its|No|This|These|That|Other|Others|Both|All|Also|New|Existing|Investors?"
    r"|Japan|Japanese|Tokyo|.*['’]s|U\.S\.?|US|UK|U\.K\.?|EU|Co|Inc|Ltd|Corp|LLC|K\.K\.?|L\.P\.?|LP"
    # a city or a region is no investor: "an Osaka CVC-led round", "a sovereign fund from the Middle East"
    r"|Osaka|Kyoto|Nagoya|Fukuoka|Sapporo|Yokohama|Kobe|Sendai|Seoul|Beijing|Shanghai|Shenzhen|Hong\sKong|Taipei"
    r"|Bengaluru|Bangalore|Mumbai|Delhi|London|Paris|Berlin|Silicon\sValley|San\sFrancisco|New\sYork"
    r"|(?:(?:The|A|An)\s)?(?:Middle\sEast(?:ern)?|Gulf|Persian\sGulf|Asia|Asian|Southeast\sAsia(?:n)?|Europe|Africa(?:n)?"
    r"|Latin\sAmerica(?:n)?|North\sAmerica(?:n)?|Nordic|Arab|Western|Eastern)"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


# "本ラウンドはX", "今回の調達ではX": the topic of the sentence before an investor's name.
_ROUND_TOPIC = re.compile(
    r"^.*?(?:ラウンド|調達|増資|出資|今回|本件|同社|資金調達|ファーストクローズ|セカンドクローズ|クローズ)(?:で|に|において|には|では)?は、?"
)
# A Japanese particle after a written word (kanji, katakana, Latin, digit) closes a phrase: in
# "増資による35億円のエクイティに銀行" only "銀行" can be a name. Hiragana inside names (みずほ, あおぞら) is not
# preceded by such a word.
_PHRASE_PARTICLE = re.compile(
    r"(?<=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9)）」])(?:による|により|における|である|であり|から|より|には|では|は|が|を|に|で|へ|も"
    # a verb closing a relative clause before the name: "ラウンドを主導したX", "前回も出資しているX"
    r"|していた|している|した|する|された|される)(?=.)"
    # a verb's past or plain ending in kana before a written name: "リード投資家を務めたX", "既に出資しているX"
    r"|(?<=[\u3041-\u3093])(?:た|る)(?=[\u30a1-\u30fa\u4e00-\u9fffA-Za-z])"
)


# A company named with its legal form, before or after the name: 株式会社アルファ製作所, 東海精機株式会社.
_LEGAL_FORM_NAME = re.compile(
    r"(?:株式会社|合同会社|有限会社|\(株\))\s?(?P<after>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&.\s-]{1,30})$"
    r"|^(?P<before>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&.\s-]{1,30}?)\s?(?:株式会社|合同会社|有限会社|\(株\))$"
)


# The kind of investor written as capitals between a description and the name: "Japanese VC X", "CVC X".
_KIND_AFTER = re.compile(r"(?P<before>.+?)\s(?:VC|CVC|PE)s?")
_KIND_BEFORE = re.compile(r"^(?P<before>.*?)\b(?:VC|CVC|PE|VCs)\s(?=[A-Z0-9])")


# Words of a body's name before "of", which a person's name does not hold: "University of X", "Bank of Y".
_BODY_WORD = re.compile(
    r"\b(?:University|Institute|Government|Bank|Ministry|Agency|Development|Corporation|Office|Association|Council"
    r"|Foundation|Trust|Society|School|College|Department|Authority|Commission|Board|Bureau|Cent(?:er|re)|Network"
    r"|Alliance|Republic|State|City|Prefecture|Kingdom|Port|Church|Federation|Chamber|Academy|Museum|House)\b"
)


def without_kind_before(name: str, rules: FundingRules) -> str:
    """The name without a kind of investor in capitals before it: "Japanese VC Acme Ventures" -> "Acme Ventures"."""
    kind = _KIND_BEFORE.match(name)
    if kind is None:
        trailing = _KIND_AFTER.fullmatch(name)
        if trailing is not None and (
            NOT_A_NAME.fullmatch(trailing["before"]) or is_generic(trailing["before"], rules.generic_investor_words)
        ):
            return ""  # "a Tokyo VC-led round": a description, no name ("Transition VC" is one)
        return name
    before = kind["before"].strip()
    if before and not NOT_A_NAME.fullmatch(before) and not is_generic(before, rules.generic_investor_words):
        return name  # "Global Brain VC Fund": the letters are part of the name
    return name[kind.end() :]


# A date opening the sentence, run into the name that follows it without a comma: "In March 2024 Thrive Capital led",
# "On May 3 Acme Ventures", "In 2023 Heron Capital", "Late 2025 Beta Ventures". Only with a day or a year: a month
# alone may begin a name (March Capital).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY_OR_YEAR = rf"(?:{_MONTH}\s\d{{1,2}},?\s(?:\d{{4}},?\s)?|{_MONTH}\s\d{{4}},?\s)"
_DATE_BEFORE = re.compile(
    # (a bare year only after a preposition or early/late: 2050 Capital and 1984 Ventures are names)
    rf"^(?:(?:(?:In|On|By|Since|During|Until)\s)?(?:(?:Early|Late|Mid)[\s-])?{_DAY_OR_YEAR}"
    rf"|(?:(?:In|On|By|Since|During|Until)\s(?:(?:Early|Late|Mid)[\s-])?|(?:Early|Late|Mid)[\s-])\d{{4}},?\s)(?=[A-Z])"
)


def without_date_before(name: str) -> str:
    """The name without a date run into it: "In March 2024 Thrive Capital" is Thrive Capital."""
    date = _DATE_BEFORE.match(name)
    return name[date.end() :] if date is not None else name


def firm_of_person(name: str, rules: FundingRules) -> str:
    """ "Jane Doe of Acme Ventures" -> "Acme Ventures": a person of a firm, when the words after "of" end as an
    investor's name and the words before are a person's (not "Bank of Japan", "University of Tokyo …")."""
    person, _, firm = name.partition(" of ")
    words = person.split()
    if (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", word) for word in words)
        and not _BODY_WORD.search(person)
        and not up_to_name_ending(fold_term(person), rules.name_endings)
        and up_to_name_ending(fold_term(firm), rules.name_endings) == fold_term(firm)
    ):
        return firm
    return name


def firm_before_person(name: str, rules: FundingRules) -> str:
    """ "Acme Ventures' Jane Doe" -> "Acme Ventures": a person of the firm before a plural possessive; a fund of it
    ("Aramco Ventures' Sustainability Fund") stays whole."""
    firm, _, person = re.split(r"(['’]\s)", name, maxsplit=1)
    words = person.split()
    if (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", word) for word in words)
        and not up_to_name_ending(fold_term(person), rules.name_endings)
        and not _BODY_WORD.search(person)
    ):
        return firm
    return name


def by_legal_form(phrase: str) -> str:
    """The name of a company written with its legal form ("株式会社アルファ製作所" -> "アルファ製作所"), else ""."""
    if "会社" not in phrase and "(株)" not in phrase:
        return ""
    match = _LEGAL_FORM_NAME.search(phrase)
    return (match["after"] or match["before"]).strip() if match else ""


def after_phrase_particles(piece: str) -> str:
    """The part of a Japanese piece after its last phrase boundary: "...エクイティに銀行" -> "銀行"."""
    piece = _ROUND_TOPIC.sub("", piece)
    ends = [match.end() for match in _PHRASE_PARTICLE.finditer(piece)]
    return piece[ends[-1] :] if ends else piece


_BASED = re.compile(r"[a-z]+-based")
_SEPARATORS_AND_COUNTS = re.compile(r"[\s・,.、の-]|\d+(?:行|社|者|つ)?")


@lru_cache(maxsize=4)
def _generic_removers(generic_words: tuple[str, ...]) -> tuple[re.Pattern[str] | str, ...]:
    """The generic words, longest first, as they are taken out of a name: English ones as whole words. Built once
    per word list, not for every name read."""
    return tuple(
        re.compile(rf"\b{re.escape(word)}\b") if word.isascii() else word
        for word in sorted(generic_words, key=len, reverse=True)
    )


def is_generic(name: str, generic_words: tuple[str, ...]) -> bool:
    """Whether a name only describes an investor ("政府系ファンド", "地方銀行", "a sovereign wealth fund")."""
    rest = _BASED.sub(" ", fold_term(name))
    for remover in _generic_removers(generic_words):
        rest = rest.replace(remover, " ") if isinstance(remover, str) else remover.sub(" ", rest)
    return not _SEPARATORS_AND_COUNTS.sub("", rest)


# ("フィデリティ・マネジメント・アンド・リサーチ" does not end at マネジメント either)
_KATAKANA_CONTINUES = re.compile(r"・?[\u30a1-\u30fa\u30fc]")


_LATIN_NAME = re.compile(r"[a-z][a-z0-9 .&-]*")


def names_joined_by_dots(piece: str, endings: tuple[str, ...]) -> list[str]:
    """A piece split at each ・ that ends one investor's name and starts another's.

    "ベータベンチャーズ・ガンマパートナーズ" is two names, "グロービス・キャピタル・パートナーズ" one (after its last ・
    is only a name's ending).
    """
    if "・" not in piece:
        return [piece]
    parts: list[str] = []
    rest = piece
    dot = rest.find("・")
    while dot > 0:
        left, right = rest[:dot], rest[dot + 1 :]
        own_word = right not in endings and not any(right.startswith(ending) for ending in endings)
        if left.endswith(endings) and own_word and (up_to_name_ending(right, endings) or _LATIN_NAME.fullmatch(right)):
            parts.append(left)
            rest = right
            dot = rest.find("・")
        else:
            dot = rest.find("・", dot + 1)
    return [*parts, rest]


def up_to_name_ending(piece: str, endings: tuple[str, ...]) -> str:
    """The piece cut after the last investor-name ending it contains.

    "ツバサキャピタルも追加出資" -> "ツバサキャピタル".
    """
    best = -1
    for ending in endings:
        position = piece.rfind(ending)
        after = piece[position + len(ending) : position + len(ending) + 2]
        if position >= 0 and (
            # (not inside a longer word: "キャピタルマネジメント" does not end at キャピタル)
            not ending.isascii()
            and not _KATAKANA_CONTINUES.match(after)
            or ending.isascii()
            and (not after or not after[0].isalnum())
        ):
            best = max(best, position + len(ending))
    return piece[:best] if best > 0 else ""
