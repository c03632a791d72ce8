"""Secrets never reach a log record: the Slack webhook URL and bot token are replaced by ``[redacted]``.

slack-sdk logs the full URL of every request it retries (for a webhook, the
URL is the secret) and its debug lines show it too. A delivery registers its
secrets with ``register_secret``; a log record factory installed once per
process then replaces them in every record of every logger (message,
arguments and traceback), whatever handler Scrapy or the scheduler installs.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote, urlsplit

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
