"""Names the watch list does not know yet: organisations by their company form, models by their shape.

    株式会社X / X株式会社 / X合同会社 / X Inc. / X Co., Ltd. / "X, a Tokyo-based startup"
    X-7B / X-Instruct / 「X」という大規模言語モデル / LLM「X」

Only names that the watch list does not resolve are kept; they go to the item's
``labels.detected`` so the digest can show them and ``scrapy watchlist suggest``
can count them.
"""

from __future__ import annotations

import re
from itertools import chain

from pipelines.classification.detect_arms import TRADE_ENDING, country_units, trade_arms
from pipelines.classification.detect_bodies import foreign_names
from pipelines.classification.detect_characters import JAPANESE_LETTER, undated
from pipelines.classification.detect_english_boards import boards_and_hospitals
from pipelines.classification.detect_english_brands import brands_owning
from pipelines.classification.detect_english_deals import deals_named
from pipelines.classification.detect_english_endings import (
    called_names,
    english_endings,
    legislatures,
    listed_prefectures,
)
from pipelines.classification.detect_english_funds import numbered_funds
from pipelines.classification.detect_english_kinds import kinds_named
from pipelines.classification.detect_english_officers import officers_of, people_of
from pipelines.classification.detect_english_partners import partners_named
from pipelines.classification.detect_english_rounds import rounds_listed
from pipelines.classification.detect_english_sources import cited_sources
from pipelines.classification.detect_english_subjects import shaped_subjects
from pipelines.classification.detect_english_units import units_named
from pipelines.classification.detect_filter import is_not_a_name, pieces_of_longer_names, strip_role
from pipelines.classification.detect_hiragana import hiragana_institutions
from pipelines.classification.detect_institutions import candidate_names
from pipelines.classification.detect_japanese_cooperatives import cooperatives, ja_cooperatives
from pipelines.classification.detect_japanese_public import bracketed_other_names, public_bodies
from pipelines.classification.detect_japanese_roles import named_by_kind
from pipelines.classification.detect_japanese_units import (
    last_words,
    latin_names_with_ending,
    school_divisions,
    societies_before_meetings,
    university_units,
)
from pipelines.classification.detect_kinds import kind_named
from pipelines.classification.detect_known_context import known_in_context
from pipelines.classification.detect_lists import list_item_is_name, list_members, names_a_list, plain_pairs
from pipelines.classification.detect_municipalities import municipalities
from pipelines.classification.detect_words import NOT_SUBJECTS, NUMBERING_WORD
from pipelines.classification.listed_companies import REASON as LISTED_REASON
from pipelines.classification.listed_companies import ListedCompanies
from pipelines.classification.listed_english import REASON as LISTED_ENGLISH_REASON

