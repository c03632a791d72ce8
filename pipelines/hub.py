"""A Hub repository in the store pipeline: what its write needs, and what the write noticed.

The ``hub_repos`` row is written by the store pipeline in the same
transaction as its item (``archive/hub_writes.py``), so a crawl killed
between the two cannot leave one without the other. The events it notices
(``new_repo``, ``new_family``, ``licence_change``, ``renamed``) go into the
item's labels, where the alert rules' ``hub_events_any`` finds them.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from archive.item_writes import ItemWrite
from common.items import HUB_KINDS

logger = logging.getLogger(__name__)


def with_hub(entry: ItemWrite, adapter: MutableMapping[str, Any]) -> ItemWrite:
    """The entry of an item of kind model or dataset, with its Hub metadata and a copy of its labels."""
    if adapter.get("kind") in HUB_KINDS and adapter.get("hub") and not entry.duplicate_of:
        entry.hub = adapter["hub"]
        entry.hub_labels = dict(adapter.get("labels") or {})
    return entry


def report_hub_change(entry: ItemWrite, adapter: MutableMapping[str, Any], stats: Any) -> None:
    """After the write: the item carries the labels with the Hub events, and the crawl counts them."""
    change = entry.hub_change
    if change is None:
        return
    adapter["labels"] = entry.hub_labels
    for event in change.events:
        stats.inc_value(f"hub/{event}")
    if change.licence_from:
        logger.info("Licence of %s changed: %s -> %s", adapter["title"], change.licence_from, change.licence_to)
    if change.renamed_from:
        logger.info("%s was renamed %s", change.renamed_from, adapter["title"])
