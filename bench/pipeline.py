"""The store chain's throughput: normalise -> classify -> dedupe -> store, against a bare upsert.

    .venv/bin/python bench/pipeline.py [--items 3000] [--archive PATH] [--repeats 3] [--profile]

Runs ``--items`` new items, as the spiders yield them (papers and news in
both languages, from the labelled examples of tests/fixtures/classification,
each given its own URL and a date within the past year), through the
project's four pipelines on one core into an archive: a fresh one, or a
copy-free run against ``--archive`` (a large archive from bench/fixture.py;
the items written are deleted again afterwards). The baseline in the same
run is sqlite-utils ``upsert_all`` of the same stored rows into a plain
table with no index or trigger. Each figure is the median of ``--repeats``.
``--profile`` prints where the chain's time goes (cProfile, top 25).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from archive.db import ITEM_COLUMNS, JSON_COLUMNS  # noqa: E402
from common.items import WatchItem  # noqa: E402

EXAMPLES = [ROOT / "tests/fixtures/classification/devset.jsonl", ROOT / "tests/fixtures/classification/heldout.jsonl"]
SPIDER_KINDS = {"paper": "paper", "policy": "policy", "funding": "funding"}


def raw_items(count: int, run: int, seed: int = 14) -> list[WatchItem]:
    """New items as a spider yields them: unnormalised, unlabelled, each with its own URL."""
    rng = random.Random(seed + run)
    examples = []
    for path in EXAMPLES:
        examples.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    now = datetime.now(UTC)
    items = []
    for number in range(count):
        example = rng.choice(examples)
        published = now - timedelta(days=rng.uniform(0, 365))
        kind = SPIDER_KINDS.get(example.get("kind_hint") or "", "press")
        paper = kind == "paper"
        arxiv_id = f"99{run:02d}.{number:05d}" if paper else ""
        url = (
            f"https://arxiv.org/abs/{arxiv_id}" if paper else f"https://bench.example.jp/{run}/{number}?utm_source=rss"
        )
        items.append(
            WatchItem(
                kind=kind,
                source="arxiv" if paper else (example.get("source") or "bench"),
                url=url,
                title=f"{example['title']} {run}-{number}",
                summary=example.get("text") or "",
                language=example.get("language") or "",
                published_at=published.isoformat(),
                arxiv_id=arxiv_id,
                version=1 if paper else None,
                source_query="bench" if paper else "",
            )
        )
    return items


def stored_rows(items: list[WatchItem]) -> list[dict]:
    """The items' rows as the archive stores them, for the baseline."""
    rows = []
    for item in items:
        data = asdict(item)
        row = {column: data.get(column) for column in ITEM_COLUMNS}
        for column in JSON_COLUMNS:
            if not isinstance(row[column], str):
                row[column] = json.dumps(row[column] if row[column] is not None else [], ensure_ascii=False)
        rows.append(row)
    return rows


def build_chain(archive_path: Path):
    """The crawler and the four pipelines, opened on ``archive_path``."""
    from scrapy import Spider

    from crawl_context.archive import crawl_archive
    from pipelines.classify import ClassifyPipeline
    from pipelines.dedupe import DedupePipeline
    from pipelines.normalise import NormalisePipeline
    from pipelines.store import StorePipeline
    from tests.conftest import project_crawler

    os.environ["JPLLM_ARCHIVE"] = str(archive_path)
    crawler = project_crawler(Spider, {"BACKFILL_AGE_DAYS": 0, "ARCHIVE_PATH": str(archive_path)})
    crawler.spider = Spider(name="bench")
    crawler.stats.open_spider()
    stages = [
        NormalisePipeline.from_crawler(crawler),
        ClassifyPipeline.from_crawler(crawler),
        DedupePipeline.from_crawler(crawler),
        StorePipeline.from_crawler(crawler),
    ]
    for stage in stages:
        if hasattr(stage, "open_spider"):
            stage.open_spider()
    return crawler, stages, crawl_archive(crawler)


def close_chain(crawler, stages) -> None:
    for stage in reversed(stages):
        if hasattr(stage, "close_spider"):
            stage.close_spider()


