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
    import sqlite_utils.db

    _kind, _table, _after = _FAULT.split(":")
    _seen = [0]
    _insert = sqlite_utils.db.Table.insert

    def _faulty_insert(self, *args, **kwargs):
        if self.name == _table:
            _seen[0] += 1
            if _seen[0] > int(_after):
                if _kind == "kill":
                    os.kill(os.getpid(), signal.SIGKILL)
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorcode = 13  # SQLITE_FULL
                raise error
        return _insert(self, *args, **kwargs)

    sqlite_utils.db.Table.insert = _faulty_insert
