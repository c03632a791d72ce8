"""Investor and lead names in the part of a sentence that a marker points at ("led by X", "Xが主導", "引受先はX")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from common.folding import COMPANY_FORMS, fold_term
from pipelines.classification.funding_rules import FULL_STOP, FundingRules, OrganisationHit, sentence_bounds

_NAME_SEPARATORS = re.compile(r"、|,|\s(?:and|&)\s|および|及び|ならびに|並びに|(?<=[^\sa-z])と(?=[^\s])")
_NAME_NOISE = re.compile(
    r"^(?:(?:including|such as|investors?|existing investors?|new investors?|as well as|other|others|the|with|and"
    r"|from|by|also)\s+)+"
    r"|^(?:ほかに|他に|このほか|また|さらに|加えて|新たに|新規に)、?"
    r"|(?:など|等|ほか|他|の|を|が|に|から|より|各社|計\d+社|\d+社)+$"
    r"|\s(?:and others|among others|and other investors|and existing investors)$"
)
# Japanese words for an investor's role: "リード投資家はX", "既存投資家のX" name X after them.
_ROLE_NOUNS = frozenset(
    {"リード投資家", "リードインベスター", "リードvc", "既存投資家", "投資家", "引受先", "割当先", "出資者"}
)
_INVESTOR_PREFIX = re.compile(
    r"^.*(?:投資家|インベスター|株主|出資者|引受先|割当先)(?:は|の|として|に|が|である|:)?\s?"
)


# English name runs: capitalised words, joined by "&", "of", "de" or a hyphen
# ("Fidelity Management & Research Company").
_ENGLISH_NAME = re.compile(
    r"[A-Z0-9][A-Za-z0-9\u00c0-\u00ff.'’-]*(?:\s(?:&\s|of\s|de\s|du\s|by\s)?[A-Z0-9][A-Za-z0-9\u00c0-\u00ff.'’-]*)*"
)
_ENGLISH_FORM = re.compile(r"(?:,?\s(?:Co|Inc|Corp|Ltd|LLC|K\.K|GmbH|AG|plc|L\.P|LP)\.?)+$")
# After a capitalised word, the lower-case words of a kind of investor and a name: "Climate tech investor X",
# "Sovereign wealth fund Y", "Gaming venture firm Z".
_DESCRIBES_THE_NAME_AFTER = re.compile(
    r"(?:\s(?!(?:and|or|with|as|to|in|of|by)\s)[a-z][a-z-]*){0,3}\s(?:investors?|funds?|firms?|backers?|specialists?|vcs?|capitalists?|managers?|lenders?"
    r"|banks?|arms?|units?|groups?|companies|company|house)\s(?:the\s)?[A-Z0-9]"
)
# Capitalised words for an investor's role before its name at a sentence's start: "Investors X and Y led the round".
_ENGLISH_ROLE_BEFORE = re.compile(
    r"^(?:(?:Existing|New|Lead|Fellow|Returning)\s)?(?:Investors?|Backers?|Shareholders?|Co-investors?)\s(?=[A-Z0-9])"
)
# Capitalised words that start a sentence or describe, never an investor's name on their own; among them a compound
# adjective, one word whose tail after a hyphen is lower-case ("Crypto-focused investor X", "AI-native fund X").
_NOT_A_NAME = re.compile(
    r"[\d.,]+[A-Za-z]{0,3}|[A-Z]|We|Our|Us|[A-Za-z0-9.]+(?:-[A-Za-z0-9]+)*-[a-z]+|(?:The\s)?(?:Series\s.*|Round|Seed|Company|Startup)|The|In|On|It|Its|No|This|These|That|Other|Others|Both|All|Also|New|Existing|Investors?"
    r"|Japan|Japanese|Tokyo|.*['’]s|U\.S\.?|US|UK|U\.K\.?|EU|Co|Inc|Ltd|Corp|LLC|K\.K\.?|L\.P\.?|LP"
    # a city or a region is no investor: "an Osaka CVC-led round", "a sovereign fund from the Middle East"
    r"|Osaka|Kyoto|Nagoya|Fukuoka|Sapporo|Yokohama|Kobe|Sendai|Seoul|Beijing|Shanghai|Shenzhen|Hong\sKong|Taipei"
    r"|Bengaluru|Bangalore|Mumbai|Delhi|London|Paris|Berlin|Silicon\sValley|San\sFrancisco|New\sYork"
    r"|(?:(?:The|A|An)\s)?(?:Middle\sEast(?:ern)?|Gulf|Persian\sGulf|Asia|Asian|Southeast\sAsia(?:n)?|Europe|Africa(?:n)?"
    r"|Latin\sAmerica(?:n)?|North\sAmerica(?:n)?|Nordic|Arab|Western|Eastern)"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{4})?"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# After these a lead list is over: the next words name other investors or say something else.
_LEAD_LIST_END = re.compile(
    # (a short form in brackets, "Acme Ventures (AV) and Beta Capital", does not end it)
    rf"[。;:]|\((?![^()]{{1,15}}\))|{FULL_STOP}"
    r"|,? (?:with|alongside|joined by|to |at |bringing|brings|brought|which|who|that|for "
    r"|in a |in its |as part|and (?:other|several)|participation|plus |will |is |was |has "
    # "led by A and B, as well as D" names D a lead too; "…, as well as existing investors C" others
    r"|as well as (?=(?:existing|new|other|several|current|returning|previous|participation|investors?|backers?"
    r"|shareholders?|strategic|individual|angel|undisclosed|a|an|the|some|many|various|its|their|from|funds?"
    r"|[\d$¥€£]))"
    r"|had |making|valuing|putting|according|along with|together with|(?:and )?includ)"
    # "led by X and existing investors" ends the list; "led by existing investor X and new investor Y" goes on
    r"|,? and (?:existing|new) (?:investors|backers|shareholders)\b"
    # "led by X and saw Y return", "led by X and drew Y": a new predicate of the round, naming others
    r"|,? and (?:saw|sees|drew|draws|attracted|attracts|featured|features|had|brought|received|got|also|comes|came"
    r"|follows|followed|marks|marked|values|valued|takes|took|gives|gave|counts|counted)\b"
    r"|,\s(?:one of|a|an|the|its|their|whose)\s"
)
_CLAUSE_AFTER_AS_WELL_AS = re.compile(r",\s(?:and|with|while|but)\s|;")
# A clause saying who reports the round, after a comma: ", Bloomberg reported", ", TechCrunch has learned", ", said X",
# ", the company's CEO told Y", ", per PitchBook data", ", according to …".
_ATTRIBUTION = re.compile(
    r",\s(?:(?:said|says|per|according)\b|(?:[^,;:.]{1,60}?\s)?(?:reported|reports|said|says|told|has learned"
    r"|have learned|learned|wrote|writes|announced|announces|confirmed|confirms|noted|added|stated|disclosed)\b)"
)
# A reporting verb before the clause that names the lead: "Bloomberg reported that X led", "the CEO said X led".
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|reported|reports|told\s\S+(?:\s\S+)?|wrote|writes|noted|added|confirmed|confirms|announced"
    r"|announces|stated|disclosed|learned)(?:\s(?:on\s\w+|in\sa\s\w+|today|yesterday))?(?:\sthat)?\s"
)
# What joins a Japanese role noun to the name after it: "リード投資家はX", "…であるX", "…のX", "…:X".
_ROLE_IS = re.compile(r"(?:は、?|に|である|の|:|を務めた|を務める|となった|として、?)\s?")
# "ラウンドを主導したのはX": a cleft names the lead after the marker.
_CLEFT = re.compile(r"(?:した|する)のは、?")
# "リード投資家を務めたのはX": the same with the role noun.
_ROLE_CLEFT = re.compile(r"(?:を務めた|を務める|となった|になった)のは、?")
# "…を主導したX", "…をリードしたX": a relative clause before the lead's name.
_RELATIVE = re.compile(r"(?:した|している|する)(?=[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9])")
# The round as the object of a lead verb, named as this one: "このラウンドを", "本ラウンドを", "今回の調達を".
_THIS_ROUND_OBJECT = re.compile(
    r"(?:この|その|本|同|今回の|今般の)(?:ラウンド|調達|資金調達|シリーズ[a-k]|シードラウンド|投資ラウンド|第三者割当増資|増資)を"
)
# "…を主導した", "…をリードする": the lead word used as a verb ("Xをリードに" makes X the lead instead).
_AS_VERB = re.compile(r"(?:する|し|さ|。|、|\s|$)")
# A name after one of these is the object of a phrase ("a stake in X", "the arm of Y", "a fund from the Gulf"), not an
# investor.
_OBJECT_OF = re.compile(r"\b(?:in|into|of|for|at|to|on|from)\s(?:the\s)?$")
# English lead words after the lead's name: "X led a $40 billion round", "X, leading a Series C".
_NAMED_BEFORE = frozenset(
    {"led", "leads", "co-leads", "led a", "led an", "co-led a", "co-led an", "led its", "led their", "leading a"}
    | {"leading an", "leading its", "took the lead", "takes the lead"}
)
# "The lead investor was X", "lead investors: X and Y": the names follow.
_LEAD_INVESTOR_IS = re.compile(r"(?:\s(?:was|is|were|are|being)\s|:\s?)")
# "Xをリード投資家として", "Xが共同でリード", "Xが中心となって主導": the words between the lead's name and the marker.
_LEAD_SUFFIX = re.compile(
    r"(?:を|が|の|と)(?:共同で|共同|中心となって|中心となり|それぞれ)?"
    r"(?:リード投資家(?:として|とし|となり|に))?$"
)
# Normalising drops the space between Japanese words ("…を調達 アルファキャピタルが主導" arrives as
# "…を調達アルファ…"): a raising verb right before katakana or Latin letters ends a clause too.
_HEADLINE_CLAUSE = re.compile(
    r"(?:調達|円|ドル|ユーロ|ラウンド|実施|発表|完了|受け入れ)\s"
    r"|(?:調達|実施|発表|完了)(?=[\u30a0-\u30ffA-Za-z]|[米英仏独中韓][\u30a0-\u30ffA-Za-z])"
)
# "インクルージョン・ジャパンが運営する…": who runs the fund named after it.
_RUN_BY = re.compile(r"(?P<runner>[^、。]{2,30}?)(?:が|の)(?:運営|管理|運用)(?:する|している)")
# After these an English investor list is over.
_INVESTOR_LIST_END = re.compile(
    rf"[。;:()]|{FULL_STOP}|,? (?:to|at|bringing|which|who|that|for|in a|in its|as part|with|alongside|as well as"
    r"|and (?:existing|other|new))\b"
)
_PARTICIPATION = re.compile(r"particip|joined|join|also invested|took part|contributed|invested")
# Descriptions before a Japanese investor's name: "米ベンチャーキャピタルの", "インクルージョン・ジャパンが運営する".
# "本ラウンドはX", "今回の調達ではX": the topic of the sentence before an investor's name.
_ROUND_TOPIC = re.compile(
    r"^.*?(?:ラウンド|調達|増資|出資|今回|本件|同社|資金調達|ファーストクローズ|セカンドクローズ|クローズ)(?:で|に|において|には|では)?は、?"
)
# A Japanese particle after a written word (kanji, katakana, Latin, digit) closes a phrase: in
# "増資による35億円のエクイティに銀行" only "銀行" can be a name. Hiragana inside names (みずほ, あおぞら) is not
# preceded by such a word.
_PHRASE_PARTICLE = re.compile(
    r"(?<=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9)）」])(?:による|により|における|である|であり|から|より|には|では|は|が|を|に|で|へ|も"
    # a verb closing a relative clause before the name: "ラウンドを主導したX", "前回も出資しているX"
    r"|していた|している|した|する|された|される)(?=.)"
    # a verb's past or plain ending in kana before a written name: "リード投資家を務めたX", "既に出資しているX"
    r"|(?<=[\u3041-\u3093])(?:た|る)(?=[\u30a1-\u30fa\u4e00-\u9fffA-Za-z])"
)
_JAPANESE_DESCRIPTION = re.compile(
    r"^(?:.*(?:の|する|した|である|などの)(?=.)|(?:米|英|仏|独|中国|韓国|台湾|シンガポール|香港|欧州|米国|カナダ)(?=[^\s]))"
    # a kind of investor in Latin letters before a Japanese name: "東京のVCアルファキャピタル"
    r"?(?:(?:c?vc|pe)\s?(?=[\u30a0-\u30ff\u4e00-\u9fff]))?"
)


def lead_zone(folded: str, start: int, end: int, term: str) -> tuple[int, int]:
    """Where the leads of a lead marker are named.

    English "led by X, Y and Z" names them after the marker, up to where the list ends; "X led the round"
    before it. Japanese "Xが主導" / "Xをリード投資家として" before it, "リード投資家はX" after it, and
    "XはYの調達を主導" names the sentence's subject X.
    """
    sentence_start, sentence_end = sentence_bounds(folded, start)
    # "The lead investor was X" names X after the words; "X acted as lead investor" before them.
    # "Leading the round was X" too.
    named_after = term.startswith(("lead investor", "leading the")) and _LEAD_INVESTOR_IS.match(folded, end)
    if named_after or (
        term.isascii()
        and not term.startswith(("led the", "co-led the", "leading the", "lead investor"))
        and term not in _NAMED_BEFORE
    ):
        end = named_after.end() if named_after else end
        stop = _LEAD_LIST_END.search(folded, end, sentence_end)
        zone_end = stop.start() if stop else sentence_end
        comma_and = folded.find(", and ", end, zone_end)
        if comma_and >= 0 and _PARTICIPATION.search(folded, comma_and, sentence_end):
            zone_end = comma_and
        comma = folded.find(", ", end, zone_end)
        if comma >= 0 and _PARTICIPATION.search(folded, comma, zone_end):
            zone_end = comma  # "led by X, Y and Z also participated": the clause after the comma is the others'
        as_well_as = folded.find("as well as ", end, zone_end)
        if as_well_as >= 0:
            clause_end = _CLAUSE_AFTER_AS_WELL_AS.search(folded, as_well_as, sentence_end)
            if _PARTICIPATION.search(folded, as_well_as, clause_end.start() if clause_end else sentence_end):
                zone_end = as_well_as  # "led by X, as well as Y, which also participated"
        attribution = _ATTRIBUTION.search(folded, end, sentence_end)
        if attribution is not None and attribution.start() < zone_end:
            zone_end = attribution.start()  # "led by X, Bloomberg reported", "…, said Hana Mori": who says so
        return end, zone_end
    if term.isascii():
        head = folded[sentence_start:start]
        reported = max(_REPORTED_THAT.finditer(head), key=lambda match: match.end(), default=None)
        if reported is not None and not re.fullmatch(r"(?:it|they|we)\s*", head[reported.end() :]):
            # "Bloomberg reported that X led the round", "Tsubame's CEO said X led": the lead is after the report
            # ("X said it led a Series A": the one who says so led)
            sentence_start += reported.end()
            head = head[reported.end() :]
        relative = RELATIVE_LEAD.search(head)
        if relative is not None:
            # "A, B and C, which led the round, …": the lead is the name the clause follows (lead_names' last)
            return sentence_start, sentence_start + relative.start()
        if term.startswith("lead investor"):
            verb = _SUBJECTS_VERB.search(head)
            if verb is not None and "," not in head[: verb.start()]:
                # "X will invest about ¥7 billion ($44 million) as lead investor": the subject, not the money's words
                return sentence_start, sentence_start + verb.start()
        cut = max(head.rfind(", "), head.rfind("; "))
        if cut >= 0 and cut > len(head) - 80 and "led by" not in head:
            if not re.match(r"\s*(?:with|while|and|but|whereas)\s", head[cut + 1 :]):
                # "…, with X leading the round", "…, while X led the round": the names before are others'
                cut = _english_listed_before(head, cut)
            return sentence_start + (cut + 2 if cut >= 0 else 0), start
        return sentence_start, start
    if folded[start - 1 : start] == "(" and folded.startswith(")", end):
        # a release's list of investors marks the lead in brackets: "引受先:アルファ(リード投資家)、ベータ銀行"
        head = folded[sentence_start : start - 1]
        cut = max(head.rfind(stop) + len(stop) for stop in ("、", ",", ":", "】", "■", " ", "」", "。"))
        return sentence_start + max(cut, 0), start - 1
    relative = _RELATIVE.match(folded, end)
    if relative and term in ("主導", "リード") and folded[start - 1 : start] == "を":
        # "本ラウンドを主導したアルファキャピタルは…": the clause describes the lead named after it
        stop = re.search(r"[。;:()「」]|が|は|も|を|に|で|と|の", folded[relative.end() : sentence_end])
        return relative.end(), relative.end() + (stop.start() if stop else sentence_end - relative.end())
    cleft = _CLEFT.match(folded, end) or _ROLE_CLEFT.match(folded, end)
    if cleft and term in ("主導", "リード", *_ROLE_NOUNS):
        stop = re.search(r"[。、;:()]|で(?:ある|あり|、)|です|だ", folded[cleft.end() : sentence_end])
        return cleft.end(), cleft.end() + (stop.start() if stop else sentence_end - cleft.end())
    role_is = _ROLE_IS.match(folded, end)
    named_before = re.search(r"(?:を|が)(?:共同|共同で)?$", folded[max(start - 4, 0) : start])
    under = folded.startswith(("のもと", "の下", "の元"), end)  # "Xのリードのもと": X, named before, led
    if role_is and (term in _ROLE_NOUNS or term == "リード") and not named_before and not under:
        # "リード投資家はX", "リード投資家であるXをはじめ", "リード投資家:X その他の投資家:Y"
        end = role_is.end()
        zone_end = end
        first_end = None
        while True:
            stop = _ROLE_LIST_STOP.search(folded, zone_end, sentence_end)
            zone_end = stop.start() if stop else sentence_end
            first_end = zone_end if first_end is None else first_end
            if stop is None or stop.group(0) != "、":
                break
            if zone_end == first_end and _LAST_IN_LIST.search(folded, end, zone_end):
                break  # "リード投資家はAで、B、Cも参加した": the role's list ends with A
            # "リード投資家はA、B、Cの3社": the list goes on while the next piece is a name alone
            following = _ROLE_LIST_STOP.search(folded, stop.end(), sentence_end)
            if following is not None and following.group(0) in ("が", "を", "も", "は"):
                # "リードはX、参加投資家はY", "リード投資家はA、B、Cも出資した": the pieces after the first
                # are a new clause's subjects, the others who invested
                zone_end = first_end
                break
            piece = folded[stop.end() : following.start() if following else sentence_end]
            last = _LAST_IN_LIST.search(piece)  # "…、Bで、Cも出資した": B is the last name of the list
            if not _LISTED_NAME.fullmatch(_COUNT_AFTER_LIST.sub("", piece[: last.start()] if last else piece)):
                break
            zone_end = stop.end()
            if last is not None:
                zone_end += last.start()
                break
        return end, zone_end
    if folded[max(start - 1, 0) : start] == "を" and term in ("主導", "リード") and _AS_VERB.match(folded, end):
        head = folded[sentence_start:start]
        named = head.rfind("が")
        if named > 0 and _THIS_ROUND_OBJECT.fullmatch(head, named + 1):
            # "日本語LLMのXは、Yがこのラウンドをリードした", "Xが130億ドルを調達し、Yがそのラウンドを主導した": the
            # が-subject of the round's own clause led; X, the topic or the first clause's subject, raised
            clause_start = max(head.rfind("、", 0, named) + 1, head.rfind("は", 0, named) + 1)
            return sentence_start + clause_start, sentence_start + named
        subject = re.search(r"は、|は|が|、", head)  # "XはYの調達を主導", and the headline form "X、Yの調達を主導"
        if subject is not None:
            return sentence_start, sentence_start + subject.start()
    head = folded[sentence_start:start]
    cut = max(
        (
            head.rfind(stop) + len(stop)
            for stop in ("として、", "とし、", "は、", "により、", "、", "。")
            if stop in head
        ),
        default=0,
    )
    # A headline's clauses are parted by spaces: "シリーズAで10億円を調達 DNX Venturesが主導".
    for clause in _HEADLINE_CLAUSE.finditer(head):
        cut = max(cut, clause.end())
    cut = _listed_before(head, cut)
    tail = _LEAD_SUFFIX.search(head)
    return sentence_start + cut, start - (len(tail.group(0)) if tail else 0)


# The verb after the subject of a sentence that names its lead investor later ("X will invest … as lead investor").
_SUBJECTS_VERB = re.compile(
    r"\s(?:will|would|is|was|are|were|has|have|had|acted|acts|served|serves|invests|invested|joins|joined|came|comes"
    r"|participates|participated|put|puts|committed|commits|provided|provides)\b"
)
# "A, B and C, which led the round": a relative clause after the one name it describes; the names before are others.
RELATIVE_LEAD = re.compile(r",\s(?:which|who)\s(?:also\s|has\s|had\s|have\s)?(?:co-)?$")


# Words that make a comma-separated piece a clause rather than a name in a list ("X, Y and Z co-led the round").
_CLAUSE_WORD = re.compile(
    r"\b(?:the|a|an|was|were|is|are|has|have|in|on|at|to|its|their|it|which|who|said|says|raised|raises|round|funding"
    r"|million|billion|with|while|after|announced|however|meanwhile|also|moreover|today|now|include|included|includes"
    r"|including|participants|participated|joined|invested)\b|\b\w+ly\b|[$¥€£\d]"
)


def _english_listed_before(head: str, cut: int) -> int:
    """The comma a list of names before an English lead verb starts after (-1: the sentence's start)."""
    while cut >= 0:
        previous = head.rfind(", ", 0, cut)
        piece = head[previous + 2 if previous >= 0 else 0 : cut]
        if not piece.strip() or len(piece.split()) > 5 or _CLAUSE_WORD.search(piece):
            return cut
        cut = previous
    return cut


# Where the names after a role noun ("リード投資家はX") end; a "、" ends them unless a name alone follows it.
# ("である" before a name describes it: "リード投資家は東京の独立系VCであるX" names X)
_ROLE_LIST_STOP = re.compile(
    r"[。、;:()「]|など|ほか|その他|そのほか|をはじめ|を始め|に加え|が|を|も|は|で(?:ある|あり|す)(?=[。、;]|$)"
)
# The count that closes a Japanese list: "…、デルタファンドの4社", "…の2者".
_COUNT_AFTER_LIST = re.compile(r"の?\d+(?:社|者|行)$")
_LAST_IN_LIST = re.compile(r"(?:で|です|だ|であり|である|となった|となり)$")
# A name in a Japanese list: written words, with hiragana only at its start (みずほキャピタル, あおぞら企業投資).
_LISTED_NAME = re.compile(r"[ぁ-ゖ]*[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&\s.-]{2,40}")


def _listed_before(head: str, cut: int) -> int:
    """Where a list of names ending at ``cut`` starts: "アルファキャピタル、ベータベンチャーズが共同で主導" names both.

    A zone cut at a "、" would keep only the last name; the names before it, up to the first piece that is not a
    name alone ("本ラウンドはアルファキャピタル" gives its name and ends the list), belong to it too.
    """
    if cut >= 2 and head[cut - 1] == "、":
        tail = _LEAD_SUFFIX.search(head, cut)
        if not _LISTED_NAME.fullmatch(head[cut : tail.start() if tail else len(head)]):
            return cut  # "サカナAI、45億円を調達米ラックスとコースラが主導": after the comma is no name alone
    while cut >= 2 and head[cut - 1] == "、":
        previous = head.rfind("、", 0, cut - 1) + 1
        piece = head[previous : cut - 1]
        name = _after_phrase_particles(piece)
        if not _LISTED_NAME.fullmatch(name):
            break
        cut = previous + len(piece) - len(name)
        if name != piece:
            break
    return cut


# "Jeff Bezos through Bezos Expeditions", "Jane Doe via her family office Doe Capital": who invests through a vehicle.
_THROUGH_A_VEHICLE = re.compile(r"[\s,]*\s(?:through|via)\s(?:(?:its|his|her|their|the)\s)?(?:[a-z-]+\s){0,3}[A-Z]")


# A body's name joined by "and" after "the": "the International Cooperation and Development Fund", "the Science and
# Technology Agency"; its last word says what it is.
_BODY_WITH_AND = re.compile(
    r"\b[Tt]he\s(?P<name>(?:[A-Z][\w-]*\s){1,4}and\s(?:[A-Z][\w-]*\s){0,3}"
    r"(?:Fund|Bank|Agency|Organi[sz]ation|Institute|Foundation|Corporation|Authority|Council))\b"
)


def lead_names(
    rules: FundingRules, document: str, folded: str, zone: tuple[int, int], organisations: Sequence[OrganisationHit]
) -> list[str]:
    """Clean organisation names in a lead zone: watch-list names, or names cut to their proper-noun part."""
    start, end = zone
    if end <= start:
        return []
    text = document[start:end]
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    joined = (
        [
            match.span("name")
            for match in _BODY_WITH_AND.finditer(text)
            if not _OBJECT_OF.search(text, 0, match.start("name"))  # ("a stake in the X and Y Fund": its object)
        ]
        if " and " in text
        else []
    )
    for span in joined:
        # "the International Cooperation and Development Fund": one body's name with "and" inside it
        spans.append((start + span[0], start + span[1]))
        found.append((start + span[0], text[span[0] : span[1]]))
    for match in _ENGLISH_NAME.finditer(text):
        if any(low <= match.start() < high for low, high in joined):
            continue
        # "Japan's DBJ Capital", "IAN Group-backed BioAngels": the words before the name describe it.
        name = re.sub(r"^.*(?:['’]s|-backed|-owned|-based|-funded)\s", "", match.group(0).strip(" .,'’"))
        name = _ENGLISH_FORM.sub("", name)  # "SBI Investment Co., Ltd.", "Heron Partners Inc."
        name = _ENGLISH_ROLE_BEFORE.sub("", name)  # "Investors Acme Ventures and Beta Capital led the round"
        name = _without_kind_before(name, rules)  # "Japanese VC Acme Ventures"
        if " of " in name:
            name = _firm_of_person(name, rules)  # "Jane Doe of Acme Ventures"
        elif "' " in name or "’ " in name:
            name = _firm_before_person(name, rules)  # "Acme Ventures' Jane Doe"
        if _PERSON_ROLE_BEFORE.search(text, max(match.start() - 40, 0), match.start()) or _OFFICER.match(name):
            continue  # "Acme Ventures partner Jane Doe", "Tsubame's CEO Taro Yamada": a person of a firm named before
        if re.match(r"[\u30a0-\u30ff\u4e00-\u9fff]", text[match.end() : match.end() + 1]):
            continue  # the Latin start of a Japanese name: "ICJ2号ファンド", "SMBCベンチャーキャピタル"
        if text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start()):
            continue  # a short form in brackets: "Andreessen Horowitz (a16z)", "…開発(東大IPC)"
        if _OBJECT_OF.search(text, 0, match.start()):
            continue  # "the largest shareholder in Mistral AI": the company, not who led
        if _DESCRIBES_THE_NAME_AFTER.match(text, match.end()):
            continue  # "Climate tech investor X", "Sovereign wealth fund Y": a description of the name after it
        if _THROUGH_A_VEHICLE.match(text, match.end()):
            continue  # "Jane Doe through Doe Family Office": the vehicle invests, not the person before it
        if len(name) >= 2 and not _NOT_A_NAME.fullmatch(name) and not is_generic(name, rules.generic_investor_words):
            spans.append((start + match.start(), start + match.end()))
            # (where the name itself starts, once descriptions are cut: "Japan's JIC" is the watch-list hit JIC)
            found.append((start + match.start() + max(match.group(0).find(name), 0), name))
    for hit in _outer_hits(folded, organisations):
        if (
            start <= hit.start
            and hit.end <= end
            and not _possessive(document, hit)
            and not _inside_a_kanji_word(folded, hit)
            and not _OBJECT_OF.search(folded, start, hit.start)
        ):
            longer = next(
                (
                    span
                    for span in spans
                    if span[0] <= hit.start and hit.end <= span[1] and span != (hit.start, hit.end)
                ),
                None,
            )
            if longer is not None and (
                _up_to_name_ending(fold_term(document[longer[0] : longer[1]]), rules.name_endings)
                or re.search(r"\s(?:by|of|de|du)\s$", document[longer[0] : hit.start])
            ):
                continue  # "Salesforce Ventures", "Woven by Toyota": not the Salesforce or Toyota inside it
            found = [(position, name) for position, name in found if not (hit.start <= position < hit.end)]
            found.append((hit.start, _own_name(rules, document, folded, hit, end, organisations)))
    if not text.isascii():
        for piece in _NAME_SEPARATORS.split(folded[start:end]):
            piece_start = folded.find(piece, start, end) if piece else -1
            if piece_start < 0 or any(piece_start <= position < piece_start + len(piece) for position, _ in found):
                continue
            phrase = _NAME_NOISE.sub("", _after_phrase_particles(piece.strip()))
            cleaned = _JAPANESE_DESCRIPTION.sub("", phrase)
            cleaned = (
                _up_to_name_ending(cleaned, rules.name_endings)
                or (cleaned if re.fullmatch(r"[\u30a0-\u30ff・ー]{3,20}", cleaned) else "")
                # "ヘロン・キャピタルの山田太郎パートナー": the firm before a person of it
                or _up_to_name_ending(phrase.split("の")[0], rules.name_endings)
                # "株式会社アルファ製作所をリードとする", "リード投資家は東海精機株式会社": a company by its legal form
                or _by_legal_form(phrase)
            )
            if 2 <= len(cleaned) <= 40 and not is_generic(cleaned, rules.generic_investor_words):
                offset = folded.find(cleaned, piece_start)
                found.append((offset, COMPANY_FORMS.sub("", document[offset : offset + len(cleaned)]).strip(" ,、・")))
    found.sort()
    return list(dict.fromkeys(name for _, name in found if name))


