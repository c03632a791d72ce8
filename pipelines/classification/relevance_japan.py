"""The Japan evidence of an item: the Japanese language, places, the state, national words, company forms,
people named in Japanese, Japanese organisations and models and the issuer, less what is another country's or no
party to the story; and the addresses that make an item Japanese by where it appears."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from common.text import host_within
from config.watchlist import ModelFamily, Organisation
from pipelines.classification.relevance import Evidence
from pipelines.classification.relevance_bystanders import (
    BACKGROUND_WORDS,
    CITATION_WORDS,
    PAST_EMPLOYER_WORDS,
    an_outlet,
    one_backer,
    only_cited,
    only_in_background,
    only_past_employer,
)
from pipelines.classification.relevance_foreign import ForeignMarks

# Three languages or more, by number or by word ("nine languages", "12 languages", "30以上の言語", "複数の言語");
# two ("Japanese and English, two languages", 日英2言語) is a bilingual model, still about Japanese.
_MANY_LANGUAGES = re.compile(
    r"(?:(?<![\d.])(?:[3-9]|[1-9]\d+)(?:\+|以上)?\s?(?:の)?(?:languages|言語|か国語|カ国語)"
    r"|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of"
    r"|hundreds of|several|multiple|various|diverse|numerous) (?:\w+ )?languages|複数の?言語)"
)
# Words that say "across languages" without saying how many: between Japanese and English ("cross-lingual transfer
# from English to Japanese") they are a bilingual study, still about Japanese; Japanese as one of several only with
# two other languages named or a count of three or more.
_BETWEEN_LANGUAGES = frozenset({"cross-lingual", "crosslingual"})

# A title that names Japanese as one of a set: "..., including Japanese", "日本語を含む", "日本語など", and a product
# that supports Japanese too ("…を公開、日本語にも対応", "now also supports Japanese"): a language added to others.
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:including|such as|incl\.) japanese|日本語を含む|日本語など|日本語や|日本語に?も(?:対応|サポート)"
    r"|\balso supports? japanese"
)


# What a text in Japanese says of itself when it explains another's work ("論文を日本語で要約している", "日本語で解説",
# "日本語で紹介", "論文の日本語要旨"): Japanese is the language of the write-up, not of the study (a digest of a paper
# on Chinese law or African languages).
# Only of a work the sentence names before it (論文, 研究, 報告, レビュー, 記事): a product that summarises minutes in
# Japanese ("議事録を日本語で要約するLLM") works in Japanese.
_WRITE_UP_VERBS = ("で要約", "で解説", "で紹介", "でまとめ")
# The same as a noun after the work: "論文の日本語要旨", "記事の日本語訳", "論文の日本語解説".
_WRITE_UP_NOUNS = ("要旨", "要約", "訳", "解説")
_WRITE_UPS = _WRITE_UP_VERBS + _WRITE_UP_NOUNS
_WORKS = ("論文", "研究", "報告", "レビュー", "記事", "paper")
_WORKS_OF = tuple(f"{work}の" for work in _WORKS)


def _only_the_write_up(term: str, folded: str) -> bool:
    """Whether every place the language term is written is the language the item explains another's work in."""
    start = folded.find(term)
    if start == -1:
        return False
    while start != -1:
        end = start + len(term)
        if not folded.startswith(_WRITE_UPS, end):
            return False
        if not folded.startswith(_WRITE_UP_VERBS, end) and not folded.endswith(_WORKS_OF, 0, start):
            return False  # a noun only right after the work it writes up: "論文の日本語訳", not "指示データの日本語訳"
        before = folded[max(folded.rfind("。", 0, start) + 1, start - 60) : start]
        if not any(work in before for work in _WORKS):
            return False
        start = folded.find(term, end)
    return True


# A person written in kanji with さん ("山寺宏一さん", "九段理江さんら"): how a Japanese newsroom names a Japanese
# private person, an actor or a writer (a foreign one is written in katakana, a Chinese official with 氏). Japan
# evidence when the people are the story's own (``_japanese_people``).
_JAPANESE_PERSON = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}さん")


def _japanese_people(folded: str, title_length: int) -> str | None:
    """The people written in kanji with さん when they are the story's own: one in the headline, or two or more in
    the text ("山寺宏一さん、関俊彦さんらが出演"); a single one in the body may be a commentator a report quotes on
    another country's news."""
    names: dict[str, None] = {}
    for match in _JAPANESE_PERSON.finditer(folded):
        if match.start() < title_length:
            return match.group(0)
        names[match.group(0)] = None
    return "、".join(names) if len(names) >= 2 else None


