"""The kind of an item: paper, funding, policy, press or news, and the round of a funding story.

The source decides first (arXiv, a paper host or a research repository is
paper), then a government issuer, a government as the headline's subject or
policy vocabulary, funding vocabulary backed by an amount or a round, the
issuer's own site (not a news outlet's, unless the outlet opens the
headline), an address that says whose page it is (a model card, a newsroom's
host, a release wire's path, a university's site) or press-release wording,
and otherwise news.

This module keeps the order of those steps; what each step recognises is in
a module named for it: ``kind_address`` (what a host or a path says of a
page), ``kind_state`` (a state as the headline's subject or the lead's
speaker), ``kind_funding_words`` (the words of a round, of an investor's own
announcement, of a grant received; roundups and rounds looked back on),
``kind_state_money`` (state money to one company) and ``kind_press`` (an
issuer's own wording against a reporter's); ``headline`` cuts the headline's
label and the lead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from common.text import host_within
from config.watchlist import Organisation
from pipelines.classification.funding import extract_funding
from pipelines.classification.funding_rules import FundingRules, OrganisationHit
from pipelines.classification.funding_signals import announced_in_lede, investment_signals
from pipelines.classification.headline import HEADLINE_LABEL, headline_and_lead, lead_subject
from pipelines.classification.kind_address import (
    CONFERENCE_PATH,
    GOVERNMENT_HOST,
    LOCAL_GOVERNMENT_HOST,
    NEWS_OUTLETS,
    PAPER_DOCUMENT_PATH,
    PAPER_HOSTS,
    PAPER_PATH,
    RELEASE_PATH,
    RELEASE_WIRES,
    REPOSITORY_HOST,
    issuer_before_headline,
    own_page_reason,
)
from pipelines.classification.kind_funding_words import (
    DISPUTE,
    EARNINGS_HEADLINE,
    FUND_FORMED,
    GRANT_RECEIVED,
    GRANT_WORDS,
    INVESTOR_HEADLINE,
    INVESTOR_LEAD_JA,
    INVESTOR_OWN_EN,
    INVESTOR_OWN_JA,
    LISTING_RAISE,
    LOANS_TO,
    RAISING,
    RAISING_HEADLINE,
    RAISING_STEMS,
    STATE_MONEY_RECEIVED,
    STOCK_OPTION,
    VALUATION_HEADLINE,
    is_commentary,
    is_roundup,
    looks_back,
)
from pipelines.classification.kind_owner import lead_owner, namesake_owner
from pipelines.classification.kind_press import (
    DIGEST,
    EVENT_HEADLINE,
    HEADLINE_SUBJECT,
    INTERVIEW,
    OPINION,
    OWN_HEADLINE,
    OWN_LEAD,
    OWN_LEAD_EN,
    OWN_NEWSROOM_HEADLINE,
    OWN_WORK_HEADLINE,
    POLITE,
    YEAR_REVIEW,
    opens_headline,
    publication_owner,
    reporting_terms,
    unquoted,
)
from pipelines.classification.kind_state import (
    ADDRESSED_TO_STATE,
    LOCAL_GOVERNMENT,
    MISHAP,
    STATE_SPEAKER,
    agency_programme_headline,
    country_headline,
    government_headline,
    ministry_opening_lead,
    pact_with_no_state,
    state_later_in_headline,
)
from pipelines.classification.kind_state_money import state_money_recipient
from pipelines.classification.relevance import Evidence

POLICY_MINIMUM = 3.0
# The lead's subject as a release writes its issuer, by its legal form ("株式会社Xは", "X株式会社が", "弁護士法人Xは");
# not a list of parties ("東京都、広島県と一般財団法人Xは"), nor a town with its partner ("横浜市と株式会社Xは").
OWN_SUBJECT = re.compile(
    r"(?![^、]{0,12}?[都道府県市区町村]と)"
    r"(?:(?:株式会社|合同会社|有限会社|一般社団法人|一般財団法人|公益財団法人|公益社団法人|学校法人|弁護士法人|医療法人"
    r"|社会福祉法人)[^、()]{1,30}|[^、()]{1,30}(?:株式会社|合同会社|有限会社))(?:\([^)]{1,30}\))?(?:は|が)"
)
# An arXiv paper named as what the page presents: "arXiv論文", "arXivに投稿された論文", "a new arXiv paper", "an arXiv
# preprint", "a paper posted to arXiv" (not "papers on arXiv", many of them, nor arXiv as a place researchers use).
ARXIV_PAPER_LEAD = re.compile(
    r"arxiv(?:論文|プレプリント|(?:で|に|へ)(?:公開|投稿|掲載)(?:された|した)論文)"
    r"|\b(?:a|an|the|new|recent) (?:new |recent )?arxiv (?:paper|preprint|study)\b"
    r"|\b(?:a|the) (?:new |recent )?(?:paper|preprint|study) (?:posted|published|uploaded) (?:to|on) arxiv\b"
)
# How many distinct marks of a paper's abstract ("we propose", "experimental results", 本論文, 提案手法) make an
# abstract printed outside a paper host a paper: one alone is found in reports about research too.
PAPER_MINIMUM = 2


# What marks a release wherever it is printed, a news outlet's site too: its address, or the issuer's legal form
# opening the headline or the body.
_RELEASE_MARKS = frozenset(
    {
        "address of a press release",
        "legal form opening the text",
        "legal form in the headline",
        "address naming the issuer before the headline",
    }
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
    site_owner: str | None = None,
    path: str = "",
    model_headline: bool = False,
) -> tuple[str, dict[str, Any] | None]:
    """paper, funding, policy, press or news, and the round of a funding story.

    ``site_owner`` is a name in the headline that the item's address spells, when the watch list does not
    know whose site it is ("INITIAL" on initial.inc, "AI Picasso" on note.com/aipicasso); ``model_headline`` says
    the headline is only a model's name ("Gemma-2-Llama Swallow"), the title of the model's own page.
    """
    if (
        hint == "paper"
        or source == "arxiv"
        or host_within(host, PAPER_HOSTS)
        or PAPER_PATH.match(path)
        or (hint in (None, "", "news") and PAPER_DOCUMENT_PATH.search(path.lower()))
        or (hint in (None, "") and REPOSITORY_HOST.match(host))
    ):
        reasons.append("kind:paper (source)")
        return "paper", None
    if (
        hint in (None, "")
        and CONFERENCE_PATH.search(path.lower())
        and not EVENT_HEADLINE.search(folded, 0, title_length)
        and not host_within(host, NEWS_OUTLETS)
    ):
        reasons.append("kind:paper (a talk's page of a conference's site)")
        return "paper", None
    government_issuer = (issuer is not None and issuer.sector == "ministry") or (
        bool(GOVERNMENT_HOST.search(host)) and not (issuer and issuer.sector == "national_lab")
    )
    # An abstract printed where no organisation speaks for itself (a project page, an index of papers): the
    # authors' own framing, and no reporter's wording.
    paper_terms = evidence[("kind", "paper")].terms()
    if (
        len(paper_terms) >= PAPER_MINIMUM
        and issuer is None
        and not site_owner
        and not government_issuer
        and hint in (None, "", "news")
        and not evidence[("kind", "news")]
        and not evidence[("kind", "funding")].title
        and len(paper_terms) > len(evidence[("kind", "press")].terms())
    ):
        reasons.append("kind:paper (" + ", ".join(paper_terms[:3]) + ")")
        return "paper", None
    # A page that says in its headline or its first sentence that it presents one arXiv paper
    # ("arXiv論文の日本語訳記事で", "A new arXiv paper argues", "arXivで公開された論文"): the paper, summarised where no
    # organisation speaks for itself and no reporter's wording cites it ("…に公開された論文によると", a news outlet's
    # report).
    if (
        "arxiv" in folded
        and issuer is None
        and not site_owner
        and not government_issuer
        and hint in (None, "", "news")
        and not evidence[("kind", "funding")].title
        and not evidence[("kind", "news")]
        and not host_within(host, NEWS_OUTLETS)
    ):
        arxiv_paper = ARXIV_PAPER_LEAD.search(headline_and_lead(folded, title_length))
        if arxiv_paper is not None:
            reasons.append(f"kind:paper (one arXiv paper presented: {arxiv_paper.group(0)})")
            return "paper", None
    # A digest of many stories is a report of them all, not the policy or the round it names first.
    digest = DIGEST.search(folded[:title_length])
    if (
        digest is not None
        and not government_issuer
        and issuer is None
        and not site_owner
        and hint in (None, "", "news")
    ):
        reasons.append(f"kind:news (a digest: {digest.group(0)})")
        return "news", None
    funding_terms = evidence[("kind", "funding")]
    if any(stem in folded for stem in RAISING_STEMS):
        for match in RAISING.finditer(folded):
            funding_terms.add(match.group("verb"), match.start() < title_length)
    for match in RAISING_HEADLINE.finditer(folded, 0, title_length):
        if match.lastgroup == "issue" and any(word in folded[:title_length] for word in STOCK_OPTION):
            continue
        funding_terms.add(match.group(match.lastgroup or 0), True)
    for verb, in_title in investment_signals(document, folded, title_length, organisation_hits):
        funding_terms.add(verb, in_title)
    if "loan" in folded[:title_length]:
        for match in LOANS_TO.finditer(folded, 0, title_length):
            if any(
                start == match.end() and organisation.sector not in ("ministry", "national_lab")
                for organisation, start in organisations
            ):
                funding_terms.add(match.group(0).split()[0], True)
    # A valuation in the headline, a raising in the first sentence ("Suno評価24億ドル超" / "Sunoが2.5億ドルを調達し"):
    # the round is the headline's story, told by its price.
    valuation = None if funding_terms.title else VALUATION_HEADLINE.search(folded, 0, title_length)
    if valuation is not None:
        lede = headline_and_lead(folded, title_length)[title_length + 1 :]
        if "調達" in lede or RAISING.search(lede) is not None:
            funding_terms.add(f"{valuation.group(0)} (a valuation in the headline, money raised in the lead)", True)
    investing = INVESTOR_HEADLINE.search(folded, 0, title_length)
    if investing is not None:
        funding_terms.add(investing.group("verb") or investing.group("verb_ja"), True)
    lead_end = len(headline_and_lead(folded, title_length))
    for own in (INVESTOR_OWN_EN.search(document, 0, lead_end), INVESTOR_OWN_JA.search(folded, 0, lead_end)):
        if own is not None:
            funding_terms.add(own.group(0).lower(), True)  # the investor's own announcement, as a headline's
    if "出資" in folded and INVESTOR_LEAD_JA.match(folded, title_length + 1, lead_end) is not None:
        funding_terms.add("出資 (the lead's subject investing in a company)", True)
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
    state_opening = not government_issuer and government_headline(folded[:title_length], organisations)
    # A state acting later in the headline makes policy unless the headline announces a round ("X、10億円を調達
    # 国が…"): then the round is the story.
    state_headline = state_opening or (
        None if government_issuer or funding_terms.title else state_later_in_headline(document[:title_length])
    )
    # A national agency opening the headline about a state programme it runs, not its own work ("JST、大学発新産業
    # 創出基金事業の取り組みを説明", "NEDO、生成AIの公募の要領を改定"): the state's programme, as a ministry's would be.
    if not (government_issuer or state_headline) and policy_terms.title:
        state_headline = agency_programme_headline(folded, title_length, organisations)
        # A country opening a Japanese headline that names an act of policy: its state acting ("中国、…規定が施行").
        if state_headline is None and not funding_terms.title:
            state_headline = country_headline(folded[:title_length])
    # A town apologising in the headline for its own mishap is news about the town, in the headline and the lead
    # alike; the state's apology ("政府、…に謝罪") is an act of state.
    mishap = MISHAP.search(folded, 0, title_length) is not None
    # A town's pact with a bank or a company in the headline ("X銀行とY市が連携協定") is the pair's news, as a mishap is
    # the town's.
    mishap = mishap or (
        "協" in folded[:title_length]
        and pact_with_no_state(folded[:title_length], headline_and_lead(folded, title_length)[title_length + 1 :])
    )
    if mishap and state_headline and LOCAL_GOVERNMENT.fullmatch(state_headline):
        state_opening = state_headline = None
    speaker: str | None = None
    if not (government_issuer or state_headline or mishap):
        spoken = STATE_SPEAKER.search(headline_and_lead(folded, title_length))
        if spoken is not None:
            speaker = spoken.group(0).strip(" 、.。")
            policy_terms.add(speaker, spoken.start() < title_length)
        else:
            # A ministry opening the lead (named in the reason with the other ministries).
            speaker = ministry_opening_lead(folded, title_length, organisations)
    if speaker is not None:
        policy += 3.0
    if government_issuer:
        policy += 3.0
    elif state_headline:
        policy += 3.0
        if state_headline not in {ministry.name for ministry in ministries}:
            policy_terms.add(state_headline, True)
    reporting = reporting_terms(evidence[("kind", "news")], folded)
    # (On a news outlet's host an event's notice is a report of another's event, "X銀、…連携 交流イベントなど開催";
    # the outlet's own event is its release where it acts in its headline, read below.)
    event = None if host_within(host, NEWS_OUTLETS) else EVENT_HEADLINE.search(folded[:title_length])
    if (
        event is not None
        and not reporting
        and not state_headline
        and speaker is None
        and hint != "policy"
        and (not government_issuer or LOCAL_GOVERNMENT_HOST.search(host))
    ):
        reasons.append(f"kind:press (an event's notice: {event.group(0)})")
        return "press", None
    funding = None
    funding_weight = funding_terms.weight(2.0, 1.0)
    grant = (
        any(rules.grant_received.find(folded))
        or (any(word in folded for word in GRANT_WORDS) and GRANT_RECEIVED.search(folded) is not None)
        or STATE_MONEY_RECEIVED.search(folded, 0, title_length) is not None
    )
    if funding_terms or grant:
        funding, funding_reasons = extract_funding(rules, document, folded, title_length, organisation_hits, issuer)
        signals = (funding["amount"] is not None) + (funding["round"] is not None)
        funding_weight += signals
    else:
        funding_reasons = []
    recipient = (
        None if government_issuer or state_opening else state_money_recipient(folded, title_length, organisations)
    )
    if recipient is not None:
        if funding is None:
            funding, funding_reasons = extract_funding(rules, document, folded, title_length, organisation_hits, issuer)
        reasons.append(f"kind:funding (state money to {recipient})")
        reasons.extend(funding_reasons)
        return "funding", funding
    received_grant = grant and funding is not None and funding["amount"] is not None
    if received_grant and not government_issuer and not state_headline and speaker is None:
        reasons.append("kind:funding (a grant received)")
        reasons.extend(funding_reasons)
        return "funding", funding
    # Policy words alone ("ガイドライン", "著作権") in a body's own announcement, a headline with no subject that says
    # what the body itself did ("…ガイドライン第2版を発行"), where no state acts: an industry body's or a company's
    # release about its own rules.
    no_state = not (government_issuer or state_headline or speaker or ministries)
    own_newsroom = (
        no_state
        and not reporting
        and hint in (None, "", "press")
        and OWN_NEWSROOM_HEADLINE.search(document[:title_length]) is not None
        and HEADLINE_SUBJECT.match(document[:title_length]) is None
    )
    # An organisation's own site telling of its work, with the state's programme or ministry named only in the body
    # ("built in METI's GENIAC programme", "経産省の委託事業で開発した"): the programme is the work's setting, not the
    # story; the release is its own.
    own_work = (
        issuer is not None
        and not government_issuer
        and not state_headline
        and speaker is None
        and not policy_terms.title
        and not any(start < title_length for organisation, start in organisations if organisation in ministries)
        and not host_within(host, NEWS_OUTLETS)
        and hint in (None, "", "press")
    )
    # A release's first sentence, the issuer by its legal form as the lead's subject ("株式会社Xは、経産省の事業に
    # 採択されたと発表した", "X株式会社は、Y市教育委員会が進める…の事例を公開した"), with no state acting in the lead:
    # the state or its programme, even in the headline ("Y市、…を導入 Xが事例を公開"), is the release's setting.
    own_release = (
        not government_issuer
        and speaker is None
        and hint in (None, "", "news", "press")
        and OWN_SUBJECT.fullmatch(lead_subject(folded[title_length + 1 : title_length + 160])) is not None
    )
    # A piece that calls itself an interview with an official or an opinion on policy, in its headline or its first
    # sentence ("文部科学省に聞く", "…氏の論考"), or a headline reviewing a year ("2025年の…を振り返る"), not on a
    # state's own site: an outlet's piece about the state's doings, news, though the ministry opens the headline or the
    # party acts in the sentence the piece comments on.
    talk = None
    if policy >= POLICY_MINIMUM and not (government_issuer or hint == "policy"):
        lead = headline_and_lead(folded, title_length)
        talk = INTERVIEW.search(lead) or OPINION.search(lead)
        if talk is not None:
            reasons.append(f"kind:no policy (an interview or a commentary: {talk.group(0)})")
        else:
            talk = YEAR_REVIEW.search(folded, 0, title_length)
            if talk is not None:
                reasons.append(f"kind:no policy (a review of a year: {talk.group(0)})")
    # A body's submission to the state in the headline ("Newspaper body submits public comment to Japanese
    # government"), where no state opens the headline or speaks in the lead: the body's act, not the state's.
    submission = (
        None
        if government_issuer or state_headline or speaker is not None or hint == "policy"
        else ADDRESSED_TO_STATE.search(folded, 0, title_length)
    )
    if submission is not None and policy >= POLICY_MINIMUM:
        reasons.append(f"kind:no policy (a body's submission to the state: {submission.group(0)})")
    if (
        policy >= POLICY_MINIMUM
        and (government_issuer or state_headline or speaker or policy > funding_weight)
        and submission is None
        and not own_work
        and not own_release
        and talk is None
    ):
        if own_newsroom:
            reasons.append("kind:press (a headline of the issuer's own newsroom, no state acting)")
            return "press", None
        named = policy_terms.terms()[:3] + [ministry.name for ministry in ministries[:2]]
        reasons.append("kind:policy (" + ", ".join(named or [f"site of a government: {host}"]) + ")")
        return "policy", None
    # A round is announced in the headline, or the text states its amount: a round named in passing
    # ("the unicorn's Series A") is not a funding story; nor is one the text tells only further down, nor a
    # roundup of many rounds, nor one the body only looks back on ("the startup, which has raised ¥30 billion",
    # "recently announced a round"): background to another story.
    # (Read only when a round was found: nothing else asks.)
    roundup = funding is not None and (
        is_roundup(folded, title_length) or DISPUTE.search(folded[:title_length]) is not None
    )
    commentary = funding is not None and not roundup and is_commentary(folded, title_length)
    if commentary:
        reasons.append("funding:no round (a commentary, an analysis or a conversation about money)")
        roundup = True
    fund_formed = (
        FUND_FORMED.search(folded, 0, title_length) if funding is not None and not roundup and not recipient else None
    )
    if fund_formed is not None:
        reasons.append(f"funding:no round (a fund formed: {fund_formed.group(0)})")
        roundup = True
    earnings = (
        EARNINGS_HEADLINE.search(folded, 0, title_length)
        if funding is not None and not roundup and not funding_terms.title
        else None
    )
    if earnings is not None:
        reasons.append(f"funding:no round (a headline reporting results: {earnings.group(0)})")
        roundup = True
    listing = (
        LISTING_RAISE.search(headline_and_lead(folded, title_length)) if funding is not None and not roundup else None
    )
    if listing is not None:
        reasons.append(f"funding:no round (money raised by a listing: {listing.group(0)})")
        roundup = True
    past_round = funding is not None and not funding_terms.title and looks_back(folded, title_length)
    if (
        funding is not None
        and not roundup
        and not past_round
        and (
            funding_terms.title
            or funding_weight >= 3
            and funding["amount"] is not None
            and announced_in_lede(rules, folded, title_length)
        )
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
    if (
        hint == "funding"
        and funding is not None
        and (
            funding["amount"] is not None
            or funding["round"] is not None
            or "funding:amount undisclosed" in funding_reasons
        )
    ):
        reasons.append("kind:funding (source)")
        reasons.extend(funding_reasons)
        return "funding", funding
    press_terms = evidence[("kind", "press")]
    news_terms = reporting
    if (
        issuer is not None
        and issuer.sector == "national_lab"
        and hint in (None, "")
        and GOVERNMENT_HOST.search(host)
        and not press_terms
        and not OWN_WORK_HEADLINE.search(folded, 0, title_length)
    ):
        # A national agency's government site telling of something other than its own work: an interview on its
        # portal, its report on another country's policy.
        reasons.append(f"kind:policy (site of a national agency, not a release of its own work: {host})")
        return "policy", None
    # A site that spells the first words of the name opening the lead as its subject ("Cloudpick Japanが自社ブログで…"
    # on jpblog.cloudpick.com): the owner telling of its own work.
    if issuer is None and not site_owner and hint in (None, "") and not host_within(host, NEWS_OUTLETS):
        label = HEADLINE_LABEL.match(folded)
        site_owner = lead_owner(host, document, title_length) or namesake_owner(
            host, organisations, title_length, label.end() if label else 0
        )
    # An outlet's site is its own release only when the outlet opens the headline ("読売新聞、米Xを提訴").
    spans = [(hit.start, hit.end) for hit in organisation_hits if hit.organisation is issuer]
    outlet = host_within(host, NEWS_OUTLETS) and not opens_headline(issuer, organisations, folded, document, spans)
    # A site whose owner is a publication ("旅行メディアHOTTEL" on hottel.jp, "News On Japan"): a news outlet's site.
    owner_name = issuer.name if issuer is not None else site_owner
    own_outlet = not outlet and bool(owner_name) and hint in (None, "") and publication_owner(owner_name or "", folded)
    if own_outlet:
        reasons.append(f"kind:site of a publication ({owner_name}), not a release")
        outlet = True
    if issuer is not None and not outlet:
        reasons.append(f"kind:press (site of {issuer.name})")
        return "press", None
    if host_within(host, RELEASE_WIRES):
        reasons.append(f"kind:press (a release wire: {host})")
        return "press", None
    if site_owner and not outlet:
        reasons.append(f"kind:press (site of {site_owner})")
        return "press", None
    if model_headline and not outlet and hint in (None, "", "press"):
        reasons.append("kind:press (a headline that is only a model's name: the model's own page)")
        return "press", None
    own_page = own_page_reason(host, path.lower())
    if own_page is not None and hint in (None, "", "press"):
        reasons.append(f"kind:press ({own_page})")
        return "press", None
    # The issuer's wording in the body, or a polite form in the headline ("…を開始しました", "…のお知らせ"): a
    # headline's plain "…の提供を開始" is how reports put it too.
    polite_title = POLITE.search(folded, 0, title_length) is not None
    said_by_issuer = [term for term in press_terms.terms() if polite_title or term in press_terms.text]
    own_wording = unquoted(said_by_issuer, folded)[:2]
    if OWN_HEADLINE.match(folded):
        own_wording.append("legal form in the headline")
    # (News agencies and business papers keep "Inc." in an English first reference: on their sites it is no mark.)
    if OWN_LEAD.match(folded, title_length + 1) or (
        ("inc." in folded or "ltd" in folded or "k.k." in folded)
        and not host_within(host, NEWS_OUTLETS)
        and OWN_LEAD_EN.match(folded, title_length + 1)
    ):
        own_wording.append("legal form opening the text")
    if RELEASE_PATH.search(path.lower()):
        own_wording.append("address of a press release")
    filed_under = issuer_before_headline(path.lower(), folded[:title_length])
    if filed_under is not None:
        own_wording.append("address naming the issuer before the headline")
        reasons.append(f"kind:address files the page under its issuer ({filed_under})")
    # A news outlet's own site is a news source whatever the item's source says: one of the issuer's words there is
    # quoted or reported ("代表取締役社長の…氏は…と説明した"); its legal form opening the body, or an address
    # calling the page a release, still marks a release printed as it came.
    outlet_site = not hint and (host_within(host, NEWS_OUTLETS) or own_outlet)
    address_or_form = [mark for mark in own_wording if mark in _RELEASE_MARKS]
    if hint == "press" or (not hint and (address_or_form if outlet_site else own_wording) and not news_terms):
        reasons.append("kind:press (" + (", ".join(own_wording[:2]) or "source") + ")")
        return "press", None
    # A release that a news site prints as it came: the issuer's own wording, and no reporter's.
    if (hint == "news" or outlet_site) and len(unquoted(press_terms.terms(), folded)) >= 2 and not news_terms:
        reasons.append("kind:press (" + ", ".join(press_terms.terms()[:2]) + ", printed by a news site)")
        return "press", None
    reasons.append("kind:news")
    return "news", None
