# Two commands matter (README): `make demo` runs the main job, `make test` runs every check.
# Both create .venv and install what they need on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(abspath $(VENV))/bin
STAMP  := $(VENV)/.installed
# The generator's ruff post-hooks need ruff on PATH; without it they are silently skipped.
export PATH := $(BIN):$(PATH)

.PHONY: install demo generate check-generated validate-spec lint typecheck pytest test clean

install: $(STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

## The main job: the CLI on a sample image for every operation, against the local OCR server
## (or the cloud with OCR_DEMO_TARGET=cloud and real credentials).
demo: $(STAMP)
	$(BIN)/python -m huaweicloud_ocr.demo

## Rebuild generated/ from openapi.yaml (commit the result).
generate: $(STAMP)
	$(BIN)/python generator/generate.py

## Fail when generated/ differs from what openapi.yaml gives.
check-generated: $(STAMP)
	$(BIN)/python generator/generate.py --check

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy src generated tests generator

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: validate-spec check-generated lint typecheck pytest

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
