"""``currency_rates.toml``: yen per unit of a foreign currency, for funding amounts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field

from config.loading import ConfigError, PositiveFloat, StrictModel, load_file

CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


def _iso_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date such as '2026-01-31'") from None
    return value


class CurrencyRatesFile(StrictModel):
    """The whole ``currency_rates.toml``: the rates and when they were taken."""

    as_of: Annotated[str, AfterValidator(_iso_date)]
    source: str = ""
    yen_per_unit: dict[CurrencyCode, PositiveFloat]


def load_currency_rates(path: str | Path, error: type[ConfigError] = ConfigError) -> CurrencyRatesFile:
    return load_file(path, CurrencyRatesFile, error, what="currency rates file")
