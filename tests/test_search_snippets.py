"""Snippets mark what the search found in the text as published, also where it was found only after folding."""

from __future__ import annotations

from archive import Archive
from archive.search import SearchFilters, search
from archive.search_words import make_snippet
from common.text import nfkc_with_offsets
from tests.search_helpers import NOW, store


def test_a_full_width_match_is_marked_as_published(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        store(
            archive,
            {
                "id": "press:fullwidth",
                "kind": "press",
                "source": "prtimes",
                "url": "https://example.jp/fullwidth",
                "title": "新サービスの提供を開始",
                "summary": "社内文書を読み込む生成ＡＩチャットボット「ｶﾞｲﾄﾞ君」を全社員に配布した。",
                "relevant": 1,
            },
            "2026-11-20T00:00:00Z",
        )
        (hit,) = search(archive.db, "AI", SearchFilters(relevant_only=False), now=NOW).hits
        (guide,) = search(archive.db, "ガイド君", SearchFilters(relevant_only=False), now=NOW).hits
    assert "生成**ＡＩ**チャットボット" in hit.snippet
    assert "「**ｶﾞｲﾄﾞ君**」" in guide.snippet, "half-width kana with its voiced mark is one match"


def test_offsets_point_back_into_the_text_as_published():
    folded, starts, ends = nfkc_with_offsets("１０億円のｶﾞ")
    assert folded == "10億円のガ"
    assert [(starts[i], ends[i]) for i in range(len(folded))] == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 7)]
    ligature, starts, ends = nfkc_with_offsets("㈱A")
    assert ligature == "(株)A"
    assert starts[:3] == [0, 0, 0]
    assert ends[:3] == [1, 1, 1]


def test_only_whole_matches_inside_the_cut_are_marked():
    text = "前置き " * 30 + "大規模言語モデルを公開 " + "後書き " * 30
    snippet = make_snippet("題", text, ["言語モデル"], width=40)
    assert snippet.startswith("…")
    assert snippet.endswith("…")
    assert snippet.count("**言語モデル**") == 1
