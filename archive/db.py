"""Opening the archive and every write to it.

One module owns the writes so that the rules of the archive live in one place:
an item's ``first_seen_at`` never changes, an arXiv paper keeps its latest
version, labels are replaced as a whole, every write is a short
``BEGIN IMMEDIATE`` transaction (so two crawls writing at once wait for each
other instead of failing with ``database is locked``).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from archive import batch_writes, item_writes
from archive.item_writes import ITEM_COLUMNS, JSON_COLUMNS, LABEL_COLUMNS, ItemWrite  # noqa: F401
from archive.schema import migrate
from archive.views import create_views
from common.times import utc_now
from common.weeks import iso_week

DEFAULT_ARCHIVE_PATH = "data/archive.db"
ARCHIVE_PATH_ENV = "JPLLM_ARCHIVE"
# Seconds a write waits for another writer's lock before it is refused.
DEFAULT_BUSY_TIMEOUT = 30.0
# The writer's page cache (SQLite's default is 2 MiB). Each item touches a
# dozen indexes and the full-text index; at a million items their pages no
# longer fit in 2 MiB and every write read them back from the file.
WRITER_CACHE_KIB = 32 * 1024
# Pages the write-ahead log gathers before they are copied into the archive
# (SQLite's default is 1,000, 4 MiB). A batch of 200 items dirties a few
# thousand pages at a million items, so every commit copied them, and the
# pages batches share (index interiors, full-text segments merged soon
# after, the counts) were copied again each time: 10,000 took a sixth off
# a batch's wall-clock time. The log is reused, not grown, past that.
WRITER_WAL_PAGES = 10_000


class ArchiveError(Exception):
    """The archive cannot be opened or written; the message says why."""


class ArchiveWriteError(ArchiveError):
    """SQLite refused a write: the lock stayed busy, the disk is full, the file is read-only..."""


# SQLite's primary result codes of a refused write (https://sqlite.org/rescode.html).
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED


def write_error(path: Path, error: sqlite3.Error) -> ArchiveWriteError:
    """The ``ArchiveWriteError`` of a SQLite error raised by a write."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    busy = code in _BUSY_CODES or "locked" in str(error)
    if busy:
        return ArchiveWriteError(f"archive {path} is busy: another writer held it past the busy timeout ({error})")
    return ArchiveWriteError(f"cannot write to archive {path}: {error}")


def resolve_archive_path(setting: str | None = None) -> Path:
    """The archive path: the environment variable wins over the setting."""
    return Path(os.environ.get(ARCHIVE_PATH_ENV) or setting or DEFAULT_ARCHIVE_PATH)


