"""`scrapy alerts`: send the alerts not sent yet, or preview them with --dry-run."""

from __future__ import annotations

import argparse
from dataclasses import replace

from scrapy.exceptions import UsageError

from archive.alerts_store import unconfirmed_alerts
from crawler.command_base import (
    AT_HELP,
    ProjectCommand,
    moment_option,
    open_existing_archive,
    open_existing_archive_for_writing,
)
from schedules.alert_rules import AlertRulesError
from schedules.alert_send import AlertSender


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Send pending alerts (rule matches on recent items, source-health changes); --dry-run previews"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="print what the rules would send for the newest items; send and record nothing",
        )
        parser.add_argument(
            "--hours",
            type=int,
            metavar="N",
            help="look at items first seen in the last N hours (default: lookback_hours in alert_rules.toml)",
        )
        parser.add_argument("--no-health", action="store_true", help="leave out source-health transitions")
        parser.add_argument(
            "--at",
            metavar="TIME",
            help=AT_HELP,
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy alerts takes no arguments")
        if opts.hours is not None and opts.hours < 1:
            raise UsageError("--hours must be at least 1")
        now = moment_option(opts.at)
        assert self.settings is not None
        opener = open_existing_archive if opts.dry_run else open_existing_archive_for_writing
        with opener(self.settings.get("ARCHIVE_PATH")) as archive:
            try:
                sender = AlertSender.from_settings(archive, self.settings, output=print)
            except AlertRulesError as error:
                raise UsageError(str(error)) from error
            if opts.hours is not None:
                sender.config = replace(sender.config, lookback_hours=opts.hours)
            items = sender.pending_items(now)
            outcomes = sender.send_pending(now, dry_run=opts.dry_run)
            if not opts.no_health:
                outcomes += sender.notify_health(now, dry_run=opts.dry_run)
            unconfirmed = unconfirmed_alerts(archive)
        matches = sum(outcome.count for outcome in outcomes if outcome.kind == "alert")
        print(
            f"{len(items)} relevant items first seen in the last {sender.config.lookback_hours} hours; "
            f"{matches} rule matches not sent before."
        )
        for outcome in outcomes:
            line = f"  {outcome.kind} to {outcome.destination}: {outcome.status} ({outcome.count})"
            print(line + (f": {outcome.detail}" if outcome.detail else ""))
        if not outcomes:
            print("Nothing to send.")
        if unconfirmed:
            # Claimed, never confirmed: another sender is posting them right
            # now, or stopped or hung while posting. A claim older than the
            # timeout is taken over by the next run (this one included), after
            # looking for its message in the channel where Slack allows it.
            stale_before = sender.stale_before(now)
            stuck = sum(1 for claim in unconfirmed if claim.claimed_at < stale_before)
            minutes = f"{sender.claim_timeout.total_seconds() / 60:g} min"
            print(
                f"{len(unconfirmed)} alerts are claimed but not confirmed by Slack "
                f"({stuck} for longer than the claim timeout of {minutes}); "
                "they are sent again once their claim is older than that, unless found in the channel:"
            )
            for claim in unconfirmed:
                since = f"claimed {claim.claimed_at}" if claim.claimed_at else "released after a failed send"
                posts = f"{claim.posts} post{'s' if claim.posts != 1 else ''} without an answer"
                print(f"  {claim.rule}: {claim.item_id} ({since}, {posts})")
        if unconfirmed or any(outcome.status in ("failed", "unconfirmed") for outcome in outcomes):
            self.exitcode = 1
