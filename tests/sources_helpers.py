"""Helpers for the registry, feed, listing and press/funding spider tests."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
FEEDS = FIXTURES / "feeds"
LISTINGS = FIXTURES / "listings"
PROJECT_ROOT = Path(__file__).parent.parent

# Fast crawls against 127.0.0.1: no politeness delays, no retries. Only the
# normalise and store pipelines run, so what reaches the archive is what the
# spider extracted, not what the classifier or the de-duplicator made of it.
TEST_CRAWL_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "RETRY_TIMES": 0,
    "LOG_LEVEL": "INFO",
    "FIRST_CRAWL_MAX_AGE_DAYS": 36500,
    "BACKFILL_AGE_DAYS": 0,
    "ITEM_PIPELINES": json.dumps({"pipelines.normalise.NormalisePipeline": 100, "pipelines.store.StorePipeline": 500}),
}


def fixture_bytes(relative_path: str) -> bytes:
    return (FIXTURES / relative_path).read_bytes()


def fixture_content_type(relative_path: str) -> str:
    """The Content-Type a fixture's ``.headers`` file gives it, or ''."""
    sidecar = FIXTURES / (relative_path + ".headers")
    if not sidecar.is_file():
        return ""
    for line in sidecar.read_text(encoding="utf-8").splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-type":
            return value.strip()
    return ""


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(element) for element in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def registry_toml(sources: list[Mapping[str, Any]]) -> str:
    """A registry document with these ``[[source]]`` tables (``selectors`` as a sub-table)."""
    blocks = []
    for source in sources:
        lines = ["[[source]]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in source.items() if key != "selectors"]
        if "selectors" in source:
            lines.append("[source.selectors]")
            lines += [f"{key} = {_toml_value(value)}" for key, value in source["selectors"].items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def write_registry(path: Path, sources: list[Mapping[str, Any]]) -> Path:
    path.write_text(registry_toml(sources), encoding="utf-8")
    return path


def run_spider(
    spider: str,
    archive: Path,
    *,
    registry: Path | None = None,
    base_url: str = "",
    settings: Mapping[str, object] | None = None,
    arguments: Mapping[str, str] | None = None,
    timeout: float = 90,
) -> subprocess.CompletedProcess:
    """``scrapy crawl <spider>`` in a child process, as a user would run it."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    merged = {**TEST_CRAWL_SETTINGS, **(settings or {})}
    if registry is not None:
        merged["SOURCES_FILE"] = str(registry)
    if base_url:
        merged["SOURCES_BASE_URL"] = base_url
    for name, value in merged.items():
        command += ["-s", f"{name}={value}"]
    for name, value in (arguments or {}).items():
        command += ["-a", f"{name}={value}"]
    environment = {**os.environ, "JPLLM_ARCHIVE": str(archive)}
    environment.pop("JPLLM_SOURCES_FILE", None)
    return subprocess.run(command, cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, timeout=timeout)


def query(archive: Path, sql: str, parameters: tuple = ()) -> list[tuple]:
    with sqlite3.connect(archive) as db:
        return db.execute(sql, parameters).fetchall()


def last_run_stats(archive: Path) -> dict[str, Any]:
    """The Scrapy stats of the latest crawl run."""
    rows = query(archive, "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1")
    return json.loads(rows[0][0]) if rows else {}


def source_stat(stats: Mapping[str, Any], source: str, counter: str) -> int:
    return int(stats.get(f"source/{source}/{counter}", 0))


class CutShortServer:
    """Answers every feed request with a Content-Length it does not deliver: the connection drops mid-body."""

    def __init__(self, body: bytes, sent: int) -> None:
        self.body = body
        self.sent = sent
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                request_line = connection.recv(65536).split(b"\r\n", 1)[0]
                if b"/robots.txt" in request_line:
                    connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    continue
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                    b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(self.body)
                )
                connection.sendall(head + self.body[: self.sent])

    def __enter__(self) -> CutShortServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.listener.close()
