"""The short forms the press gives Japan's listed companies, derived from the EDINET list itself.

News names a group's parent without the word that says it is one: 日清食品ホールディングス is "日清食品",
三菱UFJフィナンシャル・グループ "三菱UFJ", 大和証券グループ本社 "大和証券", ニトリホールディングス "ニトリ". The
short form is the listed name without that word (ホールディングス, グループ, グループ本社, グループホールディングス,
フィナンシャルグループ, フィナンシャルホールディングス, HD), read only when it is safe:

- readable as a name of its own (``listed_companies.eligible``: three characters or more, not Latin, not an
  ordinary word), and not one of the short forms that are words or places (``SHORT_FORM_WORDS``: 西日本);
- a short form in kana only is mostly an English word (トラスト, オープン, オーバーラップ), so it is read only
  when the first word of the company's English name is its reading, a Japanese name (ニトリ "NITORI", コーセー
  "KOSE"): an English loanword is not spelled as its romanisation (トラスト is "torasuto", not "TRUST"; the few
  that are, ヴィア "VIA", are in ``SHORT_FORM_WORDS``); a name in hiragana is a word or a place as often;
- nobody else's: not another listed company's name (ソフトバンクグループ's ソフトバンク is the listed
  ソフトバンク), and not the short form of two companies.

The word for the parent in letters is read too, whatever the name before it: "アサヒグループHD", "三井住友FG".

The same romanisation lets a listed name of three katakana be read when the English name is its reading (ニコン
"NIKON", ヤマハ "YAMAHA"); three kana are otherwise mostly words (ベース "BASE", ヒット "Hit").
"""

from __future__ import annotations

import re

from pipelines.classification.listed_english import english_name

# The word for a group's parent after the name ("ソニーグループ", "めぶきフィナンシャルグループ",
# "…グループ本社"), and a ・ left before it ("ポラリス・ホールディングス").
_PARENT_WORD = re.compile(
    r"・?(?:フィナンシャル・?(?:グループ|ホールディングス)|グループ・?ホールディングス|グループ本社|ホールディングス"
    r"|グループ|HD)$"
)
# The words for a group after the reading in an English name ("Hayase Group Holdings").
_PARENT_WORD_EN = re.compile(r"\s*\b(?:financial\s+)?(?:group\s+)?(?:holdings?|group)\b.*$", re.IGNORECASE)
_KANA_ONLY = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc・]+$")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
# Short forms that are ordinary words, places or numbers in text ("西日本を中心に", "多摩川の", "梅の花が",
# "市の電算システム"), or loanwords that are spelled as they are read ("via", "segue") or words in katakana (タスキ,
# ツナグ).
SHORT_FORM_WORDS = frozenset(
    "西日本 多摩川 梅の花 力の源 三十三 電算システム 環境フレンドリー ヴィア セグエ タスキ ツナグ".split()
)

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


# The letters the press writes for the word for a group's parent: "アサヒグループHD", "三井住友FG", "九州FG".
_ABBREVIATED = {
    "ホールディングス": ("HD",),
    "グループホールディングス": ("GHD", "グループHD"),
    "グループ・ホールディングス": ("GHD", "グループHD"),
    "フィナンシャルグループ": ("FG",),
    "フィナンシャル・グループ": ("FG",),
    "フィナンシャルホールディングス": ("FHD",),
    "フィナンシャル・ホールディングス": ("FHD",),
}


def abbreviated_forms(name: str) -> tuple[str, ...]:
    """The listed name with the word for a group's parent in letters (アサヒグループホールディングス "アサヒグループHD",
    "アサヒGHD"): a company's name whatever its stem, since the letters say it is one."""
    match = _PARENT_WORD.search(name)
    if match is None or match.start() == 0:
        return ()
    stem, word = name[: match.start()].rstrip("・"), match.group().lstrip("・")
    return tuple(stem + letters for letters in _ABBREVIATED.get(word, ()) if not (stem + letters).isascii())


def short_form(name: str, name_en: str) -> str | None:
    """The name the press gives the company when the listed name ends in the word for a group's parent, if any and
    safe; whether another company has it is the caller's to check."""
    match = _PARENT_WORD.search(name)
    if match is None or match.start() == 0:
        return None
    short = name[: match.start()]
    if short in SHORT_FORM_WORDS or not short[-1].isalnum():  # "テノ.ホールディングス": no name left
        return None
    if _KANA_ONLY.match(short) and not reads_as_english_name(short, name_en):
        return None
    return short
