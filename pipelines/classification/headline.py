"""Where an item names who acts: the label before a headline ("【速報】", "[PR]"), and the headline with the body's
first sentence."""

from __future__ import annotations

import re

# A label before the headline proper: "【速報】", "[PR]".
HEADLINE_LABEL = re.compile(r"(?:【[^】]*】|\[[^\]]*\])\s*")


def headline_and_lead(folded: str, title_length: int) -> str:
    """The headline and the body's first sentence, where a report names who acts.

    A full stop after a single letter ("Andrew W. Mellon", "U.S. President") is an initial or an abbreviation, not
    the sentence's end, nor is one after a month's short form before the day ("on Oct. 28 announced").
    """
    stop = folded.find(". ", title_length + 1)
    while stop > 0 and (_INITIAL.match(folded, stop - 1) or _MONTH.match(folded, max(stop - 5, 0), stop + 4)):
        stop = folded.find(". ", stop + 2)
    end = min((found for found in (folded.find("。", title_length + 1), stop) if found > 0), default=len(folded))
    return folded[: end + 1]


# The subject that opens a Japanese lead ("BEMACとグループ会社のFutureRaysは", "Acme Roboticsが"), or the Latin name
# that opens an English one ("Acme Robotics announced"): who speaks, when the body opens with it.
_LEAD_SUBJECT_JA = re.compile(r"[^。.!?「」、]{1,60}?(?:は|が)(?!じめ)")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LEAD_NAME_EN = re.compile(r"(?:The )?[A-Z][A-Za-z0-9&\-]*(?:\s[A-Z0-9][A-Za-z0-9&\-]*)*")


def lead_subject(text: str) -> str:
    """The words that open the body as its subject: a Japanese lead's up to its first は or が (within its first
    clause), an English lead's opening capitalised name; empty when the lead opens otherwise."""
    if _JAPANESE.search(text, 0, 80):
        # (a source cited, "Xによると、", is no subject: the clause ends before any は)
        subject = _LEAD_SUBJECT_JA.match(text)
        return subject.group(0) if subject is not None else ""
    name = _LEAD_NAME_EN.match(text)
    return name.group(0).removeprefix("The ") if name is not None else ""


# A single letter and its full stop, after a space, a full stop or the start: an initial, or the end of "u.s.".
_INITIAL = re.compile(r"(?:^|(?<=[\s.]))[a-z]\.")
# A month's short form and its full stop before the day's number: "oct. 28", "sept. 3".
_MONTH = re.compile(r".*?(?<![a-z])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\. \d")


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
