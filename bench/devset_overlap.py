"""Find records of a new labelled file that repeat a story already in a labelled set.

    .venv/bin/python bench/devset_overlap.py NEW.jsonl [NEW2.jsonl ...]

A set only measures unseen text if none of its stories was already seen: a
record that repeats the page or the story of another set's record (or of
another record of the new files) would let rules tuned on one score the
other. Each new record is compared with every record of ``bench/data/*.jsonl``
(the new files themselves excepted) and with the other new records: the same
address (scheme, ``www.`` and a trailing slash aside), or titles sharing at
least 40% of their words, or texts sharing at least 30%. Words are Latin
words and digits, and overlapping pairs of Japanese characters, after NFKC
and lower-casing. Every repeat is printed with both ids and what matched; the
exit status is 1 when there is any, so a writer checks a file before adding it.
A writer's items record and leads record of one round may share an address:
such a pair is printed like any other, and is fine.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from functools import lru_cache
from itertools import combinations
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TITLE_SHARE = 0.4
TEXT_SHARE = 0.3
LATIN_WORD = re.compile(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*")
JAPANESE_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=None)
def words(text: str) -> frozenset[str]:
    """Latin words and Japanese character pairs: two stories in either language compare alike."""
    folded = unicodedata.normalize("NFKC", text or "").lower()
    found = set(LATIN_WORD.findall(folded))
    for run in JAPANESE_RUN.findall(folded):
        found.update(run[i : i + 2] for i in range(max(len(run) - 1, 1)))
    return frozenset(found)


def address(url: str) -> str:
    """An address without what does not change the page: scheme, www. and a trailing slash."""
    bare = re.sub(r"^https?://(www\.)?", "", (url or "").strip().lower())
    return bare.rstrip("/")


def share(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def repeats(one: dict, other: dict) -> str | None:
    """What makes two records one story, or None."""
    if one.get("url") and address(one["url"]) == address(other.get("url", "")):
        return "same address"
    title_share = share(words(one.get("title", "")), words(other.get("title", "")))
    if title_share >= TITLE_SHARE:
        return f"titles share {title_share:.2f}"
    text_share = share(words(one.get("text", "")), words(other.get("text", "")))
    if text_share >= TEXT_SHARE:
        return f"texts share {text_share:.2f}"
    return None


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def find_repeats(new_files: list[Path], data_dir: Path = DATA) -> list[str]:
    new_paths = {path.resolve() for path in new_files}
    known = [
        (path.name, record)
        for path in sorted(data_dir.glob("*.jsonl"))
        if path.resolve() not in new_paths
        for record in read(path)
    ]
    new = [(path.name, record) for path in new_files for record in read(path)]
    found = []
    for (new_file, record), (known_file, other) in ((a, b) for a in new for b in known):
        why = repeats(record, other)
        if why:
            found.append(f"{new_file}:{record['id']} repeats {known_file}:{other['id']} ({why})")
    for (file_a, a), (file_b, b) in combinations(new, 2):
        why = repeats(a, b)
        if why:
            found.append(f"{file_a}:{a['id']} repeats {file_b}:{b['id']} ({why})")
    return found


def main(argv: list[str]) -> int:
    if not argv or any(arg.startswith("-") for arg in argv):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    paths = [Path(arg) for arg in argv]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    found = find_repeats(paths)
    for line in found:
        print(line)
    records = sum(len(read(path)) for path in paths)
    print(f"{len(found)} repeats among {records} new records")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
