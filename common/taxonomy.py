"""The fixed vocabularies of the labels: topics, sectors, roles (kinds are in ``common.items``)."""

from __future__ import annotations

__all__ = ["PARTNERSHIP_SIDE", "ROLES", "SECTORS", "TOPICS"]
TOPICS = (
    "model_release",
    "dataset",
    "benchmark",
    "compute",
    "partnership",
    "funding",
    "policy",
    "talent",
    "product",
    "safety",
    "speech_multimodal",
)
SECTORS = ("company", "startup", "university", "national_lab", "ministry", "consortium", "foreign")
ROLES = ("issuer", "lead_investor", "investor", "mentioned")
# Which side of a partnership an organisation of each sector stands on.
PARTNERSHIP_SIDE = {
    "company": "industry",
    "startup": "industry",
    "foreign": "industry",
    "university": "academia",
    "national_lab": "academia",
    "consortium": "academia",
    "ministry": "government",
}
