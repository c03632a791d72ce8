"""The digest's "New on the Hub": variants folded by series, grouped by family, press and papers linked."""

from __future__ import annotations

from schedules.digest import DigestInput, WeekRows, build_digest, week_metrics
from schedules.render import to_text

WEEK = "2026-W48"


def repo(
    name: str,
    series: str,
    variant: str,
    family: str = "LLM-jp",
    events=("new_repo",),
    licence="apache-2.0",
    author: str = "llm-jp",
    organisation: str = "LLM-jp",
) -> dict:
    return {
        "id": f"hf:model:{name}",
        "kind": "model",
        "title": f"{author}/{name}",
        "url": f"https://huggingface.co/{author}/{name}",
        "source": "huggingface",
        "published_at": "2026-11-24T01:00:00Z",
        "score": 1.0,
        "topics": ["model_release"],
        "organisations": [organisation],
        "models": [family] if family else [],
        "labels": {"hub": {"family": family, "series": series, "variant": variant, "events": list(events)}},
        "hub_licence": licence,
    }


def news(item_id: str, kind: str, title: str, models: list[str], topics=("model_release",)) -> dict:
    return {
        "id": item_id,
        "kind": kind,
        "title": title,
        "url": f"https://example.org/{item_id}",
        "source": "x",
        "published_at": "2026-11-25T01:00:00Z",
        "score": 0.8,
        "topics": list(topics),
        "organisations": ["National Institute of Informatics"],
        "models": models,
        "labels": {},
    }


def week_items() -> list[dict]:
    return [
        repo("llm-jp-4-32b", "llm-jp-4", "32b"),
        repo("llm-jp-4-8b", "llm-jp-4", "8b"),
        repo("llm-jp-4-8b-instruct", "llm-jp-4", "8b-instruct"),
        repo(
            "kirin-7b",
            "kirin",
            "7b",
            family="",
            events=("new_repo", "new_family"),
            author="pfnet",
            organisation="Preferred Networks",
        ),
        news("press-1", "press", "国立情報学研究所、LLM-jp-4を公開", ["LLM-jp"]),
        news("paper-1", "paper", "LLM-jp-4 Technical Report", ["LLM-jp"]),
        news("press-2", "press", "NEC、cotomiを拡充", ["cotomi"]),
    ]


def test_one_release_not_three():
    rows = WeekRows(
        WEEK,
        week_items(),
        hub_licence_changes=[
            {
                "repo_id": "llm-jp/llm-jp-3-13b",
                "old_licence": "cc-by-nc-4.0",
                "new_licence": "apache-2.0",
                "url": "https://huggingface.co/llm-jp/llm-jp-3-13b",
            }
        ],
    )
    digest = build_digest(DigestInput(rows, source_kinds={"huggingface": ["model"]}))
    hub = next(section for section in digest.sections if section.key == "hub")
    assert [group.title for group in hub.groups] == ["LLM-jp", "New families", "Licence changes"]
    release = hub.groups[0].entries[0]
    assert release.title == "llm-jp-4: 8b, 8b-instruct, 32b"
    assert "licence apache-2.0" in release.detail
    assert "3 repositories" in release.detail
    assert "press: https://example.org/press-1" in release.detail
    assert "paper: https://example.org/paper-1" in release.detail
    assert hub.groups[1].entries[0].title == "kirin: 7b"
    assert hub.groups[2].entries[0].title == "llm-jp/llm-jp-3-13b: licence cc-by-nc-4.0 → apache-2.0"
    models = next(section for section in digest.sections if section.key == "models")
    papers = next(section for section in digest.sections if section.key == "papers")
    assert [entry.title for group in models.groups for entry in group.entries] == ["NEC、cotomiを拡充"]
    assert papers.total == 0
    text = to_text(digest)
    assert "== New on the Hub (3) ==" in text or "== New on the Hub" in text
    assert "llm-jp-4: 8b, 8b-instruct, 32b" in text


def test_a_release_and_its_press_count_once_in_the_numbers():
    metrics = week_metrics(WeekRows(WEEK, week_items()))
    # llm-jp-4 (with its press release), kirin, and the unrelated cotomi press release.
    assert metrics["releases"] == 3
    assert metrics["papers"] == 1


def test_no_hub_section_before_the_hub_is_crawled():
    digest = build_digest(DigestInput(WeekRows(WEEK, [news("press-2", "press", "NEC、cotomiを拡充", ["cotomi"])])))
    assert "hub" not in [section.key for section in digest.sections]


def test_press_about_the_family_months_away_is_another_story():
    items = [
        repo("llm-jp-4-8b", "llm-jp-4", "8b"),
        {**news("press-old", "press", "LLM-jp-3を公開", ["LLM-jp"]), "published_at": "2026-06-01T00:00:00Z"},
    ]
    digest = build_digest(DigestInput(WeekRows(WEEK, items), source_kinds={"huggingface": ["model"]}))
    models = next(section for section in digest.sections if section.key == "models")
    assert models.total == 1
