"""Local governments named in Japanese text: 横須賀市は, 神奈川県が, 沖縄県庁, 矢巾町役場, 新発田市議会.

``municipalities`` gives the names in the order the text gives them, and which of them are foreign cities that
Japanese text writes with 市 (北京市); ``japanese_bodies`` picks the Japanese local governments out of the detected
names, which are Japan evidence in themselves.
"""

from __future__ import annotations

import re

# Local governments: "横須賀市は", "神奈川県が", "兵庫県知事は", "神戸市や", "沖縄県庁", "新発田市議会"; 東京都 only
# as a subject ("東京都と…", not the address "東京都港区").
# The offices of a local government that are bodies of their own: "石川県教育委員会", "新居浜市消防本部".
_LOCAL_OFFICE = r"教育委員会|選挙管理委員会|消防本部|消防局|水道局|交通局"
# A local government's department or section, in kanji ("総務部", "秘書広報課"; not a direction: "北部", "中央部").
_DEPARTMENT = r"(?![東西南北中]部|中央部|全部|一部|外部|内部|本部)[\u4e00-\u9fff]{2,6}?(?:部|課)(?![\u4e00-\u9fff])"
# A town or village before any particle ("川棚町と波佐見町を結ぶ", "東彼杵町の", "青森県東通村で") counts in text
# that names a prefecture (a district of a city, 大手町の, is written without one); before は, が, 長 … anywhere.
_TOWN_PARTICLE = "と|の|で|を|に|から|、|へ|も"
_MUNICIPALITY_END = (
    rf"(?:(?:市|県|府|区)(?=は|が|、|の|役所|長|知事|議会|で|や|など|と|も|に|を|へ|から|庁|\)|{_LOCAL_OFFICE}"
    # A department or a section of its own run into it ("石狩市総務部", "松本市秘書広報課").
    rf"|{_DEPARTMENT})"
    rf"|(?:町|村)(?=は|が|長|議会|役場|や|など|{_LOCAL_OFFICE}|{_TOWN_PARTICLE})"
    r"|東京都(?=は|が|と|、|も|など|知事|議会|庁))"
)
_MUNICIPALITY = (
    re.compile(_MUNICIPALITY_END),
    re.compile(
        rf"(?<![\u4e00-\u9fff(:ケヶ])"
        # A city in hiragana may follow its prefecture too ("茨城県つくば市", "埼玉県さいたま市").
        rf"(?P<name>(?:(?:[\u4e00-\u9fff]{{2,3}}県|北海道|東京都|大阪府|京都府)?"
        # A kanji name may hold ケ or ヶ ("鎌ケ谷市", "横浜市保土ケ谷区").
        rf"(?:[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ケヶ](?=[\u4e00-\u9fff])){{0,5}}"
        rf"|(?<![\u3041-\u3096])[\u3041-\u3096]{{2,5}}))?{_MUNICIPALITY_END})"
        rf"(?P<office>庁|役所|役場|議会|{_LOCAL_OFFICE})?"
    ),
)
_TOWN_BEFORE_PARTICLE = re.compile(rf"(?:{_TOWN_PARTICLE})")
_PREFECTURE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,3}県|北海道|大阪府|京都府")
# A city written with its prefecture ("茨城県日立市") is named on its own too.
_PREFECTURE_AND_CITY = re.compile(
    r"^(?P<prefecture>[\u4e00-\u9fff]{2,3}県|北海道|東京都|大阪府|京都府)"
    r"(?P<city>[\u4e00-\u9fff][\u4e00-\u9fffケヶ]{0,3}(?:市|町|村|区)|[\u3041-\u3096]{2,5}(?:市|町|村))$"
)
# A ward after its prefecture is an address ("東京都中央区の本社") unless it is the subject ("東京都品川区は").
_WARD_ACTS = ("は", "が")
# Hiragana before 市 that ends a phrase, not a city's name ("について市").
_PHRASE_KANA = ("て", "に", "の", "は", "を", "が", "で", "と", "も", "な", "る", "た", "し")
_NOT_MUNICIPALITIES = frozenset(
    {
        "都市",
        "同市",
        "同県",
        "同町",
        "同村",
        "同区",
        "各市",
        "本市",
        "当市",
        "全市",
        "市町村",
        "都道府県",
        "隣接県",
        "近隣県",
        "他県",
        "各県",
        "全県",
        "周辺市",
        "地区",
        "選挙区",
        "特区",
        "市町",
        # Kinds of town and village, not one ("城下町の", "選手村で").
        "城下町",
        "門前町",
        "宿場町",
        "温泉町",
        "漁師町",
        "職人町",
        "定例市",  # "定例市長会見": the mayor's regular press conference
        "問屋町",
        "選手村",
        "無医村",
        # Words ending in 府 that name no local government.
        "政府",
        "幕府",
        "立法府",
        "行政府",
        "司法府",
    }
)
# Cities whose own names end in one of the words above ("松本市" in 本市, "京都市" in 都市): named all the same.
_CITIES_ENDING_LIKE_A_WORD = ("熊本市", "松本市", "橋本市", "京都市", "西都市")
# A country written before a state's office ("米大統領府").
_COUNTRY_BEFORE = re.compile(r"^(?:米国|米|韓国|韓|中国|中|台湾|台|仏|独|英|露|ロシア)(?=.{3})")
# Chinese cities that Japanese text writes as 市: named, and read as foreign.
_FOREIGN_CITIES = tuple(
    "北京市 上海市 深圳市 杭州市 広州市 天津市 重慶市 台北市 武漢市 成都市 南京市 蘇州市 西安市".split()
)
# What makes a detected name a Japanese local government, Japan evidence in itself: three characters or
# more (not a surname such as 中村 or 野村); of the names ending in 府, only 大阪府 and 京都府 (not 米行政府).
_JAPANESE_BODY = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}|[\u3041-\u3096]{2,5})(?:市|県|町|村|区|(?<=大阪|京都)府)$")


