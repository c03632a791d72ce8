"""A Hub API record as an item: what the Hugging Face spider extracts from each repository.

Pure: one JSON record of ``/api/models`` or ``/api/datasets`` in, one
``WatchItem`` (with its ``hub`` metadata) out; no requests, no archive.
"""

from __future__ import annotations

from typing import Any

from common.items import WatchItem

SOURCE = "huggingface"
HUB_SITE = "https://huggingface.co"


def repository_item(record: dict[str, Any], kind: str, query: str, *, backfill: bool = False) -> WatchItem | None:
    """One listing entry as an item of kind ``model`` or ``dataset``; None without an id."""
    repo_id = record.get("id") or record.get("modelId")
    if not isinstance(repo_id, str) or not repo_id:
        return None
    card = record.get("cardData") if isinstance(record.get("cardData"), dict) else None
    tags = [tag for tag in record.get("tags") or [] if isinstance(tag, str)]
    hub: dict[str, Any] = {
        "repo_id": repo_id,
        "object_id": record.get("_id") or "",
        "kind": kind,
        "author": record.get("author") or repo_id.split("/")[0],
        "created_at": record.get("createdAt"),
        "last_modified": record.get("lastModified"),
        "licence": licence_of(card, tags),
        "pipeline_tag": record.get("pipeline_tag") or "",
        "library": record.get("library_name") or "",
        "base_models": base_models_of(card, tags),
        "parameters": parameters_of(record),
        "downloads": record.get("downloads"),
        "likes": record.get("likes"),
        "gated": gated_of(record.get("gated")),
        "has_card": card is not None,
        "languages": languages_of(card, tags),
        "sha": record.get("sha") or "",
    }
    # The id follows the Hub's own object id, which survives a rename.
    key = hub["object_id"] or repo_id
    site_path = repo_id if kind == "model" else f"datasets/{repo_id}"
    return WatchItem(
        kind=kind,
        source=SOURCE,
        source_query=query,
        url=f"{HUB_SITE}/{site_path}",
        id=f"hf:{kind}:{key}",
        title=repo_id,
        summary=summary_of(hub),
        authors=[hub["author"]],
        language="ja" if "ja" in hub["languages"] else "",
        published_at=hub["created_at"] or hub["last_modified"],
        updated_at=hub["last_modified"],
        backfill=backfill,
        hub=hub,
    )


def licence_of(card: dict | None, tags: list[str]) -> str:
    """The repository's licence: the card's ``license`` (``other`` named by ``license_name``), else its tag."""
    value = (card or {}).get("license")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value:
        name = (card or {}).get("license_name")
        return f"other:{name}" if value == "other" and isinstance(name, str) and name else value
    for tag in tags:
        if tag.startswith("license:"):
            return tag.removeprefix("license:")
    return ""


def base_models_of(card: dict | None, tags: list[str]) -> list[str]:
    value = (card or {}).get("base_model")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, str)]
    # Tags read base_model:<repo> or base_model:<relation>:<repo>.
    return sorted({tag.split(":")[-1] for tag in tags if tag.startswith("base_model:") and "/" in tag})


def parameters_of(record: dict[str, Any]) -> int | None:
    safetensors = record.get("safetensors")
    if isinstance(safetensors, dict):
        total = safetensors.get("total")
        if isinstance(total, int):
            return total
        parameters = safetensors.get("parameters")
        if isinstance(parameters, dict):
            return sum(value for value in parameters.values() if isinstance(value, int)) or None
    return None


def gated_of(value: Any) -> str:
    """``""`` for an open repository, else how access is granted (``auto``, ``manual``)."""
    if value is True:
        return "true"
    if isinstance(value, str) and value and value.lower() != "false":
        return value
    return ""


def languages_of(card: dict | None, tags: list[str]) -> list[str]:
    value = (card or {}).get("language")
    languages = [value] if isinstance(value, str) else [entry for entry in value or [] if isinstance(entry, str)]
    languages += [tag.removeprefix("language:") for tag in tags if tag.startswith("language:")]
    if "ja" in tags:
        languages.append("ja")
    return sorted(set(languages))


def format_parameters(count_: int | None) -> str:
    if not count_:
        return ""
    if count_ >= 1_000_000_000:
        return f"{count_ / 1_000_000_000:.1f}B"
    return f"{count_ / 1_000_000:.0f}M"


def summary_of(hub: dict[str, Any]) -> str:
    """A one-line description for search: task, library, licence, size, gated."""
    parts = [hub["pipeline_tag"], hub["library"], hub["licence"] and f"licence {hub['licence']}"]
    if hub["parameters"]:
        parts.append(f"{format_parameters(hub['parameters'])} parameters")
    if hub["base_models"]:
        parts.append("based on " + ", ".join(hub["base_models"]))
    if hub["gated"]:
        parts.append("gated")
    return " · ".join(part for part in parts if part)
