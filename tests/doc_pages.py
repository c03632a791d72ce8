"""The project's documentation: README.md and the pages of docs/, and the links between them.

tests/test_docs.py checks them together: a command, setting or figure
documented on any page counts, and every relative link and anchor resolves.
"""

from __future__ import annotations

import re
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
README = PROJECT_ROOT / "README.md"
DOCS = PROJECT_ROOT / "docs"

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
INLINE_CODE = re.compile(r"`[^`\n]*`")
HEADING = re.compile(r"^#{1,6} (.+?)\s*#*\s*$")


def pages(root: Path = PROJECT_ROOT) -> list[Path]:
    """README.md first, then docs/*.md by name."""
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def text(root: Path = PROJECT_ROOT) -> str:
    """All pages as one text, for "is X documented anywhere" checks."""
    return "\n\n".join(page.read_text(encoding="utf-8") for page in pages(root))


def prose_lines(page: Path) -> list[tuple[int, str]]:
    """(line number, line) outside fenced code blocks, inline code blanked out."""
    lines: list[tuple[int, str]] = []
    fenced = False
    for number, line in enumerate(page.read_text(encoding="utf-8").split("\n"), start=1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            lines.append((number, INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)))
    return lines


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    heading = heading.replace("`", "")
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def prose_lines_keeping_code(page: Path) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    fenced = False
    for number, line in enumerate(page.read_text(encoding="utf-8").split("\n"), start=1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            lines.append((number, line))
    return lines


def anchors(page: Path) -> set[str]:
    """The anchors of a page's headings, numbered as GitHub numbers repeated ones."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for _, line in prose_lines_keeping_code(page):
        match = HEADING.match(line)
        if match:
            base = slug(match.group(1))
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
    return found


def broken_links(page: Path) -> list[str]:
    """Every relative link of a page whose file or anchor does not exist, as 'page:line: target (why)'."""
    problems: list[str] = []
    lines = prose_lines(page)
    # A link's text may run over two lines: read the prose joined, and count lines back.
    joined = "\n".join(line for _, line in lines)
    starts = [0]
    for _, line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for match in LINK.finditer(joined):
        target = match.group(1)
        if re.match(r"^[a-zA-Z][a-zA-Z+.-]*:", target):  # http:, https:, mailto:
            continue
        index = max(i for i, start in enumerate(starts) if start <= match.start())
        where = f"{page.name}:{lines[index][0]}"
        path_part, _, anchor = target.partition("#")
        linked = (page.parent / path_part).resolve() if path_part else page
        if not linked.exists():
            problems.append(f"{where}: {target} (no such file)")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            problems.append(f"{where}: {target} (no heading #{anchor} in {linked.name})")
    return problems
