"""A fake Slack on 127.0.0.1: incoming webhooks and ``chat.postMessage``.

It records every request it receives and answers like Slack does, including
Slack's own checks that matter to us (at most 50 blocks, section text at most
3,000 characters, header text at most 150, a valid token, a known webhook
path). Tests can queue faults for the next requests::

    with FakeSlack() as slack:
        slack.enqueue(Fault.rate_limited(retry_after=0), Fault.ok(), Fault.server_error())
        delivery = SlackDelivery.from_env({"SLACK_WEBHOOK_URL": slack.webhook_url})
        ...
        assert len(slack.accepted) == 2

``slack.api_url`` is the base for ``SLACK_API_URL`` (bot token
``slack.token``), ``slack.webhook_url`` the incoming webhook. Faults are
consumed one per request, retries included; ``Fault.ok()`` lets one request
through, and ``fail_always`` applies a fault to every request until
``clear_faults``.

Ambiguous sends: ``Fault.accepted_then_dropped()`` posts the message and then
closes the connection without an answer; ``Fault.accepted_then_slow(s)``
posts it and answers only after ``s`` seconds (past the client's timeout).
The bot's channel history is readable (``conversations.history`` and
``conversations.replies``, with message metadata), as a bot with
``channels:history`` reads it; ``slack.lookups`` records those reads, and
``slack.history_refused = "missing_scope"`` makes them fail.

File uploads (slack-sdk's ``files_upload_v2``): ``files.getUploadURLExternal``
hands out an upload URL on this server, the bytes posted there are kept,
and ``files.completeUploadExternal`` shares the file in a channel (and
thread); ``slack.uploads`` lists what was shared, with its bytes. The steps
of an upload never take the messages' queued faults: ``enqueue_upload``
queues faults for them, one per step (``slack.file_requests``).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

WEBHOOK_PATH = "/services/T0FAKE000/B0FAKE000/fakewebhooksecret0000"
BOT_TOKEN = "xoxb-fake-token-0000"
CHANNEL_ID = "C0FAKE0000"
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150


@dataclass(frozen=True)
class Fault:
    """One planned answer that is not Slack's normal one."""

    status: int = 200
    body: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    disconnect: bool = False
    passthrough: bool = False
    # Process the request normally first (the message is posted), then
    # apply the delay or disconnect to the answer.
    accept_first: bool = False

    @classmethod
    def accepted_then_dropped(cls) -> Fault:
        """Post the message, then close the connection without answering."""
        return cls(disconnect=True, accept_first=True)

    @classmethod
    def accepted_then_slow(cls, seconds: float) -> Fault:
        """Post the message, then answer only after ``seconds``."""
        return cls(delay=seconds, passthrough=True, accept_first=True)

    @classmethod
    def ok(cls) -> Fault:
        """Let this request through to the normal behaviour."""
        return cls(passthrough=True)

    @classmethod
    def rate_limited(cls, retry_after: int = 0) -> Fault:
        return cls(status=429, body='{"ok":false,"error":"ratelimited"}', headers={"Retry-After": str(retry_after)})

    @classmethod
    def server_error(cls, status: int = 500) -> Fault:
        return cls(status=status, body="<html><body>Internal Server Error</body></html>")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally, but only after ``seconds``."""
        return cls(delay=seconds, passthrough=True)

    @classmethod
    def broken(cls) -> Fault:
        """Close the connection without any answer."""
        return cls(disconnect=True)

    @classmethod
    def garbage(cls) -> Fault:
        """HTTP 200 with a body that is neither ``ok`` nor JSON."""
        return cls(status=200, body="<html>gateway says hello</html>")

    @classmethod
    def api_error(cls, error: str) -> Fault:
        """HTTP 200 with ``{"ok": false, "error": error}``, as the Web API fails."""
        return cls(status=200, body=json.dumps({"ok": False, "error": error}))


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout) before a delayed answer is a planned fault, not an error.
        return


@dataclass
class RecordedRequest:
    """One request as the fake received it."""

    path: str
    headers: dict[str, str]
    body: bytes
    status: int = 0
    accepted: bool = False

    @property
    def payload(self) -> dict[str, Any]:
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return {}

    @property
    def is_file_upload(self) -> bool:
        """A step of a file upload: not a message, and never given a message's queued fault."""
        return "/files." in self.path or self.path.startswith("/upload/")

    @property
    def kind(self) -> str:
        return "webhook" if self.path.startswith("/services/") else self.path.rsplit("/", 1)[-1]


