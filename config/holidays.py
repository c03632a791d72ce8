"""``holidays.toml``: the days a source is not expected to publish on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from config.loading import ConfigError, NonEmptyStr, StrictModel, load_file, unique_names

_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")
DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_day(value: str) -> str:
    match = _MONTH_DAY.match(value)
    if not match or not 1 <= int(match[1]) <= 12 or not 1 <= int(match[2]) <= DAYS_IN_MONTH[int(match[1]) - 1]:
        raise ValueError(f"{value!r} is not a month-day such as '12-29'")
    return value


MonthDay = Annotated[str, AfterValidator(_month_day)]


class CalendarEntry(StrictModel):
    """One ``[[calendar]]``: the first whose ``sources`` patterns match a source's name applies."""

    name: NonEmptyStr
    sources: list[NonEmptyStr] = ["*"]
    skip_weekends: bool = False
    skip_japanese_holidays: bool = False


class ClosureEntry(StrictModel):
    """One ``[[closure]]``: month-day to month-day inclusive, every year; may wrap around New Year."""

    name: NonEmptyStr
    start: MonthDay = Field(alias="from")
    end: MonthDay = Field(alias="to")

    def bounds(self) -> tuple[tuple[int, int], tuple[int, int]]:
        return _pair(self.start), _pair(self.end)


def _pair(month_day: str) -> tuple[int, int]:
    month, day = month_day.split("-")
    return int(month), int(day)


class HolidaysFile(StrictModel):
    """The whole ``holidays.toml``."""

    calendar: list[CalendarEntry] = []
    closure: list[ClosureEntry] = []

    @model_validator(mode="after")
    def _unique_calendar_names(self) -> HolidaysFile:
        unique_names(self.calendar, "calendar")
        return self


def load_holidays_file(path: str | Path, error: type[ConfigError] = ConfigError) -> HolidaysFile:
    return load_file(path, HolidaysFile, error, what="holidays file")
