"""Everything that touches Slack: escaping, links, limits and delivery.

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
- ``SlackDelivery.post(messages, resume_from=0, thread_ts=None, on_sent=None)``
  posts ``messages[resume_from:]`` in order and returns their timestamps
  (``""`` for webhooks, which return none). 429s, 500/503s and dropped
  connections are retried by slack-sdk's retry handlers; a message Slack
  still refuses raises ``SlackDeliveryError`` whose ``sent`` lists the
  timestamps accepted before it, so the caller can resume from there.
- ``SlackDelivery.destination``: a name for the destination that is safe to
  store and log (the channel, or a hash of the webhook URL).

Secrets (the token, the webhook URL) live only inside the clients and are
never part of a repr, a log line or an exception message. slack-sdk itself
logs the full request URL (the webhook's secret) when it retries, so every
secret a delivery holds is registered with ``redact`` and a log record
factory (``install_secret_redaction``) replaces it with ``[redacted]`` in
every record, from any logger, message, arguments and traceback alike.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.client import RemoteDisconnected
from typing import Any
from urllib.error import URLError
from urllib.parse import quote, urlsplit

from slack_sdk import WebClient, WebhookClient
from slack_sdk.errors import SlackApiError, SlackObjectFormationError
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.models.blocks import Block

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
ELLIPSIS = "…"
MAX_BLOCKS_PER_MESSAGE = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK_TEXT = 40000
MAX_LINK_LABEL = 200

_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
# An entity or a <...> control sequence that a cut must not split.
_ATOMIC = re.compile(r"&(?:amp|lt|gt);|<[^<>\n]*>")
_WHITESPACE = re.compile(r"\s+")


REDACTED = "[redacted]"
_secrets: set[str] = set()
_factory_installed = False


def register_secret(secret: str) -> None:
    """Never let ``secret`` (and, for a URL, its path) reach a log record; see ``redact``."""
    secret = secret.strip()
    if len(secret) < 8:
        return
    _secrets.add(secret)
    path = urlsplit(secret).path if "://" in secret else ""
    if len(path) >= 16:
        _secrets.add(path)
        _secrets.add(quote(path, safe=""))
    install_secret_redaction()


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``[redacted]``."""
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def _contains_secret(text: str) -> bool:
    return any(secret in text for secret in _secrets)


def install_secret_redaction() -> None:
    """Wrap the log record factory once, so no record of any logger carries a registered secret."""
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if not _secrets:
            return record
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the logging module's to report
            return record
        if _contains_secret(message):
            record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if _contains_secret(text):
                record.exc_text = redact(text)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True


def escape_mrkdwn(text: object) -> str:
    """Make scraped text harmless in Slack mrkdwn: escape ``&``, ``<`` and ``>`` only."""
    escaped = "" if text is None else str(text)
    for character, entity in _ESCAPES:
        escaped = escaped.replace(character, entity)
    return escaped


def truncate(text: str, limit: int, *, mrkdwn: bool = False) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis when cut.

    With ``mrkdwn=True`` the cut backs off to before an ``&amp;``-style entity
    or a ``<url|label>`` link it would otherwise split.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    cut = limit - len(ELLIPSIS)
    if mrkdwn:
        for match in _ATOMIC.finditer(text, max(0, cut - 4000)):
            if match.start() >= cut:
                break
            if match.end() > cut:
                cut = match.start()
                break
    return text[:cut].rstrip() + ELLIPSIS


def clean_label(label: object, limit: int = MAX_LINK_LABEL) -> str:
    """A link label on one line, without the ``|`` that would split a Slack link (not yet escaped)."""
    text = _WHITESPACE.sub(" ", "" if label is None else str(label)).strip()
    return truncate(text.replace("|", "¦"), limit)


