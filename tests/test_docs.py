"""The README documents every project command and setting (the sqlite-utils way)."""

from __future__ import annotations

import argparse
import re

import pytest
from scrapy.cmdline import _get_commands_from_module
from scrapy.settings import Settings, default_settings

from crawler import settings as project_settings
from tests.conftest import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = _get_commands_from_module("crawler.commands", inproject=True)


def test_project_commands_exist():
    assert {"demo", "run"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_documented_in_the_readme(name):
    assert re.search(rf"scrapy {name}\b", README), f"`scrapy {name}` is not in README.md"


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
        name for name in dir(project_settings)
        if name.isupper() and not hasattr(default_settings, name) and name != "PROJECT_ROOT"
    )


@pytest.mark.parametrize("name", project_only_settings())
def test_project_setting_is_documented(name):
    assert f"`{name}`" in README, f"setting {name} is not documented in README.md"


@pytest.mark.parametrize("variable", sorted(set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', (PROJECT_ROOT / "crawler/settings.py").read_text()))))
def test_environment_variable_is_documented(variable):
    assert f"`{variable}`" in README, f"environment variable {variable} is not documented in README.md"


@pytest.mark.skipif(not (PROJECT_ROOT / ".venv" / "bin" / "scrapy").exists(), reason="needs the project's .venv")
def test_readme_examples_give_the_output_shown():
    """Every example marked <!-- example --> is re-run on a fresh demo archive (python -m tests.readme_examples)."""
    from tests.readme_examples import check

    problems = check()
    assert not problems, "\n\n".join(problems) + "\n\nRegenerate with: .venv/bin/python -m tests.readme_examples --update"
