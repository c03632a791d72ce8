"""What says a name or a word of an item is another country's, for its Japan evidence: the lexicon's foreign
markers before a name, a headline whose subject is another country or its organisation, another country's outlet,
and the names a Japanese newsroom writes without a country (Japanese organisations the watch list does not know)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from common.folding import fold_term
from common.text import host_within
from config.watchlist import ModelFamily, Organisation
from pipelines.classification.headline import HEADLINE_LABEL
from pipelines.classification.relevance_bystanders import sentence_end, sentence_start

_KANA_OR_KANJI = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
_KANJI_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
_KATAKANA_STEM_UNIVERSITY = re.compile(r"^[\u30a1-\u30ff・ー]+大学(?:院)?$")
# A city or a state written in katakana, and its bodies ("ニューヨーク市教育局", "カリフォルニア州議会"): another
# country's (Japan's cities are written in kanji or hiragana; ニセコ町 is a town).
_KATAKANA_CITY = re.compile(
    r"^[\u30a1-\u30ff・ー]{2,}(?:州|市(?:$|議会|役所|庁|長|当局|政府|教育局|警察|交通局))"
)  # not a store's name that runs on into a kanji place (イオン市川店)
# A name written only in katakana, as a newsroom writes a foreign name ("バロー・エクイティ・パートナーズ").
_KATAKANA_ONLY = re.compile(r"^[\u30a1-\u30ff・ー\s]+$")
# The name that opens a headline, after its label ("百度、…", "X は…").
_HEADLINE_SUBJECT = re.compile(r"([^、,\s「」『』]{2,20}?)(?:、|は|が|,|\s)")
# The subject opening a headline, as a Japanese headline gives it before its comma ("X、…"): a name of letters, digits,
# kana or kanji, not ending in a particle (an adverb or a clause before a comma: "ついに、", "政府が、").
_OPENING_SUBJECT = re.compile(
    r"([a-z0-9\u3041-\u3096\u30a1-\u30fc\u4e00-\u9fff][a-z0-9.&\-\u3041-\u3096\u30a1-\u30fc・\u4e00-\u9fff]{0,19})"
    r"(?<![はがもでにをとのへやか])、"
)
# Where the clause before a name ends: a sentence, or a list or pair ("米X社と、Y大学が").
_CLAUSE_END = re.compile(r"[。．.!?！？]|と|や|及び|および|ならびに")
# A company's name in Latin letters or katakana (folded), right after a country.
_PREFIXED_NAME = re.compile(r"[a-z0-9][a-z0-9.&\-]*|[\u30a1-\u30fa\u30fc・]{2,}")
# How a Japanese headline writes the subject countries (watch-list codes) right before a company's Latin or katakana
# name: "中国DeepSeek、…", "韓国Naver、…", "台湾フォックスコン、…".
_SUBJECT_COUNTRY_PREFIXES = {"CN": ("中国", "中"), "KR": ("韓国", "韓"), "TW": ("台湾", "台"), "HK": ("香港",)}


@lru_cache(maxsize=1024)
def _folded_model_aliases(model: ModelFamily) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fold_term(alias) for alias in (model.name, *model.aliases) if alias))


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
    # A country written right against a name, with no の or 企業 between: "中国ミニマックス", "韓国Kakao",
    # "フランスMistral" (a country in katakana only before a Latin name: フランスベッド is a Japanese company).
    glued: re.Pattern[str] | None = None
    # Another country by its name in a list (folded): "the us", "uk", "france", "韓国", "英国"; and the same with a
    # list's separator, before a name ("uk and ", "英国、") and after it (", the us", "や中国").
    country_name: re.Pattern[str] | None = None
    country_listed_before: re.Pattern[str] | None = None
    country_listed_after: re.Pattern[str] | None = None
    # Japan's prefectures without their suffix (岩手, 新潟, 北海道): a name that opens with one is Japanese whatever
    # word it has of those that Chinese names use (岩手日報, 新潟日報 are regional papers, as 人民日報 is not).
    prefectures: tuple[str, ...] = ()
    # Another country written right against a word of the state, as its owner (folded): "米国内", "中国国内",
    # "韓国国会", "中国産", "州政府", "各国政府". Japanese text names Japan's own state without a country.
    state_owner: re.Pattern[str] | None = None
    # Japan's courts, police and local offices by their short names (folded): another country's after a place in
    # katakana ("ニューヨーク地裁", "ソウル市役所"); Japan's places are written in kanji.
    state_bodies: frozenset[str] = frozenset()
    # A body whose first sentence has another country's body or company as its subject ("英国の科学・イノベーション・
    # 技術省は…", "中国国務院は…", "米オープンAIは…"): how a Japanese newsroom opens a story about another country.
    lead: re.Pattern[str] | None = None

    def foreign_word(self, name: str) -> bool:
        """Whether the name has a word only other countries' names have (科技, 有限公司, 日報) and does not open with
        a Japanese prefecture's name (岩手日報社 is Iwate's paper, 科技日報 China's)."""
        return any(word in name for word in self.name_words) and not (
            self.prefectures and name.startswith(self.prefectures)
        )

    def state_abroad(self, term: str, folded: str) -> bool:
        """Whether every place the state word is written has another country right before it ("米国内の工場",
        "韓国国会で", "中国産の部品"): the word is that country's state, not Japan's."""
        if self.state_owner is None:
            return False
        start = folded.find(term)
        if start == -1:
            return False
        while start != -1:
            # The country may share the word's first character: 中国産 is 中国 and 国産, 韓国内 韓国 and 国内.
            if not (
                self.state_owner.search(folded, max(0, start - 12), start)
                or (
                    term in self.state_bodies
                    and start
                    and "\u30a1" <= folded[start - 1] <= "\u30fc"
                    and not "\u30a1" <= term[0] <= "\u30fc"  # マザーズハローワーク is Japan's
                )
                or (folded.startswith("国", start) and self.state_owner.search(folded, max(0, start - 11), start + 1))
            ):
                return False
            start = folded.find(term, start + len(term))
        return True

    def foreign_state_body(self, name: str) -> bool:
        """Whether a name is a body of the state (地裁, 最高裁, 市役所) with another country or a place in katakana
        written before it ("米最高裁", "連邦地裁", "ニューヨーク地裁"): another country's court or office."""
        if self.state_owner is None:
            return False
        for body in self.state_bodies:
            if name.endswith(body) and len(name) > len(body):
                before = name[: -len(body)]
                if self.state_owner.search(before) or "\u30a1" <= before[-1] <= "\u30fc":
                    return True
        return False

    def lead_abroad(self, folded: str, title_length: int) -> str | None:
        """The country of the body's first subject when it is another country's ("英国の…省は", "中国国務院は"):
        the story is that country's, as when its headline opens with the country."""
        if self.lead is None or not title_length or title_length + 1 >= len(folded):
            return None
        match = self.lead.match(folded, title_length + 1)
        return (match.group("country") or match.group("letter")) if match is not None else None

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

    def foreign_partner_headline(
        self, organisations: list[tuple[Organisation, int]], folded: str, title_length: int
    ) -> bool:
        """Whether a headline that names a foreign organisation opens with another name as its subject, given with
        no country ("X、グーグルと資本業務提携", "X、米NVIDIAから出資"): the foreign one is the subject's partner or
        backer, and the story the subject's own."""
        title = folded[:title_length]
        if self.headline.match(title):
            return False
        label = HEADLINE_LABEL.match(title)
        opening = label.end() if label else 0
        subject = _OPENING_SUBJECT.match(title, opening)
        if subject is None or self.before.search(subject.group(1)) or self.foreign_word(subject.group(1)):
            return False
        if self.glued is not None and self.glued.match(subject.group(1)):
            return False
        if self.owner_in_title is not None and self.owner_in_title.search(title, 0, subject.end()):
            return False
        return all(
            each.japanese or not each.country or start >= subject.end()
            for each, start in organisations
            if start < title_length
        )

    def owned_abroad(self, terms: list[str], folded: str, title_length: int = 0) -> bool:
        """Whether every place the terms are written gives them to another country ("Korea's sovereign AI").

        A headline shortens what its body says ("… for Sovereign AI Foundation Model Project" over "the Korean
        government's Sovereign AI Foundation Model project"): places in the headline that name no country take
        the body's owner when the body names the terms, and gives every place of them to another country."""
        if self.owner is None:
            return False
        in_body = unowned_in_headline = False
        for term in terms:
            start = folded.find(term)
            while start != -1:
                end = start + len(term)
                in_body = in_body or start >= title_length
                if not (
                    self.owner.search(folded, max(0, start - 40), start)
                    or (self.owner_after is not None and self.owner_after.match(folded, end, end + 50))
                ):
                    if start >= title_length:
                        return False
                    unowned_in_headline = True
                start = folded.find(term, end)
        return in_body or not unowned_in_headline

    def one_country_of_several(self, term: str, folded: str, title_length: int) -> bool:
        """Whether Japan is named only in the body, each time as one country of a list of three or more ("users in
        the US, UK and Japan", "米国、英国、日本など"): a market among others, as Japanese is one language among
        others, is no tie to Japan."""
        if self.country_name is None or self.country_listed_before is None or self.country_listed_after is None:
            return False
        start = folded.find(term)
        if start == -1 or start < title_length:
            return False
        while start != -1:
            end = start + len(term)
            if not (
                self.country_listed_before.search(folded, max(0, start - 30), start)
                or self.country_listed_after.match(folded, end)
            ):
                return False
            window = folded[max(sentence_start(folded, start), start - 50) : min(sentence_end(folded, end), end + 50)]
            if len({match.group(0) for match in self.country_name.finditer(window)}) < 2:
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
            # The same with what the company is between: "米新興企業オーロラ・セラピューティクス", "英大手X" (not 中, as
            # in 中大手, a size of Japanese company).
            r"|(?<![\u4e00-\u9fff])[米英仏独韓露豪印台](?:新興企業|新興|大手|企業)(?=[\u30a1-\u30faA-Za-z])"
        )
        # A headline whose subject is another country or its state: "韓国、…", "米政府は…", "EU、…" (folded), or
        # its head of state or government, named or not: "米大統領、…", "トランプ米大統領、…", "習近平中国国家主席は…".
        country = rf"(?:{countries}|米|英|中|韓|仏|独|eu|欧州連合)"
        # Not 中 before a leader: 田中首相 is Japan's.
        leader_country = rf"(?:{countries}|米|英|韓|仏|独)"
        leader = "大統領|首相|国家主席|政権"
        headline = re.compile(
            rf"^(?:【[^】]*】\s*)?(?:[\u30a1-\u30fa\u30fc・\u4e00-\u9fff]{{1,10}}?(?={leader_country}(?:{leader})))?"
            rf"(?P<country>{country})(?:{leader})?(?:、|は|が|で|の|発|政府|議会|国会|・|,|\s)",
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
        markers = sorted(japan["foreign_markers"], key=len, reverse=True)
        kanji = "|".join(re.escape(each) for each in markers if _KANJI_ONLY.match(each))
        others = "|".join(re.escape(each) for each in markers if not _KANJI_ONLY.match(each))
        glued = re.compile(
            rf"(?<![\u4e00-\u9fff])(?:{kanji})(?=[\u30a1-\u30faA-Za-z])"
            + (rf"|(?<![\u30a1-\u30fa])(?:{others})(?=[A-Za-z])" if others else "")
        )
        # "the us", and a bare "us" only as an item of a list ("the us, uk and japan", "us and japanese law").
        country = (
            rf"(?<![a-z0-9.])(?:the us|us(?=,\s|\sand\s)|{english})(?![a-z])|{countries}" if english else countries
        )
        country_name = re.compile(country)
        separator = r"(?:,\s?|、|や|・|\sand\s|\sor\s|,\sand\s)"
        country_listed_before = re.compile(rf"(?:{country}){separator}$")
        country_listed_after = re.compile(rf"{separator}(?:{country})")
        # A country, a single-character one not after another kanji (日米政府 is both countries'), or a word for
        # other countries (各国, 外国, 州), right before a word of the state.
        # (州 not as the end of Japan's 九州 or 本州: "九州の自治体" is Japan's.)
        owners = "|".join(
            sorted(
                (
                    r"(?<![九本])州" if each == "州" else re.escape(each)
                    for each in [*japan["foreign_markers"], *japan.get("state_owners", ())]
                ),
                key=len,
                reverse=True,
            )
        )
        # Another country's city or province written in kanji before its 政府 or 議会 ("北京市政府", "上海市議会").
        cities = "|".join(sorted(map(re.escape, japan["foreign_name_starts"]), key=len, reverse=True))
        state_owner = re.compile(
            rf"(?:{owners}|(?:{cities})(?:市|省)|(?<![\u4e00-\u9fff])[米英韓仏独露豪印])(?:連邦)?の?$"
        )
        # The body's first subject with its country: the country and の, or a country written right against a
        # company's katakana or Latin name, or against a body of the state in kanji (中国国務院, not 中国電力, nor
        # Japan's 中国地方 and 中国・四国); the subject runs with no list or clause in it to the は of a lead, before
        # a comma or a date ("…省は2025年2月14日、"), not to a clause's が ("米国のX社が開発した…"); or the
        # country as the scene ("米国では、…", "中国では…").
        # (Words for other countries in general, 州, 連邦, タイ as in タイムズ, and 海外 are no one country.)
        named = [*japan["foreign_markers"], *japan.get("state_owners", ()), "欧州連合"]
        general = {"海外", "各国", "外国", "他国", "諸国", "州", "連邦", "タイ", "eu"}
        lead_countries = "|".join(
            sorted((re.escape(each) for each in named if each not in general), key=len, reverse=True)
        )
        lead_countries += r"|eu(?![a-z])"  # not the letters of a Latin name (eureka)
        # and another country's city or province written in kanji, with 市 or 省, or its university ("上海市は",
        # "北京市政府は", "清華大学は")
        lead_countries += "|" + "|".join(
            rf"{re.escape(each)}(?:市|省|[\u4e00-\u9fff]{{0,6}}大学)"
            for each in sorted(japan["foreign_name_starts"], key=len, reverse=True)
        )
        lead = re.compile(
            r"(?:【[^】]*】\s*)?"
            rf"(?:(?P<country>{lead_countries})(?!地方|・?四国)"
            r"(?:の|・|(?=は)|(?=では)|(?=[\u30a1-\u30faa-z])"
            r"|(?=[\u4e00-\u9fff]{0,12}?(?:院|省|部|庁|委員会|政府|議会|国会|裁判所)))"
            r"|(?P<letter>[米英仏独韓露豪印台中])(?=[\u30a1-\u30faa-z]))"
            r"(?:[^、。はがとや]{0,30}?は(?=、|,|\d)|では)"
        )
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
            glued,
            country_name,
            country_listed_before,
            country_listed_after,
            tuple(
                term[:-1] if term.endswith(("県", "府")) else term
                for term in japan.get("place", ())
                if term.endswith(("県", "府")) or term == "北海道"
            ),
            state_owner=state_owner,
            state_bodies=frozenset(fold_term(term) for term in japan.get("state_bodies", ())),
            lead=lead,
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
        label = HEADLINE_LABEL.match(folded)
        opening = label.end() if label else 0
        prefixed = self._subject_country_prefix(folded, opening, title_length)
        if prefixed is not None:
            return prefixed
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
        if subject is not None and self.foreign_word(subject.group(1)):
            return subject.group(1)
        return None

    def _subject_country_prefix(self, folded: str, opening: int, title_length: int) -> str | None:
        """The company's name when the headline opens with a subject country written right before it, in Latin
        letters or katakana ("韓国naver、…", "中国deepseek、…"): the country says whose company it is, known to the
        watch list or not."""
        for code in self.subject_countries:
            for prefix in _SUBJECT_COUNTRY_PREFIXES.get(code, ()):
                if folded.startswith(prefix, opening):
                    name = _PREFIXED_NAME.match(folded, opening + len(prefix), title_length)
                    if name is not None:
                        return prefix + name.group(0)
        return None

    def foreign(self, name: str, document: str) -> bool:
        """Whether the name is foreign by its own start, by words only another country's names have (科技, 有限公司)
        or by the clause before any place it is written."""
        if name.startswith(self.starts) or _KATAKANA_STEM_UNIVERSITY.match(name) or _KATAKANA_CITY.match(name):
            return True  # 清華大学; スタンフォード大学 (a Japanese university's name has kanji in it)
        if self.foreign_word(name):
            return True  # 商湯科技, 科技日報 (not 岩手日報)
        if self.before.match(name) or (self.glued is not None and self.glued.match(name)):
            return True  # 米Google, 中国ミニマックス: the name as read keeps its country in front
        start = document.find(name)
        while start != -1:
            clause = document[max(0, start - 30) : start]
            ends = list(_CLAUSE_END.finditer(clause))
            # With the name's first letter: a one-character country counts only before a katakana or Latin one.
            tail = (clause[ends[-1].end() :] if ends else clause) + name[:1]
            if self.before.search(tail):
                return True
            if self.glued is not None and any(
                country.end() == len(tail) - 1 for country in self.glued.finditer(tail, max(0, len(tail) - 12))
            ):
                return True  # "中国ミニマックス": a country right before the name
            start = document.find(name, start + 1)
        return False


def japanese_detected(
    detected: Mapping[str, list[dict[str, str]]],
    document: str,
    marks: ForeignMarks,
    resolve: Callable[[str], Organisation | None],
    host: str = "",
    foreign_headline: bool = False,
    foreign_lead: bool = False,
) -> list[str]:
    """Organisations the watch list does not know, written in Japanese and not marked foreign: a Japanese
    newsroom writes a foreign company with its country ("米X", "中国のY大学"), and a Japanese one without. A
    unit named after a foreign organisation of the watch list ("アリババクラウド", "グーグル・ディープマインド")
    is foreign, and so is every name of a story whose headline is about another country ("中国のX、…") or that
    another country's outlet writes in Japanese (人民網日本語版, 聯合ニュース).

    In a story whose headline names a foreign company (``foreign_headline``: "xAI、…を計画"), a name written only
    in katakana ("バロー・エクイティ・パートナーズ") is that company's partner spelt out, as a newsroom transliterates
    every foreign name: no Japanese organisation by itself. So is every name of a story whose body opens with
    another country's body as its subject (``foreign_lead``: "英国の科学・イノベーション・技術省は…"): a Japanese
    newsroom writes every body of another country's story in Japanese ("…国防科学技術研究所と連携し"), unless the
    name opens a later sentence as its subject ("ヒノキ医療研究所も…を検証した"): a body that acts in the story."""
    if marks.headline.match(document) or marks.outlet_abroad(host):
        return []
    return [
        entry["name"]
        for entry in detected["organisations"]
        if _KANA_OR_KANJI.search(entry["name"])
        and not (foreign_lead and not _acts_in_a_sentence_of_its_own(entry["name"], document))
        and not entry.get("foreign")  # the detector read it as foreign (中国の工業情報化部, Xサンディエゴ校)
        and not (foreign_headline and _KATAKANA_ONLY.match(entry["name"]))
        and not marks.foreign(entry["name"], document)
        and not marks.foreign_state_body(entry["name"])
        and not _named_after_foreign(entry["name"], resolve)
    ]


# A name opening a sentence as its subject: "。Xは", "。Xも", "。Xが", "。Xでは".
_SUBJECT_AFTER = ("は", "も", "が", "では", "、")


def _acts_in_a_sentence_of_its_own(name: str, document: str) -> bool:
    """Whether the name opens a sentence after the first as its subject ("。ヒノキ医療研究所も…を検証した")."""
    start = document.find(name)
    while start != -1:
        if start > 0 and document[start - 1] == "。" and document.startswith(_SUBJECT_AFTER, start + len(name)):
            return document.find("。") < start - 1
        start = document.find(name, start + 1)
    return False


def _named_after_foreign(name: str, resolve: Callable[[str], Organisation | None]) -> bool:
    """Whether the longest watch-list name that begins ``name`` is a foreign organisation's."""
    for end in range(len(name) - 1, 1, -1):
        known = resolve(name[:end].rstrip("・ "))
        if known is not None:
            return not known.japanese
    return False
