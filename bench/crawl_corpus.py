"""Crawl the real-world feed corpus with `scrapy crawl press -a urls_file=...` and print what happened.

Every feed of ../shared/corpus/feedparser-tests (1,442 small RSS, RDF and
Atom files, many deliberately broken or in odd encodings) and of
../shared/corpus/arxiv-rss (a real rss.arxiv.org capture) is given to the
press spider as a file:// URL, into a throw-away archive. The run passes
when the spider raised no exception; the counts come from the crawl's own
stats (the ``crawl_runs`` row).

    .venv/bin/python bench/crawl_corpus.py [--corpus DIR]

The corpus is not part of the project: without it the script says so and
exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("JPLLM_CORPUS_DIR", PROJECT_ROOT.parent / "shared" / "corpus"))
SETS = {"feedparser-tests": "feedparser-tests", "arxiv-rss": "arxiv-rss"}


def crawl_feeds(name: str, feeds: list[Path], workdir: Path) -> dict:
    """One press crawl over ``feeds``; the figures of its crawl_runs row."""
    urls_file = workdir / f"{name}.txt"
    urls_file.write_text("".join(feed.resolve().as_uri() + "\n" for feed in feeds), encoding="utf-8")
    archive = workdir / f"{name}.db"
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "press",
            "-a",
            f"urls_file={urls_file}",
            "-s",
            "FIRST_CRAWL_MAX_AGE_DAYS=36500",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "CONCURRENT_REQUESTS=32",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        cwd=PROJECT_ROOT,
        # A throw-away archive, and never an alert to Slack about test feeds.
        env={
            **{name: value for name, value in os.environ.items() if not name.startswith("SLACK_")},
            "JPLLM_ARCHIVE": str(archive),
        },
        capture_output=True,
        text=True,
    )
    elapsed = time.monotonic() - started
    with sqlite3.connect(archive) as db:
        row = db.execute("SELECT finish_reason, stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        stored = db.execute("SELECT count(*) FROM items").fetchone()[0]
    stats = json.loads(row[1]) if row else {}

    def total(counter: str) -> int:
        return sum(value for key, value in stats.items() if key.startswith("source/") and key.endswith("/" + counter))

    return {
        "feeds": len(feeds),
        "exit code": result.returncode,
        "finish reason": row[0] if row else "no crawl_runs row",
        "responses": stats.get("response_received_count", 0),
        "spider exceptions": sum(v for k, v in stats.items() if k.startswith("spider_exceptions/")),
        "feeds with errors (nothing readable)": total("parse_errors"),
        "malformed feeds kept (bozo)": total("bozo_feeds"),
        "titles with mojibake": total("mojibake"),
        "items found": total("items_found"),
        "items dropped by the pipelines": stats.get("item_dropped_count", 0),
        "items stored": stored,
        "seconds": round(elapsed, 1),
        "errors logged": stats.get("log_count/ERROR", 0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"corpus folder (default {DEFAULT_CORPUS})")
    options = parser.parse_args()
    if not options.corpus.is_dir():
        print(f"Corpus not found at {options.corpus}: nothing to check (set --corpus or JPLLM_CORPUS_DIR).")
        return 0
    failed = False
    with tempfile.TemporaryDirectory(prefix="jpllm-corpus-") as workdir:
        for name, folder in SETS.items():
            feeds = sorted((options.corpus / folder).rglob("*.xml"))
            if not feeds:
                print(f"{name}: no feeds under {options.corpus / folder}, skipped")
                continue
            figures = crawl_feeds(name, feeds, Path(workdir))
            print(f"\n{name}")
            for label, value in figures.items():
                print(f"  {label:<40} {value}")
            failed |= figures["spider exceptions"] > 0 or figures["exit code"] != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
