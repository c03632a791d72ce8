"""Running `scrapy crawl` in a child process.

Twisted's reactor cannot be restarted inside one process, so every crawl
that a command or the scheduler starts runs as its own `scrapy crawl`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from scrapy.settings import BaseSettings
from scrapy.spiderloader import SpiderLoader

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def scrapy_command(*arguments: str, clock: str | None = None) -> list[str]:
    """A ``scrapy`` command line; with ``clock``, run as if it were that moment (the demo's fixed week)."""
    launcher = ["-m", "crawler.demo.clock", clock] if clock else ["-m", "scrapy"]
    return [sys.executable, *launcher, *arguments]


def crawl_command(
    spider: str, settings: Mapping[str, object] = {}, arguments: Mapping[str, str] = {}, clock: str | None = None
) -> list[str]:
    """The command line of one crawl."""
    command = scrapy_command("crawl", spider, clock=clock)
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    for name, value in arguments.items():
        command += ["-a", f"{name}={value}"]
    return command


def run_crawl(
    spider: str,
    *,
    settings: Mapping[str, object] = {},
    arguments: Mapping[str, str] = {},
    environment: Mapping[str, str] | None = None,
    timeout: float | None = None,
    capture: bool = False,
    clock: str | None = None,
) -> subprocess.CompletedProcess:
    """Run one crawl to its end (or its timeout) and return how it ended.

    ``environment`` replaces the process environment when given.
    """
    return subprocess.run(
        crawl_command(spider, settings, arguments, clock=clock),
        cwd=PROJECT_ROOT,
        env=dict(os.environ if environment is None else environment),
        timeout=timeout,
        capture_output=capture,
        text=True,
    )


def project_spiders(settings: BaseSettings) -> list[str]:
    """The names `scrapy list` prints."""
    return sorted(SpiderLoader.from_settings(settings).list())
