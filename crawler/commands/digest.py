"""`scrapy digest`: preview a week's digest, or send it to Slack once."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime, timedelta

from scrapy.exceptions import UsageError

from archive import Archive
from archive.digest_queries import latest_week
from common.weeks import current_week, previous_week, week_end_utc
from crawler.command_base import (
    AT_HELP,
    ProjectCommand,
    moment_option,
    open_existing_archive,
    open_existing_archive_for_writing,
)
from schedules.publish import DigestOptions, make_digest, send_digest, send_partial_digest, write_markdown
from schedules.render import to_slack_messages
from schedules.render_text import to_markdown, to_text
from schedules.slack import SlackConfigError, SlackDelivery

WEEK_PATTERN = re.compile(r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$")


def resolve_week(value: str | None, archive: Archive, now: datetime, *, sending: bool) -> str:
    """The ISO week a ``--week`` value names; the default depends on previewing or sending."""
    if value is None:
        return previous_week(now) if sending else current_week(now)
    if value == "current":
        return current_week(now)
    if value == "previous":
        return previous_week(now)
    if value == "latest":
        return latest_week(archive) or current_week(now)
    if not WEEK_PATTERN.match(value):
        raise UsageError(f"--week: expected 2026-W48, current, previous or latest, not {value!r}")
    year, number = value.split("-W")
    try:
        datetime.fromisocalendar(int(year), int(number), 1)
    except ValueError as error:
        raise UsageError(f"--week: {value} does not exist ({error})") from error
    return value


class Command(ProjectCommand):
    def syntax(self) -> str:
        return "[--week 2026-W48] [--send [--partial]] [--format text|markdown|blocks-json] [--force]"

    def short_desc(self) -> str:
        return "Preview a week's digest (also written as Markdown), or --send it to Slack once"

    def long_desc(self) -> str:
        return (
            "Without --send, print the digest and write it as Markdown to DIGEST_OUTPUT_DIR; "
            "blocks-json prints exactly the Slack messages that would be posted. With --send, post "
            "it to SLACK_WEBHOOK_URL or, with SLACK_BOT_TOKEN and SLACK_CHANNEL, as a thread; a week "
            "already sent is not sent again unless --force, and an interrupted send resumes where it "
            "stopped. The default week is the current one for a preview, the last complete one for --send. "
            "--send refuses a week that has not begun, and sends a week that is not over only with --partial, "
            "which is not recorded, so the full digest is still sent once the week is over."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--week",
            metavar="WEEK",
            help="ISO week in Asia/Tokyo (2026-W48), or current, previous, latest (week of the newest item)",
        )
        parser.add_argument("--send", action="store_true", help="post to Slack (default: preview only)")
        parser.add_argument(
            "--format",
            choices=("text", "markdown", "blocks-json"),
            default="text",
            help="what the preview prints (default: text)",
        )
        parser.add_argument("--force", action="store_true", help="send again even if this week was sent")
        parser.add_argument(
            "--partial",
            action="store_true",
            help="with --send: send a week that is not over yet, as a partial digest that is not recorded "
            "(the full digest is still sent once the week is over)",
        )
        parser.add_argument("--at", metavar="TIME", help=AT_HELP)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy digest takes no arguments")
        now = moment_option(opts.at)
        settings = self.settings
        assert settings is not None
        options = DigestOptions.from_settings(settings)
        try:
            delivery = SlackDelivery.from_env()
        except SlackConfigError as error:
            raise UsageError(str(error)) from error
        if opts.send and delivery is None:
            raise UsageError(
                "--send needs Slack: set SLACK_WEBHOOK_URL, or SLACK_BOT_TOKEN and SLACK_CHANNEL "
                "(see the README); without --send the digest is previewed and written as Markdown"
            )
        opener = open_existing_archive_for_writing if opts.send else open_existing_archive
        with opener(settings.get("ARCHIVE_PATH")) as archive:
            week = resolve_week(opts.week, archive, now, sending=opts.send)
            if opts.send:
                assert delivery is not None
                self._check_week_is_sendable(week, now, partial=opts.partial)
                if opts.partial:
                    self._send_partial(archive, week, delivery, options, now=now)
                else:
                    self._send(archive, week, delivery, options, force=opts.force, now=now)
                return
            digest = make_digest(archive, week, options, now)
        path = write_markdown(digest, options.output_dir)
        if opts.format == "blocks-json":
            threads = delivery.threads if delivery is not None else True
            payloads = [message.payload() for message in to_slack_messages(digest, thread=threads)]
            print(json.dumps(payloads, ensure_ascii=False, indent=2))
        elif opts.format == "markdown":
            print(to_markdown(digest, chart=f"{digest.week}.png" if digest.trend else ""), end="")
        else:
            print(to_text(digest), end="")
        chart = path.with_suffix(".png")
        print(
            f"Digest of {week} written to {path}" + (f", its chart to {chart}" if chart.is_file() else ""),
            file=sys.stderr,
        )

    @staticmethod
    def _check_week_is_sendable(week: str, now: datetime, *, partial: bool) -> None:
        """A future week is never sent; a week that is not over only with --partial."""
        end = week_end_utc(week)
        if end - timedelta(days=7) > now:
            raise UsageError(f"--send: {week} has not begun yet; a digest can only be sent for a week that is over")
        if end > now and not partial:
            raise UsageError(
                f"--send: {week} is not over yet; add --partial to send what it has so far "
                "(the full digest is still sent once it is over)"
            )
        if end <= now and partial:
            raise UsageError(f"--partial: {week} is over; send its full digest without --partial")

    def _send_partial(
        self, archive: Archive, week: str, delivery: SlackDelivery, options: DigestOptions, *, now: datetime
    ) -> None:
        outcome = send_partial_digest(archive, week, delivery, options, now=now)
        if outcome.ok:
            print(
                f"Sent a partial {week} digest to {outcome.destination}: {outcome.parts_sent} messages. "
                "It is not recorded as the week's digest, which is sent in full once the week is over."
            )
        else:
            print(
                f"Sending the partial {week} digest to {outcome.destination} stopped after "
                f"{outcome.parts_sent} of {outcome.parts_total or '?'} messages: {outcome.error}",
                file=sys.stderr,
            )
            self.exitcode = 1
        for doubt in outcome.doubts:
            print(f"Check the channel: {doubt}.")

    def _send(
        self,
        archive: Archive,
        week: str,
        delivery: SlackDelivery,
        options: DigestOptions,
        *,
        force: bool,
        now: datetime,
    ) -> None:
        outcome = send_digest(archive, week, delivery, options, force=force, now=now)
        if outcome.status == "already-sent":
            print(
                f"The {week} digest was already sent to {outcome.destination} "
                f"({outcome.parts_sent} messages); use --force to send it again."
            )
        elif outcome.status == "sent":
            resumed = f", resumed at message {outcome.resumed_from + 1}" if outcome.resumed_from else ""
            chart = " and its chart in the thread" if delivery.threads and not outcome.chart_error else ""
            print(f"Sent the {week} digest to {outcome.destination}: {outcome.parts_sent} messages{resumed}{chart}.")
            if outcome.chart_error:
                print(
                    f"The {week} chart was not uploaded: {outcome.chart_error}. The digest itself was sent and is "
                    f"not sent again; `scrapy digest --week {week}` writes the chart to {options.output_dir}.",
                    file=sys.stderr,
                )
                self.exitcode = 1
        else:
            hint = "Run the same command again to resume."
            if outcome.ambiguous:
                hint = (
                    "Slack may have posted that message without answering: run the same command again to "
                    "resume (with a bot token it looks for the message in the channel first); if it says the "
                    "message is in doubt, check the channel, and send the whole digest again with --force "
                    "if the message is missing."
                )
            print(
                f"Sending the {week} digest to {outcome.destination} stopped after "
                f"{outcome.parts_sent} of {outcome.parts_total or '?'} messages: {outcome.error}. {hint}",
                file=sys.stderr,
            )
            self.exitcode = 1
        for doubt in outcome.doubts:
            print(f"Check the channel: {doubt}.")
