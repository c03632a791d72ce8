"""An issuer's own wording against a reporter's, for an item's kind: a release's legal forms, polite forms and
headlines, a newsroom's headline about its own work, an event's notice; a reporter's terms, and a digest's headline,
which make news."""

from __future__ import annotations

import re
from collections.abc import Sequence

from common.folding import fold_term
from config.watchlist import Organisation
from pipelines.classification.headline import HEADLINE_LABEL
from pipelines.classification.relevance import Evidence

# A headline over a digest of the week's or the month's stories ("【今週のAIニュース】…", "This week in AI: …",
# "生成AIニュースまとめ"): news, whatever single story it names first.
DIGEST = re.compile(
    r"(?:今週|先週|今月|週刊|月刊)の?[^】\]]{0,12}(?:ニュース|まとめ|トピックス)|ニュースまとめ|まとめ[】\]]|ダイジェスト"
    r"|this week in\b|\bweek in review\b|\b(?:weekly|monthly) (?:roundup|recap|digest|newsletter)\b"
    r"|\b(?:news )?(?:roundup|round-up|recap|digest)\b"
)
# A headline telling of a lab's own work: "産総研、日本語音声の基盤モデルを公開", "NICT develops a translation model",
# "…センターを設立", "…と連携協定を締結".
OWN_WORK_HEADLINE = re.compile(
    r"開発|公開|発見|成功|達成|解明|実証|構築|リリース|提供|発売|受賞|新技術|新手法|設立|開設|発足|締結|連携|協定"
    r"|\b(?:develops?|developed|releases?|released|launch(?:es|ed)?|unveils?|unveiled|discover(?:s|ed)?"
    r"|achieves?|achieved|demonstrates?|demonstrated|open-sources?|builds?|built|establish(?:es|ed)?|opens?|opened"
    r"|signs?|signed|partners?|partnered)\b"
)
# The body opening with a company's legal form and its name ("株式会社X(本社…)は", "X株式会社と株式会社Yは"): a
# release's first sentence; reporters drop the form.
OWN_LEAD = re.compile(
    # (not a town opening the lead with the company as its partner, "群馬県X市とY株式会社は": a report of the pair;
    # nor the company introduced by its head office, "X市に本社を置く株式会社Yは", as reporters introduce it)
    # (nor introduced by what it runs or when it was founded, "…を運営する学校法人Xは", "…を手がけるX株式会社は", "…で
    # 2021年に創業した株式会社Xは": a reporter's introduction, as "に本社を置く" is; a release opens on its product,
    # "生成AI「X」を提供する株式会社Yは")
    r"(?![\u4e00-\u9fff]{1,8}[都道府県市区町村]と|[^。、]{0,30}に本社を置く"
    r"|[^。、]{0,40}?(?:運営する|経営する|手がける|手掛ける|創業した|設立された|設立した)"
    r"(?:株式会社|学校法人|一般社団法人|一般財団法人|公益財団法人|[^。、\s]{1,20}株式会社))"
    # (nor after another subject, "旅行メディアXのライターが、株式会社Yが提供する…": a writer telling of the company)
    r"(?:(?!(?:が|は)、)[^。]){0,40}?(?:(?:株式会社|一般社団法人|一般財団法人|公益財団法人|学校法人)[^。、]{1,30}"
    r"|[^。、]{1,30}株式会社)"
    r"(?:\([^)]*\))?(?:は|と|が)"
)
# The same in English: the body opening with a company's name and legal form as the subject of a verb of announcing
# or doing ("Tokyo-based Acme Co., Ltd. announced …", "Acme Inc. said on June 2 that …", "Acme K.K. (Acme) has
# launched …"): a release's first sentence (folded text); reporters write "Acme said".
OWN_LEAD_EN = re.compile(
    r"(?:the )?(?:[\w&'’-]+ ){0,5}?[\w&'’-]+,? (?:co\.,? ?ltd\.?|inc\.|k\.k\.)(?: \([^)]{1,40}\))?,?"
    r" (?:today |on [\w ,]{3,24}? |has |have )?(?:announced|announces|said|says|launched|launches|released|releases"
    r"|unveiled|unveils|introduced|introduces|developed|develops|began|begins|started|starts|signed|signs)\b"
)
# A headline that opens with the issuer's legal form ("株式会社ABEJA「…」"): the organisation's own wording. So does a
# wire's headline that opens with the issuer's name, its legal form and a colon ("Fujitsu Ltd: Osaka Hospital Launches
# …", "Acme Holdings Inc.: …"), as financial news sites print releases (folded text).
OWN_HEADLINE = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*(?:株式会社|合同会社|一般社団法人|一般財団法人|公益財団法人|国立大学法人|学校法人|国立研究開発法人"
    r"|[a-z0-9][\w.&'’ -]{0,60}?\s"
    r"(?:ltd|limited|inc|corp|corporation|co\.,? ltd|plc|k\.k|llc|gmbh|ag|se|n\.v|s\.a)\.?:\s)"
)
# The polite forms of an organisation speaking for itself, which reporters do not write.
POLITE = re.compile(r"ました|します|ません|いたし|お知らせ|弊社|当社")
# A short quotation: a title or a phrase someone else wrote.
_QUOTATION = re.compile(r"「[^「」]{0,40}」")
# A headline announcing or reporting an event that its organiser holds: "生成AI活用セミナーを開催します",
# "ハッカソン 参加者募集", "【セミナーレポート】", "「AI博覧会」に出展", "Join us at …", "Webinar: …". The organiser's
# own notice (press), a company's or a local government's.
EVENT_HEADLINE = re.compile(
    r"(?:セミナー|ウェビナー|イベント|シンポジウム|カンファレンス|フォーラム|ハッカソン|アイデアソン|ワークショップ|説明会"
    r"|勉強会|講演会|講座|研修会|交流会|展示会|エキスポ|expo)[^。]{0,30}?(?:を?開催(?:します|いたします|決定|のお知らせ|報告)?"
    r"|参加者?(?:を)?募集|申込|受付|のご案内|のお知らせ|レポート)"
    r"|(?:に|へ)出展|に登壇|開催(?:します|いたします|決定|のお知らせ)"
    # The organiser calling for participants, whatever the event is called ("事例研究「…」を開催、参加者を募集").
    r"|(?:参加者|受講者|受講生)を?募集"
    r"|\bjoin us\b|\bwebinar\b|\bregister (?:now|today|here)\b|\bvisit (?:us|our booth)\b"
)
# A piece that calls itself an interview, in the headline or the first sentence: "文部科学省に聞く", "…課長に
# インタビューした記事", "…統括官に聞いたインタビュー", "Interview: …", "in an interview with the minister": an
# outlet's report of what an official says, not the state acting (a head of state announcing in a TV interview speaks
# in the lead).
INTERVIEW = re.compile(
    r"(?:に|へ)聞く|聞いたインタビュー|インタビュー(?:した|記事|を行)|へのインタビュー|【インタビュー】"
    r"|^interview\s?[:|]|\b(?:an|this|the) interview with\b|\binterviewed\b"
)
# A piece that calls itself an opinion, a contributed essay or a conversation ("…氏の論考", "…氏による寄稿", "対談",
# "Opinion: …", "an op-ed"), or a paper's editorial by the label its headline opens with ("社説:", "【主張】", "(社説)",
# "Editorial: …"): its writer's view of the state's doings. (Not a コラム: a mayor's column or a consultant's column on
# a programme's results tells of the state's act.)
OPINION = re.compile(
    r"論考|寄稿|対談|鼎談|語り合|\bop-ed\b|^(?:opinion|commentary|essay|editorial)\s?[:|]"
    # (headlines lose their spaces: "社説 AI規制を…" reads "社説ai規制を…"; 主張 bare is a label only before a noun)
    r"|^[【\[(]?(?:社説|論説)(?![のをがはにでと])|^[【\[(]主張[】\])]|^主張(?=[\u30a1-\u30fa\u4e00-\u9fff])"
    r"|\b(?:an? |this )(?:opinion|commentary) (?:piece|column)\b"
)
# A headline reviewing a year ("2025年のフードテックを振り返る", "今年のAIを振り返り", "Recap 2023: …",
# "2024 in review"): the year's many stories, of which the state's act is one. (A white paper looking back on
# "戦後80年の歩み" reviews no year.)
YEAR_REVIEW = re.compile(
    r"(?:20\d\d年|今年|この1年)[^。]{0,30}?振り返[るり]|\b(?:year in review|recap 20\d\d|20\d\d (?:in review|recap))\b"
)
# A survey or a document cited ("調査によると", "according to the survey"): neutral, said by releases and reports.
_CITATION = re.compile(
    r"(?:調査|結果|データ|統計|レポート|報告書|白書|資料|試算|推計)(?:結果)?によると"
    r"|according to (?:the |a |an |our |its |this |their )?(?:[a-z0-9-]+ ){0,3}"
    r"(?:survey|report|study|data|research|poll|analysis|index|ranking|estimates?|figures)"
)
# The end of a newsroom's headline, where the body tells what it did itself: "…第2版を発行", "…を公開しました",
# "…に関するお知らせ".
OWN_NEWSROOM_HEADLINE = re.compile(
    r"(?:を|の)(?:公開|発行|発表|開始|策定|改訂|刊行|公表|締結|受賞|リリース|提供開始)(?:しました|いたしました)?$"
    r"|(?:に関する|についての|の)お知らせ$"
)
# A headline that names who acts: "X、…", "Xが…", "Xは…", "X and Y …" (a comma or a particle in its first words).
HEADLINE_SUBJECT = re.compile(
    r"^(?:【[^】]*】|\[[^\]]*\])?\s*[^、。]{1,25}?(?:、|,|が|は(?!じめ)|と[^、。]{1,20}(?:、|が|は))"
)


