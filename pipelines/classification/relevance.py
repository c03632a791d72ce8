"""Relevance: the generative-AI evidence and the Japan evidence of an item, and titles that are off topic.

An item is relevant when both sides reach their threshold and its title is
not about something else (robots, chips, OCR) without naming generative AI.
Every piece of evidence that counts is returned as a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from common.folding import fold_term
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
# A label before the headline proper ("【速報】", "[PR]"), and the name that opens a headline ("百度、…", "X は…").
_HEADLINE_LABEL = re.compile(r"(?:【[^】]*】|\[[^\]]*\])\s*")
_HEADLINE_SUBJECT = re.compile(r"([^、,\s「」『』]{2,20}?)(?:、|は|が|,|\s)")
# Where the clause before a name ends: a sentence, or a list or pair ("米X社と、Y大学が").
_CLAUSE_END = re.compile(r"[。．.!?！？]|と|や|及び|および|ならびに")
# Where a name is given as the source of a report, not as a party to the story (folded text): "according to X",
# "a report carried by the X", "reported by X", "told X", "X reported", "Xによると", "Xが報じた", "Xが伝えた".
_CITATION_WORDS = ("according to", "report", "carried by", "told", "によると", "報じ", "伝え", "報道")
# What names a news outlet, in one of its names: only an outlet is cited so ("NTTによると" is NTT speaking).
_MEDIA_WORDS = (
    "新聞", "通信社", "共同通信", "時事通信", "放送", "テレビ", "タイムズ", "times", "news", "shimbun", "broadcasting",
)  # fmt: skip
_CITED_BEFORE = re.compile(r"(?:according to|carried by|reported by|report by|cited by|told|published by)\s(?:the\s)?$")
_CITED_AFTER = re.compile(
    r"(?:(?:\s[\w-]+){0,2}?\s(?:reported|reports|has reported|had reported|said in a report)\b"
    r"|によると|が報じ|は報じ|が伝え|の報道)"
)  # "NHK World-Japan reported", "Kyodo news agency reported"


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


# A backer of a round among others: the words of money put in, of leading a round, and of a list around a name.
_BACKING_WORDS = (
    "raise", "round", "investor", "put in", "invest", "funding", "financing", "credit", "loan",
    "融資", "出資", "調達", "引受", "増資", "投資",
)  # fmt: skip
_LEAD_WORDS = ("led ", "lead", "co-led", "リード", "主導")
_LIST_BEFORE = re.compile(r"(?:,\s|、|や|\sand\s)$")
_LIST_AFTER = re.compile(r"(?:,|、|や|など|\sand\s)")
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


def lexical_genai(evidence: Mapping[tuple, Evidence], reasons: list[str], folded: str = "") -> float:
    """The generative-AI weight of the lexicon's terms: strong terms fully, weak ones up to 1 together; a single
    strong term that the body only lists among other fields ("生成AIなど新しい技術") counts as a weak one."""
    strong = evidence[("genai", "strong")]
    weak = evidence[("genai", "weak")]
    for term in strong.terms():
        weak.title.pop(term, None)
        weak.text.pop(term, None)
    if folded and not strong.title and len(strong.text) == 1 and _only_listed(next(iter(strong.text)), folded):
        term = next(iter(strong.text))
        reasons.append(f"genai(weak):{term} (named in passing, one field of a list)")
        reasons.extend(f"genai(weak):{each}" for each in weak.terms())
        return min(0.5 + weak.weight(0.5, 0.5), 1.0)
    reasons.extend(f"genai:{term}" for term in strong.terms())
    reasons.extend(f"genai(weak):{term}" for term in weak.terms())
    return strong.weight(2.0, 1.0) + min(weak.weight(0.5, 0.5), 1.0)


def _only_listed(term: str, folded: str) -> bool:
    """Whether every place the term is written lists it as one field among others: "生成AIなど新しい技術",
    "生成AIやクリーンテックには", "technologies such as generative AI"."""
    start = folded.find(term)
    if start == -1:
        return False
    while start != -1:
        end = start + len(term)
        if not (_LISTED_AFTER.match(folded, end) or _LISTED_BEFORE.search(folded, max(0, start - 24), start)):
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
        else:
            japan += 1.0
            reasons.append(f"japan:{next(iter(language.text))}")
    place = evidence[("japan", "place")]
    state = evidence[("japan", "state")]
    national = evidence[("japan", "national")]
    if national and marks is not None:
        # "Korea's sovereign AI model project", or sovereign AI in a story whose headline is about another country.
        if (
            marks.headline.match(folded, 0, title_length)
            or (marks.owner_in_title is not None and marks.owner_in_title.match(folded, 0, title_length))
            or marks.owned_abroad(national.terms(), folded)
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
    japanese_organisations = [organisation for organisation, _ in organisations if organisation.japanese]
    outlets = [each for each in japanese_organisations if each is not issuer and _an_outlet(each)]
    if outlets and any(word in folded for word in _CITATION_WORDS):
        cited = [each for each in outlets if _only_cited(each, folded)]
        reasons.extend(f"japan:{each.name} is only the source of a report" for each in cited)
        japanese_organisations = [each for each in japanese_organisations if each not in cited]
    if (
        japanese_organisations
        and marks is not None
        and not (language.title or place.title or state.title or national.title or company_form.title)
        and not any(organisation.japanese and start < title_length for organisation, start in organisations)
        and marks.foreign_company_headline(organisations, folded, title_length)
    ):
        backers = [
            each for each in japanese_organisations if each is not issuer and _one_backer(each, folded, title_length)
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


def _one_backer(organisation: Organisation, folded: str, title_length: int) -> bool:
    """Whether the organisation is named only in the body, each time as one name of a list in a sentence about
    money put in, never leading it: "Khosla Ventures, SoftBank Vision Fund 2 and Y Combinator put in more",
    "三井住友銀行や米JPモルガン・チェースなど9行が融資枠"."""
    spans = _mentions(organisation, folded)
    if not spans or spans[0][0] < title_length:
        return False
    for start, end in spans:
        sentence = folded[_sentence_start(folded, start) : _sentence_end(folded, end)]
        if not any(cue in sentence for cue in _BACKING_WORDS) or any(cue in sentence for cue in _LEAD_WORDS):
            return False
        if not (_LIST_BEFORE.search(folded, max(0, start - 6), start) or _LIST_AFTER.match(folded, end)):
            return False
    return True


def _sentence_start(folded: str, position: int) -> int:
    return max(folded.rfind("。", 0, position), folded.rfind(". ", 0, position)) + 1


def _sentence_end(folded: str, position: int) -> int:
    ends = [end for end in (folded.find("。", position), folded.find(". ", position)) if end != -1]
    return min(ends) if ends else len(folded)


def _only_cited(organisation: Organisation, folded: str) -> bool:
    """Whether every place the organisation is named gives it as the source of a report ("according to the
    Nikkei", "in a report carried by the Japan Times", "日経新聞が報じた"): an outlet that reports a story is no
    party to it."""
    spans = _mentions(organisation, folded)
    return bool(spans) and all(
        _CITED_BEFORE.search(folded, max(0, start - 30), start) or _CITED_AFTER.match(folded, end)
        for start, end in spans
    )


def _mentions(organisation: Organisation, folded: str) -> list[tuple[int, int]]:
    """Where the organisation is named, each place once by its longest name there ("Nikkei Asia", not also
    "Nikkei" inside it)."""
    spans = []
    for alias in _folded_aliases(organisation):
        start = folded.find(alias)
        while start != -1:
            spans.append((start, start + len(alias)))
            start = folded.find(alias, start + len(alias))
    spans.sort(key=lambda span: (span[0], -span[1]))
    longest: list[tuple[int, int]] = []
    for span in spans:
        if not longest or span[0] >= longest[-1][1]:
            longest.append(span)
    return longest


@lru_cache(maxsize=4096)
def _an_outlet(organisation: Organisation) -> bool:
    """Whether one of the organisation's names says it is a news outlet (新聞, 通信社, Times, News …)."""
    return any(word in alias for alias in _folded_aliases(organisation) for word in _MEDIA_WORDS)


@lru_cache(maxsize=1024)
def _folded_model_aliases(model: ModelFamily) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fold_term(alias) for alias in (model.name, *model.aliases) if alias))


