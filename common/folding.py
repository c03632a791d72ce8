"""The one folded form that names and text are matched in.

NFKC (full-width digits and letters become ASCII), whitespace collapsed, the
spaces that writers put between Japanese and Latin words dropped, Latin
letters lower-cased, every character keeping its offset. Matching only: what
is stored and shown keeps the text as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from common.text import normalise_text

_WHITESPACE = re.compile(r"\s+")
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A space with Japanese on either side separates nothing ("生成 AI" = "生成AI").
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")

# Company forms that names carry in some sources and not in others.
COMPANY_FORMS = re.compile(
    r"株式会社|\(株\)|有限会社|合同会社|一般社団法人|一般財団法人|公益財団法人|国立研究開発法人|独立行政法人|国立大学法人|学校法人"
    r"|(?<![a-z0-9])(?:inc|k\.k|kk|co\.,? ?ltd|co|ltd|llc|l\.l\.c|gmbh|corp|plc|s\.a)\.?(?![a-z0-9])",
    re.IGNORECASE,
)


def normalise(text: str | None) -> str:
    """NFKC, one space for any whitespace, no space between Japanese and anything else."""
    spaced = normalise_text(text)
    return spaced if spaced.isascii() else _SPACE_NEXT_TO_CJK.sub("", spaced)


def fold(normalised: str) -> str:
    """Lower-case Latin letters without changing any offset."""
    folded = normalised.lower()
    if len(folded) == len(normalised):
        return folded
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in normalised)


def fold_term(term: str) -> str:
    """A lexicon term or alias in the form it is matched in."""
    return fold(normalise(term))


# Forms that only bare_name drops (the other users of COMPANY_FORMS cut names out of text with it): a long English
# form at the end of a name of two words or more ("Acme Trust and Banking Corporation"; not "LINE Corporation",
# whose one word alone is a common word, nor "Corporation for Public Broadcasting"), and the Japanese forms of
# welfare, medical and non-profit bodies in front ("社会福祉法人X").
_LONG_FORM_AFTER = re.compile(r"^(?P<name>\S+ \S.*?) (?:corporation|limited)\.?$")
_FORM_IN_FRONT = re.compile(
    r"^(?:社会福祉法人|医療法人(?:社団|財団)?|特定非営利活動法人|npo法人|公益社団法人|公立大学法人)"
)


@lru_cache(maxsize=8192)
def bare_name(name: str) -> str:
    """A name without company forms or punctuation at its ends, folded: ``株式会社サカナAI`` -> ``サカナai``."""
    folded = _FORM_IN_FRONT.sub("", _LONG_FORM_AFTER.sub(r"\g<name>", fold_term(name).strip()))
    folded = COMPANY_FORMS.sub(" ", folded)
    return _WHITESPACE.sub(" ", folded).strip(" ,.、・-")
