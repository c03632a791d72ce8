"""The watch list: organisations and model families with their aliases.

``watchlist.toml`` is written by hand; ``watchlist_*.toml`` beside it hold
more entries in their own files (``watchlist_catalogue.toml``, written by
``scrapy watchlist import``, with ``[[alias]]`` tables adding aliases, Hub
handles and sites to organisations listed elsewhere, and its
``[provenance]``). Each file is checked against its typed model; the checks
across files (a model's organisation, an alias table's organisation, one
name per organisation) name the file, the entry and the key the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, field_validator, model_validator

from common.folding import bare_name
from common.taxonomy import SECTORS
from config.loading import ConfigError, NonEmptyStr, StrictModel, load_file, problems_at, read_toml, validate


class WatchlistError(ConfigError):
    """A watch-list file cannot be used; the message names the file, the entry and the key."""


@dataclass(frozen=True)
class Organisation:
    name: str
    name_ja: str
    sector: str
    country: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    # A company whose business is generative AI: naming it is evidence of the topic.
    generative: bool = False
    # Its handles on the Hugging Face Hub (user or organisation names).
    hub: tuple[str, ...] = ()

    @property
    def japanese(self) -> bool:
        return self.country == "JP"

    def as_label(self, role: str) -> dict[str, str]:
        return {
            "name": self.name,
            "name_ja": self.name_ja,
            "sector": self.sector,
            "country": self.country,
            "role": role,
        }


@dataclass(frozen=True)
class ModelFamily:
    name: str
    organisation: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...] = ()
    generative: bool = True
    japanese: bool = False


@dataclass
class Watchlist:
    organisations: list[Organisation]
    models: list[ModelFamily]
    by_alias: dict[str, Organisation] = field(default_factory=dict)

    def resolve(self, name: str) -> Organisation | None:
        """The organisation a written name stands for: any alias, any width, with or without company form."""
        return self.by_alias.get(bare_name(name))

    def hub_handles(self) -> dict[str, Organisation]:
        """Hub handle (lower case) -> the organisation it belongs to."""
        return {handle.lower(): organisation for organisation in self.organisations for handle in organisation.hub}

    def issuer_of(self, host: str) -> Organisation | None:
        """The organisation whose own site ``host`` is (``www.preferred.jp`` -> Preferred Networks)."""
        host = host.lower().removeprefix("www.")
        parts = host.split(".")
        for start in range(len(parts) - 1):
            organisation = self._by_domain.get(".".join(parts[start:]))
            if organisation is not None:
                return organisation
        return None

    def __post_init__(self) -> None:
        self._by_domain: dict[str, Organisation] = {}
        for organisation in self.organisations:
            for domain in organisation.domains:
                self._by_domain[domain.lower()] = organisation
            for alias in (
                organisation.name,
                organisation.name_ja,
                *organisation.aliases,
                *organisation.context_aliases,
            ):
                key = bare_name(alias)
                if key:
                    self.by_alias.setdefault(key, organisation)


# Entries imported from public catalogues (`scrapy watchlist import`), kept apart from the hand-written file.
IMPORTED_FILE = "watchlist_catalogue.toml"
_COUNTRY = re.compile(r"^([A-Z]{2})?$")


def _country(value: str) -> str:
    if not _COUNTRY.match(value):
        raise ValueError(f"{value!r} is not a two-letter country code such as 'JP' (or '' when unknown)")
    return value


Names = list[NonEmptyStr]
Country = Annotated[str, AfterValidator(_country)]


class OrganisationEntry(StrictModel):
    """One ``[[organisation]]`` (the fields are described in ``watchlist.toml``'s header)."""

    name: NonEmptyStr
    name_ja: str = ""
    sector: str
    country: Country = ""
    aliases: Names = []
    context_aliases: Names = []
    domains: Names = []
    generative: bool = False
    hub: Names = []
    # Where an imported entry came from (``awesome-japanese-llm``).
    source: str = ""

    @field_validator("sector")
    @classmethod
    def _known_sector(cls, value: str) -> str:
        if value not in SECTORS:
            raise ValueError(f"{value!r} is not one of {', '.join(SECTORS)}")
        return value


class ModelEntry(StrictModel):
    """One ``[[model]]``: a model family and the organisation behind it."""

    name: NonEmptyStr
    organisation: str = ""
    aliases: Names = []
    context_aliases: Names = []
    generative: bool = True
    # Unset: Japanese when its organisation is.
    japanese: bool | None = None
    # An imported entry's example model and where it came from.
    example: str = ""
    source: str = ""


class AliasEntry(StrictModel):
    """One ``[[alias]]``: aliases, Hub handles and sites for an organisation listed in another file."""

    organisation: NonEmptyStr
    aliases: Names = []
    hub: Names = []
    domains: Names = []


class Provenance(StrictModel):
    """``[provenance]`` of an imported file: what was imported, from where, when."""

    source: str = ""
    files: list[str] = []
    url: str = ""
    commit: str = ""
    imported_at: str = ""
    reviewed: str = ""


class WatchlistFile(StrictModel):
    """The whole ``watchlist.toml``: organisations and model families, one entry per name."""

    organisation: list[OrganisationEntry] = []
    model: list[ModelEntry] = []

    @model_validator(mode="after")
    def _one_entry_per_name(self) -> WatchlistFile:
        repeated = []
        tables: list[tuple[str, Sequence[OrganisationEntry | ModelEntry]]] = [
            ("organisation", self.organisation),
            ("model", self.model),
        ]
        for table, entries in tables:
            first: dict[str, int] = {}
            for position, entry in enumerate(entries):
                if entry.name in first:
                    already = f"{entry.name!r} is already [[{table}]] #{first[entry.name] + 1}"
                    repeated.append(((table, position, "name"), already))
                first.setdefault(entry.name, position)
        if repeated:
            raise problems_at(type(self).__name__, repeated)
        return self


class ExtraWatchlistFile(WatchlistFile):
    """A ``watchlist_*.toml``: more entries, ``[[alias]]`` tables for known organisations, ``[provenance]``."""

    alias: list[AliasEntry] = []
    provenance: Provenance | None = None


def load_watchlist_file(path: Path) -> WatchlistFile:
    """One watch-list file, checked on its own."""
    model = ExtraWatchlistFile if path.name.startswith("watchlist_") else WatchlistFile
    return load_file(path, model, WatchlistError, what="watch list")


def read_imported_file(path: Path) -> dict[str, Any]:
    """An imported file as written (its tables in their own key order, for re-writing it), once checked."""
    document = read_toml(path, WatchlistError, what="watch list")
    validate(document, ExtraWatchlistFile, str(path), WatchlistError)
    return document


def load_watchlist(path: Path) -> Watchlist:
    """Read and check ``watchlist.toml`` and, beside it, every ``watchlist_*.toml``."""
    files = [path, *(sorted(path.parent.glob("watchlist_*.toml")) if path.name == "watchlist.toml" else [])]
    checked = [(each, load_watchlist_file(each)) for each in files]
    problems: list[str] = []
    organisations = _organisations(checked, problems)
    known = {organisation.name: organisation for organisation in organisations}
    models = []
    for each, watchlist_file in checked:
        for position, entry in enumerate(watchlist_file.model):
            owner = entry.organisation
            if owner and owner not in known:
                where = f"{each}: [[model]] #{position + 1} ({entry.name!r}): organisation"
                problems.append(f"{where}: {owner!r} is not an organisation of the watch list")
                continue
            japanese = entry.japanese if entry.japanese is not None else bool(owner) and known[owner].japanese
            models.append(
                ModelFamily(
                    name=entry.name,
                    organisation=owner,
                    aliases=tuple(entry.aliases),
                    context_aliases=tuple(entry.context_aliases),
                    generative=entry.generative,
                    japanese=japanese,
                )
            )
    if problems:
        listing = "\n  ".join(problems)
        raise WatchlistError(
            problems[0] if len(problems) == 1 else f"the watch list has {len(problems)} problems:\n  {listing}",
            problems,
        )
    return Watchlist(organisations=organisations, models=models)


def _organisations(checked: list[tuple[Path, WatchlistFile]], problems: list[str]) -> list[Organisation]:
    """Every file's organisations, in file order, with the ``[[alias]]`` tables' additions."""
    entries: dict[str, OrganisationEntry] = {}
    listed_in: dict[str, str] = {}
    for each, watchlist_file in checked:
        for position, entry in enumerate(watchlist_file.organisation):
            where = f"[[organisation]] #{position + 1}"
            if entry.name in entries:
                problems.append(
                    f"{each}: {where} ({entry.name!r}): name: already on the watch list ({listed_in[entry.name]})"
                )
                continue
            entries[entry.name] = entry
            listed_in[entry.name] = f"{each.name} {where}"
    for each, watchlist_file in checked:
        for position, extra in enumerate(getattr(watchlist_file, "alias", [])):
            listed = entries.get(extra.organisation)
            if listed is None:
                where = f"{each}: [[alias]] #{position + 1} ({extra.organisation!r}): organisation"
                problems.append(f"{where}: {extra.organisation!r} is not an organisation of the watch list")
                continue
            entries[extra.organisation] = listed.model_copy(
                update={
                    "aliases": [*listed.aliases, *extra.aliases],
                    "hub": list(dict.fromkeys([*listed.hub, *extra.hub])),
                    "domains": list(dict.fromkeys([*listed.domains, *extra.domains])),
                }
            )
    return [
        Organisation(
            name=entry.name,
            name_ja=entry.name_ja,
            sector=entry.sector,
            country=entry.country,
            aliases=tuple(entry.aliases),
            context_aliases=tuple(entry.context_aliases),
            domains=tuple(entry.domains),
            generative=entry.generative,
            hub=tuple(entry.hub),
        )
        for entry in entries.values()
    ]


def load_aliases(path: Path) -> dict[str, str]:
    """Alias -> canonical name from the watch list's ``[[organisation]]`` entries; empty if it is missing."""
    if not path.is_file():
        return {}
    aliases: dict[str, str] = {}
    for organisation in load_watchlist(path).organisations:
        for alias in (*organisation.aliases, *organisation.context_aliases):
            aliases.setdefault(alias, organisation.name)
    return aliases
