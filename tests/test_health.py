"""Source health from synthetic crawl histories, with a controlled clock."""

from __future__ import annotations

import pytest

from archive import Archive
from archive.health import EVERY_DAY, Calendars, compute_source_health, load_calendars
from tests.alert_helpers import days, good_day, jst, jst_datetime, record_run


def health_of(archive: Archive, source: str, now, **options):
    return {health.source: health for health in compute_source_health(archive, now, **options)}[source]


def failed_run(archive: Archive, day: str, source: str = "prtimes", hour: int = 10) -> None:
    record_run(
        archive,
        jst(day, hour),
        spider=source,
        source=source,
        requests=1,
        statuses={"503": 1},
        last_error="index.rdf: HTTP 503 Service Unavailable",
    )


@pytest.fixture
def prtimes(archive: Archive) -> Archive:
    """A press source with a new item every working day of October and early November 2026."""
    for day in days("2026-10-01", "2026-11-06", weekdays_only=True, skip=["2026-10-12"]):
        good_day(archive, "prtimes", day)
    return archive


def test_two_failed_runs_are_degraded_three_are_failing(prtimes: Archive) -> None:
    failed_run(prtimes, "2026-11-09")
    failed_run(prtimes, "2026-11-10")
    assert health_of(prtimes, "prtimes", jst_datetime("2026-11-10", 12)).status == "degraded"
    failed_run(prtimes, "2026-11-11")
    health = health_of(prtimes, "prtimes", jst_datetime("2026-11-11", 12))
    assert health.status == "failing"
    assert health.consecutive_failures == 3
    assert "HTTP 503" in health.last_error
    assert health.last_success == jst("2026-11-06")


def test_failing_after_is_configurable(prtimes: Archive) -> None:
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(prtimes, day)
    now = jst_datetime("2026-11-11", 12)
    assert health_of(prtimes, "prtimes", now, failing_after=5).status == "degraded"
    assert health_of(prtimes, "prtimes", now, failing_after=2).status == "failing"


def test_one_good_run_ends_failing(prtimes: Archive) -> None:
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(prtimes, day)
    good_day(prtimes, "prtimes", days("2026-11-12", "2026-11-12")[0])
    health = health_of(prtimes, "prtimes", jst_datetime("2026-11-12", 12))
    assert health.status == "ok"
    assert health.consecutive_failures == 0


def test_errors_with_items_still_arriving_are_degraded(prtimes: Archive) -> None:
    record_run(
        prtimes,
        jst("2026-11-09"),
        spider="prtimes",
        requests=3,
        statuses={"200": 2, "500": 1},
        items_found=12,
        items_new=2,
        parse_errors=1,
        last_error="entry without a link",
    )
    health = health_of(prtimes, "prtimes", jst_datetime("2026-11-09", 12))
    assert health.status == "degraded"
    assert "entry without a link" in health.last_error


def test_nothing_parsed_on_working_days_fails_when_items_are_normal(prtimes: Archive) -> None:
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        record_run(prtimes, jst(day), spider="prtimes", requests=1, items_found=0)
    health = health_of(prtimes, "prtimes", jst_datetime("2026-11-11", 12))
    assert health.status == "failing"
    assert "nothing parsed" in health.last_error


def test_a_feed_answering_304_is_not_a_failure(prtimes: Archive) -> None:
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        record_run(prtimes, jst(day), spider="prtimes", requests=1, not_modified=1)
    assert health_of(prtimes, "prtimes", jst_datetime("2026-11-11", 12)).status == "ok"


def test_a_crawl_that_hung_counts_against_its_sources(prtimes: Archive) -> None:
    # The scheduler records a killed crawl with no per-source counters.
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        record_run(
            prtimes,
            jst(day),
            spider="prtimes",
            source_row=False,
            finish_reason="timeout",
            flags=["scheduler: stopped by the scheduler after 30 min"],
        )
    health = health_of(prtimes, "prtimes", jst_datetime("2026-11-11", 12))
    assert health.status == "failing"
    assert "ended: timeout (scheduler: stopped by the scheduler after 30 min)" in health.last_error


def test_runs_limited_to_another_source_do_not_count(archive: Archive) -> None:
    for day in days("2026-10-01", "2026-11-06", weekdays_only=True):
        good_day(archive, "meti", day, spider="government")
        good_day(archive, "digital-agency", day, spider="government", hour=11)
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        record_run(
            archive,
            jst(day),
            spider="government",
            source="meti",
            statuses={"503": 1},
            arguments={"source": "meti"},
            last_error="HTTP 503",
        )
    now = jst_datetime("2026-11-11", 12)
    assert health_of(archive, "meti", now).status == "failing"
    assert health_of(archive, "digital-agency", now).status == "ok"


def test_reported_facts(prtimes: Archive) -> None:
    health = health_of(prtimes, "prtimes", jst_datetime("2026-11-06", 12))
    assert health.status == "ok"
    assert health.last_new_item == jst("2026-11-06")
    assert health.last_success == jst("2026-11-06")
    # Working days from 2026-10-09 (exclusive, 28 days back) to 2026-11-06.
    assert health.items_last_4_weeks == len(days("2026-10-10", "2026-11-06", weekdays_only=True, skip=["2026-10-12"]))
    assert health.last_error == ""
    assert health.usual_gap_days == 1