def japanese_bodies(detected: dict[str, list[dict[str, str]]]) -> list[str]:
    """The detected organisations that are Japanese local governments."""
    return [
        entry["name"]
        for entry in detected["organisations"]
        if _JAPANESE_BODY.match(entry["name"]) and not entry.get("foreign")
    ]


_KANJI_BEFORE_DOT = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}・$")


def _both_named(text: str, start: int, last: str) -> list[str]:
    """The places named before 両県/両市 (both of them): "熊本・山口" gives 熊本 and 山口."""
    before = _KANJI_BEFORE_DOT.search(text, max(0, start - 6), start)
    return ([before.group(0)[:-1]] if before else []) + [last]


def _own_name_ends_like_a_word(name: str) -> bool:
    """A city whose own name ends like a word that names no city ("長野県松本市", "熊本市"; not "今回本市")."""
    split = _PREFECTURE_AND_CITY.match(name)
    return (split.group("city") if split else name) in _CITIES_ENDING_LIKE_A_WORD


def municipalities(text: str) -> tuple[list[str], set[str]]:
    """The local governments ``text`` names, and the foreign cities and state offices among them."""
    names: list[str] = []
    mayors: list[str] = []
    foreign_cities: set[str] = set()
    prefecture_named = None
    if not _MUNICIPALITY[0].search(text):
        return names, foreign_cities
    for match in _MUNICIPALITY[1].finditer(text):
        name = match.group("name")
        if len(name) < 2:
            continue  # "生成AIの県庁業務": the office of no named prefecture
        if name.endswith(("市", "町", "村")) and text.startswith("長", match.end("name")) and not match.group("office"):
            if text.endswith(("市の", "町の", "村の", "区の"), 0, match.start("name")):
                continue  # "岩国市の福田市長": the mayor by name, not a city
            if text.count(name) == 1:
                mayors.append(name)  # "武田哲市長": a mayor by name when the text names another city (below)
        if name[-2] == "両" and len(name) >= 4:
            # "熊本・山口両県で": both prefectures, each named with the ending (熊本県, 山口県), not "山口両県".
            names.extend(place + name[-1] for place in _both_named(text, match.start("name"), name[:-2]))
            continue
        if name.endswith(("町", "村")) and _TOWN_BEFORE_PARTICLE.match(text, match.end("name")):
            if prefecture_named is None:
                prefecture_named = _PREFECTURE_NAMED.search(text) is not None
            if not prefecture_named:
                continue
        if name.endswith("府") and not name.endswith(("大阪府", "京都府")):
            # "米大統領府の", "韓国の大統領府は": a state's office, not a local government (Japan's 府 are 大阪府 and
            # 京都府): named without its country, and read as foreign (内閣府 is the watch list's).
            office = _COUNTRY_BEFORE.sub("", name)
            if len(office) >= 3 and not office.endswith(tuple(_NOT_MUNICIPALITIES)):
                foreign_cities.add(office)
                names.append(office)
            continue
        if name.endswith(_FOREIGN_CITIES):
            # "友好都市の成都市", "中国・北京市": a foreign city, named, but read as foreign (no Japan evidence).
            city = name[-3:]
            if city in _FOREIGN_CITIES:
                foreign_cities.add(city)
                names.append(city)
            continue
        if (
            name not in _NOT_MUNICIPALITIES
            and not (len(name) == 2 and name.endswith(("村", "町")))  # 中村, 野村: surnames
            and (not name.endswith(tuple(_NOT_MUNICIPALITIES)) or _own_name_ends_like_a_word(name))
            and not name[:-1].endswith(_PHRASE_KANA)
        ):
            split = _PREFECTURE_AND_CITY.match(name)
            if (
                split
                and split.group("city").endswith("区")
                and text[match.end("name") : match.end("name") + 1] not in _WARD_ACTS
            ):
                continue  # "東京都中央区の本社": an address; "東京都品川区は": the ward acting, and its prefecture
            found = [split.group("prefecture"), split.group("city")] if split else [name]
            if match.group("office"):
                # "愛媛県新居浜市消防本部": the city's office, named after the city.
                found.append((split.group("city") if split else name) + match.group("office"))
            names.extend(found)
    # A run named only before 長 ("武田哲市長が署名") in text that names another local government of its kind
    # ("滝沢市役所で") is the mayor's name.
    for mayor in mayors:
        if any(other != mayor and other[-1] == mayor[-1] for other in names):
            names = [name for name in names if name != mayor]
    return names, foreign_cities
