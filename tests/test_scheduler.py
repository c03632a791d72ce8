"""The scheduler on a controlled clock: triggers, catch-up, crawls that never overlap, die or hang."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_SCHEDULER_STARTED
from apscheduler.schedulers.base import STATE_STOPPED

from archive.db import Archive
from archive.digest_store import load_record
from crawler.scheduler.crawl_runner import CrawlRunner
from crawler.scheduler.schedule_config import (
    CrawlJob,
    RegistrySchedule,
    ScheduleError,
    interval_cron,
    load_schedule,
    parse_schedule,
    registry_crawls,
)
from crawler.scheduler.scheduler import DigestPublisher, WatchScheduler
from crawler.sources import Source
from schedules.publish import MARKDOWN_DESTINATION, DigestOptions
from schedules.slack import SlackDelivery, default_retry_handlers
from tests.deadlines import DEADLINE_SECONDS, join_all, wait_until
from tests.digest_helpers import fill_week
from tests.fake_slack import FakeSlack, Fault

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED = PROJECT_ROOT / "crawler" / "data" / "schedule.toml"
TOKYO = ZoneInfo("Asia/Tokyo")
# The digest of 2026-W48 (Mon 23 - Sun 29 Nov) is due Monday 30 Nov 09:00 JST.
DIGEST_DUE = datetime(2026, 11, 30, 9, 0, tzinfo=TOKYO)


def tokyo(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TOKYO)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now.astimezone(UTC)


def make_scheduler(
    archive_path: Path, clock: Clock, delivery: SlackDelivery | None = None, tmp_path: Path | None = None
) -> WatchScheduler:
    schedule = load_schedule(SHIPPED)
    options = DigestOptions(output_dir=(tmp_path or archive_path.parent) / "digests")
    return WatchScheduler(
        schedule,
        schedule.crawls,
        CrawlRunner(archive_path, clock=clock),
        DigestPublisher(archive_path, options, delivery),
        clock=clock,
    )


@pytest.fixture
def archive_with_week(archive_path):
    with Archive(archive_path) as archive:
        fill_week(archive)
    return archive_path


def test_the_shipped_schedule_fires_at_the_documented_times():
    schedule = load_schedule(SHIPPED)
    scheduler = WatchScheduler(
        schedule, schedule.crawls, CrawlRunner("unused.db"), DigestPublisher("unused.db", DigestOptions(), None)
    )
    # From Saturday 28 Nov: arXiv next runs Monday 15:00, the digest Monday 09:00 (not Tuesday).
    runs = dict(scheduler.next_runs(tokyo(28, 12)))
    assert runs["weekly digest"] == DIGEST_DUE
    assert runs["crawl arxiv: scrapy crawl arxiv"] == tokyo(30, 15)
    # From Friday 27 Nov 16:00, the next arXiv crawl skips the weekend.
    assert dict(scheduler.next_runs(tokyo(27, 16)))["crawl arxiv: scrapy crawl arxiv"] == tokyo(30, 15)


def test_day_numbers_are_refused_because_apscheduler_counts_from_monday():
    with pytest.raises(ScheduleError, match="day names"):
        parse_schedule({"digest": {"day_of_week": "1", "hour": 9}})
    with pytest.raises(ScheduleError, match="crawl"):
        parse_schedule({"crawl": [{"spider": "arxiv", "hour": 25}]})


def test_registry_intervals_become_crawl_groups_per_spider():
    registry = RegistrySchedule(min_interval_hours=0.5, daily_hour=7, minute_offset=10)
    sources = [
        Source(
            name="prtimes-genai", kind="press", format="rss", urls=("https://prtimes.jp/index.rdf",), interval_hours=0.5
        ),
        Source(
            name="meti-news", kind="policy", format="atom", urls=("https://www.meti.go.jp/ml_index_release_atom.xml",)
        ),
        Source(name="sakana-ai", kind="press", format="atom", urls=("https://sakana.ai/feed.xml",)),
        Source(name="thebridge", kind="funding", format="rss", urls=("https://thebridge.jp/feed",), interval_hours=1),
        Source(
            name="google-news-genai",
            kind="news",
            format="news-search",
            urls=("https://news.google.com/rss",),
            enabled=False,
        ),
    ]
    jobs = registry_crawls(sources, {"press": ("press", "policy", "news"), "funding": ("funding",)}, registry)
    described = {(job.spider, job.arguments["source"]): job.cron for job in jobs}
    assert described == {
        ("funding", "thebridge"): {"hour": "*/1", "minute": "10"},
        ("press", "prtimes-genai"): {"minute": "10,40"},
        ("press", "meti-news,sakana-ai"): {"hour": "7", "minute": "17"},
    }
    assert interval_cron(5, registry) == {"hour": "*/6", "minute": "10"}
    assert interval_cron(0.1, registry) == {"minute": "10,40"}


def test_a_missed_digest_is_caught_up_once_after_downtime(archive_with_week, tmp_path):
    # The scheduler was down at 09:00 and comes back at 13:30.
    clock = Clock(tokyo(30, 13, 30))
    with FakeSlack() as slack:
        sender = SlackDelivery.from_env(
            slack.bot_env(), pause=0, retry_handlers=default_retry_handlers(backoff_factor=0.01)
        )
        assert make_scheduler(archive_with_week, clock, sender).catch_up() == "2026-W48"
        assert len(slack.accepted) == 1
        assert "2026-W48" in slack.accepted_payloads[0]["text"]
        # Restarted again at 14:00: the digest is in the archive, nothing is sent.
        clock.now = tokyo(30, 14)
        assert make_scheduler(archive_with_week, clock, sender).catch_up() is None
        assert len(slack.requests) == 1


def test_no_catch_up_after_the_grace_period(archive_with_week, tmp_path):
    clock = Clock(tokyo(1, 9, 30, month=12))
    assert make_scheduler(archive_with_week, clock, None, tmp_path).catch_up() is None
    assert not (tmp_path / "digests" / "2026-W48.md").exists()


def test_without_slack_the_digest_is_written_once_as_markdown(archive_with_week, tmp_path):
    clock = Clock(DIGEST_DUE)
    scheduler = make_scheduler(archive_with_week, clock, None, tmp_path)
    scheduler.digest_due()
    path = tmp_path / "digests" / "2026-W48.md"
    assert path.read_text(encoding="utf-8").startswith("# jpllm-watch weekly digest 2026-W48")
    path.unlink()
    clock.now = tokyo(30, 10)
    assert scheduler.catch_up() is None
    assert not path.exists()
    with Archive(archive_with_week) as archive:
        assert load_record(archive, "2026-W48", MARKDOWN_DESTINATION).complete


def test_a_refused_digest_is_retried_later_within_the_window(archive_with_week):
    clock = Clock(DIGEST_DUE)
    with FakeSlack() as slack:
        slack.fail_always(Fault.api_error("not_in_channel"))
        sender = SlackDelivery.from_env(slack.bot_env(), pause=0, retry_handlers=[])
        scheduler = make_scheduler(archive_with_week, clock, sender)
        scheduler.digest_due()
        retry = scheduler.scheduler.get_job("digest-retry:2026-W48")
        assert retry is not None
        assert retry.trigger.run_date == tokyo(30, 9, 15)
        slack.clear_faults()
        clock.now = tokyo(30, 9, 15)
        retry.func(*retry.args)
        assert len(slack.accepted) == 1


class BlockingProcess:
    """A stand-in for a crawl process that runs until the test lets it finish."""

    running = 0
    most_at_once = 0
    lock = threading.Lock()

    def __init__(self, command, **kwargs) -> None:
        self.command = command
        self.pid = -1
        self.release = threading.Event()
        self.started = threading.Event()
        with BlockingProcess.lock:
            BlockingProcess.running += 1
            BlockingProcess.most_at_once = max(BlockingProcess.most_at_once, BlockingProcess.running)
        LAUNCHED.append(self)
        self.started.set()

    def wait(self, timeout=None) -> int:
        if not self.release.wait(timeout=DEADLINE_SECONDS):
            raise AssertionError("the test never let this crawl finish")
        with BlockingProcess.lock:
            BlockingProcess.running -= 1
        return 0


LAUNCHED: list[BlockingProcess] = []


def test_runs_of_the_same_spider_never_overlap(archive_path):
    LAUNCHED.clear()
    BlockingProcess.running = BlockingProcess.most_at_once = 0
    runner = CrawlRunner(archive_path, popen=BlockingProcess)
    daily = CrawlJob("press-daily", "press", {"hour": "7"}, {"source": "meti-news"})
    frequent = CrawlJob("press-often", "press", {"minute": "10,40"}, {"source": "prtimes-genai"})
    arxiv = CrawlJob("arxiv", "arxiv", {"hour": "15"})
    first = threading.Thread(target=runner.run, args=(daily,))
    first.start()
    wait_until(lambda: LAUNCHED, "the first press crawl started")
    second = threading.Thread(target=runner.run, args=(frequent,))
    other = threading.Thread(target=runner.run, args=(arxiv,))
    second.start()
    other.start()
    # arxiv starts beside press; the second press run waits for the first.
    wait_until(lambda: len(LAUNCHED) >= 2, "the arxiv crawl started")
    assert [process.command[4] for process in LAUNCHED] == ["press", "arxiv"]
    assert second.is_alive()
    LAUNCHED[0].release.set()
    wait_until(lambda: len(LAUNCHED) >= 3, "the second press crawl started")
    assert LAUNCHED[2].command[-1] == "source=prtimes-genai"
    for process in LAUNCHED:
        process.release.set()
    join_all(first, second, other)
    assert BlockingProcess.most_at_once == 2


def crawl_runs(archive_path: Path) -> list[dict]:
    with Archive(archive_path) as archive:
        return [dict(row) for row in archive.db.query("SELECT * FROM crawl_runs ORDER BY id")]


def test_a_hung_crawl_is_stopped_and_recorded(archive_path):
    hang = [sys.executable, "-c", "import time; time.sleep(60)"]
    runner = CrawlRunner(archive_path, command=lambda job: hang, stop_grace_seconds=5)
    result = runner.run(
        CrawlJob("funding-hourly", "funding", {"minute": "10"}, {"source": "thebridge"}, timeout_minutes=0.01)
    )
    assert result.outcome == "timeout"
    assert result.recorded_failure
    [run] = crawl_runs(archive_path)
    assert (run["spider"], run["finish_reason"], run["error_count"]) == ("funding", "timeout", 1)
    assert json.loads(run["arguments"]) == {"source": "thebridge"}
    assert "stopped by the scheduler" in run["flags"]


def test_a_crashed_crawl_is_recorded_and_the_next_one_still_runs(archive_path):
    commands = {"press": [sys.executable, "-c", "raise SystemExit(3)"], "arxiv": [sys.executable, "-c", "pass"]}
    runner = CrawlRunner(archive_path, command=lambda job: commands[job.spider])
    crashed = runner.run(CrawlJob("press", "press", {"hour": "7"}))
    assert (crashed.outcome, crashed.returncode) == ("failed", 3)
    assert runner.run(CrawlJob("arxiv", "arxiv", {"hour": "15"})).outcome == "finished"
    runs = crawl_runs(archive_path)
    assert [(run["spider"], run["finish_reason"]) for run in runs] == [("press", "failed")]
    assert "exited with code 3" in runs[0]["flags"]


def test_sigterm_stops_the_scheduler_cleanly(archive_path, tmp_path):
    schedule = tmp_path / "schedule.toml"
    schedule.write_text(
        'timezone = "Asia/Tokyo"\n[digest]\nday_of_week = "mon"\nhour = 9\ncatch_up_hours = 1\n'
        "[registry]\nenabled = false\n",
        encoding="utf-8",
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("SLACK_")}
    env.update(
        JPLLM_ARCHIVE=str(archive_path), JPLLM_SCHEDULE_FILE=str(schedule), DIGEST_OUTPUT_DIR=str(tmp_path / "d")
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "schedule"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    # Reading stdout blocks; a scheduler that never says it started is
    # killed at the deadline, which ends the read.
    watchdog = threading.Timer(DEADLINE_SECONDS * 2, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            lines.append(line)
            if "Scheduler started" in line:
                break
        assert any("Scheduler started" in line for line in lines), "".join(lines)
        process.send_signal(signal.SIGTERM)
        returncode = process.wait(timeout=30)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
    output = "".join(lines) + process.stdout.read()
    assert returncode == 0, output
    assert "Next weekly digest at" in output
    assert "Scheduler stopped" in output


def test_stopping_the_scheduler_stops_running_crawls(archive_path):
    hang = [sys.executable, "-c", "import time; time.sleep(60)"]
    runner = CrawlRunner(archive_path, command=lambda job: hang, stop_grace_seconds=5)
    results = []
    crawl = threading.Thread(target=lambda: results.append(runner.run(CrawlJob("arxiv", "arxiv", {"hour": "15"}))))
    crawl.start()
    wait_until(lambda: runner.running, "the crawl process started")
    runner.stop_all()
    join_all(crawl)
    assert results[0].returncode == -signal.SIGTERM
    assert [run["finish_reason"] for run in crawl_runs(archive_path)] == ["failed"]
    assert runner.run(CrawlJob("arxiv", "arxiv", {"hour": "15"})).outcome == "skipped"


def test_stop_from_another_thread_ends_the_loop_even_with_a_job_due(archive_with_week, tmp_path):
    clock = Clock(tokyo(30, 10))
    scheduler = make_scheduler(archive_with_week, clock, tmp_path=tmp_path)
    scheduler.add_jobs()
    started = threading.Event()
    scheduler.scheduler.add_listener(lambda event: started.set(), EVENT_SCHEDULER_STARTED)
    # A one-off job due at once, as the catch-up is at start-up.
    scheduler.scheduler.add_job(lambda: None, "date", id="due-now")
    loop = threading.Thread(target=scheduler.scheduler.start, name="scheduler loop")
    loop.start()
    assert started.wait(DEADLINE_SECONDS), "the scheduler never started"
    scheduler.stop()
    join_all(loop)
    assert scheduler.scheduler.state == STATE_STOPPED


def test_schedule_list_shows_registry_groups_and_the_digest(archive_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith("SLACK_")}
    env["JPLLM_ARCHIVE"] = str(archive_path)
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "schedule", "--list"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("Mon ") and line.endswith("09:00 JST  weekly digest") for line in lines)
    assert any("crawl arxiv: scrapy crawl arxiv" in line and " 15:00 JST" in line for line in lines)
    assert any("scrapy crawl press -a source=" in line for line in lines)
    assert any("scrapy crawl funding -a source=" in line for line in lines)
    assert lines[-1] == "Digest destination: markdown"


def test_the_after_crawl_step_runs_after_every_crawl_even_a_failed_one(archive_path):
    commands = {"press": [sys.executable, "-c", "raise SystemExit(3)"], "arxiv": [sys.executable, "-c", "pass"]}
    seen: list[tuple[str, str]] = []

    def after_crawl(result) -> None:
        seen.append((result.spider, result.outcome))
        raise RuntimeError("Slack is down")

    runner = CrawlRunner(archive_path, command=lambda job: commands[job.spider], after_crawl=after_crawl)
    runner.run(CrawlJob("press", "press", {"hour": "7"}))
    assert runner.run(CrawlJob("arxiv", "arxiv", {"hour": "15"})).outcome == "finished"
    assert seen == [("press", "failed"), ("arxiv", "finished")]
