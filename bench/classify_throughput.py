"""Throughput of classification plus de-duplication on a large synthetic batch.

    .venv/bin/python bench/classify_throughput.py [--items 20000] [--archive-size 100000]

Builds a throw-away archive of ``--archive-size`` stored items (with title
keys and issuers, so the lookups have something to find), then runs
``--items`` new synthetic items through the real ClassifyPipeline and
DedupePipeline on one core and prints items per second.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from scrapy import Spider  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from archive import Archive  # noqa: E402
from common.text import canonical_url, url_item_id  # noqa: E402
from pipelines.classification.signature import title_key, title_tokens  # noqa: E402
from pipelines.classify import ClassifyPipeline  # noqa: E402
from pipelines.dedupe import DedupePipeline  # noqa: E402

COMPANIES = [
    "Sakana AI",
    "ELYZA",
    "Preferred Networks",
    "SB Intuitions",
    "NTT",
    "NEC",
    "Fujitsu",
    "KDDI",
    "Rakuten",
    "ストックマーク",
    "株式会社カラクリ",
    "rinna",
    "サイバーエージェント",
    "Acme Robotics",
    "OpenAI",
    "Anthropic",
    "Alibaba",
]
JA_TEMPLATES = [
    "{company}、日本語LLM「{w1}」を公開　{w2}{w3}",
    "{company}、シリーズ{letter}で{n}億円を調達　{w1}{w2}",
    "{company}と{w1}、{w2}{w3}で提携",
    "{company}、{w1}{w2}の提供開始",
    "{w1}{w2}、{company}が{w3}ロボットを発表",
    "経済産業省、{w1}{w2}に{n}億円　{company}",
]
EN_TEMPLATES = [
    "{company} unveils {w1} {w2} {w3}, a Japanese LLM",
    "{company} raises ${n}M for {w1} {w2}",
    "{w1} {w2}: {company} and {w3} partner",
    "{company} opens {w1} {w2} chip plant",
    "{w1} {w2} {w3} with {n} experts",
]
# News summaries are a sentence or two; one item in four is a paper with a full abstract.
BODY_JA = (
    "同社は{company}の技術を活用し、国内企業向けに提供する。評価額は約{n}00億円。リード投資家はグローバル・ブレイン。"
)
BODY_EN = (
    "The company said the model was trained on {n} trillion tokens and evaluated on Japanese benchmarks such as JGLUE. "
)
ABSTRACT = (
    "We present {w1}, a family of large language models trained on {n} billion tokens of Japanese and English "
    "web text, code and academic papers. We describe the tokenizer, the data filtering pipeline and the training "
    "recipe, and evaluate the models on Japanese question answering, summarisation and reasoning benchmarks, where "
    "they outperform open models of similar size. We also study how continual pre-training from an English model "
    "compares with training from scratch, and release the weights, the evaluation code and a cleaned subset of the "
    "corpus under an open licence."
)


# Real headlines differ in more than a name and a number: each synthetic one
# also names a product or place drawn from a large made-up vocabulary, so
# unrelated headlines rarely share a title band, as in a real archive.
SYLLABLES = [
    "ka",
    "ki",
    "ku",
    "ke",
    "ko",
    "sa",
    "shi",
    "su",
    "ta",
    "to",
    "na",
    "ni",
    "mo",
    "ra",
    "ri",
    "yo",
    "wa",
    "zen",
    "han",
    "ryu",
]
KATAKANA = [
    "カ",
    "キ",
    "ク",
    "サ",
    "シ",
    "ス",
    "タ",
    "ト",
    "ナ",
    "ニ",
    "モ",
    "ラ",
    "リ",
    "ヨ",
    "ワ",
    "ン",
    "ア",
    "イ",
    "ウ",
    "エ",
]


# Stored items are numbered from here and spread over a year; the new batch
# is last week's news, as a daily crawl brings.
ARCHIVE_NUMBERS = 10_000_000


def _days_ago(days: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


def made_up_name(rng: random.Random, japanese: bool) -> str:
    letters = KATAKANA if japanese else SYLLABLES
    return "".join(rng.choice(letters) for _ in range(rng.randint(3, 5))).capitalize()


def synthetic(rng: random.Random, number: int) -> dict:
    japanese = rng.random() < 0.5
    template = rng.choice(JA_TEMPLATES if japanese else EN_TEMPLATES)
    fields = {
        "company": rng.choice(COMPANIES),
        "n": rng.randint(1, 400),
        "letter": rng.choice("ABCD"),
        **{f"w{index}": made_up_name(rng, japanese) for index in (1, 2, 3)},
    }
    url = f"https://news.example.jp/{number}?utm_source=rss"
    paper = rng.random() < 0.25
    body = ABSTRACT if paper else BODY_JA if japanese else BODY_EN
    return {
        "id": url_item_id(url),
        "kind": "paper" if paper else "news",
        "source": "bench",
        "url": url,
        "canonical_url": canonical_url(url),
        "title": template.format(**fields),
        "summary": body.format(**fields),
        "language": "ja" if japanese else "en",
        "published_at": _days_ago(rng.uniform(0, 365 if number >= ARCHIVE_NUMBERS else 7)),
        "title_key": "",
        "linked_item_id": "",
        "duplicate_of": "",
        "organisations": [],
    }


def fill_archive(archive: Archive, size: int, rng: random.Random) -> None:
    rows, links = [], []
    for number in range(size):
        entry = synthetic(rng, ARCHIVE_NUMBERS + number)
        entry.update(
            title_key=title_key(title_tokens(entry["title"])),
            first_seen_at="2025-01-01T00:00:00Z",
            last_seen_at="2025-01-01T00:00:00Z",
            week="2025-W01",
        )
        entry.pop("duplicate_of")
        entry.pop("organisations")
        rows.append(entry)
        links.append({"item_id": entry["id"], "organisation": rng.choice(COMPANIES), "role": "issuer"})
    with archive.write() as db:
        db["items"].insert_all(rows, batch_size=2000)
        db["organisations"].insert_all(({"name": name} for name in COMPANIES), pk="name", ignore=True)
        db["item_organisations"].insert_all(links, batch_size=2000, ignore=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--archive-size", type=int, default=100_000)
    options = parser.parse_args()
    rng = random.Random(20251117)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.db"
        with Archive(path) as archive:
            fill_archive(archive, options.archive_size, rng)
        os.environ["JPLLM_ARCHIVE"] = str(path)
        crawler = get_crawler(Spider, {"DATA_DIR": str(PROJECT_ROOT / "crawler" / "data")})
        classify = ClassifyPipeline.from_crawler(crawler)
        dedupe = DedupePipeline.from_crawler(crawler)
        opening = time.perf_counter()
        dedupe.open_spider()
        opened = time.perf_counter()
        items = [synthetic(rng, number) for number in range(options.items)]
        # One story in ten arrives again from a second feed, under the aggregator's headline.
        for number in range(0, options.items, 10):
            again = items[rng.randrange(0, max(number, 1))]
            url = f"https://aggregator.example.com/{number}"
            items[number] = dict(
                again,
                id=url_item_id(url),
                url=url,
                canonical_url=canonical_url(url),
                title=again["title"] + " - Example News",
                source="aggregator",
            )
        started = time.perf_counter()
        for entry in items:
            classify.process_item(entry)
        classified = time.perf_counter()
        for entry in items:
            dedupe.process_item(entry)
        finished = time.perf_counter()
        crawler._jpllm_archive.close()
    relevant = sum(entry["relevant"] for entry in items)
    duplicates = sum(bool(entry["duplicate_of"]) for entry in items)
    print(
        f"archive: {options.archive_size} items; batch: {options.items} synthetic items"
        f" ({relevant} relevant, {duplicates} marked duplicate)"
    )
    print(
        f"dedupe start-up: {crawler.stats.get_value('dedupe/preloaded_items')} recent items"
        f" read in {opened - opening:.2f} s (once per crawl)"
    )
    print(f"classification:            {options.items / (classified - started):8.0f} items/s")
    print(f"de-duplication lookups:    {options.items / (finished - classified):8.0f} items/s")
    print(f"classification + dedupe:   {options.items / (finished - started):8.0f} items/s (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
