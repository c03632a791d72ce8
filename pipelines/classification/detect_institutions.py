"""Organisation names that carry no company form: by the kind of body their ending names, by their legal
form in front, and by the words news and press releases put around a company's name.

    東北大学 / 北陸先端科学技術大学院大学 / 横浜銀行 / 三菱総合研究所 / 宇宙航空研究開発機構 / 日本新聞協会
    一般社団法人X / 国立研究開発法人X / 学校法人X
    University of Aizu / Okinawa Institute of Science and Technology / Acme Corp.
    X(東京都港区) / X(本社:東京都…) / X(東京・渋谷) / Xの代表取締役 / 米X社 / Xと資本業務提携 / X傘下の / 傘下のX
    a headline's subject: "ストックマーク、…", "Acme raises $5M …"

``candidate_names`` yields the names; ``detect.detect_names`` keeps those the watch list does not know.
Every pattern needs a marker that only names carry (an ending, a legal form, an address in brackets);
a name is the run of name characters before or after it, so sentence fragments cannot come out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipelines.classification.detect_words import (
    GENERIC_ACTOR_TAILS,
    GENERIC_ACTORS,
    GENERIC_NAMES,
    GENERIC_STEMS,
    GENERIC_TAILS,
    NOT_SUBJECTS,
)

_KANJI = "\u4e00-\u9fff々〆ヶ"
_KATAKANA = "\u30a1-\u30faー・"
# A character of a name: Latin, katakana and kanji characters, digits, "&" and "-".
_NAME_CHARACTER = rf"A-Za-z0-9&\-{_KANJI}{_KATAKANA}"
# Where a name may begin: not inside a longer word, and after hiragana only when it is a particle
# ("みずほフィナンシャルグループ" holds no name "フィナンシャルグループ") or the end of a verb before the noun it
# describes ("連携協定を結ぶアドバンスト・メディア", "運営するX1号投資事業有限責任組合", "採用したX").
_BEFORE_NAME = (
    rf"(?<![{_NAME_CHARACTER}.])(?:(?<![\u3041-\u3096])|(?<=[はがのとをにでもやへるた])|(?<=および)|(?<=ならびに)"
    r"|(?<=[\u4e00-\u9fff][ぶむつうくぐす]))"
)


def _present(needs: re.Pattern[str] | tuple[str, ...], text: str) -> bool:
    """Whether ``text`` holds what a pattern cannot match without: a few plain strings (a scan in C each), or
    a regex where no plain string will do."""
    if type(needs) is tuple:
        for word in needs:
            if word in text:
                return True
        return False
    return needs.search(text) is not None  # type: ignore[union-attr]


# --- Japanese endings --------------------------------------------------------------------------------
# The ending says what kind of body the name is: 大学, 研究所, 銀行 … (a 機構 only when it says what it
# does: 研究開発機構, not 価格決定機構, a mechanism).
_JAPANESE_ENDING = (
    r"大学院大学|大学病院|大学|研究所|研究室|総研|研究開発機構|研究機構|推進機構|振興機構|支援機構|開発機構|研究センター"
    r"|投資事業有限責任組合|投資事業組合|研究組合|協議会|連合会|病院|学会|協会|財団|銀行|信用金庫|信用組合|証券|新聞社|新聞"
    r"|日報社|日報|新報社|新報|通信社|放送局|放送|ホールディングス|製作所|製薬"
    r"|工業|商事|電機|電鉄|重工業|重工|物産|技研|精機|精工|化成|電工|興業|製鉄|製紙|損保"
    # Courts: 東京地方裁判所, 知財高裁, 大阪家裁 (a ruling follows the short ones: 東京地裁判決).
    r"|地方裁判所|高等裁判所|家庭裁判所|簡易裁判所|裁判所|地裁|高裁(?!判所)|家裁"
    # Schools ("石川県立大聖寺高校", "茨城県立勝田中等教育学校", "茨城工業高等専門学校"), institutes of a
    # university or a state ("上海交通大学人工知能研究院"), commissions and bureaus ("北京市科学技術委員会", "統計局"),
    # and a center whose acronym follows it ("中国インターネット情報センター(CNNIC)").
    r"|高等専門学校|中等教育学校|特別支援学校|高等学校|高校|中学校|小学校|研究院|委員会|局"
    r"|センター(?=\([A-Z][A-Za-z0-9&]{1,9}\))"
)
# What a university's name may run into: its graduate school, hospital or faculty ("武蔵大学社会学部の").
_AFTER_UNIVERSITY = rf"大学院|院|病院|発|附属|付属|医|[{_KANJI}]{{1,6}}?(?:学部|研究科|学群|学域|学環)"
_NAME_BY_ENDING = (
    rf"(?P<name>(?P<stem>[A-Za-z0-9{_KANJI}{_KATAKANA}][A-Za-z0-9&{_KANJI}{_KATAKANA}]{{1,14}}?)"
    rf"(?P<ending>{_JAPANESE_ENDING}))(?!院(?!大学))(?!(?<!大学)(?<!裁)[{_KANJI}])"
    rf"(?!(?<=大学)(?!{_AFTER_UNIVERSITY})[{_KANJI}])"
    # A university's institute is named whole ("上海財経大学デジタル経済研究院").
    rf"(?!(?<=大学)[{_KANJI}{_KATAKANA}]{{1,12}}?(?:研究院|研究所|研究センター)(?![{_KANJI}]))"
)
_BY_ENDING = (re.compile(_JAPANESE_ENDING), re.compile(rf"{_BEFORE_NAME}{_NAME_BY_ENDING}"))
_AFTER_DOT = re.compile(_NAME_BY_ENDING)
# A fund's name is long: "ガバナンス・パートナーズASIA投資事業有限責任組合",
# "JICVGIオポチュニティファンド1号投資事業有限責任組合".
_FUND_ENDING = (
    ("投資事業",),
    re.compile(
        rf"{_BEFORE_NAME}(?P<name>(?P<stem>[A-Za-z0-9{_KANJI}{_KATAKANA}][A-Za-z0-9&{_KANJI}{_KATAKANA}]{{14,30}}?)"
        r"(?P<ending>投資事業有限責任組合|投資事業組合))"
    ),
)
# Words before 局 that make it no body: a secretariat, a pharmacy, a station, the authorities (当局).
_NOT_BUREAU_STEMS = tuple("事務 薬 郵便 テレビ ラジオ キー 民放 地方 系列 電話 出先 当 各 支".split())
# A campus after a university ("カリフォルニア大学サンディエゴ校").
_CAMPUS = re.compile(rf"[\u30a1-\u30fa][{_KATAKANA}]{{1,12}}校(?![{_KANJI}])")
# What a name is cut from when a longer word runs into it: the country before a foreign name
# ("米スタンフォード大学"; not 中国電力 or 中部フーズ, whose 中 is their own).
_PREFIX = re.compile(r"^(?:米国|米|英国|英|仏|独|中国|中|韓国|韓|台湾|台|欧州|豪州|豪|加|印)(?=[\u30a1-\u30faA-Za-z])")
# Headlines drop the space between their phrases ("…を調達 三井住友銀行など" is read "調達三井住友銀行"), so a
# kanji run before an ending may begin with the word of the phrase before: the name starts after it.
_PHRASE_END = re.compile(
    r"^.*(?:調達|導入|提携|採用|発表|公開|締結|開始|合意|要望|提訴|上場|受賞|選定|採択|出資|買収)(?=.{2})"
)

# --- Legal forms in front -------------------------------------------------------------------------------
_LEGAL_FORM = (
    r"(?:一般社団法人|公益社団法人|一般財団法人|公益財団法人|独立行政法人|国立研究開発法人|国立大学法人|公立大学法人"
    r"|学校法人|特定非営利活動法人|NPO法人|社会福祉法人|医療法人(?:社団|財団)?|有限会社|合資会社|合名会社)"
)
_BY_LEGAL_FORM = (
    re.compile(_LEGAL_FORM),
    re.compile(rf"{_LEGAL_FORM}\s?(?P<name>[A-Za-z0-9{_KANJI}{_KATAKANA}][{_NAME_CHARACTER}]{{1,30}})"),
)

# --- English -----------------------------------------------------------------------------------------------
_WORD = r"[A-Z][A-Za-z0-9&'’\-]*"
_UNIVERSITY_OF = (
    re.compile(r"University of [A-Z]"),
    re.compile(rf"(?<![A-Za-z])(?P<name>(?:The )?University of {_WORD}(?: {_WORD})?)"),
)
# A body named by what it is "of" or "for", up to three words and a last one after "and": "National Institute for
# Japanese Language and Linguistics", "Center for Democracy and Technology", "Ministry of Science and ICT",
# "Cyberspace Administration of China". A ministry, a center or an office may open its name; an institute or a
# school is led by whose it is ("Japan Institute of …", not "Institute of …" alone, a kind of body).
_BODY_OF = r"(?:Ministry|Department|Administration|Office|Bureau|Center|Centre|Agency|Council|Commission)"
_INSTITUTE_OF = (
    re.compile(
        r"(?:Institute|University|School|Ministry|Department|Administration|Office|Bureau|Center|Centre|Agency|Council"
        r"|Commission) (?:of|for) [A-Z]"
    ),
    re.compile(
        rf"(?<![A-Za-z])(?P<name>(?:(?:(?!The ){_WORD} ){{1,3}}(?:Institute|University|Graduate School|School)"
        rf"|(?:(?!The ){_WORD} ){{0,3}}{_BODY_OF}) (?:of|for) "
        rf"{_WORD}(?: {_WORD}){{0,2}}(?: (?:and|&) (?:Emerging )?{_WORD}"
        r"(?: (?:Policy|Studies|Research|Development|Affairs|Technology|Sciences?))?)?)"
        # Not the first words of a longer name ("Ministry of Economy, Trade and Industry").
        rf"(?![A-Za-z0-9&'’\-])(?!, {_WORD} (?:and|&) )"
    ),
)
_ENGLISH_LEADING = re.compile(r"^(?:(?:The|A|An|In|At|On|For|And|With|From|By|As|Of|Its|Both|Also|Japan's|Japan’s) )+")
# "University of Tokyo-affiliated Matsuo Institute": the name ends where the description begins.
_AFFILIATION = re.compile(r"-(?:affiliated|based|backed|led|owned|run|funded)\b.*$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][A-Za-z]*\s$")
_OWNER = re.compile(r"^.*(?:'s|’s) ")
# After the University of: a word that is a headline's verb, not part of the name ("University of Tokyo Releases").
_NOT_NAME_WORDS = frozenset(
    """Releases Launches Unveils Announces Develops Builds Opens Says Joins Partners Issues Publishes Warns Plans
    Sets Adopts Approves Signs Names Invests Backs Selects Awards Teams Calls Seeks Wins Introduces Proposes""".split()
)
_ARTICLES = frozenset("The A An".split())

# A name in Latin letters (up to three words) or katakana, as company names are written.
_LATIN_OR_KANA = rf"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){{0,2}}|[\u30a1-\u30fa][{_KATAKANA}]{{2,20}}"
_COUNTRY = r"(?:米|英|仏|独|中国|韓国|台湾)"
_AFTER_NAME = r"(?=は|が|と|の|に|を|も|、|\()"

# --- Words around a company's name -------------------------------------------------------------------------
# "AI開発のX(東京都港区、代表取締役: …)", "X(本社: 東京都渋谷区)", "X(東京・千代田)", "X(大阪市北区)": the address
# a Japanese release and a newspaper give in brackets after a company's name.
_PREFECTURE = r"(?:東京都|北海道|(?:京都|大阪)府|[\u4e00-\u9fff]{2,3}県)"
_ADDRESS = rf"(?:本社[:：]?\s?)?(?:{_PREFECTURE}|東京・|大阪・|[\u4e00-\u9fff]{{2,4}}市)"
_NAME_BEFORE_ADDRESS = (
    re.compile(rf"\((?:{_ADDRESS})"),
    re.compile(
        rf"{_BEFORE_NAME}(?P<name>[A-Za-z0-9{_KATAKANA}{_KANJI}][{_NAME_CHARACTER}.]*"
        rf"(?: [A-Za-z0-9&][{_NAME_CHARACTER}.]*)*)"
        rf"\s?\({_ADDRESS}"
    ),
)
# "Xの代表取締役", "X代表取締役社長": the company whose officer is named.
_NAME_BEFORE_OFFICER = (
    re.compile(r"代表取締役|取締役社長|最高経営責任者"),
    re.compile(rf"{_BEFORE_NAME}(?P<name>{_LATIN_OR_KANA})の?(?:代表取締役|取締役社長|最高経営責任者)"),
)
# "米Anthropic社", "エヌビディア社は": a Latin or katakana name with 社 (not 同社, 各社, 他社: no Latin or kana).
_NAME_WITH_SHA = (
    re.compile(r"社"),
    re.compile(rf"{_BEFORE_NAME}{_COUNTRY}?(?P<name>{_LATIN_OR_KANA})社(?=は|が|と|の|に|を|も|、|\)|製|$)"),
)
# "Xと資本業務提携", "Xと業務提携", "X傘下の", "傘下のY", "子会社のY": partners, parents and subsidiaries.
_RELATED = (
    re.compile(r"提携|傘下|子会社"),
    re.compile(
        rf"{_BEFORE_NAME}{_COUNTRY}?(?P<name>{_LATIN_OR_KANA})"
        r"(?:と(?:の)?(?:資本業務提携|業務資本提携|資本提携|業務提携|戦略的提携|提携)|傘下の)"
        rf"|(?:傘下の|子会社の|子会社である)(?P<after>{_LATIN_OR_KANA}){_AFTER_NAME}"
    ),
)
# "Turing Drive, a Taiwanese startup that …", "Connected Robotics, a startup on …": a name and what it is.
_WHAT_IT_IS = r"(?:startup|start-up|company|firm|developer|maker|unicorn|bank|investor)"
_DESCRIBED_AFTER = (
    re.compile(rf", an? (?:[\w-]+ ){{0,4}}?{_WHAT_IT_IS}"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,3}}), an? (?:[\w-]+ ){{0,4}}?{_WHAT_IT_IS}\b"),
)
# "Japan-based TIER IV", "Shibuya-based APTO": where a company is based, then its name.
_PLACES = (
    r"(?:Japan|Tokyo|Osaka|Kyoto|Fukuoka|Nagoya|Yokohama|Sapporo|Kobe|Sendai|Tsukuba|Shibuya|Minato|Chiyoda|Shinjuku"
    r"|Chuo|US|U\.S\.|California|San Francisco|Paris|London|Berlin|Singapore|Seoul|Taipei|Taiwan|Beijing|Shanghai"
    r"|Shenzhen|Hangzhou|China|Korea|India|Bangalore|Toronto|Canada|Israel|Tel Aviv|New York|Boston|Seattle|UK|France"
    r"|Germany)"
)
_BASED = (
    re.compile(r"-based [A-Z]"),
    re.compile(
        rf"\b{_PLACES}-based (?:(?:AI|generative AI|tech|LLM) )?(?:startup |company |firm )?"
        rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}})"
    ),
)
# "The New York Timesによると", "Bloombergが報じた": the outlet a Japanese report cites.
_CITED = (
    re.compile(r"によると|によれば|が報じた|は報じた|の報道"),
    re.compile(rf"{_BEFORE_NAME}(?P<name>{_LATIN_OR_KANA})(?:によると|によれば|が報じた|は報じた|の報道)"),
)
# The lead of a Japanese release or report: "newmoは10月31日、…", "GMOリサーチ&AIが2025年9月24日に公表した",
# "明治は2月25日、…": who announced, and when. A Latin name may follow any word; a Japanese one starts a sentence.
_DATE = r"(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日"
_DATED_LEAD = (
    re.compile(rf"(?:は|が){_DATE}"),
    re.compile(
        rf"(?:(?<![A-Za-z0-9&.\-])(?P<latin>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&][A-Za-z0-9&.\-]*){{0,2}}"
        rf"[{_KATAKANA}A-Za-z0-9&]*)"
        rf"|(?:^|(?<=[。、」)\n]))(?P<name>[A-Za-z0-9{_KANJI}{_KATAKANA}][{_NAME_CHARACTER}]{{1,20}}))(?:は|が){_DATE}"
    ),
)
# "国際興業を引受先とする", "X、Yを割当先とする": the investor a release names.
_SUBSCRIBER = (
    re.compile(r"を(?:引受先|割当先)"),
    re.compile(
        rf"{_BEFORE_NAME}(?P<name>[A-Za-z0-9{_KANJI}{_KATAKANA}][{_NAME_CHARACTER}]{{1,25}})を(?:引受先|割当先)"
    ),
)
# A business and its name in brackets: "スーパー「ヨシヅヤ」", "CVCファンド「MEイノベーションファンド」".
_BRACKETED = (
    re.compile(r"(?:スーパー|ファンド|チェーン|百貨店|書店|ホテル|銀行|新聞|雑誌|出版社|放送局|病院|学校)「"),
    re.compile(
        r"(?:スーパー|ファンド|チェーン|百貨店|書店|ホテル|銀行|新聞|雑誌|出版社|放送局|病院|学校)"
        rf"「(?P<name>[A-Za-z0-9{_KANJI}{_KATAKANA}][{_NAME_CHARACTER} ]{{1,30}})」"
    ),
)
# English: "AI chip designer Groq", "CNBC reported", "Disruptive, Groq's long-time backer": what a company is,
# an outlet reporting, and a name with its relation to another.
_WHAT_IT_DOES = (
    r"(?:startup|start-up|designer|maker|developer|firm|unicorn|provider|operator|lender|investor|insurer|company"
    r"|pioneer)"
)
_DESCRIBED_BEFORE = (
    re.compile(rf"{_WHAT_IT_DOES} [A-Z]"),
    re.compile(rf"\b[a-z][A-Za-z-]* {_WHAT_IT_DOES} (?P<name>{_WORD}(?: {_WORD}){{0,2}})"),
)
_REPORTED = (
    re.compile(r" report(?:ed|s)\b"),
    re.compile(
        rf"(?:^|, |\. )(?P<name>{_WORD}(?: {_WORD}){{0,2}}) report(?:ed|s)"
        r"(?=[,.;]| that | on | citing | late | earlier )"
    ),
)
_RELATION = r"(?:backer|investor|parent|rival|partner|owner|subsidiary|unit|affiliate|shareholder)"
_APPOSITIVE = (
    re.compile(rf", (?:a |an |the |its )?(?:[A-Z][\w-]*(?:'s|’s) )?(?:[\w-]+ ){{0,2}}{_RELATION}\b"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,2}}), (?:a |an |the |its )?"
        rf"(?:[A-Z][\w-]*(?:'s|’s) )?(?:[\w-]+ ){{0,2}}{_RELATION}\b"
    ),
)
# "アドバンスト・メディアの「AI議会答弁書作成支援システム」": the maker of a product named in brackets.
_MAKER = (
    re.compile(r"の「"),
    re.compile(rf"{_BEFORE_NAME}{_COUNTRY}?(?P<name>{_LATIN_OR_KANA})の「"),
)
# "Nscale's 958 million euros", "Isomorphic Labs' 523 million": a company and its round in a roundup.
_AMOUNT = r"(?:[$€£¥][0-9]|[0-9][0-9.,]* (?:million|billion|bn)\b)"
_OWNER_OF_AMOUNT = (
    re.compile(rf"(?:'s|’s|s') {_AMOUNT}"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?:'s|’s|') {_AMOUNT}"),
)
# "Citing EU-Startups, the article lists …": the outlet a report relies on.
_SOURCE = (
    re.compile(r"\b[Cc]iting "),
    re.compile(rf"(?:^|\. |, |。| )[Cc]iting (?:the )?(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?=[,.;]|$)"),
)
# --- Words around a name that only an organisation carries (the classes of the real-text misses) ------
# A foreign company in Japanese text: "米Harveyは", "中国のZhipuと", "英アームが", "米国のAnthropicに".
_PARTICLE_AFTER = r"(?=は|が|と|の|に|を|も|や|へ|から|、|\()"
_FOREIGN_PREFIX = (
    r"(?:米国の|米|英国の|英|仏|フランスの|独|ドイツの|中国の|中国|中|韓国の|韓国|韓|台湾の|台湾|台|欧州の|欧州|豪|印|インドの"
    r"|イスラエルの|イスラエル|カナダの|加|シンガポールの|スイスの|スイス)"
)
_LONG_KANA = rf"[\u30a1-\u30fa][{_KATAKANA}]{{2,20}}"
_LATIN_NAME = r"(?<![A-Za-z0-9&.\-] )[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2}"
_FOREIGN = (
    re.compile(rf"{_FOREIGN_PREFIX}[A-Za-z\u30a1-\u30fa]"),
    re.compile(
        rf"(?<![A-Za-z0-9{_KANJI}{_KATAKANA}]){_FOREIGN_PREFIX}(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
    ),
)
# What a company is, then its name: "米半導体大手エヌビディアは", "AI新興のサカナ", "国内IT大手のSCSKが".
_SIZE_BEFORE = (
    re.compile(r"(?:大手|新興)"),
    re.compile(rf"(?:大手|新興)(?:企業)?の?(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"),
)
# A name in the position of a company's own acts: "ティアフォーが開発した", "Ippu Senkinが提供する", "アイシンと
# 共同開発", "Xに出資", "Xを買収", "Xへの出資" (a Latin or katakana name: a kanji run there may be any noun).
_ACTS = (
    r"(?:が|は)(?:開発|提供|運営|手がけ|手掛け|展開|主催|買収|出資|製造|販売|発表|公表|発売|公開|導入|採用)"
    r"(?:した|する|して|し、|中の|を)"
    r"|と(?:の)?(?:共同開発|共同研究|協業|合弁)|に(?:出資|追加出資)し|への(?:出資|追加出資)|を買収"
)
_ACTING = (
    re.compile(_ACTS),
    re.compile(rf"{_BEFORE_NAME}{_COUNTRY}?(?P<name>{_LATIN_NAME}|{_LONG_KANA})(?:{_ACTS})"),
)
# A name in brackets after the word for a company: "AIスタートアップ「ヘッジホッグ」", "社名を「X」に変更".
_COMPANY_BRACKETED = (
    re.compile(r"(?:社名|企業|会社|スタートアップ|新興|ベンチャー|メーカー|運営会社)を?「"),
    re.compile(
        r"(?:社名|企業|会社|スタートアップ|新興|ベンチャー|メーカー|運営会社)を?"
        rf"「(?P<name>(?=[^」]*[A-Za-z\u30a1-\u30fa])[A-Za-z0-9{_KANJI}{_KATAKANA}][{_NAME_CHARACTER} .]{{1,30}})」"
        r"(?!という(?:製品|サービス|アプリ))"
    ),
)
# The company that makes, runs or owns what the sentence names: "「Cursor」を開発するAnysphereを",
# "スカイチケットを運営するアドベンチャーは", "TikTokの運営会社を" (the service is named as its company).
_MAKER_OF = (
    ("を開発す", "を開発して", "を運営す", "を運営して", "を手がけ", "を手掛け", "の運営会社", "の運営元", "の開発元"),
    re.compile(
        rf"を(?:開発|運営|手がけ|手掛け)(?:する|している)(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
        rf"|{_BEFORE_NAME}(?P<after>{_LATIN_NAME}|{_LONG_KANA})の(?:運営会社|運営元|開発元)"
    ),
)
# Who a survey is by: "…約8倍 ヴァリューズ調べ"; a university's spin-off: "東京科学大学発のSolaNikaが".
_SURVEYED = (
    ("調べ",),
    # A headline drops the space before it: "約8倍 ヴァリューズ調べ" is read "約8倍ヴァリューズ調べ".
    re.compile(
        rf"(?:{_BEFORE_NAME}(?P<name>{_LATIN_NAME}|{_LONG_KANA})|(?<=[{_KANJI}0-9])(?P<after>{_LONG_KANA}))"
        rf"調べ(?![\u3041-\u3096{_KANJI}])"
    ),
)
_SPUN_OUT = (
    ("大学発", "高専発", "研究所発"),
    re.compile(
        r"(?:大学|高専|研究所)発の?(?:スタートアップ|ベンチャー|企業)?の?"
        rf"(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
    ),
)
# A company's new name: "「Noetra」に改称", "新社名「X」", "新名称「X」として始動".
_RENAMED = (
    ("」に改称", "」に社名変更", "」に商号変更", "新社名「", "新商号「"),
    re.compile(
        rf"「(?P<name>[A-Za-z0-9{_KANJI}{_KATAKANA}][{_NAME_CHARACTER} .]{{1,30}})」に(?:改称|社名変更|商号変更)"
        rf"|新(?:社名|商号)「(?P<after>[A-Za-z0-9{_KANJI}{_KATAKANA}][{_NAME_CHARACTER} .]{{1,30}})」"
    ),
)
# A Chinese ministry: "中国工業・情報化部の", "中国の工業情報化部は", "科学技術部の陰和俊部長" (a ministry with its
# minister, in text about China; a name of three characters or more before 部, not 東部 or 営業部).
_CHINA = ("中国", "全人代", "国務院", "人民代表大会")
_MINISTRY_BU = rf"[{_KANJI}][{_KANJI}・]{{2,8}}部"
_CHINESE_MINISTRY = (
    re.compile(r"部(?:の[\u4e00-\u9fff]{2,4}副?部長|は|が|の|と|、|に|を|で)"),
    re.compile(
        rf"(?P<country>中国)(?P<of>の)?(?P<name>{_MINISTRY_BU})(?=は|が|の|と|、|に|を|で)"
        rf"|{_BEFORE_NAME}(?P<after>{_MINISTRY_BU})の[{_KANJI}]{{2,4}}副?部長"
    ),
)


def foreign_names(text: str, japanese: bool) -> set[str]:
    """Names that the detector reads as foreign by where they stand: a Chinese ministry in text about China, a
    campus of a university whose name is in katakana ("カリフォルニア大学サンディエゴ校"). No Japan evidence."""
    names = set(_chinese_ministries(text)) if japanese else set()
    if japanese and _present(_CHINESE_TEXT, text):
        # A commission, institute or bureau in text about China is China's ("中関村管理委員会", "中国情報通信研究院").
        names.update(match.group("name") for match in _STATE_BODY.finditer(text))
    if "校" in text:
        names.update(match.group(0) for match in _FOREIGN_CAMPUS.finditer(text))
    return names


_CHINESE_TEXT = ("中国", "全人代", "国務院", "人民網", "北京", "上海", "深圳")
_STATE_BODY = re.compile(rf"(?P<name>[{_KANJI}\u30a1-\u30faー]{{2,20}}(?:委員会|研究院|局))(?![{_KANJI}])")
_FOREIGN_CAMPUS = re.compile(
    rf"(?<![{_KANJI}])[\u30a1-\u30fa][{_KATAKANA}]{{1,20}}大学[\u30a1-\u30fa][{_KATAKANA}]{{1,12}}校"
)


def _chinese_ministries(text: str) -> Iterator[str]:
    if "部" not in text or not _present(_CHINA, text) or not _CHINESE_MINISTRY[0].search(text):
        return
    for match in _CHINESE_MINISTRY[1].finditer(text):
        if match.group("name"):
            yield match.group("name") if match.group("of") else "中国" + match.group("name")
        else:
            yield match.group("after")


# A sentence's subject that announces: "ティアフォーは、…を発表した。", "Preferred Roboticsは…の提供を開始した".
_ANNOUNCER = (
    re.compile(r"(?:を|と)(?:発表|公開|発売|開始|リリース)"),
    re.compile(
        rf"(?:^|(?<=[。\n]))(?:【[^】]*】)?(?P<name>{_LATIN_NAME}|{_LONG_KANA})は、?[^。]{{0,160}}?"
        r"(?:を|と)(?:発表|公開|発売|開始|リリース)"
    ),
)
# A company and its officer by name: "フツパーの大西洋社長", "サカナAIのデビッド・ハCEO", "Xの創業者".
_OFFICER_BY_NAME = (
    re.compile(r"(?:社長|会長|CEO|CTO|COO|最高経営責任者|創業者)"),
    re.compile(
        rf"{_BEFORE_NAME}{_COUNTRY}?(?P<name>{_LATIN_NAME}|{_LONG_KANA})の(?:[{_KANJI}]{{2,5}}|[\u30a1-\u30fa・ー]{{3,16}})?"
        r"(?:代表取締役社長|社長|会長|CEO|CTO|COO|最高経営責任者|共同創業者|創業者)"
    ),
)
# A listed company and its stock code: "ソシオネクスト(6526)", "X(東証プライム: 1234)", "Acme (TSE: 1234)".
_LISTED = (
    re.compile(r"\((?:東証|証券コード|TSE|TYO|NYSE|NASDAQ|Nasdaq|[0-9]{4}\))"),
    re.compile(
        rf"{_BEFORE_NAME}(?:(?P<name>{_LATIN_NAME}|{_LONG_KANA}|[{_KANJI}][{_NAME_CHARACTER}]{{1,12}})\s?"
        r"\((?:東証|証券コード|TSE|TYO|NYSE|NASDAQ|Nasdaq)"
        # A bare code only after a Japanese name (not "X(3872)", a particle in a physics abstract).
        rf"|(?P<after>{_LONG_KANA}|[{_KANJI}][{_NAME_CHARACTER}]{{1,12}})\([0-9]{{4}}\))"
    ),
)
# English: "Mujin, which makes robot controllers", "Toyota's chief executive", "Sakana AI CEO David Ha",
# "SoftBank-backed Claude rival", "shares of Kioxia": words only an organisation is the subject or owner of.
_WHICH = (
    re.compile(r", which (?:makes|develops|sells|designs|manufactures|owns|raised|was|is|spec)"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,3}}), which (?:makes(?! use| it)|develops|sells"
        r"|designs|manufactures|owns|raised|was founded|is backed|is headquartered|specializes|specialises)\b"
    ),
)
_OFFICER = (
    r"(?:co-?founder|founder|CEO|chief executive|Chief Executive|chief technology officer|CTO|president|President"
    r"|chairman|Chairman|spokesperson|spokesman|spokeswoman|board|shareholders|headquarters|subsidiary"
    r"|parent company|venture arm|investment arm|research lab|AI lab)"
)
_OWNER_OF_OFFICER = (
    re.compile(rf"(?:'s|’s) {_OFFICER}\b"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?:'s|’s) (?:co-)?{_OFFICER}\b"),
)
_TITLED_PERSON = (
    re.compile(r" (?:CEO|co-founder|founder|Chief Executive|President|Chairman) [A-Z]"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,2}}) (?:CEO|co-founder|founder|Chief Executive"
        r"|President|Chairman) (?:and (?:co-)?founder )?[A-Z][a-z]+ [A-Z][a-z]+"
    ),
)
_BACKED = (
    re.compile(r"-(?:backed|owned|funded) "),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,2}})-(?:backed|owned|funded) "),
)
_SHARES_OF = (
    re.compile(r"(?:shares|stake) (?:of|in) [A-Z]"),
    re.compile(rf"\b(?:shares|stake) (?:of|in) (?P<name>{_WORD}(?: {_WORD}){{0,2}})"),
)
# Positions read from a phrase that marks them, found by a plain search (not a pattern tried at every word):
# each is (phrases, what must follow the phrase, what precedes it), the name taken after the phrase or before it.
# "according to Nikkei.", "according to Mark & Company, which …" (one word, or a name joined by "&"; two plain
# words are as often a person); "researchers at KGU and HHU"; "Micron's Hiroshima DRAM plant".
_NAME_BEFORE = re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_WORD}(?: {_WORD}){{0,2}})$")
_ACCORDING_TO = (
    ("according to ",),
    re.compile(rf"(?:data from |figures from |a report by )?(?:the )?(?P<name>{_WORD}(?: & {_WORD})?)(?=[,.;:)]|$)"),
    None,
)
_WORKPLACE = (
    ("esearchers ", "cientists ", "ngineers "),
    re.compile(
        rf"(?:at|from) (?:the )?(?P<name>{_WORD}(?: {_WORD}){{0,3}})(?![A-Za-z0-9&'’\-]| of\b)"
        rf"(?: and (?:the )?(?P<second>{_WORD}(?: {_WORD}){{0,3}})(?![A-Za-z0-9&'’\-]| of\b))?"
    ),
    None,
)
_OWNER_OF_SITE = (
    ("'s ", "’s "),
    re.compile(r"(?:[A-Z][\w-]* ){0,2}(?:plant|factory|fab|fabs|headquarters)\b"),
    _NAME_BEFORE,
)
# Words that such a position may hold and that name no organisation: places, and the parts of a paper.
_NOT_SOURCES = frozenset(
    """Eq Eqs Fig Figs Figure Figures Table Tables Section Sections Theorem Lemma Algorithm Appendix Equation
    China Europe Asia Africa America Korea India Japan Taiwan Singapore Germany France Canada Australia Britain
    UK US U.S EU Tokyo Beijing Shanghai Seoul London Paris Berlin""".split()
)


# A sentence's subject that raises money or buys a company: "Cursor raised $2.3 billion", ", and Clio secured
# a $500 million round", "Sakana AI acquired …" (what people do too, "signed" or "said", is left out).
# A name of a web company may have a dotted part ("Builder.ai", "FlowX.ai"); money may be in rupees or in
# Australian dollars ("PlasmaGen raised ₹150 crore", "took $18 million of debt", "invested $72 million in …").
_DOTTED = rf"{_WORD}(?:\.[A-Za-z0-9]+)*"
_MONEY_AFTER = r"(?:an? |\$|€|£|¥|₹|US\$|A\$|C\$|S\$|HK\$|NT\$|Rs\.? ?[0-9]|[0-9])"
_ACTS_IN_PROSE = (
    # The verb with what must follow it, so that "received attention" in an abstract costs nothing more.
    re.compile(
        rf" (?:(?:raised|secured|closed|landed|bagged|took|received|invested) {_MONEY_AFTER}"
        r"|(?:acquired|bought) (?:rival |startup |start-up )?[A-Z]|agreed to acquire|partnered with|teamed up with)"
    ),
    re.compile(
        rf"(?:^|(?<=[\n。])|(?<=\. )|(?<=, )|(?<=; )|(?<=\band )|(?<=\bwhile ))"
        rf"(?P<name>{_DOTTED}(?: {_DOTTED}){{0,2}}) "
        rf"(?:(?:has )?(?:raised|secured|closed|landed|bagged|took|received|invested) {_MONEY_AFTER}"
        r"|(?:has )?(?:acquired|bought) (?:rival |startup |start-up )?[A-Z]|agreed to acquire [A-Z]"
        r"|partnered with [A-Z]|teamed up with [A-Z])"
    ),
)
# What a company bought, named with what it is to the buyer ("bought rival BorrowLenses"); investors that
# joined ("MNI Ventures-Claypond and Sentinel Global joined as new investors"); "Polars, the company behind …";
# a company with its form written out, kept whole ("McKinsey & Company", "Alexander Capital, L.P."); an
# institution's acronym before its researchers ("a preprint by MIT researchers").
_DOTTED_NAME = rf"{_DOTTED}(?: {_DOTTED}){{0,2}}"
_BOUGHT = (
    (" rival ", " startup ", " start-up ", " competitor ", " peer "),
    re.compile(rf"(?P<name>{_DOTTED_NAME})"),
    None,
)
_BUYING = ("acquired", "bought", "acquire", "buy")
_JOINED = (
    (" joined as ",),
    re.compile(r"(?:new |existing )?(?:investors|backers|shareholders)"),
    re.compile(
        rf"(?:^|(?<=[\n。])|(?<=\. )|(?<=, )|(?<=, and ))(?P<name>{_DOTTED_NAME})(?: and (?P<second>{_DOTTED_NAME}))?$"
    ),
)
_BEHIND = (
    (" behind ",),
    None,
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_DOTTED_NAME}), the (?:company|startup|start-up|firm)$"),
)
_MAKER_OF_PRODUCT = (
    (" maker of ", " developer of "),
    None,
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>{_DOTTED_NAME}), the$"),
)
_WITH_FORM = (
    (" & Company", "L.P.", "LLP"),
    re.compile(r"(?![A-Za-z])"),
    re.compile(rf"(?<![A-Za-z0-9&.\-])(?P<name>(?:{_WORD} ){{0,2}}{_WORD})(?P<gap>,? |)$"),
)
_ACRONYM_RESEARCHERS = (
    (" researchers", " scientists"),
    re.compile(r"(?![A-Za-z])"),
    re.compile(r"\b(?:by|from|of) (?P<name>[A-Z]{2,6})$"),
)
_BY_PHRASE = (
    _ACCORDING_TO,
    _WORKPLACE,
    _OWNER_OF_SITE,
    _BOUGHT,
    _JOINED,
    _BEHIND,
    _MAKER_OF_PRODUCT,
    _WITH_FORM,
    _ACRONYM_RESEARCHERS,
)


def _by_phrase(text: str, kinds: tuple = _BY_PHRASE) -> Iterator[str]:
    """The names of the phrase-marked positions (``_BY_PHRASE``): after the phrase, or before it when what
    follows it fits."""
    for phrases, after, before in kinds:
        for phrase in phrases:
            at = text.find(phrase)
            while at != -1:
                end = at + len(phrase)
                following = after.match(text, end) if after is not None else None
                if before is None:
                    if following is not None and (phrases is not _BOUGHT[0] or text.endswith(_BUYING, 0, at)):
                        yield following.group("name")
                        if phrases is _WORKPLACE[0] and following.group("second"):
                            yield following.group("second")
                elif after is None or following is not None:
                    preceding = before.search(text, max(0, at - 80), at)
                    if preceding is not None:
                        if phrases is _WITH_FORM[0]:
                            # "McKinsey & Company", "Alexander Capital, L.P."
                            yield preceding.group("name") + preceding.group("gap") + phrase
                        else:
                            yield preceding.group("name")
                            if phrases is _JOINED[0] and preceding.group("second"):
                                yield preceding.group("second")
                at = text.find(phrase, end)


# Fields written in capitals, not institutions ("NLP researchers").
_FIELDS = frozenset("AI ML NLP CV HCI RL LLM IR ASR TTS HPC IT ICT DL GNN".split())
# A company and its round in a roundup: "Lovable ($200 million)", "n8n (€60m)".
_NAME_AND_ROUND = (
    re.compile(r" \((?:[$€£¥]|US\$|USD |EUR |GBP )[0-9]"),
    re.compile(
        r"(?<![A-Za-z0-9&.\-])(?P<name>(?:[A-Z]|[a-z0-9]+-?[A-Z0-9])[A-Za-z0-9\-]*(?:\.[A-Za-z0-9]+)*"
        r"(?: [A-Z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9]+)*){0,2})"
        r" \((?:[$€£¥]|US\$|USD |EUR |GBP )[0-9][0-9.,]*\s?(?:[mMbBkK]|bn|million|billion)\b"
    ),
)
# Capitalised words that open a sentence or describe, and are no organisation's name.
_NOT_OWNERS = frozenset(
    """Fintech FinTech NBFC Edtech EdTech Healthtech HealthTech Agritech Insurtech Proptech Deeptech Unicorn
    Former Then Now Today Meanwhile However Government State Venture VC Company Startup Its Their His Her
    Private Public Family Founder Co-founder CEO Chief President Chairman Board Deputy Acting Interim Japanese
    The A An It He She They We Investors Analysts Researchers Officials Earlier Later Previously Also""".split()
)


# A Japanese headline opens with its subject and a comma: "ストックマーク、…", "Sakana AI、…", "米Anthropic、…".
_HEADLINE_SUBJECT = re.compile(
    rf"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:米|英|仏|独|中国|中|韓国|韓|台湾|台|欧州|豪|印|イスラエル|仏)?"
    rf"(?P<name>{_LATIN_OR_KANA})(?:、|が)"
)
# A kanji headline subject ("明治、2026年春夏の新商品説明会") counts when the body opens with it as its subject too
# ("明治は2月25日、…"); people and offices are left out (石破首相, 小池知事).
_KANJI_SUBJECT = re.compile(rf"^(?:【[^】]*】)?\s*(?P<name>[{_KANJI}][{_NAME_CHARACTER}]{{1,11}})、")
_PERSON_OR_OFFICE = re.compile(
    r"(?:首相|大臣|大統領|国家主席|主席|知事|市長|町長|村長|社長|会長|長官|総裁|代表|氏|さん|相|容疑者|被告|選手|監督)$"
)
# An English headline's subject before the verb of a company's own news: "Acme raises $5M", "Acme launches …"
# (not "releases" or "introduces": a paper's title says that of its method).
_ENGLISH_SUBJECT = re.compile(
    r"^(?:(?:Japan's|Japan’s|Japanese|Tokyo-based|Osaka-based|AI|[Ss]tartup|[Ss]tart-up|[Ff]irm|The) )*"
    rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}}) (?:[Rr]aises|[Ss]ecures|[Cc]loses|[Ll]ands|[Bb]ags|[Ll]aunches|[Uu]nveils"
    r"|[Aa]cquires|[Pp]artners [Ww]ith|[Tt]eams [Uu]p [Ww]ith)\b"
)


# Company forms and descriptions around a name: "株式会社X", "X Inc", "Osaka's X", "Paris-based X".
_FORMS = re.compile(
    rf"^(?:株式会社|合同会社|有限会社|{_LEGAL_FORM})|(?:株式会社|合同会社|有限会社)$|\s(?:Inc|Corp|Ltd|Co)\.?$"
)
_DESCRIBED = re.compile(r"^(?:[A-Z][A-Za-z]+(?:'s|’s|-based|-founded) )+")


_POSSESSIVE = re.compile(r"(?:'s|’s)$")


# Katakana words that say what a body does, not whose it is: a country before them is part of the name
# ("韓国ベンチャー投資", "中国インターネット情報センター").
_GENERIC_KANA = tuple(stem for stem in GENERIC_STEMS if "\u30a1" <= stem[0] <= "\u30fa") + ("ベンチャー",)


def clean_name(name: str) -> str:
    name = name.strip(" .,-・&")
    country = _PREFIX.match(name)
    if country is not None and not name.startswith(_GENERIC_KANA, country.end()):
        name = name[country.end() :]
    return _DESCRIBED.sub("", _FORMS.sub("", name).strip(" .,-・&"))


# A stem that is a date, a count or an edition, not a name: "令和7年度大学発…", "第4回公式生放送".
_NOT_A_STEM = re.compile(r"^第|[0-9]+(?:回|年|月|日)|年度|令和|平成")
_ACRONYM_AFTER = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&]{1,9})\)")


def _endings(text: str) -> Iterator[re.Match[str]]:
    """Matches of the name-by-ending patterns, and of a name that follows one after "・" ("北京市科学技術委員会・
    中関村管理委員会")."""
    for needs, pattern in (_BY_ENDING, _FUND_ENDING):
        if not _present(needs, text):
            continue
        for match in pattern.finditer(text):
            yield match
            while text.startswith("・", match.end()):
                after = _AFTER_DOT.match(text, match.end() + 1)
                if after is None:
                    break
                yield after
                match = after


def _japanese_by_ending(text: str, known: Callable[[str], object]) -> Iterator[str]:
    if not _BY_ENDING[0].search(text):
        return
    for match in _endings(text):
        ending = match.group("ending")
        stem = clean_name(_PHRASE_END.sub("", match.group("stem")))
        name = stem + ending
        if (
            len(stem) < 2
            or stem.isdigit()
            or _NOT_A_STEM.search(stem)
            or name in GENERIC_NAMES
            or stem in GENERIC_STEMS
            or stem.endswith(GENERIC_TAILS)
            or (ending == "局" and stem.endswith(_NOT_BUREAU_STEMS))
        ):
            continue
        # A known name at its end ("…三井住友銀行"): the watch list has found it already.
        if any(known(name[start:]) is not None for start in range(1, len(stem) - 1)):
            continue
        if ending == "局" and text.startswith("」", match.end()) and text[match.start() - 1 : match.start()] == "「":
            continue  # 「宇宙水道局」: a service's name
        yield name
        university = stem.find("大学")
        if university > 0 and ending in ("研究院", "研究所", "研究センター"):
            yield stem[: university + 2]  # "上海交通大学人工知能研究院": the university too
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


def _english(text: str, body_start: int) -> Iterator[str]:
    for needs, pattern in (_UNIVERSITY_OF, _INSTITUTE_OF):
        if not _present(needs, text):
            continue
        for match in pattern.finditer(text):
            before = _CAPITAL_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if before is not None and before.group(0).strip() not in _ARTICLES:
                continue  # inside a longer name: "Missouri University of Science and Technology"
            name = _OWNER.sub("", _ENGLISH_LEADING.sub("", match.group("name")))  # "Taiwan's Ministry of …"
            words = _AFFILIATION.sub("", name).split()
            # A headline's verb ends the name: "National Institute of Informatics Releases LLM-jp-3".
            verb = next((index for index, word in enumerate(words) if word in _NOT_NAME_WORDS), len(words))
            words = words[:verb]
            if match.start() < body_start and pattern is _UNIVERSITY_OF[1]:
                words = words[:3]  # a headline in title case: "University of Tokyo Releases …"
            if len(words) >= 3:
                yield " ".join(words)


def _english_roles(text: str, japanese: bool = False) -> Iterator[str]:
    """Names in the English positions only an organisation takes: "X, which makes", "X's CEO", "X-backed"."""
    for needs, pattern in (
        _WHICH,
        _OWNER_OF_OFFICER,
        _TITLED_PERSON,
        _BACKED,
        _SHARES_OF,
        _ACTS_IN_PROSE,
        _NAME_AND_ROUND,
    ):
        if not _present(needs, text):
            continue
        for match in pattern.finditer(text):
            name = _role_name(match.group("name"))
            if name and not (pattern is _WHICH[1] and name.isupper()):
                yield name
    for found in _by_phrase(text, (_WITH_FORM,) if japanese else _BY_PHRASE):  # English prose: not in Japanese
        name = _role_name(found)
        if name:
            yield name


def _role_name(found: str) -> str:
    """A name read from an English position, without what describes it; empty when it names no organisation."""
    # "London's Builder.ai", "Bucharest-founded FlowX.ai": the name, not where it is from.
    words = _DESCRIBED.sub("", _OWNER.sub("", found)).split()
    while words and words[0] in _NOT_OWNERS:  # "Former Google CEO …", "Japanese LLM developer …"
        words.pop(0)
    name = " ".join(words)
    if len(name) < 2 or name in NOT_SUBJECTS or name in _NOT_SOURCES or name in _FIELDS:
        return ""
    return name


# A letter of Japanese text (kana or kanji; not the 。 that joins an English headline to its body): the patterns
# that read Japanese words around a name are not tried on English text, where they cannot match.
JAPANESE_LETTER = re.compile(f"[\u3041-\u30fa{_KANJI}]")
_JAPANESE_ONLY = frozenset(
    pair[1]
    for pair in (
        _BY_LEGAL_FORM,
        _NAME_BEFORE_ADDRESS,
        _NAME_BEFORE_OFFICER,
        _NAME_WITH_SHA,
        _RELATED,
        _CITED,
        _DATED_LEAD,
        _SUBSCRIBER,
        _BRACKETED,
        _MAKER,
        _FOREIGN,
        _SIZE_BEFORE,
        _ACTING,
        _COMPANY_BRACKETED,
        _ANNOUNCER,
        _OFFICER_BY_NAME,
        _MAKER_OF,
        _SURVEYED,
        _SPUN_OUT,
        _RENAMED,
    )
)


# The patterns that read a name from the role it plays, where a word for who plays it may stand instead.
_ROLE_PATTERNS = frozenset(
    pair[1]
    for pair in (
        _FOREIGN,
        _SIZE_BEFORE,
        _ACTING,
        _COMPANY_BRACKETED,
        _ANNOUNCER,
        _OFFICER_BY_NAME,
        _LISTED,
        _MAKER_OF,
        _SURVEYED,
        _SPUN_OUT,
    )
)


def candidate_names(text: str, title: str, body_start: int, known: Callable[[str], object]) -> Iterator[str]:
    """Organisation names in ``text`` (normalised: NFKC, not folded) found by ending, legal form or context.

    ``title`` is the headline (its subject is read too); ``known`` resolves a name on the watch list.
    """
    japanese = JAPANESE_LETTER.search(text) is not None
    if japanese:
        yield from _japanese_by_ending(text, known)
    for needs, pattern in (
        _BY_LEGAL_FORM,
        _NAME_BEFORE_ADDRESS,
        _NAME_BEFORE_OFFICER,
        _NAME_WITH_SHA,
        _RELATED,
        _CITED,
        _DESCRIBED_AFTER,
        _BASED,
        _DATED_LEAD,
        _SUBSCRIBER,
        _BRACKETED,
        _DESCRIBED_BEFORE,
        _REPORTED,
        _APPOSITIVE,
        _MAKER,
        _OWNER_OF_AMOUNT,
        _SOURCE,
        _FOREIGN,
        _SIZE_BEFORE,
        _ACTING,
        _COMPANY_BRACKETED,
        _ANNOUNCER,
        _OFFICER_BY_NAME,
        _LISTED,
        _MAKER_OF,
        _SURVEYED,
        _SPUN_OUT,
        _RENAMED,
    ):
        if (not japanese and pattern in _JAPANESE_ONLY) or not _present(needs, text):
            continue
        for match in pattern.finditer(text):
            groups = match.groupdict()
            name = clean_name(groups.get("name") or groups.get("after") or groups.get("latin") or "")
            name = _POSSESSIVE.sub("", name)
            if pattern in _ROLE_PATTERNS and (name in GENERIC_ACTORS or name.endswith(GENERIC_ACTOR_TAILS)):
                continue
            if pattern is _SOURCE[1] and name in _NOT_SOURCES:
                continue  # "citing Table 2."
            if name and name not in NOT_SUBJECTS and not _PERSON_OR_OFFICE.search(name):
                yield name
    if japanese:
        yield from _chinese_ministries(text)
    yield from _english(text, body_start)
    yield from _english_roles(text, japanese)
    kanji_subject = _KANJI_SUBJECT.match(title)
    if kanji_subject is not None:
        name = kanji_subject.group("name")
        if (
            text.startswith((name + "は", name + "が", name + "("), body_start)
            and not _PERSON_OR_OFFICE.search(name)
            and name not in NOT_SUBJECTS
        ):
            yield name
    for subject in (_HEADLINE_SUBJECT, _ENGLISH_SUBJECT):
        opening = subject.match(title)
        if opening is not None:
            name = clean_name(opening.group("name"))
            if name not in NOT_SUBJECTS and not name.isdigit():
                yield name


# Shared with ``detect_lists``.
BEFORE_NAME = _BEFORE_NAME
ENGLISH_LEADING = _ENGLISH_LEADING
KANJI = _KANJI
KATAKANA = _KATAKANA
