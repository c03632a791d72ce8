"""Funding rounds: the amount of this round, its qualifier, round, instrument and investors."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from common.folding import COMPANY_FORMS, fold_term
from config.watchlist import Organisation
from pipelines.classification.money import Money, find_money
from pipelines.classification.text import TermMatcher

# A funding amount below this many yen is a price or a fee, not a round.
MINIMUM_ROUND_YEN = 1_000_000
_SENTENCE_END = re.compile(r"[。!?;]|\.(?:\s|$)")
_CLAUSE_END = re.compile(r"[。!?;,、(]|\.(?:\s|$)")
_NAME_SEPARATORS = re.compile(r"、|,|\s(?:and|&)\s|および|及び|ならびに|並びに|(?<=[^\sa-z])と(?=[^\s])")
_NAME_NOISE = re.compile(
    r"^(?:(?:including|such as|investors?|existing investors?|new investors?|as well as|other|others|the|with|and|from|by|also)\s+)+"
    r"|(?:など|等|ほか|他|の|を|が|に|から|より|各社|計\d+社|\d+社)+$"
    r"|\s(?:and others|among others|and other investors|and existing investors)$"
)
_ENGLISH_SUBJECT = re.compile(
    r"^(?P<name>[^,:;]{2,60}?)\s(?:raises|raised|secures|secured|closes|closed|lands|bags|gets|nabs|announces)\b"
)
_JAPANESE_SUBJECT = re.compile(r"^(?:【[^】]*】|\[[^\]]*\])?(?P<name>[^、。はが「」]{2,40}?)(?:、|は|が)")
# "生成AIで図面を読む株式会社X" names X; the words before the company form describe it.
_AFTER_COMPANY_FORM = re.compile(r"(?:株式会社|\(株\)|合同会社)\s?(?P<name>[^\s、。はが「」]{1,30})$")
# Japanese words for an investor's role: "リード投資家はX", "既存投資家のX" name X after them.
_ROLE_NOUNS = frozenset({"リード投資家", "リードインベスター", "既存投資家", "投資家", "引受先", "割当先", "出資者"})
# "米Anysphere", "仏ミストラルAI": the country written before a foreign company's name is not part of it.
_COUNTRY_PREFIX = re.compile(
    r"^(?:米|英|仏|独|中|中国|韓国|台湾|加|豪|印|米国|欧州|シンガポール|イスラエル)(?=[A-Za-z\u30a0-\u30ff])"
)
_INVESTOR_FIRST = re.compile(
    r"^(?:【[^】]*】)?(?P<investor>[^、。はが「」]{2,30}?)(?:、|は|が)(?:[^、。]{0,12}の)?(?P<company>[^、。はがにへ「」]{2,30}?)(?:に|へ)"
    r"[^、。]{0,20}(?:出資|投資)"
)
_INVESTOR_PREFIX = re.compile(r"^.*(?:投資家|インベスター|株主|出資者|引受先|割当先)(?:は|の|として|に|が)?")


@dataclass(frozen=True)
class FundingRules:
    """The funding part of the lexicon and the currency rates, ready to match."""

    not_this_round: TermMatcher[str]
    raise_verbs: TermMatcher[str]
    qualifiers: TermMatcher[str]
    lead_markers: TermMatcher[str]
    investor_markers: TermMatcher[str]
    name_endings: tuple[str, ...]
    undisclosed: TermMatcher[str]
    rounds: TermMatcher[str]
    instruments: TermMatcher[str]
    grant_received: TermMatcher[str]
    yen_per_unit: Mapping[str, float]

    @classmethod
    def from_lexicon(cls, funding: Mapping[str, Any], yen_per_unit: Mapping[str, float]) -> FundingRules:
        def matcher(terms: Sequence[str], payload: str = "") -> TermMatcher[str]:
            return TermMatcher({fold_term(term): [payload or fold_term(term)] for term in terms})

        def slug_matcher(table: Mapping[str, Sequence[str]]) -> TermMatcher[str]:
            terms: dict[str, list[str]] = {}
            for slug, words in table.items():
                for word in words:
                    terms.setdefault(fold_term(word), []).append(slug)
            return TermMatcher(terms, opaque=terms)

        return cls(
            not_this_round=matcher(funding["not_this_round"]),
            raise_verbs=matcher(funding["raise_verbs"]),
            qualifiers=slug_matcher(
                {
                    "about": funding["qualifier_about"],
                    "total": funding["qualifier_total"],
                    "up_to": funding["qualifier_up_to"],
                }
            ),
            lead_markers=matcher(funding["lead"]),
            investor_markers=matcher(funding["investors"]),
            name_endings=tuple(fold_term(ending) for ending in funding["investor_name_endings"]),
            undisclosed=matcher(funding["undisclosed"]),
            rounds=slug_matcher(funding["rounds"]),
            instruments=slug_matcher(funding["instruments"]),
            grant_received=matcher(funding.get("grant_received", [])),
            yen_per_unit=dict(yen_per_unit),
        )


@dataclass(frozen=True)
class OrganisationHit:
    organisation: Organisation
    start: int
    end: int


def extract_funding(
    rules: FundingRules,
    document: str,
    folded: str,
    title_length: int,
    organisations: Sequence[OrganisationHit],
    issuer: Organisation | None,
) -> tuple[dict[str, Any], list[str]]:
    """The round a funding story announces, and the reasons for each part.

    ``document`` is the normalised title and text joined by "。", ``folded``
    its folded form (same offsets); ``organisations`` the watch-list hits in it.
    """
    reasons: list[str] = []
    money, qualifier, written_from = _round_amount(rules, folded, title_length, reasons)
    amount_jpy = None
    as_written = None
    if money is not None:
        as_written = document[written_from : money.end].strip()
        if qualifier:
            reasons.append(f"funding:qualifier={qualifier}")
        amount_jpy = _paired_yen(folded, money) or money.in_yen(rules.yen_per_unit)
        reasons.append(f"funding:amount={as_written}")
    elif any(rules.undisclosed.find(folded)):
        reasons.append("funding:amount undisclosed")
    round_slug = _round(rules, folded, title_length, money)
    instrument = _instrument(rules, folded, round_slug)
    if round_slug:
        reasons.append(f"funding:round={round_slug}")
    if instrument:
        reasons.append(f"funding:instrument={instrument}")
    company, investors, leads = _parties(rules, document, folded, organisations, issuer)
    if leads:
        reasons.append("funding:lead=" + ", ".join(leads))
    funding = {
        "company": company,
        "as_written": as_written,
        "amount": _json_number(money.amount) if money else None,
        "currency": money.currency if money else None,
        "amount_jpy": amount_jpy,
        "qualifier": qualifier,
        "round": round_slug,
        "instrument": instrument,
        "investors": investors,
        "lead_investors": leads,
        "undisclosed": money is None,
    }
    return funding, reasons


def _json_number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _sentence_bounds(folded: str, position: int) -> tuple[int, int]:
    start = 0
    for match in _SENTENCE_END.finditer(folded, 0, position):
        start = match.end()
    end_match = _SENTENCE_END.search(folded, position)
    return start, end_match.start() if end_match else len(folded)


def _round_amount(
    rules: FundingRules, folded: str, title_length: int, reasons: list[str]
) -> tuple[Money | None, str | None, int | None]:
    """The amount raised in this round: the first one that is not a total to date, a valuation or spending."""
    candidates: list[tuple[int, Money, str | None]] = []
    for money in find_money(folded):
        yen = money.in_yen(rules.yen_per_unit)
        if yen is not None and yen < MINIMUM_ROUND_YEN:
            continue
        sentence_start, sentence_end = _sentence_bounds(folded, money.start)
        before = folded[max(sentence_start, money.start - 30) : money.start]
        after_match = _CLAUSE_END.search(folded, money.end, sentence_end)
        after = folded[money.end : min(money.end + 16, after_match.start() if after_match else sentence_end)]
        excluded = ([*rules.not_this_round.find(before)][-1:] or [*rules.not_this_round.find(after)][:1] or [None])[0]
        if excluded is not None:
            reasons.append(f"funding:ignored {folded[money.start : money.end]} ({excluded.term})")
            continue
        qualifier = None
        written_from = money.start
        tail = before[-8:]
        for hit in rules.qualifiers.find(tail):
            if hit.end >= len(tail) - 3:
                qualifier = qualifier if qualifier in ("up_to", "total") else hit.payloads[0]
                written_from = min(written_from, money.start - len(tail) + hit.start)
        sentence = folded[sentence_start:sentence_end]
        raising = any(rules.raise_verbs.find(sentence))
        in_title = money.start < title_length
        rank = (0 if in_title else 2) + (0 if raising else 1)
        candidates.append((rank, money, qualifier, written_from))
    if not candidates:
        return None, None, None
    rank, money, qualifier, written_from = min(candidates, key=lambda candidate: (candidate[0], candidate[1].start))
    if money.start < title_length:
        # A headline rounds ("$30m"); the body may give the same amount exactly ("USD 30.3m").
        for _, other, other_qualifier, other_from in candidates:
            if (
                other.start >= title_length
                and other.currency == money.currency
                and other.amount != money.amount
                and abs(other.amount - money.amount) <= money.amount * Decimal("0.05")
                and _significant_digits(other.amount) > _significant_digits(money.amount)
            ):
                return other, other_qualifier, other_from
    return money, qualifier, written_from


def _significant_digits(amount: Decimal) -> int:
    return len(str(amount.normalize()).replace(".", "").replace("-", "").rstrip("0").lstrip("0")) if amount else 0


def _paired_yen(folded: str, money: Money) -> int | None:
    """The yen figure written next to a foreign amount, as in "$135M (約200億円)" or "1億ドル(約150億円)"."""
    if money.currency == "JPY":
        return None
    following = folded[money.end : money.end + 24]
    opening = following.lstrip().startswith("(")
    if not opening:
        return None
    for paired in find_money(following):
        if paired.currency == "JPY" and paired.start <= following.index("(") + 4:
            return int(paired.amount)
    return None


def _round(rules: FundingRules, folded: str, title_length: int, money: Money | None) -> str | None:
    hits = list(rules.rounds.find(folded))
    if not hits:
        return None
    in_title = [hit for hit in hits if hit.start < title_length]
    if money is not None:
        start, end = _sentence_bounds(folded, money.start)
        near = [hit for hit in hits if start <= hit.start < end]
    else:
        near = []
    chosen = in_title or near or hits
    slugs = [hit.payloads[0] for hit in chosen]
    staged = [slug for slug in slugs if slug not in ("extension", "debt", "j_kiss", "angel")]
    extension = "extension" in slugs
    if staged:
        return f"{staged[0]}_extension" if extension else staged[0]
    for slug in ("j_kiss", "extension", "angel", "debt"):
        if slug in slugs:
            return slug
    return None


def _instrument(rules: FundingRules, folded: str, round_slug: str | None) -> str | None:
    found = {hit.payloads[0] for hit in rules.instruments.find(folded)}
    if round_slug == "j_kiss":
        found.add("convertible")
    if round_slug == "debt":
        found.add("debt")
    ordered = [kind for kind in ("equity", "convertible", "debt") if kind in found]
    return "+".join(ordered) if ordered else None


def _parties(
    rules: FundingRules,
    document: str,
    folded: str,
    organisations: Sequence[OrganisationHit],
    issuer: Organisation | None,
) -> tuple[str | None, list[str], list[str]]:
    """Who raised the money, who invested, and who led."""
    investors: dict[str, None] = {}
    leads: dict[str, None] = {}
    company = issuer.name if issuer else None
    for marker in rules.lead_markers.find(folded):
        zone = _lead_zone(folded, marker.start, marker.end, marker.term)
        for name in _lead_names(rules, document, folded, zone, organisations):
            leads[name] = None
    for marker in rules.investor_markers.find(folded):
        if marker.term in ("から", "より") and not re.match(
            r".{0,16}?(?:調達|出資|資金|融資|借入|億|万)", folded[marker.end :]
        ):
            continue
        if marker.term == "from" and not any(
            rules.raise_verbs.find(folded[_sentence_bounds(folded, marker.start)[0] : marker.start])
        ):
            continue
        zone = _zone(folded, marker.start, marker.end, marker.term)
        # English investor lists are runs of proper nouns; Japanese ones need a watch-list name or an investor ending.
        pick = _lead_names if document[zone[0] : zone[1]].isascii() and marker.term.isascii() else _names_in_zone
        for name in pick(rules, document, folded, zone, organisations):
            investors[name] = None
    for match in re.finditer(
        r"(?:に|へ|への)(?:出資|投資)|\b(?:invests|invested|investment|invest|stake) in\b", folded
    ):
        target = _first_organisation_near(organisations, match, before=match.group(0)[0] in "にへ")
        if target is not None and target.organisation.name not in leads:
            company = company or target.organisation.name
            start, _ = _sentence_bounds(folded, match.start())
            for hit in organisations:
                if start <= hit.start < match.start() and hit is not target:
                    investors[hit.organisation.name] = None
    if company is None:
        investor_first = _INVESTOR_FIRST.match(document[: folded.find("。") if "。" in folded else len(document)])
        if investor_first is not None:
            # "フーバー・キャピタル、カワセミAIに30億円を出資": the investor is named first, the company takes the money.
            company = COMPANY_FORMS.sub("", investor_first["company"]).strip(" ,、・") or None
            investor = COMPANY_FORMS.sub("", investor_first["investor"]).strip(" ,、・")
            resolved = next(
                (hit.organisation.name for hit in organisations if hit.end <= len(investor_first["investor"]) + 1), None
            )
            investors[resolved or investor] = None
    if company is None:
        company = _subject(document, folded, organisations, investors, leads)
    investors.pop(company, None)
    leads.pop(company, None)
    # A ministry that pays a subsidy is its grantor, not an investor.
    for hit in organisations:
        if hit.organisation.sector == "ministry":
            investors.pop(hit.organisation.name, None)
    for name in leads:
        investors[name] = None
    return company, list(investors), list(leads)


# English name runs: capitalised words, joined by "&", "of", "de" or a hyphen ("Fidelity Management & Research Company").
_ENGLISH_NAME = re.compile(r"[A-Z0-9][\w.'’-]*(?:\s(?:&\s|of\s|de\s|du\s)?[A-Z0-9][\w.'’-]*)*")
# After these a lead list is over: the next words name other investors or say something else.
_LEAD_LIST_END = re.compile(
    r"[。;:()]|\.(?:\s|$)|,? (?:with|alongside|joined by|to |at |bringing|which|who|that|for |in a |in its |as part|as well as|"
    r"and (?:existing|other|new|several)|participation|plus )"
)
_PARTICIPATION = re.compile(r"particip|joined|join|also invested|took part|contributed|invested")
# Descriptions before a Japanese investor's name: "米ベンチャーキャピタルの", "インクルージョン・ジャパンが運営する".
_JAPANESE_DESCRIPTION = re.compile(
    r"^.*(?:の|する|した|である|などの)(?=.)|^(?:米|英|仏|独|中国|韓国|台湾|シンガポール|香港|欧州|米国|カナダ)(?=[^\s])"
)


def _lead_zone(folded: str, start: int, end: int, term: str) -> tuple[int, int]:
    """Where the leads of a lead marker are named.

    English "led by X, Y and Z" names them after the marker, up to where the list ends; "X led the round"
    before it. Japanese "Xが主導" / "Xをリード投資家として" before it, "リード投資家はX" after it, and
    "XはYの調達を主導" names the sentence's subject X.
    """
    sentence_start, sentence_end = _sentence_bounds(folded, start)
    if (
        term.isascii()
        and not term.startswith(("led the", "co-led the", "leading the", "lead investor"))
        and term != "led"
    ):
        stop = _LEAD_LIST_END.search(folded, end, sentence_end)
        zone_end = stop.start() if stop else sentence_end
        comma_and = folded.find(", and ", end, zone_end)
        if comma_and >= 0 and _PARTICIPATION.search(folded, comma_and, sentence_end):
            zone_end = comma_and
        return end, zone_end
    if term.isascii():
        head = folded[sentence_start:start]
        cut = max(head.rfind(", "), head.rfind("; "))
        return sentence_start + (cut + 2 if cut >= 0 and cut > len(head) - 80 and "led by" not in head else 0), start
    if folded.startswith(("は", "に"), end) and term in _ROLE_NOUNS:
        stop = re.search(r"[。、;:()]|など|ほか|で(?:ある|す)", folded[end + 1 : sentence_end])
        return end + 1, end + 1 + (stop.start() if stop else sentence_end - end - 1)
    if folded[max(start - 1, 0) : start] == "を" and term in ("主導", "リード"):
        head = folded[sentence_start:start]
        subject = re.search(r"は、|は|が|、", head)  # "XはYの調達を主導", and the headline form "X、Yの調達を主導"
        if subject is not None:
            return sentence_start, sentence_start + subject.start()
    head = folded[sentence_start:start]
    cut = max(
        (
            head.rfind(stop) + len(stop)
            for stop in ("として、", "とし、", "は、", "により、", "、", "。")
            if stop in head
        ),
        default=0,
    )
    head_end = start
    for suffix in ("をリード投資家として", "をリード投資家とし", "がリード投資家となり", "が", "を", "の"):
        if folded.endswith(suffix, sentence_start, start):
            head_end = start - len(suffix)
            break
    return sentence_start + cut, head_end


def _lead_names(
    rules: FundingRules, document: str, folded: str, zone: tuple[int, int], organisations: Sequence[OrganisationHit]
) -> list[str]:
    """Clean organisation names in a lead zone: watch-list names, or names cut to their proper-noun part."""
    start, end = zone
    if end <= start:
        return []
    text = document[start:end]
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    for match in _ENGLISH_NAME.finditer(text):
        name = match.group(0).strip(" .,'’")
        if len(name) >= 2 and not re.fullmatch(r"[\d.]+|[A-Z]|Series\s.*|The|In|On|It", name):
            spans.append((start + match.start(), start + match.end()))
            found.append((start + match.start(), name))
    for hit in organisations:
        if start <= hit.start and hit.end <= end:
            longer = next(
                (
                    span
                    for span in spans
                    if span[0] <= hit.start and hit.end <= span[1] and span != (hit.start, hit.end)
                ),
                None,
            )
            if longer is not None and _up_to_name_ending(
                fold_term(document[longer[0] : longer[1]]), rules.name_endings
            ):
                continue  # "Salesforce Ventures", not the Salesforce inside it
            found = [(position, name) for position, name in found if not (hit.start <= position < hit.end)]
            found.append((hit.start, hit.organisation.name))
    if not text.isascii():
        for piece in _NAME_SEPARATORS.split(folded[start:end]):
            piece_start = folded.find(piece, start, end) if piece else -1
            if piece_start < 0 or any(piece_start <= position < piece_start + len(piece) for position, _ in found):
                continue
            cleaned = _JAPANESE_DESCRIPTION.sub("", _NAME_NOISE.sub("", piece.strip()))
            cleaned = _up_to_name_ending(cleaned, rules.name_endings) or (
                cleaned if re.fullmatch(r"[\u30a0-\u30ff・ー]{3,20}", cleaned) else ""
            )
            if 2 <= len(cleaned) <= 40:
                offset = folded.find(cleaned, piece_start)
                found.append((offset, COMPANY_FORMS.sub("", document[offset : offset + len(cleaned)]).strip(" ,、・")))
    found.sort()
    return list(dict.fromkeys(name for _, name in found if name))


def _zone(folded: str, start: int, end: int, term: str) -> tuple[int, int]:
    """Where the names that a marker refers to are: after English "led by ...", before Japanese "...が主導"."""
    sentence_start, sentence_end = _sentence_bounds(folded, start)
    points_forward = term.isascii() and not term.endswith(
        ("participated", "led the round", "co-led the round", "leading the round", "lead investor", "lead investors")
    )
    if term in _ROLE_NOUNS and folded.startswith(("は", "に", "の"), end):
        points_forward = True
        end += 1
    if points_forward and not term.isascii():
        stop = re.search(r"[。、;:()]", folded[end:sentence_end])
        return end, end + stop.start() if stop else sentence_end
    if points_forward:
        stop = re.search(
            r"[。;:()]|\.(?:\s|$)|,? (?:to|at|bringing|which|who|that|for|in a|in its|as part|with|alongside|as well as|and (?:existing|other|new))\b",
            folded[end:sentence_end],
        )
        return end, end + stop.start() if stop else sentence_end
    head = folded[sentence_start:start]
    cut = max(
        (
            head.rfind(stop) + len(stop)
            for stop in ("として、", "とし、", "として", "は、", "により、", "。")
            if stop in head
        ),
        default=0,
    )
    if not term.isascii() and term not in (*_ROLE_NOUNS, "引受", "参加", "が出資"):
        cut = max(cut, head.rfind("、") + 1)
    return sentence_start + cut, start


def _names_in_zone(
    rules: FundingRules, document: str, folded: str, zone: tuple[int, int], organisations: Sequence[OrganisationHit]
) -> list[str]:
    start, end = zone
    names = [hit.organisation.name for hit in organisations if start <= hit.start and hit.end <= end]
    covered = [(hit.start, hit.end) for hit in organisations if start <= hit.start and hit.end <= end]
    position = start
    for piece in _NAME_SEPARATORS.split(folded[start:end]):
        piece_start = folded.find(piece, position, end) if piece else -1
        if piece_start < 0:
            continue
        position = piece_start + len(piece)
        if any(piece_start < hit_end and hit_start < piece_start + len(piece) for hit_start, hit_end in covered):
            continue
        cleaned = _INVESTOR_PREFIX.sub("", _NAME_NOISE.sub("", piece.strip()).strip())
        cleaned = _up_to_name_ending(cleaned, rules.name_endings)
        if cleaned and 2 <= len(cleaned) <= 60:
            offset = folded.find(cleaned, piece_start)
            original = document[offset : offset + len(cleaned)]
            names.append(COMPANY_FORMS.sub("", original).strip(" ,、・") or original)
    return list(dict.fromkeys(names))


def _up_to_name_ending(piece: str, endings: tuple[str, ...]) -> str:
    """The piece cut after the last investor-name ending it contains ("ツバサキャピタルも追加出資" -> "ツバサキャピタル")."""
    best = -1
    for ending in endings:
        position = piece.rfind(ending)
        if position >= 0 and (
            not ending.isascii() or position + len(ending) == len(piece) or not piece[position + len(ending)].isalnum()
        ):
            best = max(best, position + len(ending))
    return piece[:best] if best > 0 else ""


def _first_organisation_near(
    organisations: Sequence[OrganisationHit], match: re.Match, before: bool
) -> OrganisationHit | None:
    if before:
        candidates = [hit for hit in organisations if 0 <= match.start() - hit.end <= 3]
        return candidates[-1] if candidates else None
    candidates = [hit for hit in organisations if 0 <= hit.start - match.end() <= 4]
    return candidates[0] if candidates else None


def _subject(
    document: str,
    folded: str,
    organisations: Sequence[OrganisationHit],
    investors: Mapping[str, None],
    leads: Mapping[str, None],
) -> str | None:
    """The company a funding headline is about: its first organisation that is not an investor, or its grammatical subject."""
    title_end = folded.find("。")
    title_end = len(folded) if title_end < 0 else title_end
    for hit in organisations:
        name = hit.organisation.name
        if (
            hit.start < title_end
            and name not in investors
            and name not in leads
            and hit.organisation.sector != "ministry"
        ):
            return name
    title = document[:title_end]
    match = _ENGLISH_SUBJECT.match(title) or _JAPANESE_SUBJECT.match(title)
    if match:
        name = match["name"]
        named = _AFTER_COMPANY_FORM.search(name)
        name = COMPANY_FORMS.sub("", named["name"] if named else name).strip(" ,、・")
        return _COUNTRY_PREFIX.sub("", name) or None
    return None
