"""Hub repositories in the archive: reading their Hub metadata, renames and licence changes.

A crawl writes a repository's ``hub_repos`` row with its item, in one
transaction (``archive/hub_writes.py``); this module reads them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from archive.db import Archive
from archive.hub_writes import HubChange, write_hub_repo
from common.times import utc_now

__all__ = ["HubChange", "hub_metadata", "hub_repo", "licence_changes", "newest_modified", "store_hub_repo"]


def store_hub_repo(
    archive: Archive,
    item_id: str,
    hub: Mapping[str, Any],
    labels: dict[str, Any],
    *,
    now: str | None = None,
) -> HubChange:
    """``write_hub_repo`` in a transaction of its own, for an item stored already (tests, re-labelling)."""
    with archive.write() as db:
        return write_hub_repo(db, item_id, hub, labels, now or utc_now())


def newest_modified(archive: Archive, source_query: str) -> str | None:
    """The newest ``lastModified`` among the repositories a Hub query found: its high-water mark.

    Only repositories written by the last crawl that finished count: a
    listing is read newest first, so a crawl killed or stopped after its
    first repositories must not move the mark past the older ones it never
    reached (the next crawl would stop before them and lose them).
    """
    row = archive.db.execute(
        """
        SELECT max(hub_repos.last_modified) FROM hub_repos
        JOIN item_sources ON item_sources.item_id = hub_repos.item_id
        WHERE item_sources.source = 'huggingface' AND item_sources.source_query = ?
        AND hub_repos.updated_at <= (
            SELECT max(finished_at) FROM crawl_runs WHERE spider = 'huggingface' AND finish_reason = 'finished'
        )
        """,
        [source_query],
    ).fetchone()
    return row[0] if row and row[0] else None


def hub_repo(archive: Archive, item_id: str) -> dict[str, Any] | None:
    """One ``hub_repos`` row as a dict, or None."""
    cursor = archive.db.execute("SELECT * FROM hub_repos WHERE item_id = ?", [item_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([column[0] for column in cursor.description], row, strict=False))


def licence_changes(archive: Archive, item_id: str) -> list[dict[str, Any]]:
    cursor = archive.db.execute(
        "SELECT repo_id, old_licence, new_licence, detected_at FROM hub_licence_changes WHERE item_id = ? ORDER BY id",
        [item_id],
    )
    return [dict(zip(("repo_id", "old_licence", "new_licence", "detected_at"), row, strict=False)) for row in cursor]


def hub_metadata(db: sqlite_utils.Database, item_id: str) -> dict[str, Any] | None:
    """What the Hub said of a stored repository, as the Hub labels read it; None without a row."""
    if not db["hub_repos"].exists():
        return None
    query = "SELECT kind, repo_id, author, pipeline_tag, languages FROM hub_repos WHERE item_id = ?"
    rows = list(db.query(query, [item_id]))
    if not rows:
        return None
    row = rows[0]
    row["languages"] = json.loads(row["languages"] or "[]")
    return row
