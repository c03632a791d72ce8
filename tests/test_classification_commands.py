"""`scrapy classify` and `scrapy reclassify`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from archive import Archive
from crawler.commands.reclassify import reclassify
from tests.classification_helpers import project_classifier
from tests.conftest import PROJECT_ROOT

SCRAPY = str(PROJECT_ROOT / ".venv" / "bin" / "scrapy")
INPUT = [
    {
        "title": "Sakana AI、シリーズBで約200億円を調達",
        "text": "三菱UFJ銀行などが引受先となった。",
        "url": "https://example.jp/n/1",
        "language": "ja",
        "published": "2025-11-17",
    },
    {
        "title": "Qwen2.5 Technical Report",
        "text": "Large language models supporting 29 languages.",
        "url": "https://arxiv.org/abs/2412.15115",
        "language": "en",
        "published": "2024-12-19",
        "source": "arxiv",
    },
]


def run_scrapy(*args: str, stdin: str = "", archive: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if archive is not None:
        env["JPLLM_ARCHIVE"] = str(archive)
    return subprocess.run(
        [SCRAPY, *args], input=stdin, capture_output=True, text=True, cwd=PROJECT_ROOT, env=env, timeout=60
    )


def test_classify_writes_one_line_of_labels_per_input_in_order(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in INPUT) + "\n", encoding="utf-8")
    from_file = run_scrapy("classify", str(path))
    from_stdin = run_scrapy("classify", stdin=path.read_text(encoding="utf-8") + "not json\n")
    assert from_file.returncode == 0, from_file.stderr
    lines = [json.loads(line) for line in from_file.stdout.splitlines()]
    assert [line["relevant"] for line in lines] == [True, False]
    assert list(lines[0]) == ["relevant", "score", "kind", "topics", "organisations", "models", "funding", "reasons"]
    assert lines[0]["kind"] == "funding"
    assert lines[1]["kind"] == "paper"
    assert {
        key: lines[0]["funding"][key]
        for key in ("amount", "currency", "amount_jpy", "as_written", "qualifier", "round")
    } == {
        "amount": 20_000_000_000,
        "currency": "JPY",
        "amount_jpy": 20_000_000_000,
        "as_written": "約200億円",
        "qualifier": "about",
        "round": "series_b",
    }
    assert lines[0]["funding"]["investors"] == ["Mitsubishi UFJ Financial Group"]
    stdin_lines = [json.loads(line) for line in from_stdin.stdout.splitlines()]
    assert stdin_lines[:2] == lines
    assert stdin_lines[2] == {"error": "line 3: Expecting value: line 1 column 1 (char 0)"}
    assert from_stdin.returncode == 1


def seed(archive_path: Path) -> None:
    """Two items as an older rule set labelled them: the funding story missed, a paper kept by mistake."""
    with Archive(archive_path) as archive:
        archive.store_item(
            {
                "id": "url:sakana-b",
                "kind": "news",
                "source": "google_news",
                "url": "https://news.google.com/rss/articles/CBMisakanaB",
                "title": "Sakana AI、シリーズBで約200億円を調達",
                "summary": "Lux Capitalなどが引受先となった。",
                "language": "ja",
                "published_at": "2025-11-17T01:00:00Z",
                "relevant": False,
                "score": 0.0,
                "topics": [],
                "organisations": [],
                "models": [],
                "reasons": [],
                "labels": {},
            },
            now="2025-11-17T02:00:00Z",
        )
        archive.store_item(
            {
                "id": "arxiv:2412.15115",
                "kind": "paper",
                "source": "arxiv",
                "url": "https://arxiv.org/abs/2412.15115",
                "title": "Qwen2.5 Technical Report",
                "summary": "Large language models supporting 29 languages, including Japanese and Korean.",
                "language": "en",
                "published_at": "2024-12-19T00:00:00Z",
                "relevant": True,
                "score": 1.0,
                "topics": [],
                "organisations": [],
                "models": [],
                "reasons": ["japan:japanese"],
                "labels": {},
            },
            now="2025-11-17T02:00:00Z",
        )


def test_reclassify_relabels_in_place_and_reports_what_changed(archive_path: Path) -> None:
    seed(archive_path)
    with Archive(archive_path) as archive:
        report = reclassify(archive, project_classifier())
        sakana = archive.db["items"].get("url:sakana-b")
        qwen = archive.db["items"].get("arxiv:2412.15115")
        rounds = list(archive.db["funding_rounds"].rows)
        links = {(row["organisation"], row["role"]) for row in archive.db["item_organisations"].rows}
    assert (report.items, report.changed_items) == (2, 2)
    assert report.counts["became_relevant"] == 1
    assert report.counts["became_irrelevant"] == 1
    assert report.counts["kind"] == 1
    assert report.counts["funding"] == 1
    assert "url:sakana-b" in report.examples["became_relevant"][0]
    assert "(news -> funding)" in report.examples["kind"][0]
    assert (sakana["relevant"], sakana["kind"]) == (1, "funding")
    assert json.loads(sakana["labels"])["funding"]["amount_jpy"] == 20_000_000_000
    assert sakana["last_seen_at"] == "2025-11-17T02:00:00Z"
    assert len(sakana["title_key"]) == 64
    assert qwen["relevant"] == 0
    assert [(row["company"], row["round"]) for row in rounds] == [("Sakana AI", "series_b")]
    assert ("Lux Capital", "investor") in links


def test_a_second_reclassify_changes_nothing(archive_path: Path) -> None:
    seed(archive_path)
    with Archive(archive_path) as archive:
        reclassify(archive, project_classifier())
        again = reclassify(archive, project_classifier())
    assert (again.items, again.changed_items) == (2, 0)


def test_reclassify_dry_run_writes_nothing(archive_path: Path) -> None:
    seed(archive_path)
    with Archive(archive_path) as archive:
        report = reclassify(archive, project_classifier(), dry_run=True)
        assert report.changed_items == 2
        assert archive.db["items"].get("url:sakana-b")["relevant"] == 0
        assert archive.db["funding_rounds"].count == 0


def test_reclassify_command_prints_the_report(archive_path: Path) -> None:
    seed(archive_path)
    result = run_scrapy("reclassify", "--format", "json", archive=archive_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["items"] == 2
    assert report["changes"]["became_relevant"] == 1


def test_reclassify_refuses_a_missing_archive(tmp_path: Path) -> None:
    result = run_scrapy("reclassify", archive=tmp_path / "none.db")
    assert result.returncode != 0
    assert "no archive" in result.stderr
