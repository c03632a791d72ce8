"""Japanese organisations an item names that are no party to its story, and so tie it to Japan no more: a news
outlet named only as the source of a report, and one backer among many of a foreign company's round."""

from __future__ import annotations

import re
from functools import lru_cache

from common.folding import fold_term
from config.watchlist import Organisation

# Where a name is given as the source of a report, not as a party to the story (folded text): "according to X",
# "a report carried by the X", "reported by X", "told X", "X reported", "Xによると", "Xが報じた", "Xが伝えた".
CITATION_WORDS = ("according to", "report", "carried by", "told", "によると", "報じ", "伝え", "報道")
# What names a news outlet, in one of its names: only an outlet is cited so ("NTTによると" is NTT speaking).
_MEDIA_WORDS = (
    "新聞", "通信社", "共同通信", "時事通信", "放送", "テレビ", "タイムズ", "times", "news", "shimbun", "broadcasting",
)  # fmt: skip
_CITED_BEFORE = re.compile(r"(?:according to|carried by|reported by|report by|cited by|told|published by)\s(?:the\s)?$")
_CITED_AFTER = re.compile(
    r"(?:(?:\s[\w-]+){0,2}?\s(?:reported|reports|has reported|had reported|said in a report)\b"
    r"|によると|が報じ|は報じ|が伝え|の報道)"
)  # "NHK World-Japan reported", "Kyodo news agency reported"
# A backer of a round among others: the words of money put in, of leading a round, and of a list around a name.
_BACKING_WORDS = (
    "raise", "round", "investor", "put in", "invest", "funding", "financing", "credit", "loan",
    "融資", "出資", "調達", "引受", "増資", "投資",
)  # fmt: skip
_LEAD_WORDS = ("led ", "lead", "co-led", "リード", "主導")
_LIST_BEFORE = re.compile(r"(?:,\s|、|や|\sand\s)$")
_LIST_AFTER = re.compile(r"(?:,|、|や|など|\sand\s)")
# An amount of money as news prints it (folded): "410億ドル", "64億5000万円", "$1.2 billion", "€900m", "¥30 billion".
_AMOUNT = re.compile(
    r"\d[\d,.]*(?:兆|億|万|千)?(?:[\d,.]+(?:万|千))?(?:円|ドル|ユーロ|ポンド|元|ウォン)"
    r"|(?:us\$|[$¥€£₹])\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|bn|m)\b)?"
)
# What makes an amount no round of its own: a company's worth or a sum over time ("at a $60 billion valuation",
# "評価額3000億ドル", "累計20億ドル").
_NOT_A_ROUND = re.compile(r"valu|worth|評価|価値|累計|cumulative|to date|total")
_BRACKETED = re.compile(r"\([^()]*\)")


def one_backer(organisation: Organisation, folded: str, title_length: int) -> bool:
    """Whether the organisation is named only in the body, each time as one name of a list in a sentence about
    money put in, never leading it: "Khosla Ventures, SoftBank Vision Fund 2 and Y Combinator put in more",
    "三井住友銀行や米JPモルガン・チェースなど9行が融資枠"; or in a sentence that lists several deals, leading one
    of them or not ("OpenAIがソフトバンク主導で410億ドル、Scale AIが140億ドルを得るなど")."""
    spans = _mentions(organisation, folded)
    if not spans or spans[0][0] < title_length:
        return False
    for start, end in spans:
        sentence_begins = sentence_start(folded, start)
        sentence = folded[sentence_begins : sentence_end(folded, end)]
        if _a_partner(folded, sentence_begins, start, end):
            return False  # "partnerships with Ericsson and with NTT Data", "Xと業務提携": a party, not a backer
        leads = any(cue in sentence for cue in _LEAD_WORDS)
        if (leads or any(cue in sentence for cue in _BACKING_WORDS)) and several_rounds(sentence):
            continue  # one deal of a list ("Xが楽天主導で20億ドル、Yが8億ドルを得るなど"), whoever leads it
        if not any(cue in sentence for cue in _BACKING_WORDS) or leads:
            return False
        if not (_LIST_BEFORE.search(folded, max(0, start - 6), start) or _LIST_AFTER.match(folded, end)):
            return False
    return True


# A name given as a partner of the story's company (folded): after a word of partnership in its sentence with no word
# of money between ("partnerships with Ericsson in February and with NTT Data"), or before one ("NTTデータと提携",
# "Xとの協業"). The definition counts a foreign player tied to Japan by a Japanese partner.
_PARTNER_BEFORE = re.compile(r"(?<![a-z])(?:partnerships?|partnering|partnered|alliance|tie-up|teamed up)(?![a-z])")
_PARTNER_AFTER = re.compile(r"との?(?:業務|戦略的|包括的|技術)?(?:提携|協業|連携|パートナーシップ)")


