"""Organisation names that carry no company form: by the kind of body their ending names, by their legal
form in front, and by the words news and press releases put around a company's name.

    東北大学 / 北陸先端科学技術大学院大学 / 横浜銀行 / 三菱総合研究所 / 宇宙航空研究開発機構 / 日本新聞協会
    一般社団法人X / 国立研究開発法人X / 学校法人X
    University of Aizu / Okinawa Institute of Science and Technology / Acme Corp.
    X(東京都港区) / X(本社:東京都…) / X(東京・渋谷) / Xの代表取締役 / 米X社 / Xと資本業務提携 / X傘下の / 傘下のX
    a headline's subject: "ストックマーク、…", "Acme raises $5M …"

``candidate_names`` yields the names; ``detect.detect_names`` keeps those the watch list does not know.
Every pattern needs a marker that only names carry (an ending, a legal form, an address in brackets);
a name is the run of name characters before or after it, so sentence fragments cannot come out.

The readers are in the modules beside this one: ``detect_bodies`` (endings, legal forms, English bodies "of"
something), ``detect_japanese_context`` and ``detect_english_context`` (the words around a name), and
``detect_characters`` (the characters of a name, and its clean-up). This module runs them in their order, with
what keeps a name out, and reads the headline's subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipelines.classification.detect_bodies import (
    BY_LEGAL_FORM,
    chinese_ministries,
    english_bodies,
    foreign_addressed,
    foreign_kanji_names,
    foreign_universities,
    japanese_by_ending,
    operator_and_institution,
)
from pipelines.classification.detect_characters import (
    JAPANESE_LETTER,
    KANJI,
    LATIN_OR_KANA,
    NAME_CHARACTER,
    WORD,
    clean_name,
    present,
    undated,
)
from pipelines.classification.detect_english_context import (
    APPOSITIVE,
    BASED,
    DESCRIBED_AFTER,
    DESCRIBED_BEFORE,
    NOT_SOURCES,
    OWNER_OF_AMOUNT,
    REPORTED,
    SOURCE,
    english_roles,
)
from pipelines.classification.detect_japanese_context import (
    ACTING,
    AFTER_COMPANY_WORD,
    ANNOUNCER,
    BODIES_BY_KIND,
    BRACKETED,
    CITED,
    COMPANY_BRACKETED,
    DATED_LEAD,
    FOREIGN,
    LISTED,
    MAKER,
    MAKER_DESCRIBED,
    MAKER_OF,
    NAME_BEFORE_ADDRESS,
    NAME_BEFORE_OFFICER,
    NAME_BEFORE_PERSON,
    NAME_WITH_SHA,
    NOT_A_COMPANY_AFTER_KIND,
    OFFICER_BY_NAME,
    OPENING_SUBJECT,
    PARLIAMENTARY_GROUP,
    PERSON_BY_TRADE,
    RELATED,
    RENAMED,
    ROLE_AFTER_NAME,
    SCHEDULED_ACTS,
    SIZE_BEFORE,
    SPUN_OUT,
    SUBSCRIBER,
    SURVEYED,
)
from pipelines.classification.detect_words import GENERIC_ACTOR_TAILS, GENERIC_ACTORS, NOT_SUBJECTS

# A Japanese headline opens with its subject and a comma: "ストックマーク、…", "Sakana AI、…", "米Anthropic、…".
_HEADLINE_SUBJECT = re.compile(
    rf"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:米|英|仏|独|中国|中|韓国|韓|台湾|台|欧州|豪|印|イスラエル|仏)?"
    rf"(?P<name>{LATIN_OR_KANA})(?:、|が)"
)
# A kanji headline subject ("明治、2026年春夏の新商品説明会") counts when the body opens with it as its subject too
# ("明治は2月25日、…"); people and offices are left out (石破首相, 小池知事).
_KANJI_SUBJECT = re.compile(rf"^(?:【[^】]*】)?\s*(?P<name>[{KANJI}][{NAME_CHARACTER}]{{1,11}})、")
_PERSON_OR_OFFICE = re.compile(
    r"(?:首相|総理|大臣|大統領|国家主席|主席|知事|市長|町長|村長|社長|会長|長官|総裁|代表|氏|さん|相|容疑者|被告|選手|監督)$"
)
# An English headline's subject before the verb of a company's own news: "Acme raises $5M", "Acme launches …"
# (not "releases" or "introduces": a paper's title says that of its method).
_ENGLISH_SUBJECT = re.compile(
    r"^(?:(?:Japan's|Japan’s|Japanese|Tokyo-based|Osaka-based|AI|[Ss]tartup|[Ss]tart-up|[Ff]irm|The) )*"
    rf"(?P<name>{WORD}(?: {WORD}){{0,2}}) (?:[Rr]aises|[Ss]ecures|[Cc]loses|[Ll]ands|[Bb]ags|[Ll]aunches|[Uu]nveils"
    r"|[Aa]cquires|[Pp]artners [Ww]ith|[Tt]eams [Uu]p [Ww]ith)\b"
)


# A possessive left at the end of a name read ("Acme's"): no part of it.
_POSSESSIVE = re.compile(r"(?:'s|’s)$")


# The readers of a name from the words around it, in the order they are tried, each with the text it is tried on
# (one that reads Japanese words is not tried on English text, where it cannot match) and whether it reads a name
# from the role it plays, where a word for who plays it may stand instead (a generic actor is then no name).
_JAPANESE, _ANY = True, False
_ROLE, _NAME = True, False
_READERS = (
    (BY_LEGAL_FORM, _JAPANESE, _NAME),
    (NAME_BEFORE_ADDRESS, _JAPANESE, _NAME),
    (NAME_BEFORE_OFFICER, _JAPANESE, _NAME),
    (NAME_WITH_SHA, _JAPANESE, _NAME),
    (RELATED, _JAPANESE, _NAME),
    (CITED, _JAPANESE, _NAME),
    (DESCRIBED_AFTER, _ANY, _NAME),
    (BASED, _ANY, _NAME),
    (DATED_LEAD, _JAPANESE, _NAME),
    (SUBSCRIBER, _JAPANESE, _NAME),
    (BRACKETED, _JAPANESE, _NAME),
    (DESCRIBED_BEFORE, _ANY, _NAME),
    (REPORTED, _ANY, _NAME),
    (APPOSITIVE, _ANY, _NAME),
    (MAKER, _JAPANESE, _NAME),
    (MAKER_DESCRIBED, _JAPANESE, _ROLE),
    (OWNER_OF_AMOUNT, _ANY, _NAME),
    (SOURCE, _ANY, _NAME),
    (FOREIGN, _JAPANESE, _ROLE),
    (SIZE_BEFORE, _JAPANESE, _ROLE),
    (ACTING, _JAPANESE, _ROLE),
    (COMPANY_BRACKETED, _JAPANESE, _ROLE),
    (ANNOUNCER, _JAPANESE, _ROLE),
    (OFFICER_BY_NAME, _JAPANESE, _ROLE),
    (LISTED, _ANY, _ROLE),
    (MAKER_OF, _JAPANESE, _ROLE),
    (SURVEYED, _JAPANESE, _ROLE),
    (NAME_BEFORE_PERSON, _JAPANESE, _ROLE),
    (ROLE_AFTER_NAME, _JAPANESE, _ROLE),
    (SPUN_OUT, _JAPANESE, _ROLE),
    (RENAMED, _JAPANESE, _NAME),
    (AFTER_COMPANY_WORD, _JAPANESE, _ROLE),
    (PARLIAMENTARY_GROUP, _JAPANESE, _NAME),
)
_JAPANESE_ONLY = frozenset(reader[1] for reader, japanese_only, _ in _READERS if japanese_only)
_ROLE_PATTERNS = frozenset(reader[1] for reader, _, reads_role in _READERS if reads_role)


def candidate_names(text: str, title: str, body_start: int, known: Callable[[str], object]) -> Iterator[str]:
    """Organisation names in ``text`` (normalised: NFKC, not folded) found by ending, legal form or context.

    ``title`` is the headline (its subject is read too); ``known`` resolves a name on the watch list.
    """
    japanese = JAPANESE_LETTER.search(text) is not None
    if japanese:
        yield from japanese_by_ending(text, known)
    for (needs, pattern), _, _ in _READERS:
        if (not japanese and pattern in _JAPANESE_ONLY) or not present(needs, text):
            continue
        for match in pattern.finditer(text):
            groups = match.groupdict()
            name = clean_name(groups.get("name") or groups.get("after") or groups.get("latin") or "")
            name = undated(
                _POSSESSIVE.sub("", name), text, match.start("name") if groups.get("name") else match.start()
            )
            if pattern in _ROLE_PATTERNS and (name in GENERIC_ACTORS or name.endswith(GENERIC_ACTOR_TAILS)):
                continue
            if pattern is SOURCE[1] and name in NOT_SOURCES:
                continue  # "citing Table 2."
            if pattern is DATED_LEAD[1] and (name in SCHEDULED_ACTS or name in BODIES_BY_KIND):
                continue  # "予約は2月22日から", "施行は3月1日": an act and its date; "県警は20日": a kind of body
            if pattern is SIZE_BEFORE[1] and groups.get("after") and NOT_A_COMPANY_AFTER_KIND.search(name):
                continue  # "大手の各社は", "ベンチャーの企業が": many companies, not one
            parts = operator_and_institution(name) if pattern is BY_LEGAL_FORM[1] else None
            if parts:
                yield from parts  # "学校法人X学園Y高校": the operator and its school, each by its own name
            elif name and name not in NOT_SUBJECTS and not _PERSON_OR_OFFICE.search(name):
                yield name
    if japanese:
        yield from chinese_ministries(text)
        yield from foreign_kanji_names(text)
        yield from foreign_addressed(text)
        yield from foreign_universities(text)
    yield from english_bodies(text, body_start)
    yield from english_roles(text, japanese)
    kanji_subject = _KANJI_SUBJECT.match(title)
    if kanji_subject is not None:
        name = kanji_subject.group("name")
        if (
            text.startswith((name + "は", name + "が", name + "("), body_start)
            and not _PERSON_OR_OFFICE.search(name)
            and name not in NOT_SUBJECTS
        ):
            yield name
    opening = OPENING_SUBJECT.match(text, body_start) if japanese and body_start else None
    if opening is not None:
        name = clean_name(opening.group("name"))
        if (
            name not in NOT_SUBJECTS
            and name not in GENERIC_ACTORS
            and not name.endswith(GENERIC_ACTOR_TAILS)
            and not PERSON_BY_TRADE.search(name)
        ):
            yield name
    for subject in (_HEADLINE_SUBJECT, _ENGLISH_SUBJECT):
        opening = subject.match(title)
        if opening is not None:
            name = clean_name(opening.group("name"))
            if name not in NOT_SUBJECTS and not name.isdigit():
                yield name
