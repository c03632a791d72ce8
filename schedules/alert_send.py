"""Alerts between digests: rule matches and source-health changes, sent to Slack.

- ``AlertSender`` evaluates the alert rules (``schedules/alert_rules.py``)
  on items, sends the matches not sent yet as one message per destination
  (``schedules/alert_delivery.py``) and announces source-health transitions
  (``schedules/health_alerts.py``).
- ``send_pending_alerts(archive, now)`` does both for everything not sent yet
  (the scheduler calls it after each crawl, so a crawl that died or a Slack
  outage only delays alerts); the alert pipeline (``pipelines/alert.py``)
  does it for the items of one crawl.

Each (rule, item, occurrence) is sent at most once: it is claimed in the
``alerts`` table before posting, confirmed when Slack accepts, released when
Slack refuses. Without Slack the messages are printed and logged, never marked.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from archive.alerts_store import alerted_pairs, pending_alert_items
from archive.db import Archive
from archive.health import HealthOptions, SourceHealth, compute_source_health
from common.times import format_utc
from schedules.alert_delivery import Outcome, deliver_matches
from schedules.alert_rules import AlertConfig, AlertMatch, load_alert_config, match_rules
from schedules.health_alerts import notify_health
from schedules.slack import SlackDelivery

__all__ = ["AlertSender", "Outcome", "destination_environ", "send_pending_alerts"]

logger = logging.getLogger(__name__)

ALERT_RULES_FILE = "alert_rules.toml"
DEFAULT_DESTINATION = "default"
# A claim this old belongs to a sender that died or hung: sendable again.
DEFAULT_CLAIM_TIMEOUT_MINUTES = 30
SLACK_VARIABLES = ("SLACK_WEBHOOK_URL", "SLACK_BOT_TOKEN", "SLACK_CHANNEL", "SLACK_API_URL")


def destination_environ(destination: str, environ: Mapping[str, str]) -> dict[str, str]:
    """The Slack variables for one destination: its own ones if set, else the defaults.

    Destination ``funding`` reads ``SLACK_WEBHOOK_URL_FUNDING``, or
    ``SLACK_CHANNEL_FUNDING`` with ``SLACK_BOT_TOKEN_FUNDING`` or the default
    ``SLACK_BOT_TOKEN``.
    """
    suffix = "_" + re.sub(r"[^A-Z0-9]", "_", destination.upper())
    api = {"SLACK_API_URL": environ["SLACK_API_URL"]} if environ.get("SLACK_API_URL") else {}
    webhook = (environ.get(f"SLACK_WEBHOOK_URL{suffix}") or "").strip()
    channel = (environ.get(f"SLACK_CHANNEL{suffix}") or "").strip()
    token = (environ.get(f"SLACK_BOT_TOKEN{suffix}") or environ.get("SLACK_BOT_TOKEN") or "").strip()
    if channel and token:
        return {"SLACK_BOT_TOKEN": token, "SLACK_CHANNEL": channel, **api}
    if webhook:
        return {"SLACK_WEBHOOK_URL": webhook, **api}
    return {name: environ[name] for name in SLACK_VARIABLES if environ.get(name)}


class AlertSender:
    """Sends rule matches and health transitions, one message per destination."""

    def __init__(
        self,
        archive: Archive,
        config: AlertConfig,
        *,
        environ: Mapping[str, str] | None = None,
        health_options: Mapping[str, Any] | None = None,
        delivery_options: Mapping[str, Any] | None = None,
        output: Callable[[str], None] | None = None,
        claim_timeout: timedelta = timedelta(minutes=DEFAULT_CLAIM_TIMEOUT_MINUTES),
    ) -> None:
        self.claim_timeout = claim_timeout
        self.archive = archive
        self.config = config
        self.environ = os.environ if environ is None else environ
        self.health_options = dict(health_options or {})
        self.delivery_options = dict(delivery_options or {})
        self.output = output

    @classmethod
    def from_settings(
        cls, archive: Archive, settings: Any, *, environ: Mapping[str, str] | None = None, **options: Any
    ) -> AlertSender:
        """A sender configured by the project's Scrapy settings (rules file, health thresholds)."""
        path = settings.get("ALERT_RULES_FILE") or Path(settings.get("DATA_DIR")) / ALERT_RULES_FILE
        health_options = HealthOptions.from_settings(settings).as_arguments()
        options.setdefault(
            "claim_timeout",
            timedelta(minutes=settings.getfloat("ALERT_CLAIM_TIMEOUT_MINUTES", DEFAULT_CLAIM_TIMEOUT_MINUTES)),
        )
        return cls(archive, load_alert_config(path), environ=environ, health_options=health_options, **options)

    def stale_before(self, now: datetime) -> str:
        """Claims made before this moment are taken to be of a sender that died or hung."""
        return format_utc(now - self.claim_timeout)

    def delivery(self, destination: str) -> SlackDelivery | None:
        return SlackDelivery.from_env(destination_environ(destination, self.environ), **self.delivery_options)

    def pending_items(self, now: datetime) -> list[dict[str, Any]]:
        """Relevant items first seen within the lookback window, Hub repositories whose licence changed
        within it, and items whose claim went stale (``archive.alerts_store.pending_alert_items``)."""
        since = format_utc(now - timedelta(hours=self.config.lookback_hours))
        return pending_alert_items(self.archive, since, format_utc(now), self.stale_before(now))

    def unsent(self, matches: Sequence[AlertMatch], now: datetime | None = None) -> list[AlertMatch]:
        stale_before = self.stale_before(now or datetime.now(UTC))
        done = alerted_pairs(self.archive, (match.key for match in matches), stale_before)
        return [match for match in matches if match.key not in done]

    def evaluate(self, items: Iterable[Mapping[str, Any]], now: datetime | None = None) -> list[AlertMatch]:
        """Rule matches on these items that were not alerted yet."""
        return self.unsent(match_rules(self.config.rules, items, self.config.yen_per_unit), now)

    def send_matches(
        self, matches: Sequence[AlertMatch], now: datetime | None = None, *, dry_run: bool = False
    ) -> list[Outcome]:
        """Send matches not sent before, one message per destination."""
        now = now or datetime.now(UTC)
        outcomes = []
        # Destinations that resolve to the same Slack target share one
        # message: with only SLACK_WEBHOOK_URL set, a crawl sends one alert.
        by_target: dict[frozenset[tuple[str, str]] | str, list[AlertMatch]] = {}
        for match in self.unsent(matches, now):
            target = frozenset(destination_environ(match.rule.destination, self.environ).items())
            by_target.setdefault(target or match.rule.destination, []).append(match)
        for group in by_target.values():
            destination = ", ".join(dict.fromkeys(match.rule.destination for match in group))
            pairs = [match.key for match in group]
            outcomes.append(deliver_matches(self, destination, group[0].rule.destination, group, pairs, now, dry_run))
        return outcomes

    def show(self, outcome: Outcome) -> Outcome:
        why = "dry run" if outcome.status == "dry-run" else "Slack is not configured for this destination"
        header = f"--- {outcome.kind} to {outcome.destination}, not sent ({why}):"
        logger.info("%s\n%s", header, outcome.text)
        if self.output is not None:
            self.output(f"{header}\n{outcome.text}\n")
        return outcome

    def send_pending(self, now: datetime | None = None, *, dry_run: bool = False) -> list[Outcome]:
        """Evaluate the rules on recent items and send what was not sent yet."""
        now = now or datetime.now(UTC)
        return self.send_matches(self.evaluate(self.pending_items(now), now), now, dry_run=dry_run)

    def check_health(self, now: datetime | None = None) -> list[SourceHealth]:
        return compute_source_health(self.archive, now or datetime.now(UTC), **self.health_options)

    def notify_health(self, now: datetime | None = None, *, dry_run: bool = False) -> list[Outcome]:
        """Announce sources that turned failing or stale, or recovered; once per transition."""
        return notify_health(self, now, dry_run=dry_run)


def send_pending_alerts(
    archive: Archive,
    now: datetime | None = None,
    *,
    settings: Any,
    environ: Mapping[str, str] | None = None,
) -> list[Outcome]:
    """The alert step after a crawl: unsent rule matches, then health transitions."""
    sender = AlertSender.from_settings(archive, settings, environ=environ)
    now = now or datetime.now(UTC)
    return sender.send_pending(now) + sender.notify_health(now)