# A company named with its legal form, before or after the name: 株式会社アルファ製作所, 東海精機株式会社.
_LEGAL_FORM_NAME = re.compile(
    r"(?:株式会社|合同会社|有限会社|\(株\))\s?(?P<after>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&.\s-]{1,30})$"
    r"|^(?P<before>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&.\s-]{1,30}?)\s?(?:株式会社|合同会社|有限会社|\(株\))$"
)


# The kind of investor written as capitals between a description and the name: "Japanese VC X", "CVC X".
_KIND_AFTER = re.compile(r"(?P<before>.+?)\s(?:VC|CVC|PE)s?")
_KIND_BEFORE = re.compile(r"^(?P<before>.*?)\b(?:VC|CVC|PE|VCs)\s(?=[A-Z0-9])")
# A person's role between a firm and the person: "Acme Ventures partner Jane Doe", "Beta Capital's CEO John Roe".
_PERSON_ROLE_BEFORE = re.compile(
    r"\s(?:general\s|managing\s|founding\s|senior\s|vice\s)?(?:partner|principal|founder|co-founder|cofounder|ceo"
    r"|president|chairman|chairwoman|director|associate|analyst)\s$"
)
# A company's officer named by the role's letters: "CEO Taro Yamada" (the firm's possessive before it is cut off).
_OFFICER = re.compile(r"(?:CEO|CTO|COO|CFO|CIO|Founder|Co-founder|Cofounder|President|Chairman|Chairwoman)\s")
# Words of a body's name before "of", which a person's name does not hold: "University of X", "Bank of Y".
_BODY_WORD = re.compile(
    r"\b(?:University|Institute|Government|Bank|Ministry|Agency|Development|Corporation|Office|Association|Council"
    r"|Foundation|Trust|Society|School|College|Department|Authority|Commission|Board|Bureau|Cent(?:er|re)|Network"
    r"|Alliance|Republic|State|City|Prefecture|Kingdom|Port|Church|Federation|Chamber|Academy|Museum|House)\b"
)


