"""A user's search query read into words, and the dates of --since / --until.

User input is never handed to FTS5 as syntax: every word is quoted. ``OR``
between words, ``-word`` / ``NOT word`` and ``"a phrase"`` are understood;
other operators (``AND``, ``NEAR``, ``*``, ``^``, parentheses) are dropped,
which is what a reader typing them means with a substring index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from archive.search_candidates import fts_phrase  # noqa: F401  (re-exported)
from common.text import normalise_text
from common.times import TOKYO, format_utc

OPERATORS = {"AND", "OR", "NOT"}
_TOKEN = re.compile(r'(?P<sign>-?)(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s()"]+))')
_NEAR = re.compile(r"^NEAR(/\d+)?$")
_EDGE_SYNTAX = "*^+:,-;'"
# NEAR(a b, 5): the distance is syntax, not a word to find.
_NEAR_DISTANCE = re.compile(r"\bNEAR\(([^()]*?),\s*\d+\s*\)")


class SearchError(ValueError):
    """The query or a filter cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class ParsedQuery:
    """Words to find: every group must match, any word of a group will do."""

    groups: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(word for group in self.groups for word in group)


def parse_query(text: str) -> ParsedQuery:
    """Read a user's query into word groups; raise SearchError if nothing is left to find."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    pending_or = pending_not = False
    for match in _TOKEN.finditer(_NEAR_DISTANCE.sub(r"NEAR(\1)", normalise_text(text))):
        negated = bool(match["sign"])
        if match["phrase"] is not None:
            word = match["phrase"].strip()
        else:
            word = match["word"]
            if not negated and (word in OPERATORS or _NEAR.match(word)):
                pending_or = word == "OR" and bool(groups)
                pending_not = word == "NOT"
                continue
            word = word.strip(_EDGE_SYNTAX)
        if not any(character.isalnum() for character in word):
            continue  # punctuation alone ("*", "--", "';") finds nothing worth finding
        if negated or pending_not:
            if word not in excluded:
                excluded.append(word)
        elif pending_or:
            if word not in groups[-1]:
                groups[-1].append(word)
        elif [word] not in groups:
            groups.append([word])
        pending_or = pending_not = False
    if not groups:
        if excluded:
            raise SearchError("the query only says what to leave out; add a word to search for")
        if any(word in OPERATORS for word in text.split()):
            raise SearchError(
                f"nothing to search for in {text!r}; to search for an operator word such as OR, "
                'put it in double quotes: "OR"'
            )
        raise SearchError(f"nothing to search for in {text!r}: give a word, a name or a number")
    return ParsedQuery(tuple(tuple(group) for group in groups), tuple(excluded))


def parse_day(text: str, *, end: bool = False) -> str:
    """A UTC bound for a day, month or year given in Asia/Tokyo (``2026-11-05``, ``2026-11``, ``2026``).

    ``end`` gives the first instant after the period, so ``--until 2026-11``
    includes the whole of November.
    """
    value = normalise_text(text)
    try:
        if re.fullmatch(r"\d{4}", value):
            start, after = date(int(value), 1, 1), date(int(value) + 1, 1, 1)
        elif re.fullmatch(r"\d{4}-\d{1,2}", value):
            year, month = (int(part) for part in value.split("-"))
            start = date(year, month, 1)
            after = date(year + month // 12, month % 12 + 1, 1)
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if "T" in value or " " in value:
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=TOKYO)
                return format_utc(moment + (timedelta(seconds=1) if end else timedelta()))
            start = moment.date()
            after = start + timedelta(days=1)
    except ValueError:
        raise SearchError(f"cannot read the date {text!r}; use YYYY-MM-DD, YYYY-MM or YYYY") from None
    day = after if end else start
    return format_utc(datetime(day.year, day.month, day.day, tzinfo=TOKYO))
