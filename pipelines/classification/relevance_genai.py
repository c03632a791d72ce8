"""The generative-AI weight of the lexicon's terms: strong terms fully, weak ones up to 1 together, and a single
strong term that an item names only in passing (one field of a list, the demand behind another product, once late
under a headline that names no AI, an AI supercomputer for science) counted as a weak one."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipelines.classification.headline import headline_and_lead
from pipelines.classification.relevance import Evidence
from pipelines.classification.relevance_genai_signs import AI_WORD

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
    return any(AI_WORD.search(part) for part in title.split(_CHATBOT))


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
    if any(word in folded[:title_length] for word in _ALLIANCE_WORDS) and _alliance_purpose(term, folded, title_length):
        return "what the headline's alliance works on"
    return None


# A headline about an alliance (資本業務提携, 協業, partnership), whose body names generative AI as what the partners
# work on together ("両社は生成AIの活用で協力する", "the two will collaborate on generative AI services"): the
# alliance's point, not a field in passing.
_ALLIANCE_WORDS = ("提携", "協業", "partnership", "partners with", "alliance", "tie-up", "teams up")
_PURPOSE_AFTER = re.compile(r"[^。、.]{0,12}?(?:で|について|に関して|の分野で)(?:協力|連携|協業|共同)")
_PURPOSE_BEFORE = re.compile(r"(?:collaborate|cooperate|work together|partner|team up)s? on\s(?:[\w-]+\s){0,3}$")


def _alliance_purpose(term: str, folded: str, title_length: int) -> bool:
    """Whether the term, in the body, names what the partners of an alliance work on together."""
    start = folded.find(term, title_length)
    if start == -1:
        return False
    return bool(
        _PURPOSE_AFTER.match(folded, start + len(term)) or _PURPOSE_BEFORE.search(folded, max(0, start - 60), start)
    )


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
