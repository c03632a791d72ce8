"""How many items of the real arXiv RSS capture the classifier keeps as relevant.

    .venv/bin/python bench/arxiv_rss_false_positives.py [--corpus DIR]

../shared/corpus/arxiv-rss holds 1,504 real rss.arxiv.org items of 28 Nov
2024 (all archives). None of them is a Japanese-LLM paper, so every item kept
is a false positive; the target is at most 0.5 %. Each is listed with its
reasons. Without the corpus the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

import feedparser  # noqa: E402

from pipelines.classification import load_classifier  # noqa: E402

DEFAULT_CORPUS = Path(os.environ.get("JPLLM_CORPUS_DIR", PROJECT_ROOT.parent / "shared" / "corpus"))
TARGET = 0.005


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    options = parser.parse_args()
    feed_path = options.corpus / "arxiv-rss" / "rss_mock_feed.xml"
    if not feed_path.exists():
        print(f"no corpus at {feed_path}; nothing measured")
        return 0
    classifier = load_classifier(PROJECT_ROOT / "crawler" / "data")
    entries = feedparser.parse(feed_path.read_bytes()).entries
    kept = []
    for entry in entries:
        labels = classifier.classify(
            title=entry.get("title", ""),
            text=entry.get("summary", ""),
            url=entry.get("link", ""),
            language="en",
            source="arxiv",
            kind="paper",
        )
        if labels.relevant:
            kept.append((entry.get("link", ""), entry.get("title", ""), labels.reasons))
    share = len(kept) / max(len(entries), 1)
    print(
        f"{feed_path.parent.name}: {len(entries)} items, {len(kept)} kept as relevant"
        f" ({share:.2%}; target at most {TARGET:.1%})"
    )
    for link, title, reasons in kept:
        print(f"  {link}  {title}\n      {reasons}")
    return 0 if share <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
