"""Alert rules: loaded from ``crawler/data/alert_rules.toml``, matched against items.

Pure: no archive, no Slack, no clock. A rule's conditions must all hold;
inside one list condition any entry is enough. Items are dicts as the
archive stores them (JSON columns as text) or as the pipelines carry them
(lists and dicts); both are read alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from common.json_text import decoded
from common.yen import format_yen
from config.alert_rules import AlertRulesFile, RuleEntry, load_alert_rules_file
from config.loading import ConfigError, validate

JAPAN_NAMES = frozenset({"jp", "jpn", "japan", "日本"})
# Suffixes that differ between how a company writes its name and how the
# press does; dropped before organisation names are compared.
COMPANY_SUFFIXES = re.compile(
    r"^(株式会社|合同会社|一般社団法人|国立研究開発法人|大学共同利用機関法人)|"
    r"(株式会社|合同会社|,? ?inc\.?|,? ?ltd\.?|,? ?co\.,? ?ltd\.?|,? ?corporation|,? ?corp\.?|,? ?k\.k\.)$"
)


class AlertRulesError(ConfigError):
    """The alert rules file is not valid; the message names the rule and the problem."""


@dataclass(frozen=True)
class AlertRule:
    """One rule: which items it wants, and where its alerts go."""

    name: str
    description: str
    destination: str
    kinds: frozenset[str] = frozenset()
    topics_any: frozenset[str] = frozenset()
    organisations_any: tuple[str, ...] = ()
    keywords_any: tuple[str, ...] = ()
    min_amount_jpy: int | None = None
    company_countries: frozenset[str] = frozenset()
    exclude_qualifiers: frozenset[str] = frozenset()
    hub_events_any: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AlertConfig:
    """The rules, the exchange rates they use, and where health alerts go."""

    rules: tuple[AlertRule, ...]
    yen_per_unit: Mapping[str, float] = field(default_factory=dict)
    health_destination: str = "default"
    lookback_hours: int = 72


@dataclass(frozen=True)
class LicenceChange:
    """One licence change of a Hub repository, as the crawl that noticed it recorded it."""

    old: str
    new: str
    detected_at: str = ""

    @property
    def key(self) -> str:
        # The same text archive/schema.py's migration writes for changes alerted before.
        return f"licence:{self.old}->{self.new}@{self.detected_at}"


@dataclass(frozen=True)
class AlertMatch:
    """An item a rule matched, with the reasons in words.

    A match on a licence change names the change: each change of a
    repository is an alert of its own, not one alert per repository.
    """

    rule: AlertRule
    item: Mapping[str, Any]
    reasons: tuple[str, ...]
    amount_jpy: int | None = None
    licence_change: LicenceChange | None = None

    @property
    def item_id(self) -> str:
        return str(self.item["id"])

    @property
    def occurrence(self) -> str:
        """What makes this match news again for the same rule and item ('' for the item itself)."""
        return self.licence_change.key if self.licence_change else ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What the ``alerts`` table records once: (rule, item id, occurrence)."""
        return (self.rule.name, self.item_id, self.occurrence)


def normalise_text(text: object) -> str:
    """NFKC and case-folded, so ＧＥＮＩＡＣ, GENIAC and geniac compare equal."""
    return unicodedata.normalize("NFKC", "" if text is None else str(text)).casefold()


def normalise_organisation(name: object) -> str:
    text = normalise_text(name).strip()
    return COMPANY_SUFFIXES.sub("", text).strip(" ,")


def item_topics(item: Mapping[str, Any]) -> set[str]:
    return {str(topic) for topic in decoded(item.get("topics"), [])}


def item_labels(item: Mapping[str, Any]) -> dict[str, Any]:
    labels = decoded(item.get("labels"), {})
    return labels if isinstance(labels, dict) else {}


