"""``schedule.toml``: when ``scrapy schedule`` crawls and sends the weekly digest."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from pydantic import Field, PlainValidator, field_validator, model_validator

from config.loading import ConfigError, NonEmptyStr, NonNegativeFloat, PositiveFloat, StrictModel, load_file

CRON_FIELDS = ("day_of_week", "hour", "minute")


def _cron_text(value: Any) -> str:
    # TOML gives ``hour = 9`` as an int and ``hour = "*/2"`` as a string; both
    # are cron expressions. A float or a bool is a mistake, not an hour.
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"must be a whole number or a cron expression such as 'mon-fri' or '*/2', not {value!r}")
    return str(value)


def _argument_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"must be a string or a number, not {value!r}")
    return str(value)


CronText = Annotated[str, PlainValidator(_cron_text)]
ArgumentText = Annotated[str, PlainValidator(_argument_text)]


def check_cron_field(name: str, value: str | None) -> str | None:
    """Refuse day numbers and expressions APScheduler's cron trigger would refuse."""
    if value is None:
        return None
    if name == "day_of_week" and any(character.isdigit() for character in value):
        raise ValueError(
            f"{value!r}: use day names (mon, tue, ..., mon-fri); "
            "APScheduler counts Monday as 0 and a number would mean another day than in cron"
        )
    try:
        CronTrigger(**{name: value}, timezone="UTC")
    except ValueError as error:
        raise ValueError(str(error)) from None
    return value


class CronEntry(StrictModel):
    """Cron fields in the schedule's time zone; days by name."""

    day_of_week: CronText | None = None
    hour: CronText | None = None
    minute: CronText | None = None

    @field_validator(*CRON_FIELDS)
    @classmethod
    def _valid_cron(cls, value: str | None, info: Any) -> str | None:
        return check_cron_field(info.field_name, value)

    def cron(self) -> dict[str, str]:
        return {name: value for name in CRON_FIELDS if (value := getattr(self, name)) is not None}


class CrawlEntry(CronEntry):
    """One ``[[crawl]]``: ``scrapy crawl <spider> -a key=value ...`` on a cron trigger."""

    name: str = ""
    spider: NonEmptyStr
    arguments: dict[str, ArgumentText] = {}
    timeout_minutes: PositiveFloat = 60.0

    @property
    def job_name(self) -> str:
        return self.name or self.spider


class DigestEntry(CronEntry):
    """``[digest]``: when the weekly digest goes out, and how long a missed one is caught up."""

    day_of_week: CronText | None = "mon"
    hour: CronText | None = "9"
    minute: CronText | None = "0"
    catch_up_hours: NonNegativeFloat = 24.0
    retry_minutes: PositiveFloat = 15.0


class RegistryEntry(StrictModel):
    """``[registry]``: how the press and funding sources are polled at their registry interval."""

    enabled: bool = True
    spiders: list[NonEmptyStr] = ["press", "funding"]
    min_interval_hours: PositiveFloat = 0.5
    daily_hour: Annotated[int, Field(ge=0, le=23)] = 7
    minute_offset: Annotated[int, Field(ge=0, le=29)] = 10
    timeout_minutes: PositiveFloat = 30.0


class ScheduleFile(StrictModel):
    """The whole ``schedule.toml``."""

    timezone: str = "Asia/Tokyo"
    crawl_misfire_grace_minutes: NonNegativeFloat = 60.0
    crawl_stop_grace_seconds: NonNegativeFloat = 30.0
    crawl: list[CrawlEntry] = []
    digest: DigestEntry = DigestEntry()
    registry: RegistryEntry = RegistryEntry()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as 'Asia/Tokyo')") from None
        return value

    @model_validator(mode="after")
    def _unique_crawl_names(self) -> ScheduleFile:
        names = [entry.job_name for entry in self.crawl]
        if len(set(names)) != len(names):
            raise ValueError(f"crawl names must be unique, got {names}")
        return self


def load_schedule_file(path: str | Path, error: type[ConfigError] = ConfigError) -> ScheduleFile:
    return load_file(path, ScheduleFile, error, what="schedule file")
