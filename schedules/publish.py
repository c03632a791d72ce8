"""Building a week's digest from the archive, previewing it, and sending it once.

``send_digest`` is the only way a digest reaches Slack: it takes a lock so
two senders (the scheduler and a person at a terminal) cannot post the same
week at once, skips a week already sent to that destination unless forced,
and records each message as soon as Slack accepts it, so an interrupted send
resumes with the message that failed, in the same thread.
"""

from __future__ import annotations

import fcntl
import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject

from archive.db import Archive
from archive.digest_store import load_record, record_doubt, record_error, record_progress, settle_refused_post
from archive.health import HealthOptions
from common.times import parse_utc
from schedules.chart import draw_trend_chart
from schedules.digest import Digest, build_digest
from schedules.digest_input import load_digest_input
from schedules.render import to_slack_messages
from schedules.render_text import to_markdown
from schedules.slack import MAX_BLOCKS_PER_MESSAGE, SlackDelivery, SlackDeliveryError, SlackMessage, new_marker

logger = logging.getLogger(__name__)

MARKDOWN_DESTINATION = "markdown"


@dataclass(frozen=True)
class DigestOptions:
    """The digest's settings: ``ARCHIVE_BROWSE_URL``, ``DIGEST_OUTPUT_DIR`` and sizes."""

    browse_url: str = ""
    output_dir: Path = Path("data/digests")
    top_papers: int = 10
    per_section: int = 15
    health_options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Any) -> DigestOptions:
        return cls(
            browse_url=settings.get("ARCHIVE_BROWSE_URL") or "",
            output_dir=Path(settings.get("DIGEST_OUTPUT_DIR") or "data/digests"),
            top_papers=settings.getint("DIGEST_TOP_PAPERS", 10),
            per_section=settings.getint("DIGEST_PER_SECTION", 15),
            health_options=HealthOptions.from_settings(settings).as_arguments(),
        )


@dataclass
class SendOutcome:
    """What a send did: ``sent``, ``already-sent`` or ``failed``, and how far it got."""

    status: str
    week: str
    destination: str
    parts_sent: int = 0
    parts_total: int = 0
    resumed_from: int = 0
    message_ts: list[str] = field(default_factory=list)
    error: str = ""
    # What a person should check: messages that may have been posted twice.
    doubts: list[str] = field(default_factory=list)
    # The send stopped on a post Slack never answered: it may be in the channel.
    ambiguous: bool = False
    # Slack refused the chart upload (the digest itself was sent).
    chart_error: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("sent", "already-sent") and not self.chart_error


def make_digest(archive: Archive, week: str, options: DigestOptions, now: datetime | None = None) -> Digest:
    """The digest of ``week`` as the archive holds it now."""
    inputs = load_digest_input(
        archive, week, now=now, browse_url=options.browse_url, health_options=options.health_options
    )
    return build_digest(inputs, top_papers=options.top_papers, per_section=options.per_section)


def write_chart(digest: Digest, output_dir: Path) -> Path | None:
    """Draw the digest's 12-week chart as ``<output_dir>/<week>.png``; None without a trend."""
    if digest.trend is None:
        return None
    return draw_trend_chart(
        digest.trend,
        output_dir / f"{digest.week}.png",
        title=f"jpllm-watch: the {len(digest.trend.weeks)} weeks to {digest.week}",
    )


def write_markdown(digest: Digest, output_dir: Path) -> Path:
    """Write the digest to ``<output_dir>/<week>.md``, with its chart beside it, and return the path."""
    output_dir.mkdir(parents=True, exist_ok=True)
    chart = write_chart(digest, output_dir)
    path = output_dir / f"{digest.week}.md"
    temporary = path.with_suffix(".md.tmp")
    temporary.write_text(to_markdown(digest, chart=chart.name if chart else ""), encoding="utf-8")
    temporary.replace(path)
    return path


