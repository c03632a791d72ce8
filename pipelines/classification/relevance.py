"""Relevance: the generative-AI evidence and the Japan evidence of an item, and titles that are off topic.

An item is relevant when both sides reach their threshold and its title is
not about something else (robots, chips, OCR) without naming generative AI.
Every piece of evidence that counts is returned as a reason.

What says a name or a national word is another country's is in
``relevance_foreign``; the Japanese organisations an item names that are no
party to its story (an outlet it cites, one backer among many) are in
``relevance_bystanders``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from common.text import host_within
from config.watchlist import ModelFamily, Organisation
from pipelines.classification.detect_words import NUMBERING_WORD
from pipelines.classification.headline import headline_and_lead
from pipelines.classification.relevance_bystanders import (
    CITATION_WORDS,
    PAST_EMPLOYER_WORDS,
    an_outlet,
    one_backer,
    only_cited,
    only_past_employer,
)
from pipelines.classification.relevance_foreign import ForeignMarks

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
# Text that AI writes for people, in a text about AI: minutes, documents, replies, summaries or articles made
# automatically ("議事録や文書の自動生成", "回答文を自動で作成", "記事を自動生成"). Only generative AI writes them.
_DRAFTED_TEXT = re.compile(
    r"(?:議事録|議事要旨|文書|文章|答弁書?|回答文?|返信文?|要約|原稿|報告書|記事|メール文?|説明文|通知文)"
    r"(?:(?:や|と|、|・)[^。、\s]{1,8}?)?(?:の|を)?自動(?:で|的に)?(?:生成|作成)"
)
_AI_WORD = re.compile(r"(?<![a-z])ai(?![a-z])")
# The same with AI as the writer: "AIで議事録を作成", "AIが回答文を作成", "AIを使って答弁書の下書き".
_AI_DRAFTS = re.compile(
    r"(?<![a-z])ai(?:で|が|を使って|を使い|を活用して|を用いて|による|により)[^。、]{0,8}?"
    r"(?:議事録|議事要旨|文書|文章|答弁書?|回答文?|返信文?|原稿|報告書|記事|メール文?|説明文|通知文)"
    r"(?:の|を)?(?:作成|生成|要約|下書き|起案)"
)
_AI_AS_WRITER = ("aiで", "aiが", "aiを", "aiによ")


def drafted_text(folded: str, title_length: int, reasons: list[str]) -> float:
    """The generative-AI weight of text that AI drafts ("議事録や文書の自動生成" in an item about AI, "AIで議事録を
    作成")."""
    drafted = None
    if "自動" in folded:
        drafted = _DRAFTED_TEXT.search(folded)
        if drafted is not None and not _AI_WORD.search(folded):
            drafted = None
    if drafted is None and any(writer in folded for writer in _AI_AS_WRITER):
        drafted = _AI_DRAFTS.search(folded)
    if drafted is None:
        return 0.0
    reasons.append(f"genai:text drafted by AI ({drafted.group(0)})")
    return 2.0 if drafted.start() < title_length else 1.0


# AI as the author of an invention, as of a picture or a song: "AI does not qualify as inventor", "whether an AI
# system can be an inventor", "AI inventors", "invented by AI", "AIを発明者と認めず", "発明者をAIとした出願",
# "AIによる発明" (not "AI inventions" nor AI発明, which may be inventions about AI). Whether what an AI generates can
# be patented is a question about generative AI.
_AI_INVENTOR = re.compile(
    r"(?<![a-z])ai(?:\s(?:system|systems|model|models|tool|tools|program|programs|machine|machines))?"
    r"(?:\s(?:can|cannot|could|does|do|did|not|to|be|qualify|qualifies|is|was|named|listed|as|an|the)){1,5}"
    r"\sinventors?(?![a-z])"
    r"|(?<![a-z])ai[-\s]invent(?:or|ors|ed)(?![a-z])|invented by (?:an? )?ai(?![a-z])"
    r"|(?<![a-z])ai(?:を|は|が)?発明者|発明者(?:を|は|が|として)ai(?![a-z])|(?<![a-z])ai(?:による|が行った|が生み出した)発明"
)


def ai_inventor(folded: str, title_length: int, reasons: list[str]) -> float:
    """The generative-AI weight of AI named as an invention's author ("AI does not qualify as inventor",
    "AIを発明者と認めず")."""
    if "invent" not in folded and "発明" not in folded:
        return 0.0
    found = _AI_INVENTOR.search(folded)
    if found is None:
        return 0.0
    reasons.append(f"genai:AI as an invention's author ({found.group(0)})")
    return 2.0 if found.start() < title_length else 1.0


# A term given as one example of a list of fields
# (など/といった + a field: "生成AIなど新しい技術"; や + another field + など/には: "生成AIやクリーンテックには"; "areas
# such as generative AI"), not a list of the things a product or a paper uses ("生成AIなどを活用", "LLMやBERTを評価").
_LISTED_AFTER = re.compile(
    r"(?:など|等|をはじめ(?:とする)?|といった)の?(?:新しい|新たな|先端|先進|最新の?|新興)?"
    r"(?:技術|テクノロジー|分野|領域|産業|テーマ|トレンド)"
    r"|や[^。、]{1,12}?(?:など|には|といった)"
    r"|,? and other (?:new |emerging )?(?:technologies|fields|areas|sectors|trends)"
)
_LISTED_BEFORE = re.compile(r"(?:technologies|fields|areas|sectors|trends|topics|themes) (?:such as|like|including)\s$")
# The last item of a list that ends in など ("オンライン化やキャッシュレス化、生成AIの活用などを盛り込んだ"): an item
# before it, joined by や or by a comma after a noun (not after a particle or a verb: "同社は、", "しており、"), and
# など after it, not what a product is made with ("クラウドや生成AIなどを活用した").
_ITEM_BEFORE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fca-z0-9]、$|や$")
_LAST_ITEM_AFTER = re.compile(
    r"(?:の(?:活用|導入|利用|推進|普及|開発))?(?:など|等)(?!を?(?:活用|使|用い|利用|搭載|駆使|組み合わせ))"
)


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


