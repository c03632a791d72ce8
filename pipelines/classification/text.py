"""Fast multi-term matching for the classifier.

All matching runs on one folded form of the text (``common.folding``), with
every character keeping its offset so spans can be cut from the unfolded
text. Terms are compiled into one regular expression shaped as a trie, so
the cost of a scan grows with the text, not with the size of the lexicon.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Generic, NamedTuple, TypeVar

Payload = TypeVar("Payload")

_WORD = re.compile(r"[a-z0-9]+")
_AFTER = r"(?![a-z0-9])"


_LATIN_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def is_latin_edge(char: str) -> bool:
    return char in _LATIN_WORD_CHARS


class Hit(NamedTuple, Generic[Payload]):
    """One occurrence of a term: where it is and what it stands for (a tuple: a scan makes many)."""

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
            first_word = _WORD.match(term)  # a word term starts with a Latin letter or digit
            if first_word is not None:
                self.by_first_word.setdefault(first_word.group(0), []).append(term)
        self.first_words = frozenset(self.by_first_word)
        other_terms = [term for term in own if term not in word_terms]
        japanese = [term for term in other_terms if not term.isascii()]
        # Three expressions, each starting with a plain character so that the regex engine can skip ahead
        # to the characters that may start a term; the third only runs on text holding one of the
        # non-ASCII characters its terms need ("ai事業者" cannot match English text).
        self.ascii_pattern = _compile_terms([term for term in other_terms if term.isascii()])
        self.pattern = _compile_terms([term for term in japanese if not is_latin_edge(term[0])])
        latin_led = [term for term in japanese if is_latin_edge(term[0])]
        self.latin_led_pattern = _compile_terms(latin_led)
        needed = sorted({next(char for char in term if not char.isascii()) for term in latin_led})
        self.latin_led_needs = re.compile("[" + "".join(map(re.escape, needed)) + "]") if needed else None

    def find(self, folded: str) -> list[Hit[Payload]]:
        """Every hit in ``folded`` (text already passed through ``normalise`` and ``fold``), in order."""
        payloads = self.payloads
        spans: list[tuple[int, int, str]] = []
        patterns = [self.ascii_pattern]
        if not folded.isascii():
            patterns.append(self.pattern)
            if self.latin_led_needs is not None and self.latin_led_needs.search(folded):
                patterns.append(self.latin_led_pattern)
        for pattern in patterns:
            if pattern is None:
                continue
            # The longest term at every position where one starts, overlaps included: which of two
            # overlapping terms wins is decided below, across all the expressions, leftmost then longest.
            match = pattern.search(folded)
            while match is not None:
                spans.append((match.start(), -match.end(), match.group(0)))
                match = pattern.search(folded, match.start() + 1)
        length = len(folded)
        word_chars = _LATIN_WORD_CHARS
        # Only the few words that can start a term are searched for, each with str.find.
        for word in self.first_words.intersection(_words(folded)):
            candidates = self.by_first_word[word]
            start = folded.find(word)
            while start != -1:
                if start == 0 or folded[start - 1] not in word_chars:
                    for term in candidates:
                        end = start + len(term)
                        if folded.startswith(term, start) and (end == length or folded[end] not in word_chars):
                            spans.append((start, -end, term))
                            break
                start = folded.find(word, start + 1)
        # Leftmost first, and at one position the longest (ends are stored negated to sort that way).
        spans.sort()
        hits: list[Hit[Payload]] = []
        reached = 0
        for start, negative_end, term in spans:
            if start >= reached:
                hits.append(Hit(term, start, -negative_end, payloads[term]))
                reached = -negative_end
        return hits


@functools.lru_cache(maxsize=64)
def _words(folded: str) -> frozenset[str]:
    """The Latin words of a text, read once: several matchers (the lexicon's, the funding rules') scan the same
    text, the document or a sentence of it."""
    return frozenset(_WORD.findall(folded))


def _compile_terms(terms: list[str]) -> re.Pattern[str] | None:
    """One trie-shaped expression for terms with Japanese or punctuation in them.

    Its top level is a plain choice of first characters, which lets the regex engine skip ahead to
    them; a term that starts with a Latin letter or digit checks after that character that no other
    one comes before it ("ai事業者" not inside "openai事業者").
    """
    if not terms:
        return None
    trie: dict = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = term
    branches = []
    for char, child in sorted(trie.items()):
        first = re.escape(char)
        guard = f"(?<![a-z0-9]{first})" if is_latin_edge(char) else ""
        branches.append(first + guard + _node_pattern(child))
    return re.compile("(?:" + "|".join(branches) + ")")


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


def _node_pattern(node: dict) -> str:
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append(_AFTER if is_latin_edge(node[""][-1]) else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
