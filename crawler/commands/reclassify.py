"""`scrapy reclassify`: re-label the whole archive after the watch list or rules change."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from scrapy.exceptions import UsageError

from archive import Archive, resolve_archive_path
from archive.hub_store import hub_metadata
from archive.relabel import iter_items, write_labels
from common.items import HUB_KINDS
from crawler.command_base import ProjectCommand
from pipelines.classification import Classifier, Labels, load_classifier
from pipelines.classification.signature import title_key, title_tokens
from pipelines.hub_labels import hub_labels

CHANGE_TYPES = ("became_relevant", "became_irrelevant", "kind", "topics", "organisations", "models", "funding", "score")
BATCH_SIZE = 500


@dataclass
class Report:
    """What a re-labelling changed: counts per change type and a few examples of each."""

    items: int = 0
    changed_items: int = 0
    counts: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def note(self, change: str, example: str, limit: int) -> None:
        self.counts[change] += 1
        examples = self.examples.setdefault(change, [])
        if len(examples) < limit:
            examples.append(example)

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "changed_items": self.changed_items,
            "changes": {change: self.counts[change] for change in CHANGE_TYPES if self.counts[change]},
            "examples": {change: self.examples[change] for change in CHANGE_TYPES if change in self.examples},
        }

    def format(self) -> str:
        lines = [f"{self.items} items re-labelled, {self.changed_items} changed"]
        for change in CHANGE_TYPES:
            if self.counts[change]:
                lines.append(f"  {change:<18} {self.counts[change]:>6}")
                lines.extend(f"      {example}" for example in self.examples.get(change, []))
        return "\n".join(lines)


def _loads(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    return json.loads(value) if isinstance(value, str) else value


def _organisation_names(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> tuple[str, str]:
    """The two organisation lists as text; with their roles when the names alone read the same."""

    def names(entries: list[dict[str, Any]], roles: bool) -> str:
        shown = [
            f"{entry['name']} ({entry.get('role') or 'mentioned'})" if roles else entry["name"] for entry in entries
        ]
        return ", ".join(shown) or "-"

    roles = names(before, False) == names(after, False)
    return names(before, roles), names(after, roles)


def _funding_summary(funding: dict[str, Any] | None) -> str:
    if not funding:
        return "none"
    return f"{funding.get('as_written') or 'undisclosed'} {funding.get('round') or ''}".strip()


def _labels(archive: Archive, classifier: Classifier, row: dict[str, Any], old: dict[str, Any]) -> Labels:
    """The item's labels under the current rules, from what its labelling read at crawl time."""
    hub = hub_metadata(archive.db, row["id"]) if row["kind"] in HUB_KINDS else None
    if hub is not None:
        # A Hub repository is labelled from the Hub's metadata, as the crawl did;
        # the events the crawl noticed (new repository, licence change) stay.
        labels = hub_labels(classifier.watchlist, {"kind": row["kind"], "title": row["title"], "hub": hub})
        events = (old.get("hub") or {}).get("events") or []
        return replace(labels, hub={**(old.get("hub") or {}), **(labels.hub or {}), "events": events})
    return classifier.classify(
        title=row["title"],
        text=row["summary"] or "" if row["input_text"] is None else row["input_text"],
        url=row["url"],
        language=row["language"] or "",
        source=row["source"],
        kind=row["input_kind"] or row["kind"],
        published=row["published_at"],
        issuers=_loads(row["input_issuers"], []),
    )


def reclassify(archive: Archive, classifier: Classifier, *, dry_run: bool = False, examples: int = 3) -> Report:
    """Label every stored item again, write what changed (unless ``dry_run``), and say what changed."""
    report = Report()
    pending: dict[str, dict[str, Any]] = {}
    entities: list[tuple[str, Labels, str | None]] = []
    for row in iter_items(archive, BATCH_SIZE):
        report.items += 1
        old = _loads(row["labels"], {})
        labels = _labels(archive, classifier, row, old)
        stored = labels.as_dict()
        old_relevant = None if row["relevant"] is None else bool(row["relevant"])
        label = f"{row['id']}: {row['title'][:70]}"
        changes = []
        if labels.relevant != old_relevant:
            changes.append(("became_relevant" if labels.relevant else "became_irrelevant", label))
        if labels.kind != row["kind"]:
            changes.append(("kind", f"{label} ({row['kind']} -> {labels.kind})"))
        for name, now in (("topics", labels.topics), ("models", labels.models)):
            before = _loads(row[name], [])
            if now != before:
                changes.append((name, f"{label} ({', '.join(before) or '-'} -> {', '.join(now) or '-'})"))
        before_organisations = old.get("organisations") or []
        if labels.organisations != before_organisations:
            before, after = _organisation_names(before_organisations, labels.organisations)
            changes.append(("organisations", f"{label} ({before} -> {after})"))
        if labels.funding != old.get("funding"):
            changes.append(
                (
                    "funding",
                    f"{label} ({_funding_summary(old.get('funding'))} -> {_funding_summary(labels.funding)})",
                )
            )
        if labels.score != row["score"]:
            changes.append(("score", f"{label} ({row['score']} -> {labels.score})"))
        key = title_key(title_tokens(row["title"]))
        if changes:
            report.changed_items += 1
            for change, example in changes:
                report.note(change, example, examples)
        if changes or stored != old or key != row["title_key"]:
            pending[row["id"]] = {
                "relevant": labels.relevant,
                "score": labels.score,
                "kind": labels.kind,
                "topics": labels.topics,
                "organisations": labels.organisation_names,
                "models": labels.models,
                "reasons": labels.reasons,
                "labels": stored,
                "title_key": key,
            }
            if labels.organisations != before_organisations or labels.funding != old.get("funding"):
                entities.append((row["id"], labels, row["published_at"]))
        if not dry_run and len(pending) >= BATCH_SIZE:
            _flush(archive, pending, entities)
    if not dry_run:
        _flush(archive, pending, entities)
    return report


def _flush(
    archive: Archive, pending: dict[str, dict[str, Any]], entities: list[tuple[str, Labels, str | None]]
) -> None:
    if pending:
        write_labels(archive, pending)
    for item_id, labels, published in entities:
        funding = labels.funding
        organisations: list[Mapping[str, Any]] = list(labels.organisations)
        archive.replace_entities(item_id, organisations, [funding] if funding else [], announced_at=published)
    pending.clear()
    entities.clear()


class Command(ProjectCommand):
    def short_desc(self) -> str:
        return "Re-label every item in the archive with the current watch list and rules, and report what changed"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--dry-run", action="store_true", help="report what would change without writing")
        parser.add_argument(
            "--examples", type=int, default=3, metavar="N", help="examples to show per change type (default: 3)"
        )
        parser.add_argument("--data-dir", metavar="DIR", help="watch list and lexicons to use (default: DATA_DIR)")
        parser.add_argument(
            "--format", choices=("table", "json"), default="table", help="output format (default: table)"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy reclassify takes no arguments")
        path = resolve_archive_path(self.settings.get("ARCHIVE_PATH"))
        if not path.exists():
            raise UsageError(f"no archive at {path}; run a crawl first", print_help=False)
        classifier = load_classifier(
            opts.data_dir or self.settings.get("DATA_DIR"), self.settings.get("SOURCES_FILE") or None
        )
        with Archive(path) as archive:
            report = reclassify(archive, classifier, dry_run=opts.dry_run, examples=opts.examples)
        if opts.format == "json":
            json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            print(report.format() + (" (dry run, nothing written)" if opts.dry_run else ""))
