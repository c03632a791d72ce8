"""The parties of a funding round: the company that raised it, its investors and its leads.

Leads and investors are read from the zones their markers point at
(``investors``); the company is the issuer, the one an investment goes
"to", or the headline's subject.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from common.folding import COMPANY_FORMS
from config.watchlist import Organisation
from pipelines.classification.funding_rules import FundingRules, OrganisationHit, sentence_bounds
from pipelines.classification.investors import RELATIVE_LEAD, investor_zone, lead_names, lead_zone, names_in_zone
from pipelines.classification.money import find_money

_ENGLISH_SUBJECT = re.compile(
    r"^(?P<name>[^,:;]{2,60}?)\s(?:raises|raised|secures|secured|closes|closed|lands|bags|gets|nabs|announces"
    # "Figure valued at $2.65 billion with $675 million round", "Tsubame completes $20M Series A"
    r"|completes|completed|snags|scores|valued at"
    # a headline in Title Case: "Kotoha AI Raises $10M", "Tsubame Secures $10M Series A"
    r"|Raises|Raised|Secures|Secured|Closes|Closed|Lands|Bags|Gets|Nabs|Completes|Completed|Snags|Scores"
    # a milestone reached with the round: "Rhoda AI exits stealth with $450 million Series A", "Venice AI becomes a
    # unicorn with a $65M Series A", "India's Emergent reaches unicorn status with a $130 million Series C"
    r"|(?:exits|emerges|emerged|comes out of|reaches|reached|becomes|became|hits|debuts|launches|launched)"
    r"(?=\s[^,;:]{0,40}?\bwith\s(?:a\s|an\s)?(?:us\$|US\$|[$¥€£]|\d))"
    # a borrower's headline: "Kamome obtains ¥3 billion loan", "Tsubame takes out $50 million loan"
    r"|(?:obtains|obtained|takes out|took out|Obtains|Takes Out)(?=\s[^,;:]{0,40}\b(?:loans?|Loans?)\b))\b"
)
# (が before hiragana is inside a word, not the subject's particle: "末期がん患者らの…を運営するX、")
_JAPANESE_SUBJECT = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?(?P<name>(?:[^、。はが「」]|が(?=[ぁ-ゖ])){2,40}?)(?:、|は|が(?![ぁ-ゖ]))"
)
# An English round's owner and what follows it: "Tsubame's $20M Series A".
_ENGLISH_OWNER = r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}"
_ENGLISH_OWNED_ROUND = (
    r"['’]s\s(?:[$¥€£]?[\d.]+\s?[A-Za-z]*\s)?(?:Series|Seed|Pre-|Round|Funding|round|funding|raise|Raise)"
)
# The company whose round a headline names after its lead: "Xの シリーズA", "Xの資金調達", "X's Series A".
_ROUND_OWNER = re.compile(
    r"(?P<name>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&.-]{2,30}?)の(?:シリーズ|ラウンド|資金調達|調達|第三者割当)"
    rf"|(?P<name_en>{_ENGLISH_OWNER}){_ENGLISH_OWNED_ROUND}"
)
_ROUND_OWNER_EN = re.compile(rf"(?P<name>{_ENGLISH_OWNER}){_ENGLISH_OWNED_ROUND}")
# The investor opening such a headline, by its name.
_INVESTOR_OPENS_EN = re.compile(
    rf"^(?P<investor>{_ENGLISH_OWNER})\s(?:invests|invested|bets|pours|puts|injects|backs|funds|lends|lent"
    # "SoftBank to Invest in Perplexity", "Acme Ventures will invest $10M in Tsubame": an investment to come
    r"|(?:to|will|plans\sto|[Pp]lans\s[Tt]o|[Tt]o|[Ww]ill)\s(?:[Ii]nvest|[Bb]ack|[Ff]und)"
    # a lender's headline: "Acme Bank extends ¥5 billion loan to Tsubame"
    r"|(?:extends|extended|provides|provided|grants|granted|offers|offered|approves|approved)(?=\s[^,;:]{0,40}\bloans?\b))\b"
)
# "Japan's", "Tokyo-based" before the investor's name.
_INVESTOR_KNOWN_BY = re.compile(r"^(?:[A-Z][a-z]+['’]s\s|[A-Z][a-z]+-based\s)")
# An investor's headline: "Acme Ventures invests $10M in Tsubame", "Beta Capital backs Kamome", "X bets $5M on Y".
# (the words up to the next clause: "Samsung backs South Korean AI chip startup Rebellions ahead of IPO" is cut
# to its name by clean_company)
_INVESTED_OBJECT = r"[A-Z](?:[^,;:$]|\$(?=\d)){0,60}?(?=\s(?:to|with|for|in|ahead|as|amid|after|at|on|from)\b|[,;:]|$)"
_INVESTED_INTO_EN = re.compile(
    r"\b(?:(?:invests|invested|invest|Invests|Invest|bets|pours|puts|injects|leads|co-leads)\s(?:[^,;:]{0,40}?\s)?"
    r"(?:in|into|on|In|Into|On)"
    r"|(?:lends|lent)\s(?:[^,;:]{0,40}?\s)?to"
    r"|(?:extends|extended|provides|provided|grants|granted|offers|offered|approves|approved)\s(?:[^,;:]{0,40}?\s)?loans?\sto)\s"
    # (lower-case words of a description before the name: "invest in robot maker Tsubame")
    rf"(?:(?!(?:the|a|an|its|their)\s)[a-z][a-z-]*\s){{0,3}}(?P<name>{_INVESTED_OBJECT})|\b(?:backs|funds|back|fund)\s(?P<name_en>{_INVESTED_OBJECT})"
)
# "生成AIで図面を読む株式会社X" names X; the words before the company form describe it.
_AFTER_COMPANY_FORM = re.compile(r"(?:株式会社|\(株\)|合同会社)\s?(?P<name>[^\s、。はが「」]{1,30})$")
# "米Anysphere", "仏ミストラルAI": the country written before a foreign company's name is not part of it.
_COUNTRY_PREFIX = re.compile(
    r"^(?:米|英|仏|独|中|中国|韓国|台湾|加|豪|印|米国|欧州|シンガポール|イスラエル)(?=[A-Za-z\u30a0-\u30ff])"
)
_INVESTOR_FIRST = re.compile(
    r"^(?:【[^】]*】)?(?P<investor>[^、。はが「」]{2,30}?)(?:、|は|が)(?:[^、。]{0,12}の)?(?P<company>[^、。はがにへ「」]{2,30}?)(?:に|へ)"
    r"[^、。]{0,20}(?:出資|投資(?!家)|融資(?!を受))"
)
# A headline's subject quoted after its description: "北大発の宇宙スタートアップ「Letara」、2.75億円を調達".
_QUOTED_SUBJECT = re.compile(r"^(?:【[^】]*】)?[^、。「」]{0,30}「(?P<name>[^」]{2,30})」(?:、|は|が)")
# A product quoted before the company's name: "大豆由来代替肉「ミラクルミート」のDAIZ、71億円を調達".
_QUOTED_PRODUCT_BEFORE = re.compile(
    r"^(?:【[^】]*】)?[^、。「」]{0,30}「[^」]{1,30}」の(?P<name>[^、。はが「」の]{2,30}?)(?:、|は|が(?![ぁ-ゖ]))"
)
# "北大発", "東京大学発の": the organisation a company was spun out of, not the company.
_SPUN_OUT_OF = re.compile(r"発(?!表|売|行|足|信|電|明|見|生|注|言|展|効|揮|進)")


# Where an investment goes: "Xに出資", "Xへの投資", "invests in X", "invest up to $40 billion in X",
# "a $40 billion round in X".
_INVESTMENT_INTO = re.compile(
    r"(?:に|へ|への)(?:対し|対して|対する)?(?:追加|新たに|[^、。]{0,16}?を)?(?:出資|投資)(?!家)"
    r"|\b(?:invests|invested|investment|invest|investing|stake|round|financing)(?: (?:[^.;。]|\.(?=\d)){0,40}?)? in\b"
)
# What follows リード or 主導 when it names a lead: a verb ("主導した", "リードし"), "のもと", a round.
_JAPANESE_LEAD_USE = re.compile(
    r"(?:し|す|さ|で|と|を|は|に|。|、|役|投資|インベスター|\)|$|の(?:もと|下|ラウンド|調達|資金調達|出資|増資|シリーズ|投資|第三者))"
)
# "led by former Google researcher X", "led by CEO Y": a person leads a company, not a round.
_LED_BY_PERSON = re.compile(
    r"\s(?:its\s|the\s)?(?:former|ex-|ceo|founder|co-founder|cofounder|chief|professor|prof\.|dr\.|researcher|president"
    r"|chairman|chair|director|engineer|scientist|serial|veteran|entrepreneur)"
)
# "Yの調達を主導", "ラウンドをリード": what a Japanese lead leads.
_ROUND_OBJECT = re.compile(
    r"(?:調達|ラウンド|出資|投資|増資|ファイナンス|資金|シリーズ[a-f]|シード|クローズ|エクステンション)(?:の[^、。を]{0,10})?$"
)
_ROLE_WORDS = frozenset({"lead investor", "lead investors", "リード投資家", "リードインベスター"})
# "リード投資家として知られる", "a lead investor known for": a description of the investor, not its role here.
_KNOWN_AS = re.compile(r"として(?:知られ|有名|定評|実績)|\s(?:known|famous|renowned)\b")
# "lead investor in Kamome and Hayabusa": the company a lead investor leads, by its capitalised name.
_OWNER_AFTER_ROLE = re.compile(r"\s(?:in|of|for|at)\s(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})")
# "カモメのシリーズAを主導", "カモメやハヤブサの調達をリード": the company whose round a Japanese lead word leads.
_JAPANESE_OWNER = re.compile(
    r"(?<![\d億万兆])(?P<owner>[\u30a0-\u30ffA-Za-z\u4e00-\u9fff・&.-]{1,30}?)(?<!円)(?<!ドル)(?<!ユーロ)(?<!ポンド)(?<!ウォン)の"
    r"(?:[^、。をのに]{0,12})?"
    r"(?:シリーズ|ラウンド|資金調達|調達|第三者割当|増資|出資)[^、。を]{0,10}(?:を|も)(?:共同で)?$"
)
_THIS_COMPANY = re.compile(r"同社|当社|弊社|本|今回|今般|この|その|同$|自社")
# A Japanese lead word as a relative clause before a noun: "Xが主導する[noun]"; the noun must be a round's.
_JAPANESE_RELATIVE = re.compile(r"(?:する|した|している|していた)(?=[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9「])")
_ROUND_NOUN = re.compile(
    r"(?:本|今回の|同|この|新たな|[a-z0-9]+の)?(?:ラウンド|調達|資金調達|出資|増資|投資ラウンド|シリーズ|シード|プレシリーズ|第三者割当"
    r"|ファイナンス|エクステンション|ファースト|セカンド|クローズ|形|かたち)"
)
# What "led by" follows when a round is what was led: a round's noun ("a seed round led by", "Series A led by"), an
# amount ("$47 million led by"), the verb of a passive ("was led by", "jointly led by"), a pronoun, or a break (",
# led by", "Led by X, the round"); "a consortium led by NTT", "a push led by METI" lead no round.
_ROUND_BEFORE_LED_BY = re.compile(
    r"(?:^|[.。!?,;:(—–-]|\b(?:rounds?|financing|funding|investments?|raise|raising|deal|tranche|extension|close|closing|seed"
    r"|series\s[a-k]\d?|[a-k]\d?\+?|capital|equity|offering|placement|notes?|injection|commitment|syndicate|investors"
    r"|backers|shareholders|was|were|is|are|been|being|be|and|also|jointly|again|both|all|each|million|billion|trillion"
    r"|crore|lakh|m|bn|mn|yen|dollars|euros|it|this|which|that|one)|[\d$¥€£]\S*|\w+ly)\s*$"
)
# A sentence about a round before this one.
_EARLIER_ROUND_TALK = re.compile(
    r"\b(?:previously|earlier|prior|last year|its previous|its last|its first)\b"
    r"|前回|以前|過去|昨年|前年|これまで|\d{4}年の|していた"
)
_ROUND_WORD = re.compile(r"\s(?:pre-)?(?:round|series|seed|funding|financing|investment|raise)")
# "It was led by X", "This was co-led by X": the round is the previous sentence's.
_REFERS_BACK = re.compile(r"\s*(?:it|this|that|which)\s(?:was|is|has been)\s$")
# "X led, with …", "X led the round", "X led the $20 million round", "Accel led it;" (the round of the sentence
# before), "A, B and C led Tsubame's $65 billion Series H" (the company's round, by its possessive).
_LED_ALONE = re.compile(
    r"[,.;。]|\s(?:the|this|its|their)\s(?:\S+\s){0,3}?(?:round|investment|financing|raise|series [a-k]|seed)\b"
    r"|\sit(?:[,.;。]|$)"
    r"|\s(?P<owner>[^\s.,;。]+(?:\s[^\s.,;。]+){0,3})['’]s\s(?:[^.,;。]|[.,](?=\d)){0,40}?"
    r"\b(?:round|series [a-k]|seed|financing|funding|investment)\b"
)
# An adviser's role in the lead word's own clause: "led the financing as sole placement agent", "led by X, which acted
# as financial adviser", "みずほ証券が主導する私募", "主導した幹事団": the firm arranges the round, it does not invest.
_ADVISER_ROLE = re.compile(
    r"(?:[^.,;。、]|[.,](?=\d))*?(?:,\s(?:which|who)\s(?:also\s)?(?:acted|served|acts|serves|was|is)\s)?\bas\s(?:the\s|its\s|an?\s)?"
    r"(?:(?:sole|lead|exclusive|joint|global|co-|senior|principal)\s?)*"
    r"(?:placement agent|financial advis|advis|arranger|underwriter|bookrunner|book runner|manager)"
    r"|(?:する|した|の)?[^、。]{0,6}?(?:私募|幹事|アレンジャー|アドバイザー|引受証券|プレースメント)"
)
# "SoftBank leads $40 billion round in OpenAI", "Global Brain said it led a ¥2bn Series A in X": lead verbs that
# count only before a round.
_LEADS_VERBS = frozenset(
    {"leads", "co-leads", "led a", "led an", "co-led a", "co-led an", "led its", "led their", "leading a", "leading an"}
    | {"leading its", "took the lead", "takes the lead"}
)
# (the round's noun phrase: no clause between the verb and the round, "SoftBank leads Japan AI push as Tsubame raises
# $20M round", and the round word ends it, not "took the lead in Japan's AI investment push")
_A_ROUND_FOLLOWS = re.compile(
    r"(?:[^.,;。、]|[.,](?=\d)){0,60}?\b(?:round|financing|funding|investment|series [a-f]|seed)\b"
    r"(?=\s*(?:[.,;:。、!?)'’]|$|\s(?:in|of|for|from|with|at|led|co-led|valuing|that|which|to|round|funding|financing"
    r"|and|as|into|on|worth|by|after|amid|this|last|this|—|-)\b))"
)
# Words of a new clause, which a round's noun phrase after a lead verb does not hold.
_CLAUSE_BETWEEN = re.compile(
    r"\b(?:as|while|when|after|before|because|since|but|raises|raised|raise|raising|secures|secured|closes|closed"
    r"|says|said|announces|announced|is|are|was|were|has|have|had)\b"
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
    company = issuer.name if issuer else None
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
        company = _subject(document, folded, organisations, investors, leads)
        if company is not None and opening_investor is not None:
            investors.pop(company, None)
    if company is not None and all(hit.organisation.name != company for hit in organisations):
        company = clean_company(company)
    if company is None:
        company = _lede_subject(document, folded, organisations, investors, leads)
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
        name: _spelled_out(document, name) or _watch_list_name_starting(document, name, organisations)
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


def leads_of_the_round(
    rules: FundingRules, document: str, folded: str, organisations: Sequence[OrganisationHit]
) -> tuple[dict[str, None], dict[str, tuple[int, int]]]:
    """The leads of this story's round, by the lead markers that count, and for each the round owner its marker
    names (where it is written; (0, 0): this round), by which a lead of another company's round is dropped later."""
    leads: dict[str, None] = {}
    owners: dict[str, tuple[int, int]] = {}  # a lead's round owner, where it is written; (0, 0): this round
    # This round's stage: the headline's, or else the first sentence's.
    title_end = folded.find("。") if "。" in folded else len(folded)
    this_stages = _stages(rules, folded[:title_end]) or _stages(
        rules, folded[title_end : sentence_bounds(folded, title_end + 1)[1]]
    )
    for marker in rules.lead_markers.find(folded):
        if marker.term in _LEADS_VERBS and not _round_follows(folded, marker.end):
            continue  # "leads the market", not "leads a $40 billion round"
        if (
            marker.term == "led"
            and folded[marker.start - 1 : marker.start] == "-"
            and not folded.endswith("co-", 0, marker.start)
        ):  # ("X and Y co-led the all-equity round" is the verb, not "an X-led round")
            if _ROUND_WORD.match(folded, marker.end):
                for name in lead_names(rules, document, folded, _hyphen_led_zone(folded, marker.start), organisations):
                    leads[name] = None
            continue
        led_alone = _LED_ALONE.match(folded, marker.end) if marker.term == "led" else None
        if marker.term == "led" and led_alone is None:
            continue  # "Heron Capital led, with …", not "led to" or "led the market"
        if (
            marker.term in ("リード", "主導")
            and folded[marker.start - 1 : marker.start] == "を"
            and re.match(r"する|し|さ", folded[marker.end : marker.end + 2])
            and not _ROUND_OBJECT.search(folded, 0, marker.start - 1)
        ):
            continue  # "国産LLMをリードする": leading a field, not a round
        if (
            marker.term in ("リード", "主導")
            and folded[marker.start - 1 : marker.start] != "を"
            and (relative := _JAPANESE_RELATIVE.match(folded, marker.end)) is not None
            and not _ROUND_NOUN.match(folded, relative.end())
        ):
            continue  # "NTTが主導するコンソーシアム", "Xが主導する実証実験": leading something other than a round
        if marker.term in ("led by", "co-led by", "spearheaded by") and not _ROUND_BEFORE_LED_BY.search(
            folded, max(marker.start - 40, 0), marker.start
        ):
            continue  # "a consortium led by NTT", "a research programme led by X": leading no round
        sentence_start, _ = sentence_bounds(folded, marker.start)
        if _EARLIER_ROUND_TALK.search(folded[sentence_start : marker.end + 8]):
            continue  # "Previously, X raised $10 million in a Series A led by Y": an earlier round's lead
        if not _leads_a_round(rules, folded, marker.start, marker.end, marker.term):
            continue  # "AI主導の創薬", "リード獲得", "a startup led by former Google researcher X"
        if _leads_another_stage(rules, folded, marker.start, marker.end, this_stages):
            continue  # "Beta Capital, which led its seed round, returned", "シードラウンドを主導したX": not this round
        if marker.term in _ROLE_WORDS and _KNOWN_AS.match(folded, marker.end):
            continue  # "リード投資家として知られるX", "known as a lead investor": what X is, not what it did here
        if _ADVISER_ROLE.match(folded, marker.end):
            continue  # "X led the financing as placement agent", "みずほ証券が主導する私募": an adviser
        zone = lead_zone(folded, marker.start, marker.end, marker.term)
        names = lead_names(rules, document, folded, zone, organisations)
        if marker.term.isascii() and RELATIVE_LEAD.search(folded, zone[0], marker.start):
            names = names[-1:]  # "A, B and C, which led the round, participated": only C led
        role_owner = _OWNER_AFTER_ROLE.match(document, marker.end) if marker.term in _ROLE_WORDS else None
        if role_owner is None and marker.term in ("リード", "主導") and folded[marker.start - 1 : marker.start] == "を":
            # "ベータベンチャーズはカモメのシリーズAも主導した": the round of the company before の
            role_owner = _JAPANESE_OWNER.search(folded, max(marker.start - 40, 0), marker.start)
            if role_owner is not None and _THIS_COMPANY.search(role_owner["owner"]):
                role_owner = None
        for name in names:
            leads[name] = None
            if led_alone is not None and led_alone["owner"] and document[led_alone.start("owner")].isupper():
                owners.setdefault(name, led_alone.span("owner"))  # "A, B and C led Tsubame's Series H": its owner
            elif role_owner is not None:
                owners.setdefault(name, role_owner.span("owner"))  # "X, a lead investor in Kamome and Hayabusa"
            else:
                owners[name] = (0, 0)  # a lead of this story's round by another marker
    return leads, owners


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


