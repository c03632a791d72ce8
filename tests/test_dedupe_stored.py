"""De-duplication against stored items older than the preloaded month: rounds are read from the archive."""

from __future__ import annotations

from pathlib import Path

from archive import Archive
from tests.test_dedupe import Crawl, item

# A year old: outside the preloaded month, so rounds are read from the archive.
FIRST = ("https://example.jp/where-1", "WHERE、金融機関5行から総額4.6億円を資金調達", "2025-06-01T01:00:00Z")


def run_crawl(*items: dict) -> tuple[list[dict], Crawl]:
    crawl = Crawl()
    try:
        return crawl.run(*items), crawl
    finally:
        crawl.close()


def bridge(published: str) -> dict:
    return item(
        "https://thebridge.jp/where-debt",
        "WHERE、金融機関5行からデットで4.6億円を調達",
        published,
        source="thebridge",
        summary="WHEREは、みずほ銀行を含む金融機関5行からのデットファイナンスで4.6億円を調達したと発表した。",
    )


def test_an_old_round_is_found_in_the_archive(archive_path: Path) -> None:
    ((first,), _) = run_crawl(item(*FIRST))
    ((late,), crawl) = run_crawl(bridge("2025-06-02T00:00:00Z"))
    assert late["duplicate_of"] == first["id"]
    assert crawl.stats.get_value("dedupe/duplicate_funding_round") == 1


def test_the_first_stored_round_besides_the_items_own_is_the_one(archive_path: Path) -> None:
    ((first,), _) = run_crawl(item(*FIRST))
    with Archive(archive_path) as archive:
        (round_,) = archive.db["funding_rounds"].rows
        archive.store_item(
            {"id": "press:second", "kind": "press", "source": "prtimes", "url": "https://example.jp/second"}
            | {"title": "別の見出し", "published_at": "2025-06-02T00:00:00Z"},
            organisations=[],
            funding_rounds=[{"company": round_["company"], "amount_jpy": round_["amount_jpy"]}],
        )
    ((again,), crawl) = run_crawl(item(*FIRST))
    # Its own round comes first in the archive's order and is passed over.
    assert again["duplicate_of"] == "press:second"
    assert crawl.stats.get_value("dedupe/duplicate_funding_round") == 1
