"""Shared helpers for the classification, funding and de-duplication tests."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipelines.classification import Classifier, Labels, load_classifier
from tests.conftest import FIXTURES, PROJECT_ROOT

DATA_DIR = PROJECT_ROOT / "crawler" / "data"
DEVSET = FIXTURES / "classification" / "devset.jsonl"
HELDOUT = FIXTURES / "classification" / "heldout.jsonl"


@lru_cache(maxsize=1)
def project_classifier() -> Classifier:
    """The classifier of the project's own data files, built once per test process."""
    return load_classifier(DATA_DIR)


def classify(title: str, text: str = "", **fields: Any) -> Labels:
    return project_classifier().classify(title=title, text=text, **fields)


def funding_of(title: str, text: str = "", **fields: Any) -> dict[str, Any]:
    """The funding labels of a story, failing the test if it is not read as a funding story."""
    labels = classify(title, text, **fields)
    assert labels.kind == "funding", labels.reasons
    assert labels.funding is not None
    return labels.funding


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_watchlist(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    """`scrapy watchlist ARGS --data-dir DATA_DIR` in a process of its own, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "watchlist", *args, "--data-dir", str(data_dir)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
