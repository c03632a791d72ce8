"""JSON held in a text column, read back: the one decoder for every such column.

The archive keeps lists and objects (topics, organisations, labels, flags) as
JSON text. A value that is not text yet (already decoded, or a number) is
returned as it is; an empty, missing or unreadable one gives the default, so
one damaged row never stops a digest, an alert or a health report.
"""

from __future__ import annotations

import json
from typing import Any


def decoded(value: Any, default: Any) -> Any:
    """``value`` decoded from JSON text, ``default`` when it is empty, None or not JSON."""
    if isinstance(value, str | bytes):
        try:
            return json.loads(value) if value else default
        except ValueError:
            return default
    return default if value is None else value
