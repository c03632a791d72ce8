"""One look at each registry source as the crawl would see it: what `scrapy
sources check` reports.

Polite by construction: robots.txt once per host, then one request per
source (redirects followed, at most ``MAX_REDIRECTS``), the registry's
``download_delay`` kept between requests to one host, and nothing fetched
that robots.txt refuses. Redirects to a non-public address are refused as
the crawl refuses them (``crawler.private_addresses``). Nothing is stored.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from protego import Protego

from crawler.feeds import FeedOrigin, parse_feed
from crawler.generic_listing import read_generic_listing
from crawler.listing_links import advertised_feeds
from crawler.listings import read_listing, select
from crawler.private_addresses import host_port, is_non_public, literal_address
from crawler.sources import Source

MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 30
SAMPLE_TITLES = 2
# Verdicts, best first; the ones after "redirected" mean the source yields nothing.
OK, REDIRECTED = "ok", "redirected"
EMPTY, NO_MATCH, BLOCKED, FAILED = "empty", "selectors match nothing", "blocked", "failed"
YIELDS_NOTHING = (EMPTY, NO_MATCH, BLOCKED, FAILED)


@dataclass
class SourceCheck:
    """What one source's check found."""

    source: str
    enabled: bool
    url: str
    verdict: str = OK
    reason: str = ""
    status: int | None = None
    final_url: str = ""
    redirects: list[str] = field(default_factory=list)
    robots: str = ""
    format: str = ""
    entries: int = 0
    newest: str | None = None
    samples: list[str] = field(default_factory=list)
    selector_hits: dict[str, int] = field(default_factory=dict)
    generic_entries: int = 0
    advertised_feeds: list[str] = field(default_factory=list)

    @property
    def yields_nothing(self) -> bool:
        """Whether a crawl would get no item (selectors matching nothing still yield the generic reader's)."""
        if self.verdict == NO_MATCH:
            return not self.generic_entries
        return self.verdict in YIELDS_NOTHING

    def as_dict(self) -> dict:
        return asdict(self)


class _Refused(Exception):
    """A redirect the crawl would refuse (a non-public address)."""


