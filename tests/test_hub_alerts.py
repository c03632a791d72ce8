"""Hub labels and the three Hub alert rules, on recorded Hub records served as watched organisations' repositories."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive.db import Archive
from archive.hub_store import store_hub_repo
from crawler.spiders.huggingface import repository_item
from pipelines.classification import load_classifier
from pipelines.hub_labels import hub_labels, split_series
from schedules.alert_rules import load_alert_config, match_rules
from schedules.alert_send import AlertSender
from tests.fake_slack import FakeSlack
from tests.hub_helpers import ROBERTA, STABLE_DIFFUSION, as_author, record, with_licence

DATA = Path(__file__).parent.parent / "crawler" / "data"
NOW = "2026-11-30T00:00:00Z"


@pytest.fixture(scope="module")
def watchlist():
    return load_classifier(DATA).watchlist


@pytest.fixture(scope="module")
def config():
    return load_alert_config(DATA / "alert_rules.toml")


def crawled(archive: Archive, watchlist, entry: dict, *, now: str = NOW) -> dict:
    """One record through what the crawl does: item, labels, item row, hub row."""
    item = repository_item(entry, "model", "models:author=test")
    row = asdict(item)
    labels = hub_labels(watchlist, row)
    row.update(
        relevant=labels.relevant,
        score=labels.score,
        topics=labels.topics,
        models=labels.models,
        organisations=labels.organisation_names,
        reasons=labels.reasons,
    )
    row["canonical_url"] = row["url"]
    stored = labels.as_dict()
    archive.store_item({**row, "labels": stored}, now=now)
    store_hub_repo(archive, row["id"], row["hub"], stored, now=now)
    row["labels"] = stored
    return row


def fired(config, item) -> set[str]:
    return {match.rule.name for match in match_rules(config.rules, [item], config.yen_per_unit)}


def text_generation(entry: dict) -> dict:
    return {**entry, "pipeline_tag": "text-generation"}


def test_series_and_variant_fold_sizes():
    assert split_series("llm-jp-4-8b-instruct") == ("llm-jp-4", "8b-instruct")
    assert split_series("sarashina2.2-3b") == ("sarashina2.2", "3b")
    assert split_series("Llama-3.1-Swallow-8B-Instruct-v0.3") == ("Llama-3.1-Swallow", "8B-Instruct-v0.3")
    assert split_series("plamo-2-translate") == ("plamo-2-translate", "")


def test_labels_link_the_watch_list_family_and_organisation(watchlist):
    item = asdict(
        repository_item(as_author(text_generation(record(ROBERTA)), "sbintuitions", "sarashina2.2-3b"), "model", "q")
    )
    labels = hub_labels(watchlist, item)
    assert labels.relevant is True
    assert labels.models == ["Sarashina"]
    assert labels.organisations[0]["name"] == "SB Intuitions"
    assert labels.hub["series"] == "sarashina2.2"
    assert labels.hub["variant"] == "3b"
    swallow = asdict(
        repository_item(
            as_author(text_generation(record(ROBERTA)), "tokyotech-llm", "Llama-3.1-Swallow-8B-Instruct-v0.3"),
            "model",
            "q",
        )
    )
    assert hub_labels(watchlist, swallow).models == ["Swallow"]
    # A repository of no watched organisation, not tagged Japanese: not relevant.
    assert hub_labels(watchlist, asdict(repository_item(record(ROBERTA), "model", "q"))).relevant is False


def test_a_new_model_of_a_watched_organisation_alerts(tmp_path, watchlist, config):
    with Archive(tmp_path / "a.db") as archive:
        item = crawled(archive, watchlist, as_author(text_generation(record(ROBERTA)), "llm-jp", "llm-jp-3-8b"))
    assert item["labels"]["hub"]["events"] == ["new_repo"]
    assert fired(config, item) == {"hub-new-model-watched"}


def test_a_new_family_from_a_japanese_organisation_alerts_once(tmp_path, watchlist, config):
    with Archive(tmp_path / "a.db") as archive:
        first = crawled(archive, watchlist, as_author(text_generation(record(ROBERTA)), "pfnet", "kirin-7b"))
        second = crawled(
            archive, watchlist, as_author(text_generation(record(STABLE_DIFFUSION)), "pfnet", "kirin-7b-instruct")
        )
    assert first["labels"]["models"] == []
    assert first["labels"]["hub"]["events"] == ["new_repo", "new_family"]
    assert fired(config, first) == {"hub-new-model-watched", "hub-new-family"}
    # The second variant of the same series is new, not a new family.
    assert second["labels"]["hub"]["events"] == ["new_repo"]
    assert fired(config, second) == {"hub-new-model-watched"}


def test_a_licence_change_of_a_known_repository_alerts_once(tmp_path, watchlist, config):
    repository = as_author(text_generation(record(ROBERTA)), "llm-jp", "llm-jp-3-8b")
    with FakeSlack() as slack, Archive(tmp_path / "a.db") as archive:
        sender = AlertSender(archive, config, environ=slack.webhook_env(), delivery_options={"pause": 0, "timeout": 5})
        first = crawled(archive, watchlist, repository)
        sender.send_matches(sender.evaluate([first]), datetime(2026, 11, 30, tzinfo=UTC))
        later = crawled(
            archive,
            watchlist,
            with_licence(repository, "apache-2.0", "2024-09-25T15:48:47.000Z"),
            now="2026-12-01T00:00:00Z",
        )
        matches = sender.evaluate([later])
        sender.send_matches(matches, datetime(2026, 12, 1, tzinfo=UTC))
        # A later crawl that notices nothing new sends nothing again.
        again = crawled(
            archive,
            watchlist,
            with_licence(repository, "apache-2.0", "2024-09-25T15:48:47.000Z"),
            now="2026-12-01T06:00:00Z",
        )
        assert sender.evaluate([again]) == []
        # The alert held back by an outage is still found by `scrapy alerts` (the repository is old news).
        assert later["id"] in [item["id"] for item in sender.pending_items(datetime(2026, 12, 1, 1, tzinfo=UTC))]
        texts = [str(payload) for payload in slack.accepted_payloads]
    assert later["labels"]["hub"]["events"] == ["new_repo", "licence_change"]
    assert [match.rule.name for match in matches] == ["hub-licence-change"]
    assert len(texts) == 2
    assert "licence cc-by-4.0 → apache-2.0" in texts[1]


def test_each_licence_change_of_a_repository_is_its_own_alert(tmp_path, watchlist, config):
    repository = as_author(text_generation(record(ROBERTA)), "llm-jp", "llm-jp-3-8b")
    with FakeSlack() as slack, Archive(tmp_path / "a.db") as archive:
        sender = AlertSender(archive, config, environ=slack.webhook_env(), delivery_options={"pause": 0, "timeout": 5})
        crawled(archive, watchlist, repository)
        first = crawled(
            archive,
            watchlist,
            with_licence(repository, "apache-2.0", "2024-09-25T15:48:47.000Z"),
            now="2026-12-01T00:00:00Z",
        )
        sender.send_matches(sender.evaluate([first]), datetime(2026, 12, 1, tzinfo=UTC))
        second = crawled(
            archive, watchlist, with_licence(repository, "mit", "2024-10-01T00:00:00.000Z"), now="2026-12-02T00:00:00Z"
        )
        matches = sender.evaluate([second])
        sender.send_matches(matches, datetime(2026, 12, 2, tzinfo=UTC))
        # Sent once each: neither the second crawl's item nor a later one sends either change again.
        assert sender.evaluate([second]) == []
        unchanged = crawled(
            archive, watchlist, with_licence(repository, "mit", "2024-10-01T00:00:00.000Z"), now="2026-12-02T06:00:00Z"
        )
        assert sender.evaluate([unchanged]) == []
        texts = [str(payload) for payload in slack.accepted_payloads]
    assert [match.rule.name for match in matches] == ["hub-licence-change"]
    assert len(texts) == 2
    assert "licence cc-by-4.0 → apache-2.0" in texts[0]
    assert "licence apache-2.0 → mit" in texts[1]
    assert "cc-by-4.0 → apache-2.0" not in texts[1]


def test_two_licence_changes_noticed_before_a_send_are_two_alerts(tmp_path, watchlist, config):
    # Slack was not configured (or down) between the two crawls: neither change was marked sent.
    repository = as_author(text_generation(record(ROBERTA)), "llm-jp", "llm-jp-3-8b")
    with Archive(tmp_path / "a.db") as archive:
        crawled(archive, watchlist, repository)
        crawled(
            archive,
            watchlist,
            with_licence(repository, "apache-2.0", "2024-09-25T15:48:47.000Z"),
            now="2026-12-01T00:00:00Z",
        )
        latest = crawled(
            archive, watchlist, with_licence(repository, "mit", "2024-10-01T00:00:00.000Z"), now="2026-12-02T00:00:00Z"
        )
    changes = [
        match.licence_change
        for match in match_rules(config.rules, [latest], config.yen_per_unit)
        if match.rule.name == "hub-licence-change"
    ]
    assert [(change.old, change.new, change.detected_at) for change in changes] == [
        ("cc-by-4.0", "apache-2.0", "2026-12-01T00:00:00Z"),
        ("apache-2.0", "mit", "2026-12-02T00:00:00Z"),
    ]


def test_a_licence_change_alerted_before_each_change_was_its_own_alert_is_not_sent_again(tmp_path):
    import sqlite_utils

    from archive.schema import _alert_each_licence_change
    from schedules.alert_rules import LicenceChange

    db = sqlite_utils.Database(tmp_path / "old.db")
    db["alerts"].create(
        {
            "id": int,
            "rule": str,
            "item_id": str,
            "destination": str,
            "sent_at": str,
            "message_ts": str,
            "claimed_at": str,
            "marker": str,
            "posts": int,
            "note": str,
        },
        pk="id",
    )
    db["alerts"].create_index(["rule", "item_id"], unique=True)
    db["hub_licence_changes"].insert_all(
        [
            {
                "id": 1,
                "item_id": "hf:model:1",
                "repo_id": "a/b",
                "old_licence": "cc-by-nc-4.0",
                "new_licence": "apache-2.0",
                "detected_at": "2026-11-01T00:00:00Z",
            },
            {
                "id": 2,
                "item_id": "hf:model:1",
                "repo_id": "a/b",
                "old_licence": "apache-2.0",
                "new_licence": "mit",
                "detected_at": "2026-11-20T00:00:00Z",
            },
        ],
        pk="id",
    )
    db["alerts"].insert(
        {
            "rule": "hub-licence-change",
            "item_id": "hf:model:1",
            "destination": "x",
            "sent_at": "2026-11-02T00:00:00Z",
            "message_ts": "1.2",
            "posts": 0,
        }
    )
    _alert_each_licence_change(db)
    rows = db.execute("SELECT rule, occurrence, sent_at FROM alerts ORDER BY id").fetchall()
    first = LicenceChange("cc-by-nc-4.0", "apache-2.0", "2026-11-01T00:00:00Z")
    # The change alerted before is recorded under its key; the later one is still to send.
    assert rows == [
        ("hub-licence-change", "", "2026-11-02T00:00:00Z"),
        ("hub-licence-change", first.key, "2026-11-02T00:00:00Z"),
    ]
