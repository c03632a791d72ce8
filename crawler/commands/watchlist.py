"""`scrapy watchlist`: grow the watch list from public catalogues, and list names it does not know yet.

scrapy watchlist import FILE_OR_URL [FILE_OR_URL ...] [--dry-run] [--commit SHA]
scrapy watchlist suggest [--min-count 2] [--limit 30]
scrapy watchlist coverage FILE_OR_URL [...]
scrapy watchlist import-edinet FILE_OR_URL [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import urllib.request
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from scrapy.exceptions import UsageError

from archive.relabel import detected_names
from common.folding import bare_name
from config.listed_companies import LISTED_FILE
from config.watchlist import IMPORTED_FILE, read_imported_file
from crawler.command_base import ProjectCommand, open_existing_archive
from pipelines.classification import Classifier, load_classifier
from pipelines.classification.catalogue import Catalogue, build_catalogue, parse_rows
from pipelines.classification.catalogue_import import ImportPlan, plan_import
from pipelines.classification.listed_import import (
    ATTRIBUTION,
    LICENCE,
    MAX_LIST_BYTES,
    SOURCE,
    SOURCE_URL,
    EdinetListError,
    decode,
    parse_edinet_list,
    render_listed,
)

SOURCE_NAME = "awesome-japanese-llm"
ORGANISATION_SENTENCES = ("{name}、生成AIの新サービスを発表", "{name} announces a new generative AI service")
MODEL_SENTENCE = "{organisation}、大規模言語モデル「{model}」を公開"


def read_source(source: str) -> str:
    """A catalogue file's text, from a local path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=30) as response:  # noqa: S310 (only http and https reach here)
                return response.read().decode("utf-8")
        except OSError as error:
            raise RuntimeError(f"could not fetch {source}: {error}") from error
    path = Path(source)
    if not path.is_file():
        raise UsageError(f"no such file: {path}", print_help=False)
    return path.read_text(encoding="utf-8")


def read_bytes(source: str) -> bytes:
    """A file's bytes, from a local path or an http(s) URL (the EDINET list is cp932, or a zip)."""
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 (only http and https reach here)
                data = response.read(MAX_LIST_BYTES + 1)
        except OSError as error:
            raise RuntimeError(f"could not fetch {source}: {error}") from error
        if len(data) > MAX_LIST_BYTES:
            raise RuntimeError(f"could not fetch {source}: larger than {MAX_LIST_BYTES:,} bytes, not the code list")
        return data
    path = Path(source)
    if not path.is_file():
        raise UsageError(f"no such file: {path}", print_help=False)
    if path.stat().st_size > MAX_LIST_BYTES:
        raise UsageError(f"{path}: larger than {MAX_LIST_BYTES:,} bytes, not the EDINET code list", print_help=False)
    return path.read_bytes()


def write_data_file(target: Path, text: str) -> None:
    """Write a data file whole or not at all: the classifier reads it at start-up, and a kill halfway through a
    plain write would leave it cut short."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def parse_catalogue_files(sources: list) -> Catalogue:
    """The catalogue of one or two READMEs: a Japanese one (with Japanese names) and an English one."""
    texts = [read_source(str(source)) for source in sources]
    parsed = [parse_rows(text) for text in texts]
    japanese = [rows for text, rows in zip(texts, parsed, strict=False) if "開発元" in text or "開発者" in text]
    others = [rows for text, rows in zip(texts, parsed, strict=False) if not ("開発元" in text or "開発者" in text)]
    if japanese and others:
        catalogue = build_catalogue(japanese[0], others[0])
    else:
        catalogue = build_catalogue((japanese or others)[0])
    if not catalogue.organisation_count and not catalogue.families:
        # A wrong file would otherwise "import" nothing and measure a coverage of 0.000, exit 0.
        raise UsageError(
            f"no model tables found in {', '.join(map(str, sources))}: give the catalogue's README.md "
            "(and en/README.md) of llm-jp/awesome-japanese-llm",
            print_help=False,
        )
    return catalogue


def coverage(classifier: Classifier, catalogue: Catalogue) -> dict[str, float]:
    """Shares of the catalogue's organisations and generative model families recognised in a sentence naming them."""
    recognised_organisations = 0
    for entry in catalogue.organisations.values():
        names = [name for name in (entry.name, entry.name_ja) if name]
        if all(
            _names_organisation(classifier, sentence.format(name=name), name)
            for name in names
            for sentence in ORGANISATION_SENTENCES[:1]
        ):
            recognised_organisations += 1
    families = [family for family in catalogue.families.values() if family.generative]
    recognised_families = 0
    for family in families:
        labels = classifier.classify(
            title=MODEL_SENTENCE.format(organisation=family.organisation, model=family.example)
        )
        if any(
            bare_name(model) == bare_name(family.name) or classifier.watchlist_model_alias(family.name) == model
            for model in labels.models
        ):
            recognised_families += 1
    return {
        "organisations": recognised_organisations / max(len(catalogue.organisations), 1),
        "model_families": recognised_families / max(len(families), 1),
    }


