"""The digest's weekly numbers, kept up to date as items are written, so a digest never recounts history.

A digest compares its week with the four before it and draws the eleven
before it in its trend. Counting those weeks from their rows meant reading
and decoding about 42,000 items at a million items. Triggers on ``items``
and ``funding_rounds`` keep, for the items a digest counts (relevant, not
backfill, by the ``week`` they were first seen in):

- ``week_item_counts``: items per week, kind and whether the item is a model
  or product release by its topics (``schedules.digest_entries.is_release``,
  papers never are): papers, policy items and releases.
- ``week_funding_counts``: the week's funding rounds as the digest reads
  them: each of an item's ``funding_rounds``, or, for an item with none,
  the round in its labels (``labels.funding`` with a company); by company,
  round, amount in yen (-1 when not known) and the undisclosed mark. The
  digest folds rounds of one company, round and amount into one.
- ``week_names``: names the classifier found but the watch list did not
  know (``labels.detected``), per week, kind and name: the digest's "new
  names" leave out those of the four weeks before.

The Hub's releases are not counted here: a week with Hub models reads them,
and the few items about their families, from the rows (``week_hub_rows``).

``rebuild_all`` fills the tables from the rows (migration 17, or a bulk load
with the triggers set aside); ``check`` compares them with a recount (tests).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from archive.summary_tables import connection_of, replace_contents

COUNTED = "({row}.relevant = 1 AND coalesce({row}.backfill, 0) = 0 AND {row}.week IS NOT NULL)"
# JSON that SQLite cannot parse reads as no labels, as the digest's decoding does.
SAFE_JSON = "CASE WHEN json_valid({column}) THEN {column} ELSE '{{}}' END"
RELEASE_TOPICS = "('model_release', 'product')"


def _release(row: str) -> str:
    """Whether the item is a release by its topics, as ``schedules.digest_entries.is_release`` reads them."""
    topics = SAFE_JSON.format(column=f"{row}.topics")
    return (
        f"(coalesce({row}.kind, '') != 'paper' AND EXISTS (SELECT 1 FROM json_each({topics}) AS topic"
        f" WHERE (CASE json_type({topics}) WHEN 'object' THEN topic.key ELSE topic.value END) IN {RELEASE_TOPICS}))"
    )


# An amount the digest reads as unknown (None) is kept as -1: the tables' keys cannot be NULL.
AMOUNT = "CASE WHEN {value} IS NULL OR {value} = '' THEN -1 ELSE CAST({value} AS INTEGER) END"
FLAG = "CASE WHEN {value} IS NULL OR {value} = 0 OR {value} = '' THEN 0 ELSE 1 END"

TABLES = {
    "week_item_counts": "week TEXT, kind TEXT, release INTEGER, items INTEGER NOT NULL,"
    " PRIMARY KEY (week, kind, release)",
    "week_funding_counts": "week TEXT, company TEXT, round TEXT, amount_jpy INTEGER, undisclosed INTEGER,"
    " items INTEGER NOT NULL, PRIMARY KEY (week, company, round, amount_jpy, undisclosed)",
    "week_names": "week TEXT, kind TEXT, name TEXT, items INTEGER NOT NULL, PRIMARY KEY (week, kind, name)",
}


def _item_counts(row: str) -> str:
    return f"SELECT {row}.week, coalesce({row}.kind, ''), {_release(row)} WHERE {COUNTED.format(row=row)}"


def _names(row: str, source: str = "") -> str:
    """(item id, week, kind, name) of each name an item brought; ``source`` is the table ``row`` is read from."""
    labels = SAFE_JSON.format(column=f"{row}.labels")
    # The digest reads names as text from a list of objects; anything else holds none.
    return (
        f"SELECT {row}.id AS id, {row}.week AS week, kinds.kind AS kind, entry.value ->> '$.name' AS name"
        f" FROM {source + ', ' if source else ''}(SELECT 'organisations' AS kind UNION ALL SELECT 'models') AS kinds,"
        f" json_each({labels}, '$.detected.' || kinds.kind) AS entry"
        f" WHERE {COUNTED.format(row=row)} AND json_type({labels}, '$.detected.' || kinds.kind) = 'array'"
        " AND entry.type = 'object' AND json_type(entry.value, '$.name') = 'text' AND entry.value ->> '$.name' != ''"
    )


def _label_round(row: str, source: str = "", besides: str = "") -> str:
    """The round in an item's labels, when it has no ``funding_rounds`` row (``besides`` that one)."""
    funding = "(" + SAFE_JSON.format(column=f"{row}.labels") + " -> '$.funding')"
    other = f" AND funding_rounds.rowid != {besides}" if besides else ""
    amount, undisclosed = f"{funding} ->> '$.amount_jpy'", f"{funding} ->> '$.undisclosed'"
    return (
        f"SELECT {row}.week, CAST({funding} ->> '$.company' AS TEXT),"
        f" coalesce(CAST({funding} ->> '$.round' AS TEXT), ''),"
        f" {AMOUNT.format(value=amount)}, {FLAG.format(value=undisclosed)}"
        f"{' FROM ' + source if source else ''}"
        f" WHERE {COUNTED.format(row=row)} AND json_type({funding}) = 'object'"
        f" AND coalesce({funding} ->> '$.company', '') NOT IN ('', 0)"
        f" AND NOT EXISTS (SELECT 1 FROM funding_rounds WHERE funding_rounds.item_id = {row}.id{other})"
    )


