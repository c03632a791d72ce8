"""The lead-investor rules: which lead markers ("led by", "リード投資家", "Xが主導") name a lead of this story's
round, and the round owner a marker names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.classification.funding_rules import FundingRules, OrganisationHit, sentence_bounds
from pipelines.classification.investor_zones import RELATIVE_LEAD, lead_zone
from pipelines.classification.investors import lead_names
from pipelines.classification.money import find_money

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
# "It was led by X", "This was co-led by X": the round is the previous sentence's; and so is a round named by its
# place among the rounds just told of ("the first round went to Y; the second was led by X", "the latest was led by").
_PLACE = r"the\s(?:first|second|third|fourth|fifth|latest|last|later|latter|former|new|newest|most recent)(?:\sone)?"
_REFERS_BACK = re.compile(rf"\s*(?:it|this|that|which|{_PLACE})\s(?:was|is|has been)\s$")
_BY_ITS_PLACE = re.compile(rf"\s*{_PLACE}\s")
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
    | {"leading its", "took the lead", "takes the lead", "co-lead"}
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
        if (
            marker.term in _LEADS_VERBS
            and not _round_follows(folded, marker.end)
            and not folded.endswith(("as ", "as the "), 0, marker.start)
        ):
            continue  # "leads the market", not "leads a $40 billion round" nor "with X and Y as co-leads"
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
            "co-lead",
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
        # Clauses parted by semicolons are one sentence ("…three rounds…; the second was led by A; the third was
        # led by B": the round words stand in the first), and a round by its place looks back one sentence more, to
        # the one that told of the rounds ("closed three rounds. A backed the first; the second was led by B").
        one_more = _BY_ITS_PLACE.match(head) is not None
        for _ in range(4):
            semicolon = folded[:sentence_start].rstrip().endswith(";")
            if sentence_start <= 0 or not (semicolon or one_more):
                break
            one_more = one_more and semicolon
            sentence_start, _ = sentence_bounds(folded, max(sentence_start - 2, 0))
    around = folded[sentence_start:sentence_end]
    return bool(any(rules.raise_verbs.find(around)) or any(rules.rounds.find(around)) or find_money(around))
