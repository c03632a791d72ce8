"""The archive's figures on a known archive, and `scrapy stats`."""

from __future__ import annotations

import json

import pytest

from archive import Archive
from archive.stats import archive_stats, display_width, format_stats, format_table, period_of
from crawler.commands.stats import Command
from tests.search_helpers import run_in_process, scrapy


@pytest.fixture
def stats(known_archive_path):
    with Archive(known_archive_path) as archive:
        yield lambda **options: archive_stats(archive.db, **options)


def test_items_by_kind_and_quarter(stats):
    periods = stats(by="quarter").periods
    assert periods == [
        {
            "period": "2024-Q1",
            "paper": 0,
            "press": 1,
            "funding": 0,
            "policy": 1,
            "news": 0,
            "model": 0,
            "dataset": 0,
            "total": 2,
            "relevant": 2,
        },
        {
            "period": "2024-Q2",
            "paper": 1,
            "press": 1,
            "funding": 0,
            "policy": 0,
            "news": 0,
            "model": 0,
            "dataset": 0,
            "total": 2,
            "relevant": 2,
        },
        {
            "period": "2024-Q3",
            "paper": 1,
            "press": 1,
            "funding": 1,
            "policy": 0,
            "news": 1,
            "model": 0,
            "dataset": 0,
            "total": 4,
            "relevant": 3,
        },
    ]


def test_items_by_week_and_month_in_tokyo_time(stats):
    # The LLM-jp paper is dated 4 July 17:00 UTC, which is already 5 July in Tokyo.
    weeks = {row["period"]: row["total"] for row in stats(by="week").periods}
    months = {row["period"]: row["total"] for row in stats(by="month").periods}
    assert weeks == {
        "2024-W05": 1,
        "2024-W12": 1,
        "2024-W17": 1,
        "2024-W19": 1,
        "2024-W27": 1,
        "2024-W31": 1,
        "2024-W36": 2,
    }
    assert months == {"2024-02": 1, "2024-03": 1, "2024-04": 1, "2024-05": 1, "2024-07": 1, "2024-08": 1, "2024-09": 2}
    assert period_of("2024-06-30T15:00:00Z", "quarter") == "2024-Q3"


def test_only_the_latest_periods_on_request(stats):
    latest = stats(by="quarter", last=2)
    assert [row["period"] for row in latest.periods] == ["2024-Q2", "2024-Q3"]
    assert latest.periods_with_items == 3
    assert "the latest 2 of 3 quarters with items" in format_stats(latest)
    assert "the latest" not in format_stats(stats(by="quarter"))


def test_totals_funding_organisations_and_sources(stats):
    figures = stats(top=3)
    assert figures.totals == {"items": 8, "relevant": 7, "backfill": 2, "funding_rounds": 2, "organisations": 10}
    assert figures.funding == [
        {
            "quarter": "2024-Q3",
            "rounds": 1,
            "rounds_with_amount": 1,
            "total_jpy": 30_000_000_000,
            "largest_jpy": 30_000_000_000,
            "companies": 1,
        }
    ]
    assert [(row["organisation"], row["items"]) for row in figures.organisations] == [
        ("Sakana AI", 2),
        ("ELYZA", 1),
        ("KDDI", 1),
    ]
    assert [(row["source"], row["items"], row["last_run_errors"]) for row in figures.sources] == [
        ("prtimes", 3, 1),
        ("arxiv", 2, 0),
        ("meti", 1, None),
        ("nikkei", 1, None),
        ("thebridge", 1, None),
    ]


def test_an_empty_archive_has_zero_figures(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        figures = archive_stats(archive.db)
    assert figures.totals["items"] == 0
    assert figures.periods == []
    assert figures.funding == []


@pytest.mark.parametrize(
    ("amount", "text"),
    [(30_000_000_000, "300億円"), (150_000_000, "1億5000万円"), (50_000_000, "5000万円"), (2.0e10, "200億円")],
)
def test_yen_amounts_read_the_japanese_way_as_in_the_digest_and_alerts(amount, text):
    # One formatter for every output: the stats, the demo's summary, the digest and the alerts.
    from common.yen import format_yen
    from schedules.render import format_yen as digest_yen

    assert format_yen(amount, "") == text
    assert digest_yen is format_yen
    assert format_yen(None, "") == ""


def test_tables_line_up_japanese_text():
    lines = format_table(["name", "n"], [["サカナAI", 2], ["ELYZA", 10]]).splitlines()
    assert len({display_width(line) for line in lines}) == 1


def test_scrapy_stats_prints_every_section(known_archive_path):
    result = scrapy(known_archive_path, "stats", "--by", "quarter", "--top", "2")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("8 items (7 relevant, 2 backfill), 2 funding rounds, 10 organisations")
    assert "2024-Q3      1      1        1       0     1      0        0      4         3" in out
    assert "2024-Q3       1            1  30,000,000,000  300億円  300億円          1" in out
    organisations = out.split("Most mentioned organisations")[1].split("Sources")[0]
    assert "Sakana AI (サカナAI)      2" in organisations
    assert "ELYZA" in organisations
    assert "KDDI" not in organisations, "--top 2 lists two organisations"
    assert "prtimes        3         3  2024-09-04   2026-11-25T00:02:00Z      3    1       1" in out


def test_scrapy_stats_json(known_archive_path, monkeypatch, capsys):
    monkeypatch.setenv("JPLLM_ARCHIVE", str(known_archive_path))
    run_in_process(Command, ["--by", "month", "--format", "json"])
    figures = json.loads(capsys.readouterr().out)
    assert figures["by"] == "month"
    assert figures["totals"]["items"] == 8
    assert figures["periods"][-1]["period"] == "2024-09"


def test_empty_sections_say_so(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        text = format_stats(archive_stats(archive.db))
    assert text.startswith("0 items (0 relevant, 0 backfill), 0 funding rounds, 0 organisations")
    assert text.count("(none)") == 4


def test_organisations_count_their_hub_repositories_by_kind(tmp_path):
    llm_jp = [{"name": "LLM-jp", "sector": "research", "country": "JP", "role": "issuer"}]
    with Archive(tmp_path / "archive.db") as archive:
        for number, kind in enumerate(("paper", "model", "model", "dataset")):
            item = {
                "id": f"test:{kind}:{number}",
                "kind": kind,
                "source": "huggingface" if kind != "paper" else "arxiv",
                "url": f"https://example.com/{number}",
                "title": f"LLM-jp {kind} {number}",
                "published_at": "2025-03-01T00:00:00Z",
                "relevant": True,
            }
            archive.store_item(item, organisations=llm_jp, now="2025-03-02T00:00:00Z")
        figures = archive_stats(archive.db)
        view = archive.db.execute("SELECT items, papers, models, datasets FROM organisation_counts").fetchall()
    [row] = figures.organisations
    assert (row["items"], row["papers"], row["models"], row["datasets"]) == (4, 1, 2, 1)
    assert view == [(4, 1, 2, 1)]
    table = format_stats(figures).split("Most mentioned organisations")[1].split("Sources")[0]
    header, _, line = table.strip().splitlines()[1:4]
    assert header.split() == [
        "organisation",
        "items",
        "paper",
        "press",
        "funding",
        "policy",
        "news",
        "model",
        "dataset",
        "latest",
    ]
    assert line.split()[1:-1] == ["4", "1", "0", "0", "0", "0", "2", "1"]