_JA_NAME = r"[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff][A-Za-z0-9&.\-\u30a0-\u30ffー\u4e00-\u9fff]{0,24}"
_COMPANY_FORM = r"(?:株式会社|合同会社|\(株\))"
# A form ends where no Latin letter follows: "\b" would not end it before Japanese text ("OpenAI OpCo, LLCにも").
_ENGLISH_FORM = r"(?:Inc|K\.K|Co\.,? Ltd|Corp|Corporation|LLC|L\.L\.C)(?![A-Za-z0-9])"
_BASED_IN = r"an? (?:Tokyo|Osaka|Kyoto|Fukuoka|Japan)(?:ese|-based)"
# Each pattern with a cheap search for what it cannot match without: most texts have no company form,
# and a pattern that may start at any letter is costly to run over a whole abstract.
# A name that begins in hiragana ("つながりAI株式会社", "株式会社ちゅうぎんキャピタル"): it starts where a sentence or a
# clause does (or a list's と after another name: "株式会社Xとこころからだラボ株式会社") and its hiragana does not end
# in a particle or a verb, or it follows the form with a Latin or katakana part.
_HIRAGANA = "\u3041-\u3096"
_HIRAGANA_LED = (
    re.compile(_COMPANY_FORM),
    re.compile(
        rf"(?:(?:^|(?<=[、。「『(\s])(?!また|まず|ただ|なお)|(?<=[A-Za-z\u30a1-\u30fa\u4e00-\u9fff]と)(?!する|した|して|いう|なる))"
        rf"(?P<name>[{_HIRAGANA}]{{1,10}}(?<![にではがをともてのるた])"
        rf"{_JA_NAME})\s?{_COMPANY_FORM}"
        rf"|{_COMPANY_FORM}\s?(?!との|には|では|への|から|まで|より|など)"
        rf"(?P<after>[{_HIRAGANA}]{{3,8}}[A-Za-z\u30a1-\u30fa][A-Za-z0-9&.\-\u30a0-\u30ffー]{{0,24}}))"
    ),
)
_LEADING_HIRAGANA = re.compile(rf"^[{_HIRAGANA}]+")
_ORGANISATION_PATTERNS = (
    _HIRAGANA_LED,
    (re.compile(_COMPANY_FORM), re.compile(rf"{_COMPANY_FORM}\s?(?P<name>{_JA_NAME})")),
    (
        re.compile(_COMPANY_FORM),
        re.compile(rf"(?<![A-Za-z0-9&.\-\u30a0-\u30ff\u4e00-\u9fff])(?P<name>{_JA_NAME})\s?{_COMPANY_FORM}"),
    ),
    (
        re.compile(rf"\s{_ENGLISH_FORM}"),
        re.compile(rf"(?P<name>(?:[A-Z][A-Za-z0-9&.\-]*\s){{0,3}}[A-Z][A-Za-z0-9&.\-]*),?\s{_ENGLISH_FORM}"),
    ),
    (
        re.compile(rf", {_BASED_IN}"),
        re.compile(rf"(?P<name>(?:[A-Z][A-Za-z0-9&.\-]*\s){{0,2}}[A-Z][A-Za-z0-9&.\-]*), {_BASED_IN}"),
    ),
)
# Japanese names by what kind of organisation their ending says: a Latin or katakana name followed by
# 研究所, 銀行, キャピタル, パートナーズ … ("QPS研究所", "インクルージョン・ジャパン", "フーバー・キャピタル").
# Plural and trade words only a company's name ends in ("Acmeロボティクス", "ミライシステムズ"); a known name before
# them ("ソフトバンクロボティクス") is that company's arm, a company of its own (``detect_arms``).
_JAPANESE_ENDING = (
    r"(?:研究所|銀行|証券|キャピタル|ベンチャーズ|パートナーズ|インベストメント|ホールディングス|テクノロジーズ"
    rf"|製作所|製薬|新聞社|新聞|商事|ジャパン|{TRADE_ENDING})"
)
_JAPANESE_BY_ENDING = (
    re.compile(_JAPANESE_ENDING),
    re.compile(
        # A Latin stem after another Latin word is the last word of a longer name (``detect_japanese_units``).
        r"(?<![A-Za-z0-9&.\-\u30a0-\u30ff\u4e00-\u9fff])(?P<name>(?P<stem>"
        r"(?<![A-Za-z0-9&.\-] )[A-Za-z][A-Za-z0-9&.\-]{2,24}"
        r"|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{2,24})"
        rf"{_JAPANESE_ENDING})"
        # Not the first part of a longer name: "バロン・キャピタル・グループ", "クールジャパン機構".
        r"(?![\u30a1-\u30fa・ー]|機構|協会|財団|基金|協議会|連合)"
    ),
)
# Generic words before such an ending: ベンチャーキャピタル is a kind of investor, オールジャパン a slogan.
_GENERIC_STEMS = frozenset(
    {
        "ベンチャー",
        "コーポレートベンチャー",
        "コーポレート・ベンチャー",
        "エンジェル",
        "ネット",
        "オンライン",
        "デジタル",
        "グローバル",
        "オール",
        "メガ",
        "プライベート",
        "ベンチャー・",
        "クラウド",
        "ネット・",
        "データ",
        "イノベーション",
        "リサーチ",
        "リビング",
        "ソフトウェア",
        "ビジネス",
        "テクノロジー",
    }
)
# A startup named after what it is: "スタートアップのX", "新興企業X", "コミュニティX", "Tokyo-based AI startup X".
_JAPANESE_DESCRIBED = (
    re.compile(r"スタートアップ|新興企業|ベンチャー|コミュニティ"),
    re.compile(
        r"(?<![\u30a1-\u30ff])(?<!機関)(?:スタートアップ(?:の|である)?|新興企業(?:の|である)?|ベンチャー企業(?:の|である)?|ベンチャーの"
        r"|コミュニティ(?=[A-Za-z]))"  # "ロボット人材のコミュニティRobotMateHubを運営する": a Latin name only
        r"(?P<name>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2}|[\u30a1-\u30fa][\u30a1-\u30fa・ー]{2,24})"
        r"(?=は|が|、|と|の|に|を|も|\(|$)"
    ),
)
_NAME_WORD = r"[A-Z][A-Za-z0-9&'’\-]*(?:\.[A-Za-z0-9]+)*"
_ENGLISH_DESCRIBED = (
    re.compile(r"(?:startup|start-up|company|firm|developer|unicorn) [A-Z]"),
    re.compile(
        r"(?:Tokyo|Osaka|Kyoto|Fukuoka|Japan|Japanese)(?:-based)?(?: (?:AI|generative AI|GenAI|LLM|deep-tech|tech))?"
        rf" (?:startup|start-up|company|firm|developer|unicorn) (?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
    ),
)
# English names by their ending, in the body only (a headline in title case would read as one long name).
_ENGLISH_ENDING = (
    r"(?:Capital|Ventures|Venture Partners|Partners|Labs|Technologies|Holdings|Bank|Securities|Investments"
    r"|Institute|Foundation|University|Court|Lab|Laboratory|Laboratories|Fund"
    # Public bodies and associations ("Japan Fair Trade Commission", "Kanagawa Prefecture", "AI Alliance").
    r"|Agency|Commission|Council|Authority|Association|Society|Consortium|Alliance|Organization|Organisation"
    r"|Forum|Federation|Prefecture|Prefectural Government|Metropolitan Government|City Government|Fund of Funds"
    # Government offices and markets ("General Services Administration", "AI Strategy Headquarters", "Korea
    # Exchange").
    r"|Administration|Headquarters|Exchange"
    # Offices of state ("European Patent Office", "Government Accountability Office") and the trades only a
    # company's name ends in ("Alias Robotics", "Noon Energy").
    r"|Office|Robotics|Energy|Therapeutics|Biosciences|Bioproducts|Investment|Group)"
)
# Each is matched backwards from where its ending occurs, within the few words before it: abstracts are
# full of capitals and parentheses, and a pattern tried at every capital would cost more than the rest.
_ENGLISH_BY_ENDING = (
    re.compile(rf" {_ENGLISH_ENDING}(?![A-Za-z0-9])(?! of\b| [A-Z]|-[A-Za-z])"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>(?:{_NAME_WORD} ){{1,3}}{_ENGLISH_ENDING})$"),
)
# "Technology Innovation Institute (TII)": the long name of a body and its acronym, when the acronym is its
# initials (not "Direct Preference Optimization (DPO)": the name must say it is an organisation).
_ORGANISATION_WORD = re.compile(
    r"\b(?:Institute|Agency|Association|University|Laboratory|Laboratories|Center|Centre|Council|Organization"
    r"|Organisation|Foundation|Corporation|Company|Commission|Ministry|Authority|Consortium|Society|Bank|Fund"
    r"|Administration|Office|Bureau|Headquarters)\b"
)
_ACRONYM = (
    re.compile(r" \([A-Z]{2,6}\)"),
    re.compile(rf"(?P<name>(?:{_NAME_WORD} (?:(?:of|and|for|&) )?){{1,5}}{_NAME_WORD}) \((?P<short>[A-Z]{{2,6}})\)$"),
)
_LEADING_WORDS = re.compile(
    r"^(?:(?:The|A|An|In|At|On|For|And|With|From|By|As|Its|This|That|Both|Also|Our|Their|Your|Each|Every|Which"
    r"|(?:Tokyo|Japan|Osaka|Kyoto)(?:'s|’s|-based)) )+"
)
# Particles that a company form follows in ordinary prose ("の株式会社", "は株式会社").
_LEADING_NOISE = re.compile(r"^(?:は|が|の|と|を|に|で|、|。)+")
_COUNTRY_PREFIX = re.compile(r"^(?:米|英|仏|独|中国|韓国|台湾|米国|欧州)(?=[A-Za-z\u30a0-\u30ff])")
_NOT_NAMES = frozenset(
    {
        "同社",
        "当社",
        "弊社",
        "本社",
        "子会社",
        "親会社",
        "関連会社",
        "グループ",
        "持株会社",
        "新会社",
        "事業会社",
        "運営会社",
        "各社",
    }
)
_NUMBERED_THING = re.compile(NUMBERING_WORD)
_MODEL_PATTERNS = (
    (
        re.compile(r"-(?:\d+(?:\.\d+)?[BbMm]|Instruct|Chat|Base|JP|ja)\b"),
        re.compile(r"(?P<name>[A-Z][A-Za-z]+(?:[-.][A-Za-z0-9]+)*-(?:\d+(?:\.\d+)?[BbMm]|Instruct|Chat|Base|JP|ja))\b"),
    ),
    (
        re.compile("」"),
        re.compile(r"「(?P<name>[A-Za-z][A-Za-z0-9 .\-]{1,30})」(?:という|と呼ぶ|を公開|を開発|を発表|の提供)"),
    ),
    (re.compile("「"), re.compile(r"(?:LLM|言語モデル|基盤モデル|生成AI|VLM)「(?P<name>[^」]{2,30})」")),
)


