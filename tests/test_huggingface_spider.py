"""`scrapy crawl huggingface` against a fake Hub serving recorded API responses (tests/fixtures/huggingface)."""

from __future__ import annotations

import json

import sqlite_utils
from werkzeug.wrappers import Response

from tests.hub_helpers import (
    ALBERT,
    BERT,
    ROBERTA,
    STABLE_DIFFUSION,
    FakeHub,
    before_rename,
    crawl_hub,
    gated,
    record,
    with_licence,
    without_card,
)


def hub_rows(archive_path) -> dict[str, dict]:
    db = sqlite_utils.Database(archive_path)
    return {row["repo_id"]: row for row in db["hub_repos"].rows}


def test_pages_follow_the_link_header_and_every_field_is_kept(httpserver, archive_path):
    hub = FakeHub(
        httpserver,
        {
            ("models", "deepset"): [[record(ROBERTA)], [record(BERT)], [record(STABLE_DIFFUSION)]],
        },
    )
    result = crawl_hub(hub, ["deepset"], archive_path)
    assert result.returncode == 0, result.stderr[-3000:]
    model_pages = [path for path in hub.paths() if path.startswith("/api/models")]
    assert len(model_pages) == 3
    assert "cursor=2" in model_pages[2]
    assert "sort=lastModified" in model_pages[0]
    assert "expand%5B%5D=safetensors" in model_pages[0]
    rows = hub_rows(archive_path)
    assert set(rows) == {
        "deepset/roberta-base-squad2",
        "google-bert/bert-base-uncased",
        "stabilityai/stable-diffusion-2-1",
    }
    roberta = rows["deepset/roberta-base-squad2"]
    assert roberta["licence"] == "cc-by-4.0"
    assert roberta["pipeline_tag"] == "question-answering"
    assert roberta["library"] == "transformers"
    assert roberta["parameters"] == 124057092
    assert json.loads(roberta["base_models"]) == ["FacebookAI/roberta-base"]
    assert roberta["downloads"] == 1801802
    assert roberta["likes"] == 842
    assert roberta["created_at"] == "2022-03-02T23:29:05.000Z"
    assert roberta["gated"] == ""
    assert roberta["has_card"] == 1
    assert rows["stabilityai/stable-diffusion-2-1"]["parameters"] is None  # no safetensors in the record
    items = {row["title"]: row for row in sqlite_utils.Database(archive_path)["items"].rows}
    assert items["deepset/roberta-base-squad2"]["kind"] == "model"
    assert items["deepset/roberta-base-squad2"]["url"] == "https://huggingface.co/deepset/roberta-base-squad2"
    assert items["deepset/roberta-base-squad2"]["id"] == "hf:model:" + record(ROBERTA)["_id"]
    assert items["deepset/roberta-base-squad2"]["published_at"] == "2022-03-02T23:29:05Z"


def test_a_gated_repo_and_one_without_a_card(httpserver, archive_path):
    hub = FakeHub(
        httpserver,
        {
            ("models", "stabilityai"): [[gated(record(STABLE_DIFFUSION)), without_card(record(ALBERT))]],
        },
    )
    result = crawl_hub(hub, ["stabilityai"], archive_path)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = hub_rows(archive_path)
    assert rows["stabilityai/stable-diffusion-2-1"]["gated"] == "manual"
    albert = rows["sentence-transformers/paraphrase-albert-small-v2"]
    assert albert["has_card"] == 0
    assert albert["licence"] == "apache-2.0"  # from its license: tag
    summary = (
        sqlite_utils.Database(archive_path)
        .execute("select summary from items where title = 'stabilityai/stable-diffusion-2-1'")
        .fetchone()[0]
    )
    assert summary.endswith("gated")


def test_a_renamed_repo_stays_one_item(httpserver, archive_path):
    first = FakeHub(httpserver, {("models", "google-bert"): [[before_rename(record(BERT))]]})
    assert crawl_hub(first, ["google-bert"], archive_path).returncode == 0
    assert set(hub_rows(archive_path)) == {"bert-base-uncased"}
    httpserver.clear()
    second = FakeHub(httpserver, {("models", "google-bert"): [[record(BERT)]]})
    result = crawl_hub(second, ["google-bert"], archive_path, "-s", "HF_FIRST_RUN_DAYS=36500")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = hub_rows(archive_path)
    assert set(rows) == {"google-bert/bert-base-uncased"}
    assert json.loads(rows["google-bert/bert-base-uncased"]["previous_ids"]) == ["bert-base-uncased"]
    db = sqlite_utils.Database(archive_path)
    assert db["items"].count == 1
    assert db.execute("select url from items").fetchone()[0] == "https://huggingface.co/google-bert/bert-base-uncased"
    assert "was renamed" in result.stderr


