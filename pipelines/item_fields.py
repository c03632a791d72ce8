"""An item's fields, read and written in place at the cost of a dict.

``ItemAdapter`` works out what kind of item it wraps and builds a table of a
dataclass's fields each time it is made, and every field read goes through
two calls; the four pipelines of the store chain read and write about a
hundred fields an item, which was a tenth of the chain's Python time. A
``WatchItem``'s fields are its instance dictionary (a dataclass without
slots, every field set by ``__init__``) and a dict item is its own fields;
any other item (a ``scrapy.Item``) still goes through ``ItemAdapter``.
The pipelines write only ``WatchItem``'s fields (tests/test_item_fields.py).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from itemadapter import ItemAdapter

from common.items import WatchItem


def item_fields(item: Any) -> MutableMapping[str, Any]:
    """The item's fields as a mapping whose writes change the item."""
    kind = type(item)
    if kind is WatchItem:
        return vars(item)
    if kind is dict:
        return item
    return ItemAdapter(item)