def _a_partner(folded: str, sentence_begins: int, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is given as a partner, not a backer, in its sentence."""
    if _PARTNER_AFTER.match(folded, end):
        return True
    partnerships = list(_PARTNER_BEFORE.finditer(folded, sentence_begins, start))
    if not partnerships:
        return False
    between = folded[partnerships[-1].end() : start]
    return not any(cue in between for cue in _BACKING_WORDS)


def several_rounds(sentence: str) -> bool:
    """Whether a sentence names two amounts or more that are each a round, not a conversion in brackets
    ("$4 billion (about ¥600 billion)") nor a company's worth or a total ("at a $60 billion valuation"): a list of
    deals, as a roundup or a statistic of a field's money gives them ("OpenAI's $40 billion led by SoftBank,
    Scale AI's $14 billion from Meta …")."""
    if "(" in sentence:
        sentence = _BRACKETED.sub(" ", sentence)
    rounds = 0
    for match in _AMOUNT.finditer(sentence):
        around = sentence[max(0, match.start() - 12) : match.end() + 12]
        if not _NOT_A_ROUND.search(around):
            rounds += 1
            if rounds >= 2:
                return True
    return False


def sentence_start(folded: str, position: int) -> int:
    """Where the sentence around ``position`` starts: after the last "。" or ". " before it."""
    return max(folded.rfind("。", 0, position), folded.rfind(". ", 0, position)) + 1


def sentence_end(folded: str, position: int) -> int:
    """Where the sentence around ``position`` ends: at the first "。" or ". " from it, or at the text's end."""
    ends = [end for end in (folded.find("。", position), folded.find(". ", position)) if end != -1]
    return min(ends) if ends else len(folded)


# A sentence that gives a story's background, in wire English: "It also comes as X and Y team up …", "The deal
# follows X's …", "… on the heels of X's round". A name only there is another deal's party, no party to this one.
BACKGROUND_WORDS = ("comes ", "came ", "follows", "followed", "on the heels of")
_BACKGROUND = re.compile(
    r"\b(?:comes|came) (?:as|amid|after|days after|weeks after|a day after|a week after)\b"
    r"|\bfollow(?:s|ed)\b|\bon the heels of\b"
)


def only_in_background(organisation: Organisation, folded: str, title_length: int) -> bool:
    """Whether the organisation is named only in the body, each time in a sentence that gives the story's background
    ("It also comes as OpenAI, Microsoft and Oracle team up with SoftBank Group on …")."""
    spans = _mentions(organisation, folded)
    if not spans or spans[0][0] < title_length:
        return False
    return all(
        _BACKGROUND.search(folded, sentence_start(folded, start), sentence_end(folded, end)) for start, end in spans
    )


# Where a name is only a person's past employer, in English: "a former Sony executive", "ex-Toyota engineer", "who
# spent a decade at Sony", "previously worked at NEC". (Not 元ソニーの or ソニー出身の: a Japanese newsroom writes so
# of the Japanese people of a Japanese story.)
PAST_EMPLOYER_WORDS = ("former", "ex-", "spent", "previously", "worked at")
_PAST_BEFORE = re.compile(
    r"(?:\bformer|\bex-|\bspent (?:a decade|\w+ years|years|\w+ decades?) at|\bpreviously (?:worked|was) at"
    r"|\bworked at)\s?(?:the\s)?$"
)


def only_past_employer(organisation: Organisation, folded: str) -> bool:
    """Whether every place the organisation is named gives it as where a person worked before ("OpenAI hires a
    former Sony executive"): a person's past is no party to the story."""
    spans = _mentions(organisation, folded)
    return bool(spans) and all(_PAST_BEFORE.search(folded, max(0, start - 40), start) for start, _ in spans)


def only_cited(organisation: Organisation, folded: str) -> bool:
    """Whether every place the organisation is named gives it as the source of a report ("according to the
    Nikkei", "in a report carried by the Japan Times", "日経新聞が報じた"): an outlet that reports a story is no
    party to it."""
    spans = _mentions(organisation, folded)
    return bool(spans) and all(
        _CITED_BEFORE.search(folded, max(0, start - 30), start) or _CITED_AFTER.match(folded, end)
        for start, end in spans
    )


def _mentions(organisation: Organisation, folded: str) -> list[tuple[int, int]]:
    """Where the organisation is named, each place once by its longest name there ("Nikkei Asia", not also
    "Nikkei" inside it)."""
    spans = []
    for alias in _folded_aliases(organisation):
        start = folded.find(alias)
        while start != -1:
            spans.append((start, start + len(alias)))
            start = folded.find(alias, start + len(alias))
    spans.sort(key=lambda span: (span[0], -span[1]))
    longest: list[tuple[int, int]] = []
    for span in spans:
        if not longest or span[0] >= longest[-1][1]:
            longest.append(span)
    return longest


@lru_cache(maxsize=4096)
def an_outlet(organisation: Organisation) -> bool:
    """Whether one of the organisation's names says it is a news outlet (新聞, 通信社, Times, News …)."""
    return any(word in alias for alias in _folded_aliases(organisation) for word in _MEDIA_WORDS)


@lru_cache(maxsize=4096)
def _folded_aliases(organisation: Organisation) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            fold_term(alias)
            for alias in (organisation.name, organisation.name_ja, *organisation.aliases, *organisation.context_aliases)
            if alias
        )
    )
