"""Where an item names who acts: the label before a headline ("【速報】", "[PR]"), and the headline with the body's
first sentence."""

from __future__ import annotations

import re

# A label before the headline proper: "【速報】", "[PR]".
HEADLINE_LABEL = re.compile(r"(?:【[^】]*】|\[[^\]]*\])\s*")


def headline_and_lead(folded: str, title_length: int) -> str:
    """The headline and the body's first sentence, where a report names who acts.

    A full stop after a single letter ("Andrew W. Mellon", "U.S. President") is an initial or an abbreviation, not
    the sentence's end.
    """
    stop = folded.find(". ", title_length + 1)
    while stop > 0 and _INITIAL.match(folded, stop - 1):
        stop = folded.find(". ", stop + 2)
    end = min((found for found in (folded.find("。", title_length + 1), stop) if found > 0), default=len(folded))
    return folded[: end + 1]


# A single letter and its full stop, after a space, a full stop or the start: an initial, or the end of "u.s.".
_INITIAL = re.compile(r"(?:^|(?<=[\s.]))[a-z]\.")


# What a model's name adds to its family's: versions, parameter counts and tunings ("-2-", "8B", "Instruct", "v0.3").
_MODEL_NAME_REST = re.compile(r"(?:[\s\-_./()]|v?\d+(?:\.\d+)*[bm]?|instruct|chat|base|it)*")


def model_name_headline(title: str, model_spans: list[tuple[int, int]]) -> bool:
    """Whether the (folded) headline is only the name of a model ("Gemma-2-Llama Swallow", "Llama-3.1-Swallow-8B"):
    the title of the model's own page; a report's headline says what happened to it."""
    if not model_spans:
        return False
    rest = "".join(
        title[start:end]
        for start, end in zip(
            (0, *(end for _, end in model_spans)), (*(start for start, _ in model_spans), len(title)), strict=True
        )
    )
    return _MODEL_NAME_REST.fullmatch(rest) is not None
