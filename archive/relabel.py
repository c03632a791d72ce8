"""Writing new labels onto stored items, for `scrapy reclassify`.

Only the label columns and the de-duplication key change: an item's dates,
text and sources stay as they are, and ``last_seen_at`` is not touched,
because re-labelling is not seeing the item again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from archive.db import JSON_COLUMNS, Archive

RELABEL_COLUMNS = ("relevant", "score", "kind", "topics", "organisations", "models", "reasons", "labels", "title_key")


def iter_items(archive: Archive, batch_size: int = 500) -> Iterator[dict[str, Any]]:
    """Every stored item, in id order, fetched a batch at a time.

    ``input_kind``, ``input_issuers`` and ``input_text`` are what the
    classifier read at crawl time (None for items stored before they were
    kept, and ``input_text`` None when the summary is that text).
    """
    last_id = ""
    # A copy published without classifier_inputs (README) is re-labelled from its columns.
    if archive.db["classifier_inputs"].exists():
        inputs = (
            "classifier_inputs.kind AS input_kind, classifier_inputs.issuers AS input_issuers,"
            " classifier_inputs.text AS input_text"
            " FROM items LEFT JOIN classifier_inputs ON classifier_inputs.item_id = items.id"
        )
    else:
        inputs = "NULL AS input_kind, NULL AS input_issuers, NULL AS input_text FROM items"
    while True:
        rows = list(
            archive.db.query(
                "SELECT id, items.kind, source, url, title, summary, language, published_at, relevant, score, topics,"
                f" organisations, models, reasons, labels, title_key, {inputs}"
                " WHERE id > ? ORDER BY id LIMIT ?",
                [last_id, batch_size],
            )
        )
        if not rows:
            return
        yield from rows
        last_id = rows[-1]["id"]


def write_labels(archive: Archive, updates: Mapping[str, Mapping[str, Any]]) -> None:
    """Set the label columns of many items in one transaction."""
    with archive.write() as db:
        for item_id, columns in updates.items():
            row = {}
            for column, value in columns.items():
                if column not in RELABEL_COLUMNS:
                    raise ValueError(f"{column} is not a label column")
                if column in JSON_COLUMNS and not isinstance(value, str):
                    value = json.dumps(value, ensure_ascii=False)
                if column == "relevant":
                    value = int(bool(value))
                row[column] = value
            db.table("items").update(item_id, row)


def detected_names(archive: Archive) -> Iterator[dict[str, Any]]:
    """The ``labels.detected`` of every item that has names the watch list did not know when it was labelled."""
    for (labels,) in archive.db.execute("SELECT labels FROM items WHERE labels LIKE '%\"detected\"%'"):
        detected = (json.loads(labels) if isinstance(labels, str) else labels or {}).get("detected")
        if detected:
            yield detected