def _names_organisation(classifier: Classifier, sentence: str, name: str) -> bool:
    labels = classifier.classify(title=sentence)
    known = classifier.watchlist.resolve(name)
    found = set(labels.organisation_names)
    return (known is not None and known.name in found) or bare_name(name) in {bare_name(entry) for entry in found}


def render_imported(plan: ImportPlan, previous: dict, provenance: dict) -> str:
    """The imported watch-list file: earlier imports kept as they are (with any hand edits), new entries after them."""
    organisations = list(previous.get("organisation", []))
    seen = {bare_name(entry["name"]) for entry in organisations}
    organisations += [entry for entry in plan.organisations if bare_name(entry["name"]) not in seen]
    models = list(previous.get("model", []))
    seen_models = {bare_name(entry["name"]) for entry in models}
    models += [entry for entry in plan.models if bare_name(entry["name"]) not in seen_models]
    aliases = {entry["organisation"]: list(entry.get("aliases", [])) for entry in previous.get("alias", [])}
    domains = {entry["organisation"]: list(entry.get("domains", [])) for entry in previous.get("alias", [])}
    for name, extra in plan.added_aliases.items():
        aliases[name] = list(dict.fromkeys([*aliases.get(name, []), *extra]))
    for name, extra in plan.added_domains.items():
        domains[name] = list(dict.fromkeys([*domains.get(name, []), *extra]))
    lines = [
        "# Watch-list entries imported from public catalogues of Japanese LLMs by `scrapy watchlist import`.",
        "# Read together with watchlist.toml (same fields; see its header). Re-importing keeps every entry",
        "# here as it is, so hand edits stay: set `country` for organisations the import could not place",
        '# (listed under "to review" by the command), fix a sector, or delete a bad alias.',
        "",
        "[provenance]",
    ]
    lines += [f"{key} = {_toml(value)}" for key, value in provenance.items()]
    for name in dict.fromkeys([*aliases, *domains]):
        lines += ["", "[[alias]]", f"organisation = {_toml(name)}", f"aliases = {_toml(aliases.get(name, []))}"]
        if domains.get(name):
            lines.append(f"domains = {_toml(domains[name])}")
    for table, entries in (("organisation", organisations), ("model", models)):
        for entry in entries:
            lines += ["", f"[[{table}]]"]
            lines += [
                f"{key} = {_toml(value)}"
                for key, value in entry.items()
                if value not in ("", [], None) or key in ("country",)
            ]
    return "\n".join(lines) + "\n"


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {_toml(item)}" for key, item in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)


