"""The one item type that every spider yields and every pipeline reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Repositories on the Hugging Face Hub: each is an item of its own kind.
HUB_KINDS = ("model", "dataset")
KINDS = ("paper", "press", "funding", "policy", "news", *HUB_KINDS)


@dataclass
class WatchItem:
    """A paper, press release, funding story, policy notice or news article.

    Spiders fill the extracted fields; pipelines fill ``id`` (normalise), the
    labels (classify) and ``duplicate_of`` (dedupe). Dates are ISO 8601 UTC
    strings once the normalise pipeline has run.
    """

    kind: str
    source: str
    url: str
    title: str
    summary: str = ""
    # The source gave no title: the normalise pipeline took one from the text.
    title_derived: bool = False
    authors: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    language: str = ""
    published_at: str | None = None
    updated_at: str | None = None
    publisher: str = ""
    id: str = ""
    canonical_url: str = ""
    # The query or feed inside the source that found the item; the arXiv
    # spider's high-water mark is kept per query.
    source_query: str = ""
    backfill: bool = False
    # feedparser's bozo flag for the feed the item came from.
    feed_bozo: bool = False
    # Body text stays out of the archive for sources whose terms forbid it
    # (PR TIMES); the classifier may still read it during the crawl.
    store_summary: bool = True

    arxiv_id: str = ""
    version: int | None = None
    primary_category: str = ""
    categories: list[str] = field(default_factory=list)
    comment: str = ""
    journal_ref: str = ""
    doi: str = ""
    pdf_url: str = ""
    # Hub repositories only: what the Hub API says about the repository
    # (repo id, author, licence, pipeline tag, parameters, gated ...), kept
    # in the hub_repos table by pipelines/hub.py.
    hub: dict[str, Any] = field(default_factory=dict)

    relevant: bool | None = None
    score: float | None = None
    topics: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    labels: dict[str, Any] = field(default_factory=dict)
    # Set by the classify pipeline: the kind, issuers and text it read, kept
    # so that `scrapy reclassify` reads the same (archive table classifier_inputs).
    classifier_input: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str = ""
    # Set by the dedupe pipeline: the key near-duplicate titles share, and
    # the other-language version of the same release.
    title_key: str = ""
    linked_item_id: str = ""
    # Set by the store pipeline: "new", "updated", "unchanged" or "merged".
    archive_outcome: str = ""
