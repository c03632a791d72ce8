"""Japan's listed companies named in English text by their English names: "Toei Animation", "Idemitsu Kosan".

English news names a Japanese listed company by the English name it files with the FSA, without its legal form
("Mitsubishi Heavy Industries said …", "Toei Animation, the studio behind …"). The names come from the same
EDINET code list as the Japanese ones (``listed_companies.toml``, PDL1.0): its English column, with the legal
form taken off (Co., Ltd., Corporation, Inc., Limited, K.K.) and a leading "The".

Only names that cannot be ordinary English are read:

- the company's Japanese name opens with a kanji or hiragana (東映アニメーション, 出光興産), so its English name
  opens with the reading of a Japanese proper name; a Japanese name in katakana or Latin letters (セントラル硝子,
  トレンドマイクロ) is mostly English words ("Central Glass", "Trend Micro") and is left out;
- two words or more (a single word, "Shimizu", "Kaneko", is mostly a surname), one of them not an English word
  that translates a kind of business ("Electric Power Development", "Information Planning" are left out);
- written capitalised (each word opens with a capital or a digit, except "of", "and", "the"), in any case
  ("TOEI ANIMATION" in the list is "Toei Animation" in text), and as a whole name: not right after or before
  another capitalised word ("Mitsubishi Electric Research Laboratories" is not Mitsubishi Electric), except a
  legal form after it ("Toyota Motor Corp.").

Matching looks up each capitalised word of the text in a table of the names' first words; only the names that
begin with it are tried, longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from config.listed_companies import ListedCompany

REASON = "listed company (EDINET, English name)"

# A legal form at the end of an English name, taken off until none is left ("Co., Ltd.", "CORPORATION").
_FORM = re.compile(
    r"[\s,]*\b(?:co\.?,?\s?ltd\.?|company,?\s(?:limited|ltd\.?)|corporation|corp\.?|incorporated|inc\.?|limited"
    r"|ltd\.?|k\.\s?k\.?|kabushiki kaisha|co\.?|company)\s*$",
    re.IGNORECASE,
)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_JAPANESE_START = re.compile(r"^[\u3041-\u3096\u4e00-\u9fff々]")
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9&\-]+(?: [A-Za-z0-9&\-]+)+$")
_WORD = re.compile(r"[A-Za-z0-9&][A-Za-z0-9&\-]*")
# Where a name may begin: a capitalised word (most are no name's first word: one dictionary look-up each).
_CAPITAL_WORD = re.compile(r"(?<![A-Za-z0-9&\-])[A-Z][A-Za-z0-9&\-]*")
# The word just before a name, one space before it.
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9&\-])[A-Za-z0-9&][A-Za-z0-9&\-]*(?= $)")
# Words in small letters inside a capitalised name.
_SMALL_WORDS = frozenset({"of", "and", "the"})
# After a name, the legal form the text may give it: the name is still whole.
_FORMS_AFTER = frozenset({"Co", "Corp", "Corporation", "Inc", "Ltd", "Limited", "K"})
# English words that the English names of kanji-named companies use to say what they do ("Electric Power
# Development", 電源開発): a name made only of them is a description, not a name. A name needs one other word,
# the reading of its Japanese name ("Idemitsu Kosan") or a word of its own.
TRANSLATED_WORDS = frozenset(
    """
    academic ai air and applied assistance automatic automation automotive bank biomedical board brand bridge
    building bus business carbon care cellular center central century chain chemical color communication
    communications company computer concrete conditioning construction control controls creative development
    device diamond dynamic east electric electrical electron electronic electronics emergency energy engineering
    environment environmental exchange exploration facilities fields film finance financial fine first form
    foundation friendly frontier gas general glass global group head heavy holdings house idea industrial
    industries industry information innovation instruments integrated intelligence international internet
    investment iron knowledge laboratory light lighting lines machine machinery maintenance manufacturing material
    materials medical metal micro mining motor net network networks new of organic paper planning plants
    plate platform plus polymer post power precision process products public pure quarter railway real refining
    relations research road science security service services sheet signal software solutions spring store supply
    synthetic system systems tech techniques technological technologies technology terminal the thermal tool
    trading trans transport transportation trust tube vision wall water works
    """.split()
)


def english_name(name_en: str) -> str:
    """The name English text gives a company: its filed English name without its legal form or a leading "The"."""
    name, previous = name_en.strip(), ""
    while name != previous:
        previous, name = name, _FORM.sub("", name).strip(" ,.")
    if name.endswith("&"):
        name += " Co"  # "Mitsui & Co., Ltd.": "& Co." is part of the name
    return _THE.sub("", name)


def eligible(company: ListedCompany, name: str) -> bool:
    """Whether a listed company's English name can be read alone in English text (see the module's rules)."""
    if not _JAPANESE_START.match(company.name) or not _PLAIN_NAME.match(name):
        return False
    return any(word.lower() not in TRANSLATED_WORDS and len(word) > 1 for word in name.split())


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _SMALL_WORDS or word == "&"


class ListedEnglishNames:
    """The listed companies' English names, indexed by their first word for reading English text."""

    def __init__(self, companies: Iterable[ListedCompany]) -> None:
        self.by_name: dict[str, ListedCompany] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for company in companies:
            name = english_name(company.name_en)
            if not eligible(company, name):
                continue
            words = tuple(word.lower() for word in name.split())
            if " ".join(words) not in self.by_name:
                self.by_name[" ".join(words)] = company
                self._by_first.setdefault(words[0], []).append(words)
        for names in self._by_first.values():
            names.sort(key=len, reverse=True)

    def __len__(self) -> int:
        return len(self.by_name)

    def find(self, text: str) -> list[str]:
        """The listed companies' English names that ``text`` gives as whole capitalised names, as written."""
        found: dict[str, None] = {}
        for first in _CAPITAL_WORD.finditer(text):
            candidates = self._by_first.get(first.group().lower())
            if not candidates:
                continue
            before = _WORD_BEFORE.search(text, max(0, first.start() - 40), first.start())
            if before is not None and _name_word(before):
                continue  # "Tokyo Mitsubishi Electric": part of a longer name
            # The words of the longest candidate and the one after it.
            window = first.start() + sum(len(word) + 1 for word in candidates[0]) + 40
            words = list(_WORD.finditer(text, first.start(), window))
            for name in candidates:
                span = words[: len(name)]
                if len(span) < len(name) or any(
                    part.group().lower() != wanted or not _capitalised(part.group())
                    for part, wanted in zip(span, name, strict=True)
                ):
                    continue
                if any(not _joined(text, left, right) for left, right in zip(span, span[1:], strict=False)):
                    continue
                after = words[len(name)] if len(words) > len(name) else None
                if after is not None and _joined(text, span[-1], after) and _name_word(after):
                    if after.group() not in _FORMS_AFTER:
                        continue  # "Mitsubishi Electric Research Laboratories": a longer name
                found[text[span[0].start() : span[-1].end()]] = None
                break
        return list(found)


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether two words stand one space apart, as the words of one name do."""
    return text[left.end() : right.start()] == " "


# Capitalised words that open a sentence or a phrase without being part of a name ("The Bank of Yokohama",
# "At Toei Animation, …").
_OPENERS = frozenset("The A An At In On For By With From To And But As While When After Before Since".split())


def _name_word(word: re.Match[str]) -> bool:
    """A capitalised word that would make the name part of a longer one (not "the", a number or a hyphened word)."""
    return word.group()[0].isupper() and "-" not in word.group() and word.group() not in _OPENERS
