"""Opening the archive for commands that only read it.

A reader never creates a file: not the archive (a mistyped ``JPLLM_ARCHIVE``
must not leave an empty archive and its directory behind), not a journal.
It works on an archive it may not write (the systemd set-up gives the
archive to the service user): SQLite opens it with ``mode=ro``, and with
``immutable=1`` when no write-ahead log is beside it, since a read-only
connection to a WAL database would otherwise want to create the ``-shm``
file. A WAL file beside it means a writer may be at work, so the reader
then opens it normally read-only and sees the writer's commits.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from archive.db import Archive, ArchiveError
from archive.schema import MIGRATIONS


class NoArchive(ArchiveError):
    """There is no archive at the path given."""


def _uri(path: Path, *, immutable: bool) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


class OlderArchive(ArchiveError):
    """The archive was written by an older jpllm-watch: its schema lacks what this one reads."""


def open_reader(path: str | Path, *, current: bool = True) -> Archive:
    """The archive at ``path``, read-only; NoArchive or ArchiveError (one line) when it cannot be read.

    A reader does not migrate (it may not write), so with ``current`` an
    archive of an older schema is refused with what to do, instead of
    failing later on a column it lacks; one of a newer schema is refused too.
    """
    path = Path(path)
    if not path.exists():
        raise NoArchive(f"no archive at {path}")
    if path.is_dir():
        raise ArchiveError(f"cannot read archive {path}: it is a directory, not an archive file")
    wal = path.with_name(path.name + "-wal")
    immutable = not (wal.exists() and wal.stat().st_size > 0)
    try:
        connection = sqlite3.connect(
            _uri(path, immutable=immutable), uri=True, isolation_level=None, check_same_thread=False, timeout=30.0
        )
    except sqlite3.Error as error:
        raise ArchiveError(f"cannot read archive {path}: {error}") from error
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as error:
        connection.close()
        raise ArchiveError(f"cannot read archive {path}: {error}") from error
    if not version or "items" not in tables:
        connection.close()
        raise ArchiveError(f"cannot read archive {path}: not a jpllm-watch archive (no items table)")
    if version > len(MIGRATIONS):
        connection.close()
        raise ArchiveError(
            f"cannot read archive {path}: it was written by a newer jpllm-watch (schema version {version}, "
            f"this one knows {len(MIGRATIONS)}); upgrade jpllm-watch"
        )
    if current and version < len(MIGRATIONS):
        connection.close()
        raise OlderArchive(
            f"cannot read archive {path}: it was written by an older jpllm-watch (schema version {version}, "
            f"this one reads {len(MIGRATIONS)}); run 'scrapy migrate' once to upgrade it"
        )
    return Archive.reading(path, connection)
