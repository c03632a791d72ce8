"""README.md and docs/ document every project command and setting (the sqlite-utils way), and their links resolve."""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re

import pytest
from scrapy.commands import ScrapyCommand
from scrapy.settings import Settings, default_settings

from crawler import settings as project_settings
from tests import doc_pages
from tests.conftest import PROJECT_ROOT

DOCS = doc_pages.text()
README_MAX_LINES = 250
TOPICS = [
    "sources",
    "classification",
    "digest-and-slack",
    "scheduler-and-deployment",
    "querying",
    "configuration",
    "development",
]


def project_commands() -> dict[str, ScrapyCommand]:
    """Every command of COMMANDS_MODULE by name: Scrapy names a command after the module defining it."""
    package = importlib.import_module(project_settings.COMMANDS_MODULE)
    commands = {}
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        for command_class in vars(module).values():
            if (
                inspect.isclass(command_class)
                and issubclass(command_class, ScrapyCommand)
                and command_class.__module__ == module.__name__
            ):
                commands[module_info.name] = command_class()
    return commands


COMMANDS = project_commands()


def test_project_commands_exist():
    assert {"demo", "run"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_documented(name):
    assert re.search(rf"scrapy {name}\b", DOCS), f"`scrapy {name}` is not in README.md or docs/"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help(name):
    command = COMMANDS[name]
    command.settings = Settings()
    parser = argparse.ArgumentParser(prog=f"scrapy {name}", description=command.long_desc())
    command.add_options(parser)
    assert command.short_desc()
    undocumented = [action.dest for action in parser._actions if not action.help]
    assert undocumented == [], f"scrapy {name} options without help text: {undocumented}"


def project_only_settings() -> list[str]:
    return sorted(
        name
        for name in dir(project_settings)
        if name.isupper() and not hasattr(default_settings, name) and name != "PROJECT_ROOT"
    )


@pytest.mark.parametrize("name", project_only_settings())
def test_project_setting_is_documented(name):
    assert f"`{name}`" in DOCS, f"setting {name} is not documented in README.md or docs/"


ENVIRONMENT_VARIABLES = re.findall(r'os\.environ\.get\("([A-Z_]+)"', (PROJECT_ROOT / "crawler/settings.py").read_text())


@pytest.mark.parametrize("variable", sorted(set(ENVIRONMENT_VARIABLES)))
def test_environment_variable_is_documented(variable):
    assert f"`{variable}`" in DOCS, f"environment variable {variable} is not documented in README.md or docs/"


def test_readme_is_short():
    lines = len((PROJECT_ROOT / "README.md").read_text(encoding="utf-8").splitlines())
    assert lines <= README_MAX_LINES, f"README.md has {lines} lines; move detail to docs/ (at most {README_MAX_LINES})"


@pytest.mark.parametrize("topic", TOPICS)
def test_docs_has_a_page_per_topic_linked_from_the_readme(topic):
    assert (PROJECT_ROOT / "docs" / f"{topic}.md").exists()
    assert f"](docs/{topic}.md)" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", doc_pages.pages(), ids=lambda page: page.name)
def test_relative_links_and_anchors_resolve(page):
    assert doc_pages.broken_links(page) == []


def test_a_broken_link_or_anchor_is_reported(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "README.md").write_text(
        "# Title\n\n## Set-up: two commands\n\n"
        "[ok](docs/a.md#the-scheduler) [ok](#set-up-two-commands) [gone](docs/b.md) [no anchor](docs/a.md#nowhere)\n"
        "`[code](not-a-link.md)`\n\n```console\n[code](not-a-link.md)\n```\n[web](https://example.org/x)\n",
        encoding="utf-8",
    )
    (tmp_path / "docs" / "a.md").write_text(
        "# The scheduler\n\nBack to the [README](../README.md#set-up-two-commands), [wrong](../README.md#setup),\n"
        "[split over\ntwo lines](#the-scheduler), [split\nand broken](#the-schedule).\n",
        encoding="utf-8",
    )
    readme, page = doc_pages.pages(tmp_path)
    assert doc_pages.broken_links(readme) == [
        "README.md:5: docs/b.md (no such file)",
        "README.md:5: docs/a.md#nowhere (no heading #nowhere in a.md)",
    ]
    assert doc_pages.broken_links(page) == [
        "a.md:3: ../README.md#setup (no heading #setup in README.md)",
        "a.md:5: #the-schedule (no heading #the-schedule in a.md)",
    ]


@pytest.mark.skipif(not (PROJECT_ROOT / ".venv" / "bin" / "scrapy").exists(), reason="needs the project's .venv")
def test_documented_examples_give_the_output_shown():
    """Every example marked <!-- example --> in README.md and docs/ is re-run on a fresh demo archive."""
    from tests.readme_examples import check

    problems = check()
    regenerate = "Regenerate with: .venv/bin/python -m tests.readme_examples --update"
    assert not problems, "\n\n".join(problems) + "\n\n" + regenerate


def test_examples_are_found_on_the_docs_pages_too():
    from tests.readme_examples import find_examples

    found = {page.name: len(find_examples(page.read_text(encoding="utf-8").split("\n"))) for page in doc_pages.pages()}
    assert found["README.md"] >= 1
    assert found["demo.md"] == 1
    assert found["querying.md"] >= 5


def test_a_stale_output_on_a_docs_page_fails(tmp_path):
    from tests.readme_examples import check

    page = tmp_path / "page.md"
    page.write_text("# A page\n\n<!-- example -->\n```console\n$ echo fresh\nstale\n```\n", encoding="utf-8")
    problems = check(pages=[page], demo_first=False)
    assert len(problems) == 1
    assert "page.md line 5: $ echo fresh" in problems[0]
    assert "-stale" in problems[0]
    assert "+fresh" in problems[0]
    page.write_text("# A page\n\n<!-- example -->\n```console\n$ echo fresh\nfresh\n```\n", encoding="utf-8")
    assert check(pages=[page], demo_first=False) == []
