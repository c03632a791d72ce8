"""Everything that touches Slack: escaping, links, limits and delivery.

The text helpers live in ``schedules/slack_text.py``, the errors and retry
policy in ``schedules/slack_retry.py``, file uploads in
``schedules/slack_upload.py``; this module is the delivery and names them all.

Public API (the digest and the alerts both use it):

- ``escape_mrkdwn(text)``: the one escape for scraped text placed in mrkdwn or
  in a message's top-level ``text`` (``&``, ``<``, ``>`` and nothing else).
- ``slack_link(url, label)``: the one link builder; ``<url|label>`` for http(s)
  URLs, the escaped label alone for anything else.
- ``truncate(text, limit)``: cut to ``limit`` characters with an ellipsis;
  ``mrkdwn=True`` never cuts inside an entity or a ``<...>`` link.
- ``SlackMessage(text, blocks)``: one message; ``text`` is the plain-text
  fallback (already escaped), ``blocks`` are ``slack_sdk.models.blocks``.
- ``SlackDelivery.from_env(environ=os.environ)``: a delivery for
  ``SLACK_BOT_TOKEN`` + ``SLACK_CHANNEL`` (preferred: long posts become a
  thread) or ``SLACK_WEBHOOK_URL`` (consecutive messages), with the API base
  ``SLACK_API_URL``; ``None`` when Slack is not configured.
- ``SlackDelivery.post(messages, resume_from=0, thread_ts=None, on_sent=None, ...)``
  posts ``messages[resume_from:]`` in order and returns their timestamps
  (``""`` for webhooks, which return none). 429s, 500/503s and connections
  that failed before the request went out are retried by slack-sdk's retry
  handlers; a message Slack still refuses raises ``SlackDeliveryError`` whose
  ``sent`` lists the timestamps accepted before it, so the caller can resume
  from there (``SlackAmbiguousError`` when the message may be posted).
- ``SlackDelivery.destination``: a name for the destination that is safe to
  store and log (the channel, or a hash of the webhook URL).

Secrets (the token, the webhook URL) live only inside the clients and are
never part of a repr, a log line or an exception message. slack-sdk itself
logs the full request URL (the webhook's secret) when it retries, so every
secret a delivery holds is registered with ``common.redaction``, whose log
record factory replaces it with ``[redacted]`` in every record of any logger.

A post whose answer never came (a timeout, a dropped connection) may have
been posted: ``post`` looks for the message's ``marker`` in the channel
(bot token, ``find_posted``) before posting again, or re-posts once at most
and reports the possible duplicate (webhook); ``on_post`` lets the caller
record each post before it is made, so a killed run leaves a trace.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from http.client import HTTPException
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from slack_sdk import WebClient, WebhookClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import RetryHandler

from common.redaction import register_secret
from schedules.slack_retry import (
    AMBIGUOUS_ERRORS,
    MARKER_EVENT,
    MAX_UNANSWERED_POSTS,
    SlackAmbiguousError,
    SlackConfigError,
    SlackDeliveryError,
    default_retry_handlers,
    describe_api_error,
    new_marker,
    unanswered,
)
from schedules.slack_text import (
    MAX_BLOCKS_PER_MESSAGE,
    MAX_CONTEXT_ELEMENTS,
    MAX_FALLBACK_TEXT,
    MAX_HEADER_TEXT,
    MAX_LINK_LABEL,
    MAX_SECTION_TEXT,
    SlackMessage,
    clean_label,
    escape_mrkdwn,
    safe_url,
    slack_link,
    truncate,
)
from schedules.slack_upload import upload_file

# The public API of the Slack layer, wherever each part lives.
__all__ = [
    "MAX_BLOCKS_PER_MESSAGE",
    "MAX_CONTEXT_ELEMENTS",
    "MAX_FALLBACK_TEXT",
    "MAX_HEADER_TEXT",
    "MAX_LINK_LABEL",
    "MAX_SECTION_TEXT",
    "SlackAmbiguousError",
    "SlackConfigError",
    "SlackDelivery",
    "SlackDeliveryError",
    "SlackMessage",
    "clean_label",
    "default_retry_handlers",
    "escape_mrkdwn",
    "new_marker",
    "safe_url",
    "slack_link",
    "truncate",
]

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"


class SlackDelivery:
    """Posts messages to one Slack destination, by bot token or incoming webhook."""

    def __init__(
        self,
        *,
        bot_token: str | None = None,
        channel: str | None = None,
        webhook_url: str | None = None,
        api_url: str | None = None,
        timeout: int = 30,
        pause: float = 1.0,
        retry_handlers: list[RetryHandler] | None = None,
    ) -> None:
        if bot_token and not channel:
            raise SlackConfigError("SLACK_BOT_TOKEN is set but SLACK_CHANNEL is not")
        if not bot_token and not webhook_url:
            raise SlackConfigError("set SLACK_WEBHOOK_URL, or SLACK_BOT_TOKEN and SLACK_CHANNEL")
        handlers = retry_handlers if retry_handlers is not None else default_retry_handlers()
        self._retry_handlers = handlers
        # Slack allows about one message per second per channel.
        self.pause = pause
        self.channel = channel or ""
        self._web: WebClient | None = None
        self._webhook: WebhookClient | None = None
        for secret in (bot_token, webhook_url):
            if secret:
                register_secret(secret)
        if bot_token:
            self._web = WebClient(
                token=bot_token, base_url=api_url or DEFAULT_API_URL, timeout=timeout, retry_handlers=handlers
            )
            self.destination = f"channel:{channel}"
        else:
            assert webhook_url is not None
            if urlsplit(webhook_url).scheme not in ("http", "https"):
                raise SlackConfigError("SLACK_WEBHOOK_URL must be an http(s) URL")
            self._webhook = WebhookClient(url=webhook_url, timeout=timeout, retry_handlers=handlers)
            digest = hashlib.sha256(webhook_url.encode("utf-8")).hexdigest()[:12]
            self.destination = f"webhook:{digest}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ, **options: Any) -> SlackDelivery | None:
        """The delivery the environment configures, or ``None`` when Slack is not set up."""
        token = (environ.get("SLACK_BOT_TOKEN") or "").strip()
        webhook = (environ.get("SLACK_WEBHOOK_URL") or "").strip()
        if not token and not webhook:
            return None
        return cls(
            bot_token=token or None,
            channel=(environ.get("SLACK_CHANNEL") or "").strip() or None,
            webhook_url=webhook or None,
            api_url=(environ.get("SLACK_API_URL") or "").strip() or None,
            **options,
        )

    @property
    def threads(self) -> bool:
        """Whether follow-up messages go into a thread (bot token) or follow in the channel."""
        return self._web is not None

    def __repr__(self) -> str:
        return f"SlackDelivery({self.destination})"

    def post(
        self,
        messages: Sequence[SlackMessage],
        resume_from: int = 0,
        *,
        thread_ts: str | None = None,
        on_sent: Callable[[int, str], None] | None = None,
        prior_posts: int = 0,
        since: float | None = None,
        on_post: Callable[[int, int], None] | None = None,
        on_possible_duplicate: Callable[[int], None] | None = None,
    ) -> list[str]:
        """Post ``messages[resume_from:]`` in order; return the timestamps Slack gave them.

        With a bot token the first message is the parent and the rest are
        replies in its thread; when resuming, pass the parent's ``thread_ts``.
        ``on_sent(index, ts)`` is called as soon as each message is accepted.

        A post whose answer never came may have been posted. With a bot
        token the channel's history (or the thread) is searched for the
        message's marker before posting again; with a webhook, which offers
        no way to check, it is posted once more at most and
        ``on_possible_duplicate(index)`` is called if that one is accepted.
        ``prior_posts`` says that ``messages[resume_from]`` was already
        posted that many times without an answer (an interrupted earlier
        run, since the Unix time ``since``). ``on_post(index, posts)`` is
        called before each post, so the caller can record it first.
        Gives up with ``SlackAmbiguousError`` when a message is still in doubt.
        """
        sent: list[str] = []
        for index in range(resume_from, len(messages)):
            if index > resume_from and self.pause:
                time.sleep(self.pause)
            doubtful = prior_posts if index == resume_from else 0
            started = since if index == resume_from and since else time.time()
            try:
                ts = self._post_one(
                    messages[index], index, thread_ts, doubtful, started, on_post, on_possible_duplicate
                )
            except SlackDeliveryError as error:
                failure = SlackAmbiguousError if error.ambiguous else SlackDeliveryError
                raise failure(str(error), index=index, sent=sent) from error
            if self._web is not None and thread_ts is None:
                thread_ts = ts
            sent.append(ts)
            if on_sent is not None:
                on_sent(index, ts)
            logger.info("Slack accepted message %d of %d to %s", index + 1, len(messages), self.destination)
        return sent

    def _post_one(
        self,
        message: SlackMessage,
        index: int,
        thread_ts: str | None,
        unanswered: int,
        since: float,
        on_post: Callable[[int, int], None] | None,
        on_possible_duplicate: Callable[[int], None] | None,
    ) -> str:
        """Post one message, at most once more per unanswered post that the channel does not show."""
        payload = message.payload()
        duplicate_possible = False
        while True:
            if unanswered:
                found = self.find_posted(message.marker, thread_ts, since)
                if found is not None and found is not False:
                    logger.warning(
                        "Slack did not answer, but message %d is in the channel (%s): not posted again",
                        index + 1,
                        self.destination,
                    )
                    return found
                checked = found is None  # None: looked and it is not there; False: could not look
                if unanswered >= (MAX_UNANSWERED_POSTS if checked else 2):
                    raise SlackAmbiguousError(
                        f"Slack could not be reached or did not answer {unanswered} posts of message "
                        f"{index + 1}; it may be in the "
                        f"channel {'once or more' if not checked else 'or not'}: check {self.destination}",
                        index=index,
                        sent=[],
                    )
                duplicate_possible = duplicate_possible or not checked
                logger.warning(
                    "Slack did not answer a post of message %d to %s; posting it again%s",
                    index + 1,
                    self.destination,
                    "" if checked else " (it may appear twice)",
                )
            if on_post is not None:
                on_post(index, unanswered + 1)
            try:
                ts = self._send(payload, thread_ts, message.marker)
            except SlackAmbiguousError:
                unanswered += 1
                continue
            if duplicate_possible:
                logger.warning("Message %d to %s may have been posted twice", index + 1, self.destination)
                if on_possible_duplicate is not None:
                    on_possible_duplicate(index)
            return ts

    def find_posted(self, marker: str, thread_ts: str | None, since: float) -> str | None | Literal[False]:
        """The ts of our message with ``marker`` in the channel (or thread); None if absent, False if unknown."""
        if self._web is None or not marker:
            return False
        arguments: dict[str, Any] = {"channel": self.channel, "include_all_metadata": True, "limit": 200}
        try:
            if thread_ts:
                response = self._web.conversations_replies(ts=thread_ts, **arguments)
            else:
                oldest = max(0.0, since - 120)
                response = self._web.conversations_history(oldest=f"{oldest:.6f}", **arguments)
        except SlackApiError as error:
            logger.warning(
                "Cannot read %s to check for an unanswered post: %s",
                self.destination,
                describe_api_error(error.response),
            )
            return False
        except (OSError, ValueError, HTTPException) as error:
            logger.warning("Cannot read %s to check for an unanswered post: %s", self.destination, type(error).__name__)
            return False
        for found in response.get("messages") or []:
            metadata = found.get("metadata") or {}
            if (metadata.get("event_payload") or {}).get("marker") == marker:
                return str(found.get("ts") or "")
        return None

    def upload_file(self, path: Path, *, title: str, thread_ts: str | None = None) -> str:
        """Upload a file into the channel (into ``thread_ts``'s thread); return its file id. Bot token only."""
        return upload_file(self._web, self.channel, self._retry_handlers, path, title=title, thread_ts=thread_ts)

    def _send(self, payload: dict[str, Any], thread_ts: str | None, marker: str = "") -> str:
        if self._web is not None:
            return self._send_web(payload, thread_ts, marker)
        return self._send_webhook(payload)

    def _send_web(self, payload: dict[str, Any], thread_ts: str | None, marker: str = "") -> str:
        assert self._web is not None
        arguments: dict[str, Any] = {"channel": self.channel, "unfurl_links": False, "unfurl_media": False}
        if thread_ts:
            arguments["thread_ts"] = thread_ts
        if marker:
            arguments["metadata"] = {"event_type": MARKER_EVENT, "event_payload": {"marker": marker}}
        try:
            response = self._web.chat_postMessage(**arguments, **payload)
        except AMBIGUOUS_ERRORS as error:
            raise unanswered(error) from None
        except SlackApiError as error:
            reason = describe_api_error(error.response)
            raise SlackDeliveryError(f"Slack refused the message: {reason}", index=0, sent=[]) from None
        except (OSError, ValueError) as error:
            raise SlackDeliveryError(
                f"Slack could not be reached: {type(error).__name__}: {error}", index=0, sent=[]
            ) from None
        return str(response.get("ts") or "")

    def _send_webhook(self, payload: dict[str, Any]) -> str:
        assert self._webhook is not None
        try:
            response = self._webhook.send_dict({**payload, "unfurl_links": False, "unfurl_media": False})
        except AMBIGUOUS_ERRORS as error:
            raise unanswered(error) from None
        except (OSError, ValueError) as error:
            raise SlackDeliveryError(f"Slack could not be reached: {type(error).__name__}", index=0, sent=[]) from None
        # WebhookClient does not raise on HTTP errors: Slack's answer is "ok" or an error name.
        if response.status_code != 200 or (response.body or "").strip() != "ok":
            body = truncate((response.body or "").strip().replace("\n", " "), 200)
            raise SlackDeliveryError(
                f"the webhook answered HTTP {response.status_code}: {body or 'empty body'}", index=0, sent=[]
            )
        return ""
