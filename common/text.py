"""Text, URL and date helpers shared by spiders, pipelines and commands.

Japanese text is the normal case here: NFKC folds full-width digits and
letters (１０億円, ＡＩ) into their ASCII forms, and dates are read in the
forms Japanese sites print them, as Asia/Tokyo when no zone is given.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import overload
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from w3lib.html import remove_tags, replace_entities

from common.times import TOKYO

_WHITESPACE = re.compile(r"\s+")
# C0 and C1 control characters and DEL, except the whitespace ones (tab,
# line breaks, NEL), which become spaces: a NUL or an escape in a feed title
# must reach neither the archive, the digest nor Slack.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# Whitespace that is layout, not writing: every kind but the ideographic space U+3000.
_LAYOUT_WHITESPACE = re.compile(r"[^\S\u3000]+")
TRACKING_PARAMETERS = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|igshid|_hsenc|_hsmi|spm|oc)$",
    re.IGNORECASE,
)


def normalise_text(text: str | None) -> str:
    """NFKC, control characters dropped, then every run of whitespace (line breaks included) as one space."""
    if not text:
        return ""
    return _WHITESPACE.sub(" ", _CONTROLS.sub("", unicodedata.normalize("NFKC", text))).strip()


def nfkc_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """NFKC of a text with, for each character of the result, where its source starts and ends in ``text``.

    A character is folded together with the combining marks after it (a
    half-width ｶ and its ﾞ become one ガ), so a match found in the folded text
    can be marked in the text as published.
    """
    folded: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    while position < len(text):
        end = position + 1
        while end < len(text) and unicodedata.combining(unicodedata.normalize("NFKC", text[end])[:1] or "x"):
            end += 1
        for character in unicodedata.normalize("NFKC", text[position:end]):
            folded.append(character)
            starts.append(position)
            ends.append(end)
        position = end
    return "".join(folded), starts, ends


_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=\.)\s")
DERIVED_TITLE_LENGTH = 60


def title_from_text(text: str, limit: int = DERIVED_TITLE_LENGTH) -> str:
    """A title for an item that has none: its text's first sentence, cut at ``limit`` characters with "…"."""
    text = text.strip()
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip() or text
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def clean_text(text: str | None) -> str:
    """Text as published, for storing and showing: line breaks and runs of spaces as one space, ends trimmed.

    No NFKC: ？, …… and the full-width space inside a headline stay as the
    publisher wrote them; ``normalise_text`` folds them for matching only.
    """
    if not text:
        return ""
    return _LAYOUT_WHITESPACE.sub(" ", _CONTROLS.sub("", text)).strip()


def strip_html(text: str | None) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded."""
    if not text:
        return ""
    return replace_entities(remove_tags(text.replace("<br>", " ").replace("<br/>", " ")))


def is_web_url(url: str | None) -> bool:
    """Only http and https links are stored or shown anywhere."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def host_within(host: str, domains: frozenset[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one (``www.nature.com`` is within ``nature.com``,
    ``signature.com`` is not): each of the host's few suffixes is looked up, not each of the many domains."""
    while host:
        if host in domains:
            return True
        host = host.partition(".")[2]
    return False


def canonical_url(url: str) -> str:
    """The URL two sources would agree on: no tracking parameters, no fragment,
    lower-case host, no default port, no trailing slash on the path."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    query = urlencode(
        sorted(
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not TRACKING_PARAMETERS.match(key)
        )
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def url_item_id(url: str) -> str:
    """Stable id of a non-arXiv item, from its canonical URL."""
    return "url:" + hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def arxiv_item_id(arxiv_id: str) -> str:
    return f"arxiv:{arxiv_id}"


_ERAS = {"R": 2018, "令和": 2018, "H": 1988, "平成": 1988}
_DATE_PATTERNS = [
    re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(r"(?P<era>令和|平成)\s*(?P<eyear>\d{1,2}|元)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(
        r"(?<![\d.A-Za-z])(?P<era>[RH])\s*(?P<eyear>\d{1,2}|元)[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})(?![\d])"
    ),
    re.compile(r"(?<!\d)(?P<year>\d{4})[./-](?P<month>\d{1,2})[./-](?P<day>\d{1,2})(?!\d)"),
]


def parse_japanese_date(text: str | None) -> date | None:
    """A date written the ways Japanese sites write them, or None.

    2025年5月14日, 2025.05.14, 2025/5/14, 2025-05-14, 令和7年5月14日, 令和元年5月1日, R7.5.14,
    in full-width digits too (２０２５年５月１４日). The readable date nearest the start wins.
    """
    return next((day for _, day in _dates_in(text)), None)


def leading_japanese_date(text: str | None) -> date | None:
    """The date a text starts with (``2026.08.26 見出し``), or None when it starts otherwise."""
    return next((day for start, day in _dates_in((text or "").strip()) if start <= 1), None)


def _dates_in(text: str | None) -> Iterator[tuple[int, date]]:
    """Every readable date of a text with where it starts (in the NFKC form), in text order."""
    if not text:
        return
    text = unicodedata.normalize("NFKC", text)
    matches = sorted((match for pattern in _DATE_PATTERNS for match in pattern.finditer(text)), key=lambda m: m.start())
    for match in matches:
        fields = match.groupdict()
        if fields.get("era"):
            era_year = 1 if fields["eyear"] == "元" else int(fields["eyear"])
            year = _ERAS[fields["era"]] + era_year
        else:
            year = int(fields["year"])
        try:
            yield match.start(), date(year, int(fields["month"]), int(fields["day"]))
        except ValueError:
            continue


@overload
def to_utc_iso(value: datetime | date, default_zone: ZoneInfo = TOKYO) -> str: ...
@overload
def to_utc_iso(value: str | datetime | date | None, default_zone: ZoneInfo = TOKYO) -> str | None: ...
def to_utc_iso(value: str | datetime | date | None, default_zone: ZoneInfo = TOKYO) -> str | None:
    """A timestamp as ``YYYY-MM-DDTHH:MM:SSZ``; naive values are read in ``default_zone``.

    A bare date is midnight of that day in ``default_zone``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            parsed = parse_japanese_date(text)
            if parsed is None:
                raise ValueError(f"unrecognised date: {value!r}") from None
            moment = datetime(parsed.year, parsed.month, parsed.day)
    elif isinstance(value, datetime):
        moment = value
    else:
        moment = datetime(value.year, value.month, value.day)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_zone)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