def lexical_genai(
    evidence: Mapping[tuple, Evidence], reasons: list[str], folded: str = "", title_length: int = 0
) -> float:
    """The generative-AI weight of the lexicon's terms: strong terms fully, weak ones up to 1 together; a single
    strong term that the body only lists among other fields ("生成AIなど新しい技術"), or names once after its first
    sentence under a headline that names no AI, counts as a weak one."""
    strong = evidence[("genai", "strong")]
    weak = evidence[("genai", "weak")]
    if _CHATBOT in weak.title and _ai_chatbot_headline(folded, title_length, evidence):
        strong.add(_CHATBOT, True)  # "方言をAIで継承へ 学生がチャットボットを発表": an AI chatbot, written apart
    for term in strong.terms():
        weak.title.pop(term, None)
        weak.text.pop(term, None)
    explained = None
    science = _for_science(strong, folded)
    if science is not None:
        # "a next-generation supercomputer … to build AI into drug discovery, climate modelling and materials science"
        reasons.extend(f"genai(weak):{term} (a supercomputer for AI in science: {science})" for term in strong.terms())
        reasons.extend(f"genai(weak):{each}" for each in weak.terms())
        return min(0.5 + weak.weight(0.5, 0.5), 1.0)
    if folded and not strong.title and len(strong.text) == 1:
        term = next(iter(strong.text))
        passing = None
        if _only_listed(term, folded):
            passing = "named in passing, one field of a list"
        elif _only_as_demand(term, folded):
            passing = "named only as the demand behind another product"
        elif title_length and not weak.title and _late_aside(term, folded, title_length, evidence):
            point = _late_point(term, folded, title_length)
            if point is None:
                passing = "named once, after the first sentence, under a headline that names no AI"
            else:
                reasons.append(f"genai:{term} (named once after the first sentence, {point})")
                explained = term
        if passing is not None:
            reasons.append(f"genai(weak):{term} ({passing})")
            reasons.extend(f"genai(weak):{each}" for each in weak.terms())
            return min(0.5 + weak.weight(0.5, 0.5), 1.0)
    reasons.extend(f"genai:{term}" for term in strong.terms() if term != explained)
    reasons.extend(f"genai(weak):{term}" for term in weak.terms())
    return strong.weight(2.0, 1.0) + min(weak.weight(0.5, 0.5), 1.0)


