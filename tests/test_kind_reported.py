"""Kind where the source does not say it: a government's programme reported by a news site, a roundup of rounds,
an issuer's own headline, an investor's own story."""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify

NEWS_SITE = "https://news.example.jp/articles/12345"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A minister, a governor or a local assembly acting, in the headline or the lead sentence.
        ("自動運転レベル4の先行地域に13自治体 デジタル相が発表", "特定条件下で運転手が不要になる事業化を目指す。"),
        ("自動運転の先行地域に13自治体", "デジタル庁の松本尚大臣は、神戸市など13自治体を選んだと発表した。"),
        ("スタートアップ支援の祭典が開幕", "東京都と協会が会議を開いた。小池百合子知事は戦略の進捗を報告した。"),
        ("行政における生成AIの活用について", "新発田市議会の12月定例会で、議員が市の方針をただした。"),
        ("Takaichi hosts deep-tech roundtable", "Prime Minister Sanae Takaichi hosted a roundtable for startups."),
        (
            "White House Issues AI Action Plan",
            "On July 23, 2025 the Trump Administration released its AI Action Plan with directives to agencies.",
        ),
    ],
)
def test_a_state_actor_acting_makes_a_reported_story_policy(title: str, text: str) -> None:
    labels = classify(title, text, url=NEWS_SITE)
    assert labels.kind == "policy", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Words ending in 相 that are no minister.
        ("生成AI市場、様相が一変", "各社の競争は激しさを増しており、真相は分からない。"),
    ],
)
def test_words_like_a_minister_are_not_one(title: str, text: str) -> None:
    assert classify(title, text, url=NEWS_SITE).kind == "news"


def test_a_roundup_of_many_rounds_is_news_not_funding() -> None:
    labels = classify(
        "国内スタートアップ資金調達 金額・件数ともに2桁減",
        "上半期の国内スタートアップの資金調達額は総額3810億円と前年同期比26%減った。",
        url=NEWS_SITE,
    )
    assert labels.kind == "news", labels.reasons
    # One company's round in the same words is a funding story.
    labels = classify(
        "フーバーラボ、シリーズAで10億円を調達", "フーバーラボは総額10億円の資金調達を実施した。", url=NEWS_SITE
    )
    assert labels.kind == "funding", labels.reasons


def test_a_headline_opening_with_a_legal_form_is_the_issuers_own() -> None:
    labels = classify("株式会社ABEJA「GENIAC2期におけるABEJAの取り組み」", "担当者による発表資料。", url=NEWS_SITE)
    assert labels.kind == "press", labels.reasons
    # Unless a reporter's wording says otherwise.
    labels = classify("株式会社ABEJA、新サービス", "関係者によると、同社は新サービスを準備している。", url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons


def test_an_investors_own_story_is_funding() -> None:
    labels = classify(
        "Why TIER IV Is Backing a Taiwan Startup",
        "Japan-based TIER IV has invested in Turing Drive, a Taiwanese startup; the amount was not disclosed.",
        url=NEWS_SITE,
    )
    assert labels.kind == "funding", labels.reasons


@pytest.mark.parametrize(
    ("title", "text", "url"),
    [
        # A press release that a news site prints, by its address or its legal-form opening.
        ("X社、自治体向け生成AIで協定", "両者は協定を結んだ。", "https://news.example.jp/pr_article/detail/30448993/"),
        (
            "つながりAIとココネット、同僚AIを実証",
            "つながりAI株式会社とココネット株式会社は、実証実験を行う。",
            NEWS_SITE,
        ),
    ],
)
def test_a_release_printed_by_a_news_site_is_press(title: str, text: str, url: str) -> None:
    labels = classify(title, text, url=url)
    assert labels.kind == "press", labels.reasons


def test_a_report_with_the_form_but_a_reporters_wording_is_news() -> None:
    labels = classify(
        "同僚AIを実証", "つながりAI株式会社は、実証実験を行うことが関係者への取材で分かった。", url=NEWS_SITE
    )
    assert labels.kind == "news", labels.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("東京都・広島県・GovTech東京、AI利活用の推進で基本協定を締結", "行政でのAI活用を進める。"),
        ("EU's AI Act set to begin August 2", "The European Union's AI Act obligations apply from August 2."),
    ],
)
def test_more_states_as_subjects(title: str, text: str) -> None:
    assert classify(title, text, url=NEWS_SITE).kind == "policy"


def test_a_round_the_body_only_looks_back_on_is_not_the_story() -> None:
    text = (
        "Speaking in Tokyo, the chief executive said Japan should build its own AI for defence. "
        "The startup, founded in 2023, has raised some ¥30 billion from investors."
    )
    labels = classify("Sakana AI CEO says Japan needs its own AI for defense", text, url=NEWS_SITE)
    assert labels.kind == "news", labels.reasons
    # The round as the headline's news stays a funding story.
    labels = classify(
        "Sakana AI raises ¥30 billion", "The startup has raised ¥30 billion in a Series B.", url=NEWS_SITE
    )
    assert labels.kind == "funding", labels.reasons
