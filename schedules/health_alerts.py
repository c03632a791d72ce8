"""Source-health alerts: sources that turned failing or stale, or recovered, announced once per transition."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from archive.alerts_store import StoredStatus, source_statuses, update_source_statuses
from archive.health import SourceHealth
from common.times import format_utc
from schedules.alert_delivery import Outcome
from schedules.alert_render import HealthTransition, message_as_text, render_health_message
from schedules.slack import SlackConfigError, SlackDeliveryError, new_marker

if TYPE_CHECKING:
    from schedules.alert_send import AlertSender

logger = logging.getLogger(__name__)


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


def notify_health(sender: AlertSender, now: datetime | None = None, *, dry_run: bool = False) -> list[Outcome]:
    """Announce sources that turned failing or stale, or recovered; once per transition.

    The transitions are claimed (``alerted_status`` set) in the same
    transaction that reads ``source_status``, and given back if Slack
    refuses the message, so concurrent crawls never announce one twice.
    Health is computed before that transaction, to keep the write lock short.
    """
    now = now or datetime.now(UTC)
    destination = sender.config.health_destination
    try:
        delivery = None if dry_run else sender.delivery(destination)
    except SlackConfigError as error:
        logger.error("Health alerts to %s not sent: %s", destination, error)
        return [Outcome(destination, "health", "failed", 0, detail=str(error))]

    current = sender.check_health(now)

    def claim(previous: dict[str, StoredStatus]) -> tuple[list[HealthTransition], dict[str, StoredStatus]]:
        transitions, rows = plan_health_transitions(previous, current, now)
        if delivery is not None:
            for transition in transitions:
                source = transition.health.source
                rows[source] = replace(rows[source], alerted_status=transition.health.status)
        return transitions, rows

    if dry_run:
        transitions, _ = claim(source_statuses(sender.archive))
    else:
        transitions = update_source_statuses(sender.archive, claim)
    if not transitions:
        return []
    message = replace(render_health_message(transitions, now), marker=new_marker("health"))
    outcome = Outcome(
        destination, "health", "dry-run" if dry_run else "not-sent", len(transitions), message_as_text(message)
    )
    if delivery is None:
        return [sender.show(outcome)]
    try:
        delivery.post([message])
    except SlackDeliveryError as error:
        if not error.ambiguous:
            update_source_statuses(sender.archive, lambda current: (None, given_back(transitions, current)))
            logger.error("Health alert to %s not sent, will retry on the next run: %s", destination, error)
            return [replace(outcome, status="failed", detail=str(error))]
        # Slack may have posted it: kept as announced rather than repeated.
        logger.error("Health alert to %s not confirmed, not sent again: %s", destination, error)
        return [replace(outcome, status="unconfirmed", detail=str(error))]
    except BaseException:
        update_source_statuses(sender.archive, lambda current: (None, given_back(transitions, current)))
        raise
    logger.info("Sent %d health transitions to %s", len(transitions), destination)
    return [replace(outcome, status="sent")]


def given_back(transitions: Sequence[HealthTransition], current: Mapping[str, StoredStatus]) -> dict[str, StoredStatus]:
    """``source_status`` rows with the claims of unsent transitions undone."""
    rows = {}
    for transition in transitions:
        stored = current.get(transition.health.source)
        if stored is not None and stored.alerted_status == transition.health.status:
            rows[stored.source] = replace(stored, alerted_status=transition.previous)
    return rows
