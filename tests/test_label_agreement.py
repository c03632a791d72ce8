"""bench/label_agreement.py: a second labeller's agreement with the first labels, beside the classifier's."""

import json
from pathlib import Path

import pytest

from bench.label_agreement import main, measure, set_of

FIRST = [
    {
        "id": "a9-one",
        "title": "Preferred Networks、国産LLM「PLaMo」の新版を公開",
        "text": "Preferred Networksは日本語に強い大規模言語モデルの新版を公開した。",
        "url": "https://www.preferred.jp/ja/news/pr-plamo/",
        "language": "ja",
        "published": "2025-06-01",
        "source": "",
        "kind_hint": None,
        "expected": {"relevant": True, "kind": "press", "organisations": ["Preferred Networks"], "funding": None},
    },
    {
        "id": "a9-two",
        "title": "Vietnam passes its AI law",
        "text": "Vietnam's National Assembly passed a law on artificial intelligence.",
        "url": "https://example.vn/ai-law",
        "language": "en",
        "published": "2025-12-10",
        "source": "",
        "kind_hint": None,
        "expected": {"relevant": False, "kind": "policy", "organisations": ["National Assembly"], "funding": None},
    },
]


def write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def test_the_second_labeller_is_scored_against_the_first_labels_per_set(tmp_path: Path) -> None:
    write(tmp_path / "devset9_items_a.jsonl", FIRST)
    second = write(
        tmp_path / "second.jsonl",
        [
            {"id": "a9-one", "relevant": True, "kind": "press", "organisations": ["Preferred Networks"]},
            {"id": "a9-two", "relevant": False, "kind": "news", "organisations": []},
        ],
    )
    figures = measure(tmp_path, [second])
    assert list(figures) == ["devset9"]
    agreement = figures["devset9"]
    assert (agreement.items, agreement.second_kind, agreement.second_relevant) == (2, 1, 2)
    assert (agreement.names, agreement.second_names) == (2, 1)
    assert 0 <= agreement.classifier_kind <= 2
    assert 0 <= agreement.classifier_names <= 2


def test_a_record_of_no_set_and_missing_labels_are_refused(tmp_path: Path, capsys) -> None:
    write(tmp_path / "devset9_items_a.jsonl", FIRST)
    stray = write(tmp_path / "stray.jsonl", [{"id": "zz-none", "relevant": True, "kind": "news", "organisations": []}])
    with pytest.raises(SystemExit, match="zz-none is in no labelled set"):
        measure(tmp_path, [stray])
    assert main(["--labels-dir", str(tmp_path), str(tmp_path / "absent.jsonl")]) == 2
    assert capsys.readouterr().err.startswith("error: no second labels at")


def test_the_set_comes_from_the_id() -> None:
    assert [set_of(i) for i in ("g7-x", "k8-y-z", "x-1")] == ["devset7", "devset8", "other"]


def test_the_shipped_second_labels_all_name_labelled_records() -> None:
    assert main([]) == 0
