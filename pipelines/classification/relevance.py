"""Relevance: the generative-AI evidence and the Japan evidence of an item, and titles that are off topic.

An item is relevant when both sides reach their threshold and its title is
not about something else (robots, chips, OCR) without naming generative AI.
Every piece of evidence that counts is returned as a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from common.text import host_within
from config.watchlist import ModelFamily, Organisation
from pipelines.classification.detect_words import NUMBERING_WORD

# Thresholds on summed evidence; a term in the title counts twice.
RELEVANT_GENAI = 1.0
RELEVANT_JAPAN = 1.0
# Three languages or more, by number or by word ("nine languages", "12 languages", "30以上の言語", "複数の言語");
# two ("Japanese and English, two languages", 日英2言語) is a bilingual model, still about Japanese.
_MANY_LANGUAGES = re.compile(
    r"(?:(?<![\d.])(?:[3-9]|[1-9]\d+)(?:\+|以上)?\s?(?:の)?(?:languages|言語|か国語|カ国語)"
    r"|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of"
    r"|hundreds of|several|multiple|various|diverse|numerous) (?:\w+ )?languages|複数の?言語)"
)
# A title that names Japanese as one of a set: "..., including Japanese", "日本語を含む", "日本語など".
_ONE_OF_SEVERAL = re.compile(r"\b(?:including|such as|incl\.) japanese|日本語を含む|日本語など|日本語や")
# What a model's name says when it gives a parameter count or a chat tuning: "X-8B", "X-70B-Instruct", "X-Chat".
_GENERATIVE_MODEL_SHAPE = re.compile(r"-(?:\d+(?:\.\d+)?[Bb]|Instruct|Chat)(?:\b|-)")
# The same in running text, for names the detector does not take whole ("LFM2.5-1.2B-JP", "Qwen2.5-72B"): a name
# joined by a hyphen to a count of billions of parameters.
# Not "Phase-2B" or "Type-1B", words that number things with a letter.
_PARAMETER_COUNT = re.compile(
    rf"(?<![A-Za-z0-9])(?!{NUMBERING_WORD})"
    r"[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+){0,3}-\d{1,3}(?:\.\d)?B(?![A-Za-z0-9])"
)
# What a parameter count needs, searched for first: most texts have none, and the full pattern may start anywhere.
_PARAMETER_SUFFIX = re.compile(r"-\d{1,3}(?:\.\d)?B(?![A-Za-z0-9])")
_KANA_OR_KANJI = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
_KATAKANA_STEM_UNIVERSITY = re.compile(r"^[\u30a1-\u30ff・ー]+大学(?:院)?$")
# Where the clause before a name ends: a sentence, or a list or pair ("米X社と、Y大学が").
_CLAUSE_END = re.compile(r"[。．.!?！？]|と|や|及び|および|ならびに")


@dataclass
class Evidence:
    """The terms of one category that fired, split by where they fired."""

    title: dict[str, None] = field(default_factory=dict)
    text: dict[str, None] = field(default_factory=dict)

    def add(self, term: str, in_title: bool) -> None:
        (self.title if in_title else self.text)[term] = None

    def weight(self, title_weight: float = 2.0, text_weight: float = 1.0) -> float:
        return title_weight * len(self.title) + text_weight * len(self.text.keys() - self.title.keys())

    def terms(self) -> list[str]:
        return list(dict.fromkeys([*self.title, *self.text]))

    def __bool__(self) -> bool:
        return bool(self.title or self.text)


def lexical_genai(evidence: Mapping[tuple, Evidence], reasons: list[str]) -> float:
    """The generative-AI weight of the lexicon's terms: strong terms fully, weak ones up to 1 together."""
    strong = evidence[("genai", "strong")]
    weak = evidence[("genai", "weak")]
    for term in strong.terms():
        weak.title.pop(term, None)
        weak.text.pop(term, None)
    reasons.extend(f"genai:{term}" for term in strong.terms())
    reasons.extend(f"genai(weak):{term}" for term in weak.terms())
    return strong.weight(2.0, 1.0) + min(weak.weight(0.5, 0.5), 1.0)


