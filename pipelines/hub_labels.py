"""Labels of a Hugging Face Hub repository: who published it, which model family, whether it matters.

Pure: the watch list in, ``Labels`` out (the same fields the text
classifier gives, with ``hub`` in place of ``detected``). The text classifier is not used:
a repository has no prose to read, but it has an author handle, tags and a
name that says which family it belongs to.

* organisation: the watch-list organisation whose ``hub`` handles include
  the author;
* family: the watch-list model family whose name or alias the repository
  name contains (``sbintuitions/sarashina2.2-3b`` -> Sarashina), the
  author's own families first;
* series and variant: the repository name split before its size
  (``llm-jp-4-8b-instruct`` -> ``llm-jp-4`` and ``8b-instruct``), so the
  digest folds variants: "llm-jp-4: 8B, 32B, 8B-instruct";
* relevant: a watched Japanese organisation's generative repository (a
  generative task, no task, or a data set), or any author's Japanese
  repository with a generative task.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from config.watchlist import ModelFamily, Organisation, Watchlist
from pipelines.classification.labels import Labels

# Pipeline tags of generative models (the Hub's task names).
GENERATIVE_TASKS = frozenset(
    {
        "text-generation",
        "text2text-generation",
        "image-text-to-text",
        "text-to-image",
        "text-to-speech",
        "text-to-audio",
        "text-to-video",
        "image-to-text",
        "image-to-image",
        "any-to-any",
        "visual-question-answering",
        "audio-text-to-text",
        "translation",
        "summarization",
    }
)
SIZE = re.compile(r"^\d+(\.\d+)?[bmk]$|^\d+x\d+(\.\d+)?[bmk]$|^a\d+(\.\d+)?[bm]$", re.IGNORECASE)


def squash(text: str) -> str:
    """Lower case, letters and digits only: ``Llama-3.1-Swallow`` and ``llama3.1swallow`` compare equal."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def split_series(name: str) -> tuple[str, str]:
    """A repository name as (series, variant), split before the first size token."""
    parts = re.split(r"([-_])", name)
    for index in range(0, len(parts), 2):
        if index > 0 and SIZE.match(parts[index]):
            return "".join(parts[: index - 1]), "".join(parts[index:])
    return name, ""


def _family_matches(family: ModelFamily, squashed: str) -> int:
    """The length of the longest name or alias of ``family`` inside the squashed repository name; 0: none."""
    best = 0
    for alias in (family.name, *family.aliases, *family.context_aliases):
        key = squash(alias)
        if len(key) >= 4 and key in squashed:
            best = max(best, len(key))
    return best


def find_family(watchlist: Watchlist, repo_name: str, organisation: Organisation | None) -> ModelFamily | None:
    """The watch-list family a repository belongs to: the publisher's own first, then Japanese ones, then any."""
    squashed = squash(repo_name)
    scored = [(family, _family_matches(family, squashed)) for family in watchlist.models]
    scored = [(family, length) for family, length in scored if length]
    if not scored:
        return None

    def rank(entry: tuple[ModelFamily, int]) -> tuple[int, int, int]:
        family, length = entry
        own = organisation is not None and family.organisation == organisation.name
        return (int(own), int(family.japanese), length)

    return max(scored, key=rank)[0]


def hub_labels(watchlist: Watchlist, item: Mapping[str, Any]) -> Labels:
    """The labels of a Hub repository item (``kind`` model or dataset, ``hub`` metadata)."""
    hub = item.get("hub") or {}
    kind = item.get("kind") or hub.get("kind") or "model"
    repo_id = str(hub.get("repo_id") or item.get("title") or "")
    author = str(hub.get("author") or repo_id.split("/")[0])
    name = repo_id.split("/", 1)[-1]
    organisation = watchlist.hub_handles().get(author.lower())
    family = find_family(watchlist, name, organisation)
    series, variant = split_series(name)
    task = str(hub.get("pipeline_tag") or "")
    japanese_language = "ja" in (hub.get("languages") or [])
    generative = task in GENERATIVE_TASKS
    reasons = [f"hub:author:{author}"]
    if organisation is not None:
        reasons.append(f"hub-organisation:{organisation.name}")
    if japanese_language:
        reasons.append("hub:language:ja")
    if task:
        reasons.append(f"hub:task:{task}" + (" (generative)" if generative else ""))
    if family is not None:
        reasons.append(f"hub:family:{family.name}")
    watched_japanese = organisation is not None and organisation.japanese
    relevant = (watched_japanese and (generative or not task or kind == "dataset")) or (
        japanese_language and (generative or kind == "dataset")
    )
    if not relevant:
        reasons.append("not relevant: not a generative repository of a watched Japanese organisation or in Japanese")
    topics = ["model_release"] if kind == "model" else ["dataset"]
    if task in ("text-to-speech", "text-to-audio", "audio-text-to-text", "image-text-to-text", "any-to-any"):
        topics.append("speech_multimodal")
    models = [family.name] if family is not None else []
    return Labels(
        relevant=relevant,
        score=1.0 if relevant else 0.0,
        kind=kind,
        topics=topics,
        partnership=None,
        organisations=[organisation.as_label("issuer")] if organisation is not None else [],
        models=models,
        funding=None,
        reasons=reasons,
        hub={
            "family": family.name if family is not None else "",
            "family_known": family is not None,
            "series": series,
            "variant": variant,
            "japanese_author": watched_japanese,
            "events": [],
        },
    )
