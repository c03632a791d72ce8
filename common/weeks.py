"""ISO weeks in Asia/Tokyo, written ``2026-W48``: the digest's unit and the archive's ``week`` column."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from common.times import TOKYO, format_utc, parse_utc


def iso_week(timestamp: str) -> str:
    """The ISO week, in Asia/Tokyo, that a UTC timestamp falls in: ``2026-W48``."""
    year, week, _ = parse_utc(timestamp).astimezone(TOKYO).isocalendar()
    return f"{year}-W{week:02d}"


def week_bounds(week: str) -> tuple[date, date]:
    """Monday and Sunday of an ISO week written ``2026-W48``."""
    year, number = week.split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1)
    return monday, monday + timedelta(days=6)


def shift_week(week: str, weeks: int) -> str:
    """The ISO week ``weeks`` later (negative: earlier)."""
    monday, _ = week_bounds(week)
    year, number, _ = (monday + timedelta(weeks=weeks)).isocalendar()
    return f"{year}-W{number:02d}"


def current_week(now: datetime | None = None) -> str:
    """The ISO week, in Asia/Tokyo, of ``now``."""
    return iso_week(format_utc(now or datetime.now(UTC)))


def previous_week(now: datetime | None = None) -> str:
    """The last complete ISO week before ``now`` (what Monday's digest covers)."""
    return shift_week(current_week(now), -1)


def week_start_utc(week: str) -> datetime:
    """Monday 00:00 Asia/Tokyo of the week, in UTC."""
    monday, _ = week_bounds(week)
    return datetime(monday.year, monday.month, monday.day, tzinfo=TOKYO).astimezone(UTC)


def week_end_utc(week: str) -> datetime:
    """Sunday 24:00 Asia/Tokyo of the week, in UTC."""
    _, sunday = week_bounds(week)
    end = datetime(sunday.year, sunday.month, sunday.day, tzinfo=TOKYO) + timedelta(days=1)
    return end.astimezone(UTC)