def _without_kind_before(name: str, rules: FundingRules) -> str:
    """The name without a kind of investor in capitals before it: "Japanese VC Acme Ventures" -> "Acme Ventures"."""
    kind = _KIND_BEFORE.match(name)
    if kind is None:
        trailing = _KIND_AFTER.fullmatch(name)
        if trailing is not None and (
            _NOT_A_NAME.fullmatch(trailing["before"]) or is_generic(trailing["before"], rules.generic_investor_words)
        ):
            return ""  # "a Tokyo VC-led round": a description, no name ("Transition VC" is one)
        return name
    before = kind["before"].strip()
    if before and not _NOT_A_NAME.fullmatch(before) and not is_generic(before, rules.generic_investor_words):
        return name  # "Global Brain VC Fund": the letters are part of the name
    return name[kind.end() :]


def _firm_of_person(name: str, rules: FundingRules) -> str:
    """ "Jane Doe of Acme Ventures" -> "Acme Ventures": a person of a firm, when the words after "of" end as an
    investor's name and the words before are a person's (not "Bank of Japan", "University of Tokyo …")."""
    person, _, firm = name.partition(" of ")
    words = person.split()
    if (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", word) for word in words)
        and not _BODY_WORD.search(person)
        and not _up_to_name_ending(fold_term(person), rules.name_endings)
        and _up_to_name_ending(fold_term(firm), rules.name_endings) == fold_term(firm)
    ):
        return firm
    return name


