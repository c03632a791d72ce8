"""The last check every detected name passes: a relation, a possessive or a common word is not a name."""

from __future__ import annotations

import pytest

from pipelines.classification import load_classifier
from tests.conftest import PROJECT_ROOT


@pytest.fixture(scope="module")
def classifier():
    return load_classifier(PROJECT_ROOT / "crawler" / "data")


def detected(classifier, title: str, text: str) -> list[str]:
    labels = classifier.classify(title=title, text=text, url="https://news.example.com/a", language="ja")
    return [entry["name"] for entry in labels.detected["organisations"]]


def test_a_group_company_is_named_without_its_relation(classifier):
    names = detected(
        classifier,
        "ミライキャピタル、気球ベンチャーに出資",
        "ミライ株式会社のグループ会社ミライキャピタル合同会社は、運営する1号投資事業有限責任組合を通じ、"
        "株式会社ソラノ技研に出資したと発表した。",
    )
    assert "ミライキャピタル" in names
    assert not any(name.startswith("グループ会社") for name in names)


def test_a_possessive_is_not_part_of_the_name(classifier):
    names = detected(
        classifier,
        "Kumo AI raises 2 billion yen at a 1 billion dollar valuation",
        "Kumo AI said it raised 2 billion yen in new funding from existing backer Mizuho and new investors "
        "including Northwind Funds, Fabrikam Capital and Contoso's venture fund Harbor Capital.",
    )
    assert "Contoso's" not in names
    assert "Contoso" in names


def test_a_kind_of_company_before_its_legal_form_is_not_a_name(classifier):
    names = detected(
        classifier,
        "Kumonosu、日本語LLMを公開",
        "東大松尾研発のスタートアップ株式会社Kumonosuは、日本語データで継続事前学習した70億パラメータのLLMを公開した。",
    )
    assert "スタートアップ" not in names
