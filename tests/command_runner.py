"""Run many `scrapy` commands fast: one process imports Scrapy once, then forks per command.

A `scrapy` command spends most of its second of start-up importing Scrapy,
Twisted and lxml. The table of user mistakes runs dozens of commands; each
here is a fork of a process that has imported them already, with its own
environment, working folder, stdin, stdout and stderr, exactly as a fresh
`python -m scrapy ...` would see them (the project's own modules, which read
the environment when imported, are imported after the fork).

    runner = CommandRunner()
    result = runner.run(["search", "LLM"], env={...})   # a CompletedProcess
    runner.close()
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class CommandRunner:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.command_runner"],
            cwd=PROJECT_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(
        self, args: Sequence[str], env: Mapping[str, str], cwd: Path = PROJECT_ROOT, input: str = ""
    ) -> subprocess.CompletedProcess:
        with tempfile.TemporaryDirectory() as folder:
            paths = {name: str(Path(folder) / name) for name in ("stdin", "stdout", "stderr")}
            Path(paths["stdin"]).write_text(input, encoding="utf-8")
            request = {"args": list(args), "env": dict(env), "cwd": str(cwd), **paths}
            assert self.process.stdin
            assert self.process.stdout
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            returncode = json.loads(self.process.stdout.readline())["returncode"]
            stdout = Path(paths["stdout"]).read_text(encoding="utf-8", errors="replace")
            stderr = Path(paths["stderr"]).read_text(encoding="utf-8", errors="replace")
        return subprocess.CompletedProcess(["scrapy", *args], returncode, stdout, stderr)

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def _child(request: dict) -> None:
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    for fd, name, flags in ((0, "stdin", os.O_RDONLY), (1, "stdout", os.O_WRONLY), (2, "stderr", os.O_WRONLY)):
        opened = os.open(request[name], flags | (os.O_CREAT | os.O_TRUNC if fd else 0), 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
    sys.path.insert(0, request["cwd"])
    code = 0
    try:
        from scrapy.cmdline import execute

        execute(["scrapy", *request["args"]])
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except BaseException:  # noqa: BLE001  (reported as a real process would: a traceback, exit 1)
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def serve() -> None:
    # Third-party modules only: the project's read the environment when imported.
    import lxml.etree  # noqa: F401
    import scrapy.cmdline  # noqa: F401
    import scrapy.crawler  # noqa: F401
    import sqlite_utils  # noqa: F401
    import twisted.internet.asyncioreactor  # noqa: F401

    requests = sys.stdin
    replies = sys.stdout
    for line in requests:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n")
        replies.flush()


if __name__ == "__main__":
    serve()
