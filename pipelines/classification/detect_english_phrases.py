"""One pattern for the phrases an English reader looks for ("partnered with", "such as"): found at the spaces of a
text in one pass, not by a scan of the whole text for each phrase."""

from __future__ import annotations

import re


def phrase_finder(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that matches any of ``phrases`` (each opens with a space), longest first."""
    words = sorted((phrase.removeprefix(" ") for phrase in phrases), key=len, reverse=True)
    return re.compile(" (?:" + "|".join(re.escape(word) for word in words) + ")")
