"""Organisation names read from the Japanese words around them: the address a release gives in brackets after a
company, its officer, 社, its partners, parent and subsidiaries, the outlet a report cites, the lead of a release,
the investor it names, a business with its name in brackets, a foreign company, a company's own acts, what it makes
or runs, a survey's author, a university's spin-off, a new name, an announcement, a stock code.

    X(東京都港区) / X(本社:東京都…) / X(東京・渋谷) / Xの代表取締役 / 米X社 / Xと資本業務提携 / X傘下の / 傘下のX
    米Harveyは / 国内IT大手のSCSKが / ティアフォーが開発した / 「Cursor」を開発するAnysphereを / ソシオネクスト(6526)

Each reader is a pair: what the text must hold (a regex or plain strings), and the pattern whose group ``name``
(or ``after``, ``latin``) is the name. ``detect_institutions.candidate_names`` runs them.
"""

from __future__ import annotations

import re

from pipelines.classification.detect_characters import BEFORE_NAME, KANJI, KATAKANA, LATIN_OR_KANA, NAME_CHARACTER

# The country written before a foreign company's name ("米X社"), and what follows a name: a particle or a bracket.
_COUNTRY = r"(?:米|英|仏|独|中国|韓国|台湾)"
_AFTER_NAME = r"(?=は|が|と|の|に|を|も|、|\()"

