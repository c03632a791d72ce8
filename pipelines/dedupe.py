"""Dedupe pipeline: one story from several sources becomes one item with several sources.

Three checks, each an index lookup in the archive plus a look at what this
crawl has already passed:

* the same canonical URL (tracking parameters, fragment, host case and
  trailing slash ignored);
* a near-identical headline in the same language within a few days
  (``DEDUPE_WINDOW_DAYS``), by the title signature of
  ``pipelines.classification.signature``;
* the other-language version of an organisation's own release, which is
  linked (``linked_item_id``), not merged.

A duplicate gets ``duplicate_of``; the store pipeline then records its source
on the existing item instead of storing it again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from archive.crawl import crawl_archive
from archive.dedupe import StoredItem, item_by_canonical_url, items_issued_by, items_sharing_a_band
from crawler.text import canonical_url
from pipelines.classification import bare_name
from pipelines.classification.signature import bands, same_story, title_key, title_tokens

logger = logging.getLogger(__name__)

# Words every release in the field shares; the language versions of one
# release must share something more specific (a model name, a figure).
_GENERIC_ANCHORS = frozenset(
    "ai llm llms genai generative model models language large new japan japanese announces announced launches launch "
    "release releases released inc corp co ltd group the and with for from its our".split()
)


@dataclass(frozen=True)
class Seen:
    """An item this crawl has already let through, as the checks need it."""

    id: str
    tokens: frozenset[str]
    language: str
    published_at: str
    paper: bool
    title: str
    models: tuple[str, ...]


class DedupePipeline:
    """Marks duplicates (``duplicate_of``) and links language versions (``linked_item_id``)."""

    def __init__(self, crawler: Crawler, window_days: float, similarity: float) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.window = timedelta(days=window_days)
        self.similarity = similarity
        self.by_url: dict[str, str] = {}
        self.by_band: dict[str, list[Seen]] = {}
        self.by_issuer: dict[str, list[Seen]] = {}
        self.missing_fields: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(
            crawler,
            crawler.settings.getfloat("DEDUPE_WINDOW_DAYS", 3.0),
            crawler.settings.getfloat("DEDUPE_TITLE_SIMILARITY", 0.6),
        )

    def open_spider(self) -> None:
        self.db = crawl_archive(self.crawler).db

    def process_item(self, item):
        adapter = ItemAdapter(item)
        item_id = adapter["id"]
        url = adapter.get("canonical_url") or canonical_url(adapter["url"])
        tokens = title_tokens(adapter.get("title") or "")
        key = title_key(tokens)
        self._set(adapter, "title_key", key)
        published = adapter.get("published_at") or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        labels = adapter.get("labels") or {}
        seen = Seen(
            id=item_id,
            tokens=tokens,
            language=(adapter.get("language") or "").lower()[:2],
            published_at=published,
            paper=adapter.get("kind") == "paper",
            title=adapter.get("title") or "",
            models=tuple(adapter.get("models") or ()),
        )
        duplicate = self._same_url(item_id, url) or self._same_title(seen, key)
        if duplicate:
            adapter["duplicate_of"] = duplicate[0]
            self.stats.inc_value(f"dedupe/duplicate_{duplicate[1]}")
            logger.debug("%s is a duplicate of %s (%s)", item_id, *duplicate)
            return item
        issuer = next((entry["name"] for entry in labels.get("organisations") or () if entry.get("role") == "issuer"), None)
        if issuer:
            linked = self._other_language_version(seen, issuer)
            if linked:
                self._set(adapter, "linked_item_id", linked)
                self.stats.inc_value("dedupe/linked_language_version")
            self.by_issuer.setdefault(issuer, []).append(seen)
        self.by_url.setdefault(url, item_id)
        for band in bands(key):
            self.by_band.setdefault(band, []).append(seen)
        return item

    def _set(self, adapter: ItemAdapter, field: str, value: str) -> None:
        try:
            adapter[field] = value
        except KeyError:
            if field not in self.missing_fields:
                self.missing_fields.add(field)
                logger.warning("%s has no %r field; de-duplication against the archive needs it", type(adapter.item).__name__, field)

    def _window(self, published: str) -> tuple[str, str]:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
        return tuple((moment + offset).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") for offset in (-self.window, self.window))

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
        for stored in items_sharing_a_band(self.db, bands(key), since, until):
            candidates.setdefault(stored.id, stored)
        best: tuple[float, str] | None = None
        for candidate in candidates.values():
            if candidate.id == seen.id or (candidate.kind == "paper" if isinstance(candidate, StoredItem) else candidate.paper) != seen.paper:
                continue
            language = candidate.language.lower()[:2]
            if seen.language and language and language != seen.language:
                continue
            tokens = candidate.tokens if isinstance(candidate, Seen) else title_tokens(candidate.title)
            similarity = same_story(seen.tokens, tokens, self.similarity)
            if similarity and (best is None or similarity > best[0]):
                best = (similarity, candidate.id)
        return (best[1], "title") if best else None

    def _other_language_version(self, seen: Seen, issuer: str) -> str | None:
        if seen.language not in ("ja", "en"):
            return None
        since, until = self._window(seen.published_at)
        own = _anchors(seen.title, seen.models, issuer)
        candidates = [earlier for earlier in self.by_issuer.get(issuer, ()) if since <= earlier.published_at <= until]
        candidates.extend(items_issued_by(self.db, issuer, since, until))
        for candidate in candidates:
            language = candidate.language.lower()[:2]
            if candidate.id == seen.id or language not in ("ja", "en") or language == seen.language:
                continue
            if own & _anchors(candidate.title, candidate.models, issuer):
                return candidate.id
        return None


def _anchors(title: str, models: tuple[str, ...], issuer: str) -> set[str]:
    """What two language versions of one release both name: models, product words, figures."""
    issuer_words = set(bare_name(issuer).split())
    words = {
        token
        for token in title_tokens(title)
        if token.isascii() and (len(token) >= 3 or token[0].isdigit()) and token not in _GENERIC_ANCHORS and token not in issuer_words
    }
    return words | {f"model:{model}" for model in models}
