"""Ad-hoc feeds (``-a url=`` / ``-a urls_file=``) under the registry's rules for their host.

The registry says how a site may be used, not only what to crawl: PR TIMES
releases are stored without their text (``store_summary = false``), a site
has its pace (``download_delay``) and sometimes a known wrong charset
(``encoding``). A feed of that site given by hand keeps those rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from crawler.sources import Source

AD_HOC_PREFIX = "adhoc:"


def site_of(url: str) -> str:
    """The host a URL belongs to, without ``www.``; empty for file:// URLs."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def sources_of_site(registry: Iterable[Source], site: str) -> list[Source]:
    """The registry sources with a URL on ``site`` (``{base_url}`` ones are local and never match)."""
    if not site:
        return []
    return [
        source for source in registry if not source.needs_base_url and any(site_of(url) == site for url in source.urls)
    ]


def ad_hoc_source(url: str, kind: str, registry: Iterable[Source]) -> Source:
    """The source an ad-hoc feed is crawled as: ``adhoc:<host>``, with the strictest rules of its site."""
    parts = urlsplit(url)
    name = f"{AD_HOC_PREFIX}{parts.hostname or parts.scheme}"
    known = sources_of_site(registry, site_of(url))
    encodings = {source.encoding for source in known}
    languages = {source.language for source in known}
    delays = [source.download_delay for source in known if source.download_delay is not None]
    return Source(
        name=name,
        kind=kind,
        format="rss",
        urls=(url,),
        # Any source of the site withholding its text withholds it here too.
        store_summary=all(source.store_summary for source in known),
        encoding=encodings.pop() if len(encodings) == 1 else "",
        language=languages.pop() if len(languages) == 1 else "",
        download_delay=max(delays) if delays else None,
    )