def _round(rounds: str) -> str:
    return (
        f"coalesce(CAST({rounds}.company AS TEXT), ''), coalesce(CAST({rounds}.round AS TEXT), ''),"
        f" {AMOUNT.format(value=f'{rounds}.amount_jpy')}, {FLAG.format(value=f'{rounds}.undisclosed')}"
    )


def _rounds_of_item(row: str) -> str:
    return (
        f"SELECT {row}.week, {_round('funding_rounds')} FROM funding_rounds"
        f" WHERE funding_rounds.item_id = {row}.id AND {COUNTED.format(row=row)}"
    )


def _add(table: str, keys: str, select: str, sign: str) -> str:
    return (
        f"INSERT INTO {table} ({keys}, items) SELECT *, {sign}1 FROM ({select}) WHERE true"
        f" ON CONFLICT ({keys}) DO UPDATE SET items = items {sign} 1;"
    )


ITEM_KEYS = "week, kind, release"
FUNDING_KEYS = "week, company, round, amount_jpy, undisclosed"
NAME_KEYS = "week, kind, name"


def _item(sign: str, row: str) -> str:
    """Everything an item adds to (``+``) or takes from (``-``) the tables."""
    return " ".join(
        (
            _add("week_item_counts", ITEM_KEYS, _item_counts(row), sign),
            _add("week_names", NAME_KEYS, f"SELECT DISTINCT week, kind, name FROM ({_names(row)})", sign),
            _add("week_funding_counts", FUNDING_KEYS, _rounds_of_item(row), sign),
            _add("week_funding_counts", FUNDING_KEYS, _label_round(row), sign),
        )
    )


def _one_round(sign: str, row: str) -> str:
    return _add(
        "week_funding_counts",
        FUNDING_KEYS,
        f"SELECT items.week, {_round(row)} FROM items WHERE items.id = {row}.item_id AND {COUNTED.format(row='items')}",
        sign,
    )


def _label_round_of(item_id: str, sign: str, besides: str = "") -> str:
    select = _label_round("items", "items", besides) + f" AND items.id = {item_id}"
    return _add("week_funding_counts", FUNDING_KEYS, select, sign)


_CHANGED = (
    "OLD.week IS NOT NEW.week OR OLD.kind IS NOT NEW.kind OR OLD.relevant IS NOT NEW.relevant"
    " OR OLD.backfill IS NOT NEW.backfill OR OLD.topics IS NOT NEW.topics OR OLD.labels IS NOT NEW.labels"
)