# A news site's section for Japan in the address ("/en/japan/", "/news/2025/08/26/japan/"): the outlet files the
# story under Japan.
_JAPAN_SECTION = "/japan/"


def japan_section(path: str) -> bool:
    """Whether the item's address puts it in a news site's section for Japan ("arabnews.jp/en/japan/…")."""
    return _JAPAN_SECTION in path.lower()


def japan_evidence(
    evidence: Mapping[tuple, Evidence],
    organisations: list[tuple[Organisation, int]],
    models: list[ModelFamily],
    issuer: Organisation | None,
    folded: str,
    title_length: int = 0,
    marks: ForeignMarks | None = None,
    host: str = "",
    resolve: Callable[[str], Organisation | None] | None = None,
) -> tuple[float, list[str]]:
    """How strongly the item is tied to Japan, with the reasons."""
    reasons = []
    language = evidence[("japan", "language")]
    other_languages = evidence[("other_language",)]
    multilingual = evidence[("multilingual",)]
    many_languages = ("languages" in folded or "言語" in folded) and _MANY_LANGUAGES.search(folded)
    # "Japanese and multilingual LLMs" is about Japanese; "Chinese, Japanese and Korean" is not, nor
    # "open models for nine languages, including Japanese".
    multilingual_title = bool(other_languages.title) or bool(
        language.title and _ONE_OF_SEVERAL.search(folded, 0, title_length)
    )
    multilingual_text = (
        bool(set(multilingual.terms()) - _BETWEEN_LANGUAGES)
        or (bool(multilingual) and bool(other_languages))
        or len(other_languages.terms()) >= 2
        or bool(many_languages)
    )
    japan = 0.0
    if language.title:
        japan += 0.5 if multilingual_title else 2.0
        reasons.append(
            f"japan:{next(iter(language.title))} in title"
            + (" (one language of several)" if multilingual_title else "")
        )
    elif language.text:
        if multilingual_text:
            reasons.append("japan:japanese is one language of several")
        elif any(f"日本語{each}" in folded for each in _WRITE_UPS) and all(
            _only_the_write_up(term, folded) for term in language.text
        ):
            reasons.append(f"japan:{next(iter(language.text))} is only the language the item is written in")
        elif marks is not None and all(
            marks.one_country_of_several(term, folded, title_length) for term in language.text
        ):
            reasons.append(
                f"japan:{next(iter(language.text))} is one country's of several"
            )  # "US, UK and Japanese law"
        else:
            japan += 1.0
            reasons.append(f"japan:{next(iter(language.text))}")
    place = evidence[("japan", "place")]
    if marks is not None and place.text and not place.title:
        listed = [term for term in place.text if marks.one_country_of_several(term, folded, title_length)]
        if listed and len(listed) == len(place.text):
            reasons.append(f"japan:{listed[0]} is one country of several")
            place = Evidence()
    state = evidence[("japan", "state")]
    national = evidence[("japan", "national")]
    if national and marks is not None:
        # "Korea's sovereign AI model project", or sovereign AI in a story whose headline is about another country.
        if (
            marks.headline.match(folded, 0, title_length)
            or (marks.owner_in_title is not None and marks.owner_in_title.match(folded, 0, title_length))
            or marks.owned_abroad(national.terms(), folded, title_length)
        ):
            reasons.append(f"japan:{national.terms()[0]} is another country's")
            national = Evidence()
    if state and marks is not None:
        abroad = [term for term in state.terms() if marks.state_abroad(term, folded)]
        if abroad:
            reasons.append(f"japan:{abroad[0]} is of the country written before it")
            state = Evidence(
                {term: None for term in state.title if term not in abroad},
                {term: None for term in state.text if term not in abroad},
            )
    if state and marks is not None:
        country = marks.headline.match(folded, 0, title_length)
        if country is not None:
            reasons.append(f"japan:{state.terms()[0]} is of {country.group('country')}, the headline's subject")
            state = Evidence()
        elif marks.outlet_abroad(host):
            reasons.append(f"japan:{state.terms()[0]} is of the country of {host}, a foreign outlet")
            state = Evidence()
        elif not state.title and (lead := marks.lead_abroad(folded, title_length)) is not None:
            reasons.append(f"japan:{state.terms()[0]} is of {lead}, the subject of the first sentence")
            state = Evidence()
        elif (subject := marks.foreign_subject(organisations, folded, title_length, models, resolve)) is not None:
            reasons.append(f"japan:{state.terms()[0]} is of the country of {subject}, the headline's subject")
            state = Evidence()
    trades = evidence[("japan", "domestic_trades")]
    if trades and marks is not None:
        trades = _domestic_trades(trades, marks, organisations, folded, title_length, host, reasons)
    if place or state or national or trades:
        japan += min(
            place.weight(1.0, 1.0) + national.weight(1.0, 1.0) + state.weight(1.0, 1.0) + trades.weight(1.0, 1.0),
            2.0,
        )
        reasons.extend(
            f"japan:{term}" for term in [*place.terms(), *national.terms(), *state.terms(), *trades.terms()][:3]
        )
    company_form = evidence[("japan", "company_forms")]
    if company_form:
        japan += 1.0
        reasons.append(f"japan:company form {company_form.terms()[0]}")
    if (
        not (place or state or national or trades or company_form or language)
        and marks is not None
        and (money := _money_in_yen(folded)) is not None
    ):
        if (
            (
                marks.foreign_company_headline(organisations, folded, title_length)
                and not marks.foreign_partner_headline(organisations, folded, title_length)
            )
            or marks.outlet_abroad(host)
            or marks.lead_abroad(folded, title_length) is not None
        ):
            reasons.append(f"japan:{money} is in another country's story")
        else:
            japan += 1.0
            reasons.append(f"japan:money only in yen, {money}")
    people = _japanese_people(folded, title_length) if "さん" in folded else None
    if (
        people is not None
        and marks is not None
        and not (marks.headline.match(folded, 0, title_length) or marks.outlet_abroad(host))
    ):
        japan += 1.0
        reasons.append(f"japan:people named in Japanese, {people}")
    japanese_organisations = [organisation for organisation, _ in organisations if organisation.japanese]
    outlets = [each for each in japanese_organisations if each is not issuer and an_outlet(each)]
    if outlets and any(word in folded for word in CITATION_WORDS):
        cited = [each for each in outlets if only_cited(each, folded)]
        reasons.extend(f"japan:{each.name} is only the source of a report" for each in cited)
        japanese_organisations = [each for each in japanese_organisations if each not in cited]
    if japanese_organisations and any(word in folded for word in PAST_EMPLOYER_WORDS):
        past = [each for each in japanese_organisations if each is not issuer and only_past_employer(each, folded)]
        reasons.extend(f"japan:{each.name} is only a person's past employer" for each in past)
        japanese_organisations = [each for each in japanese_organisations if each not in past]
    if (
        japanese_organisations
        and marks is not None
        and not (language.title or place.title or state.title or national.title or company_form.title)
        and not any(organisation.japanese and start < title_length for organisation, start in organisations)
        and marks.foreign_company_headline(organisations, folded, title_length)
    ):
        backers = [
            each for each in japanese_organisations if each is not issuer and one_backer(each, folded, title_length)
        ]
        reasons.extend(f"japan:{each.name} is one of many backers of a foreign company" for each in backers)
        japanese_organisations = [each for each in japanese_organisations if each not in backers]
        if japanese_organisations and any(word in folded for word in BACKGROUND_WORDS):
            background = [
                each
                for each in japanese_organisations
                if each is not issuer and only_in_background(each, folded, title_length)
            ]
            reasons.extend(f"japan:{each.name} is named only in the story's background" for each in background)
            japanese_organisations = [each for each in japanese_organisations if each not in background]
    if japanese_organisations:
        japan += min(len(japanese_organisations), 2)
        reasons.extend(f"japan-organisation:{organisation.name}" for organisation in japanese_organisations[:3])
    japanese_models = [model for model in models if model.japanese]
    if japanese_models:
        japan += 2.0
        reasons.extend(f"japan-model:{model.name}" for model in japanese_models[:3])
    if issuer is not None and issuer.japanese:
        if (
            marks is not None
            and not any(organisation is issuer for organisation, _ in organisations)
            and (lead := _country_of_the_story(marks, folded, title_length)) is not None
            and not _OWN_VOICE.search(folded, title_length)  # "米国のX社は、当社と…": the issuer is a party
        ):
            # A Japanese body's site writing on another country's affairs (a ministry's or an agency's digest of
            # foreign policy, "英国の…省は…", "中国の大規模言語モデル、…"), the body named nowhere in it: no party to
            # the story.
            reasons.append(f"japan:issuer {issuer.name} reports on {lead}")
        else:
            japan += 1.0
            reasons.append(f"issuer:{issuer.name}")
    return japan, reasons


