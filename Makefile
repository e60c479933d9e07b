# communique — the two set-up commands are `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck bench compiled clean venv

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## The venv with the package and its development extras (make demo and make test make it too).
venv: $(STAMP)

DEMO_DB ?= demo.db
DEMO_HOST ?= 127.0.0.1
DEMO_PORT ?= 8000

## Code the bundled example statements and print a readable summary, store them in a demo database and
## serve the web UI and API on it (Ctrl-C stops the server).
demo: $(STAMP)
	$(BIN)/communique code examples/ --format table
	$(BIN)/communique ingest examples/ --db $(DEMO_DB) --quiet
	@echo "communique: open http://$(DEMO_HOST):$(DEMO_PORT)/ in your browser (Ctrl-C to stop)"
	$(BIN)/communique serve --db $(DEMO_DB) --host $(DEMO_HOST) --port $(DEMO_PORT)

## Run the test suite (pytest exit 5, "no tests collected", is not a failure of the suite).
test: $(STAMP)
	$(BIN)/python -m pytest -q -rs $(PYTEST_ARGS); rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check communique tests bench build_support setup.py
	$(BIN)/ruff format --check communique tests bench build_support setup.py
	$(BIN)/mypy communique

## The compiled build (mypyc; see build_support/compiled.py): a wheel of the hot modules compiled, installed
## into build/compiled, never into the tree. Recompiles only when a compiled module or build file changed;
## the pure files are copied from the tree each time. PYTHONPATH=build/compiled runs it.
COMPILED := build/compiled

compiled: $(STAMP)
	$(BIN)/python build_support/compiled.py build

## The benchmarks measure the compiled build (bench/code.py prints which build it measured).
bench: compiled
	for b in bench/*.py; do PYTHONPATH=$(COMPILED) $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