def _round_follows(folded: str, end: int) -> re.Match[str] | None:
    """The round a lead verb leads, named in the noun phrase after it ("leads $40 billion round in Y")."""
    follows = _A_ROUND_FOLLOWS.match(folded, end)
    return None if follows is None or _CLAUSE_BETWEEN.search(follows.group(0)) else follows


def _stages(rules: FundingRules, text: str) -> set[str]:
    return {hit.payloads[0] for hit in rules.rounds.find(text)} - {"extension", "debt", "j_kiss", "angel"}


def _leads_another_stage(rules: FundingRules, folded: str, start: int, end: int, this_stages: set[str]) -> bool:
    """Whether a lead word is about a stage other than the headline's: "X led its seed round" in a Series A story."""
    if not this_stages:
        return False
    if folded[start:end].isascii():
        led = _A_ROUND_FOLLOWS.match(folded, end)
        named = _stages(rules, led.group(0)) if led and start and folded[end : end + 1] == " " else set()
    else:
        sentence_start, _ = sentence_bounds(folded, start)
        named = _stages(rules, folded[max(sentence_start, start - 16) : start])
    return bool(named) and not named & this_stages


def _hyphen_led_zone(folded: str, start: int) -> tuple[int, int]:
    """The name joined to "-led" before a round: "raises $10M in Sequoia-led Series A" gives Sequoia."""
    head_start = max(0, start - 60)
    head = folded[head_start : start - 1]
    # (a stop not found is no cut: rfind's -1 plus the stop's length is not a position)
    cut = max(
        (head.rfind(stop) + len(stop) for stop in (" in ", " a ", " an ", ", ", "。", " its ") if stop in head),
        default=0,
    )
    return head_start + cut, start - 1


