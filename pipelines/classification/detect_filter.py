"""What a detected organisation name must not be: a piece of a longer name, a date or an event, a generic body.

The digest shows every new name the detector finds, so a wrong one costs a reader's trust more than a missed one.
The patterns of ``detect`` and ``detect_institutions`` read a name from the words around it ("Xは", "X株式会社",
"X said"); these checks run on what they found, whatever pattern found it:

    払込期日は / 表彰式は / 第1弾は             a date, an event or a stage in the subject's place
    市議会 / 部会 / 監査等委員会 / 道県         a kind of body, not one body
    無限責任組合員X / AIスタートアップX         a role or a description in front of the name: X
    シンクタンク長崎経済研究所 / 7割長崎新聞    a kind of firm or a headline's share in front of the name
    Tensor Energy → Energy / University of Washington → Washington / SUN ORGANIC FARM → FARM
                                                a piece of a longer Latin name
    X社長 / X様 → X; ロス・フビニ氏 / CEO       an officer's title or an honorific after a name, a person
"""

from __future__ import annotations

import re

# Dates, deadlines, events, stages and documents that stand where a subject does ("出資日は3月31日",
# "表彰式は1月31日", "「…発展報告」を発表") but name no one. Names of two characters ending in 日 are newspapers
# (朝日, 毎日, 中日), so a date word has three or more; 計画 is left out (国連開発計画 is a body).
_NOT_NAME_ENDING = re.compile(r"(?:[\u4e00-\u9fff]{2}[日式]|期日|期間|日程|報告|報告書|白書|戦略|指針)$")
_NUMBERED = re.compile(r"^第[0-9]")
# Kinds of body that text names without saying whose ("県議会で答弁", "同ファンドの", "4道県に交付").
_GENERIC_BODIES = frozenset(
    """部会 分科会 小委員会 委員会 監査等委員会 監査役会 取締役会 指名委員会 報酬委員会 株主総会
    市議会 県議会 区議会 町議会 村議会 都議会 府議会 道議会 市区町村 政令市 中核市 道県 都県 府県 隣県 各都道府県
    ファンド 投資ファンド""".split()
)
# A role or a description written in front of a name ("同ファンドの無限責任組合員ガバナンス・パートナーズ",
# "イーロン・マスク氏のAIスタートアップxAI"): the name is what follows it.
# What a company is, written before its Latin name with no particle ("米AIスタートアップxAI", "新興企業Acme"), goes
# with whatever stands before it; a katakana word after it may be the name's own ("スタートアップエコシステム協会").
_ROLE_BEFORE = re.compile(
    r"^(?:(?:無限責任組合員|有限責任組合員|業務執行組合員|割当先|引受先)(?=[A-Za-z\u30a1-\u30fa\u4e00-\u9fff])"
    r"|.*?(?:スタートアップ|ベンチャー企業|新興企業|新会社)(?=[A-Za-z])"
    # A kind of firm in katakana before a name in kanji ("シンクタンク長崎経済研究所"), and a headline's share before
    # the name it runs into ("7割長崎新聞", "3割帝国データバンク").
    r"|(?:シンクタンク|ベンチャーキャピタル|コンサルティングファーム)(?=[\u4e00-\u9fff])"
    r"|[0-9]+(?:\.[0-9]+)?(?:割|%)(?=[\u30a1-\u30fa\u4e00-\u9fff]))"
)
_LATIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 &.\-]*$")
# A legal form or an ending on its own is what is left when the name before it was not read ("HK inno.N
# Corporation").
_ENDING_ALONE = frozenset(
    """Corporation Corp Company Inc Holdings Group Capital Partners Ventures Fund Bank Energy Technologies Labs
    Institute Foundation University Agency Ministry Association Council National""".split()
)
# A word in capitals before a name in capitals: both are words of one name ("SUN ORGANIC FARM株式会社"); not a
# word that ends a sentence ("… and SINGAUTO. UOB was …").
_CAPITALS_BEFORE = re.compile(r"(?<![A-Za-z0-9.&])[A-Z][A-Z0-9.&]*[A-Z0-9&] $")
_LETTER = re.compile(r"[A-Za-z0-9]")


# An officer's title run into the company's name after it ("合同会社X社長の…"): the name is what precedes it.
_OFFICER_AFTER = re.compile(r"(?<=..)(?:代表取締役社長|代表取締役|代表社員|副社長|社長|会長|理事長|頭取|様)$")
# A person by an honorific ("ロス・フビニ氏") or an officer's title alone ("CEO"): no organisation.
_PERSON = re.compile(r"(?:氏|さん|君)$|^(?:C[A-Z]{1,2}O|CAIO|CISO|President|Chairman)$")


def strip_role(name: str) -> str:
    """The name without a role or description written in front of it, nor an officer's title or an honorific run
    into it after."""
    return _OFFICER_AFTER.sub("", _ROLE_BEFORE.sub("", name))


def is_not_a_name(name: str) -> bool:
    """A date, an event, a document or a kind of body, which no pattern should keep as a name."""
    return (
        name in _GENERIC_BODIES
        or _NUMBERED.match(name) is not None
        or _NOT_NAME_ENDING.search(name) is not None
        or _PERSON.search(name) is not None
    )


def _whole_word_spans(name: str, text: str) -> list[tuple[int, int]]:
    spans = []
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if (start == 0 or not _LETTER.match(text[start - 1])) and (end == len(text) or not _LETTER.match(text[end])):
            spans.append((start, end))
        start = text.find(name, start + 1)
    return spans


def pieces_of_longer_names(names: list[str], text: str) -> set[str]:
    """The Latin names that ``text`` gives only as pieces of longer ones: inside another name found
    ("Tensor Energy" → "Energy", "University of Washington" → "Washington"), after a word in capitals when they
    are in capitals ("SUN ORGANIC FARM" → "FARM"), or a legal form or ending alone ("Corporation")."""
    pieces = set()
    for name in names:
        if not _LATIN_NAME.match(name):
            continue
        if name in _ENDING_ALONE:
            pieces.add(name)
            continue
        spans = _whole_word_spans(name, text)
        if not spans:
            continue
        longer = [
            span
            for other in names
            if other != name and len(other) > len(name) and name in other
            for span in _whole_word_spans(other, text)
        ]
        capitals = name.isupper() and all(
            _CAPITALS_BEFORE.search(text, max(0, start - 30), start) for start, _ in spans
        )
        inside = all(any(begin <= start and end <= finish for begin, finish in longer) for start, end in spans)
        if capitals or inside:
            pieces.add(name)
    return pieces