# --- Words around a company's name -------------------------------------------------------------------------
# "AI開発のX(東京都港区、代表取締役: …)", "X(本社: 東京都渋谷区)", "X(東京・千代田)", "X(大阪市北区)": the address
# a Japanese release and a newspaper give in brackets after a company's name.
_PREFECTURE = r"(?:東京都|北海道|(?:京都|大阪)府|[\u4e00-\u9fff]{2,3}県)"
_ADDRESS = rf"(?:本社[:：]?\s?)?(?:{_PREFECTURE}|東京・|大阪・|[\u4e00-\u9fff]{{2,4}}市)"
NAME_BEFORE_ADDRESS = (
    re.compile(rf"\((?:{_ADDRESS})"),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>[A-Za-z0-9{KATAKANA}{KANJI}][{NAME_CHARACTER}.]*"
        rf"(?: [A-Za-z0-9&][{NAME_CHARACTER}.]*)*)"
        rf"\s?\({_ADDRESS}"
    ),
)
# "Xの代表取締役", "X代表取締役社長": the company whose officer is named.
NAME_BEFORE_OFFICER = (
    re.compile(r"代表取締役|取締役社長|最高経営責任者|社長の|会長の|社長、|会長、|創業者の|創業者、"),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>{LATIN_OR_KANA})の?(?:代表取締役|取締役社長|最高経営責任者)"
        # "ハヤテ社長の山田氏": a katakana or Latin name before 社長 is its company's.
        rf"|{BEFORE_NAME}(?P<after>{LATIN_OR_KANA})(?:社長|会長)(?:の|、)"
        # "Box共同創業者のアーロン・レヴィ氏": a Latin name run into 創業者 (a katakana word may be a kind of
        # company: "スタートアップ創業者の").
        r"|(?<![A-Za-z0-9&.\-])(?P<latin>[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})(?:共同)?創業者(?:の|、)"
    ),
)
# "KPMGコンサルティングの角坂晃啓氏", "Acmeキャピタルのロス・ケイン氏": the company a person named with 氏 is of, in
# Latin letters or katakana (a kanji run there may be any noun: 政府の, 同社の, 県の; an officer, CDOの, is cut by
# detect_filter); a word for who does something ("チームの", "パートナーの") is no name (read as a role).
_PERSON_WITH_SHI = r"の(?:[\u4e00-\u9fff]{2,5}|[\u30a1-\u30fa][\u30a1-\u30faー]*・[\u30a1-\u30faー・]{2,12})氏"
# Or a spokesman unnamed ("アクシスコミュニケーションズの担当者が説明した", "Acmeの広報担当者によると"), not of a field
# or a thing a company has (セキュリティの担当者, キャンペーンの担当者).
_SPOKESMAN = r"の(?:広報)?担当者(?=は|が|に|、|によると|から)"
_FIELDS = (
    r"(?!(?:セキュリティ|インフラ|デザイン|キャンペーン|プロモーション|セールス|サポート|カスタマーサポート|ヘルプデスク"
    r"|サイト|アプリ|サービス|システム|イベント|プログラム|コンテンツ|データ|マーケティング)の)"
)
NAME_BEFORE_PERSON = (
    re.compile(rf"{_PERSON_WITH_SHI}|{_SPOKESMAN}"),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){{0,2}}[{KATAKANA}]*"
        rf"|{_FIELDS}[\u30a1-\u30fa][{KATAKANA}]{{2,20}})(?:{_PERSON_WITH_SHI}|{_SPOKESMAN})"
    ),
)
# "ハヤテ取締役の山田一郎氏", "Acme Labs執行役員の鈴木氏", "医療データ研究所理事長の佐藤氏": a name with the role of a
# person named after it, run together (the company's or the body's officer). A Latin or katakana name, or a body
# whose name holds katakana and ends in what it is (研究所, 協会, 財団, 機構, センター; a kanji run before a role
# may be any noun: 県教育委員会教育長の).
ROLE_AFTER_NAME = (
    re.compile(r"(?:取締役|執行役員|理事長|代表理事|所長|社長|会長)の"),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>{LATIN_OR_KANA}"
        rf"|[{KANJI}{KATAKANA}]{{0,8}}[\u30a1-\u30fa][{KATAKANA}{KANJI}]{{0,10}}(?:研究所|協会|財団|機構|センター))"
        rf"(?:取締役|執行役員|理事長|代表理事|所長|社長|会長)(?={_PERSON_WITH_SHI})"
    ),
)
# "米Anthropic社", "エヌビディア社は": a Latin or katakana name with 社 (not 同社, 各社, 他社: no Latin or kana).
NAME_WITH_SHA = (
    re.compile(r"社"),
    re.compile(rf"{BEFORE_NAME}{_COUNTRY}?(?P<name>{LATIN_OR_KANA})社(?=は|が|と|の|に|を|も|、|\)|製|$)"),
)
# "Xと資本業務提携", "Xと業務提携", "X傘下の", "傘下のY", "子会社のY": partners, parents and subsidiaries.
RELATED = (
    re.compile(r"提携|傘下|子会社|合併|経営統合"),
    re.compile(
        rf"{BEFORE_NAME}{_COUNTRY}?(?P<name>{LATIN_OR_KANA})"
        # A merger's other party too: "サピオンとの合併後に", "Xと経営統合".
        r"(?:と(?:の)?(?:資本業務提携|業務資本提携|資本提携|業務提携|戦略的提携|提携|合併|経営統合)|傘下の)"
        rf"|(?:傘下の|子会社の|子会社である)(?P<after>{LATIN_OR_KANA}){_AFTER_NAME}"
    ),
)
# "The New York Timesによると", "Bloombergが報じた": the outlet a Japanese report cites.
CITED = (
    re.compile(r"によると|によれば|が報じた|は報じた|の報道|の(?:データ|調査|分析|集計|統計|推計)では"),
    # An outlet's name may end in "+" ("ITmedia AI+").
    # A Latin name may follow any hiragana ("というITmedia AI+の報道"), though not a space inside a Latin name.
    re.compile(
        rf"(?:{BEFORE_NAME}|(?<=[\u3041-\u3096]))(?<![A-Za-z0-9&.\-] )(?P<name>(?:{LATIN_OR_KANA})\+?)"
        r"(?:によると|によれば|が報じた|は報じた|の報道)"
        # Whose data or survey a figure is from ("PitchBookのデータによると"): a Latin name of four letters or more
        # with a small letter (not "GPSのデータ", nor a katakana word such as センサー).
        r"|(?<![A-Za-z0-9&.\-])(?P<latin>(?=[A-Za-z0-9&.\- ]{4})(?=[A-Z0-9&.\- ]*[a-z])[A-Za-z][A-Za-z0-9&.\-]*"
        r"(?: [A-Z][A-Za-z0-9&.\-]*){0,2})の(?:データ|調査|分析|集計|統計|推計)(?:によると|によれば|では)"
    ),
)
# The lead of a Japanese release or report: "newmoは10月31日、…", "GMOリサーチ&AIが2025年9月24日に公表した",
# "明治は2月25日、…": who announced, and when. A Latin name may follow any word; a Japanese one starts a sentence.
_DATE = r"(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日"
# A name may open in hiragana where a sentence starts ("いしかり市民カレッジは12月16日", "ほくつうは、"): a run
# that is no conjunction, pronoun or adverb opening a sentence (また, なお, さらに, これ, わたしたち, きょう) and
# does not end in a particle (a run ending in に, て, も, し … is an adverb or a clause: ついに, そして, しかし).
HIRAGANA_OPENING = (
    r"(?!また|まず|ただ|なお|いま|きょう|あす|これ|それ|あれ|どれ|ここ|そこ|こちら|わたし|われわれ|みんな|あなた|いずれ)"
    r"[\u3041-\u3096][\u3041-\u3096ー]{1,7}(?<![にてもはがでとのをしやかよね])"
)
DATED_LEAD = (
    re.compile(rf"(?:は|が){_DATE}"),
    re.compile(
        rf"(?:(?<![A-Za-z0-9&.\-])(?P<latin>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&][A-Za-z0-9&.\-]*){{0,2}}"
        rf"[{KATAKANA}A-Za-z0-9&]*)"
        rf"|(?:^|(?<=[。、」)\n]))(?P<name>(?:(?<![、」)]){HIRAGANA_OPENING})?[A-Za-z0-9{KANJI}{KATAKANA}][{NAME_CHARACTER}]{{1,20}}))"
        rf"(?:は|が){_DATE}"
    ),
)
# What is done on a date, in the subject's place before it ("予約は2月22日から", "入金は6月26日に", "施行は3月1日"):
# an act, not who does it.
SCHEDULED_ACTS = frozenset(
    """予約 入金 施行 発売 開催 締切 受付 募集 申込 応募 公開 開始 実施 納品 出荷 配信 放送 発表 公布 支払 払込
    着工 竣工 開業 開所 開店 稼働 運用 提供 登録 投票 締結 決済 発行 上場 選考 審査 結果 発送 販売 利用 導入
    適用 改定 改正 移行 終了 完了 解禁 期限 会期 会場 開幕 閉幕 初日 最終日 当日 次回 前回 今回""".split()
)
# Bodies named by their kind alone before a date ("県警は20日、", "同市は1日"): whose they are is said elsewhere.
BODIES_BY_KIND = frozenset(
    "県警 府警 道警 警察 同社 同市 同県 同町 同村 同省 同庁 同大 同行 市 県 町 村 都 府 区 国".split()
)
# "国際興業を引受先とする", "X、Yを割当先とする": the investor a release names.
SUBSCRIBER = (
    re.compile(r"を(?:引受先|割当先)"),
    re.compile(
        rf"(?:{BEFORE_NAME}(?<![A-Za-z0-9&.\-] )(?P<name>[A-Za-z0-9{KANJI}{KATAKANA}][{NAME_CHARACTER}]{{1,25}})"
        # A Latin name of words, some in lower case ("HK inno.N Corporation", "英Acme bio Partners"): read whole,
        # not its last word.
        r"|(?<![A-Za-z0-9&.\- ])(?P<latin>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9][A-Za-z0-9&.\-]*){1,3}))"
        r"を(?:引受先|割当先)"
    ),
)
# A business and its name in brackets: "スーパー「ヨシヅヤ」", "CVCファンド「MEイノベーションファンド」".
BRACKETED = (
    re.compile(
        r"(?:スーパー|ファンド|チェーン|百貨店|書店|ホテル|銀行|新聞|雑誌|出版社|放送局|病院|学校|農園|農場|牧場|旅館|酒蔵)「"
    ),
    re.compile(
        r"(?:スーパー|ファンド|チェーン|百貨店|書店|ホテル|銀行|新聞|雑誌|出版社|放送局|病院|学校|農園|農場|牧場|旅館|酒蔵)"
        rf"「(?P<name>[A-Za-z0-9{KANJI}{KATAKANA}][{NAME_CHARACTER} ]{{1,30}})」"
    ),
)
# "アドバンスト・メディアの「AI議会答弁書作成支援システム」": the maker of a product named in brackets.
MAKER = (
    re.compile(r"の「"),
    re.compile(rf"{BEFORE_NAME}{_COUNTRY}?(?P<name>{LATIN_OR_KANA})の「"),
)

