"""Institutions whose names begin in hiragana, found by their ending; hiragana phrases before such a word are not."""

from __future__ import annotations

import pytest

from pipelines.classification.detect_hiragana import hiragana_institutions
from tests.classification_helpers import classify


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (
            "ひばり総合研究所、LLMで議事録を要約",
            "ひばり総合研究所は、大規模言語モデルで議事録を要約する実証を行った。",
            "ひばり総合研究所",
        ),
        ("地域金融に生成AI", "つくし銀行とあおば信用金庫は、生成AIの共同利用を始めた。", "あおば信用金庫"),
        ("地域金融に生成AI", "つくし銀行とあおば信用金庫は、生成AIの共同利用を始めた。", "つくし銀行"),
    ],
)
def test_a_hiragana_institution_is_detected(title: str, text: str, name: str) -> None:
    assert name in {entry["name"] for entry in classify(title, text).detected["organisations"]}


@pytest.mark.parametrize(
    "text",
    [
        "その研究所は、新しい計算機を入れた。",
        "これを銀行が認めた。",
        "ことしの病院の予算は増えた。",
        "研究の成果をまとめた。",
    ],
)
def test_hiragana_words_before_an_ending_are_not_names(text: str) -> None:
    assert hiragana_institutions(text) == []
