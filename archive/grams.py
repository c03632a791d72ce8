"""The short-word index: what finds words of one or two characters without a scan.

The trigram full-text index cannot find a word shorter than three
characters, and Japanese is full of them (東大, 資金, 生成), as is English
(AI). ``items_grams`` is a contentless FTS5 table beside it, with the
``ascii`` tokenizer, holding for each item (title and summary, NFKC,
ASCII lower-cased):

- every run of ASCII letters and digits as one word (``ai`` in
  "生成AI" and in "AI-powered", but not the "ai" inside "training"), which
  is what a short Latin word means in search;
- every character and every pair of neighbouring characters of each run of
  other characters (東, 東大, 大学 ... of 東大学).

A word of one or two characters that is all ASCII letters and digits, or
has no ASCII character at all, is found through it; a short word mixing the
two (``A社``) or holding ASCII punctuation is not (``can_answer``), and
search scans for it as before.

The archive's one writer (``archive.db``) keeps the table in step with each
item's title and summary.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from common.text import normalise_text

TABLE = "items_grams"
_LATIN = re.compile(r"[0-9A-Za-z]+")
# A run of characters that are neither ASCII nor white space.
_OTHER = re.compile(r"[^\x00-\x7f\s]+")


def grams(title: str | None, summary: str | None) -> str:
    """The tokens of an item for ``items_grams``, space-separated."""
    text = normalise_text(f"{title or ''} {summary or ''}")
    tokens = {match.lower() for match in _LATIN.findall(text)}
    for run in _OTHER.findall(text):
        tokens.update(run)
        tokens.update(run[index : index + 2] for index in range(len(run) - 1))
    return " ".join(sorted(tokens))


def can_answer(word: str) -> bool:
    """Whether a word of one or two characters can be looked up in ``items_grams``."""
    return bool(_LATIN.fullmatch(word) or _OTHER.fullmatch(word))


def token(word: str) -> str:
    """The ``items_grams`` token a short word is looked up by."""
    return word.lower() if _LATIN.fullmatch(word) else word


# The tokens are stored with the index (no ``content=''``): a contentless
# FTS5 table cannot be read back, which breaks ``iterdump`` and
# ``sqlite-utils dump`` of the whole archive.
DEFINITION = f"CREATE VIRTUAL TABLE {TABLE} USING fts5(grams, tokenize='ascii', detail='none', columnsize=0)"


def create(db: Any) -> None:
    """Create the table (again, if an older definition is there) and index every item."""
    connection = _connection(db)
    connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
    connection.execute(DEFINITION)
    rebuild_grams(connection)


def index_item(
    connection: sqlite3.Connection, rowid: int, title: str | None, summary: str | None, *, replace: bool = False
) -> None:
    """(Re)index one item; ``replace`` when it was indexed before."""
    if replace:
        connection.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", [rowid])
    connection.execute(f"INSERT INTO {TABLE} (rowid, grams) VALUES (?, ?)", [rowid, grams(title, summary)])


def rebuild_grams(db: Any) -> None:
    """Index every item again from scratch (a migration, or a bulk load)."""
    connection = _connection(db)
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone():
        return
    connection.execute(f"DELETE FROM {TABLE}")
    cursor = connection.execute("SELECT rowid, title, summary FROM items")
    while rows := cursor.fetchmany(5000):
        connection.executemany(
            f"INSERT INTO {TABLE} (rowid, grams) VALUES (?, ?)", [(row[0], grams(row[1], row[2])) for row in rows]
        )


def _connection(db: Any) -> sqlite3.Connection:
    return db.conn if hasattr(db, "conn") else db
