"""Importing a public catalogue of Japanese LLMs into the watch list, and names the watch list does not know."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib

import pytest

from pipelines.classification import load_classifier
from pipelines.classification.catalogue import build_catalogue, family_of, parse_rows, split_developers
from tests.classification_helpers import DATA_DIR, classify, run_watchlist
from tests.conftest import FIXTURES, PROJECT_ROOT

CATALOGUE = FIXTURES / "catalogue"


@pytest.mark.parametrize(
    ("model", "family"),
    [
        ("LLM-jp-3 172B beta2", "LLM-jp"),
        ("Llama 3.3 Swallow 70B", "Swallow"),
        ("Sarashina2-8x70B", "Sarashina"),
        ("PLaMo-100B-Pretrained", "PLaMo"),
        ("KARAKURI LM 8x7B Chat v0.1", "KARAKURI LM"),
        ("CyberAgentLM3 (CALM3)", "CyberAgentLM"),
    ],
)
def test_family_of_a_catalogue_name(model: str, family: str) -> None:
    assert family_of(model) == family


def test_developer_cells_give_organisations_not_people_or_parents() -> None:
    assert split_developers("Preferred Elements (Preferred Networks)") == ["Preferred Elements"]
    assert split_developers("Megagon Labs <br> (Recruit Co.,Ltd.)") == ["Megagon Labs"]
    assert split_developers("個人 ([山田花子](https://example.jp/))") == []
    assert split_developers("東工大, 東北大, 富士通") == ["東工大", "東北大", "富士通"]


def test_the_two_languages_are_paired_row_by_row() -> None:
    japanese = parse_rows((CATALOGUE / "ja.md").read_text(encoding="utf-8"))
    english = parse_rows((CATALOGUE / "en.md").read_text(encoding="utf-8"))
    assert [row.model for row in japanese] == ["Hoshizora-2 13B", "Llama 3 Kumo 8B", "Sakura-LM 7B", "星空BERT"]
    catalogue = build_catalogue(japanese, english)
    hoshizora = catalogue.organisations["hoshizora technologies"]
    assert (hoshizora.name, hoshizora.name_ja, hoshizora.hub) == (
        "Hoshizora Technologies",
        "星空テクノロジーズ",
        ["hoshizora-lab"],
    )
    assert "hoshizora university" not in catalogue.organisations  # benchmarks name no model developers
    assert {family.name for family in catalogue.families.values() if family.generative} == {
        "Hoshizora",
        "Kumo",
    }  # an individual's model has no organisation to watch


def test_import_adds_entries_with_provenance_and_keeps_hand_edits(tmp_path) -> None:
    for name in ("watchlist.toml", "lexicon.toml", "currency_rates.toml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    before = load_classifier(tmp_path).classify(title="星空テクノロジーズ、大規模言語モデル「Hoshizora-2 13B」を公開")
    assert before.models == []
    assert before.relevant is False

    dry = run_watchlist("import", str(CATALOGUE / "ja.md"), str(CATALOGUE / "en.md"), "--dry-run", data_dir=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "+ organisation Hoshizora Technologies" in dry.stdout
    assert "dry run" in dry.stdout
    assert not (tmp_path / "watchlist_catalogue.toml").exists()

    done = run_watchlist(
        "import", str(CATALOGUE / "ja.md"), str(CATALOGUE / "en.md"), "--commit", "abc123", data_dir=tmp_path
    )
    assert done.returncode == 0, done.stderr
    imported = tomllib.loads((tmp_path / "watchlist_catalogue.toml").read_text(encoding="utf-8"))
    assert imported["provenance"]["commit"] == "abc123"
    assert imported["provenance"]["source"] == "awesome-japanese-llm"
    assert [entry["name"] for entry in imported["model"]] == [
        "Hoshizora"
    ]  # "Kumo" is too short a Latin name to match safely
    after = load_classifier(tmp_path).classify(title="星空テクノロジーズ、大規模言語モデル「Hoshizora-2 13B」を公開")
    assert after.models == ["Hoshizora"]
    assert after.relevant is True
    assert "Hoshizora Technologies" in [entry["name"] for entry in after.organisations]

    edited = (
        (tmp_path / "watchlist_catalogue.toml")
        .read_text(encoding="utf-8")
        .replace('sector = "company"', 'sector = "startup"', 1)
    )
    (tmp_path / "watchlist_catalogue.toml").write_text(edited, encoding="utf-8")
    again = run_watchlist("import", str(CATALOGUE / "ja.md"), data_dir=tmp_path)
    assert again.returncode == 0
    assert "added: 0 organisations, 0 model families" in again.stdout
    assert 'sector = "startup"' in (tmp_path / "watchlist_catalogue.toml").read_text(encoding="utf-8")

    coverage = run_watchlist("coverage", str(CATALOGUE / "ja.md"), str(CATALOGUE / "en.md"), data_dir=tmp_path)
    assert "organisations    1.000" in coverage.stdout


def test_a_missing_catalogue_is_a_usage_error(tmp_path) -> None:
    result = run_watchlist("import", str(tmp_path / "nothing.md"), data_dir=DATA_DIR)
    assert result.returncode == 2
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("action", ["import", "coverage"])
def test_a_file_with_no_model_tables_is_a_usage_error_not_a_coverage_of_zero(tmp_path, action) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Some other project\n\nNo tables here.\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    before = sorted(path.name for path in data_dir.iterdir())
    result = run_watchlist(action, str(readme), data_dir=data_dir)
    assert result.returncode == 2
    assert "no model tables found in" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert sorted(path.name for path in data_dir.iterdir()) == before


def test_unknown_names_are_detected_and_known_ones_are_not() -> None:
    labels = classify("カワセミ電機株式会社、エッジAI技術「CE-LLM」を開発", "株式会社サカナAIとも連携する。")
    assert {"name": "カワセミ電機"} in labels.detected["organisations"]
    assert {"name": "CE-LLM"} in labels.detected["models"]
    assert all(entry["name"] != "サカナAI" for entry in labels.detected["organisations"])
    english = classify("Axcxept Inc. releases Borea-Phi-3.5-mini-Instruct-Jp", "")
    assert english.detected["models"] == [{"name": "Borea-Phi-3.5-mini-Instruct"}]


def test_suggest_counts_unknown_names_in_the_archive(tmp_path) -> None:
    from dataclasses import asdict

    from archive import Archive
    from common.items import WatchItem

    with Archive(tmp_path / "archive.db") as archive:
        for number in range(3):
            labels = classify(f"カワセミ電機株式会社、生成AIサービスを発表 {number}", "株式会社サカナAIと連携する。")
            item = WatchItem(
                id=f"url:kawasemi-{number}",
                kind="press",
                source="x",
                url=f"https://example.jp/{number}",
                title=f"カワセミ電機、発表 {number}",
                language="ja",
                relevant=True,
                labels=labels,
                reasons=labels.reasons,
            )
            archive.store_item(asdict(item))
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "watchlist", "suggest", "--min-count", "2"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "JPLLM_ARCHIVE": str(tmp_path / "archive.db")},
    )
    assert result.returncode == 0, result.stderr
    assert "     3  カワセミ電機" in result.stdout
    assert "サカナAI" not in result.stdout
