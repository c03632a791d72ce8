"""The source registry: the shipped one is complete and honest, a bad entry is refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sources import FORMATS, RegistryError, load_registry, parse_registry, resolve_sources_file
from crawler.spiders._sources import host_delays
from crawler.spiders.funding import FundingSpider
from crawler.spiders.press import PressSpider
from tests.sources_helpers import FEEDS, LISTINGS, PROJECT_ROOT, registry_toml

REGISTRY = PROJECT_ROOT / "crawler" / "data" / "sources.toml"
DEMO_REGISTRY = PROJECT_ROOT / "crawler" / "demo" / "sources.toml"
SOURCES = load_registry(REGISTRY)
BY_NAME = {source.name: source for source in SOURCES}


def test_registry_lists_at_least_thirty_real_sources():
    assert len(SOURCES) >= 30
    assert all(not url.startswith("{base_url}") for source in SOURCES for url in source.urls)


@pytest.mark.parametrize("kind", ["press", "policy", "funding", "news"])
def test_registry_covers_every_kind(kind):
    assert any(source.kind == kind and source.enabled for source in SOURCES)


@pytest.mark.parametrize(
    "organisation",
    [
        "Sakana AI",
        "Preferred Networks",
        "ELYZA",
        "SB Intuitions",
        "CyberAgent",
        "LY Corporation",
        "NTT",
        "NEC",
        "Fujitsu",
        "SoftBank",
        "KDDI",
        "Rakuten Group",
        "Stockmark",
        "ABEJA",
        "rinna",
        "METI",
        "Cabinet Office",
        "Digital Agency",
        "MEXT",
        "JST",
        "IPA",
        "NEDO",
        "RIKEN",
        "AIST AIRC",
    ],
)
def test_registry_covers_the_main_japanese_players(organisation):
    assert organisation in {source.organisation for source in SOURCES}


@pytest.mark.parametrize("name", ["google-news-genai", "google-news-funding", "nikkei-asia"])
def test_sources_whose_terms_forbid_crawling_are_off_with_the_reason(name):
    source = BY_NAME[name]
    assert not source.enabled
    assert "robots.txt" in source.disabled_reason or "paywall" in source.disabled_reason.lower()


def test_pr_times_sources_never_store_release_text():
    prtimes = [source for source in SOURCES if any("prtimes.jp" in url for url in source.urls)]
    assert len(prtimes) >= 3
    assert all(not source.store_summary and source.terms for source in prtimes)


def test_site_wide_pr_times_feeds_are_filtered_by_keywords():
    assert "資金調達" in BY_NAME["prtimes-funding"].keywords
    assert "生成AI" in BY_NAME["prtimes-genai"].keywords


def test_every_registry_format_has_a_test_fixture():
    fixtures = {path.name for path in FEEDS.iterdir()} | {path.name for path in LISTINGS.iterdir()}
    prefixes = {
        "rss": ("rss20_", "rss091_"),
        "rdf": ("rdf_",),
        "atom": ("atom_",),
        "news-search": ("news_search_",),
        "html": ("",),
    }
    for format_ in {source.format for source in SOURCES}:
        assert format_ in FORMATS
        matching = [
            name
            for name in fixtures
            if name.startswith(prefixes[format_]) and (format_ != "html" or name.endswith(".html"))
        ]
        assert matching, f"no fixture for format {format_}"


def test_spiders_split_the_registry_by_kind():
    assert set(PressSpider.kinds) | set(FundingSpider.kinds) == {"press", "policy", "funding", "news"}
    assert not set(PressSpider.kinds) & set(FundingSpider.kinds)


def test_demo_registry_points_at_the_sample_server():
    demo = load_registry(DEMO_REGISTRY)
    assert {source.format for source in demo} >= {"rss", "rdf", "atom", "html", "news-search"}
    for source in demo:
        urls = source.resolved_urls("http://127.0.0.1:8000")
        assert all(url.startswith("http://127.0.0.1:8000/") for url in urls)
        relative = urls[0].removeprefix("http://127.0.0.1:8000/")
        assert (PROJECT_ROOT / "crawler" / "demo" / "samples" / relative).is_file()


def test_base_url_placeholder_needs_the_setting():
    demo = load_registry(DEMO_REGISTRY)
    with pytest.raises(RegistryError, match="SOURCES_BASE_URL"):
        demo[0].resolved_urls("")


def test_sources_file_defaults_to_the_data_dir():
    assert resolve_sources_file("", "/srv/data") == Path("/srv/data/sources.toml")
    assert resolve_sources_file("/tmp/mine.toml", "/srv/data") == Path("/tmp/mine.toml")


def test_sources_sharing_a_host_share_the_slowest_delay():
    delays = host_delays(SOURCES, "")
    assert delays["prtimes.jp"] == 5
    assert delays["www.meti.go.jp"] == 10


GOOD = {"name": "meti-news", "kind": "policy", "format": "atom", "url": "https://www.meti.go.jp/feed.xml"}


def _load(tmp_path: Path, *entries: dict) -> list:
    path = tmp_path / "sources.toml"
    path.write_text(registry_toml(list(entries)), encoding="utf-8")
    return load_registry(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "blog"}, "kind: 'blog' is not one of press, policy, funding, news"),
        ({"format": "json"}, "format: 'json' is not one of"),
        ({"name": "METI News"}, "name: 'METI News' must be lower-case letters, digits and hyphens"),
        (
            {"url": "ftp://www.meti.go.jp/feed.xml"},
            "url: URL 'ftp://www.meti.go.jp/feed.xml' is not an http(s) or file URL",
        ),
        ({"encoding": "shift-jiss"}, "encoding: 'shift-jiss' is not a codec"),
        ({"enabled": False}, "disabled_reason: missing: the source is disabled (enabled = false), say why"),
        ({"enabled": "no"}, "enabled: must be true or false, not 'no'"),
        ({"download_delay": -1}, "download_delay: must be greater than or equal to 0"),
        ({"interval_hours": 0}, "interval_hours: must be greater than 0"),
        ({"keywords": "資金調達"}, "keywords: must be a list"),
        ({"keywords": ["GENIAC", ""]}, "keywords #2: keywords must be non-empty strings"),
        ({"organisaton": "METI"}, "organisaton: unknown key (did you mean 'organisation'?)"),
        ({"format": "html"}, "selectors: an html listing needs a [source.selectors] table"),
        ({"format": "html", "selectors": {"item": "li"}}, "selectors: title: missing required key"),
        ({"follow": True}, 'follow: only applies to format = "html"'),
        ({"selectors": {"item": "li", "title": "a", "link": "a"}}, 'selectors: only apply to format = "html"'),
    ],
)
def test_a_bad_entry_is_refused_with_its_name_and_the_reason(tmp_path, change, message):
    with pytest.raises(RegistryError) as raised:
        _load(tmp_path, {**GOOD, **change})
    text = str(raised.value)
    assert text.startswith(str(tmp_path / "sources.toml")), text
    assert f"[[source]] #1 ({change.get('name', 'meti-news')!r})" in text
    assert message in text


def test_missing_fields_are_all_reported_at_once(tmp_path):
    with pytest.raises(RegistryError) as raised:
        _load(tmp_path, {"name": "x"})
    text = str(raised.value)
    assert "3 problems" in text
    assert "[[source]] #1 ('x'): kind: missing required key" in text
    assert "[[source]] #1 ('x'): format: missing required key" in text
    assert "[[source]] #1 ('x'): url: missing required key (or a non-empty urls list)" in text


def test_duplicate_names_are_refused(tmp_path):
    already_used = r"\[\[source\]\] #2 \('meti-news'\): name: 'meti-news' is already used by \[\[source\]\] #1"
    with pytest.raises(RegistryError, match=already_used):
        _load(tmp_path, GOOD, GOOD)


def test_unreadable_or_missing_registry_says_which_file(tmp_path):
    with pytest.raises(RegistryError, match="not found"):
        load_registry(tmp_path / "none.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[source]\nname = ", encoding="utf-8")
    with pytest.raises(RegistryError, match="is not valid TOML"):
        load_registry(broken)


def test_an_empty_registry_is_refused(tmp_path):
    with pytest.raises(RegistryError, match="source: no \\[\\[source\\]\\] entries"):
        parse_registry({}, tmp_path / "sources.toml")


def test_a_good_entry_loads_with_defaults(tmp_path):
    (source,) = _load(tmp_path, {**GOOD, "encoding": "cp932", "keywords": ["GENIAC"]})
    assert source.enabled
    assert source.store_summary
    assert source.interval_hours == 24
    assert source.encoding == "cp932"
    assert source.keywords == ("GENIAC",)
    assert source.resolved_urls() == ["https://www.meti.go.jp/feed.xml"]


def test_several_urls_and_base_url(tmp_path):
    entry = {key: value for key, value in GOOD.items() if key != "url"}
    (source,) = _load(tmp_path, {**entry, "urls": ["{base_url}/a.xml", "{base_url}/b.xml"]})
    assert source.resolved_urls("http://127.0.0.1:9/") == ["http://127.0.0.1:9/a.xml", "http://127.0.0.1:9/b.xml"]
