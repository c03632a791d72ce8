"""``alert_rules.toml``: which new items are worth a Slack message between digests."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator

from config.loading import (
    ConfigError,
    NonEmptyStr,
    PositiveFloat,
    StrictModel,
    load_file,
    unique_names,
)

Destination = Annotated[str, Field(pattern=r"^[a-z0-9_-]+$")]
CONDITIONS = (
    "kinds",
    "topics_any",
    "organisations_any",
    "keywords_any",
    "min_amount_jpy",
    "company_countries",
    "hub_events_any",
)
# What the Hub pipeline notices about a repository (archive/hub_store.py).
HubEvent = Literal["new_repo", "new_family", "licence_change", "renamed"]


class RuleEntry(StrictModel):
    """One ``[[rule]]``: every condition given must hold; inside a list any entry is enough."""

    name: NonEmptyStr
    description: str = ""
    destination: Destination
    kinds: list[NonEmptyStr] = []
    topics_any: list[NonEmptyStr] = []
    organisations_any: list[NonEmptyStr] = []
    keywords_any: list[NonEmptyStr] = []
    min_amount_jpy: Annotated[int, Field(ge=0)] | None = None
    company_countries: list[NonEmptyStr] = []
    exclude_qualifiers: list[NonEmptyStr] = []
    hub_events_any: list[HubEvent] = []

    @model_validator(mode="after")
    def _has_a_condition(self) -> RuleEntry:
        if not self.model_fields_set & set(CONDITIONS):
            raise ValueError("has no condition and would match everything")
        return self


class HealthEntry(StrictModel):
    """``[health]``: where "source turned failing / stale / recovered" messages go."""

    destination: Destination = "default"


class AlertRulesFile(StrictModel):
    """The whole ``alert_rules.toml``."""

    lookback_hours: Annotated[int, Field(gt=0)] = 72
    yen_per_unit: dict[str, PositiveFloat] = {}
    health: HealthEntry = HealthEntry()
    rule: list[RuleEntry] = []

    @model_validator(mode="after")
    def _unique_rule_names(self) -> AlertRulesFile:
        unique_names(self.rule, "rule")
        return self


def load_alert_rules_file(path: str | Path, error: type[ConfigError] = ConfigError) -> AlertRulesFile:
    return load_file(path, AlertRulesFile, error, what="alert rules file")
