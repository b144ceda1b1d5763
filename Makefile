# Chefforum analytics: `make help` lists the targets.
# The two commands a new user needs: `make all` (build everything) and `make test`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help all venv build test lint schema-docs clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[notebooks,dev]'
	@touch $(STAMP)

venv: $(STAMP) ## create .venv and install the project with its dependencies

all: build ## the main job: install, then build the tables from data/raw

build: $(STAMP) ## parse data/raw into data/processed (Parquet + DuckDB)
	$(BIN)/minutes build

test: $(STAMP) ## install, then run the test suite
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff over the package, tests and notebooks
	$(BIN)/ruff check src tests notebooks

schema-docs: $(STAMP) ## regenerate docs/tables.md from src/analysis/schema.py
	$(BIN)/minutes schema --markdown > docs/tables.md

clean: ## remove generated tables (raw data is never touched)
	rm -rf data/processed/* data/processed/.cache data/processed/.build-state.json