def _matches_before(ending: re.Pattern[str], pattern: re.Pattern[str], text: str, reach: int = 120):
    """Matches of ``pattern`` (anchored at its end) that end where ``ending`` matches, within ``reach``."""
    for found in ending.finditer(text):
        window_start = max(0, found.start() - reach)
        match = pattern.search(text, window_start, found.end())
        if match is not None:
            yield match


def _matches(needs: re.Pattern[str], pattern: re.Pattern[str], text: str):
    return pattern.finditer(text) if needs.search(text) else ()


# A Latin name before a Japanese particle ("Metaが新設した", "MetaはScale AIに") is a proper noun: when the watch
# list knows it, it names that organisation, though the matcher leaves a bare "Meta" alone in other text.
_LATIN_BEFORE_PARTICLE = re.compile(
    r"(?<![A-Za-z0-9&.\-])(?P<name>[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)?)"
    r"(?=は|が|の|と|に|を|も|から|より|へ)"
)
# "Meta researchers present …": a name before its staff is the organisation they work for, when the watch list
# knows it (a bare "Meta" or "Mistral" is left alone elsewhere; "Many researchers" names no one).
_KNOWN_BEFORE_STAFF = re.compile(
    r"(?<![A-Za-z0-9&.\-])(?P<name>[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)?)"
    r" (?:researchers|scientists|engineers)\b"
)
_KANA_NAME = re.compile(r"^[\u30a1-\u30fa][\u30a1-\u30faー・]+$")
_LATIN_BEFORE_READING = re.compile(
    r"(?<![A-Za-z0-9&.\-])(?P<name>[A-Za-z0-9][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})$"
)
_ROUND_WORDS = frozenset("Series Seed Pre-Series Round Bridge".split())
_NAME_OPENERS = frozenset("At In On For With From By As".split())
# Fields that a state body or a working group is named for, two of them joined by "and" ("Central Digital and Data
# Office", "Copyright and AI Reference Group", "Children and Families Agency"): a name's own word, never a
# company's or a place's, so two bodies in a list ("Google and Data Office") stay two.
_FIELD_WORDS = frozenset(
    """Patent Trademark Science Technology Research Development Food Drug Trade Industry Economy Communications
    Information Education Culture Health Welfare Labour Labor Security Defense Defence Energy Environment
    Innovation Standards Safety Exchange Markets Competition Consumer Budget Accountability Management Policy
    Planning Transport Tourism Land Infrastructure Agriculture Forestry Fisheries Commerce Finance Justice Sports
    Arts Media Telecommunications Affairs Customs Tax Statistics Investment Audit Immigration
    Digital Data AI Copyright Privacy Cybersecurity Cyber Property Broadcasting Space Aviation Maritime Climate
    Nuclear Employment Housing Transportation Children Families""".split()
)
_FIELDS_JOINED = re.compile(
    rf"(?<![A-Za-z0-9&.\-])(?P<before>(?:{_NAME_WORD} ){{0,3}}(?:{'|'.join(sorted(_FIELD_WORDS))})) (?:and|&) $"
)
# What stands in brackets after a company and is not its name: an officer, a stock market.
_NOT_LATIN_NAMES = frozenset("CEO CTO COO CFO CIO NYSE NASDAQ Nasdaq TSE TYO HKEX KOSDAQ KOSPI LSE SGX".split())
_LATIN_IN_BRACKETS = re.compile(r"\((?P<name>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})\)")
# Words that say what a lab or fund does, not whose it is.
_GENERIC_ENDS = frozenset("Lab Laboratory Laboratories Fund Group".split())
_GENERIC_WORDS = frozenset("AI Data Model Models Research Innovation Digital Tech Technology Science Joint New".split())
# Words before a trade or an office that say what kind it is, or whose product it is, not which body it is
# ("Clean Energy", "Soft Robotics", "Microsoft Office", "Head Office").
_KIND_WORDS = {
    "Energy": frozenset(
        """Solar Wind Clean Renewable Nuclear Green Fusion Hydrogen Free Dark Kinetic Potential Total Low High
        Zero Net Thermal Tidal Geothermal Marine Ocean Battery Grid Offshore Onshore AI Data Mean Gibbs Binding
        Activation Ground Electric Electrical Fossil Alternative Sustainable Distributed Global Korea Japan""".split()
    ),
    "Robotics": frozenset(
        """AI Soft Swarm Cloud Service Industrial Humanoid Medical Surgical Field Space Social Embodied Physical
        Collaborative Autonomous Mobile Legged Continuum Aerial Underwater Agricultural Assistive Robust""".split()
    ),
    "Office": frozenset(
        """Microsoft Head Back Front Box Ticket Oval Field Branch Regional Local Main Sales Press Family Open Virtual
        Smart Paperless Post Country District Foreign Registered Dental Doctor's Law""".split()
    ),
    "Group": frozenset(
        """Working Research Study Focus Expert Advisory Control Age Ethnic Interest Peer Pressure Support User Users
        Test Treatment Discussion Reading Steering Task Special Contact Action Parliamentary Industry Trade Lobby
        Media Consumer Civil Rights Advocacy Think Terror Rebel Armed Lie Symmetry Orthogonal Unitary Galois Abelian
        Linear Affinity Blood Risk Comparison Baseline Intervention Experimental Placebo Sub Product Business
        Project Core Leadership Management Operating Income Language Minority Majority Renormalization""".split()
    ),
    "Therapeutics": frozenset("Digital Cell Gene RNA Novel".split()),
    "Biosciences": frozenset(),
    "Bioproducts": frozenset(),
    "Investment": frozenset(
        """Foreign Direct Private Public Total Capital Strategic Impact Green Sustainable Responsible Angel Venture
        Equity Seed Initial Further Additional Major New Big Government State Federal Infrastructure AI Return
        Minority Majority Series Follow-on Corporate Domestic Overseas Global Japanese Chinese American""".split()
    ),
}
# "Alibaba Group's Tongyi Lab": the lab, not its owner's possessive.
_OWNER_BEFORE = re.compile(r"^.*(?:'s|’s) ")
# "Santander's": a name, not its possessive; "グループ会社X", "子会社のX", "農業法人子会社NXアグリ": the relation (what
# kind of subsidiary it is, in kanji, before a Latin or katakana name), not the name.
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_RELATION_BEFORE = re.compile(
    r"^(?:(?:グループ会社|子会社|関連会社|親会社|持株会社|傘下)の?(?=.)"
    r"|[\u4e00-\u9fff]{1,8}(?:子会社|関連会社)(?=[A-Za-z\u30a1-\u30fa]))"
)
# "Tokyo-affiliated Matsuo Institute": a description joined to the name it describes.
_DESCRIBED_BEFORE = re.compile(r"^.*?[A-Za-z]-(?:affiliated|based|backed|led|owned) ")


