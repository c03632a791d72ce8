"""Pictures of the trend, drawn headless with matplotlib (the Agg backend: no display needed).

``draw_trend_chart`` draws the last 12 weeks (papers, releases, funding
rounds, policy items; yen raised below) as a PNG; ``draw_quarterly_yen_chart``
the yen raised per quarter. An archive with nothing in it gets an honest
"no data yet" picture, not an error. Labels are ASCII: the machine may have
no Japanese font, and the numbers need none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from schedules.trend import TREND_LABELS, Trend

OKU = 100_000_000  # 億円: the unit Japanese funding news counts in


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as pyplot

    return pyplot


def _no_data(axes: Any, text: str) -> None:
    axes.text(0.5, 0.5, text, ha="center", va="center", fontsize=14, color="#666666", transform=axes.transAxes)
    axes.set_xticks([])
    axes.set_yticks([])


def _save(figure: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    figure.savefig(temporary, format="png", dpi=100)
    temporary.replace(path)
    return path


def draw_trend_chart(trend: Trend, path: Path, *, title: str = "") -> Path:
    """A PNG of the last weeks: counts per week above, yen raised (oku yen) below."""
    pyplot = _pyplot()
    figure, (counts, money) = pyplot.subplots(
        2, 1, figsize=(9, 5.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]}
    )
    try:
        figure.suptitle(title or f"jpllm-watch: the last {len(trend.weeks)} weeks")
        labels = [week.split("-")[-1] for week in trend.weeks]
        positions = list(range(len(labels)))
        if trend.is_empty:
            _no_data(counts, "No data yet: nothing has been collected in these weeks")
            _no_data(money, "")
        else:
            nan = float("nan")
            for key in ("papers", "releases", "funding_rounds", "policy"):
                values = [nan if value is None else value for value in trend.series[key]]
                counts.plot(positions, values, marker="o", label=TREND_LABELS[key])
            counts.set_ylabel("items per week")
            counts.set_ylim(bottom=0)
            counts.legend(loc="upper left", fontsize=8)
            counts.grid(alpha=0.3)
            money.bar(positions, [(value or 0) / OKU for value in trend.series["funding_jpy"]], color="#d98c00")
            watched = [index for index, value in enumerate(trend.series["papers"]) if value is not None]
            if watched and watched[0] > 0:
                # Weeks before the archive began are unknown, not quiet.
                for axes in (counts, money):
                    axes.axvspan(-0.5, watched[0] - 0.5, color="#eeeeee", zorder=0)
                counts.text(
                    (watched[0] - 1) / 2,
                    0.5,
                    "not watched yet",
                    ha="center",
                    va="center",
                    color="#888888",
                    transform=counts.get_xaxis_transform(),
                )
            money.set_ylabel("raised (oku yen)")
            money.grid(alpha=0.3, axis="y")
        money.set_xticks(positions, labels, fontsize=8)
        money.set_xlabel("ISO week (Asia/Tokyo)" + (f", {trend.weeks[0]} to {trend.weeks[-1]}" if trend.weeks else ""))
        figure.tight_layout()
        return _save(figure, path)
    finally:
        pyplot.close(figure)


def draw_quarterly_yen_chart(quarters: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """A PNG of yen raised per quarter (rows with ``quarter`` and ``total_jpy``, oldest first)."""
    pyplot = _pyplot()
    figure, axes = pyplot.subplots(figsize=(8, 4))
    try:
        figure.suptitle("Yen raised by Japanese generative-AI companies, per quarter")
        if not quarters:
            _no_data(axes, "No data yet: no funding round in the archive")
        else:
            labels = [str(row["quarter"]) for row in quarters]
            values = [(row.get("total_jpy") or 0) / OKU for row in quarters]
            bars = axes.bar(labels, values, color="#d98c00")
            axes.bar_label(bars, labels=[f"{value:,.0f}" for value in values], fontsize=8)
            axes.set_ylabel("raised (oku yen)")
            axes.grid(alpha=0.3, axis="y")
            axes.tick_params(axis="x", labelsize=8, rotation=45)
        figure.tight_layout()
        return _save(figure, path)
    finally:
        pyplot.close(figure)