def safe_url(url: object) -> str | None:
    """The URL, ready to sit inside ``<...|...>``, or ``None`` unless it is http(s) with a host."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # Characters that would end or split the <url|label> sequence are
    # percent-encoded; & is escaped as Slack asks for in every URL.
    encoded = quote(url, safe="/:?#[]@!$&'()*+,;=%~-._")
    return escape_mrkdwn(encoded)


def slack_link(url: object, label: object) -> str:
    """A mrkdwn link ``<url|label>`` for an http(s) URL, else the escaped label alone."""
    text = clean_label(label) or (url if isinstance(url, str) else "")
    target = safe_url(url)
    if target is None:
        return escape_mrkdwn(text)
    return f"<{target}|{escape_mrkdwn(text)}>"


@dataclass(frozen=True)
class SlackMessage:
    """One Slack message: a plain-text fallback and up to 50 Block Kit blocks."""

    text: str
    blocks: Sequence[Block] = field(default_factory=tuple)

    def payload(self) -> dict[str, Any]:
        """The JSON body Slack receives; checks Slack's limits first."""
        if len(self.blocks) > MAX_BLOCKS_PER_MESSAGE:
            raise SlackObjectFormationError(
                f"a message holds at most {MAX_BLOCKS_PER_MESSAGE} blocks, this one {len(self.blocks)}"
            )
        return {
            "text": truncate(self.text or " ", MAX_FALLBACK_TEXT, mrkdwn=True),
            "blocks": [block.to_dict() for block in self.blocks],
        }


class SlackConfigError(Exception):
    """Slack is configured half-way (a token without a channel, a bad URL)."""


class SlackDeliveryError(Exception):
    """Slack refused a message; ``sent`` are the timestamps accepted before it."""

    def __init__(self, message: str, *, index: int, sent: list[str]) -> None:
        super().__init__(redact(message))
        self.index = index
        self.sent = sent


class ProportionalJitter(Jitter):
    """Adds up to 100 % of the backoff, so small backoffs stay small (the SDK's adds up to 1 s)."""

    def recalculate(self, duration: float) -> float:
        return duration + random.uniform(0, duration)


def default_retry_handlers(*, max_retries: int = 3, backoff_factor: float = 0.5) -> list[RetryHandler]:
    """Retries for 429 (after Retry-After), 500/503 and dropped connections."""
    interval = BackoffRetryIntervalCalculator(backoff_factor=backoff_factor, jitter=ProportionalJitter())
    return [
        RateLimitErrorRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=max_retries, interval_calculator=interval),
        ConnectionErrorRetryHandler(
            max_retry_count=max_retries,
            interval_calculator=interval,
            error_types=[URLError, ConnectionResetError, RemoteDisconnected],
        ),
    ]


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
    ) -> list[str]:
        """Post ``messages[resume_from:]`` in order; return the timestamps Slack gave them.

        With a bot token the first message is the parent and the rest are
        replies in its thread; when resuming, pass the parent's ``thread_ts``.
        ``on_sent(index, ts)`` is called as soon as each message is accepted.
        """
        sent: list[str] = []
        for index in range(resume_from, len(messages)):
            if index > resume_from and self.pause:
                time.sleep(self.pause)
            payload = messages[index].payload()
            try:
                ts = self._send(payload, thread_ts)
            except SlackDeliveryError as error:
                raise SlackDeliveryError(str(error), index=index, sent=sent) from error
            if self._web is not None and thread_ts is None:
                thread_ts = ts
            sent.append(ts)
            if on_sent is not None:
                on_sent(index, ts)
            logger.info("Slack accepted message %d of %d to %s", index + 1, len(messages), self.destination)
        return sent

    def _send(self, payload: dict[str, Any], thread_ts: str | None) -> str:
        if self._web is not None:
            return self._send_web(payload, thread_ts)
        return self._send_webhook(payload)

    def _send_web(self, payload: dict[str, Any], thread_ts: str | None) -> str:
        assert self._web is not None
        arguments: dict[str, Any] = {"channel": self.channel, "unfurl_links": False, "unfurl_media": False}
        if thread_ts:
            arguments["thread_ts"] = thread_ts
        try:
            response = self._web.chat_postMessage(**arguments, **payload)
        except SlackApiError as error:
            reason = _describe_api_error(error.response)
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
        except (OSError, ValueError) as error:
            raise SlackDeliveryError(f"Slack could not be reached: {type(error).__name__}", index=0, sent=[]) from None
        # WebhookClient does not raise on HTTP errors: Slack's answer is "ok" or an error name.
        if response.status_code != 200 or (response.body or "").strip() != "ok":
            body = truncate((response.body or "").strip().replace("\n", " "), 200)
            raise SlackDeliveryError(
                f"the webhook answered HTTP {response.status_code}: {body or 'empty body'}", index=0, sent=[]
            )
        return ""


def _describe_api_error(response: Any) -> str:
    status = getattr(response, "status_code", "?")
    data = getattr(response, "data", None)
    if isinstance(data, dict) and data.get("error"):
        detail = data["error"]
        if data.get("errors"):
            detail += f" ({'; '.join(map(str, data['errors']))})"
        return f"HTTP {status}, {detail}"
    return f"HTTP {status}"
