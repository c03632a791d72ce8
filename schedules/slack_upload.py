"""A file into a Slack thread (the digest's chart), retried like the messages are."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.error import HTTPError, URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler

from schedules.slack_retry import (
    AMBIGUOUS_ERRORS,
    TRANSIENT_API_ERRORS,
    RefusedForNow,
    SlackDeliveryError,
    describe_api_error,
    retry_after,
)
from schedules.slack_text import truncate

logger = logging.getLogger(__name__)


def upload_file(
    client: WebClient | None,
    channel: str,
    retry_handlers: Sequence[RetryHandler],
    path: Path,
    *,
    title: str,
    thread_ts: str | None = None,
) -> str:
    """Upload a file into the channel (into ``thread_ts``'s thread); return its file id. Bot token only.

    A refusal that means "not now" (rate limited, a server error, a
    connection that failed before the request went out) is retried as
    the messages are: as many times as the delivery's retry handlers
    allow, after Retry-After or their backoff. A refused upload shares
    nothing, so trying again cannot show the file twice; an upload whose
    answer never came is not tried again, as it may be in the thread.
    """
    if client is None:
        raise SlackDeliveryError("an incoming webhook cannot upload files", index=0, sent=[])
    retries = max((handler.max_retry_count for handler in retry_handlers), default=0)
    for attempt in range(1, retries + 2):
        try:
            return _upload_once(client, channel, path, title, thread_ts)
        except RefusedForNow as refusal:
            if attempt > retries:
                plural = "s" if attempt > 1 else ""
                raise SlackDeliveryError(
                    f"Slack refused the file ({attempt} attempt{plural}): {refusal}", index=0, sent=[]
                ) from None
            wait = refusal.retry_after if refusal.retry_after is not None else _backoff(retry_handlers, attempt)
            logger.warning("Slack refused the file for now (%s); trying again in %.1f s", refusal, wait)
            time.sleep(wait)
    raise AssertionError("unreachable")


def _upload_once(client: WebClient, channel: str, path: Path, title: str, thread_ts: str | None) -> str:
    try:
        response = client.files_upload_v2(
            channel=channel, file=str(path), filename=path.name, title=title, thread_ts=thread_ts
        )
    except SlackApiError as error:
        reason = describe_api_error(error.response)
        status = getattr(error.response, "status_code", 0)
        code = (getattr(error.response, "data", None) or {}).get("error") if error.response is not None else ""
        if status == 429 or status >= 500 or code in TRANSIENT_API_ERRORS:
            raise RefusedForNow(reason, retry_after(getattr(error.response, "headers", None))) from None
        raise SlackDeliveryError(f"Slack refused the file: {reason}", index=0, sent=[]) from None
    except HTTPError as error:
        # The upload URL itself answered with an error (slack-sdk does not retry it).
        if error.code == 429 or error.code >= 500:
            raise RefusedForNow(f"the upload answered HTTP {error.code}", retry_after(error.headers)) from None
        raise SlackDeliveryError(f"Slack refused the file: HTTP {error.code}", index=0, sent=[]) from None
    except SlackRequestError as error:
        raise RefusedForNow(f"the upload failed: {truncate(str(error), 200)}", None) from None
    except AMBIGUOUS_ERRORS as error:
        raise SlackDeliveryError(
            f"Slack did not answer the upload ({type(error).__name__}); it may be in the thread", index=0, sent=[]
        ) from None
    except URLError as error:
        raise RefusedForNow(f"Slack could not be reached: {error.reason}", None) from None
    except (OSError, ValueError) as error:
        raise SlackDeliveryError(
            f"Slack could not be reached: {type(error).__name__}: {error}", index=0, sent=[]
        ) from None
    files = response.get("files") or [{}]
    return str(files[0].get("id") or "")


def _backoff(retry_handlers: Sequence[RetryHandler], attempt: int) -> float:
    """The wait before retry ``attempt`` (1, 2, ...), as the server-error retry handler waits."""
    handlers = sorted(retry_handlers, key=lambda handler: not isinstance(handler, ServerErrorRetryHandler))
    if not handlers:
        return 0.0
    return handlers[0].interval_calculator.calculate_sleep_duration(attempt - 1)
