"""bench/devset_overlap.py: a new labelled record that repeats a known story is reported."""

import json
from pathlib import Path

from bench.devset_overlap import find_repeats, main


def write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


KNOWN = {
    "id": "k-1",
    "title": "ソフトバンク、国産LLMの開発へ新会社を設立",
    "text": "ソフトバンクは日本語に特化した大規模言語モデルを開発する新会社を設立したと発表した。",
    "url": "https://www.example.jp/news/123/",
}


def test_a_repeat_by_address_title_or_text_is_found_and_a_new_story_is_not(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write(data / "known.jsonl", [KNOWN])
    new = write(
        tmp_path / "new.jsonl",
        [
            {"id": "same-page", "title": "Other words", "text": "", "url": "http://example.jp/news/123"},
            {"id": "same-title", "title": "ソフトバンクが国産LLMの開発で新会社を設立", "text": "", "url": ""},
            {
                "id": "same-text",
                "title": "SoftBank sets up an LLM company",
                "text": "ソフトバンクは日本語に特化した大規模言語モデルを開発する新会社の設立を発表。",
                "url": "",
            },
            {
                "id": "new-story",
                "title": "楽天、生成AIの社内利用を拡大",
                "text": "楽天グループは業務での生成AI活用を広げる。",
                "url": "",
            },
        ],
    )
    found = find_repeats([new], data_dir=data)
    assert [line.split()[0] for line in found] == ["new.jsonl:same-page", "new.jsonl:same-title", "new.jsonl:same-text"]
    assert "same address" in found[0]
    assert "titles share" in found[1]
    assert "texts share" in found[2]


def test_two_new_records_of_one_story_are_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    new = write(tmp_path / "new.jsonl", [dict(KNOWN, id="n-1"), dict(KNOWN, id="n-2", url="")])
    assert find_repeats([new], data_dir=data) == ["new.jsonl:n-1 repeats new.jsonl:n-2 (titles share 1.00)"]


def test_the_command_refuses_a_missing_file_in_one_line(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "absent.jsonl")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
