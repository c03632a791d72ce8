"""Alerts between digests: rule matches and source-health changes, sent to Slack.

- ``AlertPipeline`` (priority 600) collects the relevant items a crawl stored
  for the first time; when the spider closes it sends all their rule matches
  as one message per destination, then checks source health and announces
  sources that turned failing or stale, or recovered.
- ``send_pending_alerts(archive, now)`` does both for everything not sent yet
  (the scheduler calls it after each crawl, so a crawl that died or a Slack
  outage only delays alerts).

Each (rule, item) is sent at most once: it is claimed in the ``alerts``
table before posting, confirmed when Slack accepts, released when Slack
refuses. Without Slack the messages are printed and logged, never marked.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.utils.project import get_project_settings

from archive.alerts_store import (
    Claim,
    Pair,
    StoredStatus,
    alerted_pairs,
    claim_alerts,
    confirm_alerts,
    record_post,
    release_alerts,
    source_statuses,
    stale_claimed_items,
    update_source_statuses,
)
from archive.db import Archive
from archive.health import HealthOptions, SourceHealth, compute_source_health
from common.times import format_utc, parse_utc
from crawl_context.archive import crawl_archive
from pipelines.alert_render import (
    HealthTransition,
    message_as_text,
    render_alert_message,
    render_health_message,
)
from pipelines.alert_rules import (
    AlertConfig,
    AlertMatch,
    AlertRulesError,
    load_alert_config,
    match_rules,
)
from schedules.slack import (
    SlackConfigError,
    SlackDelivery,
    SlackDeliveryError,
    new_marker,
)

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


def plan_health_transitions(
    previous: Mapping[str, StoredStatus], current: Iterable[SourceHealth], now: datetime
) -> tuple[list[HealthTransition], dict[str, StoredStatus]]:
    """Transitions to announce, and the new ``source_status`` rows (before any announcement).

    Only the edge between good (ok, degraded) and bad (failing, stale) is
    announced: failing -> stale or ok -> degraded is not news.
    """
    transitions: list[HealthTransition] = []
    rows: dict[str, StoredStatus] = {}
    for health in current:
        stored = previous.get(health.source)
        since = stored.since if stored and stored.status == health.status else format_utc(now)
        alerted = stored.alerted_status if stored else ""
        rows[health.source] = StoredStatus(health.source, health.status, since, alerted)
        if health.is_bad != (alerted in ("failing", "stale")):
            transitions.append(HealthTransition(health, alerted))
    return transitions, rows


# Hub repositories whose licence change was noticed within the window (archive/hub_store.py).
LICENCE_CHANGED = "SELECT item_id FROM hub_licence_changes WHERE detected_at > ? AND detected_at <= ?"
NOTHING_BETWEEN = "SELECT NULL WHERE ? IS NULL AND ? IS NULL"

POSSIBLE_DUPLICATE = "possible duplicate: posted again after a post Slack never answered (webhook)"
UNCONFIRMED = "unconfirmed: posted twice, Slack answered neither (webhook); check the channel"


def _doubt_detail(maybe_twice: Sequence[Pair], given_up: Sequence[Pair]) -> str:
    parts = []
    if maybe_twice:
        parts.append(
            f"{len(maybe_twice)} may appear twice (a post before got no answer,"
            " and the channel cannot be checked: webhook, or no channels:history)"
        )
    if given_up:
        parts.append(
            f"{len(given_up)} posted twice without any answer from Slack and not posted again: "
            "check the channel; they may be missing"
        )
    return "; ".join(parts)


@dataclass
class Outcome:
    """What happened to one destination's message."""

    destination: str
    kind: str
    status: str
    count: int
    text: str = ""
    detail: str = ""


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
        cls, archive: Archive, settings: BaseSettings, *, environ: Mapping[str, str] | None = None, **options: Any
    ) -> AlertSender:
        """A sender configured by the project settings (rules file, health thresholds)."""
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
        """Relevant, not backfilled items first seen within the lookback window, and Hub repositories
        whose licence changed within it (however old they are)."""
        since = format_utc(now - timedelta(hours=self.config.lookback_hours))
        # Plus items whose claim went stale, however old: they were never confirmed.
        stale = stale_claimed_items(self.archive, self.stale_before(now))
        placeholders = ", ".join("?" for _ in stale)
        # An archive not migrated yet (read-only commands never migrate) has no Hub tables.
        licence_changed = LICENCE_CHANGED if self.archive.db["hub_licence_changes"].exists() else NOTHING_BETWEEN
        cursor = self.archive.db.execute(
            "SELECT * FROM items WHERE relevant = 1 AND ((backfill = 0 AND first_seen_at > ? AND first_seen_at <= ?)"
            f" OR id IN ({placeholders}) OR id IN ({licence_changed})) ORDER BY first_seen_at, id",
            [since, format_utc(now), *stale, since, format_utc(now)],
        )
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=False)) for row in cursor.fetchall()]

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
            outcomes.append(self._deliver(destination, group[0].rule.destination, group, pairs, now, dry_run))
        return outcomes

    def _deliver(
        self,
        destination: str,
        target: str,
        group: Sequence[AlertMatch],
        pairs: list[Pair],
        now: datetime,
        dry_run: bool,
    ) -> Outcome:
        kind = "alert"
        try:
            delivery = None if dry_run else self.delivery(target)
        except SlackConfigError as error:
            logger.error("Alerts to %s not sent: %s", destination, error)
            return Outcome(destination, kind, "failed", len(group), detail=str(error))
        if delivery is None:
            message = render_alert_message(group, now)
            status = "dry-run" if dry_run else "not-sent"
            return self._show(Outcome(destination, kind, status, len(group), message_as_text(message)))
        claims = claim_alerts(
            self.archive, pairs, delivery.destination, now=format_utc(now), stale_before=self.stale_before(now)
        )
        if not claims:
            return Outcome(destination, kind, "already-sent", 0)
        in_doubt = [claim for claim in claims if claim.posts]
        settled, doubled, given_up = self._settle_earlier_posts(delivery, in_doubt, now) if in_doubt else ({}, [], [])
        mine = [claim.pair for claim in claims if claim.pair not in settled and claim.pair not in given_up]
        group = [match for match in group if match.key in set(mine)]
        if not group:
            return Outcome(
                destination,
                kind,
                "unconfirmed" if given_up else "sent",
                len(settled) + len(given_up),
                detail=_doubt_detail([], given_up),
            )
        message = replace(render_alert_message(group, now), marker=new_marker("alert"))
        duplicates: list[int] = []
        try:
            timestamps = delivery.post(
                [message],
                prior_posts=1 if doubled else 0,
                on_post=lambda index, posts: record_post(self.archive, mine, message.marker),
                on_possible_duplicate=duplicates.append,
            )
        except SlackDeliveryError as error:
            text = message_as_text(message)
            if error.ambiguous:
                return self._unanswered(delivery, destination, group, mine, given_up, text, str(error), now)
            release_alerts(self.archive, mine)
            logger.error("Alerts to %s not sent, will retry on the next run: %s", destination, error)
            return Outcome(destination, kind, "failed", len(group), text, str(error))
        except BaseException:
            release_alerts(self.archive, mine, interrupted=True)
            raise
        maybe_twice = mine if duplicates else doubled
        confirm_alerts(
            self.archive,
            [pair for pair in mine if pair not in maybe_twice],
            format_utc(now),
            timestamps[0] if timestamps else "",
        )
        confirm_alerts(
            self.archive, maybe_twice, format_utc(now), timestamps[0] if timestamps else "", note=POSSIBLE_DUPLICATE
        )
        logger.info("Sent %d alerts to %s", len(group), destination)
        detail = _doubt_detail(maybe_twice, given_up)
        if detail:
            logger.warning("Alerts to %s: %s", destination, detail)
        status = "unconfirmed" if given_up else "sent"
        return Outcome(destination, kind, status, len(group), message_as_text(message), detail)

    def _settle_earlier_posts(
        self, delivery: SlackDelivery, in_doubt: Sequence[Claim], now: datetime
    ) -> tuple[dict[Pair, str], list[Pair], list[Pair]]:
        """Claims taken over from a sender whose post got no answer: found in the channel, or not.

        Returns the pairs found (with their message ts), the pairs to post
        once more as possible duplicates (a webhook cannot be checked), and
        the pairs given up because they were posted twice already.
        """
        settled: dict[Pair, str] = {}
        doubled: list[Pair] = []
        given_up: list[Pair] = []
        for marker in dict.fromkeys(claim.marker for claim in in_doubt):
            claims = [claim for claim in in_doubt if claim.marker == marker]
            since = min(
                (parse_utc(claim.claimed_at) for claim in claims if claim.claimed_at),
                default=now - timedelta(hours=self.config.lookback_hours),
            )
            found = delivery.find_posted(marker, None, since.timestamp())
            if isinstance(found, str):
                settled.update((claim.pair, found) for claim in claims)
            elif found is False:
                given_up += [claim.pair for claim in claims if claim.posts >= 2]
                doubled += [claim.pair for claim in claims if claim.posts < 2]
        for ts in set(settled.values()):
            confirm_alerts(self.archive, [pair for pair, found in settled.items() if found == ts], format_utc(now), ts)
        if settled:
            logger.warning("%d alerts claimed by a run that stopped were in the channel already", len(settled))
        confirm_alerts(self.archive, given_up, format_utc(now), "", note=UNCONFIRMED)
        return settled, doubled, given_up

    def _unanswered(
        self,
        delivery: SlackDelivery,
        destination: str,
        group: Sequence[AlertMatch],
        mine: list[Pair],
        given_up: list[Pair],
        text: str,
        error: str,
        now: datetime,
    ) -> Outcome:
        """Slack never answered: the message may be in the channel, so the claims are not released."""
        if not delivery.threads:
            # A webhook was posted to twice without an answer: no third post.
            confirm_alerts(self.archive, mine, format_utc(now), "", note=UNCONFIRMED)
            given_up = given_up + mine
            detail = _doubt_detail([], given_up)
        else:
            detail = (
                f"{error}; kept as claimed, the next run after {self.claim_timeout} looks for the message "
                "in the channel before posting again"
            )
        logger.error("Alerts to %s not confirmed: %s", destination, detail)
        return Outcome(destination, "alert", "unconfirmed", len(group), text, detail)

    def _show(self, outcome: Outcome) -> Outcome:
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
        """Announce sources that turned failing or stale, or recovered; once per transition.

        The transitions are claimed (``alerted_status`` set) in the same
        transaction that reads ``source_status``, and given back if Slack
        refuses the message, so concurrent crawls never announce one twice.
        Health is computed before that transaction, to keep the write lock short.
        """
        now = now or datetime.now(UTC)
        destination = self.config.health_destination
        try:
            delivery = None if dry_run else self.delivery(destination)
        except SlackConfigError as error:
            logger.error("Health alerts to %s not sent: %s", destination, error)
            return [Outcome(destination, "health", "failed", 0, detail=str(error))]

        current = self.check_health(now)

        def claim(previous: dict[str, StoredStatus]) -> tuple[list[HealthTransition], dict[str, StoredStatus]]:
            transitions, rows = plan_health_transitions(previous, current, now)
            if delivery is not None:
                for transition in transitions:
                    source = transition.health.source
                    rows[source] = replace(rows[source], alerted_status=transition.health.status)
            return transitions, rows

        if dry_run:
            transitions, _ = claim(source_statuses(self.archive))
        else:
            transitions = update_source_statuses(self.archive, claim)
        if not transitions:
            return []
        message = replace(render_health_message(transitions, now), marker=new_marker("health"))
        outcome = Outcome(
            destination, "health", "dry-run" if dry_run else "not-sent", len(transitions), message_as_text(message)
        )
        if delivery is None:
            return [self._show(outcome)]
        try:
            delivery.post([message])
        except SlackDeliveryError as error:
            if not error.ambiguous:
                update_source_statuses(self.archive, lambda current: (None, _given_back(transitions, current)))
                logger.error("Health alert to %s not sent, will retry on the next run: %s", destination, error)
                return [replace(outcome, status="failed", detail=str(error))]
            # Slack may have posted it: kept as announced rather than repeated.
            logger.error("Health alert to %s not confirmed, not sent again: %s", destination, error)
            return [replace(outcome, status="unconfirmed", detail=str(error))]
        except BaseException:
            update_source_statuses(self.archive, lambda current: (None, _given_back(transitions, current)))
            raise
        logger.info("Sent %d health transitions to %s", len(transitions), destination)
        return [replace(outcome, status="sent")]


