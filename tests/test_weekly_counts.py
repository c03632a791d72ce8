"""The weekly counts the archive keeps for the digest agree with counting the rows, whatever is written.

``archive/week_counts.py`` keeps them by triggers; the digest reads the
weeks it only compares with from them (``schedules/digest_input.py``).
Each test writes as the crawl, ``scrapy reclassify`` and de-duplication do,
then recounts from the rows: the tables against ``week_counts.recount``,
and the digest's numbers against ``week_metrics`` of the week's rows.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

import pytest

from archive import Archive, week_counts
from archive.item_writes import ItemWrite
from archive.relabel import write_labels
from common.times import format_utc
from common.weeks import shift_week
from schedules.digest import build_digest, week_metrics
from schedules.digest_input import kept_numbers, load_digest_input, load_kept_week, load_week
from schedules.digest_sections import detected_names
from schedules.render import to_text
from tests.digest_helpers import WEEK, store, week_moment

WEEKS = [shift_week(WEEK, -back) for back in range(5, -1, -1)]


def detected(*organisations: str, models: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "organisations": [{"name": name} for name in organisations],
        "models": [{"name": name} for name in models],
    }


def hub_repo(number: int, week_index: int, family: str = "LLM-jp") -> dict[str, Any]:
    name = f"llm-jp-{week_index}-{number}b"
    return {
        "id": f"hf:model:{name}",
        "title": f"llm-jp/{name}",
        "url": f"https://huggingface.co/llm-jp/{name}",
        "topics": ["model_release"],
        "models": [family],
        "labels": {"hub": {"family": family, "series": f"llm-jp-{week_index}", "variant": f"{number}b"}},
    }


def sakana_round(amount: int | None = 2_000_000_000, round_: str = "series_a", company: str = "Sakana AI") -> dict:
    return {
        "company": company,
        "round": round_,
        "amount_jpy": amount,
        "as_written": "20億円",
        "undisclosed": amount is None,
        "investors": [],
        "lead_investors": [],
    }


def fill(archive: Archive) -> None:
    """Six weeks of papers, releases (Hub ones and the press about them), policy, rounds and new names."""
    for index, week in enumerate(WEEKS):
        moment = week_moment(week)
        at = [moment + timedelta(hours=hour) for hour in range(12)]
        store(
            archive,
            {
                "id": f"arxiv:2411.{index:05d}",
                "title": f"Paper {index}",
                "url": f"https://arxiv.org/abs/2411.{index:05d}",
                "topics": ["model_release"],
                "labels": {"detected": detected("ミライ研究所", models=(f"Mirai-{index}", f"Mirai-{index}"))},
            },
            at[0],
        )
        store(
            archive,
            {
                "id": f"press:release-{index}",
                "title": f"LLM-jp-{index}を公開",
                "url": f"https://example.jp/release/{index}",
                "topics": ["product"],
                "models": ["LLM-jp"],
                "labels": {"detected": detected(f"新会社{index % 2}")},
            },
            at[1],
            kind="press",
            source="nii-news",
        )
        store(archive, hub_repo(8, index), at[2], kind="model")
        if index % 2:
            store(archive, hub_repo(13, index), at[3], kind="model", source="huggingface")
        store(
            archive,
            {"id": f"policy:{index}", "title": "AI指針", "url": f"https://example.jp/p/{index}"},
            at[4],
            kind="policy",
            source="meti",
        )
        store(
            archive,
            {"id": f"paper:old-{index}", "title": "old", "url": f"https://example.jp/o/{index}"},
            at[5],
            backfill=True,
        )
        store(
            archive,
            {
                "id": f"paper:off-{index}",
                "title": "off",
                "url": f"https://example.jp/x/{index}",
                "labels": {"detected": detected("Unseen")},
            },
            at[6],
            relevant=False,
        )
        # A round known only from the labels, one stored as a round, and the same round told again.
        store(
            archive,
            {
                "id": f"funding:label-{index}",
                "title": "資金調達",
                "url": f"https://example.jp/f/{index}",
                "labels": {"funding": {"company": "ELYZA", "round": "seed", "amount_jpy": 100_000_000 * (index + 1)}},
            },
            at[7],
            kind="funding",
            source="thebridge",
        )
        for number, company in enumerate(("Sakana AI", "SAKANA AI")):
            item = {
                "id": f"funding:sakana-{index}-{number}",
                "kind": "funding",
                "source": "thebridge" if number else "prtimes",
                "url": f"https://example.jp/s/{index}/{number}",
                "title": "Sakana AI、資金調達",
                "published_at": format_utc(at[8]),
                "relevant": True,
                "labels": {"funding": sakana_round(company=company)},
            }
            archive.store_item(
                item, organisations=[], funding_rounds=[sakana_round(company=company)], now=format_utc(at[8 + number])
            )


def rewrite(archive: Archive) -> None:
    """What a crawl, ``scrapy reclassify`` and de-duplication do to stored items afterwards."""
    last, before = WEEKS[-1], WEEKS[-2]
    write_labels(
        archive,
        {
            # A paper relabelled as a press release about a product, another as irrelevant.
            "arxiv:2411.00005": {"kind": "press", "topics": ["product"], "labels": {"detected": detected("新会社9")}},
            "arxiv:2411.00004": {"relevant": False},
            "press:release-3": {"relevant": True, "topics": [], "labels": {}},
            # A round in the labels appears, another goes.
            "policy:2": {"labels": {"funding": {"company": "Kotoba", "round": "seed", "amount_jpy": None}}},
            "funding:label-1": {"labels": {"detected": detected("ELYZA")}},
        },
    )
    # A second report fills the round the first one left out (de-duplication's enrich).
    first = week_moment(last) + timedelta(days=1)
    archive.store_item(
        {
            "id": "funding:nameless",
            "kind": "funding",
            "source": "prtimes",
            "url": "https://example.jp/n",
            "title": "資金調達",
            "relevant": True,
            "labels": {"funding": sakana_round(round_="")},
        },
        organisations=[],
        funding_rounds=[sakana_round(round_="", amount=500_000_000)],
        now=format_utc(first),
    )
    archive.write_batch(
        [
            ItemWrite(
                {
                    "id": "funding:nameless-2",
                    "source": "thebridge",
                    "url": "https://thebridge.jp/n",
                    "labels": {"funding": sakana_round(round_="series_b", amount=500_000_000)},
                },
                duplicate_of="funding:nameless",
            )
        ],
        now=format_utc(first + timedelta(hours=1)),
    )
    # The same item crawled again with other labels; rounds replaced, then removed.
    archive.store_item(
        {
            "id": f"funding:sakana-{len(WEEKS) - 2}-0",
            "kind": "funding",
            "source": "prtimes",
            "url": f"https://example.jp/s/{len(WEEKS) - 2}/0",
            "title": "Sakana AI、資金調達",
            "relevant": True,
            "version": 99,
            "labels": {"funding": sakana_round(amount=3_000_000_000)},
        },
        organisations=[],
        funding_rounds=[sakana_round(amount=3_000_000_000)],
        now=format_utc(week_moment(before)),
    )
    archive.replace_entities(f"funding:sakana-{len(WEEKS) - 3}-1", [], [])
    with archive.write() as db:
        db.execute("UPDATE funding_rounds SET amount_jpy = 7 WHERE item_id = ?", [f"funding:sakana-{len(WEEKS) - 4}-0"])
        db.execute("UPDATE items SET backfill = 1 WHERE id = 'policy:1'")
        # A round moved from one item to another: the first is left with the round of its labels.
        db.execute(
            "UPDATE funding_rounds SET item_id = 'funding:label-0' WHERE item_id = ?",
            [f"funding:sakana-{len(WEEKS) - 4}-1"],
        )
        # A deleted item takes its counts with it.
        for table, column in (
            ("funding_rounds", "item_id"),
            ("item_sources", "item_id"),
            ("item_organisations", "item_id"),
            ("items", "id"),
        ):
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", [f"funding:sakana-{len(WEEKS) - 5}-1"])
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", ["press:release-2"])


def counted_from_rows(archive: Archive, week: str) -> tuple[dict[str, int], set[tuple[str, str]]]:
    rows = load_week(archive.db, week)
    numbers = {**week_metrics(rows), "policy": sum(1 for item in rows.items if item.get("kind") == "policy")}
    return numbers, {name for item in rows.items for name in detected_names(item)}


def assert_agree(archive: Archive) -> None:
    assert week_counts.check(archive.db) == {}
    for week in WEEKS:
        kept = load_kept_week(archive.db, week, names=True)
        assert (kept.numbers, set(kept.names or ())) == counted_from_rows(archive, week), week


def test_the_counts_agree_with_the_rows_after_inserts_relabels_duplicates_and_deletes(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        fill(archive)
        assert_agree(archive)
        numbers, names = counted_from_rows(archive, WEEKS[1])
        # The week holds what the digest counts: Hub releases folded with their press, rounds told twice once.
        assert numbers == {"papers": 1, "releases": 1, "funding_rounds": 2, "funding_jpy": 2_200_000_000, "policy": 1}
        assert ("models", "Mirai-1") in names
        assert ("organisations", "Unseen") not in names
        rewrite(archive)
        assert_agree(archive)
        assert counted_from_rows(archive, WEEKS[1])[0] != numbers


@pytest.mark.parametrize("trigger", sorted(week_counts.TRIGGERS))
def test_a_missing_trigger_leaves_the_counts_wrong(tmp_path, trigger):
    with Archive(tmp_path / "archive.db") as archive:
        archive.db.execute(f"DROP TRIGGER {trigger}")
        fill(archive)
        rewrite(archive)
        assert week_counts.check(archive.db) != {}


def test_the_digest_reads_the_same_from_the_counts_as_from_the_rows(tmp_path, monkeypatch):
    import schedules.digest_input as digest_input

    with Archive(tmp_path / "archive.db") as archive:
        fill(archive)
        rewrite(archive)
        now = week_moment(WEEK, day=6)
        kept = load_digest_input(archive.db, WEEK, now=now, health=[])
        assert all(rows.numbers is not None and not rows.items for rows in kept.previous)
        monkeypatch.setattr(digest_input, "kept_week", lambda db, week: None)
        counted = load_digest_input(archive.db, WEEK, now=now, health=[])
    assert all(rows.numbers is None and rows.items for rows in counted.previous)
    assert kept.trend == counted.trend
    assert to_text(build_digest(kept)) == to_text(build_digest(counted))


def test_rounds_of_one_company_fold_as_the_digest_folds_them():
    kept = {
        "kinds": [],
        "hub": [],
        "funding": [
            ("Sakana AI", "series_a", 100, 0, 1),
            ("SAKANA ai", "series_a", 100, 0, 2),
            ("Sakana AI", "series_a", None, 1, 1),
            ("ELYZA", "seed", 5, 1, 1),
        ],
    }
    assert kept_numbers(kept) == {"papers": 0, "releases": 0, "funding_rounds": 3, "funding_jpy": 100, "policy": 0}


def test_an_archive_of_schema_16_gets_its_weekly_counts_from_the_migration(tmp_path):
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        fill(archive)
        expected = week_counts.recount(archive.db.conn)
        for name in week_counts.TRIGGERS:
            archive.db.execute(f"DROP TRIGGER {name}")
        for name in week_counts.TABLES:
            archive.db.execute(f"DROP TABLE {name}")
        archive.db.execute("PRAGMA user_version = 16")
    with Archive(path) as archive:
        assert week_counts.exists(archive.db)
        assert week_counts.check(archive.db) == {}
        assert week_counts.recount(archive.db.conn) == expected
        assert all(expected.values())
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] >= 17
    connection.close()


def test_the_fixture_archive_keeps_the_numbers_of_every_week_as_its_rows_give_them(tmp_path):
    from bench import fixture

    path = tmp_path / "fixture.db"
    fixture.build(path, 600)
    with Archive(path) as archive:
        assert week_counts.check(archive.db) == {}
        weeks = [row[0] for row in archive.db.execute("SELECT DISTINCT week FROM items ORDER BY week DESC LIMIT 30")]
        for week in weeks:
            kept = load_kept_week(archive.db, week, names=True)
            assert (kept.numbers, set(kept.names or ())) == counted_from_rows(archive, week), week


def test_scrapy_reclassify_keeps_the_counts(archive_path):
    from crawler.commands.reclassify import reclassify
    from tests.classification_helpers import project_classifier
    from tests.test_classification_commands import seed

    seed(archive_path)
    with Archive(archive_path) as archive:
        before = week_counts.recount(archive.db.conn)
        report = reclassify(archive, project_classifier())
        assert week_counts.check(archive.db) == {}
        after = week_counts.recount(archive.db.conn)
    # The funding story became relevant with its round, the paper irrelevant.
    assert report.changed_items == 2
    assert before["week_funding_counts"] == []
    assert [row[1:] for row in after["week_funding_counts"]] == [("Sakana AI", "series_b", 20_000_000_000, 0, 1)]
    assert [row[1] for row in before["week_item_counts"]] == ["paper"]
    assert [row[1] for row in after["week_item_counts"]] == ["funding"]