class Archive:
    """The SQLite archive: schema on open, WAL, busy timeout, all writes."""

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
            self.db = sqlite_utils.Database(connection)
            self.db.execute("PRAGMA foreign_keys = ON")
            # In WAL mode NORMAL cannot corrupt the archive; a power cut can
            # lose the last transactions, which the next crawl fetches again.
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {WRITER_WAL_PAGES}")
            if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.db.enable_wal()
            migrate(self.db)
            create_views(self.db)
        except sqlite3.DatabaseError as error:
            raise ArchiveError(f"cannot open archive {self.path}: {error}") from error

    @classmethod
    def reading(cls, path: Path, connection: sqlite3.Connection) -> Archive:
        """An archive over a read-only connection (``archive.reader``): no migration, no write."""
        archive = cls.__new__(cls)
        archive.path = Path(path)
        archive.db = sqlite_utils.Database(connection)
        return archive

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """A write transaction that takes the write lock up front.

        A write SQLite refuses (busy past the timeout, disk full, read-only
        file, I/O error) is rolled back whole and raised as ``ArchiveWriteError``.
        """
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise write_error(self.path, error) from error
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as error:
            if self.db.conn.in_transaction:
                try:
                    self.db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite already rolled back (a full disk can do that)
            if isinstance(error, sqlite3.OperationalError):
                raise write_error(self.path, error) from error
            raise

    def store_item(
        self,
        item: Mapping[str, Any],
        *,
        organisations: list[Mapping[str, Any]] | None = None,
        funding_rounds: list[Mapping[str, Any]] | None = None,
        classifier_input: Mapping[str, Any] | None = None,
        now: str | None = None,
    ) -> str:
        """Insert or update one item; return ``"new"``, ``"updated"`` or ``"unchanged"``.

        An older arXiv version never overwrites a newer one, and the item's
        first-seen time, week and backfill mark are set once. When
        ``organisations`` is given, the item's organisation links and funding
        rounds are replaced in the same transaction (unless the item is
        unchanged), so an item is never stored without them.
        ``classifier_input`` (``kind``, ``issuers``, ``text``: what the
        classifier read that the item's columns do not keep) is stored with
        the labels it produced, for ``scrapy reclassify``.
        """
        now = now or utc_now()
        with self.write() as db:
            return item_writes.store(
                db, item, organisations, funding_rounds or [], now, iso_week(now), classifier_input
            )

    def write_batch(self, entries: list[ItemWrite], *, now: str | None = None) -> list[tuple[str, bool]]:
        """Several items in one transaction, in order: all stored, or none (``ArchiveWriteError``).

        Each entry is stored with its organisations, funding rounds and
        classifier input, or, with ``duplicate_of``, recorded as another
        source of that item and enriched from it. Returns ``(outcome,
        enriched)`` per entry.
        """
        now = now or utc_now()
        week = iso_week(now)
        with self.write() as db:
            return batch_writes.write_batch(db, entries, now, week)

    def add_item_source(self, item_id: str, source: str, url: str, source_query: str = "") -> bool:
        """Record that another source carried an item already stored; True if new."""
        with self.write() as db:
            return item_writes.add_source(db, item_id, source, url, source_query, utc_now())

    def replace_entities(
        self,
        item_id: str,
        organisations: list[Mapping[str, Any]],
        funding_rounds: list[Mapping[str, Any]],
        announced_at: str | None = None,
    ) -> None:
        """Replace an item's organisation links and funding rounds with new labels.

        Each organisation is ``{"name", "sector", "country", "role", "name_ja"?}``;
        each round carries the funding columns of ``funding_rounds``.
        """
        with self.write() as db:
            item_writes.replace_entities(db, item_id, organisations, funding_rounds, announced_at)

    def enrich_from_duplicate(
        self, item_id: str, organisations: list[Mapping[str, Any]], funding: Mapping[str, Any] | None
    ) -> bool:
        """Add what a second report of a story knows and the stored one lacks.

        Organisations it names are linked to the kept item; investors, lead
        investors, the round and the instrument fill the kept funding round
        where they are missing. Nothing already stored is overwritten.
        Returns True when anything was added.
        """
        with self.write() as db:
            return item_writes.enrich(db, item_id, organisations, funding)

    def merge_duplicate(
        self,
        item_id: str,
        source: str,
        url: str,
        source_query: str,
        organisations: list[Mapping[str, Any]],
        funding: Mapping[str, Any] | None,
    ) -> tuple[bool, bool]:
        """A second report of a stored story, in one transaction: its source, then what it adds.

        Returns (source new, anything added); a report already recorded adds nothing.
        """
        with self.write() as db:
            added = item_writes.add_source(db, item_id, source, url, source_query, utc_now())
            return added, added and item_writes.enrich(db, item_id, organisations, funding)

    def record_crawl_run(self, run: Mapping[str, Any], source_runs: Sequence[Mapping[str, Any]]) -> int:
        """Store one finished crawl and its per-source counters; return the run id."""
        row = dict(run)
        for column in ("arguments", "flags", "stats"):
            if column in row and not isinstance(row[column], str):
                row[column] = json.dumps(row[column], ensure_ascii=False, default=str, sort_keys=True)
        with self.write() as db:
            run_id = db.table("crawl_runs").insert(row).last_pk
            assert run_id is not None  # an insert always has a key
            for source_run in source_runs:
                source_row = dict(source_run)
                if not isinstance(source_row.get("statuses", ""), str):
                    source_row["statuses"] = json.dumps(source_row["statuses"], sort_keys=True)
                source_row["crawl_run_id"] = run_id
                db.table("source_runs").insert(source_row)
        return int(run_id)

    def feed_validators(self, url: str) -> dict[str, str]:
        """The ETag and Last-Modified a feed last answered with, for a conditional GET."""
        row = self.db.execute("SELECT etag, last_modified FROM feed_state WHERE url = ?", [url]).fetchone()
        if row is None:
            return {}
        return {key: value for key, value in zip(("etag", "last_modified"), row, strict=False) if value}

    def save_feed_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self.write() as db:
            db.table("feed_state").upsert(
                {"url": url, "etag": etag or "", "last_modified": last_modified or "", "checked_at": utc_now()},
                pk="url",
            )

    def newest_published(self, source: str, source_query: str = "", *, spider: str | None = None) -> str | None:
        """The newest ``published_at`` among items a source (and query) found.

        With ``spider``, only items first seen by the time that spider's last
        crawl finished cleanly count (none if it never did), once it has any
        recorded run: a crawl that stopped part-way (a refused write, a
        timeout) may have stored the newest items and not older ones, and
        the next crawl must reach back for those.
        """
        horizon = None
        if spider is not None:
            horizon = self.db.execute(
                "SELECT max(CASE WHEN finish_reason = 'finished' THEN finished_at END), count(*)"
                " FROM crawl_runs WHERE spider = ?",
                [spider],
            ).fetchone()
            if horizon[1] and horizon[0] is None:
                return None
        row = self.db.execute(
            """
            SELECT max(items.published_at) FROM items
            JOIN item_sources ON item_sources.item_id = items.id
            WHERE item_sources.source = ? AND item_sources.source_query = ?
            AND (? IS NULL OR item_sources.first_seen_at <= ?)
            """,
            [source, source_query, horizon and horizon[0], horizon and horizon[0]],
        ).fetchone()
        return row[0] if row else None

    def known_ids(self, ids: list[str]) -> set[str]:
        """Which of these item ids the archive already holds."""
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            placeholders = ", ".join("?" for _ in chunk)
            found.update(row[0] for row in self.db.execute(f"SELECT id FROM items WHERE id IN ({placeholders})", chunk))
        return found
