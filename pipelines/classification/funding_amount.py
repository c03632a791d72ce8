"""The amount of this round: the first amount tied to the raising that is not a total to date, a valuation, a fund's
size or spending, with its qualifier and its yen conversion."""

from __future__ import annotations

import re
from decimal import Decimal

from pipelines.classification.funding_rules import FULL_STOP, FundingRules, sentence_bounds
from pipelines.classification.funding_stage import stages_named
from pipelines.classification.money import Money, find_money

# A funding amount below this many yen is a price or a fee, not a round.
MINIMUM_ROUND_YEN = 1_000_000
# A clause ends at punctuation, and at a conjunction that opens another ("wants to raise $500 million even though
# its revenue is …": the revenue is not that amount's).
_CLAUSE_END = re.compile(rf"[。!?;,、(]|{FULL_STOP}|\s(?:even though|although|though|whereas|while|because)\s")
# An amount tied by grammar to the raising: "10億円を調達", "総額12億円の資金調達", "30億円を出資", "上限30億円の助成",
# "$25 million Series B", "$8M seed round", "20 million dollars in funding".
_LINKED_AFTER = re.compile(
    r"(?:\)?\s?|\([^)]{0,24}\)\s?)(?:を|の|で|に上る|にのぼる|规模の|規模の)?\s?(?:資金|第三者割当)?"
    r"(?:調達|出資|投資(?!計画|額)|増資|融資|借入|借り入れ|助成|補助|交付|エクステンション|ファイナンス|シリーズ|ラウンド|シード"
    r"|(?:in\s)?(?:new\s)?(?:funding|financing|investment|equity|seed|series|pre-series|round|debt|venture debt|grant))"
)
# The bottom of a range before an amount: "10億〜", "10~", "$10-", "$10 million to ", "between 10 and ".
_RANGE_BEFORE = re.compile(
    r"\d(?:兆|億|千万|百万|万|\s?(?:million|billion|m|bn))?(?:円|ドル)?\s?(?:〜|~|-|–|to|and)\s?(?:us\$|[$¥€£])?$"
)
# A label that says what the amount is: "調達額は8億円", "調達金額:5億円", "Amount: $12 million", "Total raised: $12M",
# "発行価額の総額は3億円".
_AMOUNT_LABEL = re.compile(
    r"(?:調達|出資|増資|助成|補助|交付)(?:見込|予定)?(?:金額|額|総額)(?:は|:)\s?(?:約|総額|最大|上限)?$"
    # a filing's offering and a warrant's proceeds if exercised: "募集金額は14億円", "調達見込額は27億円"
    r"|募集(?:金額|総額|額)の?(?:総額)?(?:は|:)\s?(?:約)?$"
    # the proceeds a filing states: "差引手取概算額は18億円", "調達する資金の額は約18億円"
    r"|(?:差引)?手取(?:り)?(?:概算)?額(?:の合計)?(?:は|:)\s?(?:約)?$|調達する資金の(?:総)?額(?:は|:)\s?(?:約)?$"
    # a filing's issue of new shares: "発行価額の総額は約500万米ドル", "払込金額の総額:3億円"
    r"|(?:発行価額|払込金額|発行価格)の?総額(?:は|:)\s?(?:約)?$|発行総額(?:は|:)\s?(?:約)?$"
    r"|\b(?:amount|amount raised|total raised|round size|funding)\s?:\s?(?:approximately |about |approx\. )?$"
)
# What follows an amount from here on names who paid it, not what the amount is.
_FROM_SOMEONE = re.compile(r"\b(?:from|by|led|with)\b|から|より")