def upload_chart(
    archive: Archive,
    week: str,
    delivery: SlackDelivery,
    options: DigestOptions,
    thread_ts: str,
    now: datetime | None = None,
) -> str:
    """Draw the week's chart and upload it into the digest's thread (bot token); return an error, or "".

    A webhook cannot upload files: its digest carries sparklines instead.
    The picture is drawn in a temporary folder: sending writes nothing else.
    """
    if not delivery.threads or not thread_ts:
        return ""
    digest = make_digest(archive, week, options, now)
    with tempfile.TemporaryDirectory(prefix="jpllm-chart-") as folder:
        chart = write_chart(digest, Path(folder))
        if chart is None:
            return ""
        weeks = len(digest.trend.weeks) if digest.trend else 0
        try:
            delivery.upload_file(chart, title=f"jpllm-watch {week}: the last {weeks} weeks", thread_ts=thread_ts)
        except SlackDeliveryError as error:
            logger.error("The %s chart was not uploaded: %s", week, error)
            return str(error)
    logger.info("Uploaded the %s chart into the digest's thread", week)
    return ""


@contextmanager
def digest_lock(archive: Archive) -> Iterator[None]:
    """Hold the archive's digest lock, or raise ``BlockingIOError`` if another sender has it."""
    lock_path = archive.path.with_name(archive.path.name + ".digest.lock")
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# Our key in a stored payload: the message's marker, never sent as part of the payload.
MARKER_KEY = "jpllm_marker"


def _from_payload(payload: dict[str, Any]) -> SlackMessage:
    return SlackMessage(
        text=payload.get("text", ""),
        # Block.parse gives None for a type slack_sdk does not know; ours are all known.
        blocks=[parsed for block in payload.get("blocks", []) if (parsed := Block.parse(block)) is not None],
        marker=payload.get(MARKER_KEY, ""),
    )


