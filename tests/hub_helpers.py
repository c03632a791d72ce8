"""Recorded Hub API responses (tests/fixtures/huggingface, see its MANIFEST.md) and a fake Hub to serve them.

Every edit of a recorded record that a test needs is a function here, named
for the case it builds; nothing else changes the recordings.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from werkzeug.wrappers import Request, Response

from tests.conftest import FIXTURES, PROJECT_ROOT

RECORDS = FIXTURES / "huggingface" / "records"
BERT = "google-bert__bert-base-uncased"
ROBERTA = "deepset__roberta-base-squad2"
ALBERT = "sentence-transformers__paraphrase-albert-small-v2"
STABLE_DIFFUSION = "stabilityai__stable-diffusion-2-1"


def record(name: str) -> dict[str, Any]:
    """One recorded repository, as the Hub answered it."""
    return json.loads((RECORDS / f"{name}.json").read_text(encoding="utf-8"))


def gated(entry: dict[str, Any], how: str = "manual") -> dict[str, Any]:
    entry = copy.deepcopy(entry)
    entry["gated"] = how
    return entry


def without_card(entry: dict[str, Any]) -> dict[str, Any]:
    entry = copy.deepcopy(entry)
    entry.pop("cardData", None)
    return entry


def before_rename(entry: dict[str, Any], old_id: str = "bert-base-uncased") -> dict[str, Any]:
    """The record as it was listed under its old id (the real 307 of the cassette)."""
    entry = copy.deepcopy(entry)
    entry["id"] = entry["modelId"] = old_id
    entry.pop("author", None)
    return entry


def with_licence(entry: dict[str, Any], licence: str, last_modified: str) -> dict[str, Any]:
    entry = copy.deepcopy(entry)
    old = entry["cardData"]["license"]
    entry["cardData"]["license"] = licence
    entry["tags"] = [f"license:{licence}" if tag == f"license:{old}" else tag for tag in entry["tags"]]
    entry["lastModified"] = last_modified
    return entry


def as_author(entry: dict[str, Any], handle: str, name: str, **changes: Any) -> dict[str, Any]:
    """The record served as a repository of ``handle`` (the label and alert cases)."""
    entry = copy.deepcopy(entry)
    entry["id"] = entry["modelId"] = f"{handle}/{name}"
    entry["author"] = handle
    entry["_id"] = f"{handle}-{name}"
    entry.update(changes)
    return entry


class FakeHub:
    """Answers ``/api/models`` and ``/api/datasets`` from pages keyed by (kind, author or filter).

    ``pages[key]`` is a list of pages; page N links page N+1 with a Link
    header, as the Hub does. A page may be a callable returning a werkzeug
    Response (a 429, an error). Anything not listed answers ``[]``.
    """

    def __init__(self, httpserver, pages: dict[tuple[str, str], list[Any]]) -> None:
        self.httpserver = httpserver
        self.pages = pages
        self.requests: list[Request] = []
        # A Link header to send on first pages instead of the next page's (another host).
        self.next_link: str | None = None
        httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
        for kind in ("models", "datasets"):
            httpserver.expect_request(f"/api/{kind}").respond_with_handler(self.handle)

    @property
    def endpoint(self) -> str:
        return self.httpserver.url_for("/").rstrip("/")

    def handle(self, request: Request) -> Response:
        self.requests.append(request)
        kind = request.path.rsplit("/", 1)[-1]
        key = request.args.get("author") or "+".join(
            request.args.getlist("filter") + request.args.getlist("pipeline_tag")
        )
        pages = self.pages.get((kind, key), [[]])
        number = int(request.args.get("cursor") or 0)
        page = pages[number]
        if callable(page):
            return page(request)
        body = json.dumps(page)
        etag = f'W/"{len(body):x}-{abs(hash(body)) % 10**8}"'
        if number == 0 and request.headers.get("If-None-Match") == etag:
            return Response("", status=304, headers={"ETag": etag})
        headers = {"Content-Type": "application/json; charset=utf-8", "ETag": etag}
        if self.next_link is not None and number == 0:
            headers["Link"] = f'<{self.next_link}>; rel="next"'
        elif number + 1 < len(pages):
            query = [(name, value) for name, value in request.args.items(multi=True) if name != "cursor"]
            query.append(("cursor", str(number + 1)))
            headers["Link"] = f'<{self.endpoint}{request.path}?{urlencode(query)}>; rel="next"'
        return Response(body, status=200, headers=headers)

    def paths(self) -> list[str]:
        return [f"{request.path}?{request.query_string.decode()}" for request in self.requests]


def crawl_hub(
    hub: FakeHub, authors: list[str], archive_path: Path, *settings: str, environment: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """``scrapy crawl huggingface`` against the fake Hub, into ``archive_path``."""
    env = dict(os.environ, JPLLM_ARCHIVE=str(archive_path), JPLLM_HF_ENDPOINT=hub.endpoint, **(environment or {}))
    if not (environment or {}).get("HF_TOKEN"):
        env.pop("HF_TOKEN", None)
    command = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "huggingface",
        "-s",
        f"HF_AUTHORS={','.join(authors)}",
        "-s",
        "HF_GENERATIVE_TASKS=",
        "-s",
        "HF_DOWNLOAD_DELAY=0",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "ALERTS_ENABLED=False",
        "-s",
        "BACKFILL_AGE_DAYS=0",
        *settings,
    ]
    return subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)


Page = list[dict[str, Any]] | Callable[[Request], Response]