def test_a_licence_change_between_two_crawls_is_recorded(httpserver, archive_path):
    first = FakeHub(httpserver, {("models", "deepset"): [[record(ROBERTA)]]})
    assert crawl_hub(first, ["deepset"], archive_path).returncode == 0
    httpserver.clear()
    changed = with_licence(record(ROBERTA), "apache-2.0", "2024-09-25T15:48:47.000Z")
    second = FakeHub(httpserver, {("models", "deepset"): [[changed]]})
    result = crawl_hub(second, ["deepset"], archive_path)
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(archive_path)
    assert [(row["old_licence"], row["new_licence"]) for row in db["hub_licence_changes"].rows] == [
        ("cc-by-4.0", "apache-2.0")
    ]
    labels = json.loads(db.execute("select labels from items").fetchone()[0])
    assert labels["hub"]["events"] == ["new_repo", "licence_change"]
    assert (labels["hub"]["licence_from"], labels["hub"]["licence_to"]) == ("cc-by-4.0", "apache-2.0")
    assert "Licence of deepset/roberta-base-squad2 changed: cc-by-4.0 -> apache-2.0" in result.stderr


def test_paging_stops_at_the_high_water_mark(httpserver, archive_path):
    first = FakeHub(httpserver, {("models", "deepset"): [[record(ROBERTA)]]})
    assert crawl_hub(first, ["deepset"], archive_path).returncode == 0
    httpserver.clear()
    # Newest change first: the stored repository ends the listing, so the next page is never asked.
    newer = with_licence(record(ROBERTA), "cc-by-4.0", "2024-09-24T15:48:47.000Z")
    second = FakeHub(httpserver, {("models", "deepset"): [[newer, record(BERT)], [record(STABLE_DIFFUSION)]]})
    result = crawl_hub(second, ["deepset"], archive_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len([path for path in second.paths() if path.startswith("/api/models")]) == 1
    assert "stabilityai/stable-diffusion-2-1" not in hub_rows(archive_path)


def test_a_429_waits_as_retry_after_says_then_reads_the_page(httpserver, archive_path):
    answers = iter([Response("", status=429, headers={"Retry-After": "1"})])

    def limited(request):
        return next(answers, None) or Response(
            json.dumps([record(ROBERTA)]), status=200, headers={"Content-Type": "application/json"}
        )

    hub = FakeHub(httpserver, {("models", "deepset"): [limited]})
    result = crawl_hub(hub, ["deepset"], archive_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "answered 429: waiting 1.0 s before retrying" in result.stderr
    assert set(hub_rows(archive_path)) == {"deepset/roberta-base-squad2"}


def test_the_token_is_sent_and_never_logged(httpserver, archive_path):
    hub = FakeHub(httpserver, {("models", "deepset"): [[record(ROBERTA)]]})
    token = "hf_FakeTokenForTheTestsOnly123456"
    result = crawl_hub(hub, ["deepset"], archive_path, "-s", "LOG_LEVEL=DEBUG", environment={"HF_TOKEN": token})
    assert result.returncode == 0, result.stderr[-3000:]
    assert all(request.headers.get("Authorization") == f"Bearer {token}" for request in hub.requests)
    assert token not in result.stderr
    assert token not in result.stdout
    stats = sqlite_utils.Database(archive_path).execute("select stats from crawl_runs").fetchone()[0]
    assert token not in stats


def test_an_error_answer_is_a_source_error_not_a_crash(httpserver, archive_path):
    def broken(request):
        return Response(
            json.dumps({"error": "Invalid filter"}), status=400, headers={"Content-Type": "application/json"}
        )

    hub = FakeHub(httpserver, {("models", "deepset"): [broken]})
    result = crawl_hub(hub, ["deepset"], archive_path)
    db = sqlite_utils.Database(archive_path)
    assert "Traceback" not in result.stderr
    row = db.execute("select parse_errors, last_error from source_runs where source = 'huggingface'").fetchone()
    assert row[0] >= 1


def test_an_unchanged_listing_costs_a_304(httpserver, archive_path):
    pages = {("models", "deepset"): [[record(ROBERTA)]]}
    assert crawl_hub(FakeHub(httpserver, pages), ["deepset"], archive_path).returncode == 0
    httpserver.clear()
    again = FakeHub(httpserver, pages)
    result = crawl_hub(again, ["deepset"], archive_path)
    assert result.returncode == 0, result.stderr[-3000:]
    first_page = next(
        request
        for request in again.requests
        if request.args.get("author") == "deepset" and request.path == "/api/models"
    )
    assert first_page.headers.get("If-None-Match")
    assert "Not modified since the last crawl" in result.stderr


def test_a_next_page_on_another_host_is_not_followed(httpserver, archive_path):
    hub = FakeHub(httpserver, {("models", "deepset"): [[record(ROBERTA)], [record(BERT)]]})
    hub.next_link = "https://elsewhere.example/api/models?cursor=1"
    result = crawl_hub(hub, ["deepset"], archive_path)
    assert "the next page is on another host, not followed" in result.stderr
    assert set(hub_rows(archive_path)) == {"deepset/roberta-base-squad2"}
    error = (
        sqlite_utils.Database(archive_path)
        .execute("select last_error from source_runs where source = 'huggingface'")
        .fetchone()[0]
    )
    assert "next page on another host" in error