class FakeSlack:
    """A threaded HTTP server that plays Slack for one test."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.token = BOT_TOKEN
        self.channel = CHANNEL_ID
        self._faults: deque[Fault] = deque()
        self._upload_faults: deque[Fault] = deque()
        self._always: Fault | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._ts_counter = 0
        self.messages: list[dict[str, Any]] = []
        self.lookups: list[str] = []
        self.history_refused = ""
        self.uploads: list[dict[str, Any]] = []
        self.file_requests: list[RecordedRequest] = []
        self._upload_bytes: dict[str, bytes] = {}
        self._upload_names: dict[str, str] = {}
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    @property
    def webhook_url(self) -> str:
        return f"{self.base_url}{WEBHOOK_PATH}"

    def bot_env(self) -> dict[str, str]:
        """The environment that points a bot-token delivery at this fake."""
        return {"SLACK_BOT_TOKEN": self.token, "SLACK_CHANNEL": self.channel, "SLACK_API_URL": self.api_url}

    def webhook_env(self) -> dict[str, str]:
        """The environment that points a webhook delivery at this fake."""
        return {"SLACK_WEBHOOK_URL": self.webhook_url}

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def enqueue(self, *faults: Fault) -> None:
        """Plan the answers to the next requests, one fault per request."""
        with self._lock:
            self._faults.extend(faults)

    def enqueue_upload(self, *faults: Fault) -> None:
        """Plan the answers to the next steps of file uploads, one fault per step."""
        with self._lock:
            self._upload_faults.extend(faults)

    def fail_always(self, fault: Fault) -> None:
        with self._lock:
            self._always = fault

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._upload_faults.clear()
            self._always = None

    @property
    def accepted(self) -> list[RecordedRequest]:
        """The requests Slack would have turned into messages, in order."""
        with self._lock:
            return [request for request in self.requests if request.accepted and not request.is_file_upload]

    @property
    def accepted_payloads(self) -> list[dict[str, Any]]:
        return [request.payload for request in self.accepted]

    def _next_fault(self, request: RecordedRequest) -> Fault | None:
        with self._lock:
            if request.is_file_upload:
                return self._upload_faults.popleft() if self._upload_faults else None
            if self._faults:
                return self._faults.popleft()
            return self._always

    def _next_ts(self) -> str:
        with self._lock:
            self._ts_counter += 1
            return f"{int(time.time())}.{self._ts_counter:06d}"

    def _record(self, request: RecordedRequest) -> None:
        if request.is_file_upload:
            # Kept apart from the messages (``slack.requests``): see ``file_requests``.
            with self._lock:
                self.file_requests.append(request)
            return
        with self._lock:
            self.requests.append(request)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                if "/conversations." in self.path:
                    self.do_GET()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                recorded = RecordedRequest(
                    path=self.path, headers=dict(self.headers.items()), body=self.rfile.read(length)
                )
                fake._record(recorded)
                fault = fake._next_fault(recorded)
                if fault is not None and fault.accept_first:
                    status, body = fake._respond(recorded)
                    recorded.accepted = status == 200 and (body == "ok" or '"ok": true' in body)
                    if fault.delay:
                        fake._stopping.wait(fault.delay)
                    if fault.disconnect:
                        self.close_connection = True
                        self.connection.close()
                        return
                    self._answer(recorded, status, body, {})
                    return
                if fault is not None and fault.delay:
                    fake._stopping.wait(fault.delay)
                if fault is not None and fault.disconnect:
                    self.close_connection = True
                    self.connection.close()
                    return
                if fault is not None and not fault.passthrough:
                    self._answer(recorded, fault.status, fault.body or "", fault.headers)
                    return
                status, body = fake._respond(recorded)
                recorded.accepted = status == 200 and (body == "ok" or '"ok": true' in body)
                self._answer(recorded, status, body, {})

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                fake.lookups.append(parts.path.rsplit("/", 1)[-1])
                authorised = self.headers.get("Authorization") == f"Bearer {fake.token}"
                query = parse_qs(parts.query)
                length = int(self.headers.get("Content-Length") or 0)
                if length:  # slack-sdk sends the arguments as a form
                    query.update(parse_qs(self.rfile.read(length).decode("utf-8")))
                status, body = fake._read_history(parts.path, query, authorised)
                recorded = RecordedRequest(path=self.path, headers=dict(self.headers.items()), body=b"")
                self._answer(recorded, status, body, {})

            def _answer(self, recorded: RecordedRequest, status: int, body: str, headers: dict[str, str]) -> None:
                recorded.status = status
                data = body.encode("utf-8")
                if self.wfile.closed:
                    return
                self.send_response(status)
                content_type = "application/json" if body.startswith("{") else "text/plain"
                self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def _respond(self, request: RecordedRequest) -> tuple[int, str]:
        path = urlsplit(request.path).path
        if path == "/api/files.getUploadURLExternal":
            return self._upload_url(request)
        if path.startswith("/upload/"):
            with self._lock:
                self._upload_bytes[path.rsplit("/", 1)[-1]] = request.body
            return 200, f"OK - {len(request.body)}"
        if path == "/api/files.completeUploadExternal":
            return self._complete_upload(request)
        if request.path == WEBHOOK_PATH:
            return self._webhook(request)
        if request.path == "/api/chat.postMessage":
            return self._post_message(request)
        if request.path.startswith("/services/"):
            return 404, "no_service"
        return 200, json.dumps({"ok": False, "error": "unknown_method"})

    def _webhook(self, request: RecordedRequest) -> tuple[int, str]:
        payload = request.payload
        if not payload or not (payload.get("text") or payload.get("blocks")):
            return 400, "invalid_payload"
        if problem := blocks_problem(payload.get("blocks") or []):
            return 400, f"invalid_blocks: {problem}"
        return 200, "ok"

    def _post_message(self, request: RecordedRequest) -> tuple[int, str]:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return 200, json.dumps({"ok": False, "error": "invalid_auth"})
        payload = request.payload
        if payload.get("channel") != self.channel:
            return 200, json.dumps({"ok": False, "error": "channel_not_found"})
        if not (payload.get("text") or payload.get("blocks")):
            return 200, json.dumps({"ok": False, "error": "no_text"})
        if problem := blocks_problem(payload.get("blocks") or []):
            return 200, json.dumps({"ok": False, "error": "invalid_blocks", "errors": [problem]})
        ts = self._next_ts()
        message = {"type": "message", "text": payload.get("text", ""), "ts": ts}
        if payload.get("thread_ts"):
            message["thread_ts"] = payload["thread_ts"]
        if payload.get("metadata"):
            message["metadata"] = payload["metadata"]
        with self._lock:
            self.messages.append(message)
        return 200, json.dumps({"ok": True, "channel": self.channel, "ts": ts, "message": message})

    def _form(self, request: RecordedRequest) -> dict[str, str]:
        fields = parse_qs(urlsplit(request.path).query)
        fields.update(parse_qs(request.body.decode("utf-8", "replace")))
        return {name: values[0] for name, values in fields.items()}

    def _upload_url(self, request: RecordedRequest) -> tuple[int, str]:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return 200, json.dumps({"ok": False, "error": "invalid_auth"})
        form = self._form(request)
        if not form.get("filename") or not form.get("length"):
            return 200, json.dumps({"ok": False, "error": "invalid_arguments"})
        with self._lock:
            file_id = f"F{len(self._upload_names) + 1:08d}"
            self._upload_names[file_id] = form["filename"]
        return 200, json.dumps({"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id})

    def _complete_upload(self, request: RecordedRequest) -> tuple[int, str]:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return 200, json.dumps({"ok": False, "error": "invalid_auth"})
        form = self._form(request)
        if form.get("channel_id") and form["channel_id"] != self.channel:
            return 200, json.dumps({"ok": False, "error": "channel_not_found"})
        shared = []
        for entry in json.loads(form.get("files") or "[]"):
            file_id = entry.get("id")
            if file_id not in self._upload_bytes:
                return 200, json.dumps({"ok": False, "error": "file_not_found"})
            upload = {
                "id": file_id,
                "title": entry.get("title"),
                "name": self._upload_names.get(file_id),
                "channel": form.get("channel_id", ""),
                "thread_ts": form.get("thread_ts", ""),
                "bytes": self._upload_bytes[file_id],
            }
            shared.append({"id": file_id, "title": entry.get("title"), "name": upload["name"]})
            with self._lock:
                self.uploads.append(upload)
        return 200, json.dumps({"ok": True, "files": shared})

    def _read_history(self, path: str, query: dict[str, list[str]], authorised: bool) -> tuple[int, str]:
        """``conversations.history`` (channel level, newest first) and ``conversations.replies``."""
        if not authorised:
            return 200, json.dumps({"ok": False, "error": "invalid_auth"})
        if self.history_refused:
            return 200, json.dumps({"ok": False, "error": self.history_refused})
        if (query.get("channel") or [""])[0] != self.channel:
            return 200, json.dumps({"ok": False, "error": "channel_not_found"})
        with_metadata = (query.get("include_all_metadata") or ["0"])[0].lower() in ("1", "true")
        with self._lock:
            messages = list(self.messages)
        if path.endswith("/conversations.history"):
            oldest = float((query.get("oldest") or ["0"])[0])
            found = [m for m in reversed(messages) if not m.get("thread_ts") and float(m["ts"]) >= oldest]
        elif path.endswith("/conversations.replies"):
            parent = (query.get("ts") or [""])[0]
            found = [m for m in messages if m["ts"] == parent or m.get("thread_ts") == parent]
            if not found:
                return 200, json.dumps({"ok": False, "error": "thread_not_found"})
        else:
            return 200, json.dumps({"ok": False, "error": "unknown_method"})
        if not with_metadata:
            found = [{key: value for key, value in m.items() if key != "metadata"} for m in found]
        return 200, json.dumps({"ok": True, "messages": found, "has_more": False})


def blocks_problem(blocks: list[dict[str, Any]]) -> str:
    """What Slack would reject in these blocks, or an empty string."""
    if len(blocks) > MAX_BLOCKS:
        return f"no more than {MAX_BLOCKS} items allowed"
    for index, block in enumerate(blocks):
        text = (block.get("text") or {}).get("text", "")
        if block.get("type") == "header" and len(text) > MAX_HEADER_TEXT:
            return f"must be less than {MAX_HEADER_TEXT + 1} characters [json-pointer:/blocks/{index}/text]"
        if block.get("type") == "section" and len(text) > MAX_SECTION_TEXT:
            return f"must be less than {MAX_SECTION_TEXT + 1} characters [json-pointer:/blocks/{index}/text]"
        if len(block.get("fields") or []) > 10 or len(block.get("elements") or []) > 10:
            return f"too many items [json-pointer:/blocks/{index}]"
    return ""
