"""The labels of one item, as the classifier and the Hub labeller give them.

Typed so that a reader of the labels sees which fields exist; ``as_dict`` is
the JSON the archive stores in ``items.labels`` and ``scrapy classify --full``
prints. The nested parts (organisations, funding, partnership, detected names,
Hub metadata) stay plain dicts: they are stored and read as JSON below this layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Labels:
    """What the rules decided about one item (see docs/classification.md for every field)."""

    relevant: bool
    score: float
    kind: str
    topics: list[str]
    # {"sides": [...], ...} when the item announces a partnership between named organisations.
    partnership: dict[str, list[str]] | None
    # Each organisation once: {"name": ..., "role": ..., ...}.
    organisations: list[dict[str, str]]
    models: list[str]
    # The round of a funding story: amount, currency, amount_jpy, round, investors, ...
    funding: dict[str, Any] | None
    reasons: list[str]
    # Names the watch list does not know (text classifier only).
    detected: dict[str, list[dict[str, str]]] | None = None
    # A Hub repository's family, series and events (Hub labeller only).
    hub: dict[str, Any] | None = None

    @property
    def organisation_names(self) -> list[str]:
        return [organisation["name"] for organisation in self.organisations]

    def as_dict(self) -> dict[str, Any]:
        """The labels as the archive stores them: text labels carry ``detected``, Hub labels ``hub``."""
        labels: dict[str, Any] = {
            "relevant": self.relevant,
            "score": self.score,
            "kind": self.kind,
            "topics": self.topics,
            "partnership": self.partnership,
            "organisations": self.organisations,
            "models": self.models,
            "funding": self.funding,
            "reasons": self.reasons,
        }
        if self.detected is not None:
            labels["detected"] = self.detected
        if self.hub is not None:
            labels["hub"] = self.hub
        return labels
