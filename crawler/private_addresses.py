"""Refuse requests to loopback, private, link-local and multicast addresses.

A public feed that redirects to ``127.0.0.1:8080``, to a cloud metadata
service (``169.254.169.254``) or to an internal host, or whose name resolves
to such an address, would otherwise have that content stored and posted to
Slack. ``PrivateAddressMiddleware`` checks every request before it is
downloaded (redirects pass through the downloader middlewares again, and it
runs before robots.txt so a refused host is not even asked for robots.txt):

- the target's address is its IP literal, or what its name resolves to;
- a target on a non-public address is allowed only when it is exactly the
  host and port of one of the source's own configured URLs
  (``meta["registry_source"].urls``; for spiders without a registry source,
  the URL the request chain started from) and that URL names a private
  address itself (a non-public IP literal, or ``localhost``); so a demo
  source on ``127.0.0.1:8000`` works, its redirect to ``127.0.0.1:9000``,
  ``127.0.0.2`` or ``[::1]`` does not, and neither does a configured public
  name whose DNS answer is private;
- ``PRIVATE_ADDRESS_ALLOWED_HOSTS`` (``host`` or ``host:port``) allows
  intranet hosts on purpose.

A refusal raises ``IgnoreRequest``, is logged as a warning and counted in the
stats (``private_address/refused`` and ``source/<name>/private_address_refused``).

The names are resolved here with ``getaddrinfo`` and again by the download,
so a name whose answer changes between the two (DNS rebinding with a zero
TTL) is not fully covered; redirects and stable answers are.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from common.crawl_stats import count

logger = logging.getLogger(__name__)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], Awaitable[list[str]]]
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_non_public(address: Address) -> bool:
    """Loopback, private, link-local, multicast, reserved, shared or unspecified (IPv4-mapped IPv6 included)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    # Not globally reachable covers loopback, private, link-local, reserved,
    # unspecified, shared (100.64/10) and documentation ranges; multicast is
    # refused on top, as some multicast ranges count as global.
    return not address.is_global or address.is_multicast


def host_port(url: str) -> tuple[str, int] | None:
    """``(host, port)`` of an http(s) URL, host lower-cased without brackets; ``None`` otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return parts.hostname.lower().rstrip("."), port or DEFAULT_PORTS[scheme]


def literal_address(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


async def resolve_host(host: str) -> list[str]:
    """Every address ``host`` resolves to, looked up in a thread."""
    answers = await maybe_deferred_to_future(deferToThread(socket.getaddrinfo, host, None, 0, socket.SOCK_STREAM))
    # The host of an AF_INET or AF_INET6 address is a str (typeshed allows the int of other families).
    return [str(answer[4][0]) for answer in answers]


class PrivateAddressMiddleware:
    """Refuses requests to non-public addresses other than the source's own configured host and port."""

    def __init__(self, crawler: Crawler, resolver: Resolver = resolve_host) -> None:
        self.crawler = crawler
        self.resolve = resolver
        self.allowed = {_allowed_entry(entry) for entry in crawler.settings.getlist("PRIVATE_ADDRESS_ALLOWED_HOSTS")}
        self._answers: dict[str, list[Address]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        target = host_port(request.url)
        if target is None:
            return None
        addresses = await self._addresses(target[0])
        bad = [address for address in addresses if is_non_public(address)]
        if not bad or self._configured(request, target):
            return None
        source = request.meta.get("source") or ""
        redirected = request.meta.get("redirect_urls") or []
        how = f"redirected from {redirected[0]} " if redirected else ""
        logger.warning(
            "Refused %s: %sto the non-public address %s, which is not the source's configured host%s",
            request.url,
            how,
            bad[0],
            f" ({source})" if source else "",
        )
        self.crawler.stats.inc_value("private_address/refused")
        if source:
            count(self.crawler.stats, source, "private_address_refused")
        raise IgnoreRequest(f"non-public address {bad[0]} refused: {request.url}")

    async def _addresses(self, host: str) -> list[Address]:
        literal = literal_address(host)
        if literal is not None:
            return [literal]
        if host not in self._answers:
            try:
                answers = await self.resolve(host)
            except OSError:
                answers = []  # the download reports the DNS failure itself
            self._answers[host] = [address for answer in answers if (address := literal_address(answer))]
        return self._answers[host]

    def _configured(self, request: Request, target: tuple[str, int]) -> bool:
        """Whether ``target`` is exactly a host and port the source was configured with (or allowed)."""
        if target in self.allowed or (target[0], None) in self.allowed:
            return True
        return target in set(_configured_targets(request, self.crawler.settings.get("SOURCES_BASE_URL") or ""))


def _configured_targets(request: Request, base_url: str) -> Iterable[tuple[str, int]]:
    source = request.meta.get("registry_source")
    urls: list[str] = []
    if source is not None and hasattr(source, "resolved_urls"):
        try:
            urls = list(source.resolved_urls(base_url))
        except ValueError:
            urls = []
    if not urls:
        # Spiders without a registry source (arXiv, ad-hoc): the URL the chain started from.
        urls = [(request.meta.get("redirect_urls") or [request.url])[0]]
    for url in urls:
        target = host_port(url)
        if target is not None and _names_a_private_address(target[0]):
            yield target


def _names_a_private_address(host: str) -> bool:
    """Whether a configured host is itself on a private address: a non-public IP literal, or localhost.

    A configured public name is not: if it resolves to a private address
    (a hijacked or rebinding DNS answer), that answer is refused too.
    """
    literal = literal_address(host)
    if literal is not None:
        return is_non_public(literal)
    return host == "localhost" or host.endswith(".localhost")


def _allowed_entry(entry: str) -> tuple[str, int | None]:
    target = host_port(f"http://{entry.strip()}")
    if target is None:
        raise ValueError(f"PRIVATE_ADDRESS_ALLOWED_HOSTS: {entry!r} is not a host or host:port")
    has_port = entry.strip().rsplit("]", 1)[-1].count(":") == 1
    return target[0], target[1] if has_port else None
