"""The short summary printed after `make demo` and `make run`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from common.yen import format_yen


@dataclass
class ArchiveSummary:
    """What the archive holds, in the few figures a newcomer wants first."""

    total: int
    relevant: int
    by_kind: dict[str, tuple[int, int]]
    newest_papers: list[dict] = field(default_factory=list)
    funding_rounds: list[dict] = field(default_factory=list)
    top_organisations: list[tuple[str, int]] = field(default_factory=list)
    last_runs: list[dict] = field(default_factory=list)


def summarise(db: sqlite_utils.Database, *, papers: int = 5) -> ArchiveSummary:
    by_kind = {
        kind: (total, relevant or 0)
        for kind, total, relevant in db.execute(
            "SELECT kind, count(*), sum(relevant) FROM items GROUP BY kind ORDER BY kind"
        )
    }
    newest_papers = [
        dict(zip(("title", "url", "published_at", "relevant", "topics", "models"), row, strict=False))
        for row in db.execute(
            """SELECT title, url, published_at, relevant, topics, models FROM items
               WHERE kind = 'paper' ORDER BY relevant DESC, published_at DESC LIMIT ?""",
            [papers],
        )
    ]
    funding_rounds = [
        dict(zip(("company", "round", "as_written", "amount_jpy", "lead_investors"), row, strict=False))
        for row in db.execute(
            """SELECT company, round, as_written, amount_jpy, lead_investors FROM funding_rounds
               ORDER BY coalesce(amount_jpy, 0) DESC LIMIT 5"""
        )
    ]
    top_organisations = [
        (name, count)
        for name, count in db.execute(
            """SELECT organisation, count(DISTINCT item_id) AS mentions FROM item_organisations
               GROUP BY organisation ORDER BY mentions DESC, organisation LIMIT 8"""
        )
    ]
    last_runs = [
        dict(zip(("spider", "finish_reason", "items_scraped", "items_new", "error_count"), row, strict=False))
        for row in db.execute(
            """SELECT spider, finish_reason, items_scraped, items_new, error_count FROM crawl_runs
               WHERE id IN (SELECT max(id) FROM crawl_runs GROUP BY spider) ORDER BY spider"""
        )
    ]
    total, relevant = db.execute("SELECT count(*), coalesce(sum(relevant), 0) FROM items").fetchone()
    return ArchiveSummary(total, relevant, by_kind, newest_papers, funding_rounds, top_organisations, last_runs)


def format_summary(summary: ArchiveSummary, archive_path: Path) -> str:
    lines = ["", f"Archive {archive_path}: {summary.total} items, {summary.relevant} relevant", ""]
    if summary.last_runs:
        lines.append("Last crawls:")
        for run in summary.last_runs:
            lines.append(
                f"  {run['spider']:<11} {run['finish_reason']:<10} scraped {run['items_scraped']:>4}"
                f"  new {run['items_new']:>4}  errors {run['error_count']}"
            )
        lines.append("")
    lines.append("Items by kind (relevant / all):")
    for kind, (total, relevant) in summary.by_kind.items():
        lines.append(f"  {kind:<8} {relevant:>4} / {total}")
    if summary.newest_papers:
        lines += ["", "Newest papers:"]
        for paper in summary.newest_papers:
            mark = "*" if paper["relevant"] else " "
            topics = ", ".join(json.loads(paper["topics"] or "[]"))
            lines.append(f" {mark} {paper['published_at'][:10]}  {paper['title']}")
            lines.append(f"     {paper['url']}" + (f"  [{topics}]" if topics else ""))
    if summary.funding_rounds:
        lines += ["", "Funding rounds:"]
        for funding in summary.funding_rounds:
            leads = ", ".join(json.loads(funding["lead_investors"] or "[]"))
            lines.append(
                f"  {funding['company'] or '?'}: {funding['round'] or 'round not stated'}, "
                f"{format_yen(funding['amount_jpy'])} ({funding['as_written'] or 'amount not stated'})"
                + (f", led by {leads}" if leads else "")
            )
    if summary.top_organisations:
        lines += [
            "",
            "Most mentioned organisations: "
            + ", ".join(f"{name} ({count})" for name, count in summary.top_organisations),
        ]
    lines += [
        "",
        "Query it:",
        f"  JPLLM_ARCHIVE={archive_path} scrapy search 言語モデル",
        f'  sqlite-utils {archive_path} "select kind, title, url from relevant_items limit 5" --table',
        f"  datasette {archive_path} --metadata archive/datasette.yaml   (optional extra)",
        "",
    ]
    return "\n".join(lines)