# A short form as releases write one ("WbyT", "GB"): a few letters, two or more of them capitals, no space.
_SHORT_FORM = re.compile(r"(?=(?:[a-z0-9]*[A-Z]){2})[A-Za-z0-9]{2,6}")
# An English name of two or more capitalised words, joined by a small word or "&": "Woven by Toyota", "Bank of Tokyo".
_LONG_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s(?:(?:by|of|for|and|de|the|&)\s)?[A-Z][\w.&'’-]*)+")
_SMALL_WORDS = frozenset({"by", "of", "for", "and", "de", "the", "&"})


def _spelled_out(document: str, short: str) -> str | None:
    """The longer name in the text that a short form abbreviates: "WbyT" is "Woven by Toyota", "GB" "Global Brain".

    Its letters spell the name in order, starting with its first letter, and every capitalised word of the name
    gives its initial; a name that has the short form as one of its words ("SBI Investment" for "SBI") is another.
    """
    if not _SHORT_FORM.fullmatch(short):
        return None
    for match in _LONG_NAME.finditer(document):
        words = match.group(0).split()
        if short.lower() not in {word.lower() for word in words} and _spells(short.lower(), words):
            return match.group(0)
    return None


def _spells(short: str, words: list[str]) -> bool:
    """Whether the letters of ``short`` take every capitalised word's initial in order, and further letters only
    from within the word they are in."""

    def walk(letter: int, word: int) -> bool:
        # ``letter`` of ``short`` is to be the initial of ``words[word]`` (or a small word is passed over)
        if word == len(words):
            return letter == len(short)
        current = words[word]
        if current in _SMALL_WORDS and walk(letter, word + 1):
            return True
        if letter == len(short) or current[0].lower() != short[letter]:
            return False
        # the letters after the initial that this word gives: any in order, then the next word's initial
        position, letter = 1, letter + 1
        if walk(letter, word + 1):
            return True
        while letter < len(short):
            found = current.lower().find(short[letter], position)
            if found < 0:
                return False
            position, letter = found + 1, letter + 1
            if walk(letter, word + 1):
                return True
        return False

    return walk(0, 0)


def _without_abbreviations(names: Mapping[str, None]) -> list[str]:
    """The names without those a longer one starts with: a headline's "ヘロン" is the text's "ヘロン・キャピタル"."""
    return [name for name in names if not any(other != name and other.startswith(name) for other in names)]


def _leads_a_round(rules: FundingRules, folded: str, start: int, end: int, term: str) -> bool:
    """Whether a bare lead word (リード, 主導, led by) is about this round.

    "リード投資家" and "lead investor" always are. Otherwise the Japanese word must be used as a verb or of a
    round ("主導した", "リードのもと", "主導のラウンド"; not "AI主導の創薬", "リード獲得"), an English "led by" must not
    name a person by their role ("led by former Google researcher X", "led by CEO Y"), and a word of
    funding (調達, round, an amount) must stand in its sentence (in English, before it) or, in Japanese, in the
    one before ("5億円を調達した。Xが主導した。").
    """
    if term in ("リード投資家", "リードインベスター", "リードvc", "lead investor", "lead investors") or term.startswith(
        (
            "led the",
            "co-led the",
            "leading",
            "led a",
            "led an",
            "co-led a",
            "led its",
            "led their",
            "leads",
            "co-leads",
            "took the lead",
            "takes the lead",
        )
    ):
        return True  # the lead's own word, or one that names the round after it ("X led the Series B")
    if term in ("リード", "主導") and not _JAPANESE_LEAD_USE.match(folded, end):
        return False
    if term.isascii() and _LED_BY_PERSON.match(folded, end):
        return False
    sentence_start, sentence_end = sentence_bounds(folded, start)
    head = folded[sentence_start:start]
    if term.isascii() and term != "led" and head.strip() and not _REFERS_BACK.match(head):
        # English names the round before "led by"; "Led by X, the round …" after it.
        sentence_end = start
        sentence_start = max(sentence_start, start - 80)
    elif (not term.isascii() or term == "led" or _REFERS_BACK.match(head)) and sentence_start > 0:
        # the sentence before, too ("…raised $20 million. It was led by X."); a full stop's end is not its start
        sentence_start, _ = sentence_bounds(folded, max(sentence_start - 2, 0))
    around = folded[sentence_start:sentence_end]
    return bool(any(rules.raise_verbs.find(around)) or any(rules.rounds.find(around)) or find_money(around))


def _first_organisation_near(
    organisations: Sequence[OrganisationHit], match: re.Match, before: bool
) -> OrganisationHit | None:
    if before:
        candidates = [hit for hit in organisations if 0 <= match.start() - hit.end <= 3]
        return candidates[-1] if candidates else None
    candidates = [hit for hit in organisations if 0 <= hit.start - match.end() <= 4]
    return candidates[0] if candidates else None


def _subject(
    document: str,
    folded: str,
    organisations: Sequence[OrganisationHit],
    investors: Mapping[str, None],
    leads: Mapping[str, None],
) -> str | None:
    """The company a funding headline is about.

    Its first organisation that is not an investor, or its grammatical subject.
    """
    title_end = folded.find("。")
    title_end = len(folded) if title_end < 0 else title_end
    # A Japanese headline's subject before its first 、, with no watch-list name in it, is the company before any
    # organisation named later ("北大発宇宙ベンチャーLetara、NEDOの支援事業に採択": NEDO grants, Letara receives).
    opening = _JAPANESE_SUBJECT.match(document, 0, title_end)
    if opening is not None and opening.group(0).endswith("、"):
        subject = clean_company(_COUNTRY_PREFIX.sub("", COMPANY_FORMS.sub("", opening["name"])))
        if (
            subject is not None
            and subject not in investors
            and subject not in leads
            and not any(hit.start < opening.end() and not _SPUN_OUT_OF.match(folded, hit.end) for hit in organisations)
            and any(opening.end() <= hit.start < title_end for hit in organisations)
        ):
            return subject
    people = _PEOPLE_RAISE_FOR.search(document, 0, title_end) if "for " in document[:title_end] else None
    if people is not None:
        # "Top OpenAI and Google Brain researchers raise $300M seed for Periodic Labs": people raise for their company
        return clean_company(people["name"])
    # "Toyota's Woven unit to invest in Hokkaido rocket maker Interstellar", "Alphabet, Nvidia back X": the
    # organisations before an investing verb with its object are the investors' side, not the company
    invested = _INVESTED_INTO_EN.search(document, 0, title_end)
    investing_side = invested.start() if invested is not None else 0
    for hit in organisations:
        name = hit.organisation.name
        if (
            hit.start < title_end
            and hit.start >= investing_side
            and name not in investors
            and name not in leads
            and hit.organisation.sector != "ministry"
            and not _SPUN_OUT_OF.match(folded, hit.end)
        ):
            return name
    title = document[:title_end]
    match = (
        _ENGLISH_SUBJECT.match(title)
        or _JAPANESE_SUBJECT.match(title)
        or _QUOTED_SUBJECT.match(title)
        or _QUOTED_PRODUCT_BEFORE.match(title)
    )
    if match and (match["name"] in leads or match["name"] in investors or _SEVERAL.search(match["name"])):
        # ("エア・ウォーターなど7社がXの第三者割当増資を引き受け": the subject names several, the investors)
        # "ベータキャピタル、ツバメのシリーズAを主導": the subject led; the company is the round's owner
        match = _ROUND_OWNER.search(title, match.end()) or match
    elif match is None:
        # "Acme Ventures leads Tsubame's $20M Series A", "Acme Ventures invests $10M in Tsubame"
        match = _ROUND_OWNER_EN.search(title) or _INVESTED_INTO_EN.search(title)
    if match:
        name = match["name"] or match.groupdict().get("name_en") or ""
        named = _AFTER_COMPANY_FORM.search(name)
        name = COMPANY_FORMS.sub("", named["name"] if named else name).strip(" ,、・")
        return _COUNTRY_PREFIX.sub("", name) or None
    return None


# The last word of a description, not a name: "Robot maker", "Japanese nuclear fusion company", "AI翻訳企業",
# "駅運営会社", "中国のヒト型ロボット新興", "イギリスの16歳", "…の元CEO" (a person).
_DESCRIPTION_END_EN = re.compile(
    r"\b(?:maker|makers|company|firm|startup|start-up|developer|provider|operator|giant|subsidiary|founder|ceo"
    r"|upstart|manufacturer|unicorn|specialist|venture|player|researchers?|teen|teenager"
    # the same in a Title Case headline ("Robot Maker", "LLM Startup"), where "Company" or "Giant" may end a name
    r"|Maker|Makers|Startup|Start-[Uu]p|Developer|Upstart|Unicorn|Manufacturer)$"
)
_DESCRIPTION_END_JA = re.compile(
    r"(?:企業|会社|新興|新興企業|スタートアップ|ベンチャー|メーカー|大手|各社|子会社|事業者|歳|氏|さん|ceo|cto|社長|会長"
    r"|創業者|研究者|開発者|学生|チーム|調達|資金|投資|出資)$"
)
# A lowercase description before an English name: "Robot maker Tsubame", "AI startup Kamome".
_DESCRIPTION_BEFORE_EN = re.compile(
    r"^.*\b(?:maker|company|firm|startup|start-up|developer|provider|operator|giant|upstart|unicorn"
    # the same in a Title Case headline: "Robot Maker Acme", "Japanese LLM Developer Kamome"
    r"|Maker|Startup|Start-[Uu]p|Developer|Upstart|Unicorn|Manufacturer)\s(?=[A-Z])"
)
# A Japanese description right before a name in Latin letters: "北大発宇宙ベンチャーLetara", "AIスタートアップKamome",
# "映画スタジオPromise".
_DESCRIPTION_BEFORE_LATIN = re.compile(
    r"^.*(?:ベンチャー|スタートアップ|企業|新興|会社|メーカー|スタジオ|ラボ|事業者|開発元|発|る|た)\s?(?=[A-Za-z][\x00-\x7f]*$)"
)
# What money goes into that is no company: "invests $2.9 billion in Japan", "backs AI", "funds Tokyo startups".
_PLACE_OR_FIELD = re.compile(
    r"(?:Japan|Tokyo|Osaka|Kyoto|Asia|Europe|India|China|Korea|US|U\.S\.|AI|Japanese|Asian|European)"
    r"(?:\s(?:AI|startups?|companies|firms|tech|technology|research|R&D|infrastructure|data centres?|data centers?))*"
)
# "Japan's Luca Science": a place's possessive before the name.
_PLACE_POSSESSIVE = re.compile(
    r"^(?:S\.\s)?[A-Z][a-z]+['’]s\s(?=[A-Z])"
    # a person's possessive: "Yann LeCun's AMI Labs", "Masayoshi Son's SoftBank"
    r"|^[A-Z][a-z]+\s(?:[A-Z][a-z]*\s)?[A-Z][A-Za-z]+['’]s\s(?=[A-Z])"
    # "Palo Alto-based Glean", "Tokyo-based Tsubame"
    r"|^(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*-based\s(?:(?:[a-z-]+\s){0,3}(?:startup|company|firm|developer|maker)\s)?(?=[A-Z])"
    # the same in Title Case: "Osaka-Based Startup Tsubame", "Tokyo-Based Generative AI Startup Hibari"
    r"|^(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*-Based\s(?:(?:[A-Z][\w-]*\s){0,3}(?:Startup|Company|Firm|Developer|Maker)\s)?"
    r"(?=[A-Z])"
)
# の followed by a written word (not hiragana: みちのく銀行 keeps its の): what stands before it describes.
_DESCRIPTION_NO = re.compile(r"^.*の(?=[^\u3040-\u309f])")


# A headline's exclamation or label before its subject: "Record-breaking! Figure secured …", "速報:ツバメが…".
_LOWER_CASE_TAIL = re.compile(r"(?:\s[a-z][a-z-]*)+$")
# People raising money for the company they found: "ex-Sony engineers raise $20M for Kamome Robotics".
_PEOPLE_RAISE_FOR = re.compile(
    r"\b(?:researchers|founders|co-founders|engineers|scientists|veterans|alumni|executives|team)\s"
    r"(?:raise|raised|secure|secured|land|landed|bag|bagged)\s[^,;:]{0,40}?\bfor\s"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})"
)
# A headline's subject that names several companies: "Aなど7社", "A、Bら3社".
_SEVERAL = re.compile(r"(?:など|ら)\d*社?$|\d+社$")
_EXCLAIMED_BEFORE = re.compile(r"^[^!?:]{1,30}(?:[!?]+|:)\s?(?=\S)")


