"""The trend behind the week in numbers: the last 12 weeks, as series and as text sparklines.

Pure: rows in, numbers out. ``weekly_series`` turns the rows of consecutive
weeks (``schedules.digest_input.load_week``) into one series per measure;
``sparkline`` draws a series in eight block characters for places that
cannot show a picture (a webhook message).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schedules.digest import WeekRows

TREND_WEEKS = 12
# The chart's measures, in drawing order; the first four are the digest's numbers.
TREND_LABELS = {
    "papers": "Papers",
    "releases": "Model and product releases (Hub included)",
    "funding_rounds": "Funding rounds",
    "funding_jpy": "Yen raised",
    "policy": "Policy items",
}
BARS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class Trend:
    """One value per week and measure, oldest week first; None for a week before the archive began."""

    weeks: tuple[str, ...]
    series: Mapping[str, tuple[int | None, ...]]

    @property
    def is_empty(self) -> bool:
        return not any(any(values) for values in self.series.values())

    def known(self, key: str) -> list[int]:
        """The measure's values of the weeks the archive watched."""
        return [value for value in self.series.get(key, ()) if value is not None]


def weekly_series(week_rows: Iterable[WeekRows], first_week: str | None = None) -> Trend:
    """The trend of consecutive weeks (``WeekRows``, oldest first, read one at a time), with the digest's own counting.

    Weeks before ``first_week`` (when the archive began) are unknown, not
    quiet: their values are None, left out of sparklines and gaps in the chart.
    """
    from schedules.digest import week_metrics

    weeks: list[str] = []
    series: dict[str, list[int | None]] = {key: [] for key in TREND_LABELS}
    for rows in week_rows:
        metrics = week_metrics(rows)
        weeks.append(rows.week)
        unknown = first_week is None or rows.week < first_week
        for key in TREND_LABELS:
            if unknown:
                series[key].append(None)
            elif key == "policy":
                kept = rows.numbers["policy"] if rows.numbers is not None else None
                series[key].append(
                    kept if kept is not None else sum(1 for item in rows.items if item.get("kind") == "policy")
                )
            else:
                series[key].append(int(metrics[key]))
    return Trend(tuple(weeks), {key: tuple(values) for key, values in series.items()})


def sparkline(values: Sequence[float]) -> str:
    """``▁▂▃▅▇``: each value scaled from zero to the series' largest, so 2 against 3 does not look like 0 against 3."""
    if not values:
        return ""
    low, high = min(0, min(values)), max(values)
    if high == low:
        return BARS[0] * len(values)
    span = high - low
    return "".join(BARS[min(len(BARS) - 1, int((value - low) / span * (len(BARS) - 1) + 0.5))] for value in values)
