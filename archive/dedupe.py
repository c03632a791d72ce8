"""Read-only index lookups for de-duplication.

Each query goes through an index (``items.canonical_url``, the title-band
expression indexes of migration 5, ``item_organisations(organisation, role,
published_at)``, ``funding_rounds(company, amount_jpy, item_published_at)``,
``items.published_at``), so the cost per item does not grow with the size
of the archive.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from common.title_bands import BAND_WIDTH, BANDS


@dataclass(frozen=True)
class StoredItem:
    id: str
    title: str
    language: str
    published_at: str | None
    kind: str
    models: tuple[str, ...]


def _stored(row: Sequence) -> StoredItem:
    models = json.loads(row[5]) if row[5] else []
    return StoredItem(row[0], row[1], row[2] or "", row[3], row[4], tuple(models))


_COLUMNS = "items.id, items.title, items.language, items.published_at, items.kind, items.models"


def item_by_canonical_url(db: sqlite_utils.Database, canonical_url: str) -> StoredItem | None:
    """The stored item with this canonical URL (the first one stored, if several)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM items WHERE canonical_url = ? ORDER BY first_seen_at LIMIT 1", [canonical_url]
    ).fetchone()
    return _stored(row) if row else None


def band_expression(band: int) -> str:
    """The SQL of one band of ``title_key``, exactly as the index on it is written."""
    return f"substr(title_key, {band * BAND_WIDTH + 1}, {BAND_WIDTH})"


def items_sharing_a_band(
    db: sqlite_utils.Database, band_values: Sequence[str], since: str, until: str, limit: int = 50
) -> list[StoredItem]:
    """Items published in [since, until] whose title key shares at least one band."""
    if not band_values:
        return []
    queries = [
        f"SELECT {_COLUMNS} FROM items WHERE {band_expression(band)} = ? AND published_at BETWEEN ? AND ?"
        for band in range(min(len(band_values), BANDS))
    ]
    parameters: list[str] = []
    for value in band_values[:BANDS]:
        parameters.extend((value, since, until))
    rows = db.execute(" UNION ".join(queries) + f" LIMIT {int(limit)}", parameters).fetchall()
    return [_stored(row) for row in rows]


@dataclass(frozen=True)
class RecentItem:
    """A stored item as de-duplication keeps it in memory for a crawl."""

    item: StoredItem
    canonical_url: str
    title_key: str
    issuer: str | None
    funding_company: str | None
    funding_amount_jpy: int | None


def items_published_between(db: sqlite_utils.Database, since: str, until: str) -> list[RecentItem]:
    """Every item published in [since, until], with its dedupe keys and issuer: a range of the published_at index."""
    rows = db.execute(
        f"""
        SELECT {_COLUMNS}, items.canonical_url, items.title_key,
               (SELECT organisation FROM item_organisations
                 WHERE item_organisations.item_id = items.id AND item_organisations.role = 'issuer' LIMIT 1),
               funding_rounds.company, funding_rounds.amount_jpy
        FROM items LEFT JOIN funding_rounds ON funding_rounds.item_id = items.id
        WHERE items.published_at BETWEEN ? AND ?
        """,
        [since, until],
    ).fetchall()
    return [RecentItem(_stored(row), row[6] or "", row[7] or "", row[8], row[9], row[10]) for row in rows]


def items_with_round(
    db: sqlite_utils.Database, company: str, amount_jpy: int, since: str, until: str, limit: int = 20
) -> list[StoredItem]:
    """Items in [since, until] reporting a round of this company and amount: one range of
    (company, amount_jpy, item_published_at), the round carrying its item's date."""
    rows = db.execute(
        f"""
        SELECT {_COLUMNS} FROM funding_rounds JOIN items ON items.id = funding_rounds.item_id
        WHERE funding_rounds.company = ? AND funding_rounds.amount_jpy = ?
          AND funding_rounds.item_published_at BETWEEN ? AND ?
        LIMIT {int(limit)}
        """,
        [company, amount_jpy, since, until],
    ).fetchall()
    return [_stored(row) for row in rows]


def items_issued_by(
    db: sqlite_utils.Database, organisation: str, since: str, until: str, limit: int = 50
) -> list[StoredItem]:
    """Items in [since, until] that an organisation issued itself: one range of (organisation, role, published_at)."""
    rows = db.execute(
        f"""
        SELECT {_COLUMNS} FROM item_organisations
        JOIN items ON items.id = item_organisations.item_id
        WHERE item_organisations.organisation = ? AND item_organisations.role = 'issuer'
          AND item_organisations.published_at BETWEEN ? AND ?
        LIMIT {int(limit)}
        """,
        [organisation, since, until],
    ).fetchall()
    return [_stored(row) for row in rows]
