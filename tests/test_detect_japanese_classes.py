"""Organisations named in Japanese sentences, by classes of phrasing real Japanese news uses (the seventh
session's misses of names written in Japanese), each written here in our own invented words.
"""

from __future__ import annotations

import pytest

from tests.classification_helpers import classify


def detected(title: str, text: str = "") -> set[str]:
    return {entry["name"] for entry in classify(title, text).detected["organisations"]}


# --- A parent and its unit: Latin words before a Japanese ending, a subsidiary after what kind it is ----------
@pytest.mark.parametrize(
    ("title", "text", "name", "fragment"),
    [
        (
            "物流AIの実証",
            "北海道は、SAKURA LOGIホールディングスと組み、配送計画をAIで最適化する。",
            "SAKURA LOGIホールディングス",
            "LOGIホールディングス",
        ),
        (
            "ファンド組成",
            "Blue Harborキャピタルは、North Starパートナーズと共同で新ファンドを組成した。",
            "North Starパートナーズ",
            "Starパートナーズ",
        ),
        (
            "水産AI",
            "同社の水産子会社ウミノミライ(宮城県石巻市)は、AIで漁獲量を予測する。",
            "ウミノミライ",
            "水産子会社ウミノミライ",
        ),
    ],
)
def test_a_name_is_read_whole_with_its_parent_words_and_without_its_relation(
    title: str, text: str, name: str, fragment: str
) -> None:
    found = detected(title, text)
    assert name in found
    assert fragment not in found
