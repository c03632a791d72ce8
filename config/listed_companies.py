"""Japan's listed companies (``listed_companies.toml``), from the EDINET code list.

The file is written by ``scrapy watchlist import-edinet`` from the FSA's EDINET
code list (EdinetcodeDlInfo.csv): one row per domestic company listed on a
Japanese exchange, with its Japanese name without its legal form (株式会社),
its English name, its securities code and its corporate number, and a
``[provenance]`` table saying where the list came from, its date and its
licence (PDL1.0, attribution required). The classifier reads the Japanese
names as a gazetteer (``pipelines.classification.listed_companies``).

Like every data file it is checked against a typed model: a row with a
missing name, an unknown key or a malformed code is refused with the row and
the key named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, model_validator

from config.loading import ConfigError, NonEmptyStr, StrictModel, load_file, unique_names

LISTED_FILE = "listed_companies.toml"
# A securities code: four characters, digits or (since 2024) a capital letter in the second or fourth place.
_CODE = re.compile(r"^[0-9][0-9A-Z][0-9][0-9A-Z]$")
_CORPORATE_NUMBER = re.compile(r"^([0-9]{13})?$")


class ListedCompaniesError(ConfigError):
    """The listed-company file cannot be used; the message names the row and the key."""


def _code(value: str) -> str:
    if not _CODE.match(value):
        raise ValueError(f"{value!r} is not a four-character securities code such as '6758' or '130A'")
    return value


def _corporate_number(value: str) -> str:
    if not _CORPORATE_NUMBER.match(value):
        raise ValueError(f"{value!r} is not a 13-digit corporate number (or '' when the list gives none)")
    return value


class CompanyRow(StrictModel):
    """One listed company: ``{ name = "清水建設", name_en = "SHIMIZU CORPORATION", code = "1803", number = "…" }``."""

    name: NonEmptyStr
    name_en: str = ""
    code: Annotated[str, AfterValidator(_code)]
    number: Annotated[str, AfterValidator(_corporate_number)] = ""


class ListedProvenance(StrictModel):
    """Where the list came from: its source, its date, its licence and the attribution it requires."""

    source: NonEmptyStr
    url: str = ""
    list_date: NonEmptyStr
    licence: NonEmptyStr
    attribution: NonEmptyStr
    file: str = ""
    imported_at: str = ""


class ListedCompaniesFile(StrictModel):
    provenance: ListedProvenance
    company: list[CompanyRow] = []

    @model_validator(mode="after")
    def _one_row_per_code(self) -> ListedCompaniesFile:
        unique_names(self.company, "company", key="code")
        return self


@dataclass(frozen=True)
class ListedCompany:
    name: str
    name_en: str
    code: str
    number: str


def load_listed_companies(path: Path) -> tuple[ListedCompany, ...]:
    """The companies of ``path``; raises :class:`ListedCompaniesError` naming every bad row."""
    checked = load_file(path, ListedCompaniesFile, ListedCompaniesError, what="listed-company file")
    return tuple(ListedCompany(row.name, row.name_en, row.code, row.number) for row in checked.company)