def japan_evidence(
    evidence: Mapping[tuple, Evidence],
    organisations: list[tuple[Organisation, int]],
    models: list[ModelFamily],
    issuer: Organisation | None,
    folded: str,
    title_length: int = 0,
    marks: ForeignMarks | None = None,
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
    multilingual_text = bool(multilingual) or len(other_languages.terms()) >= 2 or bool(many_languages)
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
        else:
            japan += 1.0
            reasons.append(f"japan:{next(iter(language.text))}")
    place = evidence[("japan", "place")]
    state = evidence[("japan", "state")]
    if state and marks is not None:
        country = marks.headline.match(folded, 0, title_length)
        if country is not None:
            reasons.append(f"japan:{state.terms()[0]} is of {country.group('country')}, the headline's subject")
            state = Evidence()
    if place or state:
        japan += min(place.weight(1.0, 1.0) + state.weight(1.0, 1.0), 2.0)
        reasons.extend(f"japan:{term}" for term in [*place.terms(), *state.terms()][:3])
    company_form = evidence[("japan", "company_forms")]
    if company_form:
        japan += 1.0
        reasons.append(f"japan:company form {company_form.terms()[0]}")
    japanese_organisations = [organisation for organisation, _ in organisations if organisation.japanese]
    if japanese_organisations:
        japan += min(len(japanese_organisations), 2)
        reasons.extend(f"japan-organisation:{organisation.name}" for organisation in japanese_organisations[:3])
    japanese_models = [model for model in models if model.japanese]
    if japanese_models:
        japan += 2.0
        reasons.extend(f"japan-model:{model.name}" for model in japanese_models[:3])
    if issuer is not None and issuer.japanese:
        japan += 1.0
        reasons.append(f"issuer:{issuer.name}")
    return japan, reasons


def off_topic(
    evidence: Mapping[tuple, Evidence],
    models: list[ModelFamily],
    generative_players: list[Organisation],
    title_length: int,
    organisations: list[tuple[Organisation, int]],
) -> str | None:
    """A title about robots, chips, OCR or speech recognition without generative AI in it."""
    off_topic_terms = evidence[("off_topic",)]
    if not off_topic_terms.title:
        return None
    genai_title = evidence[("genai", "strong")].title or evidence[("model_title",)].title
    player_in_title = any(
        start < title_length for organisation, start in organisations if organisation in generative_players
    )
    if (
        genai_title
        and any(model.generative for model in models)
        or evidence[("genai", "strong")].title
        or player_in_title
    ):
        return None
    return next(iter(off_topic_terms.title))


@dataclass(frozen=True)
class ForeignMarks:
    """What says a name in Japanese text is foreign, from the lexicon's ``[japan]`` lists."""

    before: re.Pattern[str]
    starts: tuple[str, ...]
    headline: re.Pattern[str]

    @classmethod
    def from_lexicon(cls, japan: Mapping[str, list[str]]) -> ForeignMarks:
        countries = "|".join(sorted(map(re.escape, japan["foreign_markers"]), key=len, reverse=True))
        # A country said of what follows ("米国の", "中国発の", "フランス・", "韓国企業"), not a company's own
        # name that starts with one (中国電力); or a one-character country right before a katakana or Latin name.
        before = re.compile(
            rf"(?:{countries})(?:の|発|系|・|に本社|を拠点|拠点|企業|大手|スタートアップ|新興|AI)"
            r"|(?<![\u4e00-\u9fff])[米英仏独中韓露豪印台](?=[\u30a1-\u30faA-Za-z])"
        )
        # A headline whose subject is another country or its state: "韓国、…", "米政府は…", "EU、…" (folded).
        headline = re.compile(
            rf"^(?:【[^】]*】\s*)?(?P<country>{countries}|米|英|中|韓|仏|独|eu|欧州連合)"
            r"(?:、|は|が|で|の|政府|議会|・|,|\s)",
            re.IGNORECASE,
        )
        return cls(before, tuple(japan["foreign_name_starts"]), headline)

    def foreign(self, name: str, document: str) -> bool:
        """Whether the name is foreign by its own start or by the clause before any place it is written."""
        if name.startswith(self.starts) or _KATAKANA_STEM_UNIVERSITY.match(name):
            return True  # 清華大学; スタンフォード大学 (a Japanese university's name has kanji in it)
        start = document.find(name)
        while start != -1:
            clause = document[max(0, start - 30) : start]
            ends = list(_CLAUSE_END.finditer(clause))
            if self.before.search(clause[ends[-1].end() :] if ends else clause):
                return True
            start = document.find(name, start + 1)
        return False


def japanese_detected(
    detected: Mapping[str, list[dict[str, str]]],
    document: str,
    marks: ForeignMarks,
    resolve: Callable[[str], Organisation | None],
) -> list[str]:
    """Organisations the watch list does not know, written in Japanese and not marked foreign: a Japanese
    newsroom writes a foreign company with its country ("米X", "中国のY大学"), and a Japanese one without. A
    unit named after a foreign organisation of the watch list ("アリババクラウド", "グーグル・ディープマインド")
    is foreign, and so is every name of a story whose headline is about another country ("中国のX、…")."""
    if marks.headline.match(document):
        return []
    return [
        entry["name"]
        for entry in detected["organisations"]
        if _KANA_OR_KANJI.search(entry["name"])
        and not entry.get("foreign")  # the detector read it as foreign (中国の工業情報化部, Xサンディエゴ校)
        and not marks.foreign(entry["name"], document)
        and not _named_after_foreign(entry["name"], resolve)
    ]


def _named_after_foreign(name: str, resolve: Callable[[str], Organisation | None]) -> bool:
    """Whether the longest watch-list name that begins ``name`` is a foreign organisation's."""
    for end in range(len(name) - 1, 1, -1):
        known = resolve(name[:end].rstrip("・ "))
        if known is not None:
            return not known.japanese
    return False


def generative_model_shapes(detected: Mapping[str, list[dict[str, str]]], document: str) -> list[str]:
    """Models the watch list does not know whose name gives a parameter count or a chat tuning ("X-8B-Instruct"):
    a generative language model by its name."""
    shapes = [entry["name"] for entry in detected["models"] if _GENERATIVE_MODEL_SHAPE.search(entry["name"] + "-")]
    if not shapes and "B" in document and _PARAMETER_SUFFIX.search(document):
        shapes = [match.group(0) for match in _PARAMETER_COUNT.finditer(document)][:1]
    return shapes


def japanese_host(host: str, hosts: frozenset[str]) -> bool:
    """A site whose items are Japanese by where they appear: a Japanese press-release wire, a ministry
    (.go.jp), a local government (.lg.jp, city.*.jp, pref.*.jp) or a university (.ac.jp)."""
    if not host:
        return False
    if host.endswith(".jp") and host.removeprefix("www.").startswith(("city.", "pref.", "town.", "vill.")):
        return True
    return host_within(host, hosts)