@lru_cache(maxsize=4096)
def _folded_aliases(organisation: Organisation) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            fold_term(alias)
            for alias in (organisation.name, organisation.name_ja, *organisation.aliases, *organisation.context_aliases)
            if alias
        )
    )


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


# Whether a host is within a set of domains, kept for the hosts a crawl sees again and again.
_within = lru_cache(maxsize=4096)(host_within)


@dataclass(frozen=True)
class ForeignMarks:
    """What says a name in Japanese text is foreign, from the lexicon's ``[japan]`` lists."""

    before: re.Pattern[str]
    starts: tuple[str, ...]
    headline: re.Pattern[str]
    # Other countries' media sites, Japanese editions included (j.people.com.cn, jp.yna.co.kr).
    hosts: frozenset[str] = frozenset()
    # Another country right before a word, as its owner: "Korea's", "India's own", "Korean", "韓国の", "インド版".
    owner: re.Pattern[str] | None = None
    # Another country as a company's in a headline, in English: "India's X", "Korean startup X".
    owner_in_title: re.Pattern[str] | None = None
    # Another country after a word, as its owner: "the sovereign AI project of South Korea".
    owner_after: re.Pattern[str] | None = None
    # Words only other countries' names have (科技, 有限公司), and the countries whose organisations, opening a
    # headline, make the story's domestic words theirs.
    name_words: tuple[str, ...] = ()
    subject_countries: frozenset[str] = frozenset()

    def foreign_company_headline(
        self, organisations: list[tuple[Organisation, int]], folded: str, title_length: int
    ) -> bool:
        """Whether the headline names a foreign organisation of the watch list or a company it marks as another
        country's ("India's Emergent …", "米新興X、…", "オープンAIに6000億円")."""
        if any(not each.japanese and each.country and start < title_length for each, start in organisations):
            return True
        title = folded[:title_length]
        if self.headline.match(title) or self.before.search(title):
            return True
        return self.owner_in_title is not None and bool(self.owner_in_title.search(title))

    def owned_abroad(self, terms: list[str], folded: str) -> bool:
        """Whether every place the terms are written gives them to another country ("Korea's sovereign AI")."""
        if self.owner is None:
            return False
        for term in terms:
            start = folded.find(term)
            while start != -1:
                end = start + len(term)
                if not (
                    self.owner.search(folded, max(0, start - 40), start)
                    or (self.owner_after is not None and self.owner_after.match(folded, end, end + 50))
                ):
                    return False
                start = folded.find(term, end)
        return True

    def outlet_abroad(self, host: str) -> bool:
        """Whether the item comes from another country's media: the outlet's language says nothing of Japan."""
        return bool(host) and _within(host, self.hosts)

    @classmethod
    def from_lexicon(cls, japan: Mapping[str, list[str]]) -> ForeignMarks:
        countries = "|".join(sorted(map(re.escape, japan["foreign_markers"]), key=len, reverse=True))
        # A country said of what follows ("米国の", "中国発の", "フランス・", "韓国企業"), not a company's own
        # name that starts with one (中国電力); or a one-character country right before a katakana or Latin name.
        before = re.compile(
            rf"(?:{countries})(?:の|発|系|・|に本社|を拠点|拠点|企業|大手|スタートアップ|新興|AI)"
            r"|(?<![\u4e00-\u9fff])[米英仏独中韓露豪印台](?=[\u30a1-\u30faA-Za-z])"
        )
        # A headline whose subject is another country or its state: "韓国、…", "米政府は…", "EU、…" (folded), or
        # its head of state or government, named or not: "米大統領、…", "トランプ米大統領、…", "習近平中国国家主席は…".
        country = rf"(?:{countries}|米|英|中|韓|仏|独|eu|欧州連合)"
        # Not 中 before a leader: 田中首相 is Japan's.
        leader_country = rf"(?:{countries}|米|英|韓|仏|独)"
        leader = "大統領|首相|国家主席|政権"
        headline = re.compile(
            rf"^(?:【[^】]*】\s*)?(?:[\u30a1-\u30fa\u30fc・\u4e00-\u9fff]{{1,10}}?(?={leader_country}(?:{leader})))?"
            rf"(?P<country>{country})(?:{leader})?(?:、|は|が|で|の|発|政府|議会|・|,|\s)",
            re.IGNORECASE,
        )
        english = "|".join(sorted(map(re.escape, japan.get("foreign_countries", ())), key=len, reverse=True))
        japanese_owner = rf"(?:{countries})(?:政府)?(?:の|版の?|独自の|発の?|が進める)?(?:国家)?"
        owner = re.compile(
            rf"(?:(?<![a-z0-9.])(?:{english})(?:'s|’s)?"
            r"(?:\s(?:government's|government|state|state-backed|own|national|new|first|planned|proposed|flagship))*\s"
            rf"|{japanese_owner})$"
            if english
            else rf"{japanese_owner}$"
        )
        # The same after the word: "the sovereign AI project of South Korea", "sovereign AI models for India".
        owner_after = (
            re.compile(rf"(?:\s[\w-]+){{0,3}}?\s(?:in|for|of|by)\s(?:the\s)?(?:{english})(?![a-z])")
            if english
            else None
        )
        owner_in_title = re.compile(rf"(?<![a-z0-9.])(?:{english})(?:'s|’s)?\s") if english else None
        return cls(
            before,
            tuple(japan["foreign_name_starts"]),
            headline,
            frozenset(japan.get("foreign_hosts", ())),
            owner,
            owner_in_title,
            owner_after,
            tuple(japan.get("foreign_name_words", ())),
            frozenset(japan.get("subject_countries", ())),
        )

    def foreign_subject(
        self,
        organisations: list[tuple[Organisation, int]],
        folded: str,
        title_length: int,
        models: Sequence[ModelFamily] = (),
        resolve: Callable[[str], Organisation | None] | None = None,
    ) -> str | None:
        """The name opening the headline when it is an organisation of a country whose domestic words a Japanese
        newsroom repeats (China, Korea: "百度、国内首位の…", "商湯科技、…"), known to the watch list or by its
        words (科技, 集団), or a model of such an organisation ("Qwen3、国産モデルで首位")."""
        if not self.subject_countries or not title_length:
            return None
        label = _HEADLINE_LABEL.match(folded)
        opening = label.end() if label else 0
        for organisation, start in organisations:
            if start == opening and organisation.country in self.subject_countries:
                return organisation.name
        if resolve is not None:
            for model in models:
                maker = resolve(model.organisation) if not model.japanese else None
                if (
                    maker is not None
                    and maker.country in self.subject_countries
                    and any(folded.startswith(alias, opening) for alias in _folded_model_aliases(model))
                ):
                    return model.name
        if not any(word in folded[opening:title_length] for word in self.name_words):
            return None
        subject = _HEADLINE_SUBJECT.match(folded, opening, title_length)
        if subject is not None and any(word in subject.group(1) for word in self.name_words):
            return subject.group(1)
        return None

    def foreign(self, name: str, document: str) -> bool:
        """Whether the name is foreign by its own start, by words only another country's names have (科技, 有限公司)
        or by the clause before any place it is written."""
        if name.startswith(self.starts) or _KATAKANA_STEM_UNIVERSITY.match(name):
            return True  # 清華大学; スタンフォード大学 (a Japanese university's name has kanji in it)
        if any(word in name for word in self.name_words):
            return True  # 商湯科技, 科技日報
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
    host: str = "",
) -> list[str]:
    """Organisations the watch list does not know, written in Japanese and not marked foreign: a Japanese
    newsroom writes a foreign company with its country ("米X", "中国のY大学"), and a Japanese one without. A
    unit named after a foreign organisation of the watch list ("アリババクラウド", "グーグル・ディープマインド")
    is foreign, and so is every name of a story whose headline is about another country ("中国のX、…") or that
    another country's outlet writes in Japanese (人民網日本語版, 聯合ニュース)."""
    if marks.headline.match(document) or marks.outlet_abroad(host):
        return []
    return [
        entry["name"]
        for entry in detected["organisations"]
        if _KANA_OR_KANJI.search(entry["name"])
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