def clean_company(name: str) -> str | None:
    """A company's name as a headline's subject gives it, without the description around it, or None when only a
    description (or a clause) is left: a wrong name is worse than none."""
    quoted = re.search(r"「([^」]{2,30})」", name)
    name = quoted.group(1) if quoted else name
    name = _EXCLAIMED_BEFORE.sub("", name)
    if not name.isascii():
        name = _DESCRIPTION_BEFORE_LATIN.sub("", _DESCRIPTION_NO.sub("", name))
    name = _DESCRIPTION_BEFORE_EN.sub("", _PLACE_POSSESSIVE.sub("", name)).strip(" ,、・")
    if (
        len(name) < 2
        or (any(character.isdigit() for character in name) and find_money(name))
        or re.search(r"[をでにへ](?![a-z])|[「」]", name)
        and not name.isascii()
        or _DESCRIPTION_END_EN.search(name)
        or _DESCRIPTION_END_JA.search(name.lower())
        or name[0].isdigit()
        or _PLACE_OR_FIELD.fullmatch(name)
    ):
        return None
    if name.isascii() and " " in name:
        # "fund Noon Energy battery": lower-case words after the capitalised name say what it makes ("Robot maker",
        # a description alone, is none by now)
        tail = _LOWER_CASE_TAIL.search(name)
        if tail is not None and name[0].isupper():
            name = name[: tail.start()]
    return name


