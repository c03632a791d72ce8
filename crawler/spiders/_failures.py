"""Why a download failed, in a few words for logs, stats and source health."""

from __future__ import annotations

from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TimeoutError as TwistedTimeoutError
from twisted.python.failure import Failure


def failed_request(failure: Failure) -> Request:
    """The request of a failed download: Scrapy sets it on the Failure it hands an errback."""
    return failure.request  # type: ignore[attr-defined]  # set by Scrapy, unknown to Twisted's Failure


def describe_failure(failure: Failure) -> str:
    """A short, human reason for a failed download."""
    error = failure.value
    if isinstance(error, HttpError):
        return f"HTTP {error.response.status}"
    if failure.check(DownloadTimeoutError, TwistedTimeoutError):
        return "timed out"
    if failure.check(ResponseDataLossError):
        return "the response was cut short of its Content-Length"
    if failure.check(CannotResolveHostError):
        return f"cannot resolve the host: {error}"[:300]
    if failure.check(DownloadCancelledError) and "max size" in str(error):
        return "response larger than DOWNLOAD_MAXSIZE"
    if failure.check(IgnoreRequest):
        return str(error) or "request ignored"
    name = type(error).__name__
    return f"{name}: {error or name}"[:300]
