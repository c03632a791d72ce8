"""Posting one destination's rule matches: claimed, posted, confirmed or released.

Each match is claimed in the ``alerts`` table before posting
(``archive/alerts_store.py``), confirmed when Slack accepts, released when
Slack refuses. A claim taken over from a sender that died or hung is first
looked for in the channel; a post Slack never answered is kept as claimed
(bot token) or given up after a second post (webhook), and reported.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from archive.alerts_store import Claim, Pair, claim_alerts, confirm_alerts, record_post, release_alerts
from common.times import format_utc, parse_utc
from schedules.alert_render import message_as_text, render_alert_message
from schedules.alert_rules import AlertMatch
from schedules.slack import SlackConfigError, SlackDelivery, SlackDeliveryError, new_marker

if TYPE_CHECKING:
    from schedules.alert_send import AlertSender

logger = logging.getLogger(__name__)

POSSIBLE_DUPLICATE = "possible duplicate: posted again after a post Slack never answered (webhook)"
UNCONFIRMED = "unconfirmed: posted twice, Slack answered neither (webhook); check the channel"


def doubt_detail(maybe_twice: Sequence[Pair], given_up: Sequence[Pair]) -> str:
    parts = []
    if maybe_twice:
        parts.append(
            f"{len(maybe_twice)} may appear twice (a post before got no answer, and the channel cannot be "
            "checked: webhook, or no channels:history)"
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


def deliver_matches(
    sender: AlertSender,
    destination: str,
    target: str,
    group: Sequence[AlertMatch],
    pairs: list[Pair],
    now: datetime,
    dry_run: bool,
) -> Outcome:
    """Post one destination's matches as one message (printed instead without Slack or on a dry run)."""
    kind = "alert"
    try:
        delivery = None if dry_run else sender.delivery(target)
    except SlackConfigError as error:
        logger.error("Alerts to %s not sent: %s", destination, error)
        return Outcome(destination, kind, "failed", len(group), detail=str(error))
    if delivery is None:
        message = render_alert_message(group, now)
        status = "dry-run" if dry_run else "not-sent"
        return sender.show(Outcome(destination, kind, status, len(group), message_as_text(message)))
    claims = claim_alerts(
        sender.archive, pairs, delivery.destination, now=format_utc(now), stale_before=sender.stale_before(now)
    )
    if not claims:
        return Outcome(destination, kind, "already-sent", 0)
    in_doubt = [claim for claim in claims if claim.posts]
    settled, doubled, given_up = settle_earlier_posts(sender, delivery, in_doubt, now) if in_doubt else ({}, [], [])
    mine = [claim.pair for claim in claims if claim.pair not in settled and claim.pair not in given_up]
    group = [match for match in group if match.key in set(mine)]
    if not group:
        return Outcome(
            destination,
            kind,
            "unconfirmed" if given_up else "sent",
            len(settled) + len(given_up),
            detail=doubt_detail([], given_up),
        )
    message = replace(render_alert_message(group, now), marker=new_marker("alert"))
    duplicates: list[int] = []
    try:
        timestamps = delivery.post(
            [message],
            prior_posts=1 if doubled else 0,
            on_post=lambda index, posts: record_post(sender.archive, mine, message.marker),
            on_possible_duplicate=duplicates.append,
        )
    except SlackDeliveryError as error:
        text = message_as_text(message)
        if error.ambiguous:
            return unanswered(sender, delivery, destination, group, mine, given_up, text, str(error), now)
        release_alerts(sender.archive, mine)
        logger.error("Alerts to %s not sent, will retry on the next run: %s", destination, error)
        return Outcome(destination, kind, "failed", len(group), text, str(error))
    except BaseException:
        release_alerts(sender.archive, mine, interrupted=True)
        raise
    maybe_twice = mine if duplicates else doubled
    confirm_alerts(
        sender.archive,
        [pair for pair in mine if pair not in maybe_twice],
        format_utc(now),
        timestamps[0] if timestamps else "",
    )
    confirm_alerts(
        sender.archive, maybe_twice, format_utc(now), timestamps[0] if timestamps else "", note=POSSIBLE_DUPLICATE
    )
    logger.info("Sent %d alerts to %s", len(group), destination)
    detail = doubt_detail(maybe_twice, given_up)
    if detail:
        logger.warning("Alerts to %s: %s", destination, detail)
    status = "unconfirmed" if given_up else "sent"
    return Outcome(destination, kind, status, len(group), message_as_text(message), detail)


def settle_earlier_posts(
    sender: AlertSender, delivery: SlackDelivery, in_doubt: Sequence[Claim], now: datetime
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
            default=now - timedelta(hours=sender.config.lookback_hours),
        )
        found = delivery.find_posted(marker, None, since.timestamp())
        if isinstance(found, str):
            settled.update((claim.pair, found) for claim in claims)
        elif found is False:
            given_up += [claim.pair for claim in claims if claim.posts >= 2]
            doubled += [claim.pair for claim in claims if claim.posts < 2]
    for ts in set(settled.values()):
        confirm_alerts(sender.archive, [pair for pair, found in settled.items() if found == ts], format_utc(now), ts)
    if settled:
        logger.warning("%d alerts claimed by a run that stopped were in the channel already", len(settled))
    confirm_alerts(sender.archive, given_up, format_utc(now), "", note=UNCONFIRMED)
    return settled, doubled, given_up


def unanswered(
    sender: AlertSender,
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
        confirm_alerts(sender.archive, mine, format_utc(now), "", note=UNCONFIRMED)
        given_up = given_up + mine
        detail = doubt_detail([], given_up)
    else:
        detail = (
            f"{error}; kept as claimed, the next run after {sender.claim_timeout} looks for the message "
            "in the channel before posting again"
        )
    logger.error("Alerts to %s not confirmed: %s", destination, detail)
    return Outcome(destination, "alert", "unconfirmed", len(group), text, detail)
