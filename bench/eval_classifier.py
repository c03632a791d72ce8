"""Measure the classifier on the labelled development set.

    .venv/bin/python bench/eval_classifier.py [--errors] [DEVSET]

Prints precision, recall and F1 of relevance, accuracy of kind, exact-match
accuracy of funding amounts and rounds on the funding items, and recall of
organisations. Each development item is classified as the crawl would see
it: with its source and the kind its spider would give it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from pipelines.classification import Classifier, load_classifier  # noqa: E402

DEFAULT_DEVSET = PROJECT_ROOT / "tests" / "fixtures" / "classification" / "devset.jsonl"
DEFAULT_DATA_DIR = PROJECT_ROOT / "crawler" / "data"
TARGETS = {"relevance_f1": 0.95, "kind_accuracy": 0.9, "funding_amount_accuracy": 0.95, "organisation_recall": 0.9}


@dataclass
class Scores:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    items: int = 0
    kind_correct: int = 0
    funding_items: int = 0
    amount_correct: int = 0
    round_correct: int = 0
    organisations_expected: int = 0
    organisations_found: int = 0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        precision = self.true_positive / max(self.true_positive + self.false_positive, 1)
        recall = self.true_positive / max(self.true_positive + self.false_negative, 1)
        return {
            "relevance_precision": precision,
            "relevance_recall": recall,
            "relevance_f1": 2 * precision * recall / max(precision + recall, 1e-9),
            "kind_accuracy": self.kind_correct / max(self.items, 1),
            "funding_amount_accuracy": self.amount_correct / max(self.funding_items, 1),
            "funding_round_accuracy": self.round_correct / max(self.funding_items, 1),
            "organisation_recall": self.organisations_found / max(self.organisations_expected, 1),
        }


def evaluate(classifier: Classifier, records: list[dict]) -> Scores:
    """Score the classifier against every labelled record."""
    scores = Scores()
    for record in records:
        expected = record["expected"]
        labels = classifier.classify(
            title=record["title"],
            text=record.get("text", ""),
            url=record.get("url", ""),
            language=record.get("language", ""),
            source=record.get("source", ""),
            kind=record.get("kind_hint"),
            published=record.get("published"),
        )
        scores.items += 1
        name = record["id"]
        if labels["relevant"] and expected["relevant"]:
            scores.true_positive += 1
        elif labels["relevant"]:
            scores.false_positive += 1
            scores.errors.append(f"{name}: relevant but should not be; {labels['reasons']}")
        elif expected["relevant"]:
            scores.false_negative += 1
            scores.errors.append(f"{name}: missed; {labels['reasons']}")
        if labels["kind"] == expected["kind"]:
            scores.kind_correct += 1
        else:
            scores.errors.append(f"{name}: kind {labels['kind']}, expected {expected['kind']}; {labels['reasons']}")
        if expected["kind"] == "funding":
            scores.funding_items += 1
            want = expected["funding"] or {"amount": None, "currency": None, "round": None}
            got = labels["funding"] or {"amount": None, "currency": None, "round": None}
            if (got["amount"], got["currency"]) == (want["amount"], want["currency"]):
                scores.amount_correct += 1
            else:
                scores.errors.append(f"{name}: amount {got['amount']} {got['currency']}, expected {want['amount']} {want['currency']}")
            if got["round"] == want["round"]:
                scores.round_correct += 1
            else:
                scores.errors.append(f"{name}: round {got['round']}, expected {want['round']}")
        found = {organisation["name"] for organisation in labels["organisations"]}
        for organisation in expected["organisations"]:
            scores.organisations_expected += 1
            if organisation in found:
                scores.organisations_found += 1
            else:
                scores.errors.append(f"{name}: organisation {organisation} not found (found {sorted(found)})")
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--errors", action="store_true", help="list every wrong label")
    options = parser.parse_args()
    records = [json.loads(line) for line in options.devset.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = evaluate(load_classifier(options.data_dir), records)
    figures = scores.figures()
    relevant = sum(record["expected"]["relevant"] for record in records)
    print(f"{options.devset.name}: {len(records)} items, {relevant} relevant, {scores.funding_items} funding")
    for name, value in figures.items():
        target = TARGETS.get(name)
        mark = "" if target is None else ("  (target {:.2f}: {})".format(target, "met" if value >= target else "MISSED"))
        print(f"{name:<26} {value:.3f}{mark}")
    if options.errors:
        print()
        print("\n".join(scores.errors))
    return 0 if all(figures[name] >= target for name, target in TARGETS.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
