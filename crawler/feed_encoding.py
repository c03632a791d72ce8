"""A feed that declares its encoding and breaks it in a few places.

One Shift_JIS headline pasted into a UTF-8 feed makes the body undecodable
as UTF-8; feedparser then tries other encodings and settles on one that
decodes every byte (ISO-8859-x), garbling every title. Decoding as the
declared encoding with U+FFFD for the bad bytes keeps the rest of the feed
readable, and the replacement characters make the broken title count as
mojibake. A body that is mostly undecodable is not "a few bad bytes" but a
wrong declaration, and is left to feedparser's own detection.
"""

from __future__ import annotations

import codecs
import re

REPLACEMENT_CHARACTER = "\ufffd"
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([^\s;\"']+)[\"']?", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"^(\s*<\?xml[^>]*encoding\s*=\s*[\"'])([A-Za-z0-9._-]+)([\"'])", re.IGNORECASE)
# At most one undecodable sequence per this many well-decoded non-ASCII
# characters: more than that and the declaration is wrong, not the bytes.
_GOOD_PER_BAD = 4


def declared_encoding(body: bytes, content_type: str) -> str:
    """The charset of the Content-Type, else of the XML declaration, else ''."""
    match = _CHARSET.search(content_type)
    if match:
        return match.group(1)
    declared = _XML_DECLARATION.match(body[:200])
    return declared.group(2).decode("ascii") if declared else ""


def replace_undecodable(body: bytes, content_type: str) -> tuple[bytes, str, int]:
    """The body (and Content-Type) with a few undecodable bytes replaced, and how many sequences were.

    The repaired body is UTF-8 and says so in its Content-Type and XML
    declaration; a body that decodes cleanly, or declares nothing, or is
    mostly undecodable comes back unchanged with 0.
    """
    encoding = declared_encoding(body, content_type)
    if not encoding:
        return body, content_type, 0
    try:
        codec = codecs.lookup(encoding).name
        body.decode(codec)
        return body, content_type, 0
    except LookupError:
        return body, content_type, 0
    except UnicodeDecodeError:
        pass
    text = body.decode(codec, errors="replace")
    bad = text.count(REPLACEMENT_CHARACTER)
    good = sum(1 for character in text if ord(character) > 127) - bad
    if bad * _GOOD_PER_BAD > good:
        return body, content_type, 0
    repaired = _XML_DECLARATION.sub(rb"\1UTF-8\3", text.encode("utf-8"), count=1)
    media_type = content_type.split(";")[0].strip() or "application/xml"
    return repaired, f"{media_type}; charset=utf-8", bad
