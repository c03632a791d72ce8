"""Names that carry no form and no ending, marked by the words Japanese text puts right before or around them.

    評価機関Artificial Analysis / 業界団体Q-STAR / 調査機関スタートアップブリンク / ハッカー集団「Qilin」
        the kind of body the name is, written right before it (a compound ending in 機関, 団体 or 集団)
    BEMACとFutureRaysは / 特別賞にAcmeとBetaWorks、   two Latin names joined by と, the pair a subject or an item
    物流ドローンを運航するAlter Skyなど                 a Latin name after the clause that says what it does
    コープやまぐち / コープこうべ                        a consumer co-operative by its word in front
    名古屋を拠点とするnewmo東海 / 市内に拠点を置くe-Grid    a company by where it is based
    Xとグループ会社のYは                                   two companies by their relation
    Xは甲賀市、…とともに                                   a sentence's subject acting with named bodies
    (body) Xは、…を発表した / Xが、…に出資した              the body's opening subject that announces or invests

``detect.detect_names`` keeps what these yield (the watch list's names and the kind words are left out there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipelines.classification.detect_characters import KANJI, KATAKANA
from pipelines.classification.detect_words import GENERIC_ACTOR_TAILS, GENERIC_ACTORS

_LATIN_NAME = r"[A-Z][A-Za-z0-9&\-]*(?:\.[A-Za-z0-9]+)?(?: [A-Z][A-Za-z0-9&\-]*){0,2}"
_KANA_NAME = r"[\u30a1-\u30fa][\u30a1-\u30faー・]{2,20}"
# The kind of body, as a compound that says which kind ("評価機関", "業界団体", "ハッカー集団"): the two characters
# or more before 機関/団体/集団 keep the bare words out ("団体スポーツ", "集団行動"). A katakana name needs a particle
# after it (a kana word run into the kind word may be one word with it); a Latin one or one in brackets stands alone.
_KIND = rf"(?<=[{KANJI}{KATAKANA}]{{2}})(?:機関|団体|集団)"
_KIND_BEFORE = (
    ("機関", "団体", "集団"),
    re.compile(
        rf"{_KIND}(?:「(?P<quoted>[^」]{{2,30}})」|(?P<latin>{_LATIN_NAME})(?![A-Za-z0-9&.\-])"
        rf"|(?P<kana>{_KANA_NAME})(?=は|が|と|、|も|に|から|など))"
    ),
)
# Kinds of body that are no compound of a kind before a name ("金融機関", "研究機関" are; "報道機関" too): what follows
# 機関 after these is no name ("行政機関データ", "公的機関システム").
_NOT_KIND_STEMS = ("行政", "公的", "公共", "関係", "外部", "第三者", "各")
# Two Latin names joined by と, before what makes the pair a subject or one item of a list: "BEMACとFutureRaysは",
# "賞にAcmeとBetaWorks、". Words of the trade ("AIとIoT", "PythonとRust") are no names: a name here has a capital
# and a small letter or is three capitals or more, and the pair needs a Japanese letter before it; a product or a
# term the text quotes or defines elsewhere is none either (「Scout」と「Maverick」, "…Task(DAT)").
_LATIN_PAIR = (
    re.compile(r"[A-Za-z]と[A-Z]"),
    re.compile(
        rf"(?<=[\u3041-\u30ff{KANJI}、])(?P<first>{_LATIN_NAME})と(?P<second>{_LATIN_NAME})"
        r"(?![A-Za-z0-9&.\-])(?=は|が|、|の(?:両社|2社|二社)|それぞれ)"
    ),
)
# "物流ドローンを運航するAlter Skyなど", "アプリを開発するMirai Labsは": a verb of running or making a business,
# then a Latin name that stands as a subject or an item.
_DOES = ("運営する", "運航する", "開発する", "手がける", "手掛ける", "展開する", "提供する", "製造する")
_DOER = re.compile(rf"(?:{'|'.join(_DOES)})(?P<name>{_LATIN_NAME})(?![A-Za-z0-9&.\-])(?=など|は|が|と|、|も|\()")
# A consumer co-operative: コープ and its place in kana ("コープこうべ", "コープやまぐち"; not "スコープ").
_COOP = re.compile(
    r"(?<![\u30a1-\u30fa])(?P<name>コープ[\u3041-\u3096\u30a1-\u30faー]{2,8}?)(?=は|が|と|、|の|も|\(|など|$)"
)
# Two companies by their relation: "BEMACとグループ会社のFutureRaysは", "Acmeと子会社のベータ工房が".
_RELATED_PAIR = (
    ("グループ会社の", "子会社の", "関連会社の", "親会社の"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-\u30a1-\u30fa])(?P<first>{_LATIN_NAME}|{_KANA_NAME})と(?:グループ会社|子会社|関連会社|親会社)の"
        rf"(?P<second>{_LATIN_NAME}|{_KANA_NAME})(?![A-Za-z0-9&.\-\u30a1-\u30fa])(?=は|が|、|と|も)"
    ),
)
# The subject that opens a sentence (or the body, after its headline) and acts with bodies it names ("Xは滋賀県
# 甲賀市、…とともに", "Xは市と共同で"): a katakana name of five letters or more, or a Latin one; what it acts with
# must name a body (a town, a company, a co-operative, a university, a ministry …).
_WITH_PARTNERS = (
    ("とともに", "と共同で", "と協力し", "と連携し"),
    re.compile(
        rf"(?<![A-Za-z0-9&.\-\u30a1-\u30faー・])(?P<name>{_LATIN_NAME}|[\u30a1-\u30fa][\u30a1-\u30faー・]{{4,24}})は、?"
        r"(?P<partners>[^。]{2,60}?)(?:とともに|と共同で|と協力し|と連携し)"
    ),
)
# The subject that opens the body (the lead of a release or a report: "ウェザーニューズは、…結果をまとめた",
# "Plug and Play Japanが、…に出資した"): a katakana name of four letters or more or Latin words ("and" may join
# them), in a first sentence whose verb is what an organisation does (announce, publish, invest, start).
_OPENING_SUBJECT = re.compile(
    r"(?P<name>[A-Z][A-Za-z0-9&\-]*(?: (?:and |& )?[A-Z][A-Za-z0-9&\-]*){0,3}"
    r"|[\u30a1-\u30fa][\u30a1-\u30faー・]{3,24})(?:は|が)、?(?P<rest>[^。]{4,160})"
)
_ORGANISATION_ACTS = re.compile(r"発表|公表|明らかにした|まとめた|出資し|開始した|始めた|提供を開始|発売")
_BODY_WORDS = ("県", "市", "町", "村", "株式会社", "組合", "大学", "協会", "機構", "省", "庁", "銀行", "法人")
# A company by where it is based: "名古屋を拠点とするnewmo東海と", "市内に拠点を置くe-Gridと組み", "大阪に本社を置く
# ミライ工房は" (a Latin name may open in lower case and end in its region's kanji; a katakana one is run whole).
_BASED_AT = ("拠点とする", "拠点を置く", "本社を置く")
# The kind of business may stand between the place and the name ("福岡に本社を置くディスカウントストアのトライアルは"):
# a word ending in a kind of company (ストア, メーカー, チェーン, 企業, 会社 …), then の.
_KIND_OF_BUSINESS = (
    rf"(?:[{KANJI}{KATAKANA}]{{0,10}}(?:メーカー|ベンダー|ストア|チェーン|スーパー|企業|会社|大手|不動産|商社)の)?"
)
_BASED_NAME = re.compile(
    rf"(?:拠点とする|拠点を置く|本社を置く){_KIND_OF_BUSINESS}"
    r"(?P<name>[A-Za-z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,2}"
    rf"(?:[{KANJI}]{{2}})?|{_KANA_NAME})(?![A-Za-z0-9&.\-\u30a1-\u30faー])(?=と|は|が|、|も|など|に|の)"
)
_TRADE_WORDS = frozenset(
    """AI LLM LLMs GPU GPUs CPU NPU API APIs RAG IoT ICT DX GX IT OS SaaS PaaS SNS EV EVs VR AR XR MR NFT PC PCs
    Python Rust Java JavaScript TypeScript Linux Windows Mac macOS iOS Android Web Excel Word PowerPoint Slack Teams
    Zoom Chrome Safari Wi-Fi Bluetooth USB HTML CSS SQL PDF CSV JSON GitHub Docker Kubernetes""".split()
)


def _is_latin_name(name: str) -> bool:
    first = name.split()[0]
    return name not in _TRADE_WORDS and (len(first) >= 3 and (first.isupper() or any(char.islower() for char in first)))


def _product_or_term(name: str, text: str) -> bool:
    """A name the text also puts in quotes (「Scout」, a product) or in brackets after a phrase it shortens
    ("Divergent Association Task(DAT)", a term): no organisation's name."""
    return f"「{name}」" in text or f"({name})" in text


