"""The parties of a funding round: the company that raised it, its investors and its leads.

Leads come from ``funding_leads``, investors from the zones their markers point at (``investor_zones``,
``investors``); the company is the issuer, the one an investment goes "to", or the headline's subject
(``funding_company``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from common.folding import COMPANY_FORMS
from config.watchlist import Organisation
from pipelines.classification.funding_company import ENGLISH_OWNER, clean_company, headline_subject, lede_subject
from pipelines.classification.funding_leads import leads_of_the_round
from pipelines.classification.funding_rules import FundingRules, OrganisationHit, sentence_bounds
from pipelines.classification.investor_names import spelled_out
from pipelines.classification.investor_zones import investor_zone
from pipelines.classification.investors import lead_names, names_in_zone

# The investor opening an investor's headline, by its name: "Acme Ventures invests $10M in Tsubame".
_INVESTOR_OPENS_EN = re.compile(
    rf"^(?P<investor>{ENGLISH_OWNER})\s(?:invests|invested|bets|pours|puts|injects|backs|funds|lends|lent"
    # "SoftBank to Invest in Perplexity", "Acme Ventures will invest $10M in Tsubame": an investment to come
    r"|(?:to|will|plans\sto|[Pp]lans\s[Tt]o|[Tt]o|[Ww]ill)\s(?:[Ii]nvest|[Bb]ack|[Ff]und)"
    # a lender's headline: "Acme Bank extends ¥5 billion loan to Tsubame"
    r"|(?:extends|extended|provides|provided|grants|granted|offers|offered|approves|approved)(?=\s[^,;:]{0,40}\bloans?\b))\b"
)
# "Japan's", "Tokyo-based" before the investor's name.
_INVESTOR_KNOWN_BY = re.compile(r"^(?:[A-Z][a-z]+['’]s\s|[A-Z][a-z]+-based\s)")


_INVESTOR_FIRST = re.compile(
    r"^(?:【[^】]*】)?(?P<investor>[^、。はが「」]{2,30}?)(?:、|は|が)(?:[^、。]{0,12}の)?(?P<company>[^、。はがにへ「」]{2,30}?)(?:に|へ)"
    r"[^、。]{0,20}(?:出資|投資(?!家)|融資(?!を受))"
)


# Where an investment goes: "Xに出資", "Xへの投資", "invests in X", "invest up to $40 billion in X",
# "a $40 billion round in X".
_INVESTMENT_INTO = re.compile(
    r"(?:に|へ|への)(?:対し|対して|対する)?(?:追加|新たに|[^、。]{0,16}?を)?(?:出資|投資)(?!家)"
    r"|\b(?:invests|invested|investment|invest|investing|stake|round|financing)(?: (?:[^.;。]|\.(?=\d)){0,40}?)? in\b"
)


def parties(
    rules: FundingRules,
    document: str,
    folded: str,
    organisations: Sequence[OrganisationHit],
    issuer: Organisation | None,
) -> tuple[str | None, list[str], list[str]]:
    """Who raised the money, who invested, and who led."""
    investors: dict[str, None] = {}
    leads, owners = leads_of_the_round(rules, document, folded, organisations)
    # The site's owner is the company, unless the text has it lead a round: then it is the investor announcing
    # the round it leads ("ソフトバンクG、オープンAIの調達を主導" on SoftBank Group's own site).
    company = issuer.name if issuer and issuer.name not in leads else None
    for marker in rules.investor_markers.find(folded):
        if marker.term in ("から", "より") and not re.match(
            # ("Xから戦略的投資を受けた": an investment received; not "海外から投資家が")
            r".{0,16}?(?:調達|出資|資金|融資|借入|億|万|投資(?!家|先|計画|方針))",
            folded[marker.end :],
        ):
            continue
        if marker.term == "from" and not any(
            rules.raise_verbs.find(folded[sentence_bounds(folded, marker.start)[0] : marker.start])
        ):
            continue
        zone = investor_zone(folded, marker.start, marker.end, marker.term)
        # English investor lists are runs of proper nouns; Japanese ones need a watch-list name or an investor ending.
        pick = lead_names if document[zone[0] : zone[1]].isascii() and marker.term.isascii() else names_in_zone
        for name in pick(rules, document, folded, zone, organisations):
            investors[name] = None
    for match in _INVESTMENT_INTO.finditer(folded):
        target = _first_organisation_near(organisations, match, before=match.group(0)[0] in "にへ")
        if target is None or target.organisation.name in leads:
            continue
        start, _ = sentence_bounds(folded, match.start())
        investing = [hit for hit in organisations if start <= hit.start < match.start() and hit is not target]
        if issuer is not None and company == issuer.name and target.organisation is not issuer:
            if any(hit.organisation is issuer for hit in investing):
                company = target.organisation.name  # the investor's own announcement of an investment
        company = company or target.organisation.name
        for hit in investing:
            investors[hit.organisation.name] = None
    if company is None:
        investor_first = _INVESTOR_FIRST.match(document[: folded.find("。") if "。" in folded else len(document)])
        if investor_first is not None:
            # "フーバー・キャピタル、カワセミAIに30億円を出資": the investor is named first, the company
            # takes the money.
            company = COMPANY_FORMS.sub("", investor_first["company"]).strip(" ,、・") or None
            investor = COMPANY_FORMS.sub("", investor_first["investor"]).strip(" ,、・")
            resolved = next(
                (hit.organisation.name for hit in organisations if hit.end <= len(investor_first["investor"]) + 1), None
            )
            investors[resolved or investor] = None
    if company is None:
        title = document[: folded.find("。") if "。" in folded else len(document)]
        opening_investor = _INVESTOR_OPENS_EN.match(title)
        if opening_investor is not None:
            # "Acme Ventures invests $10M in Tsubame", "SoftBank backs Kamome": the headline's subject is the investor
            subjects = [hit.organisation.name for hit in organisations if hit.start < opening_investor.end("investor")]
            investor = _INVESTOR_KNOWN_BY.sub("", opening_investor["investor"])
            for name in subjects or ([investor] if investor else []):
                investors[name] = None
        company = headline_subject(document, folded, organisations, investors, leads)
        if company is not None and opening_investor is not None:
            investors.pop(company, None)
    if company is not None and all(hit.organisation.name != company for hit in organisations):
        company = clean_company(company)
    if company is None:
        company = lede_subject(document, folded, organisations, investors, leads)
    if company is not None:
        investors.pop(company, None)
        leads.pop(company, None)
        if "の" + company in document:
            for name in [*leads, *investors]:
                if _describes_the_company(document, name, company):
                    # "日本語LLMのKotoha AIは…": the field before the company's name describes it, it invests nothing
                    leads.pop(name, None)
                    investors.pop(name, None)
        for name, (owner_start, owner_end) in owners.items():
            if owner_end and not _same_company(folded, owner_start, owner_end, company, organisations):
                leads.pop(name, None)  # "Beta Capital led Kamome's Series B in March": another company's round
    # A ministry that pays a subsidy is its grantor, not an investor.
    for hit in organisations:
        if hit.organisation.sector == "ministry":
            investors.pop(hit.organisation.name, None)
    for name in leads:
        investors[name] = None
    known = {hit.organisation.name for hit in organisations}
    spelled = {
        name: spelled_out(document, name) or _watch_list_name_starting(document, name, organisations)
        for name in [*investors, *leads]
        if name not in known
    }
    investors = {spelled.get(name) or name: None for name in investors}
    leads = {spelled.get(name) or name: None for name in leads}
    if company is not None:
        # the company by the watch-list name it is written with ("サカナAI" is Sakana AI) is no investor of its own
        for hit in organisations:
            if document[hit.start : hit.end] == company or hit.organisation.name == company:
                investors.pop(hit.organisation.name, None)
                leads.pop(hit.organisation.name, None)
    return company, _without_abbreviations(investors), _without_abbreviations(leads)


def _describes_the_company(document: str, name: str, company: str) -> bool:
    """Whether a name is written only as the description before "の" and the company's name ("LLMのKotoha AI")."""
    position = document.find(name)
    if position < 0:
        return False
    while position >= 0:
        if not document.startswith("の" + company, position + len(name)):
            return False
        position = document.find(name, position + 1)
    return True


