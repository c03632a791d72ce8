"""Searching the archive: Japanese and English, short words, hostile syntax, filters, ranking."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive import Archive
from archive.search import SearchError, SearchFilters, parse_query, search
from tests.search_helpers import NOW, store

ALL = SearchFilters(relevant_only=False)


def found(archive: Archive, query: str, filters: SearchFilters = ALL, **options) -> list[str]:
    return [hit.id for hit in search(archive.db, query, filters, now=NOW, **options).hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("言語モデル", ["prtimes:kddi-elyza"]),
        ("資金調達", ["prtimes:sakana-series-a"]),
        ("継続事前学習", ["prtimes:rinna-youko"]),
        ("GENIAC", ["meti:geniac-launch"]),
        ("経済産業省 計算資源", ["meti:geniac-launch"]),
        ("Swallow", ["arxiv:2404.17790"]),
        ("swallow", ["arxiv:2404.17790"]),
        ("large language models", ["arxiv:2407.03963"]),
        ("Series A", ["bridge:sakana-series-a-en"]),
    ],
)
def test_finds_words_of_three_characters_or_more_in_both_languages(known_archive, query, expected):
    assert sorted(found(known_archive, query)) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("資金", ["prtimes:sakana-series-a"]),
        ("生成", ["meti:geniac-launch", "prtimes:kddi-elyza"]),
        ("株", ["prtimes:kddi-elyza"]),
        (
            "AI",
            [
                "bridge:sakana-series-a-en",
                "meti:geniac-launch",
                "news:toyota-forecast",
                "prtimes:kddi-elyza",
                "prtimes:sakana-series-a",
            ],
        ),
        (
            "ＡＩ",
            [
                "bridge:sakana-series-a-en",
                "meti:geniac-launch",
                "news:toyota-forecast",
                "prtimes:kddi-elyza",
                "prtimes:sakana-series-a",
            ],
        ),
    ],
)
def test_finds_words_of_one_or_two_characters_through_the_short_word_index(known_archive, query, expected):
    result = search(known_archive.db, query, ALL, now=NOW)
    assert result.mode == "index"
    assert sorted(hit.id for hit in result.hits) == sorted(expected)
    assert not result.notes, "nothing was scanned"


def test_scans_for_a_short_word_the_short_word_index_cannot_answer(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        for item_id, title in [("a-sha", "A社が生成モデルを公開"), ("b-sha", "B社が生成モデルを公開")]:
            store(
                archive,
                {
                    "id": item_id,
                    "kind": "press",
                    "source": "prtimes",
                    "url": f"https://example.jp/{item_id}",
                    "title": title,
                    "relevant": 1,
                },
                "2026-11-20T00:00:00Z",
            )
        result = search(archive.db, "A社", ALL, now=NOW)
    assert result.mode == "scan"
    assert [hit.id for hit in result.hits] == ["a-sha"]
    assert result.notes, "the user is told that short words were scanned"


def test_a_short_latin_word_matches_whole_words_only(known_archive):
    hits = found(known_archive, "ai")
    assert "arxiv:2404.17790" not in hits, "'ai' inside 'training' is not the word AI"
    assert "prtimes:kddi-elyza" in hits, "生成AI ends in the word AI"


def test_mixes_the_index_and_a_scan_when_one_word_is_short(known_archive):
    result = search(known_archive.db, "生成 GENIAC", ALL, now=NOW)
    assert result.mode == "index+scan"
    assert [hit.id for hit in result.hits] == ["meti:geniac-launch"]


def test_every_word_must_match_unless_joined_by_or(known_archive):
    assert found(known_archive, "ELYZA Sakana") == []
    assert sorted(found(known_archive, "ELYZA OR Sakana")) == [
        "bridge:sakana-series-a-en",
        "prtimes:kddi-elyza",
        "prtimes:sakana-series-a",
    ]


def test_leaves_out_excluded_words(known_archive):
    assert found(known_archive, "Sakana -資金") == ["bridge:sakana-series-a-en"]
    assert found(known_archive, "Sakana NOT raises") == ["prtimes:sakana-series-a"]


def test_a_quoted_phrase_is_one_word(known_archive):
    assert found(known_archive, '"Japanese web corpus"') == ["arxiv:2404.17790"]
    assert found(known_archive, '"corpus Japanese"') == []


HOSTILE = [
    '"',
    '""',
    '"Sakana',
    'Sakana"',
    "(",
    ")",
    "((Sakana",
    "Sakana)",
    "*",
    "Sak*",
    "^Sakana",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(Sakana ELYZA, 5)",
    "Sakana AND",
    "OR Sakana",
    "Sakana OR",
    "NOT NOT",
    "- -",
    "-Sakana",
    "title:Sakana",
    "{title summary}: Sakana",
    "'; DROP TABLE items; --",
    "\\",
    "言語モデル OR",
    '"言語モデル',
    "Sakana\x00AI",
    "%",
    "_",
    "?",
    ":1",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_fts_syntax_in_a_query_never_raises_anything_but_a_clear_error(known_archive, query):
    error: SearchError | None = None
    try:
        search(known_archive.db, query, ALL, now=NOW)
    except SearchError as refused:
        error = refused
    assert error is None or str(error)
    assert known_archive.db["items"].count == 8


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Sak*", 2),
        ("((Sakana", 2),
        ("Sakana)", 2),
        ("^Sakana", 2),
        ('"Sakana', 2),
        ("NEAR(Sakana raises, 5)", 1),
        ('"言語モデル', 1),
        ("言語モデル OR", 1),
        ('"OR"', 0),
    ],
)
def test_fts_operators_are_read_as_a_reader_means_them(known_archive, query, expected):
    assert len(found(known_archive, query)) == expected


@pytest.mark.parametrize("query", ["", "   ", "AND OR", "*", "-Sakana", "NOT ELYZA"])
def test_a_query_with_nothing_to_find_gets_a_clear_message(known_archive, query):
    with pytest.raises(SearchError, match="search for"):
        search(known_archive.db, query, ALL, now=NOW)


@pytest.mark.parametrize("query", ["-- 言語モデル", "- 言語モデル", "言語モデル --", "言語モデル -"])
def test_dashes_alone_are_not_words_to_leave_out(known_archive, query):
    assert found(known_archive, query) == ["prtimes:kddi-elyza"]


def test_parse_query_groups_or_and_exclusions():
    parsed = parse_query('言語モデル OR LLM -"Toyota" 資金')
    assert parsed.groups == (("言語モデル", "LLM"), ("資金",))
    assert parsed.excluded == ("Toyota",)


def test_relevant_only_is_the_default(known_archive):
    assert found(known_archive, "forecast", SearchFilters()) == []
    assert found(known_archive, "forecast", SearchFilters(relevant_only=False)) == ["news:toyota-forecast"]


def test_filters_by_kind(known_archive):
    assert found(known_archive, "Sakana", SearchFilters(kind="funding")) == ["bridge:sakana-series-a-en"]
    with pytest.raises(SearchError, match="unknown kind"):
        search(known_archive.db, "Sakana", SearchFilters(kind="blog"))


def test_filters_by_topic(known_archive):
    assert found(known_archive, "AI", SearchFilters(topic="policy")) == ["meti:geniac-launch"]
    with pytest.raises(SearchError, match="unknown topic"):
        search(known_archive.db, "AI", SearchFilters(topic="fundng"))


@pytest.mark.parametrize("name", ["ELYZA", "elyza", "Elyza", "ELYZA株式会社", "イライザ"])
def test_filters_by_organisation_name_alias_or_japanese_name_in_any_case(known_archive, name):
    aliases = {"イライザ": "ELYZA"}
    hits = found(known_archive, "AI", SearchFilters(organisation=name), aliases=aliases)
    assert hits == ["prtimes:kddi-elyza"]


def test_organisation_filter_reads_japanese_names_and_partial_names(known_archive):
    assert found(known_archive, "GENIAC", SearchFilters(organisation="経済産業省")) == ["meti:geniac-launch"]
    assert sorted(found(known_archive, "Japanese", SearchFilters(organisation="informatics"))) == ["arxiv:2407.03963"]
    with pytest.raises(SearchError, match="no organisation"):
        search(known_archive.db, "AI", SearchFilters(organisation="OpenAI"))


def test_filters_by_date_as_asia_tokyo_days(known_archive):
    # The English report is dated 12:00 on 4 September in Tokyo, the press
    # release 09:00: both fall on the 4th there.
    in_day = SearchFilters(since="2024-09-04", until="2024-09-04")
    assert sorted(found(known_archive, "Sakana", in_day)) == ["bridge:sakana-series-a-en", "prtimes:sakana-series-a"]
    assert found(known_archive, "Sakana", SearchFilters(since="2024-09-04T10:00")) == ["bridge:sakana-series-a-en"]
    assert found(known_archive, "Japanese", SearchFilters(until="2024-06")) == ["arxiv:2404.17790"]
    assert found(known_archive, "Japanese", SearchFilters(since="2025")) == []
    with pytest.raises(SearchError, match="cannot read the date"):
        search(known_archive.db, "Sakana", SearchFilters(since="last week"))


def test_limits_the_number_of_hits_and_says_when_more_match(known_archive):
    limited = search(known_archive.db, "AI", SearchFilters(limit=2), now=NOW)
    assert len(limited.hits) == 2
    assert limited.truncated
    assert not search(known_archive.db, "AI", SearchFilters(limit=4), now=NOW).truncated
    with pytest.raises(SearchError, match="--limit"):
        search(known_archive.db, "AI", SearchFilters(limit=0))


def test_each_hit_has_a_snippet_with_the_words_marked(known_archive):
    (hit,) = search(known_archive.db, "言語モデル", now=NOW).hits
    assert "大規模**言語モデル**を開発" in hit.snippet
    (short,) = search(known_archive.db, "資金", now=NOW).hits
    assert "**資金**" in short.snippet
    assert hit.title.startswith("KDDI")
    assert hit.url.startswith("https://prtimes.jp/")
    assert hit.organisations == ["KDDI", "ELYZA"]
    assert hit.topics == ["partnership"]


def store_press(archive: Archive, rows: list[tuple[str, str, str, str]]) -> Archive:
    """Store relevant press items given as (id, title, summary, published_at)."""
    for item_id, title, summary, published in rows:
        store(
            archive,
            {
                "id": item_id,
                "kind": "press",
                "source": "prtimes",
                "url": f"https://example.jp/{item_id}",
                "title": title,
                "summary": summary,
                "published_at": published,
                "relevant": 1,
            },
            "2026-11-20T00:00:00Z",
        )
    return archive


def ranking_archive(path: Path) -> Archive:
    return store_press(
        Archive(path),
        [
            ("old-title", "Swallow 日本語モデルの評価", "評価の報告。", "2023-11-01T00:00:00Z"),
            ("new-title", "Swallow 日本語モデルの公開", "公開の報告。", "2026-11-01T00:00:00Z"),
            ("new-summary", "日本語モデルの公開", "Swallow を公開した。", "2026-11-01T00:00:00Z"),
        ],
    )


@pytest.mark.parametrize("query", ["Swallow", "日本語モデル"])
def test_ranks_by_relevance_and_recency(tmp_path, query):
    with ranking_archive(tmp_path / "archive.db") as archive:
        hits = found(archive, query)
    assert hits.index("new-title") < hits.index("old-title"), "newer ranks first at equal relevance"
    if query == "Swallow":
        assert hits.index("new-title") < hits.index("new-summary"), "a title match beats a summary match"


def test_ranks_short_word_scans_by_relevance_and_recency(tmp_path):
    rows = [
        ("title-old", "AI新モデルを公開", "詳細は後日。", "2023-11-01T00:00:00Z"),
        ("title-new", "AI新モデルを公開", "詳細は後日。", "2026-11-01T00:00:00Z"),
        ("summary-new", "新モデルを公開", "AIの新モデル。", "2026-11-01T00:00:00Z"),
        ("twice", "AIとAIの対話", "", "2026-10-01T00:00:00Z"),
    ]
    with store_press(Archive(tmp_path / "archive.db"), rows) as archive:
        hits = found(archive, "AI")
    assert hits[:2] == ["twice", "title-new"], "two title matches beat one; a title match beats a summary match"
    assert hits.index("title-new") < hits.index("title-old"), "newer ranks first at equal relevance"
    assert hits.index("title-new") < hits.index("summary-new")


def test_organisation_filter_reads_the_organisations_column_of_an_item_without_links(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        archive.store_item(
            {
                "id": "press:stockmark",
                "kind": "press",
                "source": "prtimes",
                "url": "https://example.jp/stockmark",
                "title": "ストックマーク、1000億パラメータのLLMを公開",
                "relevant": 1,
                "organisations": ["Stockmark"],
            }
        )
        assert found(archive, "LLM", SearchFilters(organisation="stockmark")) == ["press:stockmark"]


def test_a_partial_organisation_name_lists_each_organisation_once(known_archive):
    filters = SearchFilters(organisation="informatics")
    assert search(known_archive.db, "Japanese", filters, now=NOW).organisations == ["National Institute of Informatics"]
