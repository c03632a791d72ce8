"""Faults injected into a child ``scrapy`` process by the storage fault tests.

Python imports ``sitecustomize`` at start-up from the first directory on
``PYTHONPATH`` that has one; the tests put this directory there and say in
``JPLLM_FAULT`` what to break: ``<fault>:<table>:<after>`` makes the
``<after>+1``-th and every later insert into ``<table>`` fail, where fault is

* ``full``: SQLite's SQLITE_FULL (a full disk, where no tmpfs can be mounted);
* ``kill``: the process is killed with SIGKILL, mid-transaction.

Nothing in the project knows about this file.
"""

from __future__ import annotations

import os
import signal
import sqlite3

_FAULT = os.environ.get("JPLLM_FAULT", "")

if _FAULT:
    import re

    _kind, _table, _after = _FAULT.split(":")
    _seen = [0]
    # Any statement that inserts into the table, however it is written
    # (sqlite-utils or plain SQL): every connection is made with a factory
    # whose execute and executemany count them.
    _INSERT = re.compile(rf"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+[\"\[`]?{re.escape(_table)}\b", re.IGNORECASE)

    def _check(sql: str) -> None:
        if _INSERT.match(sql):
            _seen[0] += 1
            if _seen[0] > int(_after):
                if _kind == "kill":
                    os.kill(os.getpid(), signal.SIGKILL)
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorcode = 13  # SQLITE_FULL
                raise error

    def _rows_before_fault(sql: str, rows: list) -> int:
        """How many rows of an ``executemany`` go in before the fault: every row counts as one insert."""
        if not _INSERT.match(sql):
            return len(rows)
        room = max(0, int(_after) - _seen[0])
        _seen[0] += min(room, len(rows))
        return min(room, len(rows))

    class _FaultyConnection(sqlite3.Connection):
        def execute(self, sql, *args, **kwargs):
            _check(sql)
            return super().execute(sql, *args, **kwargs)

        def executemany(self, sql, rows, *args, **kwargs):
            # The rows before the fault are written, so a batch is broken part-way as row by row.
            rows = list(rows)
            allowed = _rows_before_fault(sql, rows)
            if allowed < len(rows):
                super().executemany(sql, rows[:allowed], *args, **kwargs)
                _check(sql)
            return super().executemany(sql, rows, *args, **kwargs)

        def cursor(self, *args, **kwargs):
            cursor = super().cursor(*args, **kwargs)
            return _FaultyCursor(self) if not args and not kwargs else cursor

    class _FaultyCursor(sqlite3.Cursor):
        def execute(self, sql, *args, **kwargs):
            _check(sql)
            return super().execute(sql, *args, **kwargs)

        def executemany(self, sql, *args, **kwargs):
            _check(sql)
            return super().executemany(sql, *args, **kwargs)

    _connect = sqlite3.connect

    def _faulty_connect(*args, **kwargs):
        kwargs.setdefault("factory", _FaultyConnection)
        return _connect(*args, **kwargs)

    sqlite3.connect = _faulty_connect
