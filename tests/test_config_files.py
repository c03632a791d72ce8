"""Every data file is read through one typed path: a mistake is one message naming file, entry and key.

Each case edits the shipped file the way a person would get it wrong (a
typo, a wrong type, a missing key) and loads it through the loader the
project uses, so a loader that bypasses the typed model fails here.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from archive.health import load_calendars
from config.listed_companies import load_listed_companies
from config.loading import ConfigError
from config.watchlist import load_watchlist
from crawler.scheduler.scheduler import load_schedule
from crawler.sources import load_registry
from crawler.spiders.arxiv import load_queries
from pipelines.classification.engine import load_classifier
from schedules.alert_rules import load_alert_config

DATA_DIR = Path(__file__).parent.parent / "crawler" / "data"

LOADERS: dict[str, Callable[[Path], Any]] = {
    "schedule.toml": load_schedule,
    "alert_rules.toml": load_alert_config,
    "holidays.toml": load_calendars,
    "arxiv_queries.toml": load_queries,
    # The classifier reads the lexicon and the rates from its data directory.
    "lexicon.toml": lambda path: load_classifier(path.parent),
    "currency_rates.toml": lambda path: load_classifier(path.parent),
    "sources.toml": load_registry,
    "watchlist.toml": load_watchlist,
    # Read with watchlist.toml, as every user of the watch list reads them.
    "watchlist_catalogue.toml": lambda path: load_watchlist(path.parent / "watchlist.toml"),
    "watchlist_companies.toml": lambda path: load_watchlist(path.parent / "watchlist.toml"),
    "watchlist_public.toml": lambda path: load_watchlist(path.parent / "watchlist.toml"),
    # Japan's listed companies, which the classifier reads when the file is there.
    "listed_companies.toml": load_listed_companies,
}
# Files read only when they are there (more watch-list entries).
OPTIONAL = {"watchlist_catalogue.toml", "watchlist_companies.toml", "watchlist_public.toml"}

# (file, text in the shipped file, what it becomes, fragments of the message:
#  the entry, the key and what is wrong)
CASES = [
    # schedule.toml
    ("schedule.toml", "hour = 15\n", "houre = 15\n", ["[[crawl]] #1 ('arxiv')", "houre", "did you mean 'hour'"]),
    (
        "schedule.toml",
        "timeout_minutes = 90",
        'timeout_minutes = "abc"',
        ["[[crawl]] #1 ('arxiv')", "timeout_minutes", "must be a number"],
    ),
    ("schedule.toml", 'spider = "arxiv"\n', "", ["[[crawl]] #1 ('arxiv')", "spider", "missing required key"]),
    ("schedule.toml", "enabled = true", 'enabled = "false"', ["[registry]", "enabled", "must be true or false"]),
    ("schedule.toml", 'day_of_week = "mon"\n', 'day_of_week = "1"\n', ["[digest]", "day_of_week", "day names"]),
    # alert_rules.toml
    (
        "alert_rules.toml",
        "min_amount_jpy = 1_000_000_000",
        "min_amount = 1_000_000_000",
        ["[[rule]] #1 ('large-funding-japan')", "min_amount", "did you mean 'min_amount_jpy'"],
    ),
    (
        "alert_rules.toml",
        "min_amount_jpy = 1_000_000_000",
        'min_amount_jpy = "1億"',
        ["[[rule]] #1 ('large-funding-japan')", "min_amount_jpy", "must be a whole number"],
    ),
    (
        "alert_rules.toml",
        'destination = "models"\n',
        "",
        ["[[rule]] #2 ('model-release-watched')", "destination", "missing required key"],
    ),
    (
        "alert_rules.toml",
        'min_amount_jpy = 1_000_000_000\ncompany_countries = ["JP"]\n',
        "",
        ["[[rule]] #1 ('large-funding-japan'): has no condition"],
    ),
    ("alert_rules.toml", "lookback_hours = 72", "lookback_hours = 72.5", ["lookback_hours", "whole number"]),
    # holidays.toml
    (
        "holidays.toml",
        "skip_weekends = true\nskip_japanese_holidays = false",
        "skip_weekend = true\nskip_japanese_holidays = false",
        ["[[calendar]] #1 ('arxiv')", "skip_weekend", "did you mean 'skip_weekends'"],
    ),
    ("holidays.toml", 'to = "08-16"', 'to = "08-32"', ["[[closure]] #3 ('お盆 Obon')", "to", "month-day"]),
    ("holidays.toml", 'name = "japan"\n', "", ["[[calendar]] #2", "name", "missing required key"]),
    (
        "holidays.toml",
        "skip_japanese_holidays = true",
        'skip_japanese_holidays = "yes"',
        ["[[calendar]] #2 ('japan')", "skip_japanese_holidays", "must be true or false"],
    ),
    # arxiv_queries.toml
    (
        "arxiv_queries.toml",
        'name = "japanese-llm-title"\nsearch',
        'name = "japanese-llm-title"\nserach',
        ["[[query]] #2 ('japanese-llm-title')", "serach", "did you mean 'search'"],
    ),
    ("arxiv_queries.toml", 'name = "japanese-llm-title"', "name = 2", ["[[query]] #2 (2)", "name", "must be a string"]),
    ("arxiv_queries.toml", 'name = "named-models-1"\n', "", ["[[query]] #4", "name", "missing required key"]),
    # lexicon.toml
    (
        "lexicon.toml",
        "[genai]\n# Unambiguously",
        "[genai]\nstorng = []\n# Unambiguously",
        ["[genai]", "storng", "did you mean 'strong'"],
    ),
    (
        "lexicon.toml",
        'subject_countries = ["CN", "KR", "TW", "HK"]',
        'subject_countries = "CN"',
        ["[japan]", "subject_countries", "must be a list"],
    ),
    ("lexicon.toml", "\nlanguage = [", "\n# language = [", ["[japan]", "language", "missing required key"]),
    ("lexicon.toml", "[off_topic]", "[off_topics]", ["off_topics: unknown key", "did you mean 'off_topic'"]),
    # currency_rates.toml
    ("currency_rates.toml", "USD = 150.0", 'USD = "150"', ["[yen_per_unit]", "USD", "must be a number"]),
    ("currency_rates.toml", 'as_of = "2026-11-27"', 'asof = "2026-11-27"', ["asof", "did you mean 'as_of'"]),
    ("currency_rates.toml", "EUR = 160.0", "EUR = 0", ["[yen_per_unit]", "EUR", "greater than 0"]),
    ("currency_rates.toml", 'as_of = "2026-11-27"\n', "", ["as_of", "missing required key"]),
    # sources.toml
    (
        "sources.toml",
        'name = "sakana-ai"\nkind = "press"',
        'name = "sakana-ai"\nknid = "press"',
        ["[[source]] #1 ('sakana-ai')", "knid", "unknown key (did you mean 'kind'?)"],
    ),
    (
        "sources.toml",
        'name = "sakana-ai"\n',
        'name = "sakana-ai"\nenabled = "false"\n',
        ["[[source]] #1 ('sakana-ai')", "enabled", "must be true or false, not 'false'"],
    ),
    (
        "sources.toml",
        'url = "https://sakana.ai/feed.xml"\nlanguage = "en"\ninterval_hours = 24',
        'url = "https://sakana.ai/feed.xml"\nlanguage = "en"\ninterval_hours = "24"',
        ["[[source]] #1 ('sakana-ai')", "interval_hours", "must be a number, not '24'"],
    ),
    (
        "sources.toml",
        'organisation = "Sakana AI"\nformat = "atom"\n',
        'organisation = "Sakana AI"\n',
        ["[[source]] #1 ('sakana-ai')", "format", "missing required key"],
    ),
    (
        "sources.toml",
        'title = "xpath:string(.)"\nlink = "xpath:(descendant',
        'titel = "xpath:string(.)"\nlink = "xpath:(descendant',
        ["[[source]] #3 ('pfn-news'), selectors", "titel", "did you mean 'title'"],
    ),
    (
        "sources.toml",
        'name = "sakana-ai"\n',
        'name = "sakana-ai"\nfollow = true\n',
        ["[[source]] #1 ('sakana-ai')", "follow", 'only applies to format = "html"'],
    ),
    # watchlist.toml
    (
        "watchlist.toml",
        'name_ja = "プリファードネットワークス"\nsector = "startup"',
        'name_ja = "プリファードネットワークス"\nsektor = "startup"',
        ["[[organisation]] #1 ('Preferred Networks')", "sektor", "did you mean 'sector'"],
    ),
    (
        "watchlist.toml",
        'hub = ["pfnet"]',
        'hub = "pfnet"',
        ["[[organisation]] #1 ('Preferred Networks')", "hub", "must be a list, not 'pfnet'"],
    ),
    (
        "watchlist.toml",
        'name_ja = "プリファードネットワークス"\nsector = "startup"\n',
        'name_ja = "プリファードネットワークス"\n',
        ["[[organisation]] #1 ('Preferred Networks')", "sector", "missing required key"],
    ),
    (
        "watchlist.toml",
        'name_ja = "プリファードネットワークス"\nsector = "startup"',
        'name_ja = "プリファードネットワークス"\nsector = "start-up"',
        ["[[organisation]] #1 ('Preferred Networks')", "sector", "'start-up' is not one of company, startup"],
    ),
    (
        "watchlist.toml",
        'name = "PLaMo"\norganisation = "Preferred Networks"',
        'name = "PLaMo"\norganisation = "Preferred Network"',
        ["[[model]] #1 ('PLaMo')", "organisation", "'Preferred Network' is not an organisation of the watch list"],
    ),
    # watchlist_catalogue.toml
    (
        "watchlist_catalogue.toml",
        'organisation = "National Institute of Informatics"\naliases',
        'organisation = "National Institute of Informatics"\nalias',
        ["[[alias]] #1 ('National Institute of Informatics')", "alias", "did you mean 'aliases'"],
    ),
    (
        "watchlist_catalogue.toml",
        'japanese = true\nexample = "Weblab-10B"',
        'japanese = "yes"\nexample = "Weblab-10B"',
        ["[[model]] #1 ('Weblab')", "japanese", "must be true or false, not 'yes'"],
    ),
    (
        "watchlist_catalogue.toml",
        'organisation = "Money Forward"\n',
        "",
        ["[[alias]] #2", "organisation", "missing required key"],
    ),
    (
        "watchlist_catalogue.toml",
        'imported_at = "2026-12-02"',
        'imported_on = "2026-12-02"',
        ["[provenance]", "imported_on", "did you mean 'imported_at'"],
    ),
    (
        "watchlist_catalogue.toml",
        'organisation = "Money Forward"\n',
        'organisation = "Money Forwards"\n',
        [
            "[[alias]] #2 ('Money Forwards')",
            "organisation",
            "'Money Forwards' is not an organisation of the watch list",
        ],
    ),
    # watchlist_public.toml
    (
        "watchlist_public.toml",
        'name = "Ministry of the Environment"\n',
        'nmae = "Ministry of the Environment"\n',
        ["[[organisation]] #2", "nmae", "did you mean 'name'"],
    ),
    (
        "watchlist_public.toml",
        'name_ja = "金融庁"\nsector = "ministry"\ncountry = "JP"',
        'name_ja = "金融庁"\nsector = "ministry"\ncountry = 81',
        ["[[organisation]] #1 ('Financial Services Agency')", "country", "must be a string, not 81"],
    ),
    (
        "watchlist_public.toml",
        'name_ja = "環境省"\nsector = "ministry"\n',
        'name_ja = "環境省"\n',
        ["[[organisation]] #2 ('Ministry of the Environment')", "sector", "missing required key"],
    ),
    # watchlist_companies.toml
    (
        "watchlist_companies.toml",
        'name = "Honda"\n',
        'nmae = "Honda"\n',
        ["[[organisation]] #2", "nmae", "did you mean 'name'"],
    ),
    (
        "watchlist_companies.toml",
        'name = "PR TIMES"\nname_ja = "PR TIMES"\nsector = "company"\ncountry = "JP"',
        'name = "PR TIMES"\nname_ja = "PR TIMES"\nsector = "company"\ncountry = 81',
        ["[[organisation]] #1 ('PR TIMES')", "country", "must be a string, not 81"],
    ),
    (
        "watchlist_companies.toml",
        'name_ja = "本田技研工業"\nsector = "company"\n',
        'name_ja = "本田技研工業"\n',
        ["[[organisation]] #2 ('Honda')", "sector", "missing required key"],
    ),
    (
        "watchlist_companies.toml",
        'name = "PR TIMES"\nname_ja = "PR TIMES"',
        'name = "Sakana AI"\nname_ja = "PR TIMES"',
        [
            "[[organisation]] #1 ('Sakana AI')",
            "name",
            "already on the watch list (watchlist.toml [[organisation]] #3)",
        ],
    ),
    # listed_companies.toml (written by `scrapy watchlist import-edinet`)
    (
        "listed_companies.toml",
        'name = "カネコ種苗", name_en =',
        'name = "カネコ種苗", name_eng =',
        ["[[company]] #1 ('カネコ種苗')", "name_eng", "did you mean 'name_en'"],
    ),
    (
        "listed_companies.toml",
        'code = "1376"',
        "code = 1376",
        ["[[company]] #1 ('カネコ種苗')", "code", "must be a string, not 1376"],
    ),
    (
        "listed_companies.toml",
        'provenance.list_date = "2026-08-11"\n',
        "",
        ["[provenance]", "list_date", "missing required key"],
    ),
]


def edited_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """The shipped data directory with one edit in ``name``."""
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    path = data_dir / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the shipped {name} no longer contains {old!r}; update the case"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_every_data_file_has_a_loader_and_the_three_mistakes() -> None:
    assert set(LOADERS) == {path.name for path in DATA_DIR.glob("*.toml")}
    for name in LOADERS:
        fragments = [fragment for case in CASES if case[0] == name for fragment in case[3]]
        assert any("did you mean" in fragment for fragment in fragments), f"{name}: no typo case"
        assert any(fragment.startswith("must be") for fragment in fragments), f"{name}: no wrong-type case"
        assert "missing required key" in fragments, f"{name}: no missing-key case"


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_shipped_data_file_loads(name: str) -> None:
    assert LOADERS[name](DATA_DIR / name) is not None


@pytest.mark.parametrize(("name", "old", "new", "fragments"), CASES, ids=lambda value: str(value)[:30])
def test_a_mistake_is_one_message_naming_file_entry_and_key(tmp_path, name, old, new, fragments) -> None:
    path = edited_copy(tmp_path, name, old, new)
    with pytest.raises(ConfigError) as raised:
        LOADERS[name](path)
    message = str(raised.value)
    assert message.startswith(str(path)), message
    assert len(message.splitlines()) == 1, message
    for fragment in fragments:
        assert fragment in message, message


def test_every_problem_of_a_file_is_in_the_one_message(tmp_path) -> None:
    path = edited_copy(tmp_path, "schedule.toml", "timeout_minutes = 90", 'timeout_minutes = "abc"\nhoure = 3')
    text = path.read_text(encoding="utf-8").replace("enabled = true", 'enabled = "false"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_schedule(path)
    assert str(raised.value).splitlines()[0] == f"{path} has 3 problems:"
    assert raised.value.problems == [
        "[[crawl]] #1 ('arxiv'): timeout_minutes: must be a number, not 'abc'",
        "[[crawl]] #1 ('arxiv'): houre: unknown key (did you mean 'hour'?)",
        "[registry]: enabled: must be true or false, not 'false'",
    ]


NOT_WATCHED = "is not an organisation of the watch list"


def test_every_problem_across_the_watch_list_files_is_in_the_one_message(tmp_path) -> None:
    watchlist = edited_copy(tmp_path, "watchlist.toml", 'organisation = "Preferred Networks"', 'organisation = "PFN"')
    catalogue = watchlist.parent / "watchlist_catalogue.toml"
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(
        text.replace('organisation = "Money Forward"', 'organisation = "MoneyForward"', 1), encoding="utf-8"
    )
    with pytest.raises(ConfigError) as raised:
        load_watchlist(watchlist)
    assert str(raised.value).splitlines()[0] == "the watch list has 2 problems:"
    assert raised.value.problems == [
        f"{catalogue}: [[alias]] #2 ('MoneyForward'): organisation: 'MoneyForward' {NOT_WATCHED}",
        f"{watchlist}: [[model]] #1 ('PLaMo'): organisation: 'PFN' {NOT_WATCHED}",
    ]


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_a_missing_or_broken_file_is_named(tmp_path, name: str) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / name).write_text("this is = = not toml\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(str(data_dir / name)) + " is not valid TOML"):
        LOADERS[name](data_dir / name)
    (data_dir / name).unlink()
    if name in OPTIONAL:
        return
    with pytest.raises(ConfigError, match="not found: " + re.escape(str(data_dir / name))):
        LOADERS[name](data_dir / name)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 9, 22), False),  # 国民の休日 between 敬老の日 and 秋分の日
        (date(2027, 3, 22), False),  # 振替休日 for 春分の日 on a Sunday
        (date(2030, 1, 14), False),  # 成人の日, past the end of the old hand-written list
        (date(2031, 11, 24), False),  # 振替休日 for 勤労感謝の日
        (date(2030, 1, 15), True),
        (date(2030, 12, 30), False),  # the New Year closure, kept as data
    ],
)
def test_national_holidays_come_from_the_library_for_any_year(day: date, working: bool) -> None:
    assert load_calendars(DATA_DIR / "holidays.toml").for_source("prtimes").is_working_day(day) is working


def test_the_arxiv_argument_check_refuses_a_broken_queries_file_before_the_crawl(tmp_path) -> None:
    from scrapy.settings import Settings

    from config.loading import ConfigError
    from crawler.spiders.arxiv import ArxivSpider

    broken = tmp_path / "arxiv_queries.toml"
    broken.write_text("broken = = toml\n", encoding="utf-8")
    # One line naming the file (scrapy crawl prints it and exits 2), no NameError, no crawl run.
    for given in ({"query": "japanese"}, {}):
        with pytest.raises(ConfigError, match=f"{broken} is not valid TOML"):
            ArxivSpider.check_arguments(Settings({"ARXIV_QUERIES_FILE": str(broken)}), given)
