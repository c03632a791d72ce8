"""The investor lists: the names in a zone that a marker points at, watch-list names and names cut to their
proper-noun part."""

from __future__ import annotations

import re
from collections.abc import Sequence

from common.folding import COMPANY_FORMS, fold_term
from pipelines.classification.funding_rules import FundingRules, OrganisationHit
from pipelines.classification.investor_names import (
    NOT_A_NAME,
    after_phrase_particles,
    by_legal_form,
    firm_before_person,
    firm_of_person,
    is_generic,
    names_joined_by_dots,
    up_to_name_ending,
    without_date_before,
    without_kind_before,
)

_NAME_SEPARATORS = re.compile(r"、|,|\s(?:and|&)\s|および|及び|ならびに|並びに|(?<=[^\sa-z])と(?=[^\s])")
_NAME_NOISE = re.compile(
    r"^(?:(?:including|such as|investors?|existing investors?|new investors?|as well as|other|others|the|with|and"
    r"|from|by|also)\s+)+"
    r"|^(?:ほかに|他に|このほか|また|さらに|加えて|新たに|新規に)、?"
    r"|(?:など|等|ほか|他|の|を|が|に|から|より|各社|計\d+社|\d+社)+$"
    r"|\s(?:and others|among others|and other investors|and existing investors)$"
)


_INVESTOR_PREFIX = re.compile(
    r"^.*(?:投資家|インベスター|株主|出資者|引受先|割当先)(?:は|の|として|に|が|である|:)?\s?"
)


# English name runs: capitalised words, joined by "&", "of", "de" or a hyphen
# ("Fidelity Management & Research Company").
_ENGLISH_NAME = re.compile(
    r"[A-Z0-9][A-Za-z0-9\u00c0-\u00ff.'’-]*(?:\s(?:&\s|of\s|de\s|du\s|by\s)?[A-Z0-9][A-Za-z0-9\u00c0-\u00ff.'’-]*)*"
)
_ENGLISH_FORM = re.compile(r"(?:,?\s(?:Co|Inc|Corp|Ltd|LLC|K\.K|GmbH|AG|plc|L\.P|LP)\.?)+$")
# After a capitalised word, the lower-case words of a kind of investor and a name: "Climate tech investor X",
# "Sovereign wealth fund Y", "Gaming venture firm Z".
_DESCRIBES_THE_NAME_AFTER = re.compile(
    r"(?:\s(?!(?:and|or|with|as|to|in|of|by)\s)[a-z][a-z-]*){0,3}\s(?:investors?|funds?|firms?|backers?|specialists?|vcs?|capitalists?|managers?|lenders?"
    r"|banks?|arms?|units?|groups?|companies|company|house)\s(?:the\s)?[A-Z0-9]"
)
# Capitalised words for an investor's role before its name at a sentence's start: "Investors X and Y led the round".
_ENGLISH_ROLE_BEFORE = re.compile(
    r"^(?:(?:Existing|New|Lead|Fellow|Returning)\s)?(?:Investors?|Backers?|Shareholders?|Co-investors?)\s(?=[A-Z0-9])"
)


# A name after one of these is the object of a phrase ("a stake in X", "the arm of Y", "a fund from the Gulf"), not an
# investor.
_OBJECT_OF = re.compile(r"\b(?:in|into|of|for|at|to|on|from)\s(?:the\s)?$")


# "インクルージョン・ジャパンが運営する…": who runs the fund named after it.
_RUN_BY = re.compile(r"(?P<runner>[^、。]{2,30}?)(?:が|の)(?:運営|管理|運用)(?:する|している)")


# Descriptions before a Japanese investor's name: "米ベンチャーキャピタルの", "インクルージョン・ジャパンが運営する".
_JAPANESE_DESCRIPTION = re.compile(
    r"^(?:.*(?:の|する|した|である|などの)(?=.)|(?:米|英|仏|独|中国|韓国|台湾|シンガポール|香港|欧州|米国|カナダ)(?=[^\s]))"
    # a kind of investor in Latin letters before a Japanese name: "東京のVCアルファキャピタル"
    r"?(?:(?:c?vc|pe)\s?(?=[\u30a0-\u30ff\u4e00-\u9fff]))?"
)


# "Jeff Bezos through Bezos Expeditions", "Jane Doe via her family office Doe Capital": who invests through a vehicle.
_THROUGH_A_VEHICLE = re.compile(r"[\s,]*\s(?:through|via)\s(?:(?:its|his|her|their|the)\s)?(?:[a-z-]+\s){0,3}[A-Z]")


