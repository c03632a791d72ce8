"""Fixtures shared by the whole suite: saved responses and temporary archives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from crawler import settings as project_settings

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT_ROOT = Path(__file__).parent.parent


def file_response(
    relative_path: str,
    url: str,
    *,
    status: int = 200,
    meta: dict | None = None,
    headers: dict | None = None,
) -> TextResponse:
    """A Scrapy response with a saved fixture's raw bytes as its body."""
    body = (FIXTURES / relative_path).read_bytes()
    request = Request(url, meta=meta or {})
    response_class = HtmlResponse if relative_path.endswith((".html", ".htm")) else XmlResponse
    return response_class(url=url, status=status, body=body, request=request, headers=headers or {})


def project_crawler(spider_class: type, overrides: dict | None = None) -> Crawler:
    """A crawler with the project's settings, as ``scrapy crawl`` would build it."""
    settings = {name: getattr(project_settings, name) for name in dir(project_settings) if name.isupper()}
    settings.update(overrides or {})
    return get_crawler(spider_class, settings)


@pytest.fixture(autouse=True)
def _no_real_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test writes to its own archive, never to data/archive.db."""
    monkeypatch.setenv("JPLLM_ARCHIVE", str(tmp_path / "archive.db"))
    for name in ("SLACK_WEBHOOK_URL", "SLACK_BOT_TOKEN", "SLACK_CHANNEL", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return Path(os.environ["JPLLM_ARCHIVE"])