# An amount that names a company's value: "backs $2.5 billion AI startup", "a $1 billion robotics company".
_VALUED_COMPANY_AFTER = re.compile(
    r"\s(?:(?!(?:to|for|in|into|from|of|on|as|at|by|with|round|seed|series)\b)[a-z-]+\s){0,2}"
    r"(?:startup|start-up|company|firm|unicorn|developer|maker|upstart)\b"
)
# "worth" after a noun of money is that money's amount, not a company's value: "a subsidy worth up to ¥500 million".
_MONEY_NOUN_WORTH = re.compile(
    r"\b(?:subsid(?:y|ies)|grants?|loans?|round|deal|investment|funding|financing|package|facility|tranche)\s"
    r"worth\s(?:up to\s|about\s|around\s|nearly\s|some\s|roughly\s)?$"
)
# "a month after X raised $500 million", "two years after raising $8M", "since it closed a $5M": a raising some time
# before this one (a bare "after raising $40M" may be this round: "Tsubame to hire 50 after raising $40M").
_AFTER_EARLIER_RAISE = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?)\s(?:after|since)|since)\s(?:(?:[\w.'’&-]+\s){0,3}?"
    r"(?:raised|raising|closed|closing|secured|securing)\s)?(?:a\s|an\s|its\s|their\s|about\s|some\s)?$"
    # "The round follows a $15 million Series A", "comes on the heels of its $8M seed"
    r"|\b(?:follows|followed|comes after|came after|on the heels of)\s(?:a|an|its|their|the)\s$"
)
# "raised $X", "secures a ¥3bn", "closes its $40 million", "received a $5 million": an English verb before the amount.
_LINKED_BEFORE = re.compile(
    r"(?:raises|raised|raising|raise|secures|secured|securing|secure|closes|closed|closing|lands|landed|land|bags|bagged"
    r"|nabs|nabbed|gets|got|get|receives|received|receive|receiving|attracts|attracted|attract|invests|invested|invest"
    r"|investing|injects|injected|pumps|awarded|granted|wins|won"
    r"|committed|commits|commit|committing|pledged|pledges|pledge)"
    r"(?:\s(?:a|an|its|their|the|about|around|nearly|some|roughly|approximately|up to|as much as|over|more than"
    r"|another|fresh|new|additional|total of|a total of|at least))*\s?$"
    # The round named before its amount: "a new financing round of more than 1.1 billion yuan", "a seed round of
    # $4M", "a raise of ¥500 million"; and a fund or round closed at it: "closed its second fund at 77 billion yen".
    r"|\b(?:round|funding|financing|raise|tranche)\sof"
    r"(?:\s(?:about|around|nearly|some|roughly|approximately|up to|as much as|over|more than|at least))*\s?$"
    r"|\b(?:closed|closes|closing)\s(?:its|a|the|their)\s(?:[\w-]+\s){0,2}?(?:fund|round|financing)\sat"
    r"(?:\s(?:about|around|nearly|some|roughly|approximately|over|more than))*\s?$"
)

# Words after an amount that make it a total to date.
_TOTAL_AFTER = frozenset(
    {"to date", "so far", "since its founding", "since founding", "since inception"}
    | {"since its inception", "since its launch"}
)
# "$350 million since 2024", "¥5 billion since early 2023": a total over the years.
_SINCE_A_YEAR = re.compile(r"\s(?:in total\s|in all\s)?since\s(?:early\s|late\s|mid-)?(?:19|20)\d{2}\b")

# The warrants' own price where the text says they are exercised for more: "新株予約権の発行価額の総額は1500万円"
# beside "行使された場合の調達額は18億円" is not the money raised.
_WARRANT_PRICE = re.compile(
    r"新株予約権(?:そのもの)?の(?:発行価額|払込金額|払込総額|発行価格)(?:の総額)?(?:は|:)\s?(?:約)?$"
)
# A lender's verb with its borrower between it and the amount: "banks intend to lend Tsubame Corp. up to ¥2 trillion",
# "agreed to lend the company $50 million".
_LENDING_BEFORE = re.compile(
    r"\b(?:lend|lends|lending|lent)\s(?:[\w.&'’-]+\s){0,4}?"
    r"(?:(?:a|an|about|around|nearly|some|roughly|approximately|up to|as much as|over|more than|another"
    r"|additional)\s)*$"
)


def round_amount(
    rules: FundingRules, folded: str, title_length: int, reasons: list[str]
) -> tuple[Money | None, str | None, int | None]:
    """The amount raised in this round: the first one that is not a total to date, a valuation or spending."""
    candidates: list[tuple[int, Money, str | None, int]] = []
    totals: set[tuple[Decimal, str]] = set()  # the body's amounts that are totals to date, valuations and the like
    found = find_money(folded)
    headline_stages = stages_named(rules, folded[:title_length])
    for index, money in enumerate(found):
        if index and _converts(folded, found[index - 1], money):
            continue  # "40億ドル(約5970億円)": the yen figure is the foreign amount's conversion
        yen = money.in_yen(rules.yen_per_unit)
        if yen is not None and yen < MINIMUM_ROUND_YEN:
            continue
        sentence_start, sentence_end = sentence_bounds(folded, money.start)
        # A word before an earlier amount is about that amount: "企業価値1000億円の評価で50億円を調達".
        previous_end = found[index - 1].end if index else 0
        before = folded[max(sentence_start, money.start - 30, previous_end) : money.start]
        before = re.split(r"[,、;]\s?", before)[-1] if before.rstrip(" ,、") else before  # its own clause only
        after_match = _CLAUSE_END.search(folded, money.end, sentence_end)
        after = folded[money.end : min(money.end + 26, after_match.start() if after_match else sentence_end)]
        sentence_stages = stages_named(rules, folded[sentence_start:sentence_end])
        if (
            money.start >= title_length
            and headline_stages
            and sentence_stages
            and not headline_stages & sentence_stages
        ):
            # "X raises Series B" … "The company raised $10 million in its Series A in 2024.": another round's amount
            reasons.append(f"funding:ignored {folded[money.start : money.end]} (another round)")
            continue
        own_stages = stages_named(rules, after[:16]) if money.start >= title_length and headline_stages else set()
        if own_stages and not own_stages & headline_stages:
            # "X raises Series B" … "which follows its $15 million seed round": the amount names its own stage
            reasons.append(f"funding:ignored {folded[money.start : money.end]} (another round)")
            continue
        # "$300 million fund", "200億円規模のファンド": a fund's size; not "$5 million from its fund".
        after_own = _FROM_SOMEONE.split(after)[0]
        # A word right before the next amount is that one's: "10億円の資金調達 累計30億円に" (the space is gone).
        next_starts = [other.start - money.end for other in found[index + 1 :]]
        excluded = next(
            iter(
                [*rules.not_this_round.find(before)][-1:]
                or [
                    hit
                    for hit in rules.not_this_round.find(after)
                    if not any(0 <= start - hit.end <= 6 for start in next_starts)
                ]
                or rules.not_this_round_after.find(after_own)
            ),
            None,
        )
        if excluded is not None and excluded.term == "worth" and _MONEY_NOUN_WORTH.search(before):
            excluded = None  # "a subsidy worth up to ¥500 million", "a round worth $50 million": its amount
        if excluded is not None:
            reasons.append(f"funding:ignored {folded[money.start : money.end]} ({excluded.term})")
            if money.start >= title_length and excluded.term in _TOTAL_AFTER:
                totals.add((money.amount, money.currency))
            continue
        since = _SINCE_A_YEAR.match(after) if "since" in after else None
        if since is not None and money.start >= title_length:
            # "has raised a total of US$350 million since 2024": a total over the years, not this round
            reasons.append(f"funding:ignored {folded[money.start : money.end]} ({since.group(0).strip()})")
            totals.add((money.amount, money.currency))
            continue
        valued = _VALUED_COMPANY_AFTER.match(after) if money.currency != "JPY" or after[:1] == " " else None
        if valued is not None:
            reasons.append(f"funding:ignored {folded[money.start : money.end]} (a company's value: {valued.group(0)})")
            continue
        head = folded[max(sentence_start, previous_end, money.start - 60) : money.start]
        earlier = (
            _AFTER_EARLIER_RAISE.search(head)
            if "after" in head or "since" in head or "follow" in head or "heels" in head
            else None
        )
        if earlier is not None:
            reasons.append(
                f"funding:ignored {folded[money.start : money.end]} ({earlier.group(0).strip()}: an earlier raise)"
            )
            continue
        qualifier = None
        written_from = money.start
        tail = before[-16:]  # "approximately ", "a total of "
        for hit in rules.qualifiers.find(tail):
            if hit.end >= len(tail) - 3:
                qualifier = qualifier if qualifier in ("up_to", "total") else hit.payloads[0]
                written_from = min(written_from, money.start - len(tail) + hit.start)
        if qualifier is None and re.match(r"\s(?:in total|in all)\b", after):
            qualifier = "total"  # "$50 million in total"
        if qualifier is None and re.match(r"(?:を|が)上限", after):
            qualifier = "up_to"  # "5億円を上限に補助", "5億円を上限とする"
        sentence = folded[sentence_start:sentence_end]
        ranged = _RANGE_BEFORE.search(before) is not None
        if ranged:
            qualifier = "up_to"  # "10億〜15億円", "$10-15 million": the range's top, and an exact amount goes first
        warrant_price = "新株予約権" in head and "行使" in folded and _WARRANT_PRICE.search(head) is not None
        linked = not ranged and (
            (_AMOUNT_LABEL.search(before) is not None and not warrant_price)
            or ("lend" in head and _LENDING_BEFORE.search(head) is not None)
            or _LINKED_AFTER.match(folded, money.end) is not None
            or _LINKED_BEFORE.search(before) is not None
            or any(
                hit.end >= len(before) - 4 for hit in rules.rounds.find(before)
            )  # "シリーズBエクステンションで18億円"
        )
        raising = linked or any(rules.raise_verbs.find(sentence))
        in_title = money.start < title_length
        rank = (0 if in_title and not ranged else 3) + (0 if linked else 1 if raising else 2)
        candidates.append((rank, money, qualifier, written_from))
    # An amount in the body whose sentence says nothing of raising is not the round's: a market size, a fund's
    # size, spending ("100億円を投じて"), share capital. It may still be the body's form of a headline's amount.
    chosen = [candidate for candidate in candidates if candidate[0] < 5]
    if totals:
        # "Acrab raises US$350M" over "has raised a total of US$350 million since 2024": the headline's amount is the
        # body's total to date, unless the body also gives it as this round's
        body_amounts = {(money.amount, money.currency) for _, money, _, _ in chosen if money.start >= title_length}
        for candidate in [c for c in chosen if c[1].start < title_length]:
            key = (candidate[1].amount, candidate[1].currency)
            if key in totals and key not in body_amounts:
                reasons.append(f"funding:ignored {folded[candidate[1].start : candidate[1].end]} (the body's total)")
                chosen.remove(candidate)
    for rank, money, _, _ in candidates:
        if rank == 5:
            reasons.append(f"funding:ignored {folded[money.start : money.end]} (no raising in its sentence)")
    if not chosen:
        return None, None, None
    rank, money, qualifier, written_from = min(chosen, key=lambda candidate: (candidate[0], candidate[1].start))
    if qualifier != "total":
        # "35億円の増資に融資を加え、総額45億円を調達": the parts of a round give way to its total in the same sentence.
        bounds = sentence_bounds(folded, money.start)
        for other_rank, other, other_qualifier, other_from in candidates:
            if (
                other_qualifier == "total"
                and other_rank // 3 == rank // 3
                # "総額45億円を調達", not "シリーズAの調達総額は10億円となった"
                and _LINKED_AFTER.match(folded, other.end) is not None
                and sentence_bounds(folded, other.start) == bounds
                and (other.in_yen(rules.yen_per_unit) or 0) > (money.in_yen(rules.yen_per_unit) or 0)
            ):
                rank, money, qualifier, written_from = other_rank, other, other_qualifier, other_from
                break
    if money.start < title_length and qualifier is None:
        # "ツバメ、30億円調達" / "…から総額30億円のデットファイナンス": the body qualifies the headline's amount.
        qualifier = next(
            (
                other_qualifier
                for _, other, other_qualifier, _ in candidates
                if other.start >= title_length
                and (other.amount, other.currency) == (money.amount, money.currency)
                and other_qualifier
            ),
            None,
        )
    if money.start < title_length:
        # A headline converts ("オープンAIに6000億円", "X raises $8M"); the body gives the amount as raised, in its
        # currency, with the conversion beside it ("40億ドル(約5970億円)", "JPY 1.2 billion (about $8 million)").
        for _, other, other_qualifier, other_from in candidates:
            paired = _bracketed(folded, other)
            if (
                other.start >= title_length
                and paired is not None
                and paired.currency == money.currency
                and abs(paired.amount - money.amount) <= money.amount * Decimal("0.05")
            ):
                return other, other_qualifier, other_from
    if money.start < title_length:
        # A headline rounds ("$30m"); the body may give the same amount exactly ("USD 30.3m").
        for _, other, other_qualifier, other_from in candidates:
            if (
                other.start >= title_length
                and other.currency == money.currency
                and other.amount != money.amount
                and abs(other.amount - money.amount) <= money.amount * Decimal("0.05")
                and _significant_digits(other.amount) > _significant_digits(money.amount)
            ):
                return other, other_qualifier, other_from
    return money, qualifier, written_from


def _significant_digits(amount: Decimal) -> int:
    return len(str(amount.normalize()).replace(".", "").replace("-", "").rstrip("0").lstrip("0")) if amount else 0


# What stands between an amount and its conversion: "$135M (約200億円)", "€18 million, about $21 million,".
_CONVERSION_BETWEEN = re.compile(
    r"\s?\((?:約|about|approx\.|approximately|roughly)?\s?"
    r"|,\s(?:or\s)?(?:about|approx\.|approximately|roughly|around|some|nearly|or)\s"
)


def _converts(folded: str, foreign: Money, money: Money) -> bool:
    """Whether ``money`` is the conversion written right after an amount in another currency: in brackets, or after
    a comma and "about"."""
    return (
        foreign.currency != money.currency
        and _CONVERSION_BETWEEN.fullmatch(folded, foreign.end, money.start) is not None
    )


def paired_yen(folded: str, money: Money) -> int | None:
    """The yen figure written next to a foreign amount, as in "$135M (約200億円)" or "1億ドル(約150億円)"."""
    paired = _bracketed(folded, money)
    return int(paired.amount) if paired is not None and paired.currency == "JPY" and money.currency != "JPY" else None


def _bracketed(folded: str, money: Money) -> Money | None:
    """The conversion written right after an amount: "JPY 1.2 billion (about $8 million)", "€18 million, about $21
    million"."""
    following = folded[money.end : money.end + 40]
    if not following.lstrip().startswith(("(", ",")):
        return None
    for paired in find_money(following):
        if paired.currency != money.currency and _CONVERSION_BETWEEN.fullmatch(following, 0, paired.start):
            return paired
    return None