def test_rows_after_now_are_ignored(prtimes: Archive) -> None:
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        failed_run(prtimes, day)
    assert health_of(prtimes, "prtimes", jst_datetime("2026-11-06", 12)).status == "ok"


@pytest.fixture
def arxiv(archive: Archive) -> Archive:
    """arXiv: new papers Monday to Friday, runs every day, nothing new at weekends."""
    for day in days("2026-10-05", "2026-11-15"):
        if day.weekday() < 5:
            good_day(archive, "arxiv", day)
        else:
            record_run(archive, jst(day), spider="arxiv", requests=6, items_found=0)
    return archive


def test_arxiv_weekends_are_neither_failures_nor_silence(arxiv: Archive) -> None:
    health = health_of(arxiv, "arxiv", jst_datetime("2026-11-15", 22))
    assert health.status == "ok"
    assert health.calendar == "arxiv"
    assert health.silent_days == 0
    assert health.consecutive_failures == 0


def test_arxiv_is_stale_after_a_silent_working_week(arxiv: Archive) -> None:
    # Last new papers Friday 13th; Monday to Wednesday silent is 3 working days.
    assert health_of(arxiv, "arxiv", jst_datetime("2026-11-18", 22)).status == "ok"
    health = health_of(arxiv, "arxiv", jst_datetime("2026-11-19", 22))
    assert health.status == "stale"
    assert health.silent_days == 4
    assert "usually every 1" in health.reason


def test_counting_weekends_would_make_arxiv_stale_early(arxiv: Archive) -> None:
    now = jst_datetime("2026-11-17", 22)
    assert health_of(arxiv, "arxiv", now).status == "ok"
    every_day = Calendars((EVERY_DAY,))
    assert health_of(arxiv, "arxiv", now, calendars=every_day).silent_days == 4


def weekday_source(archive: Archive, source: str, first: str, last: str) -> Archive:
    calendar = load_calendars().for_source(source)
    for day in days(first, last):
        if calendar.is_working_day(day):
            good_day(archive, source, day)
    return archive


@pytest.mark.parametrize(
    ("last_item", "judged_at", "status"),
    [
        # Golden Week 2026: 4/29 to 5/6 closed (4/30 and 5/1 too, though no
        # national holidays), so 5/7 and 5/8 are the only silent working days.
        ("2026-04-28", "2026-05-08", "ok"),
        # The same eight calendar days in June are six silent working days.
        ("2026-06-02", "2026-06-10", "stale"),
        # New Year: 12/29 to 1/3 closed, 1/4 is a Sunday.
        ("2025-12-26", "2026-01-05", "ok"),
        # Obon after 山の日 (8/11): 8/17, 8/18 and 8/19 are three silent days...
        ("2026-08-12", "2026-08-19", "ok"),
        # ...and the fourth makes the source stale.
        ("2026-08-12", "2026-08-20", "stale"),
    ],
)
def test_japanese_holidays_do_not_count_as_silence(
    archive: Archive, last_item: str, judged_at: str, status: str
) -> None:
    weekday_source(archive, "meti", "2026-02-01" if last_item > "2026-02" else "2025-10-01", last_item)
    health = health_of(archive, "meti", jst_datetime(judged_at, 20))
    assert health.calendar == "japan"
    assert health.status == status


def test_a_weekly_source_is_judged_by_its_own_rhythm(archive: Archive) -> None:
    for day in days("2026-08-03", "2026-10-05"):
        if day.weekday() == 0 and load_calendars().for_source("initial").is_working_day(day):
            good_day(archive, "initial", day)
    # Usually every five working days: two silent weeks are normal, four are not.
    assert health_of(archive, "initial", jst_datetime("2026-10-19", 20)).status == "ok"
    health = health_of(archive, "initial", jst_datetime("2026-11-06", 20))
    assert health.status == "stale"
    assert health.usual_gap_days == 5


def test_no_staleness_before_the_rhythm_is_learned(archive: Archive) -> None:
    for day in days("2026-09-01", "2026-09-03"):
        good_day(archive, "stockmark-news", day)
    health = health_of(archive, "stockmark-news", jst_datetime("2026-11-02", 12))
    assert health.status == "ok"
    assert health.reason == "rhythm not learned yet"


def test_failing_wins_over_stale(prtimes: Archive) -> None:
    for day in days("2026-11-09", "2026-11-20", weekdays_only=True):
        failed_run(prtimes, day.isoformat())
    assert health_of(prtimes, "prtimes", jst_datetime("2026-11-20", 12)).status == "failing"


def test_a_spider_that_never_recorded_a_source_is_listed(archive: Archive) -> None:
    for day in ("2026-11-09", "2026-11-10", "2026-11-11"):
        record_run(archive, jst(day), spider="nii", source_row=False, finish_reason="shutdown")
    health = health_of(archive, "nii", jst_datetime("2026-11-11", 12))
    assert health.status == "failing"
    assert health.last_success is None


def test_a_source_silent_for_longer_than_the_learning_window_is_stale(prtimes: Archive) -> None:
    record_run(prtimes, jst("2027-05-10"), spider="prtimes", not_modified=1)
    health = health_of(prtimes, "prtimes", jst_datetime("2027-05-10", 12))
    assert health.status == "stale"
    assert health.reason == "no new items in the last 180 days"
