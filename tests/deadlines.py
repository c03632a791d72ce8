"""Every wait in the tests has a deadline: a thread that never starts or never
ends, or a condition that never holds, fails the test instead of hanging the run."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

DEADLINE_SECONDS = 20


def wait_until(condition: Callable[[], object], what: str, timeout: float = DEADLINE_SECONDS) -> None:
    """Poll ``condition`` until it holds; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting until {what}")
        time.sleep(0.005)


def join_all(*threads: threading.Thread, timeout: float = DEADLINE_SECONDS) -> None:
    """Join every thread; fail the test if one is still running ``timeout`` seconds after the joins began."""
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            pytest.fail(f"thread {thread.name} still running after {timeout:g} s")
