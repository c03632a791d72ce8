"""Where an item names who acts: the label before a headline ("【速報】", "[PR]"), and the headline with the body's
first sentence."""

from __future__ import annotations

import re

# A label before the headline proper: "【速報】", "[PR]".
HEADLINE_LABEL = re.compile(r"(?:【[^】]*】|\[[^\]]*\])\s*")


def headline_and_lead(folded: str, title_length: int) -> str:
    """The headline and the body's first sentence, where a report names who acts."""
    end = min(
        (found for found in (folded.find("。", title_length + 1), folded.find(". ", title_length + 1)) if found > 0),
        default=len(folded),
    )
    return folded[: end + 1]