# A supercomputer for AI is where Japan's generative models are trained (ABCI, GENIAC's compute), unless the text
# says its AI is for science: two fields of research or more ("drug discovery, climate modelling and materials
# science", 創薬や気候変動の予測), and no other generative-AI word.
_AI_SUPERCOMPUTERS = frozenset(
    {"aiスパコン", "aiスーパーコンピュータ", "aiスーパーコンピューター", "ai supercomputer", "ai supercomputers"}
)
_SCIENCE_USES = (
    "drug discovery",
    "climate model",
    "climate simulation",
    "climate research",
    "materials science",
    "materials discovery",
    "weather forecast",
    "scientific research",
    "scientific work",
    "scientific discovery",
    "ai for science",
    "創薬",
    "気候",
    "材料科学",
    "材料開発",
    "気象予測",
    "科学研究",
    "aiforscience",
)


def _for_science(strong: Evidence, folded: str) -> str | None:
    """The fields of research a text gives a supercomputer's AI, when an AI supercomputer is its only
    generative-AI word and it names two fields or more."""
    terms = strong.terms()
    if not terms or not _AI_SUPERCOMPUTERS.issuperset(terms):
        return None
    uses = [use for use in _SCIENCE_USES if use in folded]
    return ", ".join(uses) if len(uses) >= 2 else None


# A headline that names AI or a model of any kind ("AI投資", "埋め込みモデル", "machine learning"): a story about AI,
# whose one generative-AI word in the body may be its point.
_AI_IN_HEADLINE = re.compile(
    r"(?<![a-z])(?:ai|models?|machine learning|deep learning|artificial intelligence)(?![a-z])"
    r"|人工知能|モデル|機械学習|深層学習"
)


# A chatbot is weak alone (a rule-based FAQ bot is one too); "AIチャットボット" is strong, and so is a headline that
# names AI and a chatbot apart ("方言をAIで継承へ 学生がチャットボットを発表", "AI活用の窓口チャットボット").
_CHATBOT = "チャットボット"


def _ai_chatbot_headline(folded: str, title_length: int, evidence: Mapping[tuple, Evidence]) -> bool:
    """Whether the headline names AI besides a chatbot, and nothing off topic (an AI-OCR and a chatbot listed
    apart are two tools, not an AI chatbot)."""
    if evidence[("off_topic",)].title:
        return False
    title = folded[:title_length]
    return any(_AI_WORD.search(part) for part in title.split(_CHATBOT))


def _late_aside(term: str, folded: str, title_length: int, evidence: Mapping[tuple, Evidence]) -> bool:
    """Whether the term is written once, after the body's first sentence, in an item whose headline names no AI
    and no model: a seminar on image processing whose audience mentions 生成AI in its comments, a minister's
    chip subsidy for memory "used for generative AI, data centres and autonomous driving"."""
    start = folded.find(term, title_length)
    if start == -1 or folded.find(term, start + len(term)) != -1:
        return False
    if start < len(headline_and_lead(folded, title_length)):
        return False
    return not (evidence[("model_title",)] or _AI_IN_HEADLINE.search(folded, 0, title_length))


def _late_point(term: str, folded: str, title_length: int) -> str | None:
    """Why a generative-AI term named once late in the body is still the story's point: a product of its own given
    by name ("同社が開発する生成AI「X」への協力"), or how the media of a headline about a fake was made ("Fake video
    of the PM …" with "the clip used generative AI")."""
    if _NAMED_PRODUCT.match(folded, folded.find(term, title_length) + len(term)):
        return "a generative AI given by its name"
    if any(word in folded[:title_length] for word in _SYNTHETIC_WORDS) and _SYNTHETIC_MEDIA.search(
        folded, 0, title_length
    ):
        return "how the headline's fake media was made"
    return None


