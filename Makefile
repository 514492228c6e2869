# Two commands matter (README): `make demo` runs the main job, `make test` runs every check.
# Both create .venv and install what they need on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(abspath $(VENV))/bin
STAMP  := $(VENV)/.installed
# The generator's ruff post-hooks need ruff on PATH; without it they are silently skipped.
export PATH := $(BIN):$(PATH)
# Third-party spec tools from npm (Spectral, Redocly, Prism, openapi-typescript, tsc), pinned by
# generator/js/package-lock.json and installed without install scripts.
NODE_DIR   := generator/js
NODE_STAMP := $(NODE_DIR)/node_modules/.installed
OS_PACKAGES := poppler-utils chromium
OS_STAMP := $(VENV)/.os-packages
DOCS_STAMP := $(VENV)/.docs-installed
NODE_BIN   := $(abspath $(NODE_DIR))/node_modules/.bin
# Redocly: no telemetry, no update check; every tool here works offline once installed.
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: install demo bench fuzz generate golden-results check-generated check-docs check-breaking validate-spec lint-spec bundle lint typecheck pytest sample-project docs docs-check test clean

install: $(STAMP) $(NODE_STAMP) $(OS_STAMP) $(DOCS_STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

## OS tools the tests use as independent readers: poppler-utils (pdftotext, pdftoppm, pdffonts)
## reads back the searchable PDFs; chromium (headless) opens every page of the docs site.
## Installed with apt-get when missing (needs root).
$(OS_STAMP): $(STAMP)
	@if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null || ! command -v chromium >/dev/null; then \
	  command -v apt-get >/dev/null || { echo "install $(OS_PACKAGES) (pdftotext, pdftoppm, chromium)"; exit 1; }; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(OS_PACKAGES); \
	fi
	@touch $@

## The documentation tools (MkDocs Material, mkdocstrings, a DevTools client), pinned.
$(DOCS_STAMP): $(STAMP) requirements-docs.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-docs.txt
	@touch $@

$(NODE_STAMP): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js >= 20.19) is needed for the spec tools"; exit 1; }
	npm ci --prefix $(NODE_DIR) --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

## The main job: the CLI on a sample image for every operation, against the local OCR server
## (or the cloud with OCR_DEMO_TARGET=cloud and real credentials).
demo: $(STAMP)
	$(BIN)/python -m huaweicloud_ocr.demo

## Speed and memory, side by side with the official SDK and raw httpx (not part of make test);
## writes benchmarks/LATEST.md (benchmarks/RESULTS.md is kept by hand).
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	@touch $@

bench: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.bench --write

## Response fuzzing at full size: 10,000 seeded cases over every operation (make test runs 570).
fuzz: $(STAMP)
	OCR_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q tests/test_fuzz_responses.py

## Rebuild generated/ from openapi.yaml (commit the result).
generate: $(STAMP)
	$(BIN)/python generator/generate.py
	$(BIN)/python generator/docs.py

## Rewrite tests/golden_results/ (every documented example through every results helper);
## review the diff, then commit it.
golden-results: $(STAMP)
	$(BIN)/python -m tests.results_golden

## Fail when generated/ differs from what openapi.yaml gives.
check-generated: $(STAMP)
	$(BIN)/python generator/generate.py --check
	$(BIN)/python generator/docs.py --check

## The documents (sources/seeds, a copy of ../shared/seeds) against the spec: every row and
## example the spec lacks or contradicts, every spec field nothing explains (issue 21).
check-docs: $(STAMP)
	$(BIN)/python -m tools.docs_check check

## A breaking spec change since the last release needs the version bump docs/versioning.md
## asks for, and its CHANGELOG.md entry.
check-breaking: $(STAMP)
	$(BIN)/python -m tools.docs_check check-breaking

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml

## Spectral (spectral:oas + project rules; warnings fail) and Redocly (recommended-strict).
lint-spec: $(NODE_STAMP)
	$(NODE_BIN)/spectral lint --ruleset generator/spectral.yaml --fail-severity warn openapi.yaml
	$(NODE_BIN)/redocly lint --config generator/redocly.yaml openapi.yaml

## The spec as one self-contained file, YAML and JSON, in dist/ (a build artifact).
bundle: $(NODE_STAMP) $(STAMP)
	$(NODE_BIN)/redocly bundle --config generator/redocly.yaml openapi.yaml --output dist/openapi.yaml
	$(NODE_BIN)/redocly bundle --config generator/redocly.yaml openapi.yaml --output dist/openapi.json
	$(BIN)/openapi-spec-validator dist/openapi.yaml dist/openapi.json

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP) $(DOCS_STAMP)
	$(BIN)/mypy src generated tests generator benchmarks tools

pytest: $(STAMP) $(NODE_STAMP) $(OS_STAMP) $(DOCS_STAMP)
	$(BIN)/python -m pytest

test: validate-spec lint-spec bundle check-generated check-docs check-breaking lint typecheck pytest sample-project

## A user's project (tests/sample_project) tested with the pytest plugin from the built wheel
## with the `testing` extra, in a fresh virtual environment (issue 17).
sample-project: $(STAMP)
	tests/sample_project/run.sh $(BIN)/python

## The documentation site into site/: the reference pages generated from openapi.yaml, then
## mkdocs --strict (warnings are errors). Open site/index.html, or serve it for search:
## python -m http.server -d site 8000 --bind 127.0.0.1
docs: $(DOCS_STAMP) $(NODE_STAMP)
	$(BIN)/python generator/docs.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## Every page of site/ in headless Chromium (console errors, broken assets, search), with
## screenshots in site-screenshots/. make test runs it too (tests/test_docs.py).
docs-check: docs $(OS_STAMP)
	$(BIN)/python tools/browser_check.py site --screenshots site-screenshots

clean:
	rm -rf $(VENV) $(NODE_DIR)/node_modules dist build site site-screenshots .mypy_cache .pytest_cache .ruff_cache
