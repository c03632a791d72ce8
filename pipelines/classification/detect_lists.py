"""The names of a list that names an organisation: its other names are organisations too.

    "バローホールディングス、中部フーズ、日本気象協会、ソフトバンクの4者" / "Asahi Kasei, Yaskawa Electric and Fujitsu"

``detect.detect_names`` reads the lists with ``list_members`` and keeps the other names of each list in which
one name is an organisation it found or the watch list knows (``names_a_list``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_characters import (
    BEFORE_NAME,
    ENGLISH_LEADING,
    JAPANESE_LETTER,
    KANJI,
    KATAKANA,
    OWNER,
    clean_name,
)
from pipelines.classification.detect_english_context import NOT_SOURCES
from pipelines.classification.detect_words import GENERIC_ACTOR_TAILS, GENERIC_ACTORS, GENERIC_NAMES, NOT_SUBJECTS

# "バローホールディングス、中部フーズ、日本気象協会、ソフトバンクの4者", "Asahi Kasei, Yaskawa Electric and Fujitsu":
# when a list names one organisation, the other names in it are organisations too.
# A name may begin in hiragana ("りそな銀行", "みずほフィナンシャルグループ"), not with a conjunction ("または").
_HIRAGANA_LEAD = (
    r"(?:(?<=、)(?!また|および|ならびに|さらに|そして|ほか)[\u3041-\u3096]{2,4}(?=[A-Za-z\u30a1-\u30fa\u4e00-\u9fff]))?"
)
# A foreign name may have accented letters ("Roquette Frères"); a katakana name with its "・" may be long
# ("フィデリティ・マネジメント・アンド・リサーチ・カンパニー").
_LATIN_ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
# An item may carry its short name in brackets ("甲賀農業協同組合(JAこうか)、…"): the list goes on after it.
_LIST_ITEM = (
    rf"{_HIRAGANA_LEAD}[A-Za-z0-9&\-{_LATIN_ACCENTED}{KANJI}{KATAKANA}]{{2,30}}"
    rf"(?: [A-Za-z0-9&.\-{_LATIN_ACCENTED}]+){{0,3}}(?:\([^()、。]{{1,12}}\))?"
)
_PREFECTURE_AND_TOWN = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}県|北海道|東京都|大阪府|京都府).+(?:市|町|村|区)$")
_SHORT_NAME = re.compile(r"\([^()、。]{1,12}\)$")
# The partners a subject teams up with ("ヤオコーは日立製作所、Xと組み", "A、Bと連携して"): two names are a list.
_PARTNERS_WITH = r"と(?:組み|組んで|手を組み|手を組んで|連携し|連携して|提携し|提携して|協業し|協業して)"
# How the items put money in, between their particle and the verb: "A、Bが新たに出資", "A、B、Cも追加で出資".
_HOW_INVESTED = "(?:新たに|追加で|追加出資として|共同で|それぞれ)?"
# Names are parted by 、 and, before the last, by および / 及び / 並びに ("A、BおよびCを引受先とする").
_LAST_AND = "(?:および|ならびに|及び|並びに)"
_JAPANESE_AND = re.compile(f"、|{_LAST_AND}")
_JAPANESE_LIST = (
    re.compile("、"),
    # Three names or more ("A、B、Cへの新株予約権"), or two that the sentence calls a list ("A、Bなど", "A、Bの2社") or
    # calls investors ("A、Bを引受先とする", "A、Bから出資を受け"): a headline's "X、…" is its subject and what X did.
    re.compile(
        rf"{BEFORE_NAME}(?P<items>{_LIST_ITEM}(?:、{_LIST_ITEM}){{2,}}(?:{_LAST_AND}{_LIST_ITEM})?"
        r"(?=の|など|ら|と|が|は|も|や|で|に|を|から|へ|\))"
        rf"|{_LIST_ITEM}、{_LIST_ITEM}{_LAST_AND}{_LIST_ITEM}(?=の|など|ら|と|が|は|も|や|で|に|を|から|へ|\))"
        rf"|{_LIST_ITEM}、{_LIST_ITEM}(?=など|ら|の(?:[0-9]+|[一二三四五六七八九十]|両)[社者]|を(?:引受先|割当先)"
        rf"|から(?:の)?(?:出資|資金調達|第三者割当)|(?:が|も){_HOW_INVESTED}(?:出資|共同出資)|{_PARTNERS_WITH}))"
    ),
)
# What the words after a list say of it: its items are companies that invest or take part ("A、B、Cなどが出資",
# "A、B、Cが参加し") or that the subject teams up with ("A、Bと組み"), or it counts them ("A、B、Cの3社は").
_SAID_AFTER = re.compile(
    rf"(?:など|ら)?(?:の(?:[0-9]+|[一二三四五六七八九十]|両)[社者]|(?:が|も){_HOW_INVESTED}(?:出資|参加|共同出資|引き受け)"
    rf"|から(?:の)?(?:出資|資金調達)|を(?:引受先|割当先)|{_PARTNERS_WITH})"
)
_READS_AS_NAME = re.compile(r"[A-Za-z\u30a1-\u30fa]")
_LONG_KANJI_NAME = re.compile(
    rf"^[{KANJI}]{{4,}}(?<!企業)(?<!機関)(?<!団体)(?<!大学)(?<!自治体)(?<!関係者)(?<!会社)(?<!法人)(?<!事業者)(?<!者)(?<!員)"
    r"(?<!生)(?<!家)$"
)


_SHORT_KANJI_NAME = re.compile(rf"^[{KANJI}]{{2,3}}$")
# Short kanji words for a kind of company or body, which a counted list may hold ("大手、中堅の2社").
_KINDS_OF_COMPANY = frozenset(
    "大手 中堅 中小 地元 新興 国内 海外 外資 各社 他社 同社 企業 会社 地銀 大学 自治体 官庁".split()
)


def _reads_as_name(item: str) -> bool:
    """An item of a list that reads as a name of its own: Latin or katakana that is no word for who does something
    ("メーカー", "パートナー"), or a long kanji name that does not end in a word for a kind of body or person."""
    if item in GENERIC_ACTORS or item.endswith(GENERIC_ACTOR_TAILS):
        return False
    return _READS_AS_NAME.search(item) is not None or _LONG_KANJI_NAME.match(item) is not None


# "d-Matrix" too, and a name in lower case with a digit in it ("n8n").
_ITEM_WORD = r"(?:(?:[a-z0-9]+-)?[A-Z][A-Za-z0-9&'’\-]*(?:\.[A-Za-z0-9]+)*|[a-z]+[0-9][a-z0-9]*(?![A-Za-z0-9]))"
# Words of one name, up to five ("Acme Ventures Southeast Asia & India"), "&" too ("Mitsui & Co."), a fund's
# number ("SoftBank Vision Fund 2"), an item perhaps led
# by "the" ("and the Yomiuri Shimbun").
# Or a body named by its kind and its place ("Bank of Nagoya", "University of Tokyo", "Institute of Science Tokyo"):
# the kind opens the item, so no word before it ("Shares of Toyota") becomes a name. A ministry or department is
# left out: its name may hold a list of fields ("Ministry of Economy, Trade and Industry").
_KIND_OF_PLACE = (
    r"(?:Bank|University|Government|Institute|Academy|Chamber|College|Council|Bureau|Museum|Society)"
    rf" of (?:the )?{_ITEM_WORD}(?: {_ITEM_WORD}){{0,2}}(?![A-Za-z0-9\-]| of\b)"
)
_KIND_OPENS = re.compile(_KIND_OF_PLACE)
_CAPITAL_BEFORE = re.compile(r"[A-Z][A-Za-z]* $")
_ENGLISH_ITEM = (
    rf"(?:{_KIND_OF_PLACE}|{_ITEM_WORD}(?:(?: &)? {_ITEM_WORD}){{0,4}}(?: [0-9]{{1,2}}(?![0-9]|[.,][0-9]))?\.?)"
)
_ENGLISH_LIST = (
    re.compile(r", [A-Z]"),
    re.compile(
        rf"(?<![A-Za-z0-9\-])(?P<items>{_ENGLISH_ITEM}(?:, {_ENGLISH_ITEM})+"
        # Or three names or more before a last item that is no name ("…, Shimizu Corporation and university
        # spin-offs"): ``list_members`` counts them.
        rf"(?:,? (?:and|as well as) (?:the )?{_ENGLISH_ITEM}|(?P<open>(?=,? and [a-z]))))"
        # Not cut before a name's "of"/"for" ("…, Bank of Nagoya", "…, Center for Democracy …"); "for" before a
        # word in lower case or money ends the list ("…, NC AI and Upstage for a ₩530 billion programme").
        r"(?![A-Za-z0-9\-]| (?:[A-Z&]|of\b|for (?:the )?[A-Z]))"
    ),
)
# Two names that the words before call organisations: "existing investors including Rewe and DoorDash". The
# pair is read right after each such phrase (a plain search), not by a pattern tried at every word.
# Or a trade in the plural before two names ("trading houses Mitsubishi and Mitsui", "carmakers Toyota and Honda").
_PAIR_PHRASES = (
    " including ",
    " such as ",
    " led by ",
    " backed by ",
    " participation from ",
    " between ",
    " trading houses ",
    " carmakers ",
    " automakers ",
    " chipmakers ",
    " megabanks ",
    " rivals ",
)
_WHO_BEFORE = (" including ", " such as ")
# "a joint venture between Kumo and Orbix": the two parties of a deal.
_DEALS = (
    "joint venture",
    "partnership",
    "alliance",
    "merger",
    "deal",
    "collaboration",
    "agreement",
    "tie-up",
    "venture",
)
_PAIR_WHO = tuple(
    who + comma
    for who in ("investors", "backers", "companies", "firms", "shareholders", "partners")
    for comma in ("", ",")
)
_ENGLISH_PAIR = re.compile(
    rf"(?P<items>{_ENGLISH_ITEM} and (?:the )?{_ENGLISH_ITEM})(?![A-Za-z0-9\-]| (?:[A-Z&]|of\b|for\b))"
)
# Two names joined by "and" alone ("asking Mizuho Bank and Sumitomo Mitsui Banking for …"): ``detect`` keeps the
# other one only when the watch list knows one as an organisation. A name after a capital word is the end of a
# longer name ("Mitsubishi UFJ Trust and Banking"); a possessive after the pair makes its last word an owner
# ("Kyoto University and Singapore's institute").
_PLAIN_PAIR = re.compile(
    rf"(?<![A-Za-z0-9\-&'’.])(?P<first>{_ENGLISH_ITEM}) and (?:the )?(?P<second>{_ENGLISH_ITEM})"
    r"(?![A-Za-z0-9\-'’]| (?:[A-Z&]|of\b|for (?:the )?[A-Z]|and\b))"
)
# Places, which a pair joins as often as names ("the European Space Agency and Switzerland").
_PLACES = frozenset(
    """Switzerland Sweden Finland Denmark Norway Poland Netherlands Italy Spain Israel Qatar Brazil Mexico Nigeria
    Kenya Turkey Canada Germany France Britain Australia Singapore Malaysia Thailand Philippines Indonesia Vietnam
    India China Japan Korea Taiwan Europe Asia Africa America UK US U.S EU UAE Tokyo Beijing Shanghai Seoul London
    Paris Berlin""".split()
)
_PLACE_ENDS = ("States", "Union", "Kingdom", "Republic", "Emirates", "Arabia", "Korea")


# Before a pair: a capital word, or one with a comma or "and" ("Economy, Trade and Industry and NEDO"): the pair
# is the end of a longer name or list; a place's preposition ("plans a data centre in Kagoshima and NTT is …").
# After "by", a pair is as often two people ("unveiled by Tanaka and Suzuki", one a surname the watch list knows as
# a company).
_PAIR_NOT_AFTER = re.compile(r"(?:[A-Z][A-Za-z.]*(?:,| and)? |\b(?:in|across|near|around|at|by) (?:the )?)$")
# After a pair, a verb for one subject ("for the EU Patent Office and Voxtral powers Alexa+"): "and" opens a new
# clause whose subject is the second name, which may be a product.
_ONE_SUBJECT_AFTER = re.compile(r" (?:is|was|has|[a-z]+[^s\W]s)\b")
_ROUND_WORDS = ("Series ", "Seed ", "Pre-Series ", "Round ")
# A body's ending after the second name only: "and" may join two fields of one name ("Japan Newspaper Publishers
# and Editors Association", "Food and Drug Administration").
_BODY_ENDS = (
    " Association",
    " Administration",
    " Institute",
    " Council",
    " Society",
    " Federation",
    " Organization",
    " Organisation",
    " Agency",
    " Commission",
)


# An "and" between a word and a name: where a pair may be (a cheap search before the pair's pattern).
_AND_BEFORE_NAME = re.compile(r"(?<=[A-Za-z0-9.]) and (?:the )?(?=[A-Z]|[a-z]+[0-9]|[a-z0-9]+-[A-Z])")
_WORD_START = re.compile(r"(?<![^ (\n])[^ ]")


def _pair_at(body: str, joint: int) -> re.Match[str] | None:
    """The pair whose first name ends at ``joint`` (the space before "and"), read from the word furthest back, up
    to six words before."""
    starts = [word.start() for word in _WORD_START.finditer(body, max(0, joint - 90), joint)][-6:]
    for start in starts:
        match = _PLAIN_PAIR.match(body, start)
        if match is not None and match.end("first") == joint:
            return match
    return None


def plain_pairs(body: str) -> Iterator[tuple[str, str]]:
    """The two names of each "X and Y" in an English body that stands alone (no list, no longer name, no new
    clause after "and") and names no place and no round."""
    if " and " not in body:
        return
    for joint in _AND_BEFORE_NAME.finditer(body):
        match = _pair_at(body, joint.start())
        if match is None:
            continue
        if _PAIR_NOT_AFTER.search(body, max(0, match.start() - 30), match.start()) or _ONE_SUBJECT_AFTER.match(
            body, match.end()
        ):
            continue
        if "'s " in match.group("first") or "’s " in match.group("first"):
            continue  # an owner's unit ("Stanford's AI Lab and Tongyi Lab"): the first is no name alone
        first, second = _english_item(match.group("first")), _english_item(match.group("second"), False)
        if second.endswith(_BODY_ENDS) and not first.endswith(_BODY_ENDS):
            continue
        if not any(
            item in _PLACES or item.endswith(_PLACE_ENDS) or item.startswith(_ROUND_WORDS) for item in (first, second)
        ):
            yield first, second


_ASIDE = re.compile(r"\s?\([^()]{0,120}\)")
_ITEM_NOISE = re.compile(r"^(?:the |The )|[0-9]|(?:など|等|各社|らの)$|(?:億|万|円|ドル|パラメータ|年度|社員)")


# Two names as the subject of a headline or a sentence: "ユカリアとSapeet、…", "つながりAIとココネットは…".
_PAIR_ITEM = rf"[A-Za-z0-9&\-{KANJI}{KATAKANA}]{{2,25}}(?: [A-Za-z0-9&.\-]+){{0,2}}"
# A name's acronym may follow it ("JALと東京国際空港ターミナル(TIAT)は"); a pair may open a clause too ("…、京都大学と
# JSRが").
_ACRONYM = r"(?:\((?P<short>[A-Z][A-Za-z0-9&]{1,9})\))?"
_JAPANESE_PAIR = re.compile(
    rf"(?:^|(?<=[。、]))(?:【[^】]*】)?(?P<first>{_PAIR_ITEM})と(?P<second>{_PAIR_ITEM}){_ACRONYM}(?:、|は|が)"
)
_COMPANY_WORDS = ("企業", "各社", "金融機関", "銀行", "ファンド", "投資家", "VC", "社")
_PARTNERS_AFTER = re.compile(r"、?(?:業務|資本|資本業務|戦略的)?(?:提携|協業|合意|共同開発|共同研究|合弁)")
# Names parted by や and 、 that the words after call companies or count as companies: "ATECやSAMWON FA、CITYCOPなど
# 地元企業", "メタやグーグルなど14社".
_COMPANIES_AFTER = re.compile(
    rf"{BEFORE_NAME}(?P<items>{_LIST_ITEM}(?:(?:、|や){_LIST_ITEM})+)"
    r"など(?:の)?(?:地元|国内|海外|大手|有力|主要|複数)?(?:の)?(?:企業|各社|金融機関|銀行|ファンド|投資家|VC"
    r"|(?:[0-9]+|[一二三四五六七八九十]+)社(?![\u4e00-\u9fff]))"
)
# An item with "・" between Latin letters and katakana is two names run together ("X・オープンAI"), not read.
_TWO_RUN_TOGETHER = re.compile(r"[A-Za-z0-9]・[\u30a1-\u30fa]|[\u30a1-\u30fa]・[A-Za-z0-9]")


def list_members(text: str, body_start: int, japanese: bool = True) -> Iterator[tuple[list[str], bool]]:
    """The names of each list in ``text`` (Japanese lists anywhere, English ones in the body), asides removed,
    and whether the words before the list say that it names organisations."""
    if "と" in text:
        for match in _JAPANESE_PAIR.finditer(text):
            pair = [clean_name(match.group("first")), clean_name(match.group("second"))]
            # "カモメAIとツバメAIが提携": two parties of a partnership are companies.
            partners = _PARTNERS_AFTER.match(text, match.end()) is not None
            if partners:
                pair = [item for item in pair if _reads_as_name(item)]
            yield pair + ([match.group("short")] if match.group("short") else []), partners
    if "など" in text and any(word in text for word in _COMPANY_WORDS):
        for match in _COMPANIES_AFTER.finditer(text):
            items = [clean_name(item) for item in re.split("、|や", match.group("items"))]
            yield [item for item in items if not _TWO_RUN_TOGETHER.search(item)], True
    if _JAPANESE_LIST[0].search(text):
        for match in _JAPANESE_LIST[1].finditer(text):
            items = [clean_name(_SHORT_NAME.sub("", item)) for item in _JAPANESE_AND.split(match.group("items"))]
            said = _SAID_AFTER.match(text, match.end())
            if said is not None:
                # What the words after say holds for the items that read as names: not "学生、教員、職員が参加",
                # "田中、鈴木の2者" (kinds of people, surnames: short kanji words, words for a kind of body).
                # Counted as companies ("A、B、C、麗光の4社"), a short kanji item is a company too, when another
                # item reads as a name.
                readable = [item for item in items if _reads_as_name(item)]
                if readable and said.group().endswith("社"):
                    readable = [
                        item
                        for item in items
                        if item in readable or (_SHORT_KANJI_NAME.match(item) and item not in _KINDS_OF_COMPANY)
                    ]
                yield readable, True
            else:
                yield items, False
    body = _ASIDE.sub("", text[body_start:])
    if _ENGLISH_LIST[0].search(body) or " and " in body:
        for match in _ENGLISH_LIST[1].finditer(body):
            items = re.split(r",? (?:and|as well as) |, ", match.group("items"))
            if _KIND_OPENS.match(items[0]) and _CAPITAL_BEFORE.search(body, max(0, match.start() - 30), match.start()):
                items = items[1:]  # "Tokyo Institute of Technology, …": the first item is the end of a longer name
            if match.group("open") is not None and len(items) < 3:
                continue
            yield (
                [_english_item(item, index == 0) for index, item in enumerate(items)],
                says_organisations(body, match.start()) or _MONEY_AFTER.match(body, match.end()) is not None,
            )
        for phrase in () if japanese else _PAIR_PHRASES:
            at = body.find(phrase)
            while at != -1:
                named = _ENGLISH_PAIR.match(body, at + len(phrase))
                if named is not None and (
                    (phrase not in _WHO_BEFORE or body.endswith(_PAIR_WHO, 0, at))
                    and (
                        phrase != " between "
                        or (
                            body.endswith(_DEALS, 0, at)
                            and not any(item in NOT_SOURCES for item in named.group("items").split(" and "))
                        )
                    )
                ):
                    yield [_english_item(item) for item in named.group("items").split(" and ")], True
                at = body.find(phrase, at + 1)


def _english_item(item: str, first: bool = True) -> str:
    """An item of an English list as a name: "the Yomiuri Shimbun" is "Yomiuri Shimbun", "Fujikura." is "Fujikura";
    "Mitsui & Co." keeps the point of its form. A capital word after the first item is part of a name ("…,
    At One Ventures and …"), not a word opening the sentence."""
    item = OWNER.sub("", item.strip().removeprefix("the "))  # "Singapore's Acme Authority": the body, not its owner
    item = ENGLISH_LEADING.sub("", item) if first else item.removeprefix("The ")
    return item if item.endswith(" Co.") else item.rstrip(".")


# "companies including Airbus, Mercedes-Benz, Philips and Mistral": a list that says it is one of organisations.
_SAYS_ORGANISATIONS = re.compile(
    r"(?:(?:companies|firms|investors|backers|banks|startups|start-ups|groups|makers|insurers|automakers|brands"
    r"|shareholders|partners|customers|clients|members)"
    r",? (?:including|such as|like|among them|included|include|were|are) "
    # The investors of a round: "with participation from A, B and C", "backed by A, B and C".
    r"|(?:participation (?:from|of)|\b(?:co-)?led by|\bbacked by|joined by|alongside|investors"
    # The companies of a roundup: "and rounds for A, B, C and D".
    r"|\brounds for|\bdeals for) )$",
    re.IGNORECASE,
)


# A list that puts money in ("A, B and C committed £14bn to …", "… have pledged $2 billion"): its items are
# organisations.
_MONEY_AFTER = re.compile(
    r" (?:have |has |will |together )?(?:committed|invested|pledged|raised|invest|commit|pledge)"
    r" (?:a combined |a total of |more than |over )?(?:US|S|A|C|HK)?[$€£¥₹][0-9]"
)


def says_organisations(text: str, start: int) -> bool:
    """Whether the words before a list at ``start`` say that its items are organisations."""
    return _SAYS_ORGANISATIONS.search(text, max(0, start - 40), start) is not None


# A name in lower case with a digit in it ("n8n"): no count or date.
_DIGIT_NAME = re.compile(r"^[a-z]+[0-9][a-z0-9]*$")
# A fund's number at the end of an English name ("SoftBank Vision Fund 2") is part of it, not a count.
_FUND_NUMBER = re.compile(r"(?<=[A-Za-z]) [0-9]{1,2}$")


def list_item_is_name(item: str) -> bool:
    """An item of a list that may be an organisation's name (not "2025年", not a generic word)."""
    return (
        2 <= len(item) <= 40
        and (_DIGIT_NAME.match(item) is not None or not _ITEM_NOISE.search(_FUND_NUMBER.sub("", item)))
        and item not in NOT_SUBJECTS
        and _PREFECTURE_AND_TOWN.match(item) is None  # "滋賀県甲賀市": the two are found as local governments
        and not (item[0] in "同本当各両他" and item[1:] in GENERIC_NAMES)  # 同研究室, 本大学: the one just named
    )


def names_a_list(item: str, items: list[str] | None = None) -> bool:
    """Whether a list item that is an organisation makes the list one of organisations: not a short acronym,
    which may be something else ("NEC, WEC and DEC" are energy conditions), unless the list is written in
    Japanese with another item in Japanese ("JALと東京国際空港ターミナル").
    """
    if not (item.isascii() and item.isupper() and len(item) <= 3):
        return True
    return items is not None and any(JAPANESE_LETTER.search(other) for other in items)
