"""Japan's listed companies named in English text by their filed English names (``listed_english``).

The companies here are invented; each test names a class of sentence and what a wrong reading would take.
"""

from __future__ import annotations

from config.listed_companies import ListedCompany
from pipelines.classification.listed_english import REASON, ListedEnglishNames, eligible, english_name
from tests.classification_helpers import classify


def _english(*rows: tuple[str, str]) -> ListedEnglishNames:
    return ListedEnglishNames(
        ListedCompany(name, name_en, f"{9000 + index}", "") for index, (name, name_en) in enumerate(rows)
    )


LISTED = _english(
    ("星空重工業", "HOSHIZORA HEAVY INDUSTRIES CO., LTD."),
    ("宙色興産", "Soirotech Kosan Co.,Ltd."),
    ("青葉商事", "AOBA & CO., LTD."),
    ("湊銀行", "The Minato Bank, Ltd."),
    ("湊銀行ホールディングス", "Minato Bank Holdings, Inc."),
)


def test_the_english_name_is_the_filed_one_without_its_legal_form() -> None:
    assert english_name("HOSHIZORA HEAVY INDUSTRIES CO., LTD.") == "HOSHIZORA HEAVY INDUSTRIES"
    assert english_name("The Minato Bank, Ltd.") == "Minato Bank"
    assert english_name("Kitakaze Corporation") == "Kitakaze"
    assert english_name("AOBA & CO., LTD.") == "AOBA & Co"  # "& Co." is part of the name


def test_a_name_is_read_in_any_case_as_a_whole_capitalised_name() -> None:
    text = (
        "Hoshizora Heavy Industries said on Monday that it would use generative AI in design, and Soirotech "
        "Kosan's refinery will follow; Aoba & Co. and the Minato Bank Holdings group joined."
    )
    assert LISTED.find(text) == [
        "Hoshizora Heavy Industries",
        "Soirotech Kosan",
        "Aoba & Co",
        "Minato Bank Holdings",  # the longest name
    ]
    assert LISTED.find("Japan's Hoshizora Heavy Industries Co. and The Minato Bank reported.") == [
        "Hoshizora Heavy Industries",
        "Minato Bank",
    ]


def test_a_name_inside_a_longer_name_or_in_small_letters_is_not_read() -> None:
    assert LISTED.find("Hoshizora Heavy Industries Research Center opened a lab.") == []  # a longer name
    assert LISTED.find("North Hoshizora Heavy Industries won.") == []  # another word of a longer name before it
    assert LISTED.find("the hoshizora heavy industries of the region") == []  # not written as a name
    assert LISTED.find("Hoshizora Heavy, an industries group") == []  # the name cut short


def test_names_that_could_be_ordinary_english_are_left_out() -> None:
    # A Japanese name in katakana or Latin letters: its English name is English words.
    assert not eligible(ListedCompany("セントラルガラス", "", "9001", ""), "Central Glass")
    # One word: mostly a surname.
    assert not eligible(ListedCompany("北風", "", "9002", ""), "Kitakaze")
    # Only words that translate a kind of business (電源開発 "Electric Power Development").
    assert not eligible(ListedCompany("情報計画", "", "9003", ""), "Information Planning")
    assert eligible(ListedCompany("星空重工業", "", "9004", ""), "Hoshizora Heavy Industries")
    listed = _english(("情報計画", "INFORMATION PLANNING CO., LTD."), ("セントラルガラス", "Central Glass Co., Ltd."))
    assert listed.find("Information Planning and Central Glass are phrases here.") == []


def test_a_listed_company_named_in_english_is_detected_with_its_reason() -> None:
    labels = classify(
        "Nihon Nohyaku deploys a generative AI assistant for its chemists",
        "Nihon Nohyaku said the chatbot answers questions about safety manuals.",
    )
    entries = [entry for entry in labels.detected["organisations"] if entry["name"] == "Nihon Nohyaku"]
    assert entries == [{"name": "Nihon Nohyaku", "reason": REASON}]


def test_japanese_text_is_not_read_for_english_names() -> None:
    labels = classify("生成AIの導入", "Nihon Nohyakuと提携した企業が生成AIを使う。")
    assert not any(entry.get("reason") == REASON for entry in labels.detected["organisations"])