# A body's name joined by "and" after "the": "the International Cooperation and Development Fund", "the Science and
# Technology Agency"; its last word says what it is.
_BODY_WITH_AND = re.compile(
    r"\b[Tt]he\s(?P<name>(?:[A-Z][\w-]*\s){1,4}and\s(?:[A-Z][\w-]*\s){0,3}"
    r"(?:Fund|Bank|Agency|Organi[sz]ation|Institute|Foundation|Corporation|Authority|Council))\b"
)


def lead_names(
    rules: FundingRules, document: str, folded: str, zone: tuple[int, int], organisations: Sequence[OrganisationHit]
) -> list[str]:
    """Clean organisation names in a lead zone: watch-list names, or names cut to their proper-noun part."""
    start, end = zone
    if end <= start:
        return []
    text = document[start:end]
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    joined = (
        [
            match.span("name")
            for match in _BODY_WITH_AND.finditer(text)
            if not _OBJECT_OF.search(text, 0, match.start("name"))  # ("a stake in the X and Y Fund": its object)
        ]
        if " and " in text
        else []
    )
    for span in joined:
        # "the International Cooperation and Development Fund": one body's name with "and" inside it
        spans.append((start + span[0], start + span[1]))
        found.append((start + span[0], text[span[0] : span[1]]))
    for match in _ENGLISH_NAME.finditer(text):
        if any(low <= match.start() < high for low, high in joined):
            continue
        # "Japan's DBJ Capital", "IAN Group-backed BioAngels": the words before the name describe it.
        name = re.sub(r"^.*(?:['’]s|-backed|-owned|-based|-funded)\s", "", match.group(0).strip(" .,'’"))
        name = _ENGLISH_FORM.sub("", name)  # "SBI Investment Co., Ltd.", "Heron Partners Inc."
        name = _ENGLISH_ROLE_BEFORE.sub("", name)  # "Investors Acme Ventures and Beta Capital led the round"
        name = without_kind_before(name, rules)  # "Japanese VC Acme Ventures"
        name = without_date_before(name)  # "In March 2024 Thrive Capital led its seed round"
        if " of " in name:
            name = firm_of_person(name, rules)  # "Jane Doe of Acme Ventures"
        elif "' " in name or "’ " in name:
            name = firm_before_person(name, rules)  # "Acme Ventures' Jane Doe"
        if _PERSON_ROLE_BEFORE.search(text, max(match.start() - 40, 0), match.start()) or _OFFICER.match(name):
            continue  # "Acme Ventures partner Jane Doe", "Tsubame's CEO Taro Yamada": a person of a firm named before
        if re.match(r"[\u30a0-\u30ff\u4e00-\u9fff]", text[match.end() : match.end() + 1]):
            continue  # the Latin start of a Japanese name: "ICJ2号ファンド", "SMBCベンチャーキャピタル"
        if text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start()):
            continue  # a short form in brackets: "Andreessen Horowitz (a16z)", "…開発(東大IPC)"
        if _OBJECT_OF.search(text, 0, match.start()):
            continue  # "the largest shareholder in Mistral AI": the company, not who led
        if _DESCRIBES_THE_NAME_AFTER.match(text, match.end()):
            continue  # "Climate tech investor X", "Sovereign wealth fund Y": a description of the name after it
        if _THROUGH_A_VEHICLE.match(text, match.end()):
            continue  # "Jane Doe through Doe Family Office": the vehicle invests, not the person before it
        if len(name) >= 2 and not NOT_A_NAME.fullmatch(name) and not is_generic(name, rules.generic_investor_words):
            spans.append((start + match.start(), start + match.end()))
            # (where the name itself starts, once descriptions are cut: "Japan's JIC" is the watch-list hit JIC)
            found.append((start + match.start() + max(match.group(0).find(name), 0), name))
    for hit in _outer_hits(folded, organisations):
        if (
            start <= hit.start
            and hit.end <= end
            and not _possessive(document, hit)
            and not _inside_a_kanji_word(folded, hit)
            and not _OBJECT_OF.search(folded, start, hit.start)
        ):
            longer = next(
                (
                    span
                    for span in spans
                    if span[0] <= hit.start and hit.end <= span[1] and span != (hit.start, hit.end)
                ),
                None,
            )
            if longer is not None and (
                up_to_name_ending(fold_term(document[longer[0] : longer[1]]), rules.name_endings)
                or re.search(r"\s(?:by|of|de|du)\s$", document[longer[0] : hit.start])
            ):
                continue  # "Salesforce Ventures", "Woven by Toyota": not the Salesforce or Toyota inside it
            found = [(position, name) for position, name in found if not (hit.start <= position < hit.end)]
            found.append((hit.start, _own_name(rules, document, folded, hit, end, organisations)))
    if not text.isascii():
        for piece in _NAME_SEPARATORS.split(folded[start:end]):
            piece_start = folded.find(piece, start, end) if piece else -1
            if piece_start < 0 or any(piece_start <= position < piece_start + len(piece) for position, _ in found):
                continue
            phrase = _NAME_NOISE.sub("", after_phrase_particles(piece.strip()))
            cleaned = _JAPANESE_DESCRIPTION.sub("", phrase)
            cleaned = (
                up_to_name_ending(cleaned, rules.name_endings)
                or (cleaned if re.fullmatch(r"[\u30a0-\u30ff・ー]{3,20}", cleaned) else "")
                # "ヘロン・キャピタルの山田太郎パートナー": the firm before a person of it
                or up_to_name_ending(phrase.split("の")[0], rules.name_endings)
                # "株式会社アルファ製作所をリードとする", "リード投資家は東海精機株式会社": a company by its legal form
                or by_legal_form(phrase)
            )
            if 2 <= len(cleaned) <= 40 and not is_generic(cleaned, rules.generic_investor_words):
                offset = folded.find(cleaned, piece_start)
                found.append((offset, COMPANY_FORMS.sub("", document[offset : offset + len(cleaned)]).strip(" ,、・")))
    found.sort()
    return list(dict.fromkeys(name for _, name in found if name))