def item_hub_events(item: Mapping[str, Any]) -> set[str]:
    """What the last crawl noticed about a Hub repository (``labels["hub"]["events"]``)."""
    hub = item_labels(item).get("hub")
    return {str(event) for event in (hub.get("events") or [])} if isinstance(hub, Mapping) else set()


def item_licence_changes(item: Mapping[str, Any]) -> list[LicenceChange]:
    """Every licence change noticed of a Hub repository, oldest first.

    Labels written before every change was kept name only the latest one, without its time.
    """
    hub = item_labels(item).get("hub")
    if not isinstance(hub, Mapping):
        return []
    changes = [
        LicenceChange(str(entry.get("from") or ""), str(entry.get("to") or ""), str(entry.get("detected_at") or ""))
        for entry in hub.get("licence_changes") or []
        if isinstance(entry, Mapping)
    ]
    if not changes and hub.get("licence_from"):
        changes = [LicenceChange(str(hub["licence_from"]), str(hub.get("licence_to") or ""))]
    return changes


def item_organisations(item: Mapping[str, Any]) -> dict[str, str]:
    """The item's organisations: normalised name -> name as labelled."""
    names = [str(name) for name in decoded(item.get("organisations"), []) if name]
    names += [
        str(entry.get("name"))
        for entry in item_labels(item).get("organisations") or []
        if isinstance(entry, Mapping) and entry.get("name")
    ]
    return {normalise_organisation(name): name for name in names}


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    normalised = re.escape(normalise_text(keyword))
    # ASCII keywords match whole words (ABCI, not ABCIS); Japanese has no
    # spaces, so a Japanese keyword matches anywhere.
    if keyword.isascii():
        return re.compile(rf"(?<![0-9a-z]){normalised}(?![0-9a-z])")
    return re.compile(normalised)


def amount_in_yen(funding: Mapping[str, Any], yen_per_unit: Mapping[str, float]) -> int | None:
    """A funding label's amount in yen, converting foreign currencies at the configured rate."""
    if funding.get("undisclosed"):
        return None
    currency = str(funding.get("currency") or "JPY").upper()
    amount = funding.get("amount")
    if currency == "JPY":
        value = amount if amount is not None else funding.get("amount_jpy")
        return int(value) if value is not None else None
    if amount is not None and currency in yen_per_unit:
        return round(float(amount) * yen_per_unit[currency])
    return None


def _company_country(labels: Mapping[str, Any], company: str) -> str:
    wanted = normalise_organisation(company)
    for entry in labels.get("organisations") or []:
        if isinstance(entry, Mapping) and normalise_organisation(entry.get("name")) == wanted:
            return str(entry.get("country") or "")
    return ""


def _country_matches(country: str, wanted: frozenset[str]) -> bool:
    key = normalise_text(country)
    if key in JAPAN_NAMES:
        return bool(wanted & JAPAN_NAMES)
    return key in wanted