class SourceChecker:
    """Checks sources one after the other with one HTTP session."""

    def __init__(
        self,
        user_agent: str,
        base_url: str = "",
        *,
        timeout: float = TIMEOUT_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.sleep = sleep
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self.user_agent = user_agent
        self._robots: dict[str, Protego | None] = {}
        self._last_request: dict[str, float] = {}

    def check_all(self, sources: Iterable[Source]) -> list[SourceCheck]:
        return [self.check(source) for source in sources]

    def check(self, source: Source) -> SourceCheck:
        url = source.resolved_urls(self.base_url)[0]
        result = SourceCheck(source=source.name, enabled=source.enabled, url=url)
        if url.startswith("file:"):
            return self._verdict(result, FAILED, "file:// sources are not checked over the network")
        robots = self._robots_for(url, source)
        if robots is not None and not robots.can_fetch(url, self.user_agent):
            result.robots = "disallowed"
            return self._verdict(result, BLOCKED, "robots.txt disallows this URL for our user agent")
        result.robots = "allowed" if robots is not None else "no robots.txt"
        try:
            response = self._get(url, source, result)
        except _Refused as error:
            return self._verdict(result, BLOCKED, str(error))
        except requests.RequestException as error:
            return self._verdict(result, FAILED, f"{type(error).__name__}: {error}"[:300])
        result.status = response.status_code
        result.final_url = response.url
        if response.status_code >= 400:
            return self._verdict(result, FAILED, f"HTTP {response.status_code}")
        if source.is_listing:
            self._read_listing(response, source, result)
        else:
            self._read_feed(response, source, result)
        if result.verdict == OK and result.redirects:
            return self._verdict(result, REDIRECTED, f"moved to {result.final_url}: update the registry URL")
        return result

    # ------------------------------------------------------------------ reading

    def _read_feed(self, response: requests.Response, source: Source, result: SourceCheck) -> None:
        origin = FeedOrigin(
            source=source.name,
            kind=source.kind,
            language=source.language,
            organisation=source.organisation,
            encoding=source.encoding,
        )
        parsed = parse_feed(response.content, origin, response.headers.get("Content-Type", ""), response.url)
        result.format = parsed.version or "not a feed"
        self._entries(result, [(item.title, item.published_at) for item in parsed.items])
        if parsed.error:
            self._verdict(result, EMPTY, parsed.error)
        elif parsed.degraded:
            result.reason = f"malformed, {parsed.entries_lost} entries lost: {parsed.bozo_message}"

    def _read_listing(self, response: requests.Response, source: Source, result: SourceCheck) -> None:
        result.format = "html"
        html = _decoded(response, source.encoding)
        result.advertised_feeds = advertised_feeds(html, response.url)
        result.selector_hits = _selector_hits(html, source)
        assert source.selectors is not None  # an html source has them (crawler.sources refuses one without)
        listing = read_listing(html, response.url, source.selectors)
        generic = read_generic_listing(html, response.url)
        result.generic_entries = len(generic)
        if listing.entries:
            self._entries(result, [(entry.title, entry.published_at) for entry in listing.entries])
        elif result.advertised_feeds:
            result.reason = f"the crawl reads the advertised feed {result.advertised_feeds[0]} (not fetched here)"
        elif generic:
            self._entries(result, [(entry.title, entry.published_at) for entry in generic])
            self._verdict(
                result,
                NO_MATCH,
                f"a redesign? the generic listing reader finds {len(generic)} entries "
                "(the crawl uses them, reported degraded)",
            )
        else:
            self._verdict(result, NO_MATCH, "neither the selectors nor the generic listing reader find entries")
        if listing.entries and result.advertised_feeds:
            result.reason = (
                f"the crawl reads the advertised feed {result.advertised_feeds[0]} instead of the "
                "selectors when it carries their entries"
            )

    @staticmethod
    def _entries(result: SourceCheck, entries: list[tuple[str, str | None]]) -> None:
        result.entries = len(entries)
        dates = [published for _, published in entries if published]
        result.newest = max(dates) if dates else None
        result.samples = [title for title, _ in entries[:SAMPLE_TITLES]]

    @staticmethod
    def _verdict(result: SourceCheck, verdict: str, reason: str) -> SourceCheck:
        result.verdict, result.reason = verdict, reason
        return result

    # ------------------------------------------------------------------ fetching

    def _robots_for(self, url: str, source: Source) -> Protego | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            robots_url = origin + "/robots.txt"
            try:
                response = self._get(robots_url, source, None)
                text = response.text if response.status_code == 200 else ""
            except (requests.RequestException, _Refused):
                text = ""
            self._robots[origin] = Protego.parse(text) if text else None
        return self._robots[origin]

    def _get(self, url: str, source: Source, result: SourceCheck | None) -> requests.Response:
        """GET with redirects followed by hand, each hop checked as the crawl checks it."""
        allowed = _configured_private_targets(source, self.base_url)
        for _ in range(MAX_REDIRECTS + 1):
            _refuse_non_public(url, allowed)
            self._wait_for(url, source)
            response = self.session.get(url, timeout=self.timeout, allow_redirects=False)
            location = response.headers.get("Location")
            if response.is_redirect and location:
                url = urljoin(url, location)
                if result is not None:
                    result.redirects.append(url)
                continue
            return response
        raise requests.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects")

    def _wait_for(self, url: str, source: Source) -> None:
        host = urlsplit(url).netloc
        delay = source.download_delay or 0
        last = self._last_request.get(host)
        if last is not None and delay:
            self.sleep(max(0.0, last + delay - time.monotonic()))
        self._last_request[host] = time.monotonic()


def _decoded(response: requests.Response, encoding: str) -> str:
    """The page's text: the registry's encoding, else the declared one, Shift_JIS read as cp932."""
    declared = (
        encoding
        or (
            response.encoding
            if "charset" in response.headers.get("Content-Type", "").lower()
            else response.apparent_encoding
        )
        or "utf-8"
    )
    if declared.lower().replace("-", "_") in ("shift_jis", "sjis", "x_sjis", "windows_31j", "ms932"):
        declared = "cp932"
    return response.content.decode(declared, errors="replace")


def _selector_hits(html: str, source: Source) -> dict[str, int]:
    """How many elements each selector matches: ``item`` on the page, the others within the items."""
    from parsel import Selector

    page = Selector(text=html)
    selectors = source.selectors
    assert selectors is not None  # an html source has them (crawler.sources refuses one without)
    items = select(page, selectors.item)
    hits = {"item": len(items)}
    for name in ("title", "link", "date"):
        expression = getattr(selectors, name)
        if expression:
            hits[name] = sum(1 for node in items if select(node, expression))
    return hits


def _configured_private_targets(source: Source, base_url: str) -> set[tuple[str, int]]:
    targets = set()
    for url in source.resolved_urls(base_url):
        target = host_port(url)
        if target is None:
            continue
        literal = literal_address(target[0])
        if (literal is not None and is_non_public(literal)) or target[0] == "localhost":
            targets.add(target)
    return targets


def _refuse_non_public(url: str, allowed: set[tuple[str, int]]) -> None:
    target = host_port(url)
    if target is None:
        raise _Refused(f"not an http(s) URL: {url}")
    if target in allowed:
        return
    literal = literal_address(target[0])
    try:
        addresses = (
            [literal]
            if literal is not None
            else [
                # A host of an AF_INET or AF_INET6 address is a str.
                literal_address(str(answer[4][0]))
                for answer in socket.getaddrinfo(target[0], target[1], 0, socket.SOCK_STREAM)
            ]
        )
    except OSError:
        return  # the request itself reports the name as unresolvable
    if any(address is not None and is_non_public(address) for address in addresses):
        raise _Refused(f"refused: {url} is on a non-public address")
