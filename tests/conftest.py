"""Fixtures shared by the whole suite: saved responses, temporary archives, a fake Slack.

``archive`` is an open archive at ``archive_path``, empty unless the test or
its module is marked ``@pytest.mark.archive_contents(fill=...)``:
``fill(archive)`` then runs once it is open. ``known_archive`` (open) and
``known_archive_path`` hold the eight items of ``fixtures/search/archive.json``,
built once per module for tests that only read them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from archive import Archive
from crawler import settings as project_settings
from tests.fake_slack import FakeSlack
from tests.search_helpers import write_known_archive

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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "archive_contents(fill): fill(archive) runs on the archive fixture once it is open"
    )


@pytest.fixture(autouse=True)
def _no_real_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test writes to its own archive, never to data/archive.db."""
    monkeypatch.setenv("JPLLM_ARCHIVE", str(tmp_path / "archive.db"))
    for name in ("SLACK_WEBHOOK_URL", "SLACK_BOT_TOKEN", "SLACK_CHANNEL", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return Path(os.environ["JPLLM_ARCHIVE"])


@pytest.fixture
def archive(archive_path: Path, request: pytest.FixtureRequest) -> Iterator[Archive]:
    """An open archive at ``archive_path``, filled by the ``archive_contents`` mark if there is one."""
    with Archive(archive_path) as opened:
        marker = request.node.get_closest_marker("archive_contents")
        if marker is not None:
            marker.kwargs["fill"](opened)
        yield opened


@pytest.fixture(scope="module")
def known_archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The known archive's file, built once per module; its tests only read it."""
    return write_known_archive(tmp_path_factory.mktemp("known") / "archive.db")


@pytest.fixture(scope="module")
def known_archive(known_archive_path: Path) -> Iterator[Archive]:
    """The known archive, open for the whole module; its tests only read it."""
    with Archive(known_archive_path) as opened:
        yield opened


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    """A fake Slack on 127.0.0.1 (``tests/fake_slack.py``), stopped after the test."""
    with FakeSlack() as fake:
        yield fake