def kind_named(text: str, known_model: Callable[[str], object], body_start: int = 0) -> Iterator[str]:
    """Names after the kind of body they are, and Latin names paired by と as a subject or an item."""
    if any(word in text for word in _KIND_BEFORE[0]):
        for match in _KIND_BEFORE[1].finditer(text):
            if text.endswith(_NOT_KIND_STEMS, 0, match.start()):
                continue
            name = match.group("quoted") or match.group("latin") or match.group("kana")
            if match.group("latin") and not _is_latin_name(name):
                continue
            yield name
    if "する" in text and any(word in text for word in _DOES):
        for match in _DOER.finditer(text):
            name = match.group("name")
            if _is_latin_name(name) and not known_model(name) and not _product_or_term(name, text):
                yield name
    if any(word in text for word in _RELATED_PAIR[0]):
        for match in _RELATED_PAIR[1].finditer(text):
            for name in (match.group("first"), match.group("second")):
                if not name[0].isascii() or (_is_latin_name(name) and not known_model(name)):
                    yield name
    if any(word in text for word in _WITH_PARTNERS[0]):
        for match in _WITH_PARTNERS[1].finditer(text):
            start = match.start()
            if not (start in (0, body_start) or text[start - 1] in "。\n"):
                continue  # not where a sentence opens
            name = match.group("name")
            if any(word in match.group("partners") for word in _BODY_WORDS) and (
                not name[0].isascii() or (_is_latin_name(name) and not known_model(name))
            ):
                yield name
    if body_start > 0:
        opening = _OPENING_SUBJECT.match(text, body_start)
        if opening is not None and _ORGANISATION_ACTS.search(opening.group("rest")):
            name = opening.group("name")
            if not name[0].isascii() or (_is_latin_name(name) and not known_model(name)):
                yield name
    if any(word in text for word in _BASED_AT):
        for match in _BASED_NAME.finditer(text):
            name = match.group("name")
            if name in GENERIC_ACTORS or name.endswith(GENERIC_ACTOR_TAILS):
                continue  # "福岡に本社を置くディスカウントストアのX": the kind of business, not its name
            if not name[0].isascii() or (
                name not in _TRADE_WORDS and not known_model(name) and not _product_or_term(name, text)
            ):
                yield name
    if "コープ" in text:
        for match in _COOP.finditer(text):
            yield match.group("name")
    if _LATIN_PAIR[0].search(text):
        for match in _LATIN_PAIR[1].finditer(text):
            pair = (match.group("first"), match.group("second"))
            if all(
                _is_latin_name(name) and not known_model(name) and not _product_or_term(name, text) for name in pair
            ):
                yield from pair
