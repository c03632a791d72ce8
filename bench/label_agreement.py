"""How far two people agree when both label the same items by the written definitions, beside the classifier.

    .venv/bin/python bench/label_agreement.py [--labels-dir DIR] [SECOND_LABELS ...]

A second labeller read only the definitions in docs/classification.md and labelled items of the development sets
from their title, text, address and source, without seeing the first labels (``bench/data/second_labels/*.jsonl``,
one object per item: id, relevant, kind, organisations, funding). For each set it prints how often the second
labeller agrees with the first (the labels the eval scores against) and how often the classifier does, on the same
items: the first is the most a classifier can be asked for, the second what it reaches. Figures only, never items.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from bench.eval_classifier import (  # noqa: E402
    DATA,
    DEFAULT_DATA_DIR,
    classify_record,
    found_names,
    load_classifier,
    names_match,
    read_jsonl,
)

SECOND_LABELS = "second_labels/*.jsonl"


@dataclass
class Agreement:
    items: int = 0
    second_kind: int = 0
    second_relevant: int = 0
    classifier_kind: int = 0
    classifier_relevant: int = 0
    names: int = 0
    second_names: int = 0
    classifier_names: int = 0


def set_of(record_id: str) -> str:
    """The set a record belongs to, from its id: "g7-…" is the seventh set's, "x-…" the first's."""
    head = record_id.split("-", 1)[0]
    return f"devset{head[1:]}" if len(head) > 1 and head[1:].isdigit() else "other"


def first_labels(labels_dir: Path) -> dict[str, dict]:
    records: dict[str, dict] = {}
    for path in sorted(labels_dir.glob("*.jsonl")):
        for record in read_jsonl(path):
            if "expected" in record and "kind" in record["expected"]:
                records[record["id"]] = record
    return records


def measure(labels_dir: Path, second_paths: list[Path]) -> dict[str, Agreement]:
    first = first_labels(labels_dir)
    classifier = load_classifier(DEFAULT_DATA_DIR)
    sets: dict[str, Agreement] = defaultdict(Agreement)
    for path in second_paths:
        for second in read_jsonl(path):
            record = first.get(second["id"])
            if record is None:
                raise SystemExit(f"error: {path.name}: {second['id']} is in no labelled set")  # exit status 1
            expected, labels = record["expected"], classify_record(classifier, record)
            agreement = sets[set_of(second["id"])]
            agreement.items += 1
            agreement.second_kind += second["kind"] == expected["kind"]
            agreement.second_relevant += second["relevant"] == expected["relevant"]
            agreement.classifier_kind += labels.kind == expected["kind"]
            agreement.classifier_relevant += labels.relevant == expected["relevant"]
            found = found_names(labels)
            for name in expected["organisations"]:
                agreement.names += 1
                agreement.second_names += names_match(classifier, name, second["organisations"])
                agreement.classifier_names += names_match(classifier, name, found)
    return dict(sorted(sets.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second_labels", nargs="*", type=Path, help=f"default: bench/data/{SECOND_LABELS}")
    parser.add_argument("--labels-dir", type=Path, default=DATA, help="the labelled sets (default: bench/data)")
    options = parser.parse_args(argv)
    paths = options.second_labels or sorted(options.labels_dir.glob(SECOND_LABELS))
    missing = [path for path in paths if not path.is_file()]
    if not paths or missing:
        where = missing[0] if missing else options.labels_dir / SECOND_LABELS
        print(f"error: no second labels at {where}", file=sys.stderr)
        return 2
    print("agreement with the first labels, second labeller / classifier")
    print(f"{'set':<9} {'items':>5}  {'kind':^15}  {'relevant':^15}  {'organisations':^15}")
    for name, a in measure(options.labels_dir, paths).items():
        names = max(a.names, 1)
        print(
            f"{name:<9} {a.items:>5}  {a.second_kind / a.items:.3f} / {a.classifier_kind / a.items:.3f}"
            f"  {a.second_relevant / a.items:.3f} / {a.classifier_relevant / a.items:.3f}"
            f"  {a.second_names / names:.3f} / {a.classifier_names / names:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
