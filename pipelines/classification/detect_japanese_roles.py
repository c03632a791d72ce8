"""Names written right after the kind of business they are, in Japanese text: an outlet, a shop, an investor, a
company of a kind.

    ラジオ局FM東広島は / テック専門誌ディールストリートアジアが / 専門メディアInside Higher Edが
    ベンチャーキャピタルAtomicoの
        the kind run into the name: a Latin name after any kind word, a katakana one after a kind ending in kanji
    食品スーパーのハローデイは、 / 特別目的会社のアールスリー蓄電所で、 / 米メディアのザ・バージは7月24日
        the kind, の, then the name as the lead's topic (は、, は and a date), an agent set off by a comma, or
        before a bracket (not スーパーのセルフレジは混雑, 大手スーパーのバイヤーが語った)
    ベンチャーキャピタル、慶應イノベーション・イニシアティブ(KII)は
        the kind, a comma, then the name with its acronym or as the subject
    (headline) 食品スーパーのハローデイ、…
        the same as the headline's subject
    採用支援のhireEZに / 半導体製造のAcme Fabは
        what the company does (支援, 運営, 製造, 販売 …), の, then a Latin name

A katakana word run into a kind word in katakana may be one word with it (スーパーコンピュータ, サプライチェーン
リスク), so only a Latin name may follow those. ``detect.detect_names`` keeps what these yield (the watch list's
names and the words that are no names are left out there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_characters import KANJI, KATAKANA, present
from pipelines.classification.detect_words import GENERIC_ACTORS, NOT_SUBJECTS

# Kinds of business that end in kanji: an outlet, an investor, a company of a kind.
_KANJI_KINDS = (
    "ラジオ局|テレビ局|放送局|専門誌|業界誌|経済誌|情報誌|専門紙|業界紙|経済紙|通信社|出版社"
    "|投資会社|運用会社|調査会社|証券会社|商社|百貨店|薬局|量販店|特別目的会社|運営会社"
)
# Kinds of business that end in katakana: a name in Latin letters only may be run into them.
_KANA_KINDS = "メディア|ベンチャーキャピタル|スーパー|ドラッグストア|チェーン|シンクタンク|コンビニ|ホームセンター"
_KINDS = f"{_KANJI_KINDS}|{_KANA_KINDS}"
_LATIN = r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z][A-Za-z0-9&.\-]*){0,3}"
_KANA = r"[\u30a1-\u30fa][\u30a1-\u30faー・]{2,20}"
_PARTICLE = r"(?=は|が|、|の|と|に|を|も|\()"
_KIND_WORDS = tuple(_KINDS.split("|"))
_RUN_INTO = (
    _KIND_WORDS,
    re.compile(
        # A Latin name may end in a few kanji of its own ("FM東広島").
        rf"(?:{_KINDS})(?P<name>{_LATIN}(?:[{KANJI}]{{1,4}})?)(?![A-Za-z0-9&.\-]){_PARTICLE}"
        rf"|(?:{_KANJI_KINDS})(?P<kana>{_KANA}){_PARTICLE}"
    ),
)
# The kind, の, then the name where a subject or an agent stands: a katakana name may end in kanji of its own
# ("アールスリー蓄電所"). メディア only after a country (米メディアのX; メディアのインタビュー is an interview).
# Kinds that may stand only before の: a trade or a rank run into a katakana word is one word with it (企業ブランド,
# 大手メーカー, 不動産テック), but "物流不動産のX", "家電メーカーのX", "IT大手のX", "AI開発企業のX" describe a company.
# 大手 and 企業 after the trade they name (IT大手, 開発企業), not alone: "企業のニーズは、" is what companies need.
_OF_ONLY_KINDS = rf"不動産|(?<=[{KANJI}{KATAKANA}A-Za-z])(?<!大)(?<!中小)(?:大手|企業)|メーカー|ストア"
_OF_KINDS = _KINDS.replace("メディア|", "") + "|" + _OF_ONLY_KINDS
_COUNTRY = r"(?:米|英|仏|独|国)"  # 米, 英国, 中国, 韓国 …
_COUNTRIES = (
    "米国|英国|中国|韓国|台湾|アメリカ|イギリス|フランス|ドイツ|イタリア|スペイン|オランダ|スイス|スウェーデン|ノルウェー"
    "|フィンランド|デンマーク|イスラエル|インド|シンガポール|カナダ|オーストラリア|ベトナム|インドネシア|タイ"
)
_KIND_OF = (
    tuple(
        word + "の" for word in (*_KIND_WORDS, "不動産", "大手", "企業", "メーカー", "ストア", *_COUNTRIES.split("|"))
    ),
    re.compile(
        rf"(?:(?:(?:{_OF_KINDS})|(?<={_COUNTRY})メディア)の"
        rf"(?P<name>{_LATIN}|{_KANA}(?:[{KANJI}]{{1,4}})?)"
        # A foreign company after its country ("ノルウェーのオートストア(日本法人は…)", "フランスのMistral AIは、"):
        # no kanji after the name (ロシアのプーチン大統領は is a person).
        rf"|(?<![{KATAKANA}{KANJI}])(?:{_COUNTRIES})の(?P<foreign>{_LATIN}|{_KANA})(?![{KANJI}]))"
        rf"(?![A-Za-z0-9&.\-{KATAKANA}])"
        # As the topic of the lead ("は、", "は12日"), an agent set off by a comma, or with its address or acronym:
        # "スーパーのセルフレジは混雑", "大手スーパーのバイヤーが語った" are a thing and a person of the trade.
        rf"(?=(?:は|が|で)、|は(?:[0-9]{{4}}年|[0-9]{{1,2}}月|[0-9]{{1,2}}日)|\()"
    ),
)
# The kind, a comma, then the name: a Latin or katakana one as the subject, any one before its acronym.
_KIND_COMMA = (
    tuple(word + "、" for word in (*_KIND_WORDS, "スタートアップ", "ベンチャー", "新興企業")),
    re.compile(
        rf"(?:{_KINDS}|スタートアップ|ベンチャー|新興企業)、"
        rf"(?:(?P<name>{_LATIN}|{_KANA})(?![A-Za-z0-9&.\-{KATAKANA}])(?=は|が|\()"
        # A name with its acronym holds katakana or Latin letters ("大企業(JTC)" is a kind of company).
        rf"|(?P<long>(?=[{KANJI}]*[{KATAKANA}A-Za-z])[{KANJI}{KATAKANA}A-Za-z][{KANJI}{KATAKANA}A-Za-z0-9&\-]{{2,30}})"
        r"(?=\([A-Z][A-Za-z0-9&]{1,9}\)))"
    ),
)
# What the company does, in kanji, then の and a Latin name ("採用支援のhireEZに", "半導体製造のAcme Fabは"); not 開発
# or 提供, which a tool or a product follows as often ("アプリ開発のFlutter").
_DOES_OF = (
    ("支援の", "運営の", "製造の", "販売の", "専業の", "事業者の", "企業の"),
    re.compile(
        rf"[{KANJI}](?:支援|運営|製造|販売|専業|事業者|企業)の(?P<name>(?<![A-Za-z0-9&.\-] )[A-Za-z][A-Za-z0-9&.\-]*"
        r"(?: [A-Z][A-Za-z0-9&.\-]*){0,2})(?![A-Za-z0-9&.\-])(?=は|が|に|と|、|を|の|も|\()"
    ),
)
# A startup named in kanji after the word for it, as the lead's topic or with its address, in a sentence saying what
# it does ("東北大学発スタートアップの輝翠は、…を助けたいとしている"); not what a startup has, does or counts
# ("AIスタートアップの資金調達は、", "…の経営者は、", "…の課題は、資金だ").
_STARTUP_KANJI = (
    ("スタートアップの", "ベンチャーの", "新興企業の"),
    re.compile(
        rf"(?<![{KANJI}])(?:[{KANJI}{KATAKANA}A-Za-z]+)(?:スタートアップ|ベンチャー|新興企業)の"
        rf"(?P<name>[{KANJI}]{{2,4}})(?![{KANJI}])(?=は、|\()"
        # What the sentence says it does or says: a company's act ("…の課題は、資金だ" names none).
        r"(?=[^。]{0,100}?(?:発表|開発|提供|開始|調達し|展開|手がけ|手掛け|目指|公開|販売|導入|運営|としている|と話|と述べ"
        r"|に成功))"
    ),
)
_STARTUP_THINGS = re.compile(
    r"調達|投資|資金|支援|育成|創出|成長|経営|事業|設立|創業|技術|製品|人材|課題|動向|現状|特徴|魅力|評価"
    r"|数|額|率|者|員|長|家|陣|層|側|間|界|化|的|性"
)
# A headline that opens with the kind, の and the name as its subject ("食品スーパーのハローデイ、…").
_HEADLINE = re.compile(
    rf"^[{KANJI}{KATAKANA}]{{0,6}}?(?:{_OF_KINDS})の(?P<name>{_LATIN}|{_KANA}(?:[{KANJI}]{{1,4}})?)(?:、|が)"
)


# What a trade's people and things are called in katakana, after the kind and の: not a business's name
# ("証券会社のアナリストは、", "ドラッグストアのポイントカードは、").
_TRADE_PEOPLE_AND_THINGS = re.compile(
    r"(?:スト|ヤー|ナー|サー|カー|ジャー|ダー|ター|マン|フォリオ|スタッフ|メンバー|カード|ポイント|レジ|サイト|モデル|システム|サービス|アプリ"
    r"|プラン|メニュー|ブランド|チラシ|スキーム|ファンド|ビジネス|コーナー|フロア|エリア|ネット|データ)$"
    # What a company has or needs ("IT企業のニーズは、", "家電メーカーのシェアは、"): no company either.
    r"|^(?:メリット|デメリット|ニーズ|リスク|コスト|シェア|イメージ|セキュリティ|ガバナンス|コンプライアンス|ノウハウ"
    r"|トレンド|スピード|パフォーマンス|ケース|ポテンシャル)$"
)


# Kinds of investor, channel and trade in capitals that a kind word may stand before ("ベンチャーキャピタルVCの",
# "ベンチャー、VCは"): no names.
_KIND_LETTERS = frozenset("VC CVC PE SNS EC DX IT AI ICT IoT B2B B2C BtoB BtoC SaaS PR".split())


_KATAKANA_ONLY = re.compile(rf"^[{KATAKANA}]+$")
_DATED_OR_BRACKETED = re.compile(r"は(?:[0-9]{4}年|[0-9]{1,2}月|[0-9]{1,2}日)|\(")


def _is_name(name: str) -> bool:
    return len(name) >= 2 and name not in GENERIC_ACTORS and name not in NOT_SUBJECTS and name not in _KIND_LETTERS


def named_by_kind(text: str, title: str = "") -> Iterator[str]:
    """Names written right after the kind of business they are (``title`` is the headline)."""
    for needs, pattern in (_RUN_INTO, _KIND_OF, _KIND_COMMA, _DOES_OF):
        if not present(needs, text):
            continue
        for match in pattern.finditer(text):
            name = next(group for group in match.groups() if group)
            if pattern is _DOES_OF[1] and not any(char.islower() for char in name):
                continue  # "事業運営のPDCA": a term in capitals
            if pattern is _RUN_INTO[1] and match.group("kana") and _TRADE_PEOPLE_AND_THINGS.search(name):
                continue  # "証券会社アナリスト": a person of the trade
            if pattern is _KIND_OF[1] and (
                _TRADE_PEOPLE_AND_THINGS.search(name)
                # A katakana word alone as the topic ("投資会社のリターンは、"): a name only when it is dated,
                # bracketed or written again elsewhere.
                or (
                    _KATAKANA_ONLY.match(name)
                    and not _DATED_OR_BRACKETED.match(text, match.end())
                    and text.count(name) < 2
                )
            ):
                continue
            if _is_name(name):
                yield name
    if present(_STARTUP_KANJI[0], text):
        for match in _STARTUP_KANJI[1].finditer(text):
            if not _STARTUP_THINGS.search(match.group("name")):
                yield match.group("name")
    headline = _HEADLINE.match(title)
    if (
        headline is not None
        and _is_name(headline.group("name"))
        and not _TRADE_PEOPLE_AND_THINGS.search(headline.group("name"))
    ):
        yield headline.group("name")
