"""Alert rules on labelled sample items: matches, non-matches, thresholds, currencies."""

from __future__ import annotations

from pathlib import Path

import pytest

from schedules.alert_rules import (
    AlertRulesError,
    load_alert_config,
    match_rule,
    match_rules,
    parse_alert_config,
)
from tests.alert_helpers import sample_items

RULES_FILE = Path(__file__).parent.parent / "crawler" / "data" / "alert_rules.toml"


@pytest.fixture(scope="module")
def config():
    return load_alert_config(RULES_FILE)


@pytest.fixture
def items():
    return sample_items()


def rule(config, name):
    return next(rule for rule in config.rules if rule.name == name)


def matched(config, item) -> set[str]:
    return {match.rule.name for match in match_rules(config.rules, [item], config.yen_per_unit)}


def test_every_shipped_rule_names_a_destination(config) -> None:
    assert {rule.name for rule in config.rules} >= {
        "large-funding-japan",
        "model-release-watched",
        "government-programme",
    }
    assert all(rule.destination for rule in config.rules)
    assert config.yen_per_unit["USD"] > 0


def test_a_usd_round_is_converted_at_the_configured_rate(config, items) -> None:
    sakana = items["fixture:sakana-series-b"]
    match = match_rule(rule(config, "large-funding-japan"), sakana, {"USD": 150.0})
    assert match is not None
    assert match.amount_jpy == 20_250_000_000
    assert "202億5000万円 ≥ 10億円" in match.reasons


@pytest.mark.parametrize(
    ("dollars", "rate", "expected"),
    [
        (6_700_000, 150.0, True),  # ¥1,005,000,000
        (6_700_000, 140.0, False),  # ¥938,000,000
        (10_000_000, 100.0, True),  # exactly ¥1,000,000,000
    ],
)
def test_usd_threshold_depends_on_the_rate(config, items, dollars, rate, expected) -> None:
    sakana = items["fixture:sakana-series-b"]
    sakana["labels"]["funding"]["amount"] = dollars
    assert (match_rule(rule(config, "large-funding-japan"), sakana, {"USD": rate}) is not None) is expected


def test_a_foreign_currency_without_a_rate_does_not_match(config, items) -> None:
    sakana = items["fixture:sakana-series-b"]
    assert match_rule(rule(config, "large-funding-japan"), sakana, {}) is None


@pytest.mark.parametrize(("yen", "expected"), [(1_000_000_000, True), (999_999_999, False)])
def test_yen_threshold_edges(config, items, yen, expected) -> None:
    where = items["fixture:where-debt"]
    where["labels"]["funding"].update(amount=yen, amount_jpy=yen, as_written=f"{yen}円")
    assert ("large-funding-japan" in matched(config, where)) is expected


def test_small_round_does_not_match(config, items) -> None:
    assert "large-funding-japan" not in matched(config, items["fixture:where-debt"])


def test_cumulative_totals_undisclosed_amounts_and_foreign_companies_do_not_match(config, items) -> None:
    for key in ("fixture:sakana-cumulative", "fixture:nvidia-sakana-undisclosed", "fixture:mistral-series-b"):
        assert "large-funding-japan" not in matched(config, items[key]), key


def test_the_foreign_company_would_match_on_amount_alone(config, items) -> None:
    # The country condition is what keeps Mistral AI's €600M out.
    data = {
        "rule": [{"name": "big", "destination": "funding", "min_amount_jpy": 1_000_000_000}],
        "yen_per_unit": {"EUR": 160.0},
    }
    loose = parse_alert_config(data)
    assert matched(loose, items["fixture:mistral-series-b"]) == {"big"}


def test_model_release_by_a_watched_organisation(config, items) -> None:
    pfn = items["fixture:pfn-plamo-2"]
    assert "model-release-watched" in matched(config, pfn)
    # Only the name as the press release writes it, with 株式会社.
    pfn["labels"] = {}
    match = match_rule(rule(config, "model-release-watched"), pfn, {})
    assert "organisation 株式会社Preferred Networks" in match.reasons
    assert "model-release-watched" in matched(config, items["arxiv:2407.03963"])


def test_watched_organisation_without_a_release_or_release_by_others_do_not_match(config, items) -> None:
    assert "model-release-watched" not in matched(config, items["fixture:nec-briefing"])
    mistral = items["fixture:mistral-series-b"]
    mistral["topics"] = ["model_release"]
    assert "model-release-watched" not in matched(config, mistral)


def test_government_programme_keywords_match_full_width_text(config, items) -> None:
    meti = items["fixture:meti-geniac"]
    meti["summary"] = ""
    assert "ＧＥＮＩＡＣ" in meti["title"]
    assert matched(config, meti) == {"government-programme"}


def test_latin_keywords_match_whole_words_only(config, items) -> None:
    nec = items["fixture:nec-briefing"]
    nec["title"] = "ABCIS and GENIACAL are not programme names"
    assert matched(config, nec) == set()
    nec["title"] = "AIST expands ABCI 3.0 for generative AI"
    assert "government-programme" in matched(config, nec)


def test_japanese_keywords_match_inside_words(config, items) -> None:
    nec = items["fixture:nec-briefing"]
    nec["summary"] = "政府のAI基本計画に沿った取り組み"
    assert "government-programme" in matched(config, nec)


def test_items_as_stored_in_the_archive_match_like_pipeline_items(config, items) -> None:
    import json

    stored = dict(items["fixture:sakana-series-b"])
    for column in ("topics", "organisations", "labels"):
        stored[column] = json.dumps(stored[column], ensure_ascii=False)
    assert matched(config, stored) == matched(config, items["fixture:sakana-series-b"])


def test_an_item_matching_nothing(config, items) -> None:
    assert matched(config, items["fixture:nec-briefing"]) == set()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"name": "x", "destination": "funding", "min_amount": 1},
            r"min_amount: unknown key \(did you mean .min_amount_jpy.\?\)",
        ),
        ({"name": "x", "min_amount_jpy": 1}, "destination"),
        ({"name": "x", "destination": "funding"}, "no condition"),
        ({"name": "x", "destination": "#Funding Channel", "kinds": ["funding"]}, "destination"),
        (
            {"name": "x", "destination": "funding", "keywords_any": "GENIAC"},
            "keywords_any: must be a list, not .GENIAC.",
        ),
    ],
)
def test_invalid_rules_are_refused_with_a_reason(entry, message) -> None:
    with pytest.raises(AlertRulesError, match=message):
        parse_alert_config({"rule": [entry]})


def test_duplicate_rule_names_are_refused() -> None:
    entry = {"name": "x", "destination": "funding", "kinds": ["funding"]}
    with pytest.raises(AlertRulesError, match="unique"):
        parse_alert_config({"rule": [entry, entry]})
