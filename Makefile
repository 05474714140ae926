# Two commands for a newcomer: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEV    := $(VENV)/.dev-stamp
DB     ?= parley.db

.PHONY: run test test-postgres browser-deps lint typecheck bench eval clean

# The runtime alone for `make run`; the test and benchmark tools on top for `make test`.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV)

## run: ingest the bundled examples into the SQLite store and print a summary
run: $(STAMP)
	$(BIN)/parley ingest examples/ --db $(DB)
	$(BIN)/parley summary --db $(DB)

## test: run the test suite (what CI runs)
test: $(DEV) browser-deps
	$(BIN)/ruff check src tests
	$(BIN)/mypy src/parley
	$(BIN)/python -m pytest -q

# The dashboard's browser tests drive Debian's Chromium (Playwright's own download fails offline).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && apt-get install -y -qq chromium || echo "chromium not installed: browser tests will skip"; \
	fi

## test-postgres: the store tests on a throwaway PostgreSQL cluster (installs Debian's postgresql)
test-postgres: $(DEV)
	scripts/test-postgres.sh

lint: $(DEV)
	$(BIN)/ruff check src tests

typecheck: $(DEV)
	$(BIN)/mypy src/parley

## bench: the speed benchmarks recorded in docs/benchmarks.md
bench: $(DEV)
	$(BIN)/parley bench ingest
	$(BIN)/parley bench statements
	$(BIN)/parley bench pipeline
	$(BIN)/parley bench api

## eval: accuracy against the gold sets in ../shared/data
eval: $(DEV)
	$(BIN)/parley eval polnear ../shared/data/polnear/dev
	$(BIN)/parley eval plv ../shared/data/plv/train.tsv
	$(BIN)/parley eval plv tests/data/plover_team.tsv --split odd
	$(BIN)/parley eval stance
	$(BIN)/parley eval examples

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache .mypy_cache
