# Every target creates .venv on first use and installs the pinned requirements,
# so a fresh clone needs nothing but Python 3.11+ and the package registry.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-requirements

.PHONY: demo test run clean-demo

$(INSTALLED): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@cp requirements.txt $(INSTALLED)

# The demo keeps its archive between runs, so a second run re-crawls with
# conditional GETs (304s); make clean-demo starts it afresh.
demo: $(INSTALLED)
	$(BIN)/scrapy demo --keep

# Layers (import-linter), lint, formatting and types first (seconds), then the suite (minutes).
test: $(INSTALLED)
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 2 -q

run: $(INSTALLED)
	$(BIN)/scrapy run

clean-demo:
	rm -rf data/demo
