"""`scrapy schedule`: run crawls and the weekly digest on time, in the foreground."""

from __future__ import annotations

import argparse
from pathlib import Path

from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.log import configure_logging

from archive import Archive, resolve_archive_path
from crawler.command_base import ProjectCommand
from crawler.scheduler.scheduler import (
    CrawlRunner,
    DigestPublisher,
    ScheduleError,
    WatchScheduler,
    load_schedule,
    registry_crawls,
)
from crawler.sources import RegistryError, load_registry, resolve_sources_file
from schedules.alert_send import send_pending_alerts
from schedules.publish import DigestOptions
from schedules.slack import SlackConfigError, SlackDelivery


class Command(ProjectCommand):
    def syntax(self) -> str:
        return "[--list]"

    def short_desc(self) -> str:
        return "Run the crawls and the weekly digest on their schedule (foreground; stop with SIGTERM)"

    def long_desc(self) -> str:
        return (
            "Read the schedule (SCHEDULE_FILE, default <DATA_DIR>/schedule.toml) and the source "
            "registry's polling intervals, then run each crawl as its own `scrapy crawl` process and "
            "send the weekly digest (to Slack if SLACK_WEBHOOK_URL or SLACK_BOT_TOKEN + SLACK_CHANNEL "
            "are set, else as Markdown in DIGEST_OUTPUT_DIR). A digest missed while the scheduler was "
            "down is sent when it comes back, within the catch-up window. See the README for a "
            "systemd unit."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--list", action="store_true", help="print the jobs and their next run times, then exit")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy schedule takes no arguments")
        settings = self.settings
        assert settings is not None
        schedule_path = settings.get("SCHEDULE_FILE") or Path(settings.get("DATA_DIR")) / "schedule.toml"
        try:
            schedule = load_schedule(schedule_path)
            delivery = SlackDelivery.from_env()
        except (ScheduleError, SlackConfigError) as error:
            raise UsageError(str(error)) from error
        crawls = list(schedule.crawls)
        loader = SpiderLoader.from_settings(settings)
        known = set(loader.list())
        wanted = {job.spider for job in crawls} | (
            set(schedule.registry.spiders) if schedule.registry.enabled else set()
        )
        if unknown := sorted(wanted - known):
            raise UsageError(
                f"{schedule_path}: no such spider: {', '.join(unknown)} (scrapy list shows {sorted(known)})"
            )
        if schedule.registry.enabled:
            spider_kinds = {name: tuple(getattr(loader.load(name), "kinds", ())) for name in schedule.registry.spiders}
            try:
                sources = load_registry(resolve_sources_file(settings.get("SOURCES_FILE"), settings.get("DATA_DIR")))
            except RegistryError as error:
                raise UsageError(str(error)) from error
            crawls += registry_crawls(sources, spider_kinds, schedule.registry)
        archive_path = resolve_archive_path(settings.get("ARCHIVE_PATH"))
        if not opts.list:
            Archive(archive_path).close()  # the scheduler creates the archive; --list only reads the schedule
        scheduler = WatchScheduler(
            schedule,
            crawls,
            CrawlRunner(
                archive_path,
                stop_grace_seconds=schedule.crawl_stop_grace_seconds,
                after_crawl=lambda result: send_alerts_after_crawl(archive_path, settings),
            ),
            DigestPublisher(archive_path, DigestOptions.from_settings(settings), delivery),
        )
        if opts.list:
            for name, when in scheduler.next_runs():
                print(f"{when:%a %Y-%m-%d %H:%M %Z}  {name}")
            print(f"Digest destination: {scheduler.publisher.destination}")
            return
        configure_logging(settings)
        scheduler.run()


def send_alerts_after_crawl(archive_path: Path, settings: BaseSettings) -> None:
    """Alerts a crawl could not send itself (Slack down, the crawl died), and health changes."""
    with Archive(archive_path) as archive:
        send_pending_alerts(archive, settings=settings)