# A site's owner that is itself a publication, by its name ("News On Japan", "X Times", "Y新聞") or as the text
# introduces it ("旅行メディアHOTTEL", "物流メディアLogiShift", "HOTTELの記者", "X編集部"): its pages are its reports.
_PUBLICATION_NAME = re.compile(
    r"\b(?:news|times|journal|shimbun|magazine|gazette|herald|tribune|daily|weekly)\b|ニュース|新聞|マガジン|ジャーナル|タイムズ"
)
_PUBLICATION_BEFORE = r"(?:メディア|マガジン|ニュースサイト|情報サイト|専門誌|業界紙|専門紙|媒体)「?"
_PUBLICATION_AFTER = (
    r"」?(?:の|が)?(?:記者|ライター|編集部|編集長)|, an? (?:[a-z-]+ )?(?:news|media) (?:site|outlet|publication)"
)


def publication_owner(name: str, folded: str) -> bool:
    """Whether the site's owner (the issuer the watch list knows, or a name the host spells) is a publication: by its
    name, or as the text introduces it; its site is a news outlet's."""
    name = name.lower()
    if _PUBLICATION_NAME.search(name):
        return True
    if name not in folded:
        return False
    escaped = re.escape(name)
    return re.search(f"{_PUBLICATION_BEFORE}{escaped}|{escaped}(?:{_PUBLICATION_AFTER})", folded) is not None