def _firm_before_person(name: str, rules: FundingRules) -> str:
    """ "Acme Ventures' Jane Doe" -> "Acme Ventures": a person of the firm before a plural possessive; a fund of it
    ("Aramco Ventures' Sustainability Fund") stays whole."""
    firm, _, person = re.split(r"(['’]\s)", name, maxsplit=1)
    words = person.split()
    if (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", word) for word in words)
        and not _up_to_name_ending(fold_term(person), rules.name_endings)
        and not _BODY_WORD.search(person)
    ):
        return firm
    return name


def _by_legal_form(phrase: str) -> str:
    """The name of a company written with its legal form ("株式会社アルファ製作所" -> "アルファ製作所"), else ""."""
    if "会社" not in phrase and "(株)" not in phrase:
        return ""
    match = _LEGAL_FORM_NAME.search(phrase)
    return (match["after"] or match["before"]).strip() if match else ""


_KANJI = re.compile(r"[\u4e00-\u9fff]")
# One-letter country prefixes before a name: "米グーグル", "英アーム".
_COUNTRY_LETTERS = "米英仏独中韓台加豪印欧露伊"


def _inside_a_kanji_word(folded: str, hit: OrganisationHit) -> bool:
    """Whether a watch-list name written in kanji is the middle of a longer kanji word ("国連" in "アラブ首長国連邦"),
    not a name of its own; a country's letter before it ("米…") is no such word."""
    before = folded[hit.start - 1 : hit.start]
    return bool(
        before
        and before not in _COUNTRY_LETTERS
        and _KANJI.match(before)
        and _KANJI.match(folded, hit.start)
        # a headline's clause whose space normalising dropped: "…を調達 東京大学が主導"
        and not folded.endswith(("調達", "実施", "発表", "完了", "出資", "増資"), 0, hit.start)
    )


