# Two commands do all the set-up: `make run` and `make test`.
# The venv is created once; packages are reinstalled only when pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test test-fast lint install chromium bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, pinned: the CPU wheel on this disk. A looser pin would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q torch==2.13.0
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The browser tests drive Debian's Chromium (never `playwright install`, which downloads one).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

run: $(STAMP)
	$(BIN)/python app.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench docs app.py conftest.py
	$(BIN)/lint-imports

# Everything: lint, the unit, integration and system tiers, and the doctests in src/.
test: $(STAMP) chromium lint
	$(BIN)/python -m pytest

# The unit tier only: no model, no index, no app; seconds.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m unit

bench: $(STAMP)
	$(BIN)/python -m bench

eval: $(STAMP)
	$(BIN)/hrcqa eval --split test --retriever all --out eval/report.md

clean:
	rm -rf $(VENV) .pytest_cache tests/artifacts
