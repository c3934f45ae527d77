# Every target builds its own virtual environment first: `make test` on a fresh clone just works.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
STAMP := $(VENV)/.installed-dev

.PHONY: test test-soak test-scaleout-repeat lint typecheck demo bench docs emulator clean apigen

# The package with the redis extra: enough for the demo.
$(BASE): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[redis]'
	touch $(BASE)

# Everything the tests and benchmarks need.
$(STAMP): $(BASE)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

## The README's test command: lint, type-check, then the whole suite (soak variants excluded).
test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -m "not soak"

## Long reliability variants (CI runs them too).
test-soak: $(STAMP)
	$(BIN)/python -m pytest -m soak

## tests/scaleout twice more (CI): with `make test`'s run, three runs in a row, none rerun.
test-scaleout-repeat: $(STAMP)
	for run in 2 3; do \
	  echo "tests/scaleout: run $$run of 3"; \
	  $(BIN)/python -m pytest -p no:cacheprovider -q tests/scaleout || exit 1; \
	done

lint: $(STAMP)
	$(BIN)/ruff check wixvisitor tests benchmarks examples tools
	$(BIN)/ruff format --check wixvisitor tests benchmarks examples tools

typecheck: $(STAMP)
	$(BIN)/mypy

## The main job: the visitor story against the embedded emulator.
demo: $(BASE)
	$(BIN)/wixvisitor demo

## wrk loads the integration apps and valgrind counts their instructions; installed from
## Debian's packages when missing (without them those figures say "not measured").
bench: $(STAMP)
	@for tool in wrk valgrind; do \
	  command -v $$tool >/dev/null 2>&1 || { \
	    command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$tool >/dev/null; } \
	    || echo "bench: $$tool is missing and could not be installed"; }; \
	done
	$(BIN)/python -m benchmarks
	$(BIN)/python -m benchmarks.charts

## The documentation site, into site/; --strict: a broken link or reference fails the build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## The official JS packages pinned in tests/js (the generator's source and the JS tests').
tests/js/node_modules/.package-lock.json: tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund --loglevel=error

## Regenerate wixvisitor/modules/<package>/ and docs/modules.md from those packages.
apigen: $(STAMP) tests/js/node_modules/.package-lock.json
	$(BIN)/python tools/apigen/generate.py

emulator: $(BASE)
	$(BIN)/wixvisitor emulator --port 8080

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site
