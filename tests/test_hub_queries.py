"""The Hub's canned Datasette queries and search/stats coverage, on an archive holding Hub repositories.

The SQL is read from archive/datasette.yaml without Datasette (an optional
extra), so these run in every checkout.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from archive.db import Archive
from archive.search import SearchFilters, search
from archive.stats import archive_stats
from tests.hub_helpers import ROBERTA, STABLE_DIFFUSION, as_author, record
from tests.test_hub_alerts import crawled, text_generation

METADATA = Path(__file__).parent.parent / "archive" / "datasette.yaml"


def canned_sql(name: str) -> str:
    """The ``sql: |-`` block of one canned query in the metadata file."""
    text = METADATA.read_text(encoding="utf-8")
    match = re.search(rf"\n      {name}:\n(?:        .*\n)*?        sql: \|-\n((?:          .*\n|\n)+)", text)
    assert match, f"no canned query {name}"
    return "\n".join(line[10:] for line in match.group(1).splitlines())


def hub_repositories_and_press(archive: Archive) -> None:
    from pipelines.classification import load_classifier

    watchlist = load_classifier(Path(__file__).parent.parent / "crawler" / "data").watchlist
    crawled(archive, watchlist, as_author(text_generation(record(ROBERTA)), "sbintuitions", "sarashina2.2-3b"))
    crawled(archive, watchlist, as_author(text_generation(record(STABLE_DIFFUSION)), "llm-jp", "llm-jp-3-13b"))
    archive.store_item(
        {
            "id": "url:press",
            "kind": "press",
            "source": "x",
            "url": "https://example.org/p",
            "title": "SB Intuitions、Sarashina2.2を公開",
            "relevant": True,
            "models": ["Sarashina"],
        }
    )


pytestmark = pytest.mark.archive_contents(fill=hub_repositories_and_press)


def test_family_query_joins_hub_repositories_and_press(archive):
    connection = sqlite3.connect(archive.path)
    rows = connection.execute(canned_sql("hub_family"), {"family": "sarashina"}).fetchall()
    assert sorted((row[0], row[2]) for row in rows) == [
        ("model", "sbintuitions/sarashina2.2-3b"),
        ("press", "SB Intuitions、Sarashina2.2を公開"),
    ]


def test_releases_query_by_organisation(archive):
    connection = sqlite3.connect(archive.path)
    rows = connection.execute(canned_sql("hub_releases"), {"week": "", "organisation": "llm-jp"}).fetchall()
    assert [(row[3], row[4]) for row in rows] == [("llm-jp/llm-jp-3-13b", "openrail++")]


def test_search_and_stats_cover_the_hub_kinds(archive):
    hits = search(archive.db, "sarashina", SearchFilters(kind="model")).hits
    assert [hit.title for hit in hits] == ["sbintuitions/sarashina2.2-3b"]
    stats = archive_stats(archive.db, by="quarter")
    assert sum(row["model"] for row in stats.periods) == 2


def test_reclassify_relabels_hub_repositories_from_their_hub_metadata(archive):
    import json

    from crawler.commands.reclassify import reclassify
    from pipelines.classification import load_classifier

    before = {row[0]: row[1] for row in archive.db.execute("SELECT id, labels FROM items WHERE kind = 'model'")}
    report = reclassify(archive, load_classifier(Path(__file__).parent.parent / "crawler" / "data"))
    after = {row[0]: row[1] for row in archive.db.execute("SELECT id, labels FROM items WHERE kind = 'model'")}
    assert after == before
    assert not any(example.startswith("hf:") for examples in report.examples.values() for example in examples)
    labels = json.loads(after[next(iter(after))])
    assert labels["hub"]["events"] == ["new_repo"]
    assert labels["kind"] == "model"
