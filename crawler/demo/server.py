"""A local HTTP server for saved responses, used by the demo and the tests.

It serves the files under a folder as a website would, with what a real
site adds: a ``<file>.headers`` file beside a response sets its status line
and headers (``Status: 400``, ``Content-Type: text/html; charset=Shift_JIS``),
every response carries an ETag and Last-Modified and answers a matching
conditional GET with 304, ``/arxiv/api/query`` picks the saved page for
the query and ``start`` it is asked for, and ``/huggingface/api/models`` (or
``datasets``) picks ``huggingface/<kind>s-<author or filters>.json`` and
links its next page, ``...page1.json``, with a ``Link`` header as the Hub does.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

HOST = "127.0.0.1"
ARXIV_PATH = "/arxiv/api/query"
HUB_PATH = "/huggingface/api/"
CONTENT_TYPES = {
    ".xml": "application/xml",
    ".rdf": "application/rdf+xml",
    ".atom": "application/atom+xml",
    ".rss": "application/rss+xml",
    ".html": "text/html",
}


def arxiv_page_name(search_query: str, start: int) -> str:
    """The file that holds one page of an arXiv query: ``<slug>.start<N>.xml``."""
    slug = re.sub(r"[^a-z0-9]+", "-", search_query.lower()).strip("-")[:80]
    return f"{slug}.start{start}.xml"


def hub_page_name(kind: str, query: dict[str, list[str]], cursor: int = 0) -> str:
    """The file of one Hub listing page: ``models-llm-jp.json``, ``models-ja+text-generation.page1.json``."""
    key = (query.get("author") or [""])[0] or "+".join(query.get("filter", []) + query.get("pipeline_tag", []))
    slug = re.sub(r"[^a-z0-9+._-]+", "-", key.lower())
    return f"{kind}-{slug}" + (f".page{cursor}" if cursor else "") + ".json"


@dataclass
class RequestLog:
    """What the server was asked, for tests to check."""

    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str, headers: dict[str, str]) -> None:
        with self.lock:
            self.requests.append((path, headers))

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _ in self.requests]


class SampleServer:
    """Serves ``root`` on 127.0.0.1 in a background thread."""

    def __init__(self, root: Path, port: int = 0) -> None:
        self.root = Path(root).resolve()
        self.log = RequestLog()
        handler = type("Handler", (_SampleHandler,), {"server_root": self.root, "request_log": self.log})
        self.httpd = ThreadingHTTPServer((HOST, port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.httpd.server_port}"

    def __enter__(self) -> SampleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _SampleHandler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer  # SampleServer's, on HOST
    server_root: Path
    request_log: RequestLog
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the crawl logs every request already."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self.request_log.add(self.path, dict(self.headers.items()))
        if parts.path.startswith(HUB_PATH):
            self._send_hub_page(parts.path.removeprefix(HUB_PATH), parse_qs(parts.query))
            return
        if parts.path == ARXIV_PATH:
            query = parse_qs(parts.query)
            name = arxiv_page_name(query.get("search_query", [""])[0], int(query.get("start", ["0"])[0]))
            path = self.server_root / "arxiv" / name
            if not path.is_file():
                path = self.server_root / "arxiv" / "empty.xml"
        else:
            path = (self.server_root / unquote(parts.path).lstrip("/")).resolve()
            if self.server_root not in path.parents or not path.is_file():
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
                return
        self._send_file(path)

    def _send_hub_page(self, kind: str, query: dict[str, list[str]]) -> None:
        cursor = int((query.get("cursor") or ["0"])[0])
        folder = self.server_root / "huggingface"
        path = folder / hub_page_name(kind, query, cursor)
        body = path.read_bytes() if path.is_file() else b"[]"
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if (folder / hub_page_name(kind, query, cursor + 1)).is_file():
            pairs = [(name, value) for name, values in query.items() if name != "cursor" for value in values]
            link = f"http://{HOST}:{self.server.server_port}{HUB_PATH}{kind}?" + urlencode(
                [*pairs, ("cursor", str(cursor + 1))]
            )
            headers["Link"] = f'<{link}>; rel="next"'
        self._send(200, headers, body)

    def _send_file(self, path: Path) -> None:
        body = path.read_bytes()
        status = 200
        headers = {
            "Content-Type": CONTENT_TYPES.get(path.suffix)
            or mimetypes.guess_type(path.name)[0]
            or "application/octet-stream",
            "ETag": '"' + hashlib.sha1(body).hexdigest()[:16] + '"',
            "Last-Modified": email.utils.formatdate(path.stat().st_mtime, usegmt=True),
        }
        sidecar = path.with_name(path.name + ".headers")
        if sidecar.is_file():
            for line in sidecar.read_text(encoding="utf-8").splitlines():
                name, _, value = line.partition(":")
                if name.strip().lower() == "status":
                    status = int(value.strip())
                elif name.strip():
                    headers[name.strip()] = value.strip()
        if status == 200 and self.headers.get("If-None-Match") == headers["ETag"]:
            self._send(304, {"ETag": headers["ETag"]}, b"")
            return
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main(argv: list[str] | None = None) -> None:
    """``python -m crawler.demo.server [PORT]``: serve the demo's samples until Ctrl-C."""
    import argparse
    import time

    parser = argparse.ArgumentParser(prog="python -m crawler.demo.server", description=main.__doc__)
    parser.add_argument("port", nargs="?", type=int, default=0, help="port on 127.0.0.1 (default: any free one)")
    options = parser.parse_args(argv)
    with SampleServer(Path(__file__).parent / "samples", port=options.port) as server:
        print(f"Serving the demo's sample responses at {server.url} (Ctrl-C stops)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
