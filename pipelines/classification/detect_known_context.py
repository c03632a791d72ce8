"""Known organisations whose bare name the matcher leaves alone ("Meta", "メタ"), named by the words around it.

    Meta's Llama 3 / OpenAI's GPT-4o       a company before its model, in the possessive
    Meta's open-source Llama 3.1           the same, with words in small letters describing the model
    メタによる買収 / メタを退社 / メタから   a foreign company's katakana name before a particle

``detect.detect_names`` appends what these yield to the organisations found. A Japanese company's katakana name
(イオン, シャープ) is left to the matcher's context: "水溶液ではイオンが" is about ions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

# "Meta's Llama 3": a name in the possessive before a model family the watch list knows, which may come after up to
# two words in small letters that describe it ("Meta's open-source Llama", "Google's latest open Gemma"); any of
# the words may be the model (a family written in small letters, "OpenAI's gpt-oss").
_BEFORE_MODEL = re.compile(
    r"(?<![A-Za-z0-9&.\-])(?P<name>[A-Z][A-Za-z0-9&.\-]*)(?:'s|’s) "
    r"(?P<words>(?:[a-z][a-z\-]*[a-z] ){0,2}[A-Za-z][A-Za-z0-9.\-]*)"
)
# "メタによる", "メタを退社": a katakana name on its own (no letter of a longer word before it) before a particle.
_KANA_BEFORE_PARTICLE = re.compile(
    r"(?<![\u30a1-\u30fa\u4e00-\u9fffA-Za-z0-9ー・])(?P<name>[\u30a1-\u30fa][\u30a1-\u30faー]{1,12})"
    r"(?=は|が|を|から|による|との)"
)


def known_in_context(
    text: str, known: Callable[[str], Any], known_model: Callable[[str], object], japanese: bool
) -> Iterator[Any]:
    """The known organisations these contexts name in ``text`` (``japanese``: it has kana or kanji)."""
    if "'s " in text or "’s " in text:
        for match in _BEFORE_MODEL.finditer(text):
            organisation = known(match.group("name"))
            if organisation is not None and any(known_model(word) for word in match.group("words").split()):
                yield organisation
    for match in _KANA_BEFORE_PARTICLE.finditer(text) if japanese else ():
        organisation = known(match.group("name"))
        if organisation is not None and not organisation.japanese:
            yield organisation
