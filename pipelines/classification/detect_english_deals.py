"""English names of the company an investment or a purchase is made in: what follows "invested in", "an
investment in", "the acquisition of".

    SoftBank invested in Kestrel / a $20 million investment in Norvald Labs / the acquisition of Selat

The buyer or investor is read by ``detect_english_context`` ("X invested $N", "X acquired Y"); this reads the
company a noun or a verb without an amount names. A place or a field is no company ("invested in Japan",
"investment in AI"), nor is a name cut before its "of" ("investment in Bank of X"). Found by a plain search for
the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_english_context import NOT_SOURCES
from pipelines.classification.detect_english_phrases import phrase_finder

_PHRASES = (
    " invested in ",
    " invests in ",
    " investment in ",
    " investments in ",
    " acquisition of ",
    " takeover of ",
    " buyout of ",
)
_FINDER = phrase_finder(_PHRASES)
_WORD = r"(?:[A-Z][A-Za-z0-9&'’\-]*|[a-z]{1,4}[A-Z][A-Za-z0-9\-]*)(?:\.[A-Za-z0-9]+)*"
_NAME = re.compile(
    rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?![A-Za-z0-9&'’\-]| [A-Z]| (?:of|for) [A-Z])"
    # The company ends its clause or is followed by what the deal does ("in Kestrel to expand", "of X closed").
    r"(?=[,.;:)]|$| (?:and|to|for|at|in|on|with|as|which|that|after|from|by|last|this|earlier|was|is|will"
    r"|[a-z]+ed|has|was|were|will|would)\b)"
)
# Fields and kinds of asset that text capitalises and invests in.
_NOT_COMPANIES = frozenset(
    """AI GenAI LLM LLMs IT ICT R&D Research Science Technology Education Infrastructure Energy Defense Defence
    Bitcoin Ethereum Crypto Cloud Data Semiconductors Startups Startup Machine Deep Generative Quantum Artificial
    Talent Human Digital Green Climate Healthcare Health Robotics Semiconductor Chips Innovation Renewable Clean
    Biotech Fintech Infrastructure Real Property Equity Equities Bonds Stocks Shares Gold""".split()
)
# A nationality describes what was invested in ("investment in Korean startups fell"): no company.
_NATIONALITY = re.compile(
    r"(?:ese|ian|ean)$|^(?:American|British|Irish|Scottish|Welsh|Danish|Swedish|Finnish|Polish|Turkish|Spanish"
    r"|Israeli|Pakistani|Emirati|Saudi|Thai|Dutch|French|Swiss|Greek|Nordic|Baltic|Arabic)$"
)


def deals_named(body: str) -> Iterator[str]:
    """The companies ``body`` names as what was invested in or bought."""
    if " in " not in body and " of " not in body:
        return
    for found in _FINDER.finditer(body):
        match = _NAME.match(body, found.end())
        if match is not None:
            name = match.group("name")
            first = name.split()[0]
            if name not in NOT_SOURCES and first not in _NOT_COMPANIES and not _NATIONALITY.search(first):
                yield name
