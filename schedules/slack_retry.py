"""How Slack fails and what is tried again: the delivery errors, the retry policy, Slack's error answers."""

from __future__ import annotations

import random
import uuid
from http.client import HTTPException, RemoteDisconnected
from typing import Any
from urllib.error import URLError

from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.jitter import Jitter

from common.redaction import redact


class SlackConfigError(Exception):
    """Slack is configured half-way (a token without a channel, a bad URL)."""


class SlackDeliveryError(Exception):
    """Slack refused a message; ``sent`` are the timestamps accepted before it."""

    ambiguous = False

    def __init__(self, message: str, *, index: int, sent: list[str]) -> None:
        super().__init__(redact(message))
        self.index = index
        self.sent = sent


class SlackAmbiguousError(SlackDeliveryError):
    """The message was sent but Slack's answer never came (timeout, connection closed): it may be posted."""

    ambiguous = True


# Raised after the request went out: Slack may have posted the message.
# (urllib wraps failures before the request is sent, such as a refused
# connection, in URLError: those are safe to retry and are.)
AMBIGUOUS_ERRORS = (TimeoutError, ConnectionResetError, RemoteDisconnected, HTTPException)
# Posts of one message whose answer never came, before giving up.
MAX_UNANSWERED_POSTS = 3
MARKER_EVENT = "jpllm_watch_message"
# Web API errors that mean "not now", not "no": an upload refused with one is tried again.
TRANSIENT_API_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)


def new_marker(kind: str) -> str:
    """A unique id for one message of ours (``kind`` says what it is)."""
    return f"jpllm-{kind}-{uuid.uuid4().hex[:20]}"


class ProportionalJitter(Jitter):
    """Adds up to 100 % of the backoff, so small backoffs stay small (the SDK's adds up to 1 s)."""

    def recalculate(self, duration: float) -> float:
        return duration + random.uniform(0, duration)


def default_retry_handlers(*, max_retries: int = 3, backoff_factor: float = 0.5) -> list[RetryHandler]:
    """Retries for 429 (after Retry-After), 500/503 and connections that failed before the request went out."""
    interval = BackoffRetryIntervalCalculator(backoff_factor=backoff_factor, jitter=ProportionalJitter())
    return [
        RateLimitErrorRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=max_retries, interval_calculator=interval),
        ConnectionErrorRetryHandler(
            max_retry_count=max_retries,
            interval_calculator=interval,
            # Only failures before the request was sent; a dropped answer
            # is handled by SlackDelivery.post, which checks before re-posting.
            error_types=[URLError],
        ),
    ]


class RefusedForNow(Exception):
    """Slack refused an upload in a way worth another try (after ``retry_after`` seconds, if it said)."""

    def __init__(self, reason: str, retry_after: float | None) -> None:
        super().__init__(redact(reason))
        self.retry_after = retry_after


def retry_after(headers: Any) -> float | None:
    """Slack's Retry-After in seconds, if it sent one."""
    if not headers:
        return None
    value = headers.get("Retry-After") or headers.get("retry-after")
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def unanswered(error: BaseException) -> SlackAmbiguousError:
    return SlackAmbiguousError(
        f"Slack could not be reached or did not answer: {type(error).__name__}", index=0, sent=[]
    )


def describe_api_error(response: Any) -> str:
    status = getattr(response, "status_code", "?")
    data = getattr(response, "data", None)
    if isinstance(data, dict) and data.get("error"):
        detail = data["error"]
        if data.get("errors"):
            detail += f" ({'; '.join(map(str, data['errors']))})"
        return f"HTTP {status}, {detail}"
    return f"HTTP {status}"