def _watch_list_name_starting(document: str, name: str, organisations: Sequence[OrganisationHit]) -> str | None:
    """The watch-list organisation a headline's short Japanese name begins ("ラックス" is ラックス・キャピタル, Lux
    Capital, when the text writes it so)."""
    if len(name) < 3 or name.isascii():
        return None
    for hit in organisations:
        written = document[hit.start : hit.end]
        if written != name and written.startswith(name) and written[len(name) : len(name) + 1] in ("・", " ", "-"):
            return hit.organisation.name
    return None


def _same_company(folded: str, start: int, end: int, company: str, organisations: Sequence[OrganisationHit]) -> bool:
    """Whether a round's owner as written ("softbank group's", "オープンAI") is the story's company ("SoftBank Corp.",
    "OpenAI"), by a watch-list name written there or by its words, or the headline's own round."""
    named = {hit.organisation.name for hit in organisations if hit.start < end and start < hit.end}
    title_end = folded.find("。") if "。" in folded else len(folded)
    if (
        company in named
        or folded[start:end] in folded[:title_end]
        or any(hit.organisation.name in named for hit in organisations if hit.start < title_end)
    ):
        return True  # the company by a watch-list name, or the round the headline names ("オープンAIの調達を主導")
    owner, company = folded[start:end], company.lower()
    return owner in company or company in owner or owner.split()[:1] == company.split()[:1]


def _without_abbreviations(names: Mapping[str, None]) -> list[str]:
    """The names without those a longer one starts with: a headline's "ヘロン" is the text's "ヘロン・キャピタル"."""
    return [name for name in names if not any(other != name and other.startswith(name) for other in names)]


def _first_organisation_near(
    organisations: Sequence[OrganisationHit], match: re.Match, before: bool
) -> OrganisationHit | None:
    if before:
        candidates = [hit for hit in organisations if 0 <= match.start() - hit.end <= 3]
        return candidates[-1] if candidates else None
    candidates = [hit for hit in organisations if 0 <= hit.start - match.end() <= 4]
    return candidates[0] if candidates else None
