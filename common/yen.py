"""Yen amounts as every output shows them (the stats, the demo's summary, the digest, the alerts)."""

from __future__ import annotations

YEN_UNITS = ((10**12, "兆"), (10**8, "億"), (10**4, "万"))


def format_yen(amount: float | None, missing: str = "undisclosed") -> str:
    """Yen the way Japanese reports write it, the one format of every output: ``8,000円``,
    ``5000万円``, ``1億5000万円``, ``300億円``, ``2兆3500億円`` (yen below 万 dropped above it);
    ``missing`` for no amount."""
    if amount is None:
        return missing
    rest = round(amount)
    if rest < 10_000:
        return f"{rest:,}円"
    parts = []
    for size, unit in YEN_UNITS:
        if rest >= size:
            parts.append(f"{rest // size}{unit}")
            rest %= size
    return "".join(parts) + "円"