TRIGGERS = {
    "week_counts_items_insert": f"AFTER INSERT ON items WHEN {COUNTED.format(row='NEW')} BEGIN {_item('+', 'NEW')} END",
    "week_counts_items_delete": f"AFTER DELETE ON items WHEN {COUNTED.format(row='OLD')} BEGIN {_item('-', 'OLD')} END",
    "week_counts_items_update": f"""AFTER UPDATE OF week, kind, relevant, backfill, topics, labels ON items
        WHEN ({COUNTED.format(row="OLD")} OR {COUNTED.format(row="NEW")}) AND ({_CHANGED})
        BEGIN {_item("-", "OLD")} {_item("+", "NEW")} END""",
    # An item's first round replaces the round of its labels; its last one, gone, brings it back.
    "week_counts_rounds_insert": f"""AFTER INSERT ON funding_rounds BEGIN {_one_round("+", "NEW")}
        {_label_round_of("NEW.item_id", "-", besides="NEW.rowid")} END""",
    "week_counts_rounds_delete": f"""AFTER DELETE ON funding_rounds BEGIN {_one_round("-", "OLD")}
        {_label_round_of("OLD.item_id", "+")} END""",
    "week_counts_rounds_update": f"""AFTER UPDATE OF item_id, company, round, amount_jpy, undisclosed ON funding_rounds
        BEGIN {_one_round("-", "OLD")} {_one_round("+", "NEW")} END""",
    # A round moved to another item: as a delete from the one and an insert into the other.
    "week_counts_rounds_move": f"""AFTER UPDATE OF item_id ON funding_rounds WHEN OLD.item_id IS NOT NEW.item_id
        BEGIN {_label_round_of("OLD.item_id", "+")} {_label_round_of("NEW.item_id", "-", besides="NEW.rowid")} END""",
}


def create(db: Any) -> None:
    """Create the tables and triggers (inside the caller's transaction) and fill them."""
    connection = connection_of(db)
    for name, columns in TABLES.items():
        connection.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns}) WITHOUT ROWID")
    for name, body in TRIGGERS.items():
        connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        connection.execute(f"CREATE TRIGGER {name} {body}")
    rebuild_all(connection)


def recount(connection: sqlite3.Connection) -> dict[str, list[tuple]]:
    """What the tables should hold, counted from the rows."""
    rounds = (
        f"SELECT items.week, {_round('funding_rounds')} FROM funding_rounds"
        f" JOIN items ON items.id = funding_rounds.item_id WHERE {COUNTED.format(row='items')}"
    )
    return {
        "week_item_counts": connection.execute(
            f"SELECT week, coalesce(kind, ''), {_release('items')}, count(*) FROM items"
            f" WHERE {COUNTED.format(row='items')} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        ).fetchall(),
        "week_funding_counts": connection.execute(
            f"SELECT *, count(*) FROM ({rounds} UNION ALL {_label_round('items', 'items')})"
            " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
        ).fetchall(),
        "week_names": connection.execute(
            "SELECT week, kind, name, count(DISTINCT id) FROM ("
            + _names("items", "items")
            + ") GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        ).fetchall(),
    }


def rebuild_all(db: Any) -> None:
    """Replace the tables' contents with a full recount."""
    replace_contents(connection_of(db), recount(connection_of(db)))


def check(db: Any) -> dict[str, tuple[list[tuple], list[tuple]]]:
    """Tables whose contents differ from a recount: name -> (stored, recounted); empty when all agree."""
    connection = connection_of(db)
    differences = {}
    for name, expected in recount(connection).items():
        keys = {"week_item_counts": ITEM_KEYS, "week_funding_counts": FUNDING_KEYS, "week_names": NAME_KEYS}[name]
        stored = connection.execute(f"SELECT * FROM {name} WHERE items != 0 ORDER BY {keys}").fetchall()
        if stored != expected:
            differences[name] = (stored, expected)
    return differences


def exists(db: Any) -> bool:
    """Whether the archive keeps the tables (an archive from before migration 17 does not)."""
    connection = connection_of(db)
    found = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (" + ", ".join("?" * len(TABLES)) + ")",
        list(TABLES),
    ).fetchone()
    return bool(found and found[0] == len(TABLES))