# A generative AI given its own name right after the term, in quotes ("生成AI「X」", 'generative AI tool "X"'):
# a product the story is about, not a field it mentions.
_NAMED_PRODUCT = re.compile(
    r"\s?(?:(?:tool|assistant|model|service|platform|system|ツール|サービス|モデル|システム)\s?)?(?:「|『|\"|“)"
)
# A headline about media faked or made up: a fake video, image or voice, 偽動画, フェイク画像, 偽の音声.
_SYNTHETIC_WORDS = ("fake", "doctored", "偽", "フェイク", "捏造")
_SYNTHETIC_MEDIA = re.compile(
    r"(?<![a-z])(?:fake|faked|doctored|fabricated)\s(?:[a-z-]+\s)?(?:video|videos|image|images|photo|photos|audio|voice|clip)"
    r"(?![a-z])|(?:偽|フェイク|捏造)の?(?:動画|画像|写真|音声|映像)"
)


# Generative AI as the market that buys something else: "生成AI向けの需要", "生成AI需要", "生成AIブーム", "demand for
# chips used in generative AI", "the generative AI boom" (memory, power, stocks and chips sold to it).
_DEMAND_AFTER = re.compile(r"(?:向け|関連)?の?(?:需要|特需|ブーム)|\s(?:demand|boom|frenzy)\b")
_DEMAND_BEFORE = re.compile(r"(?:demand (?:for|from)|boom in|bet on)\s(?:[\w-]+\s){0,4}$")


def _only_as_demand(term: str, folded: str) -> bool:
    """Whether every place the term is written names it as the demand behind another product ("データセンターや生成AI
    向けの需要に対応", "investors bet on demand for chips used in generative AI")."""
    start = folded.find(term)
    if start == -1:
        return False
    while start != -1:
        end = start + len(term)
        if not (_DEMAND_AFTER.match(folded, end) or _DEMAND_BEFORE.search(folded, max(0, start - 48), start)):
            return False
        start = folded.find(term, end)
    return True


def _only_listed(term: str, folded: str) -> bool:
    """Whether every place the term is written lists it as one field among others: "生成AIなど新しい技術",
    "生成AIやクリーンテックには", "technologies such as generative AI"."""
    start = folded.find(term)
    if start == -1:
        return False
    while start != -1:
        end = start + len(term)
        if not (
            _LISTED_AFTER.match(folded, end)
            or _LISTED_BEFORE.search(folded, max(0, start - 24), start)
            or (_ITEM_BEFORE.search(folded, max(0, start - 2), start) and _LAST_ITEM_AFTER.match(folded, end))
        ):
            return False
        start = folded.find(term, end)
    return True


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
        country = marks.headline.match(folded, 0, title_length)
        if country is not None:
            reasons.append(f"japan:{state.terms()[0]} is of {country.group('country')}, the headline's subject")
            state = Evidence()
        elif marks.outlet_abroad(host):
            reasons.append(f"japan:{state.terms()[0]} is of the country of {host}, a foreign outlet")
            state = Evidence()
        elif (subject := marks.foreign_subject(organisations, folded, title_length, models, resolve)) is not None:
            reasons.append(f"japan:{state.terms()[0]} is of the country of {subject}, the headline's subject")
            state = Evidence()
    if place or state or national:
        japan += min(place.weight(1.0, 1.0) + national.weight(1.0, 1.0) + state.weight(1.0, 1.0), 2.0)
        reasons.extend(f"japan:{term}" for term in [*place.terms(), *national.terms(), *state.terms()][:3])
    company_form = evidence[("japan", "company_forms")]
    if company_form:
        japan += 1.0
        reasons.append(f"japan:company form {company_form.terms()[0]}")
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
