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
from functools import lru_cache

from common.folding import fold, normalise
from common.text import normalise_text
from common.title_bands import BAND_WIDTH, BANDS

ROWS_PER_BAND = 3
_MASK = 0xFFFFFFFF
# One 32-bit hash per token, permuted by XOR with a fixed mask per row: a
# cheap family of hash functions that keeps the minimum in C (map/min).
_ROW_MASKS = [zlib.crc32(f"jpllm-watch title row {row}".encode()) for row in range(BANDS * ROWS_PER_BAND)]
# Particles and "about" split Japanese runs: headlines add or drop them freely.
_TOKEN = re.compile(r"[a-z]+|\d+(?:,\d{3})*(?:\.\d+)?|[^\x00-\x7fをがはでのにとへも約、。「」『』・()!?\s]+")
# Publisher names that aggregators append or prepend to headlines.
_PUBLISHER_SUFFIX = re.compile(r"\s(?:-|\||–|—|:)\s[^-|–—]{1,40}$")
_BRACKETED_PREFIX = re.compile(r"^(?:【[^】]{1,30}】|\[[^\]]{1,30}\])\s?")
_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "for", "and", "with", "its", "at", "by", "as", "is", "from"}
)
# Tokens most headlines of this field share. They still count in the
# similarity of two titles, but not in the signature: otherwise every
# "...を提供開始" headline would share a band with every other one, and the
# candidates of a band would grow with the archive.
_COMMON = frozenset(
    "ai llm llms japan japanese model models new launches launch releases release raises raised series round funding "
    "million billion generative language large announces open tokyo "
    "調達 資金 提供 供開 開始 発表 公開 生成 開発 モデ デル 日本 本語 言語 億円 万円 シリ リー ーズ サー ービ ビス "
    "企業 向け 国内 国産 大規 規模 語モ 基盤 導入 活用 技術 研究 共同 提携 業務 法人 東京 大学 成a".split()
)


@lru_cache(maxsize=65536)
def title_tokens(title: str) -> frozenset[str]:
    """The comparable tokens of a headline, without publisher names or tags around it."""
    text = normalise(_BRACKETED_PREFIX.sub("", _PUBLISHER_SUFFIX.sub("", normalise_text(title))))
    tokens: set[str] = set()
    for match in _TOKEN.finditer(fold(text)):
        token = match.group(0).replace(",", "")
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
    tokens = list(tokens)
    hashed = [zlib.crc32(token.encode("utf-8")) for token in tokens if token not in _COMMON] or [
        zlib.crc32(token.encode("utf-8")) for token in tokens
    ]
    if not hashed:
        return ""
    minima = [min(map(mask.__xor__, hashed)) for mask in _ROW_MASKS]
    blocks = []
    for band in range(BANDS):
        rows = minima[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        blocks.append(f"{zlib.crc32(repr(rows).encode()) & _MASK:08x}")
    return "".join(blocks)


def bands(key: str) -> list[str]:
    return [key[index * BAND_WIDTH : (index + 1) * BAND_WIDTH] for index in range(BANDS)] if key else []


@lru_cache(maxsize=65536)
def distinguishers(tokens: frozenset[str]) -> frozenset[str]:
    """Numbers and single letters: "Series A" and "Series B", or 2024 and 2025, are different stories."""
    return frozenset(token for token in tokens if token[0].isdigit() or (token.isascii() and len(token) == 1))


def same_story(first: frozenset[str], second: frozenset[str], threshold: float) -> float:
    """Jaccard similarity of two token sets, or 0.0 when their numbers or letters disagree."""
    if not first or not second:
        return 0.0
    first_marks, second_marks = distinguishers(first), distinguishers(second)
    if first_marks and second_marks and first_marks != second_marks:
        return 0.0
    similarity = len(first & second) / len(first | second)
    return similarity if similarity >= threshold else 0.0
