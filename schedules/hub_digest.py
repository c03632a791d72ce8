"""The Hub in the weekly digest: repositories folded into releases, linked to the week's press and papers.

Pure, like ``schedules.digest``: rows in, plain data out.

A release is one series of one publisher (``llm-jp/llm-jp-4-8b``,
``llm-jp/llm-jp-4-32b`` and ``llm-jp/llm-jp-4-8b-instruct`` are the
release "llm-jp-4: 8b, 32b, 8b-instruct"). The week's press releases and
papers about the same model family are linked to it and leave their own
sections, so one release is told once, not three times (when they came out
within ``LINK_WINDOW_DAYS`` of one of its repositories).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

HUB_KINDS = ("model", "dataset")
# A press release or paper about a family is about this release when it came
# out within this many days of one of its repositories.
LINK_WINDOW_DAYS = 14


@dataclass(frozen=True)
class HubRelease:
    """The repositories of one series published in the week, and what else the week said about their family."""

    kind: str
    family: str
    series: str
    author: str
    organisation: str
    new_family: bool
    repos: tuple[Mapping[str, Any], ...]
    linked: tuple[Mapping[str, Any], ...] = ()

    @property
    def variants(self) -> list[str]:
        return [hub_label(repo).get("variant") or "" for repo in self.repos]

    @property
    def title(self) -> str:
        variants = [variant for variant in self.variants if variant]
        if not variants:
            return ", ".join(str(repo.get("title")) for repo in self.repos)
        return f"{self.series}: {', '.join(variants)}"

    @property
    def licences(self) -> list[str]:
        seen: list[str] = []
        for repo in self.repos:
            licence = _hub_field(repo, "licence")
            if licence and licence not in seen:
                seen.append(licence)
        return seen


def hub_label(row: Mapping[str, Any]) -> Mapping[str, Any]:
    labels = row.get("labels")
    hub = labels.get("hub") if isinstance(labels, Mapping) else None
    return hub if isinstance(hub, Mapping) else {}


def _hub_field(row: Mapping[str, Any], name: str) -> str:
    """A field the crawl kept for the repository (``hub_repos``), read from the row's hub columns."""
    value = row.get(f"hub_{name}")
    return str(value) if value else ""


def _models(row: Mapping[str, Any]) -> set[str]:
    value = row.get("models") or []
    return {str(name) for name in value} if isinstance(value, list | tuple) else set()


def _variant_order(repo: Mapping[str, Any]) -> tuple[float, int, str]:
    """Smallest first, the base model before its instruct variants: 1.8b, 3.7b, 13b, 13b-instruct."""
    variant = str(hub_label(repo).get("variant") or "")
    size = re.match(r"(\d+(?:\.\d+)?)([bmk])", variant.lower())
    scale = {"k": 1e-6, "m": 1e-3, "b": 1.0}
    number = float(size.group(1)) * scale[size.group(2)] if size else float("inf")
    return (number, len(variant), variant)


def hub_releases(items: Iterable[Mapping[str, Any]]) -> tuple[list[HubRelease], set[str]]:
    """The week's Hub releases, and the ids of the press and paper items linked to them."""
    items = list(items)
    series: dict[tuple[str, str, str], list[Mapping[str, Any]]] = {}
    for item in items:
        if item.get("kind") not in HUB_KINDS:
            continue
        hub = hub_label(item)
        author = str(item.get("title") or "").split("/")[0]
        key = (str(item.get("kind")), author, str(hub.get("series") or item.get("title")).lower())
        series.setdefault(key, []).append(item)
    releases = []
    for (kind, author, _), repos in series.items():
        repos = sorted(repos, key=_variant_order)
        hub = hub_label(repos[0])
        organisations = repos[0].get("organisations") or []
        organisation = organisations[0] if organisations else ""
        releases.append(
            HubRelease(
                kind=kind,
                family=str(hub.get("family") or ""),
                series=str(hub.get("series") or repos[0].get("title")),
                author=author,
                organisation=str(organisation.get("name") if isinstance(organisation, Mapping) else organisation),
                new_family=any("new_family" in (hub_label(repo).get("events") or []) for repo in repos),
                repos=tuple(repos),
            )
        )
    releases.sort(key=lambda release: (-len(release.repos), release.family or "~", release.series.lower()))
    linked_ids: set[str] = set()
    linked_releases = []
    for release in releases:
        linked: list[Mapping[str, Any]] = []
        if release.family and release.kind == "model":
            for item in items:
                item_id = str(item.get("id"))
                if item.get("kind") in HUB_KINDS or item_id in linked_ids:
                    continue
                if release.family in _models(item) and _near(item, release.repos):
                    linked.append(item)
                    linked_ids.add(item_id)
        linked_releases.append(HubRelease(**{**release.__dict__, "linked": tuple(linked)}))
    return linked_releases, linked_ids


def _near(item: Mapping[str, Any], repos: Sequence[Mapping[str, Any]]) -> bool:
    published = _moment(item.get("published_at"))
    if published is None:
        return True
    moments = [moment for repo in repos if (moment := _moment(repo.get("published_at"))) is not None]
    return not moments or any(abs(published - moment) <= timedelta(days=LINK_WINDOW_DAYS) for moment in moments)


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def release_detail(release: HubRelease) -> str:
    """Licence, how many repositories, and the week's press and papers about the family."""
    parts = []
    if release.licences:
        parts.append("licence " + ", ".join(release.licences))
    if len(release.repos) > 1:
        parts.append(f"{len(release.repos)} repositories")
    if release.new_family:
        parts.append("new family")
    for item in release.linked:
        kind = "paper" if item.get("kind") == "paper" else "press"
        parts.append(f"{kind}: {item.get('url')}")
    return " · ".join(parts)


def group_title(release: HubRelease) -> str:
    if release.kind == "dataset":
        return "Data sets"
    if release.family:
        return release.family
    return "New families" if release.new_family else "Other models"


def licence_change_lines(changes: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(title, url) of each licence change detected in the week."""
    return [
        (
            f"{change.get('repo_id')}: licence {change.get('old_licence')} → {change.get('new_licence')}",
            str(change.get("url") or ""),
        )
        for change in changes
    ]
