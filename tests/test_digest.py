"""What the weekly digest says, built from archives written as the crawl writes them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from archive.digest_queries import week_rows
from common.weeks import shift_week, week_bounds
from schedules.digest import DigestInput, WeekRows, build_digest
from schedules.digest_input import load_digest_input
from tests.digest_helpers import (
    PAPERS,
    SAKANA_ROUND,
    WEEK,
    fill_week,
    many_papers,
    record_source_run,
    source_health,
    store,
    week_moment,
)


def section(digest, key):
    return next(section for section in digest.sections if section.key == key)


def titles(section_):
    return [entry.title for group in section_.groups for entry in group.entries]


def digest_of(archive, week=WEEK, **kwargs):
    health = kwargs.pop("health", [])
    inputs = load_digest_input(archive, week, health=health, browse_url=kwargs.pop("browse_url", ""))
    return build_digest(inputs, **kwargs)


def test_week_bounds_follow_iso_weeks_across_new_year():
    assert week_bounds("2026-W48")[0].isoformat() == "2026-11-23"
    assert week_bounds("2026-W53")[1].isoformat() == "2027-01-03"
    assert shift_week("2027-W01", -1) == "2026-W53"


def test_a_normal_week_puts_each_item_in_its_section(archive):
    fill_week(archive)
    digest = digest_of(archive)
    funding = section(digest, "funding")
    assert [(entry.company, entry.round, entry.amount_jpy) for entry in funding.funding] == [
        ("Sakana AI", "series_a", 20_000_000_000)
    ]
    assert funding.funding[0].lead_investors == ("New Enterprise Associates", "Lux Capital", "Khosla Ventures")
    assert titles(section(digest, "models")) == [
        "ELYZA、Llama 2ベースの日本語LLM「ELYZA-japanese-Llama-2-7b」を公開",
        "NTT版大規模言語モデル「tsuzumi」の商用提供を開始",
    ]
    assert titles(section(digest, "datasets")) == ["日本語の大規模ベンチマーク「JMMLU」を公開、早稲田大学"]
    partnership = section(digest, "partnerships").groups[0].entries[0]
    assert partnership.detail == "industry × industry"
    assert titles(section(digest, "policy")) == ["GENIAC: 生成AIの開発力強化に向けたプロジェクトの採択結果を公表"]
    assert set(titles(section(digest, "papers"))) == {paper["title"] for paper in PAPERS}
    assert digest.item_count == 9


def test_the_week_in_numbers_compares_with_the_previous_four_weeks(archive):
    for back in range(1, 5):
        many_papers(
            archive, 2 * back, week=shift_week(WEEK, -back), title_suffix=f" w{back}", first_id=20000 + 100 * back
        )
    fill_week(archive)
    metrics = {metric.key: metric for metric in digest_of(archive).metrics}
    assert metrics["papers"].value == 3
    assert metrics["papers"].previous_average == pytest.approx(5.0)
    assert metrics["papers"].change == "-40%"
    assert metrics["releases"].value == 2
    assert metrics["releases"].change == "new"
    assert metrics["funding_rounds"].value == 1
    assert metrics["funding_jpy"].value == 20_000_000_000


def test_weeks_before_the_archive_existed_are_not_averaged_as_zero(archive):
    fill_week(archive)
    metrics = {metric.key: metric for metric in digest_of(archive).metrics}
    assert metrics["papers"].previous_average is None
    assert metrics["papers"].change == ""


def test_backfill_irrelevant_and_other_weeks_stay_out(archive):
    fill_week(archive)
    moment = week_moment(WEEK)
    store(
        archive,
        {
            "id": "arxiv:2312.99990",
            "title": "Backfilled Japanese LLM survey",
            "url": "https://arxiv.org/abs/2312.99990",
        },
        moment,
        backfill=True,
    )
    store(
        archive,
        {
            "id": "arxiv:2411.99991",
            "title": "Protein folding without language",
            "url": "https://arxiv.org/abs/2411.99991",
        },
        moment,
        relevant=False,
    )
    store(
        archive,
        {"id": "arxiv:2411.99992", "title": "A paper of the next week", "url": "https://arxiv.org/abs/2411.99992"},
        moment + timedelta(days=7),
    )
    digest = digest_of(archive)
    shown = titles(section(digest, "papers"))
    assert "Backfilled Japanese LLM survey" not in shown
    assert "Protein folding without language" not in shown
    assert "A paper of the next week" not in shown
    assert digest.item_count == 9


def test_week_follows_tokyo_time_not_utc(archive):
    # Sunday 2026-11-29 15:30 UTC is Monday 00:30 in Tokyo: the next week.
    monday_tokyo = week_moment(WEEK, day=6, hour=15) + timedelta(minutes=30)
    store(
        archive,
        {"id": "arxiv:2411.55555", "title": "Late Sunday in UTC", "url": "https://arxiv.org/abs/2411.55555"},
        monday_tokyo,
    )
    assert week_rows(archive, WEEK)["items"] == []
    assert [item["id"] for item in week_rows(archive, shift_week(WEEK, 1))["items"]] == ["arxiv:2411.55555"]


def test_papers_show_the_top_ones_by_topic_and_count_the_rest(archive):
    many_papers(archive, 40)
    papers = section(digest_of(archive, top_papers=10, browse_url="http://127.0.0.1:8001/archive"), "papers")
    assert papers.total == 40
    assert papers.shown == 10
    assert papers.more == 30
    scores = [entry.score for group in papers.groups for entry in group.entries]
    assert sorted(scores) == [0.8, 0.81, 0.82, 0.83, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89]
    assert [group.title for group in papers.groups] == [
        "Model releases",
        "Data sets",
        "Benchmarks",
        "Compute",
        "Safety",
        "Speech and multimodal",
    ][: len(papers.groups)]
    assert papers.more_url == ("http://127.0.0.1:8001/archive/relevant_items?kind=paper&week=2026-W48&_sort_desc=score")


def test_funding_from_labels_when_no_round_was_extracted(archive):
    store(
        archive,
        {
            "id": "funding:kotoba",
            "title": "Kotoba Technologies raises seed funding for Japanese speech LLMs",
            "url": "https://thebridge.jp/2024/kotoba-seed",
            "topics": ["funding"],
            "labels": {
                "funding": {"company": "Kotoba Technologies", "round": "seed", "amount_jpy": None, "undisclosed": True}
            },
        },
        week_moment(WEEK),
        kind="funding",
        source="thebridge",
    )
    entry = section(digest_of(archive), "funding").funding[0]
    assert (entry.company, entry.round, entry.undisclosed, entry.amount_jpy) == (
        "Kotoba Technologies",
        "seed",
        True,
        None,
    )


def test_the_empty_week_says_why_every_section_is_empty(archive):
    digest = digest_of(archive)
    assert digest.is_empty
    for key in ("funding", "models", "datasets", "partnerships", "policy", "papers"):
        assert section(digest, key).empty_reason == "Nothing new this week."
    assert section(digest, "health").empty_reason == "No crawl runs recorded yet."


def test_a_week_with_only_failing_sources_blames_them(archive):
    source_kinds = {"arxiv": ["paper"], "meti-news": ["policy"], "thebridge": ["funding"], "sakana-ai": ["press"]}
    health = [
        source_health("arxiv", "failing"),
        source_health("meti-news", "stale", last_error=""),
        source_health("thebridge", "failing"),
        source_health("sakana-ai", "failing"),
    ]
    inputs = DigestInput(current=WeekRows(WEEK, []), health=health, source_kinds=source_kinds)
    digest = build_digest(inputs)
    assert section(digest, "papers").empty_reason == "Nothing this week because its sources failed: arxiv."
    assert section(digest, "policy").empty_reason == "Nothing this week because its sources failed: meti-news."
    assert "sakana-ai" in section(digest, "models").empty_reason
    problems = section(digest, "health").problems
    assert [(problem.source, problem.status) for problem in problems] == [
        ("arxiv", "failing"),
        ("meti-news", "stale"),
        ("thebridge", "failing"),
        ("sakana-ai", "failing"),
    ]


def test_a_section_with_items_but_a_failed_source_is_marked_incomplete(archive):
    fill_week(archive)
    inputs = load_digest_input(
        archive, WEEK, health=[source_health("meti-news", "failing"), source_health("arxiv", "ok")]
    )
    digest = build_digest(inputs)
    assert section(digest, "policy").note == "May be incomplete: meti-news failed."
    assert section(digest, "papers").note == ""
    assert [problem.source for problem in section(digest, "health").problems] == ["meti-news"]


def test_source_health_comes_from_the_crawl_history(archive):
    fill_week(archive)
    start = week_moment(WEEK, day=0)
    for day in range(4):
        record_source_run(archive, "meti-news", "press", start + timedelta(days=day), ok=False)
    inputs = load_digest_input(archive, WEEK, now=week_moment(WEEK, day=6))
    digest = build_digest(inputs)
    problems = section(digest, "health").problems
    assert [(problem.source, problem.status) for problem in problems] == [("meti-news", "failing")]
    assert "503" in problems[0].last_error
    assert section(digest, "policy").note == "May be incomplete: meti-news failed."


def test_one_round_reported_by_two_outlets_counts_once(archive):
    fill_week(archive)
    store(
        archive,
        {
            "id": "news:sakana-series-a-nikkei",
            "title": "Sakana AI raises about ¥20 billion in Series A",
            "url": "https://asia.nikkei.com/Business/Technology/sakana-ai-series-a",
            "topics": ["funding"],
        },
        week_moment(WEEK),
        kind="funding",
        source="nikkei-asia",
    )
    archive.replace_entities(
        "news:sakana-series-a-nikkei",
        [],
        [{**SAKANA_ROUND, "investors": [], "lead_investors": []}],
    )
    digest = digest_of(archive)
    funding = section(digest, "funding").funding
    assert len(funding) == 1
    assert funding[0].url == "https://thebridge.jp/2024/09/sakana-ai-series-a"
    metrics = {metric.key: metric.value for metric in digest.metrics}
    assert (metrics["funding_rounds"], metrics["funding_jpy"]) == (1, 20_000_000_000)
    assert "Sakana AI raises about ¥20 billion in Series A" not in [
        title for other in digest.sections for title in titles(other)
    ]


def test_a_government_programme_about_models_goes_under_policy(archive):
    store(
        archive,
        {
            "id": "url:geniac-round-2",
            "url": "https://www.meti.go.jp/press/2024/07/20240716001/20240716001.html",
            "title": "GENIAC第2期で基盤モデル開発を支援する事業者を採択",
            "topics": ["model_release", "compute", "policy"],
        },
        week_moment(WEEK),
        kind="policy",
        source="meti-news",
    )
    digest = digest_of(archive)
    assert titles(section(digest, "policy")) == ["GENIAC第2期で基盤モデル開発を支援する事業者を採択"]
    assert titles(section(digest, "models")) == []


def test_the_digest_lists_names_new_this_week() -> None:
    from schedules.digest import DigestInput, WeekRows, build_digest

    def item(number: int, names: list[str], week_title: str) -> dict:
        return {
            "id": f"i{number}",
            "title": week_title,
            "url": f"https://example.jp/{number}",
            "kind": "press",
            "source": "x",
            "relevant": True,
            "topics": [],
            "labels": {"detected": {"organisations": [{"name": name} for name in names], "models": []}},
        }

    current = WeekRows(
        "2026-W48",
        [
            item(1, ["カワセミ電機", "フーバー"], "カワセミ電機、LLMを公開"),
            item(2, ["カワセミ電機"], "カワセミ電機、続報"),
        ],
    )
    previous = [WeekRows("2026-W47", [item(3, ["フーバー"], "先週の記事")])]
    digest = build_digest(DigestInput(current, previous))
    section = next(section for section in digest.sections if section.key == "new_names")
    entries = section.groups[0].entries
    assert [entry.title for entry in entries] == ["カワセミ電機"]  # フーバー was seen last week
    assert "in 2 items" in entries[0].detail
    quiet = build_digest(DigestInput(WeekRows("2026-W48", [item(4, [], "no names")])))
    assert all(section.key != "new_names" for section in quiet.sections)
