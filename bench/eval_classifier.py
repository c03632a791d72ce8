"""Measure the classifier on labelled sets, each split into a tuning half and a test half.

    .venv/bin/python bench/eval_classifier.py [--errors] [--half tuning|test|heldout|both]
                                              [--catalogue FILE ...] [DEVSET]

Without DEVSET it scores the real-world development set
``bench/data/realworld_devset.jsonl`` and the lead-investor set
``bench/data/lead_investors.jsonl``, and the second development set
(``bench/data/devset2_items_*.jsonl`` and ``devset2_leads_*.jsonl``), written
after the held-out set by hands that saw neither the rules nor any score, and
the third (``devset3_items_*.jsonl`` and ``devset3_leads_*.jsonl``), written
the same way later still (no rule was written against either of its halves
until 3 December 2026; since then its tuning half is tuned on like the others,
and its test half stays unread), and the fourth (``devset4_items_*.jsonl`` and
``devset4_leads_*.jsonl``), written on 3 December 2026 after that session's
rules, by hands that read only the definitions (its tuning half is tuned on
from the fifth session, its test half stays unread), and the fifth
(``devset5_items_*.jsonl`` and ``devset5_leads_*.jsonl``), written the same way
during the fifth session while its first rules were being written elsewhere
(scored whole after them; its tuning half was tuned on from then, and its
test half too from the sixth session, 3 December 2026: a set in OPENED_WHOLE
counts whole in the tuning half), and the sixth (``devset6_items_*.jsonl`` and
``devset6_leads_*.jsonl``), written during the sixth session by hands that
read only the definitions (its tuning half was tuned on from 12:55 that day,
its test half stays unread), and the seventh (``devset7_*``), written the
same way at the end of the sixth session, after its rules, to measure
them (opened whole for tuning in the seventh session, 3 December 2026), and
the eighth (``devset8_*``), written the same way during the seventh session
while its rules were being written elsewhere, to decide which of them to keep
(opened whole for the session's second round),
and the ninth (``devset9_*``), written the same way later in that session to
judge its second round of rules (opened whole for tuning in the eighth
session, 3 December 2026), and the tenth (``devset10_*``), written the same
way during the eighth session to judge its rules (opened whole for tuning in
the ninth session, 3 December 2026), and the eleventh (``devset11_*``), written
the same way during the ninth session to judge its rules (``WHOLE_ONLY``:
scored only whole, in no half). ``--whole devset11`` scores one set whole
(items and lead rounds, figures only, never its errors): the figure for a set
nobody has tuned on either half of.
Every record falls in one half by a hash
of its id, fixed once: the tuning half may be looked at while rules are
written, the test half never; the figures that count are the test half's.
The held-out set (``bench/data/heldout_*.jsonl`` and
``bench/data/heldout_leads_*.jsonl``) was written after the rules were frozen,
by hands that never saw the rules, the lexicons or a score; it is scored
whole, its errors are printed only when asked for by name
(``--half heldout --errors``), and when it is there its figures decide the exit
status. ``--catalogue`` adds the field coverage: the share of a public catalogue's
organisations and model families that the watch list recognises in a
sentence naming them (see ``crawler/commands/watchlist.py``).

Each item is classified as the crawl would see it: with its source, the kind
its source gives it and the issuers the feed names.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from common.folding import bare_name  # noqa: E402
from pipelines.classification import Classifier, Labels, load_classifier  # noqa: E402

DATA = PROJECT_ROOT / "bench" / "data"
DEFAULT_DEVSET = DATA / "realworld_devset.jsonl"
DEFAULT_LEADS = DATA / "lead_investors.jsonl"
DEFAULT_DATA_DIR = PROJECT_ROOT / "crawler" / "data"
SECOND_DEVSET = "devset2_items_*.jsonl"
SECOND_LEADS = "devset2_leads_*.jsonl"
THIRD_DEVSET = "devset3_items_*.jsonl"
THIRD_LEADS = "devset3_leads_*.jsonl"
FOURTH_DEVSET = "devset4_items_*.jsonl"
FOURTH_LEADS = "devset4_leads_*.jsonl"
FIFTH_DEVSET = "devset5_items_*.jsonl"
FIFTH_LEADS = "devset5_leads_*.jsonl"
SIXTH_DEVSET = "devset6_items_*.jsonl"
SIXTH_LEADS = "devset6_leads_*.jsonl"
SEVENTH_DEVSET = "devset7_items_*.jsonl"
SEVENTH_LEADS = "devset7_leads_*.jsonl"
EIGHTH_DEVSET = "devset8_items_*.jsonl"
EIGHTH_LEADS = "devset8_leads_*.jsonl"
NINTH_DEVSET = "devset9_items_*.jsonl"
NINTH_LEADS = "devset9_leads_*.jsonl"
TENTH_DEVSET = "devset10_items_*.jsonl"
TENTH_LEADS = "devset10_leads_*.jsonl"
ELEVENTH_DEVSET = "devset11_items_*.jsonl"
ELEVENTH_LEADS = "devset11_leads_*.jsonl"
# Sets whose test half has been opened for tuning too: all their records count in the tuning half.
OPENED_WHOLE = frozenset({"devset5", "devset7", "devset8", "devset9", "devset10"})
# Sets that judge rules being written: scored only whole (``--whole``), never in a half, so that nobody tuning on
# the tuning halves sees their figures or errors.
WHOLE_ONLY = frozenset({"devset11"})
HELDOUT_ITEMS = "heldout_b*.jsonl"
HELDOUT_LEADS = "heldout_leads_*.jsonl"
TARGETS = {"relevance_f1": 0.95, "kind_accuracy": 0.9, "funding_amount_accuracy": 0.9, "organisation_recall": 0.9}
LEAD_TARGETS = {"lead_recall": 0.8, "lead_precision": 0.8}
COVERAGE_TARGETS = {"organisations": 0.9, "model_families": 0.8}


def half(record_id: str, set_name: str = "") -> str:
    """The half a record belongs to, from a hash of its id: the same on every machine, for ever.

    A set in OPENED_WHOLE has no test half left: every record of it is tuned on.
    """
    if set_name in OPENED_WHOLE:
        return "tuning"
    return "test" if hashlib.sha256(record_id.encode("utf-8")).digest()[0] & 1 else "tuning"


def classify_record(classifier: Classifier, record: dict, kind: str | None = None) -> Labels:
    return classifier.classify(
        title=record["title"],
        text=record.get("text", ""),
        url=record.get("url", ""),
        language=record.get("language", ""),
        source=record.get("source", ""),
        kind=kind if kind is not None else record.get("kind_hint"),
        published=record.get("published"),
        issuers=record.get("issuers", ()),
    )


# A label giving a name with its short form in brackets: "National Institute of ... (AIST)", "情報通信研究機構(NICT)".
_WITH_SHORT_FORM = re.compile(r"^(?P<long>.+?)\s*[(（](?P<short>[^()（）]+)[)）]$")


def label_forms(expected: str) -> list[str]:
    """The forms a labelled name may be found by: as written, and, when it carries its short form in brackets,
    the long name alone or the short form alone (the item names the organisation either way)."""
    match = _WITH_SHORT_FORM.match(expected)
    return [expected, match["long"], match["short"]] if match else [expected]


# What a group's parent company is called after its short name, which the press and the labels often leave off:
# "SoftBank" for SoftBank Group, "Sony" for Sony Group, 楽天 for 楽天グループ.
_GROUP_WORD = re.compile(r"\s?(?:group|holdings|グループ|ホールディングス)$")


def names_match(classifier: Classifier, expected: str, found: Iterable[str]) -> bool:
    """An expected name is found when a found name is the same bare name (either of them may carry the word for a
    group's parent after it) or the same watch-list organisation."""
    found = list(found)
    for form in label_forms(expected):
        wanted = bare_name(form)
        known = classifier.watchlist.resolve(form)
        for name in found:
            bare = bare_name(name)
            if bare == wanted or _GROUP_WORD.sub("", bare) == wanted or bare == _GROUP_WORD.sub("", wanted):
                return True
            if known is not None and classifier.watchlist.resolve(name) is known:
                return True
    return False


def found_names(labels: Labels) -> list[str]:
    names = []
    for organisation in labels.organisations:
        names.append(organisation["name"])
        if organisation.get("name_ja"):
            names.append(organisation["name_ja"])
    names.extend(entry["name"] for entry in (labels.detected or {}).get("organisations", []))
    return names


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
        labels = classify_record(classifier, record)
        scores.items += 1
        name = record["id"]
        if labels.relevant and expected["relevant"]:
            scores.true_positive += 1
        elif labels.relevant:
            scores.false_positive += 1
            scores.errors.append(f"{name}: relevant but should not be; {labels.reasons}")
        elif expected["relevant"]:
            scores.false_negative += 1
            scores.errors.append(f"{name}: missed; {labels.reasons}")
        if labels.kind == expected["kind"]:
            scores.kind_correct += 1
        else:
            scores.errors.append(f"{name}: kind {labels.kind}, expected {expected['kind']}; {labels.reasons}")
        if expected["kind"] == "funding":
            scores.funding_items += 1
            want = expected["funding"] or {"amount": None, "currency": None, "round": None}
            got = labels.funding or {"amount": None, "currency": None, "round": None}
            if (got["amount"], got["currency"]) == (want["amount"], want["currency"]):
                scores.amount_correct += 1
            else:
                scores.errors.append(
                    f"{name}: amount {got['amount']} {got['currency']}, expected {want['amount']} {want['currency']}"
                )
            if got["round"] == want["round"]:
                scores.round_correct += 1
            else:
                scores.errors.append(f"{name}: round {got['round']}, expected {want['round']}")
        found = found_names(labels)
        for organisation in expected["organisations"]:
            scores.organisations_expected += 1
            if names_match(classifier, organisation, found):
                scores.organisations_found += 1
            else:
                scores.errors.append(f"{name}: organisation {organisation} not found (found {sorted(set(found))})")
    return scores


@dataclass
class LeadScores:
    expected: int = 0
    recalled: int = 0
    given: int = 0
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {
            "lead_recall": self.recalled / max(self.expected, 1),
            "lead_precision": self.correct / max(self.given, 1),
        }


def evaluate_leads(classifier: Classifier, records: list[dict]) -> LeadScores:
    """Recall and precision of lead investors over (round, lead) pairs."""
    scores = LeadScores()
    for record in records:
        labels = classify_record(classifier, record, kind=record.get("kind_hint") or "funding")
        got = (labels.funding or {}).get("lead_investors") or []
        want = record["expected"]["lead_investors"]
        scores.expected += len(want)
        scores.given += len(got)
        for lead in want:
            if names_match(classifier, lead, got):
                scores.recalled += 1
            else:
                scores.errors.append(f"{record['id']}: lead {lead} missed (got {got})")
        for lead in got:
            if names_match(classifier, lead, want):
                scores.correct += 1
            else:
                scores.errors.append(f"{record['id']}: {lead!r} given as lead, expected {want}")
    return scores


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_all(pattern: str) -> list[dict]:
    """Every record of the files in bench/data matching pattern, in file order."""
    return [record for path in sorted(DATA.glob(pattern)) for record in read_jsonl(path)]


def print_figures(figures: dict[str, float], targets: dict[str, float]) -> bool:
    met = True
    for name, value in figures.items():
        target = targets.get(name)
        mark = "" if target is None else "  (target {:.2f}: {})".format(target, "met" if value >= target else "MISSED")
        met = met and (target is None or value >= target)
        print(f"  {name:<26} {value:.3f}{mark}")
    return met


SETS = {
    "devset2": (SECOND_DEVSET, SECOND_LEADS),
    "devset3": (THIRD_DEVSET, THIRD_LEADS),
    "devset4": (FOURTH_DEVSET, FOURTH_LEADS),
    "devset5": (FIFTH_DEVSET, FIFTH_LEADS),
    "devset6": (SIXTH_DEVSET, SIXTH_LEADS),
    "devset7": (SEVENTH_DEVSET, SEVENTH_LEADS),
    "devset8": (EIGHTH_DEVSET, EIGHTH_LEADS),
    "devset9": (NINTH_DEVSET, NINTH_LEADS),
    "devset10": (TENTH_DEVSET, TENTH_LEADS),
    "devset11": (ELEVENTH_DEVSET, ELEVENTH_LEADS),
}


def score_part(classifier: Classifier, label: str, records: list[dict], leads: list[dict]) -> tuple[bool, list[str]]:
    """Print the figures of a set of items and of lead rounds; whether every target is met, and the errors."""
    scores = evaluate(classifier, records)
    relevant = sum(record["expected"]["relevant"] for record in records)
    print(f"{label}: {len(records)} items, {relevant} relevant, {scores.funding_items} funding")
    met = print_figures(scores.figures(), TARGETS)
    lead_scores = evaluate_leads(classifier, leads)
    print(f"{label}, lead investors: {len(leads)} rounds, {lead_scores.expected} leads")
    met = print_figures(lead_scores.figures(), LEAD_TARGETS) and met
    return met, scores.errors + lead_scores.errors


def score_whole(classifier: Classifier, name: str) -> int:
    """Figures of one development set, both halves together; its errors are never printed."""
    items_pattern, leads_pattern = SETS[name]
    records, leads = read_all(items_pattern), read_all(leads_pattern)
    if not records and not leads:
        print(f"error: no records match bench/data/{items_pattern}", file=sys.stderr)
        return 2
    met, _errors = score_part(classifier, f"{name} whole", records, leads)
    return 0 if met else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "devset", nargs="?", type=Path, help="a labelled set to score whole (default: the real-world set, by halves)"
    )
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--half", choices=("tuning", "test", "heldout", "both"), default="both")
    parser.add_argument(
        "--whole",
        choices=tuple(SETS),
        help="score one development set whole, both halves together, figures only",
    )
    parser.add_argument(
        "--catalogue", type=Path, nargs="*", default=[], help="catalogue README files to measure field coverage against"
    )
    parser.add_argument(
        "--errors", action="store_true", help="list every wrong label (of the tuning half only, unless --half test)"
    )
    options = parser.parse_args()
    classifier = load_classifier(options.data_dir)
    if options.devset is not None:
        records = read_jsonl(options.devset)
        scores = evaluate(classifier, records)
        relevant = sum(record["expected"]["relevant"] for record in records)
        print(f"{options.devset.name}: {len(records)} items, {relevant} relevant, {scores.funding_items} funding")
        met = print_figures(scores.figures(), TARGETS)
        if options.errors:
            print("\n".join(scores.errors))
        return 0 if met else 1
    if options.whole:
        return score_whole(classifier, options.whole)
    halves = ("tuning", "test", "heldout") if options.half == "both" else (options.half,)
    heldout = read_all(HELDOUT_ITEMS)
    heldout_leads = read_all(HELDOUT_LEADS)
    devsets = [
        ("", DEFAULT_DEVSET.name, read_jsonl(DEFAULT_DEVSET), read_jsonl(DEFAULT_LEADS)),
        *(
            (name, f"{name} (bench/data/{name}_*)", read_all(items), read_all(leads))
            for name, (items, leads) in SETS.items()
        ),
    ]
    deciding = "heldout" if heldout else "test"
    met = True
    for name in halves:
        if name == "heldout":
            if not heldout:
                continue
            parts = [("held-out set (bench/data/heldout_*)", heldout, heldout_leads)]
        else:
            parts = [
                (
                    f"{set_label} {name} half" + (" (both halves, opened)" if key in OPENED_WHOLE else ""),
                    [record for record in records if half(record["id"], key) == name],
                    [record for record in leads if half(record["id"], key) == name],
                )
                for key, set_label, records, leads in devsets
                if key not in WHOLE_ONLY and any(half(record["id"], key) == name for record in (*records, *leads))
            ]
        for label, part, lead_part in parts:
            half_met, errors = score_part(classifier, label, part, lead_part)
            if name == deciding:
                met = met and half_met  # only the figures nobody tuned on decide the exit status
            if options.errors and (name == "tuning" or options.half == name):
                print("\n".join(errors))
    if options.catalogue:
        from crawler.commands.watchlist import coverage, parse_catalogue_files  # noqa: PLC0415

        catalogue = parse_catalogue_files(options.catalogue)
        figures = coverage(classifier, catalogue)
        print(
            f"field coverage against {', '.join(path.name for path in options.catalogue)}: "
            f"{catalogue.organisation_count} organisations, {len(catalogue.families)} model families"
        )
        met = print_figures(figures, COVERAGE_TARGETS) and met
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
