"""What the detector of new names must not show: dates and events in a subject's place, kinds of body, roles in front
of a name, and pieces of longer Latin names. The digest shows every new name, so each of these would reach readers.

The sentences are our own, about invented or public facts.
"""

from __future__ import annotations

import pytest

from pipelines.classification.detect_filter import is_not_a_name, pieces_of_longer_names, strip_role
from tests.classification_helpers import classify


def detected(title: str, text: str = "") -> set[str]:
    return {entry["name"] for entry in classify(title, text).detected["organisations"]}


@pytest.mark.parametrize(
    ("title", "text", "not_names"),
    [
        # Dates, deadlines, ceremonies and stages in the subject's place.
        (
            "第三者割当による新株発行",
            "ミドリ精機は新株の発行を決めた。払込期日は6月2日、申込期間は5月に設ける。",
            {"払込期日", "申込期間"},
        ),
        (
            "地域ファンドが出資",
            "あおば信用金庫は地域ファンドを通じて500万円を出資した。出資日は2月27日。授賞式は3月に開く。",
            {"出資日", "授賞式"},
        ),
        (
            "大型出資の続報",
            "ヤマブキ産業は追加出資の第2弾を払い込んだと発表した。第1弾は4月1日に実行済みで、第3弾は10月の予定。",
            {"第1弾", "第2弾", "第3弾"},
        ),
        # Kinds of body named without saying whose.
        (
            "県が誘致補助金を拡充",
            "知事が県議会で答弁した。3道県に交付する。市議会でも議論がある。",
            {"県議会", "道県", "市議会"},
        ),
        ("市町村のAI導入", "調査では政令市を除く市区町村の3割が導入した。", {"政令市", "市区町村"}),
        ("新株発行の決議", "アサギ化成の監査等委員会は発行価額を適法とした。", {"監査等委員会"}),
        # A report's title is no organisation.
        (
            "報告書の公表",
            "中国インターネット情報センター(CNNIC)は18日、「生成型対話知能応用発展報告(2025)」を発表した。",
            {"生成型対話知能応用発展報告"},
        ),
    ],
)
def test_dates_events_and_kinds_of_body_are_not_names(title: str, text: str, not_names: set[str]) -> None:
    assert not detected(title, text) & not_names


@pytest.mark.parametrize(
    ("title", "text", "name", "not_name"),
    [
        # A role in a fund written in front of its holder's name.
        (
            "ファンドが第三者割当を引き受け",
            "同ファンドの無限責任組合員ミナモ・パートナーズ株式会社が運用する。",
            "ミナモ・パートナーズ",
            "無限責任組合員ミナモ・パートナーズ",
        ),
        # A description written in front of a Latin name.
        (
            "Newco、シリーズAで調達",
            "イーロン・マスク氏が率いるAIスタートアップQuillonは5日、シリーズAで資金を調達したと発表した。",
            "Quillon",
            "AIスタートアップQuillon",
        ),
    ],
)
def test_a_role_or_description_in_front_of_a_name_is_cut(title: str, text: str, name: str, not_name: str) -> None:
    found = detected(title, text)
    assert name in found
    assert not_name not in found


def test_a_japanese_name_that_begins_with_startup_keeps_it() -> None:
    assert strip_role("スタートアップエコシステム協会") == "スタートアップエコシステム協会"
    assert strip_role("割当先ソラマメ商事") == "ソラマメ商事"


@pytest.mark.parametrize(
    ("title", "text", "whole", "piece"),
    [
        # The piece inside a longer name found in the same text.
        (
            "Volta Grid、シリーズAで12億円を調達　ミドリ・キャピタルがリード",
            "Volta Grid株式会社は調達した。",
            "Volta Grid",
            "Grid",
        ),
        (
            "Benchmark study",
            "Researchers from the University of Oregon, Nagoya University, Brown University and others built it.",
            "University of Oregon",
            "Oregon",
        ),
        # A name in capitals after a word in capitals: one name, read only in part.
        ("新株予約権の発行", "アオイ興産は、BLUE RIVER FARM株式会社を割当先とする新株予約権を発行する。", None, "FARM"),
        # A legal form on its own.
        ("第三者割当増資", "台湾のXY inno.Q Corporationを割当先とする第三者割当増資を決めた。", None, "Corporation"),
    ],
)
def test_pieces_of_longer_latin_names_are_not_shown(title: str, text: str, whole: str | None, piece: str) -> None:
    found = detected(title, text)
    assert piece not in found
    if whole is not None:
        assert whole in found


def test_names_in_lists_and_after_descriptions_are_not_pieces() -> None:
    text = (
        "The round drew Harbor Capital and Quill, with Ostrich Ventures and Pelican joining. "
        "Fintech Moneta Labs raised $5 million."
    )
    names = ["Harbor Capital", "Quill", "Ostrich Ventures", "Pelican", "Moneta Labs"]
    assert pieces_of_longer_names(names, text) == set()


def test_a_short_name_given_on_its_own_somewhere_is_kept() -> None:
    text = "Volta Grid Energy raised $12 million; Energy is in its name. Volta said it will hire."
    assert pieces_of_longer_names(["Volta Grid Energy", "Volta"], text) == set()


def test_newspapers_by_their_short_name_are_names() -> None:
    assert not is_not_a_name("朝日")
    assert not is_not_a_name("国連開発計画")
    assert is_not_a_name("出資日")
