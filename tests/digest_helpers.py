"""Archives for digest tests, filled with real Japanese genAI news of 2023-2025.

The items are re-dated into the week a test needs (``first_seen`` is when
the archive saw them); titles, organisations, amounts and arXiv IDs are real.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from archive.db import Archive
from archive.health import SourceHealth
from common.times import format_utc
from common.weeks import week_bounds

WEEK = "2026-W48"


def week_moment(week: str, day: int = 2, hour: int = 3) -> datetime:
    """A UTC moment inside ``week`` (day 0 = Monday, Tokyo time is hour + 9)."""
    monday, _ = week_bounds(week)
    return datetime(monday.year, monday.month, monday.day, hour, tzinfo=UTC) + timedelta(days=day)


PAPERS: list[dict[str, Any]] = [
    {
        "id": "arxiv:2404.17790",
        "title": "Continual Pre-Training for Cross-Lingual LLM Adaptation: Enhancing Japanese Language Capabilities",
        "url": "https://arxiv.org/abs/2404.17790",
        "topics": ["model_release"],
        "organisations": ["Institute of Science Tokyo", "AIST"],
        "score": 0.95,
    },
    {
        "id": "arxiv:2407.03963",
        "title": "LLM-jp: A Cross-organizational Project for the Research and Development of Fully Open Japanese LLMs",
        "url": "https://arxiv.org/abs/2407.03963",
        "topics": ["model_release", "dataset"],
        "organisations": ["NII"],
        "score": 0.93,
    },
    {
        "id": "arxiv:2403.13187",
        "title": "Evolutionary Optimization of Model Merging Recipes",
        "url": "https://arxiv.org/abs/2403.13187",
        "topics": ["benchmark"],
        "organisations": ["Sakana AI"],
        "score": 0.81,
    },
]

PRESS: list[dict[str, Any]] = [
    {
        "id": "press:elyza-llama2",
        "kind": "press",
        "source": "elyza-news",
        "publisher": "ELYZA",
        "title": "ELYZA、Llama 2ベースの日本語LLM「ELYZA-japanese-Llama-2-7b」を公開",
        "url": "https://prtimes.jp/main/html/rd/p/000000030.000047565.html",
        "topics": ["model_release"],
        "organisations": ["ELYZA"],
        "models": ["ELYZA-japanese-Llama-2"],
        "score": 0.9,
    },
    {
        "id": "press:ntt-tsuzumi",
        "kind": "press",
        "source": "ntt-news",
        "publisher": "NTT",
        "title": "NTT版大規模言語モデル「tsuzumi」の商用提供を開始",
        "url": "https://group.ntt/jp/newsrelease/2024/03/25/240325a.html",
        "topics": ["product"],
        "organisations": ["NTT"],
        "models": ["tsuzumi"],
        "score": 0.88,
    },
    {
        "id": "press:jmmlu",
        "kind": "news",
        "source": "google-news",
        "publisher": "ITmedia",
        "title": "日本語の大規模ベンチマーク「JMMLU」を公開、早稲田大学",
        "url": "https://www.itmedia.co.jp/news/articles/2402/jmmlu.html",
        "topics": ["benchmark"],
        "organisations": ["Waseda University"],
        "score": 0.7,
    },
    {
        "id": "press:sb-openai",
        "kind": "press",
        "source": "softbank-news",
        "publisher": "SoftBank Group",
        "title": "ソフトバンクグループとOpenAI、合弁会社「SB OpenAI Japan」を設立",
        "url": "https://group.softbank/news/press/20250203",
        "topics": ["partnership"],
        "organisations": ["SoftBank Group", "OpenAI"],
        "labels": {"partnership": {"sides": ["industry", "industry"]}},
        "score": 0.92,
    },
    {
        "id": "policy:geniac",
        "kind": "policy",
        "source": "meti-news",
        "publisher": "METI",
        "title": "GENIAC: 生成AIの開発力強化に向けたプロジェクトの採択結果を公表",
        "url": "https://www.meti.go.jp/press/2024/01/20240126001/20240126001.html",
        "topics": ["policy", "compute"],
        "organisations": ["METI", "NEDO"],
        "score": 0.85,
    },
    {
        "id": "funding:sakana-series-a",
        "kind": "funding",
        "source": "thebridge",
        "publisher": "BRIDGE",
        "title": "Sakana AI、シリーズAで約200億円を調達——NEA、Lux Capital、Khosla Venturesがリード",
        "url": "https://thebridge.jp/2024/09/sakana-ai-series-a",
        "topics": ["funding"],
        "organisations": ["Sakana AI"],
        "score": 0.97,
    },
]

SAKANA_ROUND = {
    "company": "Sakana AI",
    "as_written": "約200億円",
    "amount": 20_000_000_000,
    "currency": "JPY",
    "amount_jpy": 20_000_000_000,
    "qualifier": "about",
    "round": "series_a",
    "instrument": "equity",
    "investors": ["New Enterprise Associates", "Lux Capital", "Khosla Ventures", "NVIDIA"],
    "lead_investors": ["New Enterprise Associates", "Lux Capital", "Khosla Ventures"],
    "undisclosed": False,
}


def store(
    archive: Archive,
    row: dict[str, Any],
    first_seen: datetime,
    *,
    kind: str = "paper",
    source: str = "arxiv",
    relevant: bool = True,
    backfill: bool = False,
) -> str:
    """Store one item as the pipelines would, first seen at ``first_seen``."""
    item = {
        "kind": kind,
        "source": source,
        "published_at": format_utc(first_seen - timedelta(days=1)),
        "relevant": relevant,
        "backfill": backfill,
        "topics": [],
        "organisations": [],
        "models": [],
        "reasons": [],
        "labels": {},
        **row,
    }
    archive.store_item(item, now=format_utc(first_seen))
    return item["id"]


def fill_week(archive: Archive, week: str = WEEK) -> None:
    """A normal week: three papers, two releases, a benchmark, a partnership, a policy, a round."""
    moment = week_moment(week)
    for offset, paper in enumerate(PAPERS):
        store(archive, paper, moment + timedelta(hours=offset))
    for offset, press in enumerate(PRESS):
        store(
            archive,
            {key: value for key, value in press.items()},
            moment + timedelta(hours=offset),
            kind=press["kind"],
            source=press["source"],
        )
    archive.replace_entities(
        "funding:sakana-series-a",
        [{"name": "Sakana AI", "sector": "startup", "country": "JP", "role": "subject"}],
        [SAKANA_ROUND],
    )


def many_papers(archive: Archive, count: int, week: str = WEEK, title_suffix: str = "", first_id: int = 10000) -> None:
    """``count`` relevant papers in ``week`` with long, Japanese-heavy titles."""
    moment = week_moment(week)
    topics = ["model_release", "dataset", "benchmark", "safety", "speech_multimodal", "compute"]
    for number in range(count):
        base = PAPERS[number % len(PAPERS)]
        store(
            archive,
            {
                "id": f"arxiv:2411.{first_id + number:05d}",
                "title": f"{base['title']} — 日本語大規模言語モデルの評価と継続事前学習 第{number}報{title_suffix}",
                "url": f"https://arxiv.org/abs/2411.{first_id + number:05d}",
                "topics": [topics[number % len(topics)]],
                "organisations": base["organisations"],
                "score": round(0.5 + (number % 50) / 100, 2),
            },
            moment + timedelta(minutes=number),
        )


def open_archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "digest.db")


def record_source_run(
    archive: Archive, source: str, spider: str, finished_at: datetime, *, ok: bool, items: int = 0
) -> None:
    """One crawl of one source, answered (``ok``) or failing with HTTP 503."""
    when = format_utc(finished_at)
    archive.record_crawl_run(
        {
            "spider": spider,
            "arguments": {},
            "started_at": when,
            "finished_at": when,
            "finish_reason": "finished",
            "items_scraped": items,
            "error_count": 0 if ok else 1,
        },
        [
            {
                "source": source,
                "finished_at": when,
                "requests": 1,
                "statuses": {"200": 1} if ok else {"503": 1},
                "items_found": items,
                "items_new": items,
                "parse_errors": 0,
                "last_error": "" if ok else "HTTP 503 Service Unavailable",
            }
        ],
    )


def source_health(source: str, status: str, **facts: Any) -> SourceHealth:
    """A source's health as ``compute_source_health`` reports it, with typical facts."""
    values = {
        "last_success": "2026-11-18T06:00:00Z",
        "last_new_item": "2026-11-18T06:00:00Z",
        "items_last_4_weeks": 40,
        "last_error": "HTTP 503 Service Unavailable",
        **facts,
    }
    return SourceHealth(source=source, status=status, **values)
