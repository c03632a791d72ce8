"""Public bodies named in Japanese by their short or full name: a prefecture's police, an office of a prefecture
or a ministry, the Supreme Court, and another country's ministry.

    大阪府警の担当者 / 神奈川県警察本部は        a prefecture's police, named in full: 大阪府警察, 神奈川県警察
    兵庫県西宮県税事務所 / 総務省沖縄総合通信事務所  an office (事務所) of a prefecture or a ministry, named whole
    最高裁は / 最高裁が                          Japan's Supreme Court by its short name (not 米最高裁)
    米国防総省を / 英国の科学・イノベーション・技術省は / 内務省と
                                                 a ministry the watch list does not know: another country's
                                                 (Japan's eleven are all on it), read as foreign, no Japan evidence
    イタリアデジタル庁 / 中国国務院 / 国家インターネット情報弁公室
                                                 another country's body with its country in katakana run into
                                                 it, and China's State Council and offices: foreign
    インド政府は / 米政府が                       another country's government named with its country: foreign
    シンガポール企業庁(エンタープライズシンガポール)  a body's other name in katakana in brackets after it

``detect.detect_names`` keeps what ``public_bodies`` yields, and reads the ministries it returns as foreign.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.classification.detect_characters import KANJI, KATAKANA

_PREFECTURE = rf"(?:[{KANJI}]{{2,3}}県|北海道|大阪府|京都府)"
_AFTER = r"(?=は|が|の|と|、|に|を|も|や|で|へ|から|\(|など|\)|。|$)"
# "大阪府警", "神奈川県警察本部": the police of a prefecture (Tokyo's is 警視庁, on the watch list).
_POLICE = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?P<prefecture>{_PREFECTURE})(?:警察(?:本部)?|警)(?![官署庁察])(?=[\u3041-\u3096、。(]|$)"
)
# "兵庫県西宮県税事務所", "総務省沖縄総合通信事務所": an office named after the prefecture or ministry it belongs to.
_OFFICE = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?P<name>(?:{_PREFECTURE}|[{KANJI}]{{1,6}}[省庁])[{KANJI}]{{2,10}}事務所){_AFTER}"
)
# "最高裁は": the Supreme Court by its short name, with no country or other kanji before it.
_SUPREME_COURT = re.compile(rf"(?<![{KANJI}{KATAKANA}A-Za-z])最高裁(?!判)(?=[\u3041-\u3096、。]|$)")
_FOREIGN_OF = re.compile(rf"(?:米国|英国|中国|韓国|[{KATAKANA}]{{2,}})の$")
# A ministry: a kanji (or katakana, with its dots) run ending in 省, before a particle. Not a kind of ministry
# (同省, 各省, 関係省) and not a Chinese province (中国の広東省, 広東省深圳市): China's ministries are 部.
_MINISTRY = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?P<name>[{KANJI}{KATAKANA}][{KANJI}{KATAKANA}]{{1,16}}省){_AFTER}(?![{KANJI}]{{1,4}}市)"
)
_COUNTRY_BEFORE = re.compile(r"^(?:米|英|仏|独|豪|加|伊|印|露|韓)(?=.{2})")
# Japan's former ministries (before 2001): Japan's, not another country's.
_FORMER_MINISTRIES = frozenset(
    "文部省 厚生省 労働省 通商産業省 通産省 大蔵省 郵政省 自治省 建設省 運輸省 農林省".split()
)
_NOT_MINISTRY_STEMS = ("同", "各", "関係", "所管", "担当", "主務", "中央", "本", "他", "当", "両")
# Words ending in 省 that are no ministry: reflection and going home (猛反省, 年末帰省), and a former one (旧大蔵省).
_REFLECTION = ("反省", "帰省", "内省", "自省")
_CHINA_BEFORE = re.compile(r"(?:中国|台湾)の?$")


# Another country's state body written in Japanese: its country in katakana run into it ("イタリアデジタル庁",
# "シンガポール企業庁"; the whole is its name, though デジタル庁 alone is Japan's), and China's State Council and
# offices (国務院, "中国国家インターネット情報弁公室", named without 中国).
_KATAKANA_COUNTRY = (
    "イタリア|フランス|ドイツ|イギリス|アメリカ|シンガポール|インドネシア|インド|カナダ|オーストラリア|スペイン|オランダ"
    "|スイス|スウェーデン|ブラジル|ベトナム|タイ|マレーシア|フィリピン|サウジアラビア|イスラエル|エストニア|デンマーク"
    "|フィンランド|ノルウェー|ポーランド|ベルギー|オーストリア|ニュージーランド"
)
_COUNTRY_BODY = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?P<name>(?:{_KATAKANA_COUNTRY})[{KANJI}{KATAKANA}]{{1,12}}(?:庁|省|院|局)){_AFTER}"
)
# Another country's government named with its country ("インド政府は", "米政府が", "韓国政府と"): a foreign state body,
# no Japan evidence (the state alone, "政府は3日", is Japan's and no name).
_COUNTRY_GOVERNMENT = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?P<name>(?:{_KATAKANA_COUNTRY}|米国|英国|中国|韓国|台湾|米|英|仏|独|豪|印|露|韓)政府)"
    rf"(?![{KANJI}]){_AFTER}"
)
_CHINESE_BODY = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?:中国の?)?(?P<name>[{KANJI}][{KANJI}{KATAKANA}]{{1,20}}弁公室|国務院){_AFTER}"
)


def public_bodies(text: str, known: Callable[[str], object]) -> tuple[list[str], set[str]]:
    """The public bodies ``text`` names, and the foreign ministries among them (``known`` resolves a name on the
    watch list)."""
    names: list[str] = []
    foreign: set[str] = set()
    if "警" in text:
        names.extend(match.group("prefecture") + "警察" for match in _POLICE.finditer(text))
    if "事務所" in text:
        names.extend(match.group("name") for match in _OFFICE.finditer(text))
    if "最高裁" in text:
        for match in _SUPREME_COURT.finditer(text):
            if _FOREIGN_OF.search(text, max(0, match.start() - 8), match.start()) is None:
                names.append("最高裁")
                break
    if "省" in text:
        china = "中国" in text or "台湾" in text
        for match in _MINISTRY.finditer(text):
            name = match.group("name").rsplit("省・", 1)[-1]  # "経済産業省・国土交通省": two ministries
            if known(name) is not None or _CHINA_BEFORE.search(text, max(0, match.start() - 3), match.start()):
                continue
            name = _COUNTRY_BEFORE.sub("", name)
            if len(name) == 3 and china:
                continue  # "河北省の工場": a Chinese province (China's ministries are 部)
            if (
                known(name) is not None
                or name in _FORMER_MINISTRIES
                or name[:-1].endswith(_NOT_MINISTRY_STEMS)
                or name.endswith(_REFLECTION)
                or name[0] in "同各旧"
            ):
                continue
            names.append(name)
            foreign.add(name)
    if "庁" in text or "省" in text or "院" in text or "局" in text:
        for match in _COUNTRY_BODY.finditer(text):
            names.append(match.group("name"))
            foreign.add(match.group("name"))
    if "政府" in text:
        for match in _COUNTRY_GOVERNMENT.finditer(text):
            names.append(match.group("name"))
            foreign.add(match.group("name"))
    if "国務院" in text or "弁公室" in text:
        for match in _CHINESE_BODY.finditer(text):
            names.append(match.group("name"))
            foreign.add(match.group("name"))
    return names, foreign


# A body's other name in katakana, in brackets right after it: "シンガポール企業庁(エンタープライズシンガポール)",
# "日本貿易振興機構(ジェトロ)".
_BODY_ENDING = ("庁", "省", "局", "院", "委員会", "機構", "協会", "公社", "センター")
_OTHER_NAME = re.compile(rf"\((?P<name>[\u30a1-\u30fa][{KATAKANA}]{{3,30}})\)")


def bracketed_other_names(names: list[str], text: str) -> list[tuple[str, str]]:
    """(body, its other name) for the bodies among ``names`` that ``text`` follows with a katakana name in brackets."""
    found = []
    for name in names:
        if name.endswith(_BODY_ENDING):
            at = text.find(name + "(")
            other = _OTHER_NAME.match(text, at + len(name)) if at >= 0 else None
            if other is not None:
                found.append((name, other.group("name")))
    return found
