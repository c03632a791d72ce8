"""Topics from the fixed taxonomy, and the sides of a partnership."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from common.taxonomy import PARTNERSHIP_SIDE, TOPICS
from config.watchlist import ModelFamily
from pipelines.classification.relevance import Evidence

TOPIC_MINIMUM = 2.0
_NONE = Evidence()


def decide_topics(
    evidence: Mapping[tuple, Evidence],
    kind: str,
    models: list[ModelFamily],
    funding: dict[str, Any] | None,
    reasons: list[str],
) -> list[str]:
    """The taxonomy's topics whose terms weigh at least TOPIC_MINIMUM (a title term counts twice)."""
    topics = []
    for topic in TOPICS:
        terms = evidence.get(("topic", topic)) or _NONE
        on = bool(terms) and terms.weight(2.0, 1.0) >= TOPIC_MINIMUM
        if topic == "funding":
            on = funding is not None
        elif topic == "policy":
            on = on or kind == "policy"
        elif topic == "model_release":
            on = on and (bool(models) or bool(evidence[("genai", "strong")]))
        if on:
            topics.append(topic)
            reasons.append(f"topic:{topic}" + (f" ({', '.join(terms.terms()[:2])})" if terms else ""))
    return topics


def partnership_sides(topics: list[str], roles: list[dict[str, str]]) -> dict[str, list[str]] | None:
    """Academia, government and industry among the issuer and the organisations mentioned, for a partnership."""
    if "partnership" not in topics:
        return None
    sides = sorted(
        {
            PARTNERSHIP_SIDE[entry["sector"]]
            for entry in roles
            if entry["sector"] in PARTNERSHIP_SIDE and entry["role"] in ("issuer", "mentioned")
        }
    )
    return {"sides": sides}
