"""Fast multi-term matching for the classifier.

All matching runs on one folded form of the text (``common.folding``), with
every character keeping its offset so spans can be cut from the unfolded
text. Terms are compiled into one regular expression shaped as a trie, so
the cost of a scan grows with the text, not with the size of the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

Payload = TypeVar("Payload")

_WORD = re.compile(r"[a-z0-9]+")
_BEFORE = r"(?<![a-z0-9])"
_AFTER = r"(?![a-z0-9])"


_LATIN_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def is_latin_edge(char: str) -> bool:
    return char in _LATIN_WORD_CHARS


@dataclass(frozen=True, slots=True)
class Hit(Generic[Payload]):
    """One occurrence of a term: where it is and what it stands for."""

    term: str
    start: int
    end: int
    payloads: tuple[Payload, ...]


class TermMatcher(Generic[Payload]):
    """Finds every listed term in folded text, leftmost-longest, without overlaps.

    Terms of ASCII words ("llm", "series a", "gpt-4o") are looked up as runs
    of whole words in a dictionary, which also gives them word boundaries;
    terms with Japanese in them go through one trie-shaped regular
    expression. A term that contains another term at a valid boundary also
    carries that term's payloads ("日本語llm" counts as "日本語" and as "llm"),
    unless it is in ``opaque`` (phrases such as "日本時間" that exist to hide
    a shorter term).
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
        word_terms = {term for term in own if term.isascii() and is_latin_edge(term[0]) and is_latin_edge(term[-1])}
        # Longest first, so the first that fits at a word is the longest.
        self.by_first_word: dict[str, list[str]] = {}
        for term in sorted(word_terms, key=len, reverse=True):
            self.by_first_word.setdefault(_WORD.match(term).group(0), []).append(term)
        self.first_words = frozenset(self.by_first_word)
        other_terms = [term for term in own if term not in word_terms]
        self.ascii_pattern = _compile_terms([term for term in other_terms if term.isascii()])
        self.pattern = _compile_terms([term for term in other_terms if not term.isascii()])

    def find(self, folded: str) -> list[Hit[Payload]]:
        """Every hit in ``folded`` (text already passed through ``normalise`` and ``fold``), in order."""
        payloads = self.payloads
        spans: list[tuple[int, int, str]] = []
        patterns = (self.ascii_pattern,) if folded.isascii() else (self.ascii_pattern, self.pattern)
        for pattern in patterns:
            if pattern is not None:
                spans.extend((match.start(), match.end(), match.group(0)) for match in pattern.finditer(folded))
        length = len(folded)
        # Only the few words that can start a term are searched for, each with str.find.
        for word in self.first_words.intersection(_WORD.findall(folded)):
            candidates = self.by_first_word[word]
            start = folded.find(word)
            while start != -1:
                if start == 0 or not is_latin_edge(folded[start - 1]):
                    for term in candidates:
                        end = start + len(term)
                        if folded.startswith(term, start) and (end == length or not is_latin_edge(folded[end])):
                            spans.append((start, end, term))
                            break
                start = folded.find(word, start + 1)
        spans.sort(key=lambda span: (span[0], span[0] - span[1]))
        hits: list[Hit[Payload]] = []
        reached = 0
        for start, end, term in spans:
            if start >= reached:
                hits.append(Hit(term, start, end, payloads[term]))
                reached = end
        return hits


def _compile_terms(terms: list[str]) -> re.Pattern[str] | None:
    """One trie-shaped expression for terms with Japanese or punctuation in them."""
    if not terms:
        return None
    latin_start = [term for term in terms if is_latin_edge(term[0])]
    other_start = [term for term in terms if not is_latin_edge(term[0])]
    parts = []
    if latin_start:
        parts.append(_BEFORE + "(?:" + _trie_pattern(latin_start) + ")")
    if other_start:
        parts.append("(?:" + _trie_pattern(other_start) + ")")
    first_chars = "".join(sorted({re.escape(term[0]) for term in terms}))
    return re.compile(f"(?=[{first_chars}])(?:" + "|".join(parts) + ")")


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
