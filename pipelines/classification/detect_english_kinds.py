"""English names that the word before them calls organisations: a plural word for a kind of organisation, then
"such as", "including" or "like", then one name or a list of them; or the word right before a list of two names
or more.

    startups such as Qubitly and Zetaphase / six organisations, including Kestrel Mahal, Orrin Analytics and
    the Pune-led VaniGen / shipping firms such as Tarang Freight / chipmakers like Nexa and Orbin
    its subsidiaries Kestrel Japan and Orrin Japan / chipmakers Nexa and Orbin

The word says what every name after it is, so a name counts whether or not another of the list is known (the
lists ``detect_lists`` reads need one known name, or a word of investors). Investors, backers and partners are
left to ``detect_lists``: they may be people. Read in the body only, by a plain search for the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_characters import OWNER
from pipelines.classification.detect_english_phrases import phrase_finder

# Plural words for kinds of organisation; any trade in "-makers" ("chipmakers", "drugmakers") too.
_KINDS = frozenset(
    """companies firms startups start-ups organisations organizations labs laboratories institutions agencies
    developers providers unicorns brands lenders banks insurers conglomerates manufacturers""".split()
)
_PHRASES = (" such as ", " including ", " like ")
# A word of a name: a capital or a lower-case start with a capital in it ("techUK", "eFishery"), a dotted part
# ("Gnani.ai"), an apostrophe inside ("Haldiram's"), "&" between words.
_WORD = r"(?:[A-Z][A-Za-z0-9&'’\-]*|[a-z]{1,4}[A-Z][A-Za-z0-9\-]*)(?:\.[A-Za-z0-9]+)*"
_ITEM = rf"(?:the )?{_WORD}(?:(?: &)? {_WORD}){{0,4}}"
# The names, then where the list ends: punctuation, or a word that does not go on a name ("are moving", "to
# build", "cut prices"), not a lower-case noun that would make the last capitals a description ("Acme's Qwen team").
_SERIES = re.compile(
    rf"(?P<items>{_ITEM}(?:, {_ITEM})*(?:,? (?:and|or) {_ITEM})?)"
    r"(?=[,.;:)]|$| (?:and|or) (?![A-Z])"
    r"| (?:are|were|is|was|have|has|had|will|would|could|can|may|to|in|on|at|as|that|which"
    r"|who|with|from|by|also|while|but|among|each|all|both|now|still|already|[a-z]+ed|[a-z]+s"
    # Verbs whose past does not end in -ed.
    r"|cut|got|made|won|lost|led|put|set|took|gave|grew|began|hit|paid|saw|sold|built|spent|left|rose|fell)\b)"
)
_FINDER = phrase_finder(_PHRASES)
_SEPARATOR = re.compile(r",? (?:and|or) |, ")


def _kind_before(body: str, at: int) -> bool:
    """Whether the word before ``at`` (a comma may follow it) is a plural word for organisations."""
    start = body.rfind(" ", 0, at)
    word = body[start + 1 : at].rstrip(",").lower()
    return word in _KINDS or (word.endswith("makers") and len(word) > 6)


# The same words set right before the names, with no "such as" between ("its subsidiaries TOSPO Japan and Innuovo
# Japan", "chipmakers Nexa and Orbin"); here "subsidiaries" and "affiliates" say it too. Two names or more: one name
# after such a word is as often the subject of a clause ("the startups Japan has produced").
_BEFORE_NAMES = re.compile(r" (?P<kind>[a-z][a-z\-]*s) (?=[A-Z]|[a-z]{1,4}[A-Z])")
_ARMS = frozenset({"subsidiaries", "affiliates"})


def kinds_named(body: str) -> Iterator[str]:
    """The names a plural word for organisations introduces in ``body``."""
    for found in _FINDER.finditer(body):
        if _kind_before(body, found.start()):
            series = _SERIES.match(body, found.end())
            if series is not None:
                for item in _SEPARATOR.split(series.group("items")):
                    yield OWNER.sub("", item.removeprefix("the "))
    for found in _BEFORE_NAMES.finditer(body):
        kind = found.group("kind")
        if kind in _KINDS or kind in _ARMS or (kind.endswith("makers") and len(kind) > 6):
            series = _SERIES.match(body, found.end())
            items = _SEPARATOR.split(series.group("items")) if series is not None else []
            if len(items) > 1:
                yield from (OWNER.sub("", item.removeprefix("the ")) for item in items)
