"""The SQLite archive: its schema, the one writer, and the read queries."""

from archive.db import (
    ARCHIVE_PATH_ENV,
    DEFAULT_ARCHIVE_PATH,
    Archive,
    ArchiveError,
    resolve_archive_path,
)

__all__ = [
    "ARCHIVE_PATH_ENV",
    "DEFAULT_ARCHIVE_PATH",
    "Archive",
    "ArchiveError",
    "resolve_archive_path",
]