# The first sentence's subject when it raised: "Kyoto Fusioneering, a venture founded by …, said it has raised",
# "Polars, the company behind …, has raised", "米国の核融合スタートアップCommonwealth Fusion Systems(CFS)は、…調達".
_LEDE_SUBJECT_EN = re.compile(
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})(?:,\s(?:a|an|the)\s[^;]{3,120}?,)?\s"
    # ("said on November 13 that it had closed": a date after the verb)
    r"(?:(?:said|says|announced)\s(?:(?:on\s)?\w+(?:\s\d{1,2})?,?\s)?(?:that\s)?it\s)?(?:has\s|have\s|had\s)?"
    r"(?:raised|raises|secured|secures|closed|closes|completed|landed)\b"
)
# "leading a financing round of at least US$600 million for MiniMax, a … startup": the round's company after "for".
_ROUND_FOR = re.compile(
    r"\b(?:round|financing|funding|investment)\b(?:[^.;。]|\.(?=\d)){0,50}?\sfor\s"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})(?=,|\.|\s(?:a|an|the|which|who|to|in|at)\b|$)"
)
_LEDE_SUBJECT_JA = re.compile(r"(?P<name>[^、。はが「」]{2,40}?)(?:\([^)]{1,20}\))?は")
_LEDE_RAISING_JA = re.compile(r"調達|出資を受け|増資を実施|融資を受け")


def _lede_subject(
    document: str,
    folded: str,
    organisations: Sequence[OrganisationHit],
    investors: Mapping[str, None],
    leads: Mapping[str, None],
) -> str | None:
    """The company a first sentence names as the one that raised, when the headline named none: a clean name only."""
    start = folded.find("。") + 1
    if not start:
        return None
    end = sentence_bounds(folded, start)[1]
    english = _LEDE_SUBJECT_EN.match(document, start, end) or _ROUND_FOR.search(document, start, end)
    if english is not None:
        name = english["name"]
    else:
        japanese = _LEDE_SUBJECT_JA.match(document, start, end)
        if japanese is None or not _LEDE_RAISING_JA.search(folded, japanese.end(), end):
            return None
        name = japanese["name"]
        if re.search(r"など|や|社$|[0-9]", name):
            return None  # "小学館や政府系ファンドのJICなど10社が": investors, not the company
    named = next(
        (
            hit.organisation.name
            for hit in organisations
            if hit.start >= start and document[hit.start : hit.end] == name
        ),
        None,
    )
    name = named or clean_company(COMPANY_FORMS.sub("", name).strip(" ,、・")) or ""
    return name if name and name not in investors and name not in leads else None
