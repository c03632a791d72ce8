"""`scrapy search`: full-text search of the archive, in Japanese and English."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scrapy.exceptions import UsageError

from archive.search import HIGHLIGHT, SearchError, SearchFilters, SearchResult, hit_rows, search
from archive.stats import clip, format_table
from common.items import KINDS
from config.watchlist import load_aliases
from crawler.command_base import ProjectCommand, open_existing_archive

FORMATS = ("table", "json", "csv")
BOLD = ("\033[1m", "\033[0m")
# The classifier's watch list, whose organisation aliases --org understands.
WATCHLIST_FILE = "watchlist.toml"
CSV_COLUMNS = (
    "rank",
    "date",
    "kind",
    "title",
    "url",
    "source",
    "organisations",
    "topics",
    "week",
    "relevant",
    "score",
    "snippet",
    "id",
)


@contextmanager
def output_to_pipe() -> Iterator[None]:
    """Stop quietly when the reader of stdout goes away (``scrapy search ... | head``)."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the broken pipe again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class Command(ProjectCommand):
    def syntax(self) -> str:
        return "QUERY [options]"

    def short_desc(self) -> str:
        return "Search the archive's titles and summaries (Japanese and English), best matches first"

    def long_desc(self) -> str:
        return (
            "Search the archive's titles and summaries, ranked by relevance (bm25) and recency, with a "
            "highlighted snippet per hit, among the newest 1,000 matches. Words of three or more characters "
            "use the trigram index, shorter ones (生成, AI) the short-word index. All words must match; "
            'write OR between words for either, -word or NOT word to leave one out, and "double quotes" for a phrase.'
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--kind", choices=KINDS, help="only items of this kind")
        parser.add_argument(
            "--org",
            metavar="NAME",
            help="only items linked to this organisation (name, Japanese name or alias; any case)",
        )
        parser.add_argument("--topic", metavar="TOPIC", help="only items with this topic, e.g. funding, model_release")
        parser.add_argument(
            "--since",
            metavar="DATE",
            help="only items dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY, Asia/Tokyo)",
        )
        parser.add_argument("--until", metavar="DATE", help="only items dated on or before DATE (same forms)")
        relevance = parser.add_mutually_exclusive_group()
        relevance.add_argument(
            "--relevant-only",
            dest="relevant_only",
            action="store_true",
            default=True,
            help="only items classified as relevant (the default)",
        )
        relevance.add_argument("--all", dest="relevant_only", action="store_false", help="every item, relevant or not")
        parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default: 20)")
        parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        # Scrapy hands over unknown options as arguments, so "-NEC" arrives
        # as a query word, and so does a "--" separator, which is not one.
        args = [arg for arg in args if arg != "--"]
        if not args:
            raise UsageError("give a query, e.g. scrapy search 言語モデル", print_help=False)
        filters = SearchFilters(
            kind=opts.kind,
            organisation=opts.org,
            topic=opts.topic,
            since=opts.since,
            until=opts.until,
            relevant_only=opts.relevant_only,
            limit=opts.limit,
        )
        colour = opts.format == "table" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        aliases = load_aliases(Path(self.settings.get("DATA_DIR") or ".") / WATCHLIST_FILE)
        archive = open_existing_archive(self.settings.get("ARCHIVE_PATH"))
        try:
            result = search(
                archive.db, " ".join(args), filters, aliases=aliases, highlight=BOLD if colour else HIGHLIGHT
            )
        except SearchError as error:
            raise UsageError(str(error), print_help=False) from error
        finally:
            archive.close()
        for note in result.notes:
            print(f"note: {note}", file=sys.stderr)
        if result.truncated and opts.format != "table":
            print(f"note: more items match; only the best {len(result.hits)} are shown (--limit)", file=sys.stderr)
        with output_to_pipe():
            if opts.format == "json":
                json.dump([hit.as_dict() for hit in result.hits], sys.stdout, ensure_ascii=False, indent=2)
                print()
            elif opts.format == "csv":
                writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
                writer.writeheader()
                writer.writerows(hit_rows(result.hits))
            else:
                print(format_hits(result, filters))


def format_hits(result: SearchResult, filters: SearchFilters) -> str:
    """Hits as a table, each row followed by its snippet and link."""
    if not result.hits:
        scope = "relevant items" if filters.relevant_only else "items"
        hint = "; try --all to include items not classified as relevant" if filters.relevant_only else ""
        return f"No {scope} match{hint}."
    table = format_table(
        ["#", "date", "kind", "title", "organisations"],
        [
            [number, hit.date[:10], hit.kind, clip(hit.title, 60), clip(", ".join(hit.organisations), 30)]
            for number, hit in enumerate(result.hits, start=1)
        ],
        numeric=[True, False, False, False, False],
    ).splitlines()
    lines = table[:2]
    indent = " " * (len(str(len(result.hits))) + 2)
    for row, hit in zip(table[2:], result.hits, strict=False):
        lines.extend([row, f"{indent}{hit.snippet}", f"{indent}{hit.url}"])
    how = {"index": "full-text index", "scan": "scan", "index+scan": "full-text index and scan"}[result.mode]
    plural = "hit" if len(result.hits) == 1 else "hits"
    more = f", more with a --limit above {len(result.hits)}" if result.truncated else ""
    lines.append(f"{len(result.hits)} {plural} ({how}; ranked by relevance and recency){more}")
    if result.organisations:
        lines.append(f"organisation: {', '.join(result.organisations)}")
    return "\n".join(lines)
