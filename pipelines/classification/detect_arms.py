"""Organisations named after a known one: its unit in a country, and its arm named by a trade.

    Microsoft Japan / Google Japan's … / Amazon Web Services Japan      a known company's Japanese unit
    ソフトバンクロボティクス / JR東日本メカトロニクス / パナソニックエナジー  a known company's arm by its trade
    フォーブスアジア / ソニーアジア                                 a known company's Asian unit

The unit or arm is its own company, written as the text writes it; the known company is found by the watch
list already. ``detect.detect_names`` keeps what these yield.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipelines.classification.detect_characters import KANJI, KATAKANA

# "Microsoft Japan": up to three capitalised words before " Japan" and no word joined after it ("Japan-based"
# describes, "Japan Airlines" is another name).
_JAPAN_AFTER = re.compile(r" Japan(?![A-Za-z0-9\-]| [A-Z])")
_OWNER = re.compile(r"(?<![A-Za-z0-9&.\-])(?P<owner>[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})$")


def country_units(text: str, known: Callable[[str], object]) -> Iterator[str]:
    """A known company's Japanese unit as written: "Microsoft Japan", "Amazon Web Services Japan" (the longest
    run of words before " Japan" that the watch list knows)."""
    if " Japan" not in text:
        return
    for found in _JAPAN_AFTER.finditer(text):
        owner = _OWNER.search(text, max(0, found.start() - 40), found.start())
        if owner is None or owner.group("owner").endswith("."):
            continue  # "… said Toyota. Japan's …": a sentence ends before "Japan"
        words = owner.group("owner").split(" ")
        for first in range(len(words)):
            name = " ".join(words[first:])
            if known(name) is not None:
                yield f"{name} Japan"
                break


# Trades that only a company's name ends in ("Acmeロボティクス", "ミライシステムズ": ``detect`` reads any name before
# them), and after a known company's name for its arm also エナジー and メカトロニクス (after any word they may
# be a kind of energy: "クリーンエナジー").
TRADE_ENDING = (
    r"フーズ|ファーマ|ロボティクス|エレクトロニクス|システムズ|ソリューションズ|ネットワークス|モーターズ|マテリアルズ"
    r"|インダストリーズ|コーポレーション|ラボラトリーズ|ラボ"
)
# A known company's regional unit too ("フォーブスアジア", "Acmeアジア"; after any word アジア is a region).
_TRADE = re.compile(
    rf"(?:{TRADE_ENDING}|エナジー|メカトロニクス|アジア)(?![\u30a1-\u30fa・ー]|機構|協会|財団|基金|協議会|連合)"
)
_NAME_CHARACTER = re.compile(rf"[A-Za-z0-9&\-{KANJI}{KATAKANA}]")


def trade_arms(text: str, known: Callable[[str], object]) -> Iterator[str]:
    """A known company's name run into a trade word: its arm ("ソフトバンクロボティクス", "JR東日本メカトロニクス"),
    when the longest run before the trade that the watch list knows starts where a word may start."""
    for found in _TRADE.finditer(text):
        end = found.start()
        for start in range(max(0, end - 12), end - 1):
            if not _NAME_CHARACTER.match(text, start) or (start > 0 and _NAME_CHARACTER.match(text, start - 1)):
                continue  # not where a word starts
            if known(text[start:end]) is not None:
                yield text[start : found.end()]
                break
