"""Classify pipeline: relevance, kind, topics, organisations, models and money of each item."""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from common.items import HUB_KINDS
from pipelines.classification import Classifier, Labels, load_classifier
from pipelines.hub_labels import hub_labels
from pipelines.item_fields import item_fields

logger = logging.getLogger(__name__)


class ClassifyPipeline:
    """Labels each item with the rule engine of ``pipelines.classification``.

    Irrelevant items are kept, labelled ``relevant = False`` with the reasons,
    so a rule change can be checked against them with ``scrapy reclassify``.
    """

    def __init__(self, crawler: Crawler, classifier: Classifier) -> None:
        self.stats = crawler.stats
        self.classifier = classifier

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClassifyPipeline:
        settings = crawler.settings
        return cls(crawler, load_classifier(settings.get("DATA_DIR"), settings.get("SOURCES_FILE") or None))

    def process_item(self, item):
        adapter = item_fields(item)
        if adapter.get("kind") in HUB_KINDS:
            # A Hub repository has no prose: its author, tags and name say what it is.
            labels = hub_labels(self.classifier.watchlist, ItemAdapter(item).asdict())
            apply_labels(adapter, labels)
            self.stats.inc_value(f"classify/relevant_{str(labels.relevant).lower()}")
            self.stats.inc_value(f"classify/kind/{labels.kind}")
            return item
        adapter["classifier_input"] = {
            "kind": adapter.get("kind"),
            "issuers": list(adapter.get("organisations") or ()),
            "text": adapter.get("summary") or "",
        }
        labels = self.classifier.classify(
            title=adapter.get("title") or "",
            text=adapter.get("summary") or "",
            url=adapter.get("url") or "",
            language=adapter.get("language") or "",
            source=adapter.get("source") or "",
            kind=adapter.get("kind"),
            published=adapter.get("published_at"),
            issuers=adapter.get("organisations") or (),
        )
        apply_labels(adapter, labels)
        self.stats.inc_value(f"classify/relevant_{str(labels.relevant).lower()}")
        self.stats.inc_value(f"classify/kind/{labels.kind}")
        return item


def apply_labels(adapter: MutableMapping[str, Any], labels: Labels) -> None:
    """Copy labels onto an item's label fields; ``labels`` holds the whole of them as the archive stores them."""
    adapter["relevant"] = labels.relevant
    adapter["score"] = labels.score
    adapter["kind"] = labels.kind
    adapter["topics"] = labels.topics
    adapter["models"] = labels.models
    adapter["organisations"] = labels.organisation_names
    adapter["reasons"] = labels.reasons
    adapter["labels"] = labels.as_dict()