def _country_of_the_story(marks: ForeignMarks, folded: str, title_length: int) -> str | None:
    """Another country as the story's subject: opening the headline ("中国の大規模言語モデル、…", "韓国、…") or as the
    subject of the first sentence ("英国の…省は…")."""
    headline = marks.headline.match(folded, 0, title_length) if title_length else None
    if headline is not None:
        return f"{headline.group('country')}, the headline's subject"
    lead = marks.lead_abroad(folded, title_length)
    return f"{lead}, the subject of the first sentence" if lead is not None else None


# Money in Japanese text (folded): yen ("500万円", "50,960,000円", "3億円") and the other currencies a Japanese
# newsroom prints beside or instead of it ("400億ドル", "10億元", "$30m").
_YEN = re.compile(r"\d[\d,.]*(?:兆|億|万|千)?(?:\d[\d,.]*(?:万|千))?円")  # "4億9000万円" whole
_OTHER_MONEY = re.compile(
    r"\d[\d,.]*(?:兆|億|万|千)?(?:ドル|ユーロ|ポンド|元|ウォン|ルピー|フラン)|(?:us\$|[$€£₹])\s?\d"
)


def _money_in_yen(folded: str) -> str | None:
    """The first amount when a Japanese text counts all its money in yen ("目標の500万円を超え、50,960,000円を
    集めた"): money raised or spent in Japan, as "yen" is in English; a newsroom converting another country's money
    prints the other currency too ("400億ドル(約6兆円)")."""
    if "円" not in folded:
        return None
    amount = _YEN.search(folded)
    if amount is None or _OTHER_MONEY.search(folded):
        return None
    return amount.group(0)


