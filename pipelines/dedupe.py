"""Dedupe pipeline: one story from several sources becomes one item with several sources.

Three checks, each an index lookup in the archive plus a look at what this
crawl has already passed:

* the same canonical URL (tracking parameters, fragment, host case and
  trailing slash ignored);
* a near-identical headline in the same language within a few days
  (``DEDUPE_WINDOW_DAYS``), by the title signature of
  ``pipelines.classification.signature``;
* the same funding round (company and amount in yen) reported within those
  days, however differently the headlines put it;
* the other-language version of an organisation's own release, which is
  linked (``linked_item_id``), not merged.

A duplicate gets ``duplicate_of``; the store pipeline then records its source
on the existing item instead of storing it again.

At the start of a crawl the items published in the last
``DEDUPE_PRELOAD_DAYS`` are read once (a range of the ``published_at``
index) and kept in memory with what the crawl itself passes, so the usual
item, a recent one, needs no query beyond its canonical URL; an older item
(a backfill) is looked up in the archive by its title bands and issuer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from scrapy.crawler import Crawler

from archive.dedupe import (
    StoredItem,
    item_by_canonical_url,
    items_issued_by,
    items_published_between,
    items_sharing_a_band,
    items_with_round,
)
from common.folding import bare_name
from common.items import HUB_KINDS
from common.text import canonical_url
from crawl_context.archive import crawl_archive
from pipelines.classification.signature import bands, same_story, title_key, title_tokens
from pipelines.item_fields import item_fields

logger = logging.getLogger(__name__)

# Words every release in the field shares; the language versions of one
# release must share something more specific (a model name, a figure).
_GENERIC_ANCHORS = frozenset(
    "ai llm llms genai generative model models language large new japan japanese announces announced launches launch "
    "release releases released inc corp co ltd group the and with for from its our".split()
)


@dataclass(frozen=True)
class Seen:
    """An item the checks compare with: one this crawl let through, or a recent stored one."""

    id: str
    language: str
    published_at: str
    paper: bool
    title: str
    models: tuple[str, ...]

    @property
    def tokens(self) -> frozenset[str]:
        return title_tokens(self.title)


def _format(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class DedupePipeline:
    """Marks duplicates (``duplicate_of``) and links language versions (``linked_item_id``)."""

    def __init__(self, crawler: Crawler, window_days: float, similarity: float, preload_days: float) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.window = timedelta(days=window_days)
        self.similarity = similarity
        self.preload = timedelta(days=preload_days)
        # Items published inside [covered_from, covered_until] have every
        # candidate in memory; others are looked up in the archive.
        self.covered_from = self.covered_until = ""
        self.by_url: dict[str, str] = {}
        self.by_band: dict[str, list[Seen]] = {}
        # Releases by (issuer, day published), so a lookup reads only the days of its window.
        self.by_issuer: dict[tuple[str, str], list[Seen]] = {}
        self.by_round: dict[tuple[str, int], list[Seen]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(
            crawler,
            crawler.settings.getfloat("DEDUPE_WINDOW_DAYS", 3.0),
            crawler.settings.getfloat("DEDUPE_TITLE_SIMILARITY", 0.6),
            crawler.settings.getfloat("DEDUPE_PRELOAD_DAYS", 30.0),
        )

    def open_spider(self) -> None:
        self.db = crawl_archive(self.crawler).db
        now = datetime.now(UTC)
        since, until = now - self.preload, now + timedelta(days=1)
        recent_items = items_published_between(self.db, _format(since - self.window), _format(until + self.window))
        for recent in recent_items:
            stored = recent.item
            seen = Seen(
                stored.id,
                stored.language.lower()[:2],
                stored.published_at or "",
                stored.kind == "paper",
                stored.title,
                stored.models,
            )
            self._remember(
                seen,
                recent.canonical_url,
                recent.title_key,
                recent.issuer,
                _round_key(recent.funding_company, recent.funding_amount_jpy),
            )
        self.covered_from, self.covered_until = _format(since), _format(until)
        self.stats.set_value("dedupe/preloaded_items", len(recent_items))

    def process_item(self, item):
        adapter = item_fields(item)
        if adapter.get("kind") in HUB_KINDS:
            # A Hub repository is one item by its Hub id; papers and press
            # about its family are linked in the digest, not merged.
            return item
        item_id = adapter["id"]
        url = adapter.get("canonical_url") or canonical_url(adapter["url"])
        key = title_key(title_tokens(adapter.get("title") or ""))
        adapter["title_key"] = key
        published = adapter.get("published_at") or _format(datetime.now(UTC))
        labels = adapter.get("labels") or {}
        seen = Seen(
            id=item_id,
            language=(adapter.get("language") or "").lower()[:2],
            published_at=published,
            paper=adapter.get("kind") == "paper",
            title=adapter.get("title") or "",
            models=tuple(adapter.get("models") or ()),
        )
        funding = labels.get("funding") or {}
        round_key = _round_key(funding.get("company"), funding.get("amount_jpy"))
        duplicate = self._same_url(item_id, url) or self._same_title(seen, key) or self._same_round(seen, round_key)
        if duplicate:
            adapter["duplicate_of"] = duplicate[0]
            self.stats.inc_value(f"dedupe/duplicate_{duplicate[1]}")
            logger.debug("%s is a duplicate of %s (%s)", item_id, *duplicate)
            return item
        issuer = next(
            (entry["name"] for entry in labels.get("organisations") or () if entry.get("role") == "issuer"), None
        )
        if issuer:
            linked = self._other_language_version(seen, issuer)
            if linked:
                adapter["linked_item_id"] = linked
                self.stats.inc_value("dedupe/linked_language_version")
        self._remember(seen, url, key, issuer, round_key)
        return item

    def _remember(self, seen: Seen, url: str, key: str, issuer: str | None, round_key: tuple[str, int] | None) -> None:
        if url:
            self.by_url.setdefault(url, seen.id)
        for band in bands(key):
            self.by_band.setdefault(band, []).append(seen)
        if issuer:
            self.by_issuer.setdefault((issuer, seen.published_at[:10]), []).append(seen)
        if round_key:
            self.by_round.setdefault(round_key, []).append(seen)

    def _covered(self, published: str) -> bool:
        """Whether every stored item within the window of ``published`` is already in memory."""
        return self.covered_from <= published <= self.covered_until

    def _window(self, published: str) -> tuple[str, str]:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
        # Normalising dates the far future out; a date near year 1 or 9999
        # that is left still must not overflow.
        since = moment - self.window if moment - datetime.min.replace(tzinfo=UTC) > self.window else moment
        until = moment + self.window if datetime.max.replace(tzinfo=UTC) - moment > self.window else moment
        return _format(since), _format(until)

    def _same_url(self, item_id: str, url: str) -> tuple[str, str] | None:
        known = self.by_url.get(url)
        if known is None:
            stored = item_by_canonical_url(self.db, url)
            known = stored.id if stored else None
        return (known, "url") if known and known != item_id else None

    def _same_title(self, seen: Seen, key: str) -> tuple[str, str] | None:
        if not key:
            return None
        since, until = self._window(seen.published_at)
        candidates: dict[str, Seen | StoredItem] = {}
        for band in bands(key):
            for earlier in self.by_band.get(band, ()):
                if since <= earlier.published_at <= until:
                    candidates.setdefault(earlier.id, earlier)
        if not self._covered(seen.published_at):
            for stored in items_sharing_a_band(self.db, bands(key), since, until):
                candidates.setdefault(stored.id, stored)
        best: tuple[float, str] | None = None
        for candidate in candidates.values():
            if (
                candidate.id == seen.id
                or (candidate.kind == "paper" if isinstance(candidate, StoredItem) else candidate.paper) != seen.paper
            ):
                continue
            language = candidate.language.lower()[:2]
            if seen.language and language and language != seen.language:
                continue
            similarity = same_story(seen.tokens, title_tokens(candidate.title), self.similarity)
            if similarity and (best is None or similarity > best[0]):
                best = (similarity, candidate.id)
        return (best[1], "title") if best else None

    def _same_round(self, seen: Seen, round_key: tuple[str, int] | None) -> tuple[str, str] | None:
        if round_key is None:
            return None
        since, until = self._window(seen.published_at)
        earlier = next(
            (
                candidate.id
                for candidate in self.by_round.get(round_key, ())
                if since <= candidate.published_at <= until and candidate.id != seen.id
            ),
            None,
        )
        if earlier is None and not self._covered(seen.published_at):
            # The first stored round is the answer; one besides the item's own is enough to read.
            stored = items_with_round(self.db, *round_key, since, until, limit=2)
            earlier = next((candidate.id for candidate in stored if candidate.id != seen.id), None)
        return (earlier, "funding_round") if earlier else None

    def _other_language_version(self, seen: Seen, issuer: str) -> str | None:
        if seen.language not in ("ja", "en"):
            return None
        since, until = self._window(seen.published_at)
        own = _anchors(seen.title, seen.models, issuer)
        earlier: list[Seen] = [
            candidate
            for day in _days(since, until)
            for candidate in self.by_issuer.get((issuer, day), ())
            if since <= candidate.published_at <= until
        ]
        linked = self._version_among(earlier, seen, issuer, own)
        if linked is None and not self._covered(seen.published_at):
            # Only when memory has none: the first match is the answer, in memory or stored.
            linked = self._version_among(items_issued_by(self.db, issuer, since, until), seen, issuer, own)
        return linked

    @staticmethod
    def _version_among(
        candidates: Sequence[Seen | StoredItem], seen: Seen, issuer: str, own: frozenset[str]
    ) -> str | None:
        for candidate in candidates:
            language = candidate.language.lower()[:2]
            if candidate.id == seen.id or language not in ("ja", "en") or language == seen.language:
                continue
            if own & _anchors(candidate.title, candidate.models, issuer):
                return candidate.id
        return None


def _round_key(company: str | None, amount_jpy: int | None) -> tuple[str, int] | None:
    """A funding round as two sources of one story agree on it: who raised how many yen."""
    return (company, int(amount_jpy)) if company and amount_jpy else None


def _days(since: str, until: str) -> list[str]:
    """The dates (YYYY-MM-DD) from ``since`` to ``until``."""
    day = datetime.fromisoformat(since[:10])
    last = datetime.fromisoformat(until[:10])
    days = []
    while day <= last:
        days.append(day.strftime("%Y-%m-%d"))
        day += timedelta(days=1)
    return days


@lru_cache(maxsize=65536)
def _anchors(title: str, models: tuple[str, ...], issuer: str) -> frozenset[str]:
    """What two language versions of one release both name: models, product words, figures."""
    issuer_words = set(bare_name(issuer).split())
    words = {
        token
        for token in title_tokens(title)
        if token.isascii()
        and (len(token) >= 3 or token[0].isdigit())
        and token not in _GENERIC_ANCHORS
        and token not in issuer_words
    }
    return frozenset(words | {f"model:{model}" for model in models})