def send_digest(
    archive: Archive,
    week: str,
    delivery: SlackDelivery,
    options: DigestOptions,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> SendOutcome:
    """Send ``week``'s digest once to the delivery's destination; resume a partial send."""
    destination = delivery.destination
    try:
        with digest_lock(archive):
            return _send_locked(archive, week, delivery, options, force=force, now=now)
    except BlockingIOError:
        return SendOutcome("failed", week, destination, error="another digest send is running on this archive")


@dataclass
class _Progress:
    """One send of a week's digest to one destination, written to the archive as Slack answers.

    Its methods are the callbacks ``SlackDelivery.post`` calls: before each post
    (so a post Slack never answers is known on resume), after each accepted
    message, and when a repeated post may have been a duplicate.
    """

    archive: Archive
    week: str
    destination: str
    payloads: list[dict[str, Any]]
    sent: list[str]
    restart: bool
    doubts: list[str]

    def posting(self, index: int, posts: int) -> None:
        record_progress(
            self.archive,
            self.week,
            self.destination,
            message_ts=self.sent,
            messages=self.payloads,
            restart=self.restart,
            in_flight=index,
            in_flight_posts=posts,
        )
        self.restart = False

    def accepted(self, index: int, ts: str) -> None:
        self.sent.append(ts)
        record_progress(self.archive, self.week, self.destination, message_ts=self.sent, messages=self.payloads)

    def maybe_twice(self, index: int) -> None:
        doubt = (
            f"message {index + 1} of {len(self.payloads)} may have been posted twice: Slack did not answer the "
            "first post and this destination cannot be checked (webhook, or no channels:history)"
        )
        self.doubts.append(doubt)
        record_doubt(self.archive, self.week, self.destination, doubt)


def _send_locked(
    archive: Archive,
    week: str,
    delivery: SlackDelivery,
    options: DigestOptions,
    *,
    force: bool,
    now: datetime | None,
) -> SendOutcome:
    destination = delivery.destination
    record = load_record(archive, week, destination)
    if record is not None and record.complete and not force:
        return SendOutcome(
            "already-sent",
            week,
            destination,
            record.parts_sent,
            record.parts_total,
            message_ts=record.message_ts,
            doubts=list(record.doubts),
        )
    # An unfinished send resumes with the messages it built, in the same thread.
    resuming = record is not None and not record.complete and not force and bool(record.messages)
    if resuming:
        assert record is not None
        progress = _Progress(
            archive, week, destination, record.messages, list(record.message_ts), False, list(record.doubts)
        )
    else:
        digest = make_digest(archive, week, options, now)
        payloads = [
            {**message.payload(), MARKER_KEY: new_marker("digest")}
            for message in to_slack_messages(digest, thread=delivery.threads)
        ]
        progress = _Progress(archive, week, destination, payloads, [], record is not None, [])
    messages = [_from_payload(payload) for payload in progress.payloads]
    resume_from = len(progress.sent)
    thread_ts = progress.sent[0] if resuming and delivery.threads and progress.sent and progress.sent[0] else None
    # A post of the next message that Slack never answered, by an earlier run.
    prior_posts, since = 0, None
    if resuming and record is not None and record.in_flight == resume_from and record.in_flight_posts:
        prior_posts = record.in_flight_posts
        since = parse_utc(record.in_flight_since).timestamp() if record.in_flight_since else None
    if resuming:
        logger.info(
            "Resuming the %s digest to %s at message %d of %d", week, destination, resume_from + 1, len(messages)
        )
    try:
        delivery.post(
            messages,
            resume_from,
            thread_ts=thread_ts,
            on_sent=progress.accepted,
            prior_posts=prior_posts,
            since=since,
            on_post=progress.posting,
            on_possible_duplicate=progress.maybe_twice,
        )
    except SlackDeliveryError as error:
        if error.ambiguous:
            record_error(archive, week, destination, str(error))
        else:
            settle_refused_post(archive, week, destination, str(error))
        return SendOutcome(
            "failed",
            week,
            destination,
            len(progress.sent),
            len(messages),
            resume_from,
            list(progress.sent),
            error=str(error),
            doubts=progress.doubts,
            ambiguous=error.ambiguous,
        )
    sent = progress.sent
    outcome = SendOutcome(
        "sent", week, destination, len(sent), len(messages), resume_from, list(sent), doubts=progress.doubts
    )
    outcome.chart_error = upload_chart(archive, week, delivery, options, sent[0] if sent else "", now)
    return outcome


PARTIAL_NOTE = "Partial digest: the week is not over yet. The full digest follows once it is."


def send_partial_digest(
    archive: Archive, week: str, delivery: SlackDelivery, options: DigestOptions, *, now: datetime | None = None
) -> SendOutcome:
    """Post the digest of a week that is not over, marked as partial, and record nothing.

    The ``digests`` table only ever holds full digests, so the week's real
    digest is still sent (once) after the week is over.
    """
    digest = make_digest(archive, week, options, now)
    messages = [
        replace(_marked_partial(message) if index == 0 else message, marker=new_marker("partial-digest"))
        for index, message in enumerate(to_slack_messages(digest, thread=delivery.threads))
    ]
    sent: list[str] = []
    doubts: list[str] = []

    def maybe_twice(index: int) -> None:
        doubts.append(f"message {index + 1} of {len(messages)} may have been posted twice")

    try:
        delivery.post(messages, on_sent=lambda index, ts: sent.append(ts), on_possible_duplicate=maybe_twice)
    except SlackDeliveryError as error:
        return SendOutcome(
            "failed",
            week,
            delivery.destination,
            len(sent),
            len(messages),
            error=str(error),
            doubts=doubts,
            ambiguous=error.ambiguous,
        )
    return SendOutcome("sent", week, delivery.destination, len(sent), len(messages), message_ts=sent, doubts=doubts)


def _marked_partial(message: SlackMessage) -> SlackMessage:
    blocks = list(message.blocks)
    note = ContextBlock(elements=[MarkdownTextObject(text=f":warning: {PARTIAL_NOTE}")])
    if len(blocks) < MAX_BLOCKS_PER_MESSAGE:
        blocks.insert(1 if blocks else 0, note)
    return SlackMessage(text=f"{PARTIAL_NOTE} {message.text}", blocks=blocks, marker=message.marker)


def publish_to_file(
    archive: Archive, week: str, options: DigestOptions, *, force: bool = False, now: datetime | None = None
) -> tuple[Path | None, bool]:
    """Without Slack: write the digest as Markdown once per week; return (path, written)."""
    record = load_record(archive, week, MARKDOWN_DESTINATION)
    if record is not None and record.complete and not force:
        return None, False
    path = write_markdown(make_digest(archive, week, options, now), options.output_dir)
    record_progress(archive, week, MARKDOWN_DESTINATION, message_ts=[], messages=[], restart=force)
    return path, True
