"""Issue 10, case 10: redirects and DNS answers to non-public addresses are refused.

A source configured on a loopback address keeps working (the tests and the
demo serve from 127.0.0.1), but only for exactly its own host and port.
"""

from __future__ import annotations

import asyncio
import ipaddress

import pytest
from pytest_httpserver import HTTPServer
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.spiders import Spider
from scrapy.utils.test import get_crawler

from crawler.private_addresses import PrivateAddressMiddleware, is_non_public
from crawler.sources import Source
from tests.sources_helpers import FEEDS, last_run_stats, query, run_spider, write_registry


def _served_feed(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/atom.xml").respond_with_data(
        (FEEDS / "atom_meti.xml").read_bytes(), content_type="application/atom+xml"
    )


def test_a_loopback_source_redirecting_to_another_loopback_port_is_refused(httpserver, tmp_path):
    # The source is configured on localhost:<port A>; its feed redirects to
    # 127.0.0.1:<port B>, where an internal service answers with a feed.
    internal = HTTPServer(host="127.0.0.1", port=0)
    internal.start()
    try:
        _served_feed(internal)
        httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
        httpserver.expect_request("/atom.xml").respond_with_data(
            "", status=302, headers={"Location": internal.url_for("/atom.xml")}
        )
        registry = write_registry(
            tmp_path / "sources.toml",
            [{"name": "meti-news", "kind": "policy", "format": "atom", "url": httpserver.url_for("/atom.xml")}],
        )
        archive = tmp_path / "archive.db"
        result = run_spider("press", archive, registry=registry)
        internal_requests = [request for request, _ in internal.log]
    finally:
        internal.clear()
        internal.stop()
    assert query(archive, "SELECT id FROM items") == []
    assert internal_requests == []  # not even its robots.txt
    stats = last_run_stats(archive)
    assert stats["private_address/refused"] == 1
    assert stats["source/meti-news/private_address_refused"] == 1
    assert "Refused " + internal.url_for("/atom.xml") in result.stderr


def test_a_loopback_source_still_reads_its_own_host_and_port(httpserver, tmp_path):
    _served_feed(httpserver)
    registry = write_registry(
        tmp_path / "sources.toml",
        [{"name": "meti-news", "kind": "policy", "format": "atom", "url": httpserver.url_for("/atom.xml")}],
    )
    archive = tmp_path / "archive.db"
    result = run_spider("press", archive, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(query(archive, "SELECT id FROM items")) == 2
    assert "private_address/refused" not in last_run_stats(archive)


# A public-hostname source, with a resolver stub: nothing here touches the network.
PUBLIC_SOURCE = Source(name="meti-news", kind="policy", format="atom", urls=("https://news.example.com/feed.xml",))
ANSWERS = {
    "news.example.com": ["93.184.215.14"],
    "rebound.example.com": ["10.1.2.3"],
    "dual.example.com": ["93.184.215.14", "::1"],
}


def _middleware(**settings) -> PrivateAddressMiddleware:
    async def resolve(host: str) -> list[str]:
        if host not in ANSWERS:
            raise OSError(f"no such name {host}")
        return ANSWERS[host]

    crawler = get_crawler(Spider, settings_dict=settings)
    crawler.stats.open_spider()
    return PrivateAddressMiddleware(crawler, resolver=resolve)


def _check(middleware: PrivateAddressMiddleware, url: str, redirected_from: str | None = None) -> None:
    meta = {"source": "meti-news", "registry_source": PUBLIC_SOURCE}
    if redirected_from:
        meta["redirect_urls"] = [redirected_from]
    asyncio.run(middleware.process_request(Request(url, meta=meta)))


def test_a_public_source_redirecting_to_the_cloud_metadata_address_is_refused():
    middleware = _middleware()
    _check(middleware, "https://news.example.com/feed.xml")  # the configured URL itself: fine
    with pytest.raises(IgnoreRequest):
        _check(middleware, "http://169.254.169.254/latest/meta-data/", "https://news.example.com/feed.xml")
    with pytest.raises(IgnoreRequest):
        _check(middleware, "http://[::ffff:169.254.169.254]/latest/", "https://news.example.com/feed.xml")
    stats = middleware.crawler.stats
    assert stats.get_value("private_address/refused") == 2
    assert stats.get_value("source/meti-news/private_address_refused") == 2


@pytest.mark.parametrize(
    "url",
    [
        "http://rebound.example.com/feed.xml",  # a public name answering 10.1.2.3
        "http://dual.example.com/feed.xml",  # one of its answers is ::1
        "http://127.0.0.1:8080/admin",
        "http://[::1]/",
        "http://224.0.0.1/",
        "http://192.168.1.1/",
    ],
)
def test_names_and_literals_on_non_public_addresses_are_refused(url):
    with pytest.raises(IgnoreRequest):
        _check(_middleware(), url, "https://news.example.com/feed.xml")


def test_a_configured_public_name_answering_a_private_address_is_refused():
    # The source's own URL, but its name resolves to 10.1.2.3 (a hijacked or rebinding answer).
    middleware = _middleware()
    source = Source(name="rebound", kind="news", format="rss", urls=("http://rebound.example.com/feed.xml",))
    request = Request("http://rebound.example.com/feed.xml", meta={"source": "rebound", "registry_source": source})
    with pytest.raises(IgnoreRequest):
        asyncio.run(middleware.process_request(request))
    assert middleware.crawler.stats.get_value("source/rebound/private_address_refused") == 1


def test_an_allowed_intranet_host_and_public_redirects_pass():
    middleware = _middleware(PRIVATE_ADDRESS_ALLOWED_HOSTS=["rebound.example.com"])
    _check(middleware, "http://rebound.example.com/feed.xml", "https://news.example.com/feed.xml")
    _check(middleware, "https://news.example.com/other.xml", "https://news.example.com/feed.xml")
    _check(middleware, "file:///tmp/feed.xml")
    assert middleware.crawler.stats.get_value("private_address/refused") is None


def test_the_address_classes():
    for text in (
        "127.0.0.2",
        "10.0.0.1",
        "172.16.0.1",
        "192.168.0.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "fc00::1",
        "224.0.0.251",
        "239.1.2.3",
        "ff02::1",
        "0.0.0.0",
        "::ffff:127.0.0.1",
        "100.64.0.1",
    ):
        assert is_non_public(ipaddress.ip_address(text)), text
    for text in ("93.184.215.14", "8.8.8.8", "2001:4860:4860::8888"):
        assert not is_non_public(ipaddress.ip_address(text)), text
