"""HTML listings in the press and funding spiders: the registry's selectors,
the feed a page advertises, and the generic reader when a redesign breaks
the selectors.

A listing page that advertises a feed (``<link rel="alternate">``) is read
through that feed, which carries dates and survives redesigns, unless the
feed carries none of the listing's own entries (a site-wide or other
section's feed) or fails. When the
selectors match nothing, the generic reader (``crawler.generic_listing``)
takes the page's repeated dated blocks instead, and the source is reported
degraded (``last_error`` says why) rather than silent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from common.crawl_stats import count, source_key
from common.items import WatchItem
from common.text import canonical_url, url_item_id
from crawl_context.archive import crawl_archive
from crawler.feeds import REPLACEMENT_CHARACTER, FeedOrigin, parse_feed
from crawler.generic_listing import read_generic_listing
from crawler.listing_links import advertised_feeds
from crawler.listings import Listing, ListingEntry, parse_article, read_listing
from crawler.sources import Source
from crawler.spiders._failures import failed_request

logger = logging.getLogger(__name__)


class ListingCallbacks:
    """The listing callbacks of ``SourcesSpider`` (a mixin: it uses the spider's helpers)."""

    # What the mixin uses of SourcesSpider, ItemFilters and scrapy.Spider.
    crawler: Crawler
    _fail: Callable[[str, str], None]
    _request: Callable[..., scrapy.Request]
    _source_meta: Callable[[Source], dict]
    _count_mojibake: Callable[[str, str, list[str]], None]
    _keep_new: Callable[[list[WatchItem], Source, str], Iterator[WatchItem]]
    parse_feed: Callable[[Response], Iterator[WatchItem]]
    on_error: Callable[[Failure], None]

    def parse_listing(self, response: Response) -> Iterator[WatchItem | scrapy.Request]:
        """Items of an HTML listing; entries are followed to their page when the registry asks."""
        if response.status == 304:
            return
        source: Source = response.meta["registry_source"]
        if not isinstance(response, TextResponse):
            self._fail(source.name, f"{response.url}: not an HTML page")
            return
        assert source.selectors is not None  # a listing source has them (crawler.sources refuses one without)
        listing = read_listing(response.text, response.url, source.selectors)
        feeds = advertised_feeds(response.text, response.url)
        if feeds:
            logger.info(
                "Source %s: %s advertises the feed %s; reading that instead of the selectors",
                source.name,
                response.url,
                feeds[0],
            )
            request = self._request(feeds[0], source, response.meta["cutoff"], as_feed=True)
            request.callback, request.errback = self.parse_advertised_feed, self.on_advertised_feed_error
            request.meta.update(listing_entries=listing.entries, listing_url=response.url)
            response.meta["feed_parsed"] = True
            yield request
            return
        entries = self._listing_entries(response, source, listing)
        if entries:
            yield from self._listing_items(entries, source, response.url, response.meta["cutoff"])
        response.meta["feed_parsed"] = True

    def parse_advertised_feed(self, response: Response) -> Iterator[WatchItem | scrapy.Request]:
        """The feed a listing page advertised, unless it does not carry the listing's own entries.

        A page can advertise a feed of the whole site or of another section
        (a city's business news on its bid list); then the selectors' entries
        are kept instead.
        """
        source: Source = response.meta["registry_source"]
        entries: list[ListingEntry] = response.meta["listing_entries"]
        if response.status != 304 and entries:
            origin = FeedOrigin(source=source.name, kind=source.kind, encoding=source.encoding)
            content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
            carried = {
                canonical_url(item.url) for item in parse_feed(response.body, origin, content_type, response.url).items
            }
            if not carried & {canonical_url(entry.url) for entry in entries}:
                logger.warning(
                    "Source %s: the advertised feed %s carries none of the listing's %d entries; reading the listing",
                    source.name,
                    response.url,
                    len(entries),
                )
                yield from self._listing_items(entries, source, response.meta["listing_url"], response.meta["cutoff"])
                response.meta["feed_parsed"] = True
                return
        count(self.crawler.stats, source.name, "advertised_feed")
        yield from self.parse_feed(response)

    def on_advertised_feed_error(self, failure: Failure) -> Iterator[WatchItem | scrapy.Request]:
        """An advertised feed that fails leaves the listing's own entries, if it had any."""
        request = failed_request(failure)
        meta = request.meta
        if not meta["listing_entries"]:
            self.on_error(failure)
            return
        logger.warning(
            "Source %s: the advertised feed %s failed (%s); reading the listing",
            meta["source"],
            request.url,
            failure.value,
        )
        yield from self._listing_items(
            meta["listing_entries"], meta["registry_source"], meta["listing_url"], meta["cutoff"]
        )

    def _listing_items(
        self, entries: list[ListingEntry], source: Source, url: str, cutoff: str
    ) -> Iterator[WatchItem | scrapy.Request]:
        """The new entries as items, or as requests for their page when the registry asks to follow."""
        mojibake = [entry.title for entry in entries if REPLACEMENT_CHARACTER in entry.title]
        self._count_mojibake(source.name, url, mojibake)
        items = self._drop_undated_below_known([self._listing_item(entry, source) for entry in entries], source)
        for item in self._keep_new(items, source, cutoff):
            if source.follow and (not item.published_at or not item.summary):
                yield scrapy.Request(
                    item.url,
                    callback=self.parse_article,
                    errback=self.on_article_error,
                    meta={**self._source_meta(source), "item": item, "cutoff": cutoff},
                )
            else:
                count(self.crawler.stats, source.name, "items_found")
                yield item

    def _listing_entries(self, response: TextResponse, source: Source, listing: Listing) -> list[ListingEntry]:
        """The selectors' entries; the generic reader's when they match nothing (reported as degraded)."""
        if listing.not_items:
            count(self.crawler.stats, source.name, "listing_navigation", listing.not_items)
            logger.info(
                "Source %s: %d matches of the selectors were navigation, not items", source.name, listing.not_items
            )
        if listing.entries:
            return listing.entries
        generic = read_generic_listing(response.text, response.url)
        if not generic:
            self._fail(source.name, f"{response.url}: the listing selectors matched no entries")
            return []
        message = (
            f"{response.url}: the listing selectors matched no entries (a redesign?); "
            f"{len(generic)} read by the generic listing reader"
        )
        logger.warning("Source %s: %s", source.name, message)
        count(self.crawler.stats, source.name, "generic_listing")
        # Not a parse error (the entries were read), but health shows the source degraded until it is fixed.
        self.crawler.stats.set_value(source_key(source.name, "last_error"), message)
        return [ListingEntry(title=entry.title, url=entry.url, published_at=entry.published_at) for entry in generic]

    def parse_article(self, response: Response) -> Iterator[WatchItem]:
        """A followed entry completed with its lead paragraph and JSON-LD date."""
        item: WatchItem = response.meta["item"]
        source: Source = response.meta["registry_source"]
        if isinstance(response, TextResponse):
            details = parse_article(response.text, source.selectors.lead if source.selectors else "")
            item.summary = item.summary or details.lead
            item.published_at = item.published_at or details.published_at
        if item.published_at and item.published_at < response.meta["cutoff"]:
            count(self.crawler.stats, source.name, "items_too_old")
            return
        count(self.crawler.stats, source.name, "items_found")
        yield item

    def on_article_error(self, failure: Failure) -> Iterator[WatchItem]:
        """An article page that fails still leaves its listing entry."""
        request = failed_request(failure)
        item: WatchItem = request.meta["item"]
        logger.warning("Article page %s failed (%s); keeping the listing entry", request.url, failure.value)
        count(self.crawler.stats, item.source, "items_found")
        yield item

    def _listing_item(self, entry: ListingEntry, source: Source) -> WatchItem:
        return WatchItem(
            kind=source.kind,
            source=source.name,
            url=entry.url,
            title=entry.title,
            summary=entry.summary,
            language=source.language,
            published_at=entry.published_at,
            publisher=source.publisher or source.organisation,
            organisations=[source.organisation] if source.organisation else [],
            store_summary=source.store_summary,
        )

    def _drop_undated_below_known(self, items: list[WatchItem], source: Source) -> list[WatchItem]:
        """Undated listing entries below the first one already archived (listings run newest first).

        Their age is unknown until their page is fetched, and one too old to
        keep would otherwise be fetched again on every crawl.
        """
        known = crawl_archive(self.crawler).known_ids([url_item_id(item.url) for item in items])
        first_known = next((index for index, item in enumerate(items) if url_item_id(item.url) in known), len(items))
        kept = [item for index, item in enumerate(items) if index <= first_known or item.published_at]
        self.crawler.stats.inc_value(source_key(source.name, "items_too_old"), len(items) - len(kept))
        return kept