def _outer_hits(folded: str, organisations: Sequence[OrganisationHit]) -> list[OrganisationHit]:
    """The hits that are names of their own: not one inside another's span, nor its short form in brackets after it
    ("東京大学協創プラットフォーム開発(東大IPC)" is one investor, not also 東大 and IPC)."""
    kept = []
    for hit in organisations:
        inside = any(
            other is not hit
            and (other.start <= hit.start and hit.end <= other.end and (other.start, other.end) != (hit.start, hit.end))
            for other in organisations
        )
        bracketed = any(
            other.end < hit.start
            and folded[other.end : other.end + 1] == "("
            and ")" not in folded[other.end : hit.start]
            for other in organisations
        )
        if not inside and not bracketed:
            kept.append(hit)
    return kept


_LIST_AFTER_ROLE_END = r"[。;:()]|(?:で|であり|となり|となる|となった|を含む|が参加)"


# A country's one-character name before a foreign investor's katakana or Latin name: "米デルタベンチャーズ", "英Acme".
_COUNTRY_BEFORE_NAME = re.compile(r"^(?:米|英|仏|独|中|韓|加|豪|印|米国|中国|韓国)(?=[\u30a1-\u30faa-z])")
# Markers of those who invest as well, named right before: "トヨタ・デンソーも追加出資".
_ALSO_INVESTED = frozenset({"も追加出資", "は追加出資", "も出資"})


