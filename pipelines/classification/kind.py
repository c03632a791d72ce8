"""The kind of an item: paper, funding, policy, press or news, and the round of a funding story.

The source decides first (arXiv is paper), then a government issuer or
policy vocabulary, funding vocabulary backed by an amount or a round, the
issuer's own site or press-release wording, and otherwise news.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pipelines.classification.funding import FundingRules, OrganisationHit, extract_funding
from pipelines.classification.relevance import Evidence
from pipelines.classification.watchlist import Organisation

PAPER_HOSTS = ("arxiv.org", "openreview.net", "aclanthology.org")
POLICY_MINIMUM = 3.0
# "raises $30M", "secured ¥3 billion in a Series D", but not "raises its forecast".
RAISING = re.compile(
    r"(?<![a-z])(?P<verb>raises|raised|raising|secures|secured|lands|landed|bags|closes|closed|nabs)(?![a-z])"
    r"(?=[^.;。]{0,30}?(?:[$¥€£]|\d|funding|round|seed|series|capital|investment))"
)


def decide_kind(
    rules: FundingRules,
    evidence: Mapping[tuple, Evidence],
    hint: str | None,
    source: str,
    host: str,
    issuer: Organisation | None,
    organisations: list[tuple[Organisation, int]],
    document: str,
    folded: str,
    title_length: int,
    organisation_hits: list[OrganisationHit],
    reasons: list[str],
) -> tuple[str, dict[str, Any] | None]:
    """paper, funding, policy, press or news, and the round of a funding story."""
    if hint == "paper" or source == "arxiv" or host.endswith(PAPER_HOSTS):
        reasons.append("kind:paper (source)")
        return "paper", None
    funding_terms = evidence[("kind", "funding")]
    for match in RAISING.finditer(folded):
        funding_terms.add(match.group("verb"), match.start() < title_length)
    policy_terms = evidence[("kind", "policy")]
    policy = min(policy_terms.weight(2.0, 1.0), 4.0)
    ministries = [organisation for organisation, start in organisations if organisation.sector == "ministry"]
    if ministries:
        policy += min(
            2.0
            if any(start < title_length for organisation, start in organisations if organisation in ministries)
            else 1.0,
            2.0,
        )
    government_issuer = (
        (issuer is not None and issuer.sector == "ministry")
        or host.endswith(".go.jp")
        and not (issuer and issuer.sector == "national_lab")
    )
    if government_issuer:
        policy += 3.0
    funding = None
    funding_weight = funding_terms.weight(2.0, 1.0)
    if funding_terms:
        funding, funding_reasons = extract_funding(rules, document, folded, title_length, organisation_hits, issuer)
        signals = (funding["amount"] is not None) + (funding["round"] is not None)
        funding_weight += signals
    else:
        funding_reasons = []
    received_grant = funding is not None and funding["amount"] is not None and any(rules.grant_received.find(folded))
    if received_grant and not government_issuer:
        reasons.append("kind:funding (a grant received)")
        reasons.extend(funding_reasons)
        return "funding", funding
    if policy >= POLICY_MINIMUM and (government_issuer or policy > funding_weight):
        reasons.append("kind:policy (" + ", ".join(policy_terms.terms()[:3] + [m.name for m in ministries[:2]]) + ")")
        return "policy", None
    if funding is not None and (
        funding_terms.title or funding_weight >= 3 and (funding["amount"] is not None or funding["round"] is not None)
    ):
        reasons.append("kind:funding (" + ", ".join(funding_terms.terms()[:3]) + ")")
        reasons.extend(funding_reasons)
        return "funding", funding
    if hint == "policy":
        reasons.append(
            "kind:policy ("
            + ", ".join(policy_terms.terms()[:3] + [m.name for m in ministries[:2]] or [f"source says {hint}"])
            + ")"
        )
        return "policy", None
    if hint == "funding" and funding is not None:
        reasons.append("kind:funding (source)")
        reasons.extend(funding_reasons)
        return "funding", funding
    press_terms = evidence[("kind", "press")]
    news_terms = evidence[("kind", "news")]
    if issuer is not None:
        reasons.append(f"kind:press (site of {issuer.name})")
        return "press", None
    if hint == "press" or (not hint and press_terms and not news_terms):
        reasons.append("kind:press (" + (", ".join(press_terms.terms()[:2]) or "source") + ")")
        return "press", None
    reasons.append("kind:news")
    return "news", None
