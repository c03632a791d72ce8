"""Title signatures for finding the same story under slightly different headlines.

A title becomes a set of tokens that works for both languages: Latin words
and numbers as words, runs of Japanese as character bigrams (Japanese has no
spaces). A MinHash of that set, cut into bands, gives ``title_key``: two
titles that share most tokens very likely share at least one band, so the
archive finds candidates with an index lookup per band and checks each one.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from pipelines.classification.text import fold, normalise, normalise_spacing

BANDS = 8
ROWS_PER_BAND = 2
BAND_WIDTH = 8
_PRIME = 4_294_967_311
_MASK = 0xFFFFFFFF
_HASHES = [((i * 0x9E3779B1 + 0x7F4A7C15) % _PRIME or 1, (i * 0x85EBCA77 + 0xC2B2AE3D) % _PRIME) for i in range(BANDS * ROWS_PER_BAND)]
# Particles and "about" split Japanese runs: headlines add or drop them freely.
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?|[^\x00-\x7fをがはでのにとへも約、。「」『』・()!?\s]+")
# Publisher names that aggregators append or prepend to headlines.
_PUBLISHER_SUFFIX = re.compile(r"\s(?:-|\||–|—|:)\s[^-|–—]{1,40}$")
_BRACKETED_PREFIX = re.compile(r"^(?:【[^】]{1,30}】|\[[^\]]{1,30}\])\s?")
_STOPWORDS = frozenset({"the", "a", "an", "of", "to", "in", "on", "for", "and", "with", "its", "at", "by", "as", "is", "from"})


def title_tokens(title: str) -> frozenset[str]:
    """The comparable tokens of a headline, without publisher names or tags around it."""
    text = normalise(_BRACKETED_PREFIX.sub("", _PUBLISHER_SUFFIX.sub("", normalise_spacing(title))))
    tokens: set[str] = set()
    for match in _TOKEN.finditer(fold(text)):
        token = match.group(0)
        if token.isascii():
            if token not in _STOPWORDS:
                tokens.add(token)
        elif len(token) == 1:
            tokens.add(token)
        else:
            tokens.update(token[index : index + 2] for index in range(len(token) - 1))
    return frozenset(tokens)


def title_key(tokens: Iterable[str]) -> str:
    """``BANDS`` hex blocks of ``BAND_WIDTH`` characters; "" for a title without tokens."""
    hashed = [zlib.crc32(token.encode("utf-8")) for token in tokens]
    if not hashed:
        return ""
    minima = [min((a * value + b) % _PRIME for value in hashed) & _MASK for a, b in _HASHES]
    blocks = []
    for band in range(BANDS):
        rows = minima[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        blocks.append(f"{zlib.crc32(repr(rows).encode()) & _MASK:08x}")
    return "".join(blocks)


def bands(key: str) -> list[str]:
    return [key[index * BAND_WIDTH : (index + 1) * BAND_WIDTH] for index in range(BANDS)] if key else []


def distinguishers(tokens: frozenset[str]) -> frozenset[str]:
    """Numbers and single letters: "Series A" and "Series B", or 2024 and 2025, are different stories."""
    return frozenset(token for token in tokens if token[0].isdigit() or (token.isascii() and len(token) == 1))


def same_story(first: frozenset[str], second: frozenset[str], threshold: float) -> float:
    """Jaccard similarity of two token sets, or 0.0 when their numbers or letters disagree."""
    if not first or not second:
        return 0.0
    if distinguishers(first) != distinguishers(second) and distinguishers(first) and distinguishers(second):
        return 0.0
    similarity = len(first & second) / len(first | second)
    return similarity if similarity >= threshold else 0.0
