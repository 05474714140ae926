# Two commands for a newcomer: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= parley.db

.PHONY: run test lint typecheck bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: ingest the bundled examples into the SQLite store and print a summary
run: $(STAMP)
	$(BIN)/parley ingest examples/ --db $(DB)
	$(BIN)/parley summary --db $(DB)

## test: run the test suite (what CI runs)
test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests

typecheck: $(STAMP)
	$(BIN)/mypy src/parley

## bench: the speed benchmarks recorded in docs/benchmarks.md
bench: $(STAMP)
	$(BIN)/parley bench ingest
	$(BIN)/parley bench statements

## eval: accuracy against the gold sets in ../shared/data
eval: $(STAMP)
	$(BIN)/parley eval polnear ../shared/data/polnear/dev
	$(BIN)/parley eval plv ../shared/data/plv/train.tsv

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache .mypy_cache