def investor_zone(folded: str, start: int, end: int, term: str) -> tuple[int, int]:
    """Where the names that a marker refers to are: after English "led by ...", before Japanese "...が主導"."""
    sentence_start, sentence_end = sentence_bounds(folded, start)
    points_forward = term.isascii() and not term.endswith(
        ("participated", "led the round", "co-led the round", "leading the round", "lead investor", "lead investors")
    )
    listed = term in _ROLE_NOUNS and folded.startswith(("は", ":"), end)
    if term in _ROLE_NOUNS and folded.startswith(("は", "に", "の", ":"), end):
        points_forward = True
        end += 1
    if points_forward and not term.isascii():
        # "引受先はA、B、C。": a role noun's list runs over its 、 to the clause's end ("…で、", "…となり、")
        stop = re.search(_LIST_AFTER_ROLE_END if listed else r"[。、;:()]", folded[end:sentence_end])
        return end, end + stop.start() if stop else sentence_end
    if points_forward:
        stop = _INVESTOR_LIST_END.search(folded[end:sentence_end])
        return end, end + stop.start() if stop else sentence_end
    head = folded[sentence_start:start]
    cut = max(
        (
            head.rfind(stop) + len(stop)
            for stop in ("として、", "とし、", "として", "は、", "により、", "。")
            if stop in head
        ),
        default=0,
    )
    if not term.isascii() and term not in (*_ROLE_NOUNS, "引受", "参加", "が出資", "が引き受け"):
        cut = max(cut, head.rfind("、") + 1)
        if term in _ALSO_INVESTED:
            # "アルファが出資 ベータ・ガンマも追加出資" (the space gone): the names after the first clause's verb
            cut = max(cut, head.rfind("出資") + 2 if "出資" in head else 0, head.rfind("…") + 1, head.rfind("...") + 3)
    elif term == "が出資" and sentence_start == 0 and cut == 0 and "、" in head:
        # A headline "ツバメ、アルファキャピタルが出資": 出資 has no object (no "Xに"), so what is invested in is the
        # headline's subject before its first 、, not one of the investors listed after it.
        cut = head.find("、") + 1
    return sentence_start + cut, start