def _domestic_trades(
    trades: Evidence,
    marks: ForeignMarks,
    organisations: list[tuple[Organisation, int]],
    folded: str,
    title_length: int,
    host: str,
    reasons: list[str],
) -> Evidence:
    """The nation's trades named without a country (百貨店, 飲食店, 地銀) that are Japan's: not in a story whose
    headline names a foreign company or country, whose first sentence's subject is another country's, or that
    another country's outlet writes, nor where a country is written before the word ("米国の百貨店")."""
    if (
        marks.foreign_company_headline(organisations, folded, title_length)
        or marks.outlet_abroad(host)
        or marks.lead_abroad(folded, title_length) is not None
    ):
        reasons.append(f"japan:{trades.terms()[0]} is in another country's story")
        return Evidence()
    abroad = [term for term in trades.terms() if marks.state_abroad(term, folded)]
    if not abroad:
        return trades
    reasons.append(f"japan:{abroad[0]} is of the country written before it")
    return Evidence(
        {term: None for term in trades.title if term not in abroad},
        {term: None for term in trades.text if term not in abroad},
    )


# A company speaking of itself, as its own release does (folded): "当社は", "弊社では", "当行の" opening a sentence or a
# clause, not inside a quotation of a person (「当社は…」と述べた).
_OWN_VOICE = re.compile(r"(?:^|[。、\s])(?:当社|弊社|当行|弊行|当法人|当機構)(?:は|では|が|の|にて|と|に|を|も)")


def own_japanese_site(host: str, folded: str, title_length: int) -> bool:
    """Whether the item is a company's release on its own Japanese site: a .jp host (only a registrant with an
    address in Japan gets one) whose text speaks as the company itself ("当社は…を開始しました"), outside any
    quotation; a news site on .jp reporting another's product says 同社, not 当社."""
    if not host.endswith(".jp") or ("当" not in folded and "弊" not in folded):
        return False
    for match in _OWN_VOICE.finditer(folded, title_length):
        before = folded[: match.start() + 1]
        if before.rfind("「") <= before.rfind("」"):
            return True
    return False


def japanese_host(host: str, hosts: frozenset[str]) -> bool:
    """A site whose items are Japanese by where they appear: a Japanese press-release wire, a ministry
    (.go.jp), a local government (.lg.jp, city.*.jp, pref.*.jp) or a university (.ac.jp)."""
    if not host:
        return False
    if host.endswith(".jp") and host.removeprefix("www.").startswith(("city.", "pref.", "town.", "vill.")):
        return True
    return host_within(host, hosts)
