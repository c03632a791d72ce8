"""Funding rounds: the amount of this round, its qualifier, round and instrument; the parties come from ``parties``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from config.watchlist import Organisation
from pipelines.classification.funding_rules import FULL_STOP, FundingRules, OrganisationHit, sentence_bounds
from pipelines.classification.money import Money, find_money
from pipelines.classification.parties import parties

__all__ = ["FundingRules", "OrganisationHit", "extract_funding"]

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
# "up from €5.8 billion after its June 2024 Series B", "前回のシリーズB": a round before this one.
_EARLIER_ROUND = re.compile(
    r"\b(?:(?:after|following|since)\s(?:its|their)|previous|prior|earlier|last)\b(?:[^.;。]|\.(?=\d))*$"
    r"|(?:前回|以前|過去|前年|昨年)の?[^。、]*$"
)
# "a bridge round ahead of its Series B", "before a planned Series C": a round to come, not this one.
_LATER_ROUND = re.compile(
    r"\b(?:ahead of|before|prior to|in preparation for|toward|towards)\s"
    r"(?:(?:its|their|a|an|the|planned|upcoming|next|expected|eventual|larger)\s)*$"
)
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


def extract_funding(
    rules: FundingRules,
    document: str,
    folded: str,
    title_length: int,
    organisations: Sequence[OrganisationHit],
    issuer: Organisation | None,
) -> tuple[dict[str, Any], list[str]]:
    """The round a funding story announces, and the reasons for each part.

    ``document`` is the normalised title and text joined by "。", ``folded``
    its folded form (same offsets); ``organisations`` the watch-list hits in it.
    """
    reasons: list[str] = []
    money, qualifier, written_from = _round_amount(rules, folded, title_length, reasons)
    amount_jpy = None
    as_written = None
    if money is not None:
        as_written = document[written_from : money.end].strip()
        if qualifier:
            reasons.append(f"funding:qualifier={qualifier}")
        amount_jpy = _paired_yen(folded, money) or money.in_yen(rules.yen_per_unit)
        reasons.append(f"funding:amount={as_written}")
    elif any(rules.undisclosed.find(folded)):
        reasons.append("funding:amount undisclosed")
    round_slug = _round(rules, folded, title_length, money)
    if round_slug is None and money is not None and "len" in folded:
        bounds = sentence_bounds(folded, money.start)
        if _LENDER_VERB.search(folded, *bounds) is not None:
            round_slug = "debt"  # "Acme Bank will lend ¥2 billion to Tsubame": the amount is a loan
    instrument = _instrument(rules, folded, round_slug)
    if round_slug == "debt" and instrument is not None and ("equity" in instrument or "convertible" in instrument):
        # "equity and debt", "増資と融資で", "新株予約権の発行と借り入れを組み合わせた": a loan beside shares or
        # warrants is part of the round, not its name; unless the amount's own sentence names only the loan ("banks
        # intend to lend X ¥2 trillion", and shares weighed elsewhere in the text).
        own = _own_instruments(rules, folded, money)
        if "debt" in own and not own & {"equity", "convertible"}:
            instrument = "debt"
        else:
            round_slug = None
    if round_slug:
        reasons.append(f"funding:round={round_slug}")
    if instrument:
        reasons.append(f"funding:instrument={instrument}")
    company, investors, leads = parties(rules, document, folded, organisations, issuer)
    if leads:
        reasons.append("funding:lead=" + ", ".join(leads))
    funding = {
        "company": company,
        "as_written": as_written,
        "amount": _json_number(money.amount) if money else None,
        "currency": money.currency if money else None,
        "amount_jpy": amount_jpy,
        "qualifier": qualifier,
        "round": round_slug,
        "instrument": instrument,
        "investors": investors,
        "lead_investors": leads,
        "undisclosed": money is None,
    }
    return funding, reasons


def _json_number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _round_amount(
    rules: FundingRules, folded: str, title_length: int, reasons: list[str]
) -> tuple[Money | None, str | None, int | None]:
    """The amount raised in this round: the first one that is not a total to date, a valuation or spending."""
    candidates: list[tuple[int, Money, str | None, int]] = []
    totals: set[tuple[Decimal, str]] = set()  # the body's amounts that are totals to date, valuations and the like
    found = find_money(folded)
    headline_stages = _stages(rules, folded[:title_length])
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
        sentence_stages = _stages(rules, folded[sentence_start:sentence_end])
        if (
            money.start >= title_length
            and headline_stages
            and sentence_stages
            and not headline_stages & sentence_stages
        ):
            # "X raises Series B" … "The company raised $10 million in its Series A in 2024.": another round's amount
            reasons.append(f"funding:ignored {folded[money.start : money.end]} (another round)")
            continue
        own_stages = _stages(rules, after[:16]) if money.start >= title_length and headline_stages else set()
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


def _stages(rules: FundingRules, text: str) -> set[str]:
    """The stages a piece of text names (seed, series_a …), not the words any round may have (extension, debt)."""
    return {hit.payloads[0] for hit in _round_hits(rules, text)} - {"extension", "debt", "j_kiss", "angel"}


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")


def _round_hits(rules: FundingRules, text: str) -> list[Any]:
    """The round words of a text, not one that is the tail of a longer katakana word: "シード" in a company's name
    "ジェクシード", "エンジェル" in "ロサンゼルスエンジェルス" are no round."""
    return [
        hit
        for hit in rules.rounds.find(text)
        if not (hit.start and _KATAKANA.match(text, hit.start) and _KATAKANA.match(text, hit.start - 1))
    ]


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


def _paired_yen(folded: str, money: Money) -> int | None:
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


def _round(rules: FundingRules, folded: str, title_length: int, money: Money | None) -> str | None:
    hits = [
        hit
        for hit in _round_hits(rules, folded)
        if not _EARLIER_ROUND.search(folded, max(hit.start - 40, 0), hit.start)
        and not _LATER_ROUND.search(folded, max(hit.start - 40, 0), hit.start)
    ]
    if not hits:
        return None
    in_title = [hit for hit in hits if hit.start < title_length]
    if money is not None:
        start, end = sentence_bounds(folded, money.start)
        near = [hit for hit in hits if start <= hit.start < end]
    else:
        near = []
    chosen = in_title or near or hits
    amounts = [found.start for found in find_money(folded) if money is None or found.amount == money.amount]
    if amounts:
        # "seed-stage investor X led its $12 million Series A": the round named nearest the round's amount
        chosen = sorted(chosen, key=lambda hit: min(abs(hit.start - start) for start in amounts))
    slugs = [hit.payloads[0] for hit in chosen]
    staged = [slug for slug in slugs if slug not in ("extension", "debt", "j_kiss", "angel")]
    extension = "extension" in slugs
    if extension and not staged:
        # "エクステンションラウンドで5億円" in the headline, "シリーズAのエクステンション" in the text.
        staged = [
            hit.payloads[0] for hit in [*near, *hits] if hit.payloads[0] not in ("extension", "debt", "j_kiss", "angel")
        ]
    if staged:
        return f"{staged[0]}_extension" if extension else staged[0]
    for slug in ("j_kiss", "extension", "angel", "debt"):
        if slug in slugs:
            return slug
    return None


def _own_instruments(rules: FundingRules, folded: str, money: Money | None) -> set[str]:
    """The instruments the round amount's own sentence names."""
    if money is None:
        return set()
    start, end = sentence_bounds(folded, money.start)
    return {hit.payloads[0] for hit in rules.instruments.find(folded[start:end])}


def _instrument(rules: FundingRules, folded: str, round_slug: str | None) -> str | None:
    found = {hit.payloads[0] for hit in rules.instruments.find(folded)}
    if round_slug == "j_kiss":
        found.add("convertible")
    if round_slug == "debt":
        found.add("debt")
    ordered = [kind for kind in ("equity", "convertible", "debt") if kind in found]
    return "+".join(ordered) if ordered else None


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
_LENDER_VERB = re.compile(r"\b(?:lends|lent|lend)\b(?!\s(?:itself|its support|support|credibility|weight))")
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
