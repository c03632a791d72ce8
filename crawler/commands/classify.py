"""`scrapy classify`: label JSON Lines items by hand, one JSON line of labels per input line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from scrapy.exceptions import UsageError

from common.text import normalise_text, title_from_text
from crawler.command_base import ProjectCommand
from pipelines.classification import Classifier, Labels, load_classifier

FUNDING_FIELDS = (
    "amount",
    "currency",
    "amount_jpy",
    "as_written",
    "qualifier",
    "round",
    "instrument",
    "investors",
    "lead_investors",
)


def summary_labels(labels: Labels) -> dict[str, Any]:
    """The labels in the order and shape ``scrapy classify`` prints them."""
    funding = labels.funding
    return {
        "relevant": labels.relevant,
        "score": labels.score,
        "kind": labels.kind,
        "topics": labels.topics,
        "organisations": labels.organisations,
        "models": labels.models,
        "funding": {field: funding[field] for field in FUNDING_FIELDS} if funding else None,
        "reasons": labels.reasons,
    }


def classify_lines(classifier: Classifier, lines: Iterable[str], full: bool = False) -> Iterator[dict[str, Any]]:
    """One result per non-blank input line, in order; a line that is not an item gets ``{"error": ...}``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            text = str(record.get("text") or record.get("summary") or "")
            if not record.get("title") and not text.strip():
                raise ValueError("an item needs a title or a text")
        except ValueError as error:
            yield {"error": f"line {number}: {error}"}
            continue
        # An item without a title is classified under the start of its text, as the crawl stores it.
        labels = classifier.classify(
            title=str(record.get("title") or title_from_text(normalise_text(text))),
            text=text,
            url=str(record.get("url") or ""),
            language=str(record.get("language") or ""),
            source=str(record.get("source") or ""),
            kind=record.get("kind"),
            published=record.get("published"),
        )
        yield labels.as_dict() if full else summary_labels(labels)


class Command(ProjectCommand):
    def syntax(self) -> str:
        return "[options] [FILE]"

    def short_desc(self) -> str:
        return "Label JSON Lines items (title, text, url, language, published, source) from FILE or stdin"

    def long_desc(self) -> str:
        return (
            "Reads one JSON object per line and writes one JSON line of labels per input, in order: "
            "relevant, score, kind, topics, organisations, models, funding, reasons. "
            "Uses the watch list and lexicons of DATA_DIR."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--full", action="store_true", help="print the whole labels dict the archive stores")
        parser.add_argument("--data-dir", metavar="DIR", help="watch list and lexicons to use (default: DATA_DIR)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) > 1:
            raise UsageError("scrapy classify takes at most one FILE")
        classifier = load_classifier(opts.data_dir or self.settings.get("DATA_DIR"))
        if args and args[0] != "-":
            path = Path(args[0])
            if not path.is_file():
                raise UsageError(f"no such file: {path}", print_help=False)
            with path.open(encoding="utf-8") as handle:
                failed = write_results(classifier, handle, sys.stdout, opts.full)
        else:
            failed = write_results(classifier, sys.stdin, sys.stdout, opts.full)
        if failed:
            print(f"{failed} line(s) were not items", file=sys.stderr)
            self.exitcode = 1


def write_results(classifier: Classifier, lines: TextIO, out: TextIO, full: bool) -> int:
    failed = 0
    for result in classify_lines(classifier, lines, full):
        failed += "error" in result
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failed