def _given_back(
    transitions: Sequence[HealthTransition], current: Mapping[str, StoredStatus]
) -> dict[str, StoredStatus]:
    """``source_status`` rows with the claims of unsent transitions undone."""
    rows = {}
    for transition in transitions:
        stored = current.get(transition.health.source)
        if stored is not None and stored.alerted_status == transition.health.status:
            rows[stored.source] = replace(stored, alerted_status=transition.previous)
    return rows


def send_pending_alerts(
    archive: Archive,
    now: datetime | None = None,
    *,
    settings: BaseSettings | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[Outcome]:
    """The alert step after a crawl: unsent rule matches, then health transitions."""
    sender = AlertSender.from_settings(archive, settings or get_project_settings(), environ=environ)
    now = now or datetime.now(UTC)
    return sender.send_pending(now) + sender.notify_health(now)


class AlertPipeline:
    """Collects new relevant items; at spider close sends their alerts and checks source health."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.settings = crawler.settings
        self.new_items: list[dict[str, Any]] = []
        self.sender: AlertSender | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AlertPipeline:
        pipeline = cls(crawler)
        # Connected after the crawl-run recorder (extensions load before
        # pipelines), so the health check sees this crawl's run.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        if not self.settings.getbool("ALERTS_ENABLED", True):
            return
        try:
            self.sender = AlertSender.from_settings(crawl_archive(self.crawler), self.settings)
        except (OSError, AlertRulesError) as error:
            # A typo in the rules must not cost a crawl; `scrapy alerts` shows it too.
            logger.error("Alerts are off for this crawl, the rules cannot be read: %s", error)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        if not adapter.get("relevant"):
            return item
        new = adapter.get("archive_outcome") == "new" and not adapter.get("backfill")
        # A Hub repository's licence change is news however old the repository is.
        hub = (adapter.get("labels") or {}).get("hub") or {}
        if new or "licence_change" in (hub.get("events") or []):
            self.new_items.append(adapter.asdict())
        return item

    def close_spider(self) -> None:
        if self.sender is None or not self.new_items:
            return
        outcomes = self.sender.send_matches(self.sender.evaluate(self.new_items))
        for outcome in outcomes:
            self.crawler.stats.inc_value(f"alerts/{outcome.status}", outcome.count)

    def spider_closed(self, spider, reason: str) -> None:
        if self.sender is None:
            return
        for outcome in self.sender.notify_health():
            self.crawler.stats.inc_value(f"health_alerts/{outcome.status}", outcome.count)
