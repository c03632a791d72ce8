"""The statements of a Hub repository's write, run inside the transaction that writes its item.

``write_hub_repo`` keeps the ``hub_repos`` row beside the item row and says
what changed since the last crawl (the events alert rules look at):

* ``new_repo``: the repository was not known;
* ``new_family``: a new model repository of a watched Japanese organisation
  whose family the watch list does not know, and the first of its series;
* ``licence_change``: a known repository now has another licence (both
  non-empty: a card that lost its licence is not a change of licence);
* ``renamed``: the same Hub object under another repository id.

It runs in the item's own transaction (``archive/item_writes.py``), so a
crawl killed between the two cannot leave an item without its row.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

COLUMNS = (
    "kind",
    "repo_id",
    "object_id",
    "author",
    "organisation",
    "family",
    "series",
    "variant",
    "created_at",
    "last_modified",
    "licence",
    "pipeline_tag",
    "library",
    "base_models",
    "parameters",
    "downloads",
    "likes",
    "gated",
    "has_card",
    "languages",
    "sha",
)


@dataclass
class HubChange:
    """What storing one repository found."""

    events: list[str] = field(default_factory=list)
    licence_from: str = ""
    licence_to: str = ""
    renamed_from: str = ""


def _row(item_id: str, hub: Mapping[str, Any], labels_hub: Mapping[str, Any], organisation: str) -> dict[str, Any]:
    row = {column: hub.get(column) for column in COLUMNS if column in hub}
    row.update(
        item_id=item_id,
        organisation=organisation,
        family=labels_hub.get("family") or "",
        series=labels_hub.get("series") or "",
        variant=labels_hub.get("variant") or "",
        base_models=json.dumps(list(hub.get("base_models") or []), ensure_ascii=False),
        languages=json.dumps(list(hub.get("languages") or []), ensure_ascii=False),
        has_card=int(bool(hub.get("has_card"))),
        gated=hub.get("gated") or "",
        licence=hub.get("licence") or "",
    )
    return row


def write_hub_repo(db: Any, item_id: str, hub: Mapping[str, Any], labels: dict[str, Any], now: str) -> HubChange:
    """Insert or update one repository's ``hub_repos`` row (its item is written already); return what changed.

    ``HubChange.events`` is what this crawl noticed. The item's labels
    (``labels["hub"]["events"]``, updated here too) keep everything noticed
    so far (new_repo, new_family, licence_change with every change and the
    latest one, renamed with the latest old name): an alert is sent once per
    rule and repository, or per rule and licence change, and an alert held
    back by a Slack outage must still match when a later crawl has noticed
    nothing new.
    """
    labels_hub = labels.setdefault("hub", {})
    organisation = next((entry.get("name", "") for entry in labels.get("organisations") or []), "")
    row = _row(item_id, hub, labels_hub, organisation)
    change = HubChange()
    _compare_and_write(db, item_id, row, labels_hub, change, now)
    labels_hub.update(_history(db, item_id, japanese_author=bool(labels_hub.get("japanese_author"))))
    db.execute("UPDATE items SET labels = ? WHERE id = ?", [json.dumps(labels, ensure_ascii=False), item_id])
    return change


def _history(db: Any, item_id: str, *, japanese_author: bool) -> dict[str, Any]:
    """Every event noticed about a stored repository so far, with the latest licence change and old name."""
    stored = db.execute(
        "SELECT author, series, family, kind, first_seen_at, previous_ids FROM hub_repos WHERE item_id = ?", [item_id]
    ).fetchone()
    author, series, family, kind, first_seen, previous = stored
    events = ["new_repo"]
    first_of_series = db.execute(
        "SELECT item_id FROM hub_repos WHERE author = ? AND lower(series) = lower(?)"
        " ORDER BY first_seen_at, item_id LIMIT 1",
        [author, series],
    ).fetchone()
    history: dict[str, Any] = {"licence_from": "", "licence_to": "", "licence_changes": [], "renamed_from": ""}
    if (
        japanese_author
        and kind == "model"
        and not family
        and series
        and first_of_series
        and first_of_series[0] == item_id
    ):
        events.append("new_family")
    changes = [
        {"from": old, "to": new, "detected_at": detected_at}
        for old, new, detected_at in db.execute(
            "SELECT old_licence, new_licence, detected_at FROM hub_licence_changes WHERE item_id = ? ORDER BY id",
            [item_id],
        )
    ]
    if changes:
        events.append("licence_change")
        # Each change is an alert of its own (schedules/alert_rules.py), so all are kept.
        history.update(licence_from=changes[-1]["from"], licence_to=changes[-1]["to"], licence_changes=changes)
    names = json.loads(previous or "[]")
    if names:
        events.append("renamed")
        history["renamed_from"] = names[-1]
    return {**history, "events": events}


def _compare_and_write(
    db: Any,
    item_id: str,
    row: dict[str, Any],
    labels_hub: Mapping[str, Any],
    change: HubChange,
    now: str,
) -> None:
    """Compare with the stored row, record what changed in ``change`` and write the new row."""
    stored = db.execute("SELECT repo_id, licence, previous_ids FROM hub_repos WHERE item_id = ?", [item_id]).fetchone()
    if stored is None:
        change.events.append("new_repo")
        if (
            row.get("kind") == "model"
            and not row["family"]
            and labels_hub.get("japanese_author")
            and row["series"]
            and db.execute(
                "SELECT 1 FROM hub_repos WHERE lower(series) = lower(?) AND author = ? LIMIT 1",
                [row["series"], row.get("author") or ""],
            ).fetchone()
            is None
        ):
            change.events.append("new_family")
        row.update(first_seen_at=now, updated_at=now, previous_ids="[]")
        db["hub_repos"].insert(row)
        return
    old_repo_id, old_licence, previous = stored
    if old_licence and row["licence"] and old_licence != row["licence"]:
        change.events.append("licence_change")
        change.licence_from, change.licence_to = old_licence, row["licence"]
        db["hub_licence_changes"].insert(
            {
                "item_id": item_id,
                "repo_id": row.get("repo_id"),
                "old_licence": old_licence,
                "new_licence": row["licence"],
                "detected_at": now,
            }
        )
    if row.get("repo_id") and old_repo_id != row["repo_id"]:
        change.events.append("renamed")
        change.renamed_from = old_repo_id
        names = json.loads(previous or "[]")
        row["previous_ids"] = json.dumps([*names, old_repo_id], ensure_ascii=False)
    row["updated_at"] = now
    db["hub_repos"].update(item_id, row)