def detect_names(
    text: str,
    known_organisation,
    known_model,
    body_start: int = 0,
    known_found: list | None = None,
    listed: ListedCompanies | None = None,
) -> dict[str, list[dict[str, str]]]:
    """Organisation and model names in ``text`` (normalised, not folded) that the watch list does not know.

    ``body_start`` is where the body begins after the headline; names by their English ending are read there only.
    The watch-list organisations that these patterns name (東京都 as a subject, an alias the matcher leaves
    to context) are appended to ``known_found``. ``listed``: Japan's listed companies, read by their names alone
    (a name found only that way carries the reason "listed company (EDINET)").
    """
    organisations: dict[str, None] = {}

    def keep(name: str) -> None:
        name = strip_role(_POSSESSIVE.sub("", _RELATION_BEFORE.sub("", _DESCRIBED_BEFORE.sub("", name))))
        if len(name) < 2 or name in _NOT_NAMES or name in NOT_SUBJECTS:
            return
        known = known_organisation(name)
        if known is None:
            if is_not_a_name(name):
                return
            organisations[name] = None
        elif known_found is not None:
            known_found.append(known)

    # The tail of a name that begins in hiragana ("ふくおか|フィナンシャルグループ株式会社") is no name.
    tails = set()
    japanese = JAPANESE_LETTER.search(text) is not None
    for needs, pattern in _ORGANISATION_PATTERNS if japanese else _ORGANISATION_PATTERNS[3:]:
        for match in _matches(needs, pattern, text):
            name = match.group("name") or match.groupdict().get("after") or ""
            if pattern is _HIRAGANA_LED[1]:
                tails.add(_LEADING_HIRAGANA.sub("", name))
            name = _COUNTRY_PREFIX.sub("", _LEADING_NOISE.sub("", name).strip(" .,-"))
            if name not in tails:
                keep(name)
    for match in _matches(*_JAPANESE_BY_ENDING, text) if japanese else ():
        if match.group("stem").rstrip("・") not in _GENERIC_STEMS:
            keep(match.group("name"))
    latin_with_ending = latin_names_with_ending(text) if japanese else []
    by_kind = named_by_kind(text, text[: max(body_start - 1, 0)])
    for name in chain(hiragana_institutions(text), latin_with_ending, by_kind) if japanese else ():
        keep(name)
    for needs, pattern in (_JAPANESE_DESCRIBED, _ENGLISH_DESCRIBED) if japanese else (_ENGLISH_DESCRIBED,):
        for match in _matches(needs, pattern, text):
            keep(_LEADING_WORDS.sub("", match.group("name").strip(" .,-’'")))
    body = text[body_start:]
    for match in _matches_before(*_ENGLISH_BY_ENDING, body):
        name = undated(match.group("name"), body, match.start("name"))
        # A word that opens a sentence ("At Acme Ventures, we …") is no part of a name; after a comma it is
        # ("Emerson Collective, At One Ventures and …").
        if not (body.endswith(", ", 0, match.start()) and name.split()[0] in _NAME_OPENERS):
            name = _LEADING_WORDS.sub("", name)
        name = _OWNER_BEFORE.sub("", name)
        # Two fields joined by "and" before the ending are one body's name ("United States Patent and Trademark
        # Office", "Food and Drug Administration"), not two names ("Google and Stanford University").
        joined = _FIELDS_JOINED.search(body, max(0, match.start() - 60), match.start())
        if joined is not None and name.split()[0] in _FIELD_WORDS:
            name = _LEADING_WORDS.sub("", joined.group("before")) + " and " + name
        words = name.split()
        # "AI Lab", "Research Fund": what a lab or fund does, not whose it is ("AI Alliance" is one body's name).
        # "Trump Administration": a government by its leader, not a body (a body's name says what it administers).
        if len(words) > 1 and not (
            (words[-1] in _GENERIC_ENDS and set(words[:-1]) <= _GENERIC_WORDS)
            or (words[-1] in _KIND_WORDS and words[-2] in _KIND_WORDS[words[-1]])
            or words[0] in _ROUND_WORDS  # "Series A Investment": a round, not a firm
            or (words[-1] == "Administration" and len(words) == 2)
        ):
            keep(name)
    for match in _matches_before(*_ACRONYM, body):
        name = _LEADING_WORDS.sub("", match.group("name"))
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        if initials == match.group("short") and _ORGANISATION_WORD.search(name):
            keep(name)
            keep(match.group("short"))
    for name in candidate_names(text, text[: max(body_start - 1, 0)], body_start, known_organisation):
        # "ChatGPT Work": a product; "Paris-based Mistral": the company, which the watch list knows by that name.
        if known_organisation(name) is not None or not (known_model(name) or known_model(name.split()[0])):
            keep(name)
    arms = chain(trade_arms(text, known_organisation), kind_named(text, known_model, body_start)) if japanese else ()
    ended = chain(
        english_endings(body, known_organisation, known_model),
        boards_and_hospitals(body),
        numbered_funds(body),
        legislatures(body),
    )
    called = chain(listed_prefectures(body), called_names(body), cited_sources(body))
    for name in chain(country_units(text, known_organisation), arms, ended, called):
        keep(name)
    named = (
        chain(
            kinds_named(body),
            partners_named(body),
            officers_of(body),
            people_of(body),
            brands_owning(body),
            shaped_subjects(body),
            units_named(body),
            deals_named(body),
        )
        if not japanese
        else ()
    )
    for name in named:  # "startups such as X and Y", "partnered with X", "chief executive of X"
        if list_item_is_name(name) and (not known_model(name) or known_organisation(name) is not None):
            keep(name)
    for name in rounds_listed(body) if not japanese else ():  # "X raised $5M, Y $3M and Z $2M"
        keep(name)
    municipal, foreign_cities = municipalities(text) if japanese else ([], set())
    public, foreign_ministries = public_bodies(text, known_organisation) if japanese else ([], set())
    for name in chain(municipal, public):
        keep(name)
    for name in university_units(text, organisations, known_organisation) if japanese else ():
        keep(name)  # "筑波大学附属病院": a university's unit after its name
    for name in societies_before_meetings(text) if japanese else ():
        keep(name)  # "日本培養食料学会大会": the society before its meeting
    for name in chain(cooperatives(text), ja_cooperatives(text)) if japanese else ():
        keep(name)  # "山形ドローン協会協同組合": a cooperative whose name says whose it is
    # Listed companies named without their form ("清水建設は…"): a watch-list company keeps its watch-list name.
    listed_only = set()
    for name in listed.find(text) if listed is not None and japanese else ():
        if name not in organisations:
            listed_only.add(name)
        keep(name)
    listed_english = set()  # "Toei Animation said …": a listed company by its English name, in English text
    for name in listed.english.find(text) if listed is not None and not japanese else ():
        if name not in organisations:
            listed_english.add(name)
        keep(name)
    for school, division in school_divisions(text, list(organisations)) if japanese else ():
        keep(school)  # "足立学園中学校・高等学校": one school of two divisions
        if text.count(division) == text.count(school):
            organisations.pop(division, None)
    if known_found is not None:
        known_found.extend(known_in_context(text, known_organisation, known_model, japanese))
        for match in _LATIN_BEFORE_PARTICLE.finditer(text):
            known = known_organisation(match.group("name"))
            if known is not None:
                known_found.append(known)
        if " researchers" in text or " scientists" in text or " engineers" in text:
            for match in _KNOWN_BEFORE_STAFF.finditer(text):
                known = known_organisation(match.group("name"))
                if known is not None:
                    known_found.append(known)
    # A name in Latin letters with its reading in brackets ("9Capital(ナインキャピタル)"): the reading was found by
    # its ending, the Latin name is the same company's.
    if "(" in text:
        for body, other in bracketed_other_names(list(organisations), text) if japanese else ():
            keep(other)  # "シンガポール企業庁(エンタープライズシンガポール)": the body's other name, as foreign as it
            if body in foreign_ministries:
                foreign_ministries.add(other)
        for name in [name for name in organisations if _KANA_NAME.match(name)]:
            reading = text.find(f"({name})")
            if reading > 0:
                latin = _LATIN_BEFORE_READING.search(text, max(0, reading - 40), reading)
                if latin is not None:
                    keep(latin.group("name"))
            # "米オープンエビデンス(OpenEvidence)は": the Latin name in brackets after it is the same company's.
            written = text.find(f"{name}(")
            if written >= 0:
                latin = _LATIN_IN_BRACKETS.match(text, written + len(name))
                if latin is not None and latin.group("name") not in _NOT_LATIN_NAMES:
                    keep(latin.group("name"))
    # The other names of a list that names an organisation already found.
    for items, said in list_members(text, body_start, japanese):
        if said or any(
            names_a_list(item, items) and (item in organisations or known_organisation(item) is not None)
            for item in items
        ):
            for item in items:
                # A model's name is no organisation's, unless the watch list says it is one too ("Mistral").
                if list_item_is_name(item) and (not known_model(item) or known_organisation(item) is not None):
                    keep(item)
    # "Mizuho Bank and Sumitomo Mitsui Banking": the other name of a pair with an organisation of the watch list (not
    # one that is a model's name too: "Mistral and DeiT").
    for pair in plain_pairs(text[body_start:]) if not japanese else ():
        # "Japan Newspaper Publishers and Editors Association": one name, found whole by its ending.
        if any(f"{pair[0]} and {pair[1]}" in name for name in organisations):
            continue
        for item, other in (pair, pair[::-1]):
            if (
                (other in organisations or known_organisation(other) is not None)
                and not known_model(other)
                and known_organisation(item) is None
                and not known_model(item)
                and list_item_is_name(item)
            ):
                keep(item)
    models: dict[str, None] = {}
    for needs, pattern in _MODEL_PATTERNS:
        for match in _matches(needs, pattern, text):
            name = match.group("name").strip()
            if len(name) < 3 or known_model(name) or _NUMBERED_THING.match(name):
                continue
            models[name] = None
    for piece in pieces_of_longer_names(list(organisations), text) | last_words(latin_with_ending):
        organisations.pop(piece, None)
    foreign = (
        (foreign_names(text, japanese, organisations) | foreign_cities | foreign_ministries) if organisations else set()
    )
    return {
        "organisations": [
            {"name": name, "foreign": "yes"}
            if name in foreign
            else {"name": name, "reason": LISTED_REASON}
            if name in listed_only
            else {"name": name, "reason": LISTED_ENGLISH_REASON}
            if name in listed_english
            else {"name": name}
            for name in organisations
        ],
        "models": [{"name": name} for name in models],
    }
