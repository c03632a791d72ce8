"""Funding rounds: the round a funding story announces, put together from its amount (``funding_amount``), its
round and instrument (``funding_stage``) and its parties (``parties``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from config.watchlist import Organisation
from pipelines.classification.funding_amount import paired_yen, round_amount
from pipelines.classification.funding_rules import FundingRules, OrganisationHit, sentence_bounds
from pipelines.classification.funding_stage import instrument_of, own_instruments, round_of
from pipelines.classification.parties import parties

_LENDER_VERB = re.compile(r"\b(?:lends|lent|lend)\b(?!\s(?:itself|its support|support|credibility|weight))")


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
    money, qualifier, written_from = round_amount(rules, folded, title_length, reasons)
    amount_jpy = None
    as_written = None
    if money is not None:
        as_written = document[written_from : money.end].strip()
        if qualifier:
            reasons.append(f"funding:qualifier={qualifier}")
        amount_jpy = paired_yen(folded, money) or money.in_yen(rules.yen_per_unit)
        reasons.append(f"funding:amount={as_written}")
    elif any(rules.undisclosed.find(folded)):
        reasons.append("funding:amount undisclosed")
    round_slug = round_of(rules, folded, title_length, money)
    if round_slug is None and money is not None and "len" in folded:
        bounds = sentence_bounds(folded, money.start)
        if _LENDER_VERB.search(folded, *bounds) is not None:
            round_slug = "debt"  # "Acme Bank will lend ¥2 billion to Tsubame": the amount is a loan
    instrument = instrument_of(rules, folded, round_slug)
    if round_slug == "debt" and instrument is not None and ("equity" in instrument or "convertible" in instrument):
        # "equity and debt", "増資と融資で", "新株予約権の発行と借り入れを組み合わせた": a loan beside shares or
        # warrants is part of the round, not its name; unless the amount's own sentence names only the loan ("banks
        # intend to lend X ¥2 trillion", and shares weighed elsewhere in the text).
        own = own_instruments(rules, folded, money)
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