def run_chain(stages, items: list[WatchItem]) -> tuple[float, float, list[float]]:
    """Wall and CPU seconds for every item through every stage, and CPU seconds per stage."""
    per_stage = [0.0] * len(stages)
    clock = time.process_time
    started, cpu_started = time.perf_counter(), clock()
    for item in items:
        for number, stage in enumerate(stages):
            before = clock()
            item = getattr(stage, "enqueue", stage.process_item)(item)
            per_stage[number] += clock() - before
    if hasattr(stages[-1], "flush"):
        before = clock()
        stages[-1].flush()
        per_stage[-1] += clock() - before
    return time.perf_counter() - started, clock() - cpu_started, per_stage


def baseline(rows: list[dict]) -> tuple[float, float]:
    """Wall and CPU seconds for sqlite-utils upsert_all of the rows into a plain table."""
    with tempfile.TemporaryDirectory() as folder:
        db = sqlite_utils.Database(Path(folder) / "plain.db")
        started, cpu_started = time.perf_counter(), time.process_time()
        db["items"].upsert_all(rows, pk="id")
        elapsed = time.perf_counter() - started, time.process_time() - cpu_started
        db.close()
    return elapsed


def remove_items(path: Path, ids: list[str]) -> None:
    """Delete what a run wrote to a shared archive, through its triggers."""
    from archive import grams

    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        connection.execute(
            f"DELETE FROM {grams.TABLE} WHERE rowid IN (SELECT rowid FROM items WHERE id IN ({marks}))", chunk
        )
        for table in ("item_sources", "item_organisations", "funding_rounds", "alerts"):
            connection.execute(f"DELETE FROM {table} WHERE item_id IN ({marks})", chunk)
        connection.execute(f"DELETE FROM items WHERE id IN ({marks})", chunk)
    connection.execute("COMMIT")
    connection.close()


STAGES = ("normalise", "classify", "dedupe", "store")


def measure(items: int, archive: Path | None, repeats: int, profile: bool = False) -> dict[str, float]:
    """Medians over ``repeats`` runs: items/s of the chain and rows/s of the baseline (wall and CPU), ms per stage."""
    runs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = archive or Path(folder) / "archive.db"
        for run in range(repeats):
            batch = raw_items(items, run)
            crawler, stages, opened = build_chain(path)
            profiler = cProfile.Profile() if profile and run == 0 else None
            if profiler:
                profiler.enable()
            wall, cpu, per_stage = run_chain(stages, batch)
            if profiler:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            close_chain(crawler, stages)
            opened.close()
            base_wall, base_cpu = baseline(stored_rows(batch))
            figures = {
                "chain": items / wall,
                "chain_cpu": items / cpu,
                "baseline": items / base_wall,
                "baseline_cpu": items / base_cpu,
            }
            figures.update(
                {f"ms_{name}": 1000 * seconds / items for name, seconds in zip(STAGES, per_stage, strict=False)}
            )
            for key, value in figures.items():
                runs.setdefault(key, []).append(value)
            if archive:
                remove_items(path, [item.id for item in batch])
    return {key: statistics.median(values) for key, values in runs.items()}


def report(figures: dict[str, float], items: int, repeats: int) -> str:
    return (
        f"chain normalise->classify->dedupe->store  {figures['chain']:8,.0f} items/s "
        f"(CPU {figures['chain_cpu']:,.0f})   baseline upsert_all {figures['baseline']:8,.0f} rows/s "
        f"(CPU {figures['baseline_cpu']:,.0f})   ratio {figures['chain'] / figures['baseline']:.3f} "
        f"(CPU {figures['chain_cpu'] / figures['baseline_cpu']:.3f})   (median of {repeats}, {items:,} items)\n"
        "  CPU ms per item: " + ", ".join(f"{name} {figures[f'ms_{name}']:.3f}" for name in STAGES)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--archive", type=Path, help="a large archive to write into (items removed afterwards)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    options = parser.parse_args()
    figures = measure(options.items, options.archive, options.repeats, options.profile)
    print(report(figures, options.items, options.repeats))


if __name__ == "__main__":
    main()
