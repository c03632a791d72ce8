"""Names the watch list does not know yet: organisations by their company form, models by their shape.

    株式会社X / X株式会社 / X合同会社 / X Inc. / X Co., Ltd. / "X, a Tokyo-based startup"
    X-7B / X-Instruct / 「X」という大規模言語モデル / LLM「X」

Only names that the watch list does not resolve are kept; they go to the item's
``labels.detected`` so the digest can show them and ``scrapy watchlist suggest``
can count them.
"""

from __future__ import annotations

import re

_JA_NAME = r"[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff][A-Za-z0-9&.\-\u30a0-\u30ffー\u4e00-\u9fff]{0,24}"
_COMPANY_FORM = r"(?:株式会社|合同会社|\(株\))"
_ENGLISH_FORM = r"(?:Inc|K\.K|Co\.,? Ltd|Corp|Corporation|LLC)\b"
_BASED_IN = r"an? (?:Tokyo|Osaka|Kyoto|Fukuoka|Japan)(?:ese|-based)"
# Each pattern with a cheap search for what it cannot match without: most texts have no company form,
# and a pattern that may start at any letter is costly to run over a whole abstract.
_ORGANISATION_PATTERNS = (
    (re.compile(_COMPANY_FORM), re.compile(rf"{_COMPANY_FORM}\s?(?P<name>{_JA_NAME})")),
    (re.compile(_COMPANY_FORM), re.compile(rf"(?P<name>{_JA_NAME})\s?{_COMPANY_FORM}")),
    (
        re.compile(rf"\s{_ENGLISH_FORM}"),
        re.compile(rf"(?P<name>(?:[A-Z][A-Za-z0-9&.\-]*\s){{0,3}}[A-Z][A-Za-z0-9&.\-]*),?\s{_ENGLISH_FORM}"),
    ),
    (
        re.compile(rf", {_BASED_IN}"),
        re.compile(rf"(?P<name>(?:[A-Z][A-Za-z0-9&.\-]*\s){{0,2}}[A-Z][A-Za-z0-9&.\-]*), {_BASED_IN}"),
    ),
)
# Particles that a company form follows in ordinary prose ("の株式会社", "は株式会社").
_LEADING_NOISE = re.compile(r"^(?:は|が|の|と|を|に|で|、|。)+")
# Local governments: "横須賀市は", "神奈川県が".
_MUNICIPALITY_END = r"(?:市|県|府|町|村|区)(?=は|が|、|の|役所|長|議会|で)"
_MUNICIPALITY = (re.compile(_MUNICIPALITY_END), re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,6}}{_MUNICIPALITY_END})"))
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
        "地区",
        "選挙区",
        "特区",
        # Words ending in 府 that name no local government.
        "政府",
        "幕府",
        "立法府",
        "行政府",
        "司法府",
    }
)
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


def _matches(needs: re.Pattern[str], pattern: re.Pattern[str], text: str):
    return pattern.finditer(text) if needs.search(text) else ()


def detect_names(text: str, known_organisation, known_model) -> dict[str, list[dict[str, str]]]:
    """Organisation and model names in ``text`` (normalised, not folded) that the watch list does not know."""
    organisations: dict[str, None] = {}
    for needs, pattern in _ORGANISATION_PATTERNS:
        for match in _matches(needs, pattern, text):
            name = _COUNTRY_PREFIX.sub("", _LEADING_NOISE.sub("", match.group("name")).strip(" .,-"))
            if len(name) < 2 or name in _NOT_NAMES or known_organisation(name) is not None:
                continue
            organisations[name] = None
    for match in _matches(*_MUNICIPALITY, text):
        name = match.group("name")
        if (
            name not in _NOT_MUNICIPALITIES
            and not name.endswith(tuple(_NOT_MUNICIPALITIES))
            and known_organisation(name) is None
        ):
            organisations[name] = None
    models: dict[str, None] = {}
    for needs, pattern in _MODEL_PATTERNS:
        for match in _matches(needs, pattern, text):
            name = match.group("name").strip()
            if len(name) < 3 or known_model(name):
                continue
            models[name] = None
    return {
        "organisations": [{"name": name} for name in organisations],
        "models": [{"name": name} for name in models],
    }