# A person's role between a firm and the person: "Acme Ventures partner Jane Doe", "Beta Capital's CEO John Roe".
_PERSON_ROLE_BEFORE = re.compile(
    r"\s(?:general\s|managing\s|founding\s|senior\s|vice\s)?(?:partner|principal|founder|co-founder|cofounder|ceo"
    r"|president|chairman|chairwoman|director|associate|analyst)\s$"
)
# A company's officer named by the role's letters: "CEO Taro Yamada" (the firm's possessive before it is cut off).
_OFFICER = re.compile(r"(?:CEO|CTO|COO|CFO|CIO|Founder|Co-founder|Cofounder|President|Chairman|Chairwoman)\s")


_KANJI = re.compile(r"[\u4e00-\u9fff]")
# One-letter country prefixes before a name: "米グーグル", "英アーム".
_COUNTRY_LETTERS = "米英仏独中韓台加豪印欧露伊"


def _inside_a_kanji_word(folded: str, hit: OrganisationHit) -> bool:
    """Whether a watch-list name written in kanji is the middle of a longer kanji word ("国連" in "アラブ首長国連邦"),
    not a name of its own; a country's letter before it ("米…") is no such word."""
    before = folded[hit.start - 1 : hit.start]
    return bool(
        before
        and before not in _COUNTRY_LETTERS
        and _KANJI.match(before)
        and _KANJI.match(folded, hit.start)
        # a headline's clause whose space normalising dropped: "…を調達 東京大学が主導"
        and not folded.endswith(("調達", "実施", "発表", "完了", "出資", "増資"), 0, hit.start)
    )


def _outer_hits(folded: str, organisations: Sequence[OrganisationHit]) -> list[OrganisationHit]:
    """The hits that are names of their own: not one inside another's span, nor its short form in brackets after it
    ("東京大学協創プラットフォーム開発(東大IPC)" is one investor, not also 東大 and IPC)."""
    kept = []
    for hit in organisations:
        inside = any(
            other is not hit
            and (other.start <= hit.start and hit.end <= other.end and (other.start, other.end) != (hit.start, hit.end))
            for other in organisations
        )
        bracketed = any(
            other.end < hit.start
            and folded[other.end : other.end + 1] == "("
            and ")" not in folded[other.end : hit.start]
            for other in organisations
        )
        if not inside and not bracketed:
            kept.append(hit)
    return kept


# A country's one-character name before a foreign investor's katakana or Latin name: "米デルタベンチャーズ", "英Acme".
_COUNTRY_BEFORE_NAME = re.compile(r"^(?:米|英|仏|独|中|韓|加|豪|印|米国|中国|韓国)(?=[\u30a1-\u30faa-z])")


