"""A word matched in titles and summaries: the SQL that finds it, how often it occurs, the snippet that shows it.

Short Latin words (AI, 5G) match only at Latin word edges, so "AI" does not
find the "ai" in "training"; every other word is a plain substring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from common.text import nfkc_with_offsets

TRIGRAM = 3
# Title matches count this many times more than summary matches.
TITLE_WEIGHT = 5.0
SNIPPET_WIDTH = 90
HIGHLIGHT = ("**", "**")
# Titles and summaries are stored as published; words are matched in their NFKC-folded copies.
MATCHED_TITLE = "coalesce(items.title_folded, items.title)"
MATCHED_SUMMARY = "coalesce(items.summary_folded, items.summary, '')"


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, as SQLite's ``lower()`` does, so ``instr(lower(...), word)`` finds the word."""
    return "".join(character.lower() if character.isascii() else character for character in text)


def is_bounded(word: str) -> bool:
    """Whether a short word is matched as a whole Latin word: AI, not the ai in "training"."""
    return len(word) < TRIGRAM and any(character.isascii() and character.isalnum() for character in word)


def word_pattern(word: str) -> str:
    """A regular expression for a word; short Latin words only match at Latin word edges."""
    pattern = re.escape(word)
    if is_bounded(word):
        if word[0].isascii() and word[0].isalnum():
            pattern = r"(?<![0-9A-Za-z])" + pattern
        if word[-1].isascii() and word[-1].isalnum():
            pattern += r"(?![0-9A-Za-z])"
    return pattern


def count_matches(text: str | None, word: str) -> int:
    """How often a word occurs in a text, ignoring case (registered as ``jpllm_count`` in SQLite)."""
    if not text:
        return 0
    return len(_compiled(word).findall(text))


@lru_cache(maxsize=256)
def _compiled(word: str) -> re.Pattern[str]:
    return re.compile(word_pattern(word), re.IGNORECASE)


def make_snippet(
    title: str,
    summary: str,
    words: Sequence[str],
    *,
    width: int = SNIPPET_WIDTH,
    highlight: tuple[str, str] = HIGHLIGHT,
) -> str:
    """The part of the summary (else the title) around the first match, every match marked.

    Words are found in the NFKC-folded text, as the search found them, and
    marked in the text as published: "AI" marks the ＡＩ of a full-width summary.
    """
    pattern = re.compile(
        "|".join(word_pattern(word) for word in sorted(set(words), key=len, reverse=True)), re.IGNORECASE
    )
    text = " ".join((summary or "").split())
    folded, starts, ends = nfkc_with_offsets(text)
    first = pattern.search(folded)
    if first is None:
        text = " ".join((title or "").split())
        folded, starts, ends = nfkc_with_offsets(text)
        first = pattern.search(folded)
    start = max(0, min((starts[first.start()] if first else 0) - width // 3, len(text) - width))
    stop = start + width
    pieces, shown = [], start
    for match in pattern.finditer(folded):
        if match.end() == match.start():
            continue
        match_start, match_end = starts[match.start()], ends[match.end() - 1]
        if match_start < shown or match_end > stop:
            continue
        pieces += [text[shown:match_start], highlight[0], text[match_start:match_end], highlight[1]]
        shown = match_end
    pieces.append(text[shown:stop])
    return ("…" if start > 0 else "") + "".join(pieces) + ("…" if stop < len(text) else "")


def contains_sql(word: str) -> tuple[str, list[Any]]:
    """An SQL condition for a word in the title or summary, scanning the content table."""
    lowered = ascii_lower(word)
    sql = f"(instr(lower({MATCHED_TITLE}), ?) > 0 OR instr(lower({MATCHED_SUMMARY}), ?) > 0)"
    params: list[Any] = [lowered, lowered]
    if is_bounded(word):
        sql = f"({sql} AND jpllm_count({MATCHED_TITLE} || ' ' || {MATCHED_SUMMARY}, ?) > 0)"
        params.append(word)
    return sql, params


def occurrences_sql(word: str) -> tuple[str, list[Any]]:
    """How often a word appears, title occurrences weighted, as an SQL expression."""
    return (
        f"({TITLE_WEIGHT} * jpllm_count({MATCHED_TITLE}, ?) + jpllm_count({MATCHED_SUMMARY}, ?))",
        [word, word],
    )
