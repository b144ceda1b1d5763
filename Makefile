# Chefforum analytics: `make help` lists the targets.
# The two commands a new user needs: `make all` (build everything) and `make test`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help all venv chromium plotly-bundle build notebooks charts overview explore test lint schema-docs bench bench-quick golden area-model synthetic clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[notebooks,dev]'
	@touch $(STAMP)

venv: $(STAMP) ## create .venv and install the project with its dependencies

# kaleido (PNG/SVG export) and the HTML report test drive Debian's Chromium; the fonts
# give æøå and the chart template its typeface. Installed with apt, as root, once.
chromium: ## install Debian chromium + fonts for chart export (apt; skipped when present)
	@command -v chromium >/dev/null 2>&1 && test -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf || \
	  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-liberation; }

# The explorer serves plotly.js's cartesian bundle (src/analysis/explore/static/), which
# must match the plotly.js version of the installed Panel; this fetches it with npm.
plotly-bundle: $(STAMP) ## after a Panel upgrade: the explorer's plotly.js cartesian bundle for its version (npm)
	V=$$($(BIN)/python -c "from panel.models.plotly import PLOTLY_VERSION as v; print(v)") && \
	  D=$$(mktemp -d) && (cd $$D && npm pack --silent plotly.js-cartesian-dist-min@$$V && tar xzf *.tgz) && \
	  cp $$D/package/plotly-cartesian.min.js src/analysis/explore/static/plotly-cartesian-$$V.min.js && \
	  cp $$D/package/LICENSE src/analysis/explore/static/LICENSE-plotly.js.txt && rm -rf $$D

all: build notebooks charts overview ## the main job: install, build tables, run notebooks, charts, yearly overviews

build: $(STAMP) ## parse data/raw into data/processed (Parquet + DuckDB)
	$(BIN)/minutes build

notebooks: build ## execute the notebooks; outputs saved in notebooks/*.ipynb
	$(BIN)/minutes notebooks

charts: build chromium ## every chart as PNG + SVG (1920x1080) in reports/charts/
	$(BIN)/minutes charts --out reports/charts/

overview: build chromium ## the yearly overview (HTML, XLSX, PPTX) for every year in reports/<year>/
	$(BIN)/minutes overview --all

explore: build ## the interactive explorer on localhost (Ctrl+C stops it)
	$(BIN)/minutes explore

test: $(STAMP) chromium ## install, then run the test suite
	$(BIN)/python -m pytest

# The main job on a generated corpus, all paths pointed away from data/ (never mixed in).
SYNTH_DIR ?= /tmp/minutes-synthetic
SYNTH_N   ?= 10000
# The generated home municipality's minutes do not name it (as the real ones do not):
# the setting says it (synth.corpus.BUILD_ENV).
SYNTH_ENV := MINUTES_RAW_DIR=$(SYNTH_DIR)/raw MINUTES_PROCESSED_DIR=$(SYNTH_DIR)/processed MINUTES_REPORTS_DIR=$(SYNTH_DIR)/reports MINUTES_DEFAULT_MUNICIPALITY="Albertslund Kommune"

synthetic: $(STAMP) chromium ## the main job on 10,000 synthetic meetings (set SYNTH_N, SYNTH_DIR)
	$(BIN)/minutes synth $(SYNTH_DIR) --n $(SYNTH_N)
	$(SYNTH_ENV) $(BIN)/minutes build
	mkdir -p $(SYNTH_DIR)/notebooks && cp notebooks/[0-9][0-9]-*.py notebooks/jupytext.toml $(SYNTH_DIR)/notebooks/
	$(SYNTH_ENV) $(BIN)/minutes notebooks --dir $(SYNTH_DIR)/notebooks
	$(SYNTH_ENV) $(BIN)/minutes charts --out $(SYNTH_DIR)/reports/charts
	$(SYNTH_ENV) $(BIN)/minutes overview --all

bench: $(STAMP) ## benchmark on synthetic minutes: 1k/10k text (default and distinct corpus), 1k PDF, 250 mixed (not a test)
	$(BIN)/python -m analysis.bench

bench-quick: $(STAMP) ## benchmark smoke run (200 meetings, about a minute)
	$(BIN)/python -m analysis.bench --quick

# Golden digests of every table (tests/test_golden.py): regenerate after an intended output change.
golden: $(STAMP) ## rewrite tests/fixtures/golden/digests.json after an intended output change
	PYTHONPATH=src $(BIN)/python -m tests.golden

# The learned policy-area fallback (src/analysis/enrich/area_model.py): KLE's subject titles
# and the labelled titles; rebuild after editing kle_main_groups or those titles.
area-model: $(STAMP) ## rebuild src/analysis/data/area_model.json from KLE and the labelled titles
	PYTHONPATH=src $(BIN)/python -m analysis.enrich.area_model --titles ../shared/realworld/titles.csv \
		--titles tests/fixtures/titles/written-dev.csv --titles tests/fixtures/titles/written2-dev.csv \
		--titles tests/fixtures/titles/written3-dev.csv

lint: $(STAMP) ## ruff (lint and format check) over the package, tests and notebooks
	$(BIN)/ruff check src tests notebooks
	$(BIN)/ruff format --check src tests notebooks

schema-docs: $(STAMP) ## regenerate docs/tables.md from src/analysis/schema.py
	$(BIN)/minutes schema --markdown > docs/tables.md

clean: ## remove generated tables (raw data is never touched)
	find data/processed -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