class Command(ProjectCommand):
    def syntax(self) -> str:
        return "import FILE_OR_URL [...] | suggest | coverage FILE_OR_URL [...] | import-edinet FILE_OR_URL"

    def short_desc(self) -> str:
        return (
            "Grow the watch list from a public catalogue of Japanese LLMs; list unknown names seen in the archive;"
            " import Japan's listed companies from the EDINET code list"
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--data-dir", metavar="DIR", help="watch-list directory (default: DATA_DIR)")
        parser.add_argument(
            "--dry-run", action="store_true", help="import, import-edinet: report what would be written, write nothing"
        )
        parser.add_argument("--commit", default="", help="import: the catalogue's commit, recorded as provenance")
        parser.add_argument("--min-count", type=int, default=2, help="suggest: names seen at least this often")
        parser.add_argument("--limit", type=int, default=30, help="suggest: at most this many names per kind")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args or args[0] not in ("import", "suggest", "coverage", "import-edinet"):
            raise UsageError("scrapy watchlist needs import, suggest, coverage or import-edinet", print_help=False)
        data_dir = Path(opts.data_dir or self.settings.get("DATA_DIR"))
        action, sources = args[0], args[1:]
        if action == "import-edinet":
            if len(sources) != 1:
                raise UsageError(
                    "scrapy watchlist import-edinet needs one file: EdinetcodeDlInfo.csv or its zip (or a URL)",
                    print_help=False,
                )
            self._import_edinet(sources[0], data_dir, opts)
            return
        if action in ("import", "coverage") and not sources:
            raise UsageError(f"scrapy watchlist {action} needs a catalogue file or URL", print_help=False)
        if action == "suggest":
            if sources:
                raise UsageError("scrapy watchlist suggest takes no arguments", print_help=False)
            self._suggest(data_dir, opts)
            return
        try:
            catalogue = parse_catalogue_files(sources)
        except RuntimeError as error:
            print(str(error), file=sys.stderr)
            self.exitcode = 1
            return
        classifier = load_classifier(data_dir)
        if action == "coverage":
            figures = coverage(classifier, catalogue)
            generative = sum(family.generative for family in catalogue.families.values())
            print(f"{catalogue.organisation_count} organisations, {generative} generative model families")
            for name, value in figures.items():
                print(f"  {name:<16} {value:.3f}")
            return
        self._import(classifier, catalogue, data_dir, sources, opts)

    def _import(self, classifier: Classifier, catalogue: Catalogue, data_dir: Path, sources: list[str], opts) -> None:
        target = data_dir / IMPORTED_FILE
        previous = read_imported_file(target) if target.exists() else {}
        plan = plan_import(catalogue, classifier.watchlist, classifier.lexicon_terms)
        provenance = dict(previous.get("provenance", {}))
        provenance.update(
            {
                "source": SOURCE_NAME,
                "files": [Path(source).name if not source.startswith("http") else source for source in sources],
                "commit": opts.commit or provenance.get("commit", ""),
                "imported_at": datetime.now(UTC).strftime("%Y-%m-%d"),
            }
        )
        new_orgs = [
            entry["name"]
            for entry in plan.organisations
            if entry["name"] not in {e["name"] for e in previous.get("organisation", [])}
        ]
        new_models = [
            entry["name"]
            for entry in plan.models
            if entry["name"] not in {e["name"] for e in previous.get("model", [])}
        ]
        print(f"catalogue: {catalogue.organisation_count} organisations, {len(catalogue.families)} model families")
        print(
            f"added: {len(new_orgs)} organisations, {len(new_models)} model families, "
            f"aliases for {len(plan.added_aliases)} known organisations"
        )
        for name in new_orgs:
            print(f"  + organisation {name}")
        for name in new_models:
            print(f"  + model {name}")
        for name, extra in plan.added_aliases.items():
            print(f"  + aliases of {name}: {', '.join(extra)}")
        for name, extra in plan.added_domains.items():
            print(f"  + own sites of {name}: {', '.join(extra)}")
        review = [name for name in plan.review if name in new_orgs]
        if review:
            print("to review (country unknown, no Japan evidence until set): " + ", ".join(review))
        if opts.dry_run:
            print("dry run: nothing written")
            return
        try:
            write_data_file(target, render_imported(plan, previous, provenance))
        except OSError as error:
            print(f"could not write {target}: {error}", file=sys.stderr)
            self.exitcode = 1
            return
        print(f"written to {target}")

    def _import_edinet(self, source: str, data_dir: Path, opts) -> None:
        """Write ``listed_companies.toml`` from the EDINET code list: its listed domestic companies only."""
        try:
            listing = parse_edinet_list(decode(read_bytes(source)))
        except EdinetListError as error:
            raise UsageError(f"{source}: {error}", print_help=False) from None
        except RuntimeError as error:
            print(str(error), file=sys.stderr)
            self.exitcode = 1
            return
        if not listing.companies:
            raise UsageError(f"{source}: the list names no listed domestic company (上場, 内国法人)", print_help=False)
        provenance = {
            "source": SOURCE,
            "url": SOURCE_URL,
            "list_date": listing.date,
            "licence": LICENCE,
            "attribution": ATTRIBUTION,
            "file": source if source.startswith(("http://", "https://")) else Path(source).name,
            "imported_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        }
        target = data_dir / LISTED_FILE
        print(f"EDINET code list of {listing.date}: {listing.filers} filers, {len(listing.companies)} listed companies")
        if opts.dry_run:
            for company in listing.companies[:5]:
                print(f"  {company['code']}  {company['name']}  ({company['name_en']})")
            print("dry run: nothing written")
            return
        try:
            write_data_file(target, render_listed(listing, provenance))
        except OSError as error:
            print(f"could not write {target}: {error}", file=sys.stderr)
            self.exitcode = 1
            return
        print(f"written to {target}")

    def _suggest(self, data_dir: Path, opts) -> None:
        classifier = load_classifier(data_dir)
        with open_existing_archive(self.settings.get("ARCHIVE_PATH")) as archive:
            rows = list(detected_names(archive))
        counts: dict[str, Counter] = {"organisations": Counter(), "models": Counter()}
        for detected in rows:
            for kind in counts:
                for entry in detected.get(kind, []):
                    name = entry["name"]
                    known = (
                        classifier.watchlist.resolve(name)
                        if kind == "organisations"
                        else classifier.watchlist_model_alias(name)
                    )
                    if not known:
                        counts[kind][name] += 1
        for kind, counter in counts.items():
            frequent = [(name, count) for name, count in counter.most_common() if count >= opts.min_count][: opts.limit]
            print(f"{kind} not on the watch list (seen at least {opts.min_count} times): {len(frequent)}")
            for name, count in frequent:
                print(f"  {count:>4}  {name}")
