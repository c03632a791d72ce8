"""Organisation names marked by the word for the kind of body they are: a Japanese ending, a legal form in
front, an English body "of" something; and the Chinese ministries and foreign campuses such a word shows.

    東北大学 / 北陸先端科学技術大学院大学 / 横浜銀行 / 三菱総合研究所 / 宇宙航空研究開発機構 / 日本新聞協会
    一般社団法人X / 国立研究開発法人X / 学校法人X
    University of Aizu / Okinawa Institute of Science and Technology / Ministry of Science and ICT
    中国の工業情報化部 / 科学技術部の…部長 / カリフォルニア大学サンディエゴ校

``detect_institutions.candidate_names`` yields them with the names read from the words around a name;
``foreign_names`` says which of them are another country's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from pipelines.classification.detect_characters import (
    BEFORE_NAME,
    ENGLISH_LEADING,
    KANJI,
    KATAKANA,
    LEGAL_FORM,
    NAME_CHARACTER,
    OWNER,
    WORD,
    clean_name,
    present,
)
from pipelines.classification.detect_words import GENERIC_NAMES, GENERIC_STEMS, GENERIC_TAILS

# --- Japanese endings --------------------------------------------------------------------------------
# The ending says what kind of body the name is: 大学, 研究所, 銀行 … (a 機構 only when it says what it
# does: 研究開発機構, or that it is a joint body of its members: 共同機構; not 価格決定機構, a mechanism).
_JAPANESE_ENDING = (
    r"大学院大学|大学病院|大学|研究所|研究室|総研|研究開発機構|研究機構|推進機構|振興機構|支援機構|開発機構|共同機構|研究センター"
    # Cooperatives by their trade ("甲賀農業協同組合", "北浜漁業協同組合"; "農業協同組合" alone is a kind of body).
    r"|農業協同組合|漁業協同組合|生活協同組合|事業協同組合|森林組合"
    r"|投資事業有限責任組合|投資事業組合|研究組合|協議会|連合会|病院|学会|協会|財団|銀行|信用金庫|信用組合|証券|新聞社|新聞"
    # Councils of state and their sections ("産業構造審議会知的財産分科会"), agencies ("カタール投資庁").
    r"|審議会|分科会|部会|庁|フォーラム|コンソーシアム"
    # Chambers, federations, promotion societies and private schools ("東京商工会議所", "日本将棋連盟",
    # "日本学術振興会", "河合塾").
    r"|商工会議所|商工会|連盟|振興会|塾"
    # Law, patent and accounting firms ("TMI総合法律事務所", "弁護士法人X法律事務所" with its legal form).
    r"|法律事務所|特許事務所|会計事務所|税理士事務所|司法書士事務所"
    # A company group, a trading house, a brewery ("日清製粉グループ", "ツバメ商会", "白鷺酒造"); a group's holding
    # company, "HD" for short after a Japanese name ("ミドリグループHD", "ヤマトHD"; not "4KHD"). (What comes before
    # HD is checked behind it: an alternative opening with a look-behind stops the regex engine skipping ahead to
    # the characters that open an ending.)
    rf"|グループHD|グループホールディングス|グループ|HD(?<=[{KANJI}{KATAKANA}]HD)(?![A-Za-z0-9])|商会|酒造"
    r"|日報社|日報|新報社|新報|通信社|放送局|放送|ホールディングス|製作所|製薬"
    r"|工業|商事|電機|電鉄|重工業|重工|物産|技研|精機|精工|化成|電工|興業|製鉄|製紙|損保"
    # Courts: 東京地方裁判所, 知財高裁, 大阪家裁 (a ruling follows the short ones: 東京地裁判決).
    r"|地方裁判所|高等裁判所|家庭裁判所|簡易裁判所|裁判所|地裁|高裁(?!判所)|家裁"
    # Schools ("石川県立大聖寺高校", "茨城県立勝田中等教育学校", "茨城工業高等専門学校"), institutes of a
    # university or a state ("上海交通大学人工知能研究院"), commissions and bureaus ("北京市科学技術委員会", "統計局"),
    # and a center or an organisation (機構) whose acronym follows it ("中国インターネット情報センター(CNNIC)").
    r"|高等専門学校|中等教育学校|特別支援学校|専門学校|高等学校|高校|中学校|小学校|研究院|委員会|局"
    r"|センター(?=\([A-Z][A-Za-z0-9&]{1,9}\))"
    # Any 機構 whose acronym follows it is a body, not a mechanism ("地方公共団体情報システム機構(J-LIS)").
    r"|機構(?=\([A-Z][A-Za-z0-9&\-]{1,9}\))"
)
# What a body does for an event, run into its name: "(日本文学振興会主催)", "X協会後援".
_HOSTING = "主催|共催|後援|協賛|監修"
# What is affiliated with a body, run into its name: "十八親和銀行系のシンクタンク", "X証券系列の", "X銀行傘下の".
_AFFILIATED = "系の|系列の|傘下の"
# A school's department run into its name: "富山高等専門学校電気制御システム工学科".
_DEPARTMENT = rf"[{KANJI}{KATAKANA}]{{1,12}}?(?:学科|専攻科)"
# What a university's name may run into: its graduate school, hospital or faculty ("武蔵大学社会学部の").
_AFTER_UNIVERSITY = rf"大学院|院|病院|発|附属|付属|医|[{KANJI}]{{1,6}}?(?:学部|研究科|学群|学域|学環)"
_NAME_BY_ENDING = (
    rf"(?P<name>(?P<stem>[A-Za-z0-9{KANJI}{KATAKANA}][A-Za-z0-9&{KANJI}{KATAKANA}]{{1,14}}?)"
    rf"(?P<ending>{_JAPANESE_ENDING}))(?!院(?!大学))(?!(?<!大学)(?<!裁)(?!{_HOSTING}|{_AFFILIATED}|(?<=学校){_DEPARTMENT})[{KANJI}])"
    rf"(?!(?<=大学)(?!{_AFTER_UNIVERSITY})[{KANJI}])"
    # A university's institute is named whole ("上海財経大学デジタル経済研究院").
    rf"(?!(?<=大学)[{KANJI}{KATAKANA}]{{1,12}}?(?:研究院|研究所|研究センター)(?![{KANJI}]))"
)
_BY_ENDING = (re.compile(_JAPANESE_ENDING), re.compile(rf"{BEFORE_NAME}{_NAME_BY_ENDING}"))
_AFTER_DOT = re.compile(_NAME_BY_ENDING)
# A fund's name is long: "ガバナンス・パートナーズASIA投資事業有限責任組合",
# "JICVGIオポチュニティファンド1号投資事業有限責任組合".
_FUND_ENDING = (
    ("投資事業",),
    re.compile(
        # Latin words with spaces may open it ("Acme Frontier 2号投資事業有限責任組合").
        rf"{BEFORE_NAME}(?P<name>(?P<stem>(?:[A-Z][A-Za-z0-9&\-]* ){{1,3}}[A-Za-z0-9{KANJI}{KATAKANA}]"
        rf"[A-Za-z0-9&{KANJI}{KATAKANA}]{{1,30}}?"
        rf"|[A-Za-z0-9{KANJI}{KATAKANA}][A-Za-z0-9&{KANJI}{KATAKANA}]{{14,30}}?"
        # A regional bank's fund often opens in hiragana ("あいぎんベンチャーファンド2号投資事業有限責任組合",
        # "みなとキャピタル1号…"): the run neither opens nor ends in a particle (による, として, ための), and a name
        # follows it.
        r"|(?<![\u3041-\u3096])(?![にてをはがでものへとや])[\u3041-\u3096]{2,6}(?<![のてにをはがでもへ])"
        rf"[A-Za-z0-9{KANJI}{KATAKANA}][A-Za-z0-9&{KANJI}{KATAKANA}]{{3,30}}?)"
        r"(?P<ending>投資事業有限責任組合|投資事業組合))"
    ),
)
# A body whose name is long with katakana words, before its acronym ("日本コンピュータエンターテインメント協会(CESA)"):
# the acronym says where the name ends, so the stem may be longer than the ending readers allow; a few kanji (日本,
# 全国) may open it.
_LONG_WITH_ACRONYM = (
    re.compile(r"(?:協会|機構|財団|連合会|協議会|研究所|センター|学会|連盟)\([A-Z]"),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>(?P<stem>[{KANJI}]{{0,6}}[\u30a1-\u30fa][{KATAKANA}{KANJI}A-Za-z0-9&]{{13,30}}?)"
        r"(?P<ending>協会|機構|財団|連合会|協議会|研究所|センター|学会|連盟))(?=\([A-Z][A-Za-z0-9&\-]{1,9}\))"
    ),
)
# Words before 局 that make it no body: a secretariat, a pharmacy, a station, the authorities (当局).
_NOT_BUREAU_STEMS = tuple("事務 薬 郵便 テレビ ラジオ キー 民放 地方 系列 電話 出先 当 各 支".split())
# A campus after a university ("カリフォルニア大学サンディエゴ校").
_CAMPUS = re.compile(rf"[\u30a1-\u30fa][{KATAKANA}]{{1,12}}校(?![{KANJI}])")
# Headlines drop the space between their phrases ("…を調達 三井住友銀行など" is read "調達三井住友銀行"), so a
# kanji run before an ending may begin with the word of the phrase before: the name starts after it.
_PHRASE_END = re.compile(
    r"^.*(?:調達|導入|提携|採用|発表|公開|締結|開始|合意|要望|提訴|上場|受賞|選定|採択|出資|買収)(?=.{2})"
)

# Words before グループ that say what kind of group it is ("生成AIワーキンググループ", "フレンズグループ").
_KINDS_OF_GROUP = ("ワーキング", "ワーキング・", "プロジェクト", "タスクフォース", "フレンズ", "ユーザー", "アイドル")
# Words before 塾 that say what kind of school it is ("大手学習塾", "個別指導塾").
# Words before 法律事務所 and the like that say what kind of firm it is, or which one the text means ("大手法律事務所",
# "外資系法律事務所", "同法律事務所"), with nothing after them but 総合 ("総合法律事務所" alone is a kind too).
_KIND_OF_FIRM = re.compile(
    r"^(?:同|各|当|本|他|別|大手|中堅|中小|小規模|大規模|外資系|外資|国際|渉外|個人|地元|都内|国内|海外|日本|米国|米|英国|英"
    r"|有力|複数|主要|全国|地域|一般|専門|独立系|総合)?(?:総合)?$"
)
_KINDS_OF_SCHOOL = tuple("学習 進学 補習 個別指導 英会話 英語 そろばん 書道 私 学 予備".split())
# A ministry written before its own office's name ("総務省九州総合通信局", "経済産業省関東経済産業局").
_MINISTRY_BEFORE = re.compile(rf"^[{KANJI}]{{1,6}}省(?=[{KANJI}]{{2}})")
# A stem that is a date, a count or an edition, not a name: "令和7年度大学発…", "第4回公式生放送".
# A fund's number alone ("1号") is none either: its name is the words before it.
_NOT_A_STEM = re.compile(r"^第|[0-9]+(?:回|年|月|日)|年度|令和|平成|^[0-9]+号$")
# A date or an edition before a body's name ("令和6年度第1回審査品質管理小委員会"): no part of it.
_EDITION_BEFORE = re.compile(r"^(?:(?:令和|平成)?[0-9]+年度?)?(?:第[0-9]+回)?(?=[^0-9])")
_ACRONYM_AFTER = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&]{1,9})\)")


def _endings(text: str) -> Iterator[re.Match[str]]:
    """Matches of the name-by-ending patterns, and of a name that follows one after "・" ("北京市科学技術委員会・
    中関村管理委員会")."""
    for needs, pattern in (_BY_ENDING, _FUND_ENDING, _LONG_WITH_ACRONYM):
        if not present(needs, text):
            continue
        for match in pattern.finditer(text):
            yield match
            while text.startswith("・", match.end()):
                after = _AFTER_DOT.match(text, match.end() + 1)
                if after is None:
                    break
                yield after
                match = after


def japanese_by_ending(text: str, known: Callable[[str], object]) -> Iterator[str]:
    """Japanese names by their ending (not those the watch list, ``known``, finds at their end), with the
    university of a hospital or an institute, a campus and an acronym that follow."""
    if not _BY_ENDING[0].search(text):
        return
    for match in _endings(text):
        ending = match.group("ending")
        stem = clean_name(_EDITION_BEFORE.sub("", _PHRASE_END.sub("", match.group("stem")), count=1))
        if match.group("stem").endswith("・") and stem:
            stem += "・"  # "ステップストーン・グループ": the dot before the ending is the name's own
        name = stem + ending
        # The legal form of an operator written before its school or hospital (clean_name drops it from the stem).
        after_legal_form = (
            _LEGAL_FORM_BEFORE.match(match.group("stem")) is not None
            or _LEGAL_FORM_AFTER.search(text, max(match.start() - 12, 0), match.start()) is not None
        )
        if (
            len(stem) < 2
            # 看護専門学校, 調理師専門学校: a kind of school (a school's name holds more, or a Latin or kana word).
            or (ending == "専門学校" and len(stem) < 4 and re.fullmatch(rf"[{KANJI}]+", stem) is not None)
            or (ending == "グループ" and (stem.endswith(_KINDS_OF_GROUP) or known(stem) is not None))
            or stem.isdigit()
            or _NOT_A_STEM.search(stem)
            or name in GENERIC_NAMES
            or stem in GENERIC_STEMS
            or stem.endswith(GENERIC_TAILS)
            or (ending == "局" and stem.endswith(_NOT_BUREAU_STEMS))
            or (ending == "塾" and stem.endswith(_KINDS_OF_SCHOOL))
            or (ending.endswith("事務所") and _KIND_OF_FIRM.match(stem) is not None)
            # 中央省庁, 官公庁, 都道府県庁: kinds of office.
            or (ending == "庁" and stem.endswith(("省", "官公", "官", "都道府県", "市町村", "市区町村")))
        ):
            continue
        # A known name at its end ("…三井住友銀行"): the watch list has found it already.
        if any(known(name[start:]) is not None for start in range(1, len(stem) - 1)):
            continue
        if ending == "局" and text.startswith("」", match.end()) and text[match.start() - 1 : match.start()] == "「":
            continue  # 「宇宙水道局」: a service's name
        # Only after a legal form: a school's own name may hold its founder's (共愛学園前橋国際大学).
        parts = operator_and_institution(name) if after_legal_form else None
        if parts:
            yield from parts
            continue
        yield name
        ministry = _MINISTRY_BEFORE.match(stem)
        if ministry is not None and len(stem) - ministry.end() >= 2:
            yield name[ministry.end() :]  # "総務省九州総合通信局": the office by its own name too
        university = stem.find("大学")
        if university > 0 and ending in ("研究院", "研究所", "研究センター"):
            yield stem[: university + 2]  # "上海交通大学人工知能研究院": the university too
            if len(stem) - university - 2 >= 2:
                yield stem[university + 2 :] + ending  # and the institute by its own name ("人工知能研究院")
        if ending == "大学病院":
            yield stem + "大学"  # "藤田医科大学病院": the university too
        elif ending == "大学":
            campus = _CAMPUS.match(text, match.end())
            if campus is not None:
                yield name + campus.group(0)
        # "金融データ活用推進協会(FDUA)": the body's acronym is its name too.
        acronym = _ACRONYM_AFTER.match(text, match.end())
        if acronym is not None:
            yield acronym.group("short")


# --- Legal forms in front -------------------------------------------------------------------------------
BY_LEGAL_FORM = (
    re.compile(LEGAL_FORM),
    re.compile(rf"{LEGAL_FORM}\s?(?P<name>[A-Za-z0-9{KANJI}{KATAKANA}][{NAME_CHARACTER}]{{1,30}})"),
)
_LEGAL_FORM_BEFORE = re.compile(rf"^{LEGAL_FORM}")
_LEGAL_FORM_AFTER = re.compile(rf"{LEGAL_FORM}\s?$")
# A school's or a hospital's operator written before it after its legal form ("社会医療法人石川記念会HITO病院",
# "学校法人青葉学園緑台高校"): the operator's name ends in 会, 学園, 学院, 舎 or 財団, and the school or the hospital
# follows with its own ending. The longest such operator is taken ("東京会計学院X専門学校" is 東京会計学院 and
# X専門学校). Not a university: its name often holds its founder's ("共愛学園前橋国際大学", "関東学院大学").
_OPERATOR_AND_INSTITUTION = re.compile(
    rf"^(?P<operator>[{NAME_CHARACTER}]{{1,12}}(?:会|学園|学院|舎|財団|義塾))"
    rf"(?P<institution>[{NAME_CHARACTER}]{{2,20}}?(?:病院|クリニック|専門学校|高等学校|高校|中学校|小学校"
    r"|中等教育学校|幼稚園|保育園|こども園))$"
)


def operator_and_institution(name: str) -> tuple[str, str] | None:
    """The operator and the school or hospital it runs, when ``name`` (after its legal form) is both run together."""
    match = _OPERATOR_AND_INSTITUTION.match(name)
    return (match["operator"], match["institution"]) if match else None


# --- English -----------------------------------------------------------------------------------------------
# A word of the name after "of" or "for" may carry a letter with an accent ("Würzburg-Schweinfurt", "Málaga"): the
# name is not cut at its first non-ASCII letter, which would leave a fragment ("… Sciences W").
_OF_WORD = r"[A-Z][A-Za-z0-9&'’\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]*"
_UNIVERSITY_OF = (
    re.compile(r"University of [A-Z]"),
    re.compile(rf"(?<![A-Za-z])(?P<name>(?:The )?University of {_OF_WORD}(?: {_OF_WORD})?)"),
)
# A body named by what it is "of" or "for", up to three words and a last one after "and": "National Institute for
# Japanese Language and Linguistics", "Center for Democracy and Technology", "Ministry of Science and ICT",
# "Cyberspace Administration of China". A ministry, a center or an office may open its name; an institute or a
# school is led by whose it is ("Japan Institute of …", not "Institute of …" alone, a kind of body).
_BODY_OF = r"(?:Ministry|Department|Administration|Office|Bureau|Center|Centre|Agency|Council|Commission)"
_INSTITUTE_OF = (
    re.compile(
        r"(?:Institute|University|School|Ministry|Department|Administration|Office|Bureau|Center|Centre|Agency|Council"
        r"|Commission) (?:of|for) (?:the )?[A-Z]"
    ),
    re.compile(
        rf"(?<![A-Za-z])(?P<name>(?:(?:(?!The ){WORD} ){{1,3}}(?:Institute|University|Graduate School|School)"
        rf"|(?:(?!The ){WORD} ){{0,3}}{_BODY_OF}) (?:of|for) (?:the (?=[A-Z]))?"
        rf"{_OF_WORD}(?: {_OF_WORD}){{0,2}}(?: (?:and|&) (?:Emerging )?{_OF_WORD}"
        r"(?: (?:Policy|Studies|Research|Development|Affairs|Technology|Sciences?))?)?)"
        # Not the first words of a longer name ("Ministry of Economy, Trade and Industry").
        rf"(?![A-Za-z0-9&'’\-])(?!, {WORD} (?:and|&) )"
    ),
)
# "University of Tokyo-affiliated Matsuo Institute": the name ends where the description begins.
_AFFILIATION = re.compile(r"-(?:affiliated|based|backed|led|owned|run|funded)\b.*$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][A-Za-z]*\s$")
# After the University of: a word that is a headline's verb, not part of the name ("University of Tokyo Releases").
_NOT_NAME_WORDS = frozenset(
    """Releases Launches Unveils Announces Develops Builds Opens Says Joins Partners Issues Publishes Warns Plans
    Sets Adopts Approves Signs Names Invests Backs Selects Awards Teams Calls Seeks Wins Introduces Proposes""".split()
)
_ARTICLES = frozenset("The A An".split())


def english_bodies(text: str, body_start: int) -> Iterator[str]:
    """English bodies named by what they are "of" or "for", of three words or more; ``body_start`` ends the headline."""
    for needs, pattern in (_UNIVERSITY_OF, _INSTITUTE_OF):
        if not present(needs, text):
            continue
        for match in pattern.finditer(text):
            before = _CAPITAL_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if before is not None and before.group(0).strip() not in _ARTICLES:
                continue  # inside a longer name: "Missouri University of Science and Technology"
            name = OWNER.sub("", ENGLISH_LEADING.sub("", match.group("name")))  # "Taiwan's Ministry of …"
            words = _AFFILIATION.sub("", name).split()
            # A headline's verb ends the name: "National Institute of Informatics Releases LLM-jp-3".
            verb = next((index for index, word in enumerate(words) if word in _NOT_NAME_WORDS), len(words))
            words = words[:verb]
            if match.start() < body_start and pattern is _UNIVERSITY_OF[1]:
                words = words[:3]  # a headline in title case: "University of Tokyo Releases …"
            if len(words) >= 3:
                yield " ".join(words)


# --- Chinese ministries, and bodies read as foreign ----------------------------------------------------------
# A Chinese ministry: "中国工業・情報化部の", "中国の工業情報化部は", "科学技術部の陰和俊部長" (a ministry with its
# minister, in text about China; a name of three characters or more before 部, not 東部 or 営業部).
_CHINA = ("中国", "全人代", "国務院", "人民代表大会")
_MINISTRY_BU = rf"[{KANJI}][{KANJI}・]{{2,8}}部"
_CHINESE_MINISTRY = (
    re.compile(r"部(?:の[\u4e00-\u9fff]{2,4}副?部長|は|が|の|と|、|に|を|で)"),
    re.compile(
        rf"(?P<country>中国)(?P<of>の)?(?P<name>{_MINISTRY_BU})(?=は|が|の|と|、|に|を|で)"
        rf"|{BEFORE_NAME}(?P<after>{_MINISTRY_BU})の[{KANJI}]{{2,4}}副?部長"
    ),
)


def foreign_names(text: str, japanese: bool, found: Iterable[str] = ()) -> set[str]:
    """Names that the detector reads as foreign by where they stand: a Chinese ministry in text about China, a
    campus of a university whose name is in katakana ("カリフォルニア大学サンディエゴ校"), and of the names ``found``
    those that open with their country ("大韓商工会議所", "韓国ベンチャー投資"). No Japan evidence."""
    names = set(chinese_ministries(text)) if japanese else set()
    names.update(name for name in found if name.startswith(_COUNTRY_FIRST))
    if japanese and present(_CHINESE_TEXT, text):
        # A commission, institute or bureau in text about China is China's ("中関村管理委員会", "中国情報通信研究院").
        for match in _STATE_BODY.finditer(text):
            names.add(match.group("name"))
            university = match.group("name").find("大学")
            if university > 0:
                names.add(match.group("name")[university + 2 :])  # its institute by its own name: China's too
    if "校" in text:
        names.update(match.group(0) for match in _FOREIGN_CAMPUS.finditer(text))
    if japanese:
        names.update(foreign_kanji_names(text))
        names.update(foreign_addressed(text))
        names.update(foreign_universities(text))
    return names


# Countries a name may open with that no Japanese body's name opens with (中国 does: 中国電力, 中国銀行).
_COUNTRY_FIRST = ("大韓", "韓国", "台湾")
_CHINESE_TEXT = ("中国", "全人代", "国務院", "人民網", "北京", "上海", "深圳")
_STATE_BODY = re.compile(rf"(?P<name>[{KANJI}\u30a1-\u30faー]{{2,20}}(?:委員会|研究院|局))(?![{KANJI}])")
_FOREIGN_CAMPUS = re.compile(
    rf"(?<![{KANJI}])[\u30a1-\u30fa][{KATAKANA}]{{1,20}}大学[\u30a1-\u30fa][{KATAKANA}]{{1,12}}校"
)


# A Chinese, Taiwanese or Korean company in kanji with its reading: "台湾の聯発科技(メディアテック)",
# "中国の百度(バイドゥ)". Both names are the company's, and it is foreign.
# In text about China, Taiwan, Korea or Hong Kong the country may be written elsewhere ("深圳市のロボット企業、
# 自変量機器人(Xスクウェア・ロボット)が"); the reading may open with a Latin letter.
_READING = rf"\((?P<reading>[A-Z]?[\u30a1-\u30fa][{KATAKANA}]{{2,20}}(?:[A-Z][A-Za-z0-9]{{0,5}})?)\)"
_FOREIGN_KANJI = (
    re.compile(rf"[{KANJI}]{{2}}\([A-Z]?[\u30a1-\u30fa]"),
    re.compile(rf"(?<![{KANJI}])(?:中国|台湾|韓国|香港)の?(?P<name>[{KANJI}]{{2,8}}){_READING}"),
    re.compile(rf"(?<![{KANJI}{KATAKANA}A-Za-z0-9])(?<![\u3041-\u3096])(?<!\()(?P<name>[{KANJI}]{{2,8}}){_READING}"),
)
_ABOUT_EAST_ASIA = ("中国", "台湾", "韓国", "香港", "北京", "上海", "深圳", "杭州", "ソウル")


# A company with a foreign address in brackets: "アンソロピック(米カリフォルニア州)", "Acme(本社:米国ニューヨーク州)",
# "百度(中国・北京)". It is foreign.
_ABROAD = (
    r"(?:米国|米|英国|英|中国|韓国|台湾|香港|独|ドイツ|仏|フランス|シンガポール|インド|イスラエル|カナダ|スイス|豪州)"
)
_FOREIGN_ADDRESS = (
    re.compile(rf"\((?:本社[:：]?\s?)?{_ABROAD}・?[{KANJI}\u30a1-\u30fa]"),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>[A-Za-z0-9{KATAKANA}{KANJI}][{NAME_CHARACTER}.]*"
        rf"(?: [A-Za-z0-9&][{NAME_CHARACTER}.]*)*)"
        rf"\s?\((?:本社[:：]?\s?)?{_ABROAD}・?[{KANJI}{KATAKANA}]{{2,14}}(?:州|市|区|都)?(?:、|\)|・)"
    ),
)


