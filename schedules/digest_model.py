"""The digest's model: what a digest says (entries, sections, the week in numbers) and what it is built from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from archive.health import SourceHealth
from schedules.trend import Trend

NOTHING_NEW = "Nothing new this week."


@dataclass(frozen=True)
class Entry:
    """One item as a line of the digest."""

    item_id: str
    title: str
    url: str
    kind: str
    source: str
    publisher: str = ""
    published_at: str | None = None
    score: float = 0.0
    topics: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    detail: str = ""


@dataclass(frozen=True)
class FundingEntry:
    """One funding round."""

    company: str
    round: str
    amount_jpy: int | None
    as_written: str
    lead_investors: tuple[str, ...]
    investors: tuple[str, ...]
    undisclosed: bool
    title: str
    url: str
    source: str
    item_id: str


@dataclass(frozen=True)
class SourceProblem:
    """A source that failed or went silent when it normally speaks."""

    source: str
    status: str
    last_success: str | None
    last_new_item: str | None
    last_error: str
    reason: str = ""


@dataclass(frozen=True)
class Group:
    """Entries under a sub-heading (papers by topic); ``title`` is empty for a plain list."""

    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Section:
    """One section of the digest; ``empty_reason`` says why it has nothing."""

    key: str
    title: str
    groups: tuple[Group, ...] = ()
    funding: tuple[FundingEntry, ...] = ()
    problems: tuple[SourceProblem, ...] = ()
    total: int = 0
    more: int = 0
    more_url: str = ""
    empty_reason: str = ""
    note: str = ""

    @property
    def shown(self) -> int:
        return len(self.funding) + len(self.problems) + sum(len(group.entries) for group in self.groups)

    @property
    def is_empty(self) -> bool:
        return self.shown == 0


@dataclass(frozen=True)
class Metric:
    """A number of the week against the average of the previous weeks."""

    key: str
    label: str
    value: int
    previous_average: float | None

    @property
    def change(self) -> str:
        """``+40%``, ``-25%``, ``new`` or ``=``; empty without history."""
        if self.previous_average is None:
            return ""
        if self.previous_average == 0:
            return "new" if self.value else "="
        ratio = (self.value - self.previous_average) / self.previous_average
        return "=" if abs(ratio) < 0.005 else f"{ratio:+.0%}"


@dataclass(frozen=True)
class Digest:
    """The week's digest, ready to render."""

    week: str
    start: date
    end: date
    metrics: tuple[Metric, ...]
    sections: tuple[Section, ...]
    item_count: int
    # The last 12 weeks up to this one, for the chart and the sparklines.
    trend: Trend | None = None

    @property
    def is_empty(self) -> bool:
        return self.item_count == 0


@dataclass(frozen=True)
class WeekRows:
    """The relevant, non-backfill items first seen in one week, and their funding rounds."""

    week: str
    items: Sequence[Mapping[str, Any]]
    funding_rounds: Sequence[Mapping[str, Any]] = ()
    # Licence changes of known Hub repositories detected in the week.
    hub_licence_changes: Sequence[Mapping[str, Any]] = ()
    # A week the digest only compares with comes as the numbers the archive
    # keeps (``week_metrics``' and "policy") and, for the weeks before the
    # one shown, the names not on the watch list its items brought, instead
    # of its items (``schedules.digest_input.load_kept_week``).
    numbers: Mapping[str, int] | None = None
    names: AbstractSet[tuple[str, str]] | None = None


@dataclass(frozen=True)
class DigestInput:
    """Everything the digest is built from."""

    current: WeekRows
    previous: Sequence[WeekRows] = ()
    health: Sequence[SourceHealth] = ()
    source_kinds: Mapping[str, Iterable[str]] = field(default_factory=dict)
    browse_url: str = ""
    trend: Trend | None = None
