"""Funding words the lexicon cannot hold: a company getting an amount, an investor putting money into a company, a
loan; and whether the first sentence speaks of raising money."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.classification.funding_rules import FULL_STOP, FundingRules, OrganisationHit
from pipelines.classification.money import find_money

# Money a company gets: "gets $5 million from X", "received a ¥300 million grant".
_RECEIVING = re.compile(
    r"(?<![a-z])(?P<verb>gets|got|receives|received|wins|won|attracts|attracted|draws|drew)\s(?:a\s|an\s|over\s|nearly\s)?"
    r"(?:us\$|[$¥€£]|\d[\d.,]*\s?(?:million|billion|trillion|tn|t\.?\s|m|bn|万|億|兆))"
)
# An investor's announcement: "X invests in Y", "X backs Tokyo startup Y", "X bets $10M on Y", "XがYに30億円を出資",
# "Yへの投資".
_INVESTING_EN = re.compile(
    r"(?<![-\w])(?P<verb>(?i:invests|invested|investing|invest|backs|backed|backing|bets|pours|pumps|injects|puts|putting))\b"
    r"(?! by)"
    r"(?:[^.;。]|\.(?=\d)){0,50}?"
    r"(?:\b(?:in|into|on)\s(?!(?:Japan|Tokyo|Osaka|Japanese|AI|Asia|Europe|India|China|The|US|U\.S\.|Its|Their)(?![\w-]))[A-Z][\w.&'’-]*"
    r"|\b(?i:startup|start-up|company|firm|developer|maker)\b)"
)


# A lender's announcement: "Acme Bank lends ¥2 billion to Tsubame", "will lend $50 million to Kamome Corp." (not
# "lends itself to", "lent support to").
_LENDING_EN = re.compile(
    r"(?<![-\w])(?P<verb>lends|lent|to lend|will lend)\s(?:[^.;。]|\.(?=\d)){0,40}?"
    r"(?:[$¥€£]|\d[\d.,]*\s?(?:million|billion|trillion|m|bn|yen))(?:[^.;。]|\.(?=\d)){0,30}?\bto\s"
    r"(?!(?:Japan|Tokyo|Osaka|Japanese|AI|Asia|Europe|India|China|The|US|U\.S\.|Its|Their)(?![\w-]))[A-Z]"
)
# A borrower's headline: "Tsubame secures loans for GPU cluster", "Kamome obtains ¥3 billion loan from Acme Bank",
# "X takes out $50 million loan"; and a lender's: "Acme Bank extends ¥5 billion loan to Tsubame", "provides loan to Y".
_LOAN_WORDS = (
    r"(?:bank\s|syndicated\s|term\s|green\s|bridge\s|new\s|fresh\s|additional\s|venture\s)*"
    r"(?:loans?|credit\sfacility|credit\sline)\b"
)
_LOAN_AMOUNT = (
    r"(?:(?:a|an|about|around|nearly|some|up\sto)\s)?"
    r"(?:(?:us\$|[$¥€£])?[\d.,]+\s?(?:million|billion|trillion|mn|bn|m|b|t|億円|万円|yen)?\s)?"
)
_BORROWING_EN = re.compile(
    r"(?<![-\w])(?P<verb>secures|secured|obtains|obtained|gets|got|receives|received|wins|won|lands|landed|takes\sout"
    r"|took\sout|signs|signed|closes|closed|arranges|arranged)\s" + _LOAN_AMOUNT + _LOAN_WORDS
)
_LENDING_LOAN_EN = re.compile(
    r"(?<![-\w])(?P<verb>extends|extended|provides|provided|grants|granted|offers|offered|approves|approved)\s"
    + _LOAN_AMOUNT
    + _LOAN_WORDS
    + r"\sto\s(?!(?:Japan|Tokyo|Osaka|Japanese|AI|Asia|Europe|India|China|The|US|U\.S\.|Its|Their)(?![\w-]))[A-Z]"
)
_OBJECT_END = re.compile(r"[.;,。、]|\s(?:and|to|for|with|as|by|over|in)\s")
# What "invest in" names when its object is a company: "to invest in Hokkaido rocket maker Y", "in startup Y".
_COMPANY_WORD = re.compile(r"(?i:\b(?:startup|start-up|company|firm|developer|maker)\b)")


def _invests_in_a_company(match: re.Match[str], organisations: Sequence[OrganisationHit]) -> bool:
    """Whether the bare verb "invest" ("X to invest in Y", "will invest $10M in Y") has a company as its object: a
    word that says so, or a watch-list organisation, right after its "in"."""
    text = match.string
    place = text.rfind(" in", match.start(), match.end())
    place = text.rfind(" into", match.start(), match.end()) if place < 0 else place
    if place < 0:
        return _COMPANY_WORD.search(text, match.start(), match.end()) is not None
    after = place + (5 if text.startswith(" into", place) else 3) + 1
    object_end = _OBJECT_END.search(text, after, after + 40)  # the object's own words, not the next sentence's
    limit = object_end.start() if object_end else after + 40
    return _COMPANY_WORD.search(text, after, limit) is not None or any(hit.start == after for hit in organisations)


_INVESTING_JA = re.compile(
    r"(?:に|へ)の?(?:対し|対して|対する)?(?:[^、。]{0,20}?(?:を|の))?(?:追加|新たに)?(?P<verb>出資|投資)"
    r"(?!家|信託|計画|額|先|事業|方針|枠|ファンド)"
)
_COMPANY_BEFORE = re.compile(r"(?:」|\)|株式会社[^、。]{1,20}|社|スタートアップ|新興|ベンチャー|startup)$")
# What an investor puts money into that is no company: "データセンター事業に", "AI分野へ", "新工場に".
_NOT_A_COMPANY_BEFORE = re.compile(
    r"(?:事業|分野|領域|市場|施設|センター|設備|工場|インフラ|プロジェクト|開発|研究)(?:に|へ)$"
)
# A headline whose subject is an investor by its name's ending ("アルファ応援ファンド、倉敷市のYに5000万円を投資"):
# what such a subject puts money into is a company, not a place or a field.
_INVESTOR_HEADLINE_SUBJECT = re.compile(
    r"^(?:【[^】]*】)?[^、。はが「」]{1,30}(?:ファンド|キャピタル|ベンチャーズ|パートナーズ|インベストメント|投資事業有限責任組合"
    r"|capital|ventures|partners)(?:、|は|が)"
)


# A headline's company receiving an investment from someone: "Promise、グーグルのファンドから戦略的投資",
# "ツバメ、アルファから出資を受け入れ"; not "海外からの投資を呼び込む" (a place's inflow of investment).
_INVESTMENT_FROM_JA = re.compile(
    r"(?:から|より)の?(?:戦略的|追加|新たな|新規|資本)?(?P<verb>投資|出資)(?:を(?:受け|獲得|受入|受け入れ)|$|\s|。)"
)


# An English headline whose subjects are investors by their names' ending, backing or funding a named company:
# "Heron Ventures, Kite Capital back Tsubame", "Osprey Partners funds Kamome"; not a place ("fund Tokyo startups").
_INVESTOR_BACKS_EN = re.compile(
    r"^[^.;:!?]{0,80}?\b(?:Ventures|Capital|Partners|Investments?|VC|Fund|Holdings)['’]?\s(?P<verb>back|backs|fund|funds)\s"
    r"(?!(?:Japan|Tokyo|Osaka|Japanese|AI|Asia|Europe|India|China|The|US|U\.S\.|Its|Their)(?![\w-]))[A-Z]"
)


def investment_signals(
    document: str, folded: str, title_length: int, organisations: Sequence[OrganisationHit]
) -> list[tuple[str, bool]]:
    """Funding words the lexicon cannot hold: a company getting an amount, an investor putting money into a company.

    An investment into a place or a field ("invest $2.9 billion in Japan", "データセンターに1兆円を投資") is not one.
    """
    signals = [(match.group("verb"), match.start() < title_length) for match in _RECEIVING.finditer(folded)]
    for match in _INVESTING_EN.finditer(document):
        if match.group("verb").lower() == "invest" and not _invests_in_a_company(match, organisations):
            continue  # "to invest in R&D", "will invest in Hokkaido data centres": spending, not a round
        signals.append((match.group("verb").lower(), match.start() < title_length))
    if "lend" in document or "lent" in document:
        signals += [("lends", match.start() < title_length) for match in _LENDING_EN.finditer(document)]
    if "loan" in folded[:title_length] or "credit" in folded[:title_length]:
        # a loan a company gets or a lender gives, named in the headline, with or without its amount
        for match in _BORROWING_EN.finditer(folded, 0, title_length):
            signals.append((match.group("verb") + " loan", True))
        for match in _LENDING_LOAN_EN.finditer(document, 0, title_length):
            signals.append((match.group("verb").lower() + " loan", True))
    for match in _INVESTING_JA.finditer(folded):
        company = (
            _COMPANY_BEFORE.search(folded, max(match.start() - 24, 0), match.start())
            or any(
                0 <= match.start() - hit.end <= 1 and hit.organisation.sector not in ("ministry",)
                for hit in organisations
            )
            or (
                match.start() < title_length
                and _INVESTOR_HEADLINE_SUBJECT.match(folded) is not None
                and not _NOT_A_COMPANY_BEFORE.search(folded, max(match.start() - 12, 0), match.start() + 1)
            )
        )
        if company:
            signals.append((match.group("verb"), match.start() < title_length))
    received = _INVESTMENT_FROM_JA.search(folded, 0, title_length)
    if received is not None:
        signals.append((received.group("verb"), True))
    backing = _INVESTOR_BACKS_EN.match(document, 0, title_length)
    if backing is not None:
        signals.append((backing.group("verb").lower(), True))
    raised = _headline_amount_raised(folded, title_length)
    if raised:
        signals.append((raised, True))
    return signals


# "50億円を調達", "raised ¥5 billion": raising, not spending (投資, invest).
_RAISED_AFTER = re.compile(r"\s?(?:を|の)?(?:資金)?(?P<verb>調達|出資を受け|増資|融資を受け|借入)")
_RAISED_BEFORE = re.compile(r"(?P<verb>raised|raises|secured|secures|closed|closes)\s(?:a\s|an\s|about\s|some\s)?$")


def _headline_amount_raised(folded: str, title_length: int) -> str | None:
    """The raising word when the first sentence says the headline's amount was raised.

    "ツバメ、Xなどから50億円" / "ツバメは50億円を調達した" is a round though the headline has no funding word.
    """
    in_title = {money.amount for money in find_money(folded[:title_length])}
    if not in_title:
        return None
    start = title_length + 1
    end = _LEDE_END.search(folded, start)
    for money in find_money(folded[start : end.start() if end else len(folded)]):
        if money.amount not in in_title:
            continue
        raising = _RAISED_AFTER.match(folded, start + money.end) or _RAISED_BEFORE.search(
            folded, max(start, start + money.start - 20), start + money.start
        )
        if raising is not None:
            return raising["verb"]
    return None


# The end of a first sentence; "Kestrel AI Inc. raised" and "U.S. investors" go on.
_LEDE_END = re.compile(rf"[。!?;]|{FULL_STOP}")


def announced_in_lede(rules: FundingRules, folded: str, title_length: int) -> bool:
    """Whether the first sentence of the text speaks of raising money (a raising word, a round, an amount).

    A round that is news is told at once; one named only further down ("The startup, founded in 2023, has raised
    some ¥30 billion") is background to another story.
    """
    start = title_length + 1
    end = _LEDE_END.search(folded, start)
    lede = folded[start : end.start() if end else len(folded)]
    return any(rules.raise_verbs.find(lede)) or any(rules.rounds.find(lede)) or bool(find_money(lede))
