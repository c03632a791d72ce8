"""Text folding and fast multi-term matching for the classifier.

All matching runs on one folded form of the text: NFKC (full-width digits and
letters become ASCII), whitespace collapsed, the spaces that writers put
between Japanese and Latin words dropped, and Latin letters lower-cased, with
every character keeping its offset so spans can be cut from the unfolded
text. Terms are compiled into one regular expression shaped as a trie, so
the cost of a scan grows with the text, not with the size of the lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

Payload = TypeVar("Payload")

_WHITESPACE = re.compile(r"\s+")
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A space with Japanese on either side separates nothing ("生成 AI" = "生成AI").
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")
_LATIN_WORD_CHAR = re.compile(r"[a-z0-9]")
_BEFORE = r"(?<![a-z0-9])"
_AFTER = r"(?![a-z0-9])"

# Company forms that names carry in some sources and not in others.
COMPANY_FORMS = re.compile(
    r"株式会社|\(株\)|有限会社|合同会社|一般社団法人|一般財団法人|公益財団法人|国立研究開発法人|独立行政法人|国立大学法人|学校法人"
    r"|(?<![a-z0-9])(?:inc|k\.k|kk|co\.,? ?ltd|co|ltd|llc|gmbh|corp|plc|s\.a)\.?(?![a-z0-9])",
    re.IGNORECASE,
)


def normalise_spacing(text: str | None) -> str:
    """NFKC and one space for any run of whitespace."""
    if not text:
        return ""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def normalise(text: str | None) -> str:
    """NFKC, one space for any whitespace, no space between Japanese and anything else."""
    return _SPACE_NEXT_TO_CJK.sub("", normalise_spacing(text))


def fold(normalised: str) -> str:
    """Lower-case Latin letters without changing any offset."""
    folded = normalised.lower()
    if len(folded) == len(normalised):
        return folded
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in normalised)


def fold_term(term: str) -> str:
    """A lexicon term or alias in the form it is matched in."""
    return fold(normalise(term))


def bare_name(name: str) -> str:
    """A name without company forms or punctuation at its ends, folded: ``株式会社サカナAI`` -> ``サカナai``."""
    folded = COMPANY_FORMS.sub(" ", fold_term(name))
    return _WHITESPACE.sub(" ", folded).strip(" ,.、・-")


def is_latin_edge(char: str) -> bool:
    return bool(_LATIN_WORD_CHAR.match(char))


@dataclass(frozen=True, slots=True)
class Hit(Generic[Payload]):
    """One occurrence of a term: where it is and what it stands for."""

    term: str
    start: int
    end: int
    payloads: tuple[Payload, ...]


class TermMatcher(Generic[Payload]):
    """Finds every listed term in folded text, leftmost-longest, in one pass.

    A term that contains another term at a valid boundary also carries that
    term's payloads ("日本語llm" counts as "日本語" and as "llm"), unless it is
    in ``opaque`` (phrases such as "日本時間" that exist to hide a shorter term).
    """

    def __init__(self, terms: Mapping[str, Iterable[Payload]], opaque: Iterable[str] = ()) -> None:
        own = {term: tuple(dict.fromkeys(payloads)) for term, payloads in terms.items() if term}
        opaque_terms = set(opaque)
        self.payloads: dict[str, tuple[Payload, ...]] = {}
        by_length = sorted(own, key=len)
        for term in own:
            inherited = list(own[term])
            if term not in opaque_terms:
                for other in by_length:
                    if len(other) >= len(term):
                        break
                    if other in term and _occurs_at_boundary(other, term):
                        inherited.extend(own[other])
            self.payloads[term] = tuple(dict.fromkeys(inherited))
        latin_start = [term for term in own if is_latin_edge(term[0])]
        other_start = [term for term in own if not is_latin_edge(term[0])]
        parts = []
        if latin_start:
            parts.append(_BEFORE + "(?:" + _trie_pattern(latin_start) + ")")
        if other_start:
            parts.append("(?:" + _trie_pattern(other_start) + ")")
        self.pattern = re.compile("|".join(parts) if parts else r"(?!x)x")

    def find(self, folded: str) -> Iterator[Hit[Payload]]:
        """Every hit in ``folded`` (text already passed through ``normalise`` and ``fold``)."""
        payloads = self.payloads
        for match in self.pattern.finditer(folded):
            term = match.group(0)
            yield Hit(term, match.start(), match.end(), payloads[term])


def _occurs_at_boundary(inner: str, outer: str) -> bool:
    start = outer.find(inner)
    while start != -1:
        end = start + len(inner)
        before_ok = start == 0 or not (is_latin_edge(inner[0]) and is_latin_edge(outer[start - 1]))
        after_ok = end == len(outer) or not (is_latin_edge(inner[-1]) and is_latin_edge(outer[end]))
        if before_ok and after_ok:
            return True
        start = outer.find(inner, start + 1)
    return False


def _trie_pattern(terms: list[str]) -> str:
    """One regular expression for many terms, factored by common prefixes."""
    trie: dict = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = term
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append(_AFTER if is_latin_edge(node[""][-1]) else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
