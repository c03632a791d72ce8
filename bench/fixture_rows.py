"""The items of the scale fixture (bench/fixture.py): variations of the project's labelled examples.

Each generated item is a labelled example of ``tests/fixtures/classification``
with a varied title, a publication date over three years, its sources (5%
reported by a second one), its organisation links and funding round, and the
short-word tokens the archive's ``items_grams`` index would hold for it.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from archive import grams
from common.times import format_utc
from common.weeks import iso_week

ROOT = Path(__file__).resolve().parent.parent

EXAMPLES = [ROOT / "tests/fixtures/classification/devset.jsonl", ROOT / "tests/fixtures/classification/heldout.jsonl"]
# The end of the generated history; fixed, so two builds are the same archive.
END = datetime(2026, 11, 30, tzinfo=UTC)
YEARS = 3
# Share of items a second source also reported (merged duplicates).
DUPLICATE_RATE = 0.05
# Share of items crawled long after publication (a backfill).
BACKFILL_RATE = 0.08
KIND_WEIGHTS = {"paper": 0.40, "press": 0.25, "news": 0.17, "funding": 0.10, "policy": 0.08}
SOURCES = {
    "paper": ["arxiv"],
    "press": [
        "prtimes-ai",
        "nec-press",
        "fujitsu-press",
        "ntt-press",
        "cyberagent-developers-blog",
        "sakana-ai",
        "preferred-networks",
        "elyza",
        "softbank-news",
        "kddi-news",
        "rakuten-news",
        "riken-press",
    ],
    "news": ["itmedia-aiplus", "technologyreview-jp", "techcrunch-jp", "prtimes-sitewide"],
    "funding": ["thebridge", "prtimes-funding", "techcrunch-funding"],
    "policy": ["meti-news", "cao-ai", "digital-agency", "mic-ai", "mext-news", "nedo-news"],
}
EN_VARIATIONS = [
    "",
    " at Scale",
    " for Japanese",
    ": A Case Study",
    " Revisited",
    " with Small Data",
    " in Practice",
    ": Benchmarks and Analysis",
    " for Speech",
    " via Instruction Tuning",
    " on Long Contexts",
]
JA_VARIATIONS = [
    "",
    "を発表",
    "の提供を開始",
    "、実証実験を開始",
    "を大幅に強化",
    "について",
    "の新版を公開",
    "、東大と共同研究",
    "で資金調達",
    "の事例を紹介",
]
EN_FILLER = (
    "We release code, data and model weights, and compare with strong baselines on standard benchmarks. "
    "Experiments on Japanese and English tasks show consistent gains, and an ablation study isolates the "
    "contribution of each component. "
)
JA_FILLER = "本件に関する詳細は、今後順次お知らせいたします。"


def _examples() -> list[dict]:
    rows = []
    for path in EXAMPLES:
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def _templates() -> dict[str, list[dict]]:
    """Each example labelled by the classifier once, grouped by the kind it was given."""
    from pipelines.classification import load_classifier

    classifier = load_classifier(str(ROOT / "crawler/data"))
    by_kind: dict[str, list[dict]] = {kind: [] for kind in KIND_WEIGHTS}
    for example in _examples():
        labels = classifier.classify(
            title=example["title"],
            text=example.get("text") or "",
            url=example.get("url") or "",
            language=example.get("language") or "",
            source=example.get("source") or "",
            kind=example.get("kind_hint"),
            published=example.get("published"),
        )
        organisations = labels.organisations
        template = {
            "title": example["title"],
            "summary": example.get("text") or "",
            "language": example.get("language") or "",
            "relevant": int(bool(labels.relevant)),
            "score": labels.score,
            "topics": json.dumps(labels.topics, ensure_ascii=False),
            "organisations": json.dumps([entry["name"] for entry in organisations], ensure_ascii=False),
            "models": json.dumps(labels.models, ensure_ascii=False),
            "reasons": json.dumps(labels.reasons, ensure_ascii=False),
            "labels": json.dumps(labels.as_dict(), ensure_ascii=False),
            "organisation_rows": [
                (
                    entry["name"],
                    entry.get("name_ja") or "",
                    entry.get("sector") or "",
                    entry.get("country") or "",
                    entry.get("role") or "mentioned",
                )
                for entry in organisations
            ],
            "funding": labels.funding,
        }
        kind = labels.kind if labels.kind in by_kind else "news"
        by_kind[kind].append(template)
    for kind, templates in by_kind.items():
        if not templates:
            by_kind[kind] = by_kind["news"]
    return by_kind


@lru_cache(maxsize=65536)
def _base_tokens(base_title: str, summary: str) -> list[str]:
    return grams.grams(base_title, summary).split(" ")


def short_word_tokens(base_title: str, suffix: str, summary: str) -> str:
    """``archive.grams.grams(base_title + suffix, summary)``, from a cache of the few distinct title bases.

    Exact because the numbered suffix (" 123", "（第12報）") starts with a
    character that ends every run of letters, so its tokens and the rest's
    are made separately; tests/test_read_side_at_scale.py checks it against
    the archive's own ``rebuild_grams``.
    """
    tokens = _base_tokens(base_title, summary)
    extra = [token for token in grams.grams(suffix, "").split(" ") if token]
    if not extra:
        return " ".join(tokens)
    merged = list(tokens)
    for token in extra:
        at = bisect.bisect_left(merged, token)
        if at == len(merged) or merged[at] != token:
            merged.insert(at, token)
    return " ".join(token for token in merged if token)


def rows(items: int, seed: int = 14) -> Iterator[tuple[dict, list[tuple], list[tuple], dict | None, str]]:
    """(item row, organisation links, item_sources rows, funding round, short-word tokens) for each item."""
    rng = random.Random(seed)
    templates = _templates()
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    span = YEARS * 365 * 86400
    for number in range(items):
        # Items arrive in the order they were first seen: the archive grows with time
        # (slightly faster lately), as a crawl would have filled it.
        position = (number + rng.random()) / items
        first_seen = END - timedelta(seconds=span * (1 - position**0.9))
        kind = rng.choices(kinds, weights)[0]
        template = rng.choice(templates[kind])
        backfill = rng.random() < BACKFILL_RATE
        delay = timedelta(days=rng.uniform(60, 900)) if backfill else timedelta(hours=rng.uniform(0, 40))
        published = first_seen - delay
        ja = template["language"] == "ja"
        variation = rng.choice(JA_VARIATIONS if ja else EN_VARIATIONS)
        base_title = f"{template['title']}{variation}"
        title = base_title + (f"（第{number % 97 + 1}報）" if ja else f" {number % 997}")
        summary = template["summary"]
        if kind == "paper":
            summary = summary + " " + EN_FILLER * rng.randint(1, 2)
        elif ja:
            summary = summary + JA_FILLER
        source = rng.choice(SOURCES[kind])
        if source.startswith("prtimes"):
            summary = ""
        digest = hashlib.blake2b(f"{number}".encode(), digest_size=8).hexdigest()
        if kind == "paper":
            arxiv_id = f"{published:%y%m}.{number % 100000:05d}{number // 100000 or ''}"
            item_id, url = f"arxiv:{arxiv_id}", f"https://arxiv.org/abs/{arxiv_id}"
        else:
            arxiv_id = ""
            item_id, url = f"url:{digest}", f"https://{source}.example.jp/news/{published:%Y%m%d}/{digest}"
        seen = format_utc(first_seen)
        row = {
            "id": item_id,
            "kind": kind,
            "source": source,
            "url": url,
            "canonical_url": url,
            "title": title,
            "title_folded": title,
            "summary": summary,
            "summary_folded": summary,
            "authors": "[]",
            "language": template["language"],
            "publisher": "",
            "published_at": format_utc(published),
            "updated_at": None,
            "first_seen_at": seen,
            "last_seen_at": seen,
            "week": iso_week(seen),
            "backfill": int(backfill),
            "arxiv_id": arxiv_id,
            "version": 1 if arxiv_id else None,
            "primary_category": "cs.CL" if arxiv_id else "",
            "categories": '["cs.CL"]' if arxiv_id else "[]",
            "comment": "",
            "journal_ref": "",
            "doi": "",
            "pdf_url": "",
            "relevant": template["relevant"],
            "score": template["score"],
            "topics": template["topics"],
            "organisations": template["organisations"],
            "models": template["models"],
            "reasons": template["reasons"],
            "labels": template["labels"],
            "title_key": hashlib.blake2b(title.encode(), digest_size=32).hexdigest(),
            "linked_item_id": "",
            "feed_bozo": 0,
        }
        sources = [(item_id, source, "", url, seen)]
        if rng.random() < DUPLICATE_RATE:
            other = rng.choice([name for name in SOURCES[kind if kind != "paper" else "news"] if name != source])
            sources.append((item_id, other, "", f"https://{other}.example.jp/{digest}", seen))
        row_grams = short_word_tokens(base_title, title[len(base_title) :], summary)
        yield row, template["organisation_rows"], sources, template["funding"], row_grams