def names_in_zone(
    rules: FundingRules, document: str, folded: str, zone: tuple[int, int], organisations: Sequence[OrganisationHit]
) -> list[str]:
    start, end = zone
    names = [
        _own_name(rules, document, folded, hit, end, organisations)
        for hit in organisations
        if start <= hit.start and hit.end <= end and not _possessive(document, hit)
    ]
    covered = [(hit.start, hit.end) for hit in organisations if start <= hit.start and hit.end <= end]
    position = start
    pieces = [
        part
        for piece in _NAME_SEPARATORS.split(folded[start:end])
        for part in _names_joined_by_dots(piece, rules.name_endings)
    ]
    for piece in pieces:
        piece_start = folded.find(piece, position, end) if piece else -1
        if piece_start < 0:
            continue
        position = piece_start + len(piece)
        if any(piece_start < hit_end and hit_start < piece_start + len(piece) for hit_start, hit_end in covered):
            continue
        cleaned = _INVESTOR_PREFIX.sub("", _NAME_NOISE.sub("", piece.strip()).strip())
        cleaned = _up_to_name_ending(cleaned, rules.name_endings)
        runner = _RUN_BY.match(cleaned)
        if runner is not None:
            # "Xが運営するYファンド" is Y's fund; "Xが運営するファンド" has no name of its own but X's.
            own = cleaned[runner.end() :]
            cleaned = own if own not in rules.name_endings else runner["runner"]
            # "Xが運用するファンドCVI Investments": the fund's own name, after the word "fund"
            cleaned = _FUND_WORD_BEFORE_LATIN.sub("", cleaned)
        cleaned = _after_phrase_particles(cleaned)
        described = _DESCRIPTION_BEFORE_NO.match(cleaned)
        if described is not None and _up_to_name_ending(cleaned[described.end() :], rules.name_endings):
            cleaned = cleaned[described.end() :]  # "地銀系VCのイプシロンキャピタル": the name after its description
        cleaned = _COUNTRY_BEFORE_NAME.sub("", cleaned)  # "米デルタベンチャーズ": a US firm, named デルタベンチャーズ
        if cleaned and 2 <= len(cleaned) <= 60 and not is_generic(cleaned, rules.generic_investor_words):
            offset = folded.find(cleaned, piece_start)
            original = document[offset : offset + len(cleaned)]
            names.append(COMPANY_FORMS.sub("", original).strip(" ,、・") or original)
    return list(dict.fromkeys(names))