# "ロジロジの生成AI薬歴アシスタント「ピアス」", "ANOBAKAの連載「…」": the maker of a product named in brackets, with
# what the product is between them (a run ending in a word for a product, a service or a publication).
_PRODUCT_WORD = (
    r"(?:AI|LLM|モデル|サービス|アシスタント|アプリ|システム|ツール|プラットフォーム|キャラクター|ロボット|エージェント"
    r"|チャットボット|コンピューター|ソフト|ソフトウェア|製品|連載|報告書|レポート)"
)
MAKER_DESCRIBED = (
    re.compile(rf"の[A-Za-z0-9{KANJI}{KATAKANA}]{{0,20}}{_PRODUCT_WORD}「"),
    re.compile(
        # A katakana name of four letters or more: a shorter word there is a device or a medium (スマホ, テレビ).
        rf"{BEFORE_NAME}(?<![A-Za-z0-9&.\-] ){_COUNTRY}?"
        rf"(?P<name>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){{0,2}}|[\u30a1-\u30fa][{KATAKANA}]{{3,20}})"
        rf"の[A-Za-z0-9{KANJI}{KATAKANA}]{{0,20}}{_PRODUCT_WORD}「"
    ),
)

# --- Words around a name that only an organisation carries (the classes of the real-text misses) ------
# A foreign company in Japanese text: "米Harveyは", "中国のZhipuと", "英アームが", "米国のAnthropicに".
_PARTICLE_AFTER = r"(?=は|が|と|の|に|を|も|や|へ|から|、|\()"
_FOREIGN_PREFIX = (
    r"(?:米国の|米|英国の|英|仏|フランスの|独|ドイツの|中国の|中国|中|韓国の|韓国|韓|台湾の|台湾|台|欧州の|欧州|豪|印|インドの"
    r"|イスラエルの|イスラエル|カナダの|加|シンガポールの|スイスの|スイス)"
)
# A katakana name may end in Latin letters ("モザイクAI", "サカナAI").
_LONG_KANA = rf"[\u30a1-\u30fa][{KATAKANA}]{{2,20}}(?:[A-Z][A-Za-z0-9]{{0,5}}(?![A-Za-z0-9]))?"
_LATIN_NAME = r"(?<![A-Za-z0-9&.\-] )[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2}"
FOREIGN = (
    re.compile(rf"{_FOREIGN_PREFIX}[A-Za-z\u30a1-\u30fa]"),
    re.compile(
        rf"(?<![A-Za-z0-9{KANJI}{KATAKANA}]){_FOREIGN_PREFIX}(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
    ),
)
# What a company is, then its name: "米半導体大手エヌビディアは", "AI新興のサカナ", "国内IT大手のSCSKが".
SIZE_BEFORE = (
    re.compile(r"大手|新興|ベンチャーの|スタートアップの"),
    re.compile(
        rf"(?:大手|新興)(?:企業)?の?(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
        # A name in kanji, or opening in hiragana and ending in kanji, after the word for the kind of company and
        # の, as the subject or owner: "訪問介護大手のやさしい手は", "宇宙ベンチャーの天地人の衛星データ". Not a word
        # for many companies or a part of one ("大手の各社は", "大手の幹部は": NOT_A_COMPANY_AFTER_KIND).
        r"|(?:大手|新興|ベンチャー|スタートアップ)の"
        rf"(?P<after>[{KANJI}]{{2,6}}|[\u3041-\u3096]{{2,5}}[{KANJI}]{{1,3}})(?=は|が|の)"
    ),
)
# What follows "大手の" or "スタートアップの" and names no company: many companies, a part, a person, a deed or a
# figure of one ("大手の各社は", "スタートアップの資金調達額は", "ベンチャーの経営者が", "大手の事業の").
NOT_A_COMPANY_AFTER_KIND = re.compile(
    r"^(?:各社|一角|一社|多く|大半|一部|首位|上位|下位|役割|存在|姿勢|動き|場合|傘下|子会社|日本法人|本社|工場|株価|業績"
    r"|決算|戦略|参入|買収|出資|提携|採用|集積|起業)$"
    r"|企業$|会社$|調達|投資|資金|支援|育成|創出|成長|経営|事業|設立|創業|技術|製品|人材|課題|動向|現状|特徴|魅力|評価|事例"
    r"|[数額率者員長家陣層側間界化的性]$"
)
# A name in the position of a company's own acts: "ティアフォーが開発した", "Ippu Senkinが提供する", "アイシンと
# 共同開発", "Xに出資", "Xを買収", "Xへの出資" (a Latin or katakana name: a kanji run there may be any noun).
_ACTS = (
    r"(?:が|は)(?:開発|提供|運営|手がけ|手掛け|展開|主催|買収|出資|製造|販売|発表|公表|発売|公開|導入|採用)"
    r"(?:した|する|して|し、|中の|を)"
    r"|と(?:の)?(?:共同開発|共同研究|協業|合弁)|に(?:出資|追加出資)し|への(?:出資|追加出資)|を買収"
    # An investor: "Xから出資を受け", "Xをリード投資家とする".
    r"|(?:から|より)(?:の)?(?:出資|資金調達|第三者割当)|を(?:リード投資家|筆頭株主)"
    # A party to a contract or an agreement: "Xと契約し", "Xと包括連携協定を結び", "村とXが結んだ協定".
    r"|と(?:の)?(?:契約|(?:包括)?連携協定|協定|覚書|基本合意)(?:を|し|に|の)|が(?:結んだ|締結した|交わした)"
)
ACTING = (
    re.compile(_ACTS),
    re.compile(rf"{BEFORE_NAME}{_COUNTRY}?(?P<name>{_LATIN_NAME}|{_LONG_KANA})(?:{_ACTS})"),
)
# A name in brackets after the word for a company: "AIスタートアップ「ヘッジホッグ」", "社名を「X」に変更".
COMPANY_BRACKETED = (
    re.compile(r"(?:社名|企業|会社|スタートアップ|新興|ベンチャー|メーカー|運営会社)を?「"),
    re.compile(
        r"(?:社名|企業|会社|スタートアップ|新興|ベンチャー|メーカー|運営会社)を?"
        rf"「(?P<name>(?=[^」]*[A-Za-z\u30a1-\u30fa])[A-Za-z0-9{KANJI}{KATAKANA}][{NAME_CHARACTER} .]{{1,30}})」"
        r"(?!という(?:製品|サービス|アプリ))"
    ),
)
# The company that makes, runs or owns what the sentence names: "「Cursor」を開発するAnysphereを", "翻訳を手がけるXは",
# "スカイチケットを運営するアドベンチャーは", "TikTokの運営会社を" (the service is named as its company).
MAKER_OF = (
    (
        "を開発す",
        "を開発して",
        "を運営す",
        "を運営して",
        "を手がけ",
        "を手掛け",
        "の運営会社",
        "の運営元",
        "の開発元",
        "が率いる",
        "が創業した",
        "が設立した",
    ),
    re.compile(
        rf"を(?:開発|運営|手がけ|手掛け)(?:する|している|る|ている)(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
        # The company a person leads or founded: "山田氏が率いるカモメAIは", "元幹部が創業したX".
        rf"|が(?:率いる|創業した|設立した)(?P<latin>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
        rf"|{BEFORE_NAME}(?P<after>{_LATIN_NAME}|{_LONG_KANA})の(?:運営会社|運営元|開発元)"
    ),
)
# Who a survey is by: "…約8倍 ヴァリューズ調べ"; a university's spin-off: "東京科学大学発のSolaNikaが".
SURVEYED = (
    ("調べ",),
    # A headline drops the space before it: "約8倍 ヴァリューズ調べ" is read "約8倍ヴァリューズ調べ".
    re.compile(
        # A name may open in kanji and end in katakana ("【東京商工リサーチ調べ】", "帝国データバンク調べ").
        rf"(?:{BEFORE_NAME}(?P<name>{_LATIN_NAME}|(?<![{KANJI}])[{KANJI}]{{0,6}}{_LONG_KANA})"
        rf"|(?<=[{KANJI}0-9])(?P<after>{_LONG_KANA}))"
        rf"調べ(?![\u3041-\u3096{KANJI}])"
    ),
)
SPUN_OUT = (
    ("大学発", "高専発", "研究所発", "研究室発"),
    re.compile(
        r"(?:大学|高専|研究所|研究室)発の?(?:スタートアップ|ベンチャー|企業)?の?"
        rf"(?P<name>{_LATIN_NAME}|{_LONG_KANA}){_PARTICLE_AFTER}"
    ),
)
# A company's new name: "「Noetra」に改称", "新社名「X」", "新名称「X」として始動".
RENAMED = (
    ("」に改称", "」に社名変更", "」に商号変更", "新社名「", "新商号「"),
    re.compile(
        rf"「(?P<name>[A-Za-z0-9{KANJI}{KATAKANA}][{NAME_CHARACTER} .]{{1,30}})」に(?:改称|社名変更|商号変更)"
        rf"|新(?:社名|商号)「(?P<after>[A-Za-z0-9{KANJI}{KATAKANA}][{NAME_CHARACTER} .]{{1,30}})」"
    ),
)
# A sentence's subject that announces: "ティアフォーは、…を発表した。", "Preferred Roboticsは…の提供を開始した", also
# after the clause that says what a company aims at, makes, runs or where and when it was founded ("…サービスを目指す
# T2は、…と資本業務提携", "植物肉を作るDAIZは…と発表した", "東北大学で生まれたXは"; not "…を搭載したスマートフォンは",
# a product).
ANNOUNCER = (
    re.compile(r"(?:を|と)(?:発表|公開|発売|開始|リリース|提携|資本業務提携|業務提携|協業)"),
    re.compile(
        r"(?:^|(?<=[。\n])|(?<=目指す)|(?<=を作る)|(?<=を造る)|(?<=を営む)|(?<=まれた)|(?<=設立された)|(?<=創業した)"
        r"|(?<=創業の)|(?<=設立の))"
        rf"(?:【[^】]*】)?(?P<name>{_LATIN_NAME}|{_LONG_KANA})は、?[^。]{{0,160}}?"
        # Or that partners with another ("カモメテックは、…と提携し").
        r"(?:を|と)(?:発表|公開|発売|開始|リリース|提携|資本業務提携|業務提携|協業)"
    ),
)
# The body's first words as the subject of an organisation's own act: "インテージは、…調査を実施した",
# "ノークリサーチが…に行った調査", "Acme Roboticsは、…を発表した". A katakana or Latin name only (a kanji run there is
# any noun), or one opening in hiragana before は、 ("ほくつうは、…を構築し"), and only when it does the act
# itself, before another subject: a concept opening a report does none
# ("メタバースは、注目を集める", "ディープフェイクが問題となり、政府は…を発表した",
# "ホワイトペーパーは、…をまとめたもの").
OPENING_SUBJECT = re.compile(
    rf"(?P<name>{_LATIN_NAME}|{_LONG_KANA}|{HIRAGANA_OPENING}(?:[{KANJI}{KATAKANA}A-Za-z][{NAME_CHARACTER}]{{1,16}})?(?=は、))"
    rf"(?:は、|が)(?=[^。はが]{{0,160}}?"
    r"(?:(?:発表|公表|公開|発売|開始|実施|締結|導入|設立|展開|運営|提供|開発|構築|調査)(?:した|し、|して|する|している)"
    r"|行った|行い、|始めた|調べた|明らかにした|まとめた|結んだ|手がけ|手掛け)(?!もの|こと))"
)
# A person by trade opening the body ("カメラマンが撮った写真を公開した", "アナリストは、…をまとめた"): no name.
PERSON_BY_TRADE = re.compile(r"(?:マン|ター|ナー|ヤー|スト|ダー)$")