def names_in_zone(
    rules: FundingRules, document: str, folded: str, zone: tuple[int, int], organisations: Sequence[OrganisationHit]
) -> list[str]:
    start, end = zone
    names = [
        _own_name(rules, document, folded, hit, end, organisations)
        for hit in organisations
        if start <= hit.start and hit.end <= end and not _possessive(document, hit)
    ]
    covered = [(hit.start, hit.end) for hit in organisations if start <= hit.start and hit.end <= end]
    position = start
    pieces = [
        part
        for piece in _NAME_SEPARATORS.split(folded[start:end])
        for part in names_joined_by_dots(piece, rules.name_endings)
    ]
    for piece in pieces:
        piece_start = folded.find(piece, position, end) if piece else -1
        if piece_start < 0:
            continue
        position = piece_start + len(piece)
        if any(piece_start < hit_end and hit_start < piece_start + len(piece) for hit_start, hit_end in covered):
            continue
        cleaned = _INVESTOR_PREFIX.sub("", _NAME_NOISE.sub("", piece.strip()).strip())
        cleaned = up_to_name_ending(cleaned, rules.name_endings)
        runner = _RUN_BY.match(cleaned)
        if runner is not None:
            # "Xが運営するYファンド" is Y's fund; "Xが運営するファンド" has no name of its own but X's.
            own = cleaned[runner.end() :]
            cleaned = own if own not in rules.name_endings else runner["runner"]
            # "Xが運用するファンドCVI Investments": the fund's own name, after the word "fund"
            cleaned = _FUND_WORD_BEFORE_LATIN.sub("", cleaned)
        cleaned = after_phrase_particles(cleaned)
        described = _DESCRIPTION_BEFORE_NO.match(cleaned)
        if described is not None and up_to_name_ending(cleaned[described.end() :], rules.name_endings):
            cleaned = cleaned[described.end() :]  # "地銀系VCのイプシロンキャピタル": the name after its description
        cleaned = _COUNTRY_BEFORE_NAME.sub("", cleaned)  # "米デルタベンチャーズ": a US firm, named デルタベンチャーズ
        if cleaned and 2 <= len(cleaned) <= 60 and not is_generic(cleaned, rules.generic_investor_words):
            offset = folded.find(cleaned, piece_start)
            original = document[offset : offset + len(cleaned)]
            names.append(COMPANY_FORMS.sub("", original).strip(" ,、・") or original)
    return list(dict.fromkeys(names))


# The characters of one Japanese name written without spaces: "グロービス・キャピタル・パートナーズ",
# "三菱UFJキャピタル".
_JAPANESE_NAME_RUN = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&]+")


_FUND_WORD_BEFORE_LATIN = re.compile(r"^(?:投資)?(?:ファンド|会社)(?=[a-z])")


_SAME_COMPANY_TAILS = frozenset({"グループ", "ホールディングス", "group", "holdings"})


def _own_name(
    rules: FundingRules,
    document: str,
    folded: str,
    hit: OrganisationHit,
    limit: int,
    organisations: Sequence[OrganisationHit] = (),
) -> str:
    """A watch-list name, or the longer fund or firm named after it ("グロービス・キャピタル・パートナーズ" is
    not GLOBIS, "NTTドコモ・ベンチャーズ" not NTT Docomo); a list joined by "・" ("三井物産・三菱商事・NTT") is
    several names, not a longer one."""
    run = _JAPANESE_NAME_RUN.match(folded, hit.start, limit)
    if run is None or run.end() <= hit.end or folded[hit.start : hit.end].isascii() and run.group(0).isascii():
        return hit.organisation.name
    if any(hit.end < other.start < run.end() and folded[other.start - 1] == "・" for other in organisations):
        return hit.organisation.name
    longer = up_to_name_ending(run.group(0), rules.name_endings)
    if len(longer) <= hit.end - hit.start or longer[hit.end - hit.start :].lstrip("・") in _SAME_COMPANY_TAILS:
        return hit.organisation.name  # ("ジャフコグループ" is JAFCO itself, not a fund named after it)
    return COMPANY_FORMS.sub("", document[hit.start : hit.start + len(longer)]).strip(" ,、・")


def _possessive(document: str, hit: OrganisationHit) -> bool:
    """Whether the name is a possessive: in "GV, Google's venture arm" Google describes GV, it does not invest."""
    return document[hit.end : hit.end + 2] in ("'s", "’s")


# Everything up to a の that a written word follows (みずほ, みちのく keep theirs).
_DESCRIPTION_BEFORE_NO = re.compile(r"^.*の(?=[\u30a1-\u30fa\u4e00-\u9fffA-Za-z])")
