"""Which days a source is expected to publish on: weekends, national holidays and closures.

National holidays come from ``jpholiday``; the calendars and the closures
(New Year, Golden Week, Obon) from ``crawler/data/holidays.toml``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path

import jpholiday

from config.holidays import load_holidays_file
from config.loading import ConfigError

HOLIDAYS_FILE = "holidays.toml"


def default_data_dir() -> Path:
    """The project's data directory; ``JPLLM_DATA_DIR`` overrides it."""
    return Path(os.environ.get("JPLLM_DATA_DIR") or Path(__file__).resolve().parent.parent / "crawler" / "data")


@dataclass(frozen=True)
class SourceCalendar:
    """Which days a source is expected to publish on."""

    name: str
    patterns: tuple[str, ...]
    skip_weekends: bool
    skip_japanese_holidays: bool
    closures: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()

    def matches(self, source: str) -> bool:
        return any(fnmatchcase(source, pattern) for pattern in self.patterns)

    def is_working_day(self, day: date) -> bool:
        if self.skip_weekends and day.weekday() >= 5:
            return False
        if self.skip_japanese_holidays:
            month_day = (day.month, day.day)
            for start, end in self.closures:
                inside = start <= month_day <= end if start <= end else (month_day >= start or month_day <= end)
                if inside:
                    return False
            if is_national_holiday(day):
                return False
        return True

    def working_days_between(self, after: date, until: date) -> int:
        """Working days ``d`` with ``after < d <= until``."""
        return sum(
            1 for offset in range(1, (until - after).days + 1) if self.is_working_day(after + timedelta(days=offset))
        )


@lru_cache(maxsize=4096)
def is_national_holiday(day: date) -> bool:
    """国民の祝日, 振替休日 or 国民の休日, for any year, computed by jpholiday.

    Cached per day: ``jpholiday.is_holiday`` works the day out afresh (about
    0.1 ms), and a health check asks about the same few hundred days again
    and again. Whole years would cost 365 such calls each.
    """
    return jpholiday.is_holiday(day)


EVERY_DAY = SourceCalendar("every-day", ("*",), skip_weekends=False, skip_japanese_holidays=False)


class HolidaysError(ConfigError):
    """``holidays.toml`` cannot be used; the message names every problem."""


@dataclass(frozen=True)
class Calendars:
    """The calendars of ``holidays.toml``, first match wins."""

    calendars: tuple[SourceCalendar, ...]

    def for_source(self, source: str) -> SourceCalendar:
        return next((calendar for calendar in self.calendars if calendar.matches(source)), EVERY_DAY)


def load_calendars(path: str | os.PathLike[str] | None = None) -> Calendars:
    """Read the source calendars and closures from a TOML file (national holidays come from jpholiday)."""
    return _load_calendars(str(Path(path) if path else default_data_dir() / HOLIDAYS_FILE))


@lru_cache(maxsize=8)
def _load_calendars(path: str) -> Calendars:
    document = load_holidays_file(path, HolidaysError)
    closures = tuple(closure.bounds() for closure in document.closure)
    return Calendars(
        tuple(
            SourceCalendar(
                name=entry.name,
                patterns=tuple(entry.sources),
                skip_weekends=entry.skip_weekends,
                skip_japanese_holidays=entry.skip_japanese_holidays,
                closures=closures,
            )
            for entry in document.calendar
        )
    )
