"""English names as the subject of an organisation's act, when the name's own shape says it is an organisation's.

    techUK welcomed the plan / Gnani.ai has launched compact models / Orbis Cloud plans a data centre /
    Epoch AI listed it among notable models / VaniGen has unveiled a 17-billion-parameter model

A plain capitalised word before such a verb is as often a person ("Kono launched"), so only a name of a shape
people's names do not have is read: a lower-case start before a capital ("techUK"), a capital inside a word
("VaniGen"), a web name ("Gnani.ai"), or a name that ends in "AI" or "Cloud" after a word that does not say what
kind of AI it is ("Epoch AI", not "Generative AI"). The subject opens a sentence or a clause. Models are left to
the caller (``detect`` keeps no known model's name). Found by a plain search for the verbs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipelines.classification.detect_english_phrases import phrase_finder

# Not what is done to a model too ("trained", "ranked"), nor "plans" as a noun ("X plans for …").
_ACTS: tuple[str, ...] = (" launched ", " released ", " unveiled ", " announced ", " welcomed ", " published ")
_ACTS += (" listed ", " plans to ", " plans a ", " plans an ", " plans what ", " introduced ", " opened ", " hired ")
_FINDER = phrase_finder(_ACTS)
_SHAPED = (
    r"(?:[a-z]{1,4}[A-Z][A-Za-z0-9]*"  # techUK, eFishery
    r"|[A-Z][a-z]+[A-Z][A-Za-z0-9]*"  # VaniGen
    r"|[A-Z][A-Za-z0-9\-]*\.(?:ai|io|com|co|net|app|dev)"  # Gnani.ai
    r"|(?:[A-Z][A-Za-z0-9\-]* ){1,2}(?:AI|Cloud))"  # Epoch AI, Orbis Cloud
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=\. )|(?<=, )|(?<=; )|(?<=\bwhile )|(?<=\band ))(?P<name>{_SHAPED})"
    r" (?:has |have |had |also |now )?$"
)
# Words that say what kind of AI or cloud it is, not whose.
_KINDS = frozenset(
    """Generative Responsible Physical Agentic Open Explainable Conversational Sovereign Enterprise Edge Embodied
    General Narrow Artificial Trustworthy Ethical Human Applied Private Public Hybrid Secure Industrial Medical
    Vertical Frontier Weak Strong Symbolic Creative Green Multimodal Domestic Local National Japanese Chinese
    American European Korean Indian The This That Its Their Our Such Many Most Some""".split()
)


# Products whose names have a company's shape ("iPhone launched in Japan").
_PRODUCTS = frozenset("iPhone iPhones iPad iPod iMac iOS iPadOS iCloud iTunes macOS watchOS visionOS eSIM".split())


def shaped_subjects(body: str) -> Iterator[str]:
    """The names of an organisation's shape that ``body`` gives as the subject of an organisation's act."""
    for found in _FINDER.finditer(body):
        at = found.start()
        match = _SUBJECT.search(body, max(0, at - 40), at + 1)
        # "CodeGen released by …": what the passive's subject names is acted upon.
        passive = body.startswith("by ", found.end())
        if (
            match is not None
            and not passive
            and _KINDS.isdisjoint(match.group("name").split())
            and match.group("name") not in _PRODUCTS
        ):
            yield match.group("name")
