"""The Datasette metadata loads and its facets, search and canned queries work (when Datasette is installed)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.search_helpers import write_known_archive

datasette_app = pytest.importorskip("datasette.app")
yaml = pytest.importorskip("yaml")

METADATA = Path(__file__).parent.parent / "archive" / "datasette.yaml"


@pytest.fixture(scope="module")
def get(known_archive_path: Path):
    datasette = datasette_app.Datasette(files=[str(known_archive_path)], metadata=yaml.safe_load(METADATA.read_text()))
    asyncio.run(datasette.invoke_startup())

    def fetch(url: str):
        response = asyncio.run(datasette.client.get(url))
        assert response.status_code == 200, (url, response.text[:500])
        return response

    def fetch_json(url: str):
        return fetch(url).json()

    fetch_json.html = lambda url: fetch(url).text
    return fetch_json


def test_the_search_box_uses_the_trigram_index(get):
    rows = get("/archive/items.json?_search=言語モデル&_shape=array&_col=title")
    assert [row["title"] for row in rows] == ["KDDI、ELYZAを連結子会社化し生成AIの社会実装を加速"]


def test_items_are_faceted_by_kind_topic_organisation_and_week(get):
    facets = get("/archive/items.json?_size=0")["facet_results"]
    assert {"kind", "topics", "organisations", "week"} <= set(facets)
    kinds = {value["value"]: value["count"] for value in facets["kind"]["results"]}
    assert kinds == {"press": 3, "paper": 2, "funding": 1, "policy": 1, "news": 1}
    organisations = {value["value"]: value["count"] for value in facets["organisations"]["results"]}
    assert organisations["Sakana AI"] == 2


@pytest.mark.parametrize(
    ("url", "first"),
    [
        ("/archive/search.json?text=Sakana&kind=funding", "Sakana AI raises about $214 million in its Series A round"),
        ("/archive/contains.json?text=資金&kind=", "Sakana AI、シリーズAで約300億円の資金調達を実施"),
        (
            "/archive/organisation_items.json?organisation=経済産業省&kind=&text=GENIAC",
            "生成AIの開発力強化に向けたプロジェクト「GENIAC」を開始します",
        ),
        (
            "/archive/organisation_items.json?organisation=llm-jp&kind=paper&text=",
            "LLM-jp: A Cross-organizational Project for the Research and Development of Fully Open Japanese LLMs",
        ),
        ("/archive/week_items.json?week=2026-W48", "生成AIの開発力強化に向けたプロジェクト「GENIAC」を開始します"),
    ],
)
def test_canned_queries_answer_the_common_questions(get, url, first):
    rows = get(url + "&_shape=array")
    assert rows
    assert rows[0]["title"] == first


def test_funding_rounds_in_a_year_of_startups(get):
    rows = get("/archive/funding_rounds_in_year.json?year=2024&sector=startup&_shape=array")
    assert {row["company"] for row in rows} == {"Sakana AI"}
    assert len(rows) == 2
    assert get("/archive/funding_rounds_in_year.json?year=2024&sector=ministry&_shape=array") == []


def test_every_view_and_the_database_page_load(get):
    tables = get("/archive.json")["tables"]
    assert {"items", "funding_rounds", "organisations"} <= {table["name"] for table in tables}
    for view in (
        "relevant_items",
        "funding_by_quarter",
        "weekly_counts",
        "organisation_timeline",
        "organisation_counts",
        "source_counts",
        "funding_round_details",
    ):
        assert get(f"/archive/{view}.json?_shape=array") is not None


def test_the_items_page_has_the_search_box_and_facets(get):
    page = get.html("/archive/items")
    assert 'name="_search"' in page
    assert "Every item the crawls found" in page
    assert all(f'data-column="{column}"' in page for column in ("kind", "topics", "organisations", "week"))


def test_the_command_line_loads_the_metadata_file(tmp_path):
    path = write_known_archive(tmp_path / "archive.db")
    datasette = Path(sys.executable).parent / "datasette"
    result = subprocess.run(
        [
            str(datasette),
            str(path),
            "--metadata",
            str(METADATA),
            "--get",
            "/archive/contains.json?text=生成&kind=&_shape=array",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    titles = {row["title"] for row in json.loads(result.stdout)}
    assert titles == {
        "KDDI、ELYZAを連結子会社化し生成AIの社会実装を加速",
        "生成AIの開発力強化に向けたプロジェクト「GENIAC」を開始します",
    }
