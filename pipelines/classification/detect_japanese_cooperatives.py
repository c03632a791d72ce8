"""Cooperatives and producers' unions named in Japanese by their ending, whoever their members are.

    山形ドローン協会協同組合 / 倉橋町施設野菜生産組合 / 十勝ミルク出荷組合

``detect_bodies`` reads a cooperative by its trade (甲賀農業協同組合); this reads one whose name says whose it is: a
name in katakana or Latin letters, or a place (町, 村, 市, 県, 島 …), before 協同組合, 生産組合 or 出荷組合. A kind of
cooperatives ("農業協同組合", "事業協同組合", "生産組合") names no one and is left out, and so is a name the text gives
only as the end of a longer one (a headline's "ドローン協会協同組合" of "山形ドローン協会協同組合").

An agricultural cooperative is also named by its brand "JA" run into its place or its line, in one word: JA豊橋,
JAひろしま, JA全農 (not JAXA or JAL, in Latin letters, nor "JA" alone).
"""

from __future__ import annotations

import re

from pipelines.classification.detect_characters import BEFORE_NAME, KANJI, KATAKANA

_ENDING = r"協同組合|生産組合|生産者組合|出荷組合"
_COOPERATIVE = (
    re.compile(_ENDING),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>(?P<stem>[A-Za-z0-9{KANJI}{KATAKANA}][A-Za-z0-9&{KANJI}{KATAKANA}]{{1,16}}?)"
        rf"(?:{_ENDING}))(?![{KANJI}])"
    ),
)
# What says whose a cooperative is: a name in katakana or Latin letters, or a place.
_WHOSE = re.compile(rf"[A-Za-z\u30a1-\u30fa]|[{KANJI}](?:町|村|市|県|郡|島|地区)")


def cooperatives(text: str) -> list[str]:
    """Cooperatives named by their ending with a stem that says whose they are."""
    if not _COOPERATIVE[0].search(text):
        return []
    names = [match.group("name") for match in _COOPERATIVE[1].finditer(text) if _WHOSE.search(match.group("stem"))]
    return [name for name in names if not any(other != name and other.endswith(name) for other in names)]


# "JA" run into kanji (a place or a federation's short name, with the katakana of its line: JA三井リース) or into a
# place in hiragana, before a particle or a word after the name ("JAひろしまを通じ", "JAおきなわ管内"); a kanji run
# loses what follows the name in one word ("JA豊橋管内", "JA全農組合長") and must not run on into hiragana other than
# a particle ("JA北つくば": a place half in kana, not read).
_AFTER_JA_NAME = ("管内", "組合長", "職員", "本店", "支店", "管轄", "傘下", "様")
_PARTICLE = r"[をがはのとにでもやへ、。」)(（]|から"
_JA = re.compile(
    rf"(?<![A-Za-z0-9&.\-])JA(?P<stem>[{KANJI}]{{1,8}}(?:[\u30a1-\u30faー]{{2,8}})?"
    rf"(?=[^\u3041-\u3096A-Za-z0-9{KANJI}{KATAKANA}]|[をがはのとにでもやへ]|$)"
    rf"|[\u3041-\u3096]{{2,6}}?(?={_PARTICLE}|{'|'.join(_AFTER_JA_NAME)}))"
)


def ja_cooperatives(text: str) -> list[str]:
    """Agricultural cooperatives named by "JA" and their place or line (JA豊橋, JAひろしま)."""
    if "JA" not in text:
        return []
    names = []
    for match in _JA.finditer(text):
        stem = match.group("stem")
        for after in _AFTER_JA_NAME:
            if stem.endswith(after) and len(stem) > len(after):
                stem = stem[: -len(after)]
                break
        names.append("JA" + stem)
    return names