# What follows an organisation's name that opens a headline as the one acting: a subject's mark ("読売新聞、米Xを提訴",
# "日経は") or, in English, a verb ("The New York Times sues …", "Nikkei to buy …"); not more of a longer name
# (日経平均, 日経ビジネス, "TechCrunch Disrupt 2025: …"), a noun ("Nikkei Asia survey: …") nor a possessive.
_ACTING_AFTER_NAME = re.compile(r"[、,]|[はが](?![\u3041-\u3096])| (?:to|will) [a-z]| [a-z]+(?:s|ed)\b")


def opens_headline(
    organisation: Organisation | None,
    organisations: list[tuple[Organisation, int]],
    folded: str,
    document: str = "",
    spans: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether the organisation is the first words of the headline, a label ("【速報】") aside, as the one acting:
    its name (where ``spans`` say it is named, or one of its names) then a subject's mark or a verb; with no
    ``document``, its name alone."""
    if organisation is None:
        return False
    label = HEADLINE_LABEL.match(folded)
    begins = label.end() if label else 0
    if not any(found is organisation and start == begins for found, start in organisations):
        return False
    if not document:
        return True
    ends = [end for start, end in spans if start == begins]
    if not ends:
        names = [fold_term(name) for name in (organisation.name, *organisation.aliases)]
        ends = [begins + len(name) for name in names if name and folded.startswith(name, begins)]
    return not ends or _ACTING_AFTER_NAME.match(document, max(ends)) is not None


def unquoted(terms: list[str], folded: str) -> list[str]:
    """The terms that the item says outside a quotation: 「クマ出没のお知らせ」 is the title of a notice that a report
    quotes, not the report's own wording."""
    if not terms or "「" not in folded:
        return terms
    bare = _QUOTATION.sub("」", folded)
    return [term for term in terms if term in bare]


def reporting_terms(news: Evidence, folded: str) -> list[str]:
    """A reporter's wording: the news terms, less a survey or a document cited, which releases cite as well."""
    terms = news.terms()
    if not terms:
        return terms
    cited = [citation.group(0) for citation in _CITATION.finditer(folded)]
    return [term for term in terms if not cited or folded.count(term) > sum(citation.count(term) for citation in cited)]
