"""Where a marker's investors are named: the part of a sentence that "led by X", "Xが主導", "引受先はX" points at."""

from __future__ import annotations

import re

from pipelines.classification.funding_rules import FULL_STOP, sentence_bounds
from pipelines.classification.investor_names import after_phrase_particles

# Japanese words for an investor's role: "リード投資家はX", "既存投資家のX" name X after them.
_ROLE_NOUNS = frozenset(
    {"リード投資家", "リードインベスター", "リードvc", "既存投資家", "投資家", "引受先", "割当先", "出資者"}
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


# English lead words after the lead's name: "X led a $40 billion round", "X, leading a Series C".
_NAMED_BEFORE = frozenset(
    {"led", "leads", "co-leads", "led a", "led an", "co-led a", "co-led an", "led its", "led their", "leading a"}
    | {"leading an", "leading its", "took the lead", "takes the lead", "co-lead"}
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


# After these an English investor list is over.
_INVESTOR_LIST_END = re.compile(
    rf"[。;:()]|{FULL_STOP}|,? (?:to|at|bringing|which|who|that|for|in a|in its|as part|with|alongside|as well as"
    r"|and (?:existing|other|new))\b"
)
_PARTICIPATION = re.compile(r"particip|joined|join|also invested|took part|contributed|invested")


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
        with_at = head.rfind(" with ")
        if with_at >= 0 and head.endswith(("as ", "as the ")):
            # "…led by X, with Y and Z as co-leads": the names between "with" and "as" are the co-leads
            return sentence_start + with_at + len(" with "), start
        cut = max(head.rfind(", "), head.rfind("; "))
        if cut >= 0 and cut > len(head) - 80 and "led by" not in head:
            previous = head.rfind(", ", 0, cut) if not head[cut + 2 :].strip() else -1
            if previous >= 0 and _APPOSITIVE.match(head, previous + 2):
                # "Fortera Capital, a private-equity firm under Y, led the round": the clause between the commas
                # describes the name before it, which led
                first = max(head.rfind(", ", 0, previous), head.rfind("; ", 0, previous))
                return sentence_start + (first + 2 if first >= 0 else 0), sentence_start + previous
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


# A description set off by commas after a name (folded): "a private-equity firm under …", "an early backer of …", "the
# Tokyo-based VC": an article and a lower-case word.
_APPOSITIVE = re.compile(r"(?:a|an|the)\s[a-z][\w-]*(?:\s|$)")


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
        name = after_phrase_particles(piece)
        if not _LISTED_NAME.fullmatch(name):
            break
        cut = previous + len(piece) - len(name)
        if name != piece:
            break
    return cut


_LIST_AFTER_ROLE_END = r"[。;:()]|(?:で|であり|となり|となる|となった|を含む|が参加)"


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
