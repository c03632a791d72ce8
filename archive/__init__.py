"""The SQLite archive: its schema, the one writer, and the read queries."""

from archive.db import (
    ARCHIVE_PATH_ENV,
    DEFAULT_ARCHIVE_PATH,
    Archive,
    ArchiveError,
    format_utc,
    iso_week,
    parse_utc,
    resolve_archive_path,
    utc_now,
)

__all__ = [
    "ARCHIVE_PATH_ENV",
    "DEFAULT_ARCHIVE_PATH",
    "Archive",
    "ArchiveError",
    "format_utc",
    "iso_week",
    "parse_utc",
    "resolve_archive_path",
    "utc_now",
]
