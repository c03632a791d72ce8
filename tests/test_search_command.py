"""`scrapy search` as a user runs it: formats, filters, clear errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from scrapy.exceptions import UsageError

from crawler.commands.search import Command
from tests.search_helpers import run_in_process, scrapy


def test_prints_a_table_with_snippets_and_links(known_archive_path):
    result = scrapy(known_archive_path, "search", "言語モデル")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "date", "kind", "title", "organisations"]
    assert "2024-03-18  press  KDDI、ELYZAを連結子会社化し生成AIの社会実装を加速" in lines[2]
    assert "大規模**言語モデル**を開発" in lines[3]
    assert lines[4].strip() == "https://prtimes.jp/main/html/rd/p/000000001.000047565.html"
    assert lines[-1] == "1 hit (full-text index; ranked by relevance and recency)"


@pytest.fixture
def search_command(known_archive_path, monkeypatch, capsys):
    """Run `scrapy search` in this process and return what it printed."""
    monkeypatch.setenv("JPLLM_ARCHIVE", str(known_archive_path))

    def run(*argv: str) -> tuple[str, str]:
        run_in_process(Command, list(argv))
        captured = capsys.readouterr()
        return captured.out, captured.err

    return run


def test_json_output_with_filters_and_an_organisation_alias_from_the_watch_list(search_command):
    out, _ = search_command(
        "GENIAC",
        "--org",
        "経産省",
        "--kind",
        "policy",
        "--since",
        "2024-01",
        "--until",
        "2024-12-31",
        "--format",
        "json",
    )
    (hit,) = json.loads(out)
    assert hit["id"] == "meti:geniac-launch"
    assert hit["organisations"] == ["METI", "NEDO"]
    assert "**GENIAC**" in hit["snippet"]


def test_the_table_says_when_the_limit_held_hits_back(search_command):
    out, _ = search_command("AI", "--limit", "1")
    assert (
        out.splitlines()[-1] == "1 hit (full-text index; ranked by relevance and recency), more with a --limit above 1"
    )
    json_out, json_err = search_command("AI", "--limit", "1", "--format", "json")
    assert len(json.loads(json_out)) == 1
    assert "more items match" in json_err


@pytest.mark.parametrize("argv", [["Sakana", "-raises"], ["--", "Sakana", "-raises"], ["-raises", "Sakana"]])
def test_a_word_after_a_dash_is_left_out_not_read_as_an_option(search_command, argv):
    out, _ = search_command("--format", "json", *argv)
    assert [hit["id"] for hit in json.loads(out)] == ["prtimes:sakana-series-a"]


def test_csv_output_of_a_short_word_search_of_every_item(search_command):
    out, err = search_command("AI", "--all", "--limit", "10", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {row["id"] for row in rows} >= {"news:toyota-forecast", "prtimes:kddi-elyza"}
    assert "note:" not in err, "a short word is found through the short-word index, not scanned"
    sakana = next(row for row in rows if row["id"] == "prtimes:sakana-series-a")
    assert sakana["organisations"] == "Sakana AI"
    assert sakana["topics"] == "funding"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["AI", "--org", "OpenAI"], "no organisation in the archive is called 'OpenAI'"),
        (["AI", "--since", "yesterday"], "cannot read the date"),
        (["AI", "--topic", "fundng"], "unknown topic"),
        (["AI", "--limit", "0"], "--limit must be 1 or more"),
        ([], "give a query"),
    ],
)
def test_bad_input_gets_a_clear_message(search_command, argv, message):
    with pytest.raises(UsageError, match=message):
        search_command(*argv)


def test_bad_input_exits_with_a_usage_error_and_no_traceback(known_archive_path):
    result = scrapy(known_archive_path, "search", "AND OR")
    assert result.returncode == 2
    assert "nothing to search for" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_archive_is_reported_not_created(tmp_path):
    missing = tmp_path / "nowhere" / "archive.db"
    result = scrapy(missing, "search", "言語モデル")
    assert result.returncode == 2
    assert f"no archive at {missing}" in result.stderr
    assert not missing.exists()