# A company and its officer by name: "フツパーの大西洋社長", "サカナAIのデビッド・ハCEO", "Xの創業者".
OFFICER_BY_NAME = (
    re.compile(r"(?:社長|会長|CEO|CTO|COO|最高経営責任者|創業者)"),
    re.compile(
        rf"{BEFORE_NAME}{_COUNTRY}?(?P<name>{_LATIN_NAME}|{_LONG_KANA})の(?:[{KANJI}]{{2,5}}|[\u30a1-\u30fa・ー]{{3,16}})?"
        r"(?:代表取締役社長|社長|会長|CEO|CTO|COO|最高経営責任者|共同創業者|創業者)"
    ),
)
# A listed company and its stock code: "ソシオネクスト(6526)", "X(東証プライム: 1234)", "Acme (TSE: 1234)".
LISTED = (
    re.compile(r"\((?:東証|証券コード|TSE|TYO|NYSE|NASDAQ|Nasdaq|[0-9]{4}\))"),
    re.compile(
        rf"{BEFORE_NAME}(?:(?P<name>{_LATIN_NAME}|{_LONG_KANA}|[{KANJI}][{NAME_CHARACTER}]{{1,12}})\s?"
        r"\((?:東証|証券コード|TSE|TYO|NYSE|NASDAQ|Nasdaq)"
        # A bare code only after a Japanese name (not "X(3872)", a particle in a physics abstract).
        rf"|(?P<after>{_LONG_KANA}|[{KANJI}][{NAME_CHARACTER}]{{1,12}})\([0-9]{{4}}\))"
    ),
)
# A name right after the word for a company: "新会社The Bot Companyを設立", "タクシー会社クルーズのCEO" (a katakana
# name only before its officer: a katakana word after 会社 may be any noun).
AFTER_COMPANY_WORD = (
    ("会社",),
    re.compile(
        rf"会社(?:(?P<name>(?=[A-Za-z0-9&.\-]{{3}}){_LATIN_NAME}){_PARTICLE_AFTER}"
        r"|(?P<after>[\u30a1-\u30fa][\u30a1-\u30faー・]{2,20})"
        r"(?=の(?:CEO|社長|会長|創業者|共同創業者|最高経営責任者)))"
    ),
)
# A parliamentary group named after its party and its partner: "国民民主党・新緑風会の議員", "X党・Y会は".
PARLIAMENTARY_GROUP = (
    ("党・",),
    re.compile(
        rf"{BEFORE_NAME}(?P<name>[{KANJI}]{{1,8}}党・[{KANJI}\u3041-\u3096{KATAKANA}]{{1,12}}?会)"
        r"(?=の|は|が|と|、|\(|を|に|も|で|や|所属)"
    ),
)
