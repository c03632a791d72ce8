"""A realistic archive of N items, built fast through the project's own schema.

The items are variations of the 242 labelled examples of
``tests/fixtures/classification`` (papers and news in Japanese and English),
labelled once by the project's classifier, spread over three years of
publication dates, with a known share of duplicates reported by a second
source, organisation links, funding rounds, and a daily crawl history.

The archive is opened once with ``archive.Archive`` (every migration,
trigger and view), then filled in bulk: the full-text triggers and the
secondary indexes are set aside while rows go in and put back exactly as
they were afterwards (the FTS index and the maintained counts are rebuilt
from the rows; the short-word index is written beside them, from a cache of
``archive.grams`` tokens), which is what makes a million items take minutes,
not hours. tests/test_read_side_at_scale.py checks that what this writes is
what the archive's own writes and rebuilds give.

    .venv/bin/python bench/fixture.py --items 1000000 --out /tmp/jpllm-1m.db

A finished archive is reused when ``--out`` already holds one of that size
built by this version of the script (``--rebuild`` forces a new one).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import Archive, grams  # noqa: E402
from bench.fixture_rows import END, SOURCES, YEARS, rows  # noqa: E402
from common.times import format_utc  # noqa: E402

# Bump when the generated rows change, so an old cached archive is rebuilt.
FIXTURE_VERSION = 4


def _set_aside(connection: sqlite3.Connection) -> list[str]:
    """Drop the triggers and secondary indexes of the bulk-loaded tables; return the SQL to put them back."""
    rows = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('trigger', 'index')"
        " AND tbl_name IN ('items', 'item_sources', 'item_organisations', 'funding_rounds')"
    ).fetchall()
    for kind, name, _ in rows:
        connection.execute(f"DROP {kind.upper()} {name}")
    # Indexes first: triggers may rely on them.
    return [sql for kind, _, sql in rows if kind == "index"] + [sql for kind, _, sql in rows if kind == "trigger"]


def build(path: Path, items: int) -> None:
    """Create the archive at ``path`` with ``items`` generated items."""
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    Archive(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -200000")
    restore = _set_aside(connection)
    connection.execute("BEGIN")
    columns = None
    organisations: dict[str, tuple] = {}
    batch: list[tuple] = []
    links: list[tuple] = []
    sources: list[tuple] = []
    rounds: list[tuple] = []
    short_words: list[tuple] = []
    written = 0

    def flush() -> None:
        nonlocal written
        connection.executemany(
            f"INSERT INTO items ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", batch
        )
        connection.executemany(
            "INSERT OR IGNORE INTO item_organisations (item_id, organisation, role, published_at) VALUES (?, ?, ?, ?)",
            links,
        )
        connection.executemany("INSERT OR IGNORE INTO item_sources VALUES (?, ?, ?, ?, ?)", sources)
        connection.executemany(
            "INSERT INTO funding_rounds (id, item_id, company, as_written, amount, currency, amount_jpy, qualifier,"
            " round, instrument, investors, lead_investors, undisclosed, announced_at, item_published_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rounds,
        )
        connection.executemany(f"INSERT INTO {grams.TABLE} (rowid, grams) VALUES (?, ?)", short_words)
        written += len(batch)
        batch.clear(), links.clear(), sources.clear(), rounds.clear(), short_words.clear()

    for row, organisation_rows, source_rows, funding, row_grams in rows(items):
        columns = columns or list(row)
        batch.append(tuple(row.values()))
        # Items go in as rowid 1, 2, 3 ... (a new table, one insert each); checked below.
        short_words.append((len(short_words) + written + 1, row_grams))
        for name, name_ja, sector, country, role in organisation_rows:
            organisations.setdefault(name, (name, name_ja, sector, country))
            links.append((row["id"], name, role, row["published_at"]))
        sources.extend(source_rows)
        if funding and funding.get("company"):
            rounds.append(
                (
                    f"{row['id']}#1",
                    row["id"],
                    funding["company"],
                    funding.get("as_written"),
                    funding.get("amount"),
                    funding.get("currency"),
                    funding.get("amount_jpy"),
                    funding.get("qualifier"),
                    funding.get("round"),
                    funding.get("instrument"),
                    json.dumps(funding.get("investors") or [], ensure_ascii=False),
                    json.dumps(funding.get("lead_investors") or [], ensure_ascii=False),
                    int(bool(funding.get("undisclosed"))),
                    row["published_at"],
                    row["published_at"],  # the item's date, as the archive's trigger copies it
                )
            )
        if len(batch) >= 20000:
            flush()
    if batch:
        flush()
    connection.executemany("INSERT OR IGNORE INTO organisations VALUES (?, ?, ?, ?)", organisations.values())
    _crawl_history(connection)
    loaded = time.perf_counter()
    print(f"  rows loaded in {loaded - started:.0f} s; rebuilding indexes and the full-text index", file=sys.stderr)
    for sql in restore:
        if "CREATE INDEX" in sql.upper() or "CREATE UNIQUE INDEX" in sql.upper():
            connection.execute(sql)
    _phase("indexes", loaded)
    mark = time.perf_counter()
    # With FTS5's default 1 MiB hash: a larger one (64 MiB) saved a fifth of
    # the rebuild but left dozens of large unmerged segments, and the first
    # writes afterwards paid for merging them (42 ms an item at a million
    # items instead of 3), so the archive measured was not one the triggers
    # would have built.
    connection.execute("INSERT INTO items_fts (items_fts) VALUES ('rebuild')")
    _phase("full-text index", mark)
    _rebuild_derived(connection, items)
    for sql in restore:
        if sql.upper().startswith("CREATE TRIGGER"):
            connection.execute(sql)
    connection.execute("CREATE TABLE IF NOT EXISTS bench_fixture (version INTEGER, items INTEGER)")
    connection.execute("DELETE FROM bench_fixture")
    connection.execute("INSERT INTO bench_fixture VALUES (?, ?)", [FIXTURE_VERSION, items])
    connection.execute("COMMIT")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _rebuild_derived(connection: sqlite3.Connection, items: int) -> None:
    """Fill the counts the archive maintains from items; check the short-word index written beside the rows."""
    from archive import summary_tables, week_counts

    mark = time.perf_counter()
    summary_tables.rebuild_all(connection)
    _phase("summary tables", mark)
    mark = time.perf_counter()
    week_counts.rebuild_all(connection)
    _phase("weekly counts", mark)
    if connection.execute("SELECT count(*), max(rowid) FROM items").fetchone() != (items, items):
        raise RuntimeError("items did not get the rowids 1..N the short-word index was written with")


def _phase(name: str, since: float) -> None:
    print(f"  {name}: {time.perf_counter() - since:.0f} s", file=sys.stderr)


def _crawl_history(connection: sqlite3.Connection) -> None:
    """One crawl a day per spider for three years, each with its sources' counters."""
    runs, source_runs = [], []
    day = END - timedelta(days=YEARS * 365)
    run_id = 0
    while day < END:
        for spider, kinds in (("arxiv", ["paper"]), ("press", ["press", "news", "policy"]), ("funding", ["funding"])):
            run_id += 1
            finished = format_utc(day + timedelta(hours=run_id % 3, minutes=5))
            runs.append(
                (
                    run_id,
                    spider,
                    "{}",
                    format_utc(day + timedelta(hours=run_id % 3)),
                    finished,
                    "finished",
                    100,
                    90,
                    0,
                    0,
                    0,
                    "[]",
                    "{}",
                )
            )
            for kind in kinds:
                for source in SOURCES[kind]:
                    source_runs.append((run_id, source, finished, 1, 0, '{"200": 1}', 10, 3, 0, 0, 0, ""))
        day += timedelta(days=1)
    connection.executemany(
        "INSERT INTO crawl_runs (id, spider, arguments, started_at, finished_at, finish_reason,"
        " items_scraped, items_new, items_updated, items_dropped, error_count, flags, stats)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        runs,
    )
    connection.executemany(
        "INSERT INTO source_runs (crawl_run_id, source, finished_at, requests, not_modified,"
        " statuses, items_found, items_new, parse_errors, bozo_feeds, mojibake, last_error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        source_runs,
    )


def cached(path: Path, items: int) -> bool:
    """Whether ``path`` already holds a finished archive of ``items`` items from this version."""
    if not path.is_file():
        return False
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT version, items FROM bench_fixture").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return row == (FIXTURE_VERSION, items)


def ensure(path: Path, items: int, *, rebuild: bool = False) -> Path:
    """The archive at ``path``, built if it is missing, stale or ``rebuild`` is asked for."""
    if rebuild or not cached(path, items):
        print(f"Building an archive of {items:,} items at {path} ...", file=sys.stderr)
        path.parent.mkdir(parents=True, exist_ok=True)
        build(path, items)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rebuild", action="store_true")
    options = parser.parse_args()
    ensure(options.out, options.items, rebuild=options.rebuild)
    print(options.out)


if __name__ == "__main__":
    main()
