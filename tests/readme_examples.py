"""The examples of README.md and docs/*.md, re-run on a fresh demo archive and compared with what they show.

An example is a ```console block right after a line ``<!-- example -->``;
each ``$ command`` in it runs in bash, in a sandbox that looks like the
project folder (every top-level entry linked, except ``data/``, which is the
sandbox's own), after ``scrapy demo`` has built ``data/demo/archive.db``
there. The lines after a command, up to the next ``$``, are its output
(stdout and stderr, in the order written). What changes from run to run
(the sample server's port, durations, search ranks, the seconds of a crawl's
time) is masked before comparing.

    .venv/bin/python -m tests.readme_examples            # compare; exit 1 and a diff when one differs
    .venv/bin/python -m tests.readme_examples --update   # write the real outputs into the pages

This is how sqlite-utils keeps its docs in step with its CLI (with cog).
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests import doc_pages

PROJECT_ROOT = doc_pages.PROJECT_ROOT
MARKER = "<!-- example -->"
BIN = PROJECT_ROOT / ".venv" / "bin"

# What `make demo` runs (its recipe in the Makefile): the sandbox's archive is new, so --keep changes nothing.
MAKE_DEMO = (
    re.findall(r"^demo:.*\n\t(.+)$", (PROJECT_ROOT / "Makefile").read_text(), re.M)[0]
    .replace("$(BIN)", ".venv/bin")
    .split()
)

# What differs between two runs of the same example, masked on both sides.
VOLATILE = [
    (re.compile(r"127\.0\.0\.1:\d+"), "127.0.0.1:PORT"),
    (re.compile(r"finished in \d+(\.\d+)? s"), "finished in N s"),
    (re.compile(r'"rank": -?\d+(\.\d+)?'), '"rank": R'),
    (re.compile(r"^-?\d+\.\d+,(?=\d{4}-)", re.M), "R,"),
    # A crawl's own time within the demo's fixed morning: seconds and minutes vary.
    (re.compile(r"(2026-11-28[T ]23:)\d\d:\d\d"), r"\1MM:SS"),
    (re.compile(r"(2026-11-29 08:)\d\d"), r"\1MM"),
    # The demo names its digest relative to the project folder, which the sandbox only links to.
    (re.compile(r"\S*(?=data/demo/digests/)"), ""),
]


@dataclass
class Example:
    """One ``$ command`` of a checked block and the output the README shows for it."""

    command: str
    expected: list[str]
    line: int  # index in the page's lines of the command
    block: int  # the commands of one block run in one shell, in order (``&`` and ``kill %1`` work)


def find_examples(lines: list[str]) -> list[Example]:
    examples: list[Example] = []
    index = 0
    while index < len(lines):
        if lines[index].strip() == MARKER and index + 1 < len(lines) and lines[index + 1].startswith("```"):
            index += 2
            block = index
            current: Example | None = None
            while index < len(lines) and not lines[index].startswith("```"):
                if lines[index].startswith("$ "):
                    current = Example(lines[index][2:], [], index, block)
                    examples.append(current)
                elif current is not None:
                    current.expected.append(lines[index])
                index += 1
        index += 1
    return examples


def make_sandbox(folder: Path) -> Path:
    """A folder that looks like the project but has its own ``data/``."""
    for entry in PROJECT_ROOT.iterdir():
        if entry.name not in {"data", ".git"}:
            (folder / entry.name).symlink_to(entry)
    (folder / "data").mkdir()
    return folder


def environment() -> dict[str, str]:
    keep = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SLACK_", "JPLLM_", "DIGEST_", "ARCHIVE_", "SCRAPY_"))
    }
    return {**keep, "PATH": f"{BIN}:{keep.get('PATH', '')}", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}


SEPARATOR = "----- next example command -----"


def run_block(commands: list[str], sandbox: Path) -> list[list[str]]:
    """The output of each command, run one after the other in one bash session."""
    script = "\n".join(f"echo '{SEPARATOR}'\n{command}" for command in commands) + "\nwait\n"
    result = subprocess.run(
        ["bash", "-c", script],
        cwd=sandbox,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=600,
    )
    parts = result.stdout.split(SEPARATOR + "\n")[1:]
    return [part.rstrip("\n").split("\n") if part.strip() else [] for part in parts]


def masked(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def check(update: bool = False, pages: list[Path] | None = None, demo_first: bool = True) -> list[str]:
    """The differences between the pages (default: README.md and docs/*.md) and real output.

    With ``update``, the pages are rewritten with the real output. ``demo_first=False`` skips
    building the demo archive (for examples that do not read it).
    """
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        sandbox = make_sandbox(Path(folder))
        demo_output: list[str] = []
        if demo_first:
            # stdout only: its stderr is the crawls' warnings and where the digest was written
            demo = subprocess.run(
                [str(BIN / "scrapy"), *MAKE_DEMO[1:]],
                cwd=sandbox,
                env=environment(),
                capture_output=True,
                text=True,
                timeout=900,
            )
            if demo.returncode != 0:
                return [f"scrapy demo failed: {demo.stdout[-2000:]}{demo.stderr[-2000:]}"]
            demo_output = demo.stdout.rstrip("\n").split("\n")
        for page in pages or doc_pages.pages():
            problems += check_page(page, sandbox, demo_output, update)
    return problems


def check_page(page: Path, sandbox: Path, demo_output: list[str], update: bool) -> list[str]:
    """One page's examples against real output, run in ``sandbox``; with ``update``, the page rewritten."""
    lines = page.read_text(encoding="utf-8").split("\n")
    examples = find_examples(lines)
    problems: list[str] = []
    actual: dict[int, list[str]] = {}
    name = page.relative_to(PROJECT_ROOT) if page.is_relative_to(PROJECT_ROOT) else page
    blocks: dict[int, list[Example]] = {}
    for example in examples:
        blocks.setdefault(example.block, []).append(example)
    for block in blocks.values():
        if block[0].command == "make demo":  # the demo that built the sandbox's archive
            outputs = [[" ".join(MAKE_DEMO), *demo_output]]
        else:
            outputs = run_block([example.command for example in block], sandbox)
        for example, output in zip(block, outputs + [[]] * (len(block) - len(outputs)), strict=False):
            actual[example.line] = output
    for example in examples:
        output = actual[example.line]
        if masked(output) != masked(example.expected):
            diff = difflib.unified_diff(
                masked(example.expected).split("\n"), masked(output).split("\n"), str(name), "actual", lineterm=""
            )
            problems.append(f"{name} line {example.line + 1}: $ {example.command}\n" + "\n".join(diff))
    if update and problems:
        rewritten: list[str] = []
        skip = 0
        by_line = {example.line: example for example in examples}
        for index, line in enumerate(lines):
            if skip:
                skip -= 1
                continue
            rewritten.append(line)
            if index in by_line:
                rewritten.extend(actual[index])
                skip = len(by_line[index].expected)
        page.write_text("\n".join(rewritten), encoding="utf-8")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.readme_examples", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="write the real outputs into README.md and docs/*.md")
    options = parser.parse_args()
    problems = check(update=options.update)
    for problem in problems:
        print(problem, end="\n\n")
    if problems and not options.update:
        sys.exit(1)
    count = sum(len(find_examples(page.read_text(encoding="utf-8").split("\n"))) for page in doc_pages.pages())
    print(f"{count} examples " + ("updated" if options.update and problems else "match the documentation"))


if __name__ == "__main__":
    main()
