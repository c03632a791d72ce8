"""The company that raised a round: the headline's subject, the first sentence's, and a name cleaned of the
description around it (``clean_company``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from common.folding import COMPANY_FORMS
from pipelines.classification.funding_rules import OrganisationHit, sentence_bounds
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
ENGLISH_OWNER = r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}"
_ENGLISH_OWNED_ROUND = (
    r"['’]s\s(?:[$¥€£]?[\d.]+\s?[A-Za-z]*\s)?(?:Series|Seed|Pre-|Round|Funding|round|funding|raise|Raise)"
)
# The company whose round a headline names after its lead: "Xの シリーズA", "Xの資金調達", "X's Series A".
_ROUND_OWNER = re.compile(
    # (an amount may stand between: "カモメの100億円調達", "Xの最大400億ドルの資金調達")
    r"(?P<name>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&.-]{2,30}?)の"
    r"(?:(?:最大|約)?[\d,.]+(?:億|万|兆)*(?:円|ドル|ユーロ)の?)?(?:シリーズ|ラウンド|資金調達|調達|第三者割当)"
    rf"|(?P<name_en>{ENGLISH_OWNER}){_ENGLISH_OWNED_ROUND}"
)
_ROUND_OWNER_EN = re.compile(rf"(?P<name>{ENGLISH_OWNER}){_ENGLISH_OWNED_ROUND}")


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


# A headline's subject quoted after its description: "北大発の宇宙スタートアップ「Letara」、2.75億円を調達".
_QUOTED_SUBJECT = re.compile(r"^(?:【[^】]*】)?[^、。「」]{0,30}「(?P<name>[^」]{2,30})」(?:、|は|が)")
# A product quoted before the company's name: "大豆由来代替肉「ミラクルミート」のDAIZ、71億円を調達".
_QUOTED_PRODUCT_BEFORE = re.compile(
    r"^(?:【[^】]*】)?[^、。「」]{0,30}「[^」]{1,30}」の(?P<name>[^、。はが「」の]{2,30}?)(?:、|は|が(?![ぁ-ゖ]))"
)
# "北大発", "東京大学発の": the organisation a company was spun out of, not the company.
_SPUN_OUT_OF = re.compile(r"発(?!表|売|行|足|信|電|明|見|生|注|言|展|効|揮|進)")


def headline_subject(
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
    if match and (
        match["name"] in leads
        or match["name"] in investors
        or _SEVERAL.search(match["name"])
        # the subject by a watch-list name that leads or invests ("ソフトバンクG" is SoftBank Group, the lead)
        or any(
            hit.organisation.name in leads or hit.organisation.name in investors
            for hit in organisations
            if match.start("name") <= hit.start < match.end("name")
        )
    ):
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


def lede_subject(
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