def match_rule(rule: AlertRule, item: Mapping[str, Any], yen_per_unit: Mapping[str, float]) -> AlertMatch | None:
    """The match of one rule on one item, or None."""
    reasons: list[str] = []
    amount: int | None = None
    if rule.kinds:
        if item.get("kind") not in rule.kinds:
            return None
        reasons.append(f"kind {item.get('kind')}")
    if rule.hub_events_any:
        events = sorted(item_hub_events(item) & rule.hub_events_any)
        if not events:
            return None
        reasons.append("hub " + ", ".join(events))
    if rule.topics_any:
        topics = sorted(item_topics(item) & rule.topics_any)
        if not topics:
            return None
        reasons.append("topic " + ", ".join(topics))
    if rule.organisations_any:
        organisations = item_organisations(item)
        wanted = map(normalise_organisation, rule.organisations_any)
        found = [organisations[key] for key in wanted if key in organisations]
        if not found:
            return None
        reasons.append("organisation " + ", ".join(found))
    if rule.keywords_any:
        text = normalise_text(f"{item.get('title') or ''}\n{item.get('summary') or ''}")
        found = [keyword for keyword in rule.keywords_any if _keyword_pattern(keyword).search(text)]
        if not found:
            return None
        reasons.append("keyword " + ", ".join(found))
    if rule.min_amount_jpy is not None or rule.company_countries:
        labels = item_labels(item)
        funding = labels.get("funding")
        if not isinstance(funding, Mapping):
            return None
        if rule.exclude_qualifiers and normalise_text(funding.get("qualifier")) in rule.exclude_qualifiers:
            return None
        if rule.company_countries:
            country = _company_country(labels, str(funding.get("company") or ""))
            if not _country_matches(country, rule.company_countries):
                return None
            reasons.append(f"company in {country}")
        amount = amount_in_yen(funding, yen_per_unit)
        if rule.min_amount_jpy is not None:
            if amount is None or amount < rule.min_amount_jpy:
                return None
            reasons.append(f"{format_yen(amount)} ≥ {format_yen(rule.min_amount_jpy)}")
    return AlertMatch(rule=rule, item=item, reasons=tuple(reasons), amount_jpy=amount)


def match_rules(
    rules: Iterable[AlertRule], items: Iterable[Mapping[str, Any]], yen_per_unit: Mapping[str, float]
) -> list[AlertMatch]:
    """Every (rule, item) match, rules in file order, items in the order given."""
    items = list(items)
    return [
        each
        for rule in rules
        for item in items
        if (match := match_rule(rule, item, yen_per_unit)) is not None
        for each in _per_licence_change(match)
    ]


def _per_licence_change(match: AlertMatch) -> list[AlertMatch]:
    """A match on a licence change as one match per change; the item's own match only if another Hub event matched."""
    events = item_hub_events(match.item) & match.rule.hub_events_any
    if "licence_change" not in events:
        return [match]
    plain = [match] if events - {"licence_change"} else []
    return plain + [replace(match, licence_change=change) for change in item_licence_changes(match.item)]


def rule_from_entry(entry: RuleEntry) -> AlertRule:
    """A checked ``[[rule]]`` table as an ``AlertRule`` (keywords and countries compared NFKC)."""
    return AlertRule(
        name=entry.name,
        description=entry.description or entry.name,
        destination=entry.destination,
        kinds=frozenset(entry.kinds),
        topics_any=frozenset(entry.topics_any),
        organisations_any=tuple(entry.organisations_any),
        keywords_any=tuple(entry.keywords_any),
        min_amount_jpy=entry.min_amount_jpy,
        company_countries=frozenset(map(normalise_text, entry.company_countries)),
        exclude_qualifiers=frozenset(map(normalise_text, entry.exclude_qualifiers)),
        hub_events_any=frozenset(entry.hub_events_any),
    )


def config_from_file(document: AlertRulesFile) -> AlertConfig:
    """The checked rules file as an ``AlertConfig``."""
    return AlertConfig(
        rules=tuple(rule_from_entry(entry) for entry in document.rule),
        yen_per_unit={currency.upper(): rate for currency, rate in document.yen_per_unit.items()},
        health_destination=document.health.destination,
        lookback_hours=document.lookback_hours,
    )


def parse_rule(data: Mapping[str, Any]) -> AlertRule:
    """One ``[[rule]]`` table as an ``AlertRule``; unknown keys are errors, not ignored."""
    return rule_from_entry(validate(data, RuleEntry, "rule", AlertRulesError))


def parse_alert_config(data: Mapping[str, Any], where: str = "alert rules") -> AlertConfig:
    """The whole rules file as an ``AlertConfig``; every problem in one ``AlertRulesError``."""
    return config_from_file(validate(data, AlertRulesFile, where, AlertRulesError))


def load_alert_config(path: str | Path) -> AlertConfig:
    """Read and check ``alert_rules.toml``."""
    return config_from_file(load_alert_rules_file(path, AlertRulesError))
