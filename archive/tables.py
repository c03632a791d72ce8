"""The archive's tables as the migrations first create them.

Items and what hangs off them, the Hub's repositories, the classifier's inputs.
``archive.schema`` runs them, in order, with the migrations that changed them later.
"""

from __future__ import annotations

import sqlite_utils


def create_core_tables(db: sqlite_utils.Database) -> None:
    db.table("items").create(
        {
            "id": str,
            "kind": str,
            "source": str,
            "url": str,
            "canonical_url": str,
            "title": str,
            "summary": str,
            "authors": str,
            "language": str,
            "publisher": str,
            "published_at": str,
            "updated_at": str,
            "first_seen_at": str,
            "last_seen_at": str,
            "week": str,
            "backfill": int,
            "arxiv_id": str,
            "version": int,
            "primary_category": str,
            "categories": str,
            "comment": str,
            "journal_ref": str,
            "doi": str,
            "pdf_url": str,
            "relevant": int,
            "score": float,
            "topics": str,
            "organisations": str,
            "models": str,
            "reasons": str,
            "labels": str,
            "title_key": str,
            "linked_item_id": str,
            "feed_bozo": int,
        },
        pk="id",
        not_null={"kind", "source", "url", "title", "first_seen_at", "last_seen_at"},
        defaults={"backfill": 0, "feed_bozo": 0, "summary": ""},
    )
    for columns in (
        ["kind"],
        ["source"],
        ["published_at"],
        ["first_seen_at"],
        ["week"],
        ["relevant", "first_seen_at"],
        ["canonical_url"],
        ["title_key"],
        ["arxiv_id"],
    ):
        db.table("items").create_index(columns, if_not_exists=True)

    db.table("item_sources").create(
        {
            "item_id": str,
            "source": str,
            "source_query": str,
            "url": str,
            "first_seen_at": str,
        },
        pk=("item_id", "source", "source_query", "url"),
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("item_sources").create_index(["source", "source_query"], if_not_exists=True)

    db.table("organisations").create(
        {"name": str, "name_ja": str, "sector": str, "country": str},
        pk="name",
    )
    db.table("organisations").create_index(["sector"], if_not_exists=True)
    db.table("item_organisations").create(
        {"item_id": str, "organisation": str, "role": str},
        pk=("item_id", "organisation", "role"),
        foreign_keys=[("item_id", "items", "id"), ("organisation", "organisations", "name")],
    )
    db.table("item_organisations").create_index(["organisation"], if_not_exists=True)

    db.table("funding_rounds").create(
        {
            "id": str,
            "item_id": str,
            "company": str,
            "as_written": str,
            "amount": float,
            "currency": str,
            "amount_jpy": int,
            "qualifier": str,
            "round": str,
            "instrument": str,
            "investors": str,
            "lead_investors": str,
            "undisclosed": int,
            "announced_at": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
    )
    for columns in (["item_id"], ["company"], ["announced_at"], ["round"]):
        db.table("funding_rounds").create_index(columns, if_not_exists=True)

    db.table("crawl_runs").create(
        {
            "id": int,
            "spider": str,
            "arguments": str,
            "started_at": str,
            "finished_at": str,
            "finish_reason": str,
            "items_scraped": int,
            "items_new": int,
            "items_updated": int,
            "items_dropped": int,
            "error_count": int,
            "flags": str,
            "stats": str,
        },
        pk="id",
    )
    db.table("crawl_runs").create_index(["spider", "started_at"], if_not_exists=True)

    db.table("source_runs").create(
        {
            "id": int,
            "crawl_run_id": int,
            "source": str,
            "finished_at": str,
            "requests": int,
            "not_modified": int,
            "statuses": str,
            "items_found": int,
            "items_new": int,
            "parse_errors": int,
            "bozo_feeds": int,
            "mojibake": int,
            "last_error": str,
        },
        pk="id",
        foreign_keys=[("crawl_run_id", "crawl_runs", "id")],
    )
    db.table("source_runs").create_index(["source", "finished_at"], if_not_exists=True)

    db.table("feed_state").create(
        {"url": str, "etag": str, "last_modified": str, "checked_at": str},
        pk="url",
    )

    db.table("digests").create(
        {
            "id": int,
            "week": str,
            "destination": str,
            "status": str,
            "message_ts": str,
            "parts_sent": int,
            "parts_total": int,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
    )
    db.table("digests").create_index(["week", "destination"], unique=True, if_not_exists=True)

    db.table("alerts").create(
        {
            "id": int,
            "rule": str,
            "item_id": str,
            "destination": str,
            "sent_at": str,
            "message_ts": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("alerts").create_index(["rule", "item_id"], unique=True, if_not_exists=True)

    db.table("source_status").create(
        {"source": str, "status": str, "since": str, "alerted_status": str},
        pk="source",
    )


def create_hub_tables(db: sqlite_utils.Database) -> None:
    # Hugging Face Hub repositories (items of kind model and dataset) keep
    # what the Hub says of them beside their item row, keyed by the item,
    # whose id follows the Hub's object id and so survives a rename
    # (previous_ids). Licence changes are history, one row each.
    db.table("hub_repos").create(
        {
            "item_id": str,
            "kind": str,
            "repo_id": str,
            "object_id": str,
            "author": str,
            "organisation": str,
            "family": str,
            "series": str,
            "variant": str,
            "created_at": str,
            "last_modified": str,
            "licence": str,
            "pipeline_tag": str,
            "library": str,
            "base_models": str,
            "parameters": int,
            "downloads": int,
            "likes": int,
            "gated": str,
            "has_card": int,
            "languages": str,
            "sha": str,
            "previous_ids": str,
            "first_seen_at": str,
            "updated_at": str,
        },
        pk="item_id",
        foreign_keys=[("item_id", "items", "id")],
    )
    for columns in (["repo_id"], ["family"], ["series"], ["author"], ["last_modified"]):
        db.table("hub_repos").create_index(columns, if_not_exists=True)
    db.table("hub_licence_changes").create(
        {"id": int, "item_id": str, "repo_id": str, "old_licence": str, "new_licence": str, "detected_at": str},
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("hub_licence_changes").create_index(["item_id"], if_not_exists=True)


def keep_classifier_inputs(db: sqlite_utils.Database) -> None:
    # `scrapy reclassify` must label an item exactly as the crawl did, so it
    # needs what the classifier read and the items table does not keep: the
    # kind and issuers the spider gave (the labels overwrite both), and the
    # text of sources whose terms keep it out of items.summary (PR TIMES).
    # Only the re-labelling reads this table; nothing shows it.
    db.table("classifier_inputs").create(
        {"item_id": str, "kind": str, "issuers": str, "text": str},
        pk="item_id",
        foreign_keys=[("item_id", "items", "id")],
    )