# The characters of one Japanese name written without spaces: "グロービス・キャピタル・パートナーズ",
# "三菱UFJキャピタル".
_JAPANESE_NAME_RUN = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&]+")


_FUND_WORD_BEFORE_LATIN = re.compile(r"^(?:投資)?(?:ファンド|会社)(?=[a-z])")


_SAME_COMPANY_TAILS = frozenset({"グループ", "ホールディングス", "group", "holdings"})


def _own_name(
    rules: FundingRules,
    document: str,
    folded: str,
    hit: OrganisationHit,
    limit: int,
    organisations: Sequence[OrganisationHit] = (),
) -> str:
    """A watch-list name, or the longer fund or firm named after it ("グロービス・キャピタル・パートナーズ" is
    not GLOBIS, "NTTドコモ・ベンチャーズ" not NTT Docomo); a list joined by "・" ("三井物産・三菱商事・NTT") is
    several names, not a longer one."""
    run = _JAPANESE_NAME_RUN.match(folded, hit.start, limit)
    if run is None or run.end() <= hit.end or folded[hit.start : hit.end].isascii() and run.group(0).isascii():
        return hit.organisation.name
    if any(hit.end < other.start < run.end() and folded[other.start - 1] == "・" for other in organisations):
        return hit.organisation.name
    longer = _up_to_name_ending(run.group(0), rules.name_endings)
    if len(longer) <= hit.end - hit.start or longer[hit.end - hit.start :].lstrip("・") in _SAME_COMPANY_TAILS:
        return hit.organisation.name  # ("ジャフコグループ" is JAFCO itself, not a fund named after it)
    return COMPANY_FORMS.sub("", document[hit.start : hit.start + len(longer)]).strip(" ,、・")


def _possessive(document: str, hit: OrganisationHit) -> bool:
    """Whether the name is a possessive: in "GV, Google's venture arm" Google describes GV, it does not invest."""
    return document[hit.end : hit.end + 2] in ("'s", "’s")


# Everything up to a の that a written word follows (みずほ, みちのく keep theirs).
_DESCRIPTION_BEFORE_NO = re.compile(r"^.*の(?=[\u30a1-\u30fa\u4e00-\u9fffA-Za-z])")


def _after_phrase_particles(piece: str) -> str:
    """The part of a Japanese piece after its last phrase boundary: "...エクイティに銀行" -> "銀行"."""
    piece = _ROUND_TOPIC.sub("", piece)
    ends = [match.end() for match in _PHRASE_PARTICLE.finditer(piece)]
    return piece[ends[-1] :] if ends else piece


_BASED = re.compile(r"[a-z]+-based")
_SEPARATORS_AND_COUNTS = re.compile(r"[\s・,.、の-]|\d+(?:行|社|者|つ)?")


@lru_cache(maxsize=4)
def _generic_removers(generic_words: tuple[str, ...]) -> tuple[re.Pattern[str] | str, ...]:
    """The generic words, longest first, as they are taken out of a name: English ones as whole words. Built once
    per word list, not for every name read."""
    return tuple(
        re.compile(rf"\b{re.escape(word)}\b") if word.isascii() else word
        for word in sorted(generic_words, key=len, reverse=True)
    )


def is_generic(name: str, generic_words: tuple[str, ...]) -> bool:
    """Whether a name only describes an investor ("政府系ファンド", "地方銀行", "a sovereign wealth fund")."""
    rest = _BASED.sub(" ", fold_term(name))
    for remover in _generic_removers(generic_words):
        rest = rest.replace(remover, " ") if isinstance(remover, str) else remover.sub(" ", rest)
    return not _SEPARATORS_AND_COUNTS.sub("", rest)


# ("フィデリティ・マネジメント・アンド・リサーチ" does not end at マネジメント either)
_KATAKANA_CONTINUES = re.compile(r"・?[\u30a1-\u30fa\u30fc]")


_LATIN_NAME = re.compile(r"[a-z][a-z0-9 .&-]*")


def _names_joined_by_dots(piece: str, endings: tuple[str, ...]) -> list[str]:
    """A piece split at each ・ that ends one investor's name and starts another's.

    "ベータベンチャーズ・ガンマパートナーズ" is two names, "グロービス・キャピタル・パートナーズ" one (after its last ・
    is only a name's ending).
    """
    if "・" not in piece:
        return [piece]
    parts: list[str] = []
    rest = piece
    dot = rest.find("・")
    while dot > 0:
        left, right = rest[:dot], rest[dot + 1 :]
        own_word = right not in endings and not any(right.startswith(ending) for ending in endings)
        if left.endswith(endings) and own_word and (_up_to_name_ending(right, endings) or _LATIN_NAME.fullmatch(right)):
            parts.append(left)
            rest = right
            dot = rest.find("・")
        else:
            dot = rest.find("・", dot + 1)
    return [*parts, rest]


def _up_to_name_ending(piece: str, endings: tuple[str, ...]) -> str:
    """The piece cut after the last investor-name ending it contains.

    "ツバサキャピタルも追加出資" -> "ツバサキャピタル".
    """
    best = -1
    for ending in endings:
        position = piece.rfind(ending)
        after = piece[position + len(ending) : position + len(ending) + 2]
        if position >= 0 and (
            # (not inside a longer word: "キャピタルマネジメント" does not end at キャピタル)
            not ending.isascii()
            and not _KATAKANA_CONTINUES.match(after)
            or ending.isascii()
            and (not after or not after[0].isalnum())
        ):
            best = max(best, position + len(ending))
    return piece[:best] if best > 0 else ""
