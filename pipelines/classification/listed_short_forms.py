"""The forms of Japan's listed companies' names that the press writes, derived from the EDINET list itself.

A listed name of three katakana is read when the company's English name is its reading (ニコン "NIKON", ヤマハ
"YAMAHA"): a Japanese name written in katakana. Three kana are otherwise mostly words, and an English loanword is
not spelled as its romanisation (ベース is "besu", not "BASE"; ヒット "Hit"); a name in hiragana is a word or a place
as often (いつも, ふくおか), and is left out.
"""

from __future__ import annotations

import re

from pipelines.classification.listed_english import english_name

# The words for a group after the reading in an English name ("Hayase Group Holdings").
_PARENT_WORD_EN = re.compile(r"\s*\b(?:financial\s+)?(?:group\s+)?(?:holdings?|group)\b.*$", re.IGNORECASE)
_HIRAGANA = re.compile(r"[\u3041-\u3096]")

_ROWS = {
    "": "アイウエオ",
    "k": "カキクケコ",
    "s": "サシスセソ",
    "t": "タチツテト",
    "n": "ナニヌネノ",
    "h": "ハヒフヘホ",
    "m": "マミムメモ",
    "y": "ヤ ユ ヨ",
    "r": "ラリルレロ",
    "w": "ワ   ヲ",
    "g": "ガギグゲゴ",
    "z": "ザジズゼゾ",
    "d": "ダヂヅデド",
    "b": "バビブベボ",
    "p": "パピプペポ",
}
_SYLLABLE = {
    kana: consonant + vowel
    for consonant, row in _ROWS.items()
    for kana, vowel in zip(row, "aiueo", strict=True)
    if kana != " "  # no yi, ye, wi, wu, we
}
_SYLLABLE.update({"シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu", "ヲ": "o"})
_SYLLABLE.update({"ン": "n", "ヴ": "vu", "ー": "", "・": ""})
_SMALL = {"ャ": "a", "ュ": "u", "ョ": "o"}
_SMALL_VOWEL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}


def romanise(kana: str) -> str | None:
    """The Hepburn reading of a name in katakana, long vowels unwritten (コーセー "kose", ニッコン "nikkon"); None
    when it holds a character this reading does not know."""
    out: list[str] = []
    double = False
    for char in kana:
        if char == "ッ":
            double = True
            continue
        if char in _SMALL and out and out[-1].endswith("i"):
            stem = out[-1][:-1]
            out[-1] = (stem if stem in ("sh", "ch", "j") else stem + "y") + _SMALL[char]
            continue
        if char in _SMALL_VOWEL and out:
            stem = out[-1][:-1] if len(out[-1]) > 1 else "w"  # ウィ "wi", ティ "ti", ファ "fa"
            out[-1] = stem + _SMALL_VOWEL[char]
            continue
        syllable = _SYLLABLE.get(char)
        if syllable is None:
            return None
        if double and syllable:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double = False
        out.append(syllable)
    return "".join(out)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def reads_as_english_name(kana: str, name_en: str) -> bool:
    """Whether the first word of the company's English name is the reading of ``kana``, a name in katakana: a
    Japanese name (ニトリ "NITORI", スズキ "SUZUKI Motor"), not a loanword (トラスト "TRUST"). A name in hiragana is
    left out: its reading is a word or a place as often (いつも, ふくおか)."""
    if _HIRAGANA.search(kana):
        return False
    reading = romanise(kana)
    words = _PARENT_WORD_EN.sub("", english_name(name_en)).split()
    return bool(reading) and bool(words) and reading == _letters(words[0])
