"""The watch list: organisations and model families with their aliases."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from common.folding import bare_name
from common.taxonomy import SECTORS


class WatchlistError(ValueError):
    """The watch list file is inconsistent; the message names the entry."""


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


def load_watchlist(path: Path) -> Watchlist:
    """Read and check ``watchlist.toml`` and, beside it, the imported ``watchlist_catalogue.toml``."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    # watchlist_*.toml beside it: more entries kept in their own files (the catalogue import, longer lists).
    for extra_path in sorted(path.parent.glob("watchlist_*.toml")) if path.name == "watchlist.toml" else []:
        with extra_path.open("rb") as handle:
            data = _merge_imported(data, tomllib.load(handle), extra_path.name)
    organisations = []
    for entry in data.get("organisation", []):
        if entry.get("sector") not in SECTORS:
            raise WatchlistError(f"{path}: {entry.get('name')!r} has unknown sector {entry.get('sector')!r}")
        organisations.append(
            Organisation(
                name=entry["name"],
                name_ja=entry.get("name_ja", ""),
                sector=entry["sector"],
                country=entry.get("country", ""),
                aliases=tuple(entry.get("aliases", [])),
                context_aliases=tuple(entry.get("context_aliases", [])),
                domains=tuple(entry.get("domains", [])),
                generative=entry.get("generative", False),
                hub=tuple(entry.get("hub", [])),
            )
        )
    known = {organisation.name: organisation for organisation in organisations}
    models = []
    for entry in data.get("model", []):
        owner = entry.get("organisation", "")
        if owner and owner not in known:
            raise WatchlistError(f"{path}: model {entry['name']!r} names unknown organisation {owner!r}")
        models.append(
            ModelFamily(
                name=entry["name"],
                organisation=owner,
                aliases=tuple(entry.get("aliases", [])),
                context_aliases=tuple(entry.get("context_aliases", [])),
                generative=entry.get("generative", True),
                japanese=entry.get("japanese", bool(owner) and known[owner].japanese),
            )
        )
    return Watchlist(organisations=organisations, models=models)


def _merge_imported(data: dict, imported: dict, file_name: str = IMPORTED_FILE) -> dict:
    """The hand-written entries, with imported aliases added to them, then the imported entries."""
    organisations = [dict(entry) for entry in data.get("organisation", [])]
    by_name = {entry["name"]: entry for entry in organisations}
    for extra in imported.get("alias", []):
        entry = by_name.get(extra.get("organisation", ""))
        if entry is None:
            raise WatchlistError(f"{file_name}: aliases for unknown organisation {extra.get('organisation')!r}")
        entry["aliases"] = [*entry.get("aliases", []), *extra.get("aliases", [])]
        entry["hub"] = list(dict.fromkeys([*entry.get("hub", []), *extra.get("hub", [])]))
        entry["domains"] = list(dict.fromkeys([*entry.get("domains", []), *extra.get("domains", [])]))
    names = set(by_name)
    for entry in imported.get("organisation", []):
        if entry["name"] in names:
            raise WatchlistError(f"{file_name}: organisation {entry['name']!r} is already on the watch list")
        names.add(entry["name"])
        organisations.append(entry)
    models = [*data.get("model", []), *imported.get("model", [])]
    return {"organisation": organisations, "model": models}


def load_aliases(path: Path) -> dict[str, str]:
    """Alias -> canonical name from the watch list's ``[[organisation]]`` entries; empty if it is missing."""
    if not path.is_file():
        return {}
    aliases: dict[str, str] = {}
    for organisation in load_watchlist(path).organisations:
        for alias in (*organisation.aliases, *organisation.context_aliases):
            aliases.setdefault(alias, organisation.name)
    return aliases