def foreign_addressed(text: str) -> Iterator[str]:
    """Companies with a foreign address in brackets after their name."""
    if "(" not in text or not _FOREIGN_ADDRESS[0].search(text):
        return
    for match in _FOREIGN_ADDRESS[1].finditer(text):
        name = clean_name(match.group("name"))
        if len(name) >= 2:
            yield name


def foreign_kanji_names(text: str) -> Iterator[str]:
    """A foreign company written in kanji after its country, and its reading in brackets."""
    if "(" not in text or not _FOREIGN_KANJI[0].search(text):
        return
    patterns = _FOREIGN_KANJI[1:] if present(_ABOUT_EAST_ASIA, text) else _FOREIGN_KANJI[1:2]
    for pattern in patterns:
        for match in pattern.finditer(text):
            yield match.group("name")
            yield match.group("reading")


def chinese_ministries(text: str) -> Iterator[str]:
    """Chinese ministries in text about China, named with 中国 before them."""
    if "部" not in text or not present(_CHINA, text) or not _CHINESE_MINISTRY[0].search(text):
        return
    for match in _CHINESE_MINISTRY[1].finditer(text):
        if match.group("name"):
            yield match.group("name") if match.group("of") else "中国" + match.group("name")
        else:
            yield match.group("after")


# A foreign university by the short form Japanese news gives it after its country: "米スタンフォード大の", "英オックス
# フォード大が" (大 on its own, not 大学 or 大規模).
_FOREIGN_UNIVERSITY = re.compile(
    rf"(?<![{KANJI}{KATAKANA}A-Za-z])(?:米|英|仏|独|加|豪|伊|米国|英国|中国|韓国|台湾|スイス)"
    rf"(?P<name>[\u30a1-\u30fa][{KATAKANA}]{{2,20}}大)(?![{KANJI}{KATAKANA}])"
)


def foreign_universities(text: str) -> Iterator[str]:
    """Foreign universities by their short form after their country ("米スタンフォード大" -> スタンフォード大)."""
    if "大" in text:
        for match in _FOREIGN_UNIVERSITY.finditer(text):
            yield match.group("name")
