# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test test-fast bench lock clean-warehouse sql

# The venv is rebuilt when the pinned versions or the project metadata change.
$(BIN)/pantau: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(BIN)/pantau

run: $(BIN)/pantau
	$(BIN)/pantau run

# Two test processes (pytest-xdist): much of the suite waits on servers and subprocesses.
test: $(BIN)/pantau
	$(BIN)/python -m pytest -n 2

# Extraction, number, checks and paraphrase tests only: pure functions, no Prefect server.
FAST_TESTS = $(wildcard tests/test_extract*.py tests/test_numbers*.py tests/test_checks*.py tests/test_paraphrase*.py)
test-fast: $(BIN)/pantau
	$(BIN)/python -m pytest $(FAST_TESTS)

# Quick sizes by default (a few minutes); `make bench BENCH_ARGS="--sizes 200,2000,20000"` for the full set.
BENCH_ARGS ?=
bench: $(BIN)/pantau
	$(BIN)/python bench/run_bench.py $(BENCH_ARGS)

lock: $(BIN)/pantau
	$(BIN)/python -m pip freeze --exclude-editable | sed '1i # Exact versions installed by `make` (pip freeze of a working .venv). Regenerate with `make lock`.' > requirements.lock

# The DuckDB shell (duckdb-cli, pinned in requirements.lock) on the default warehouse, read-only,
# so a scheduled run can still write between sessions. WAREHOUSE=path for another file.
WAREHOUSE ?= $(or $(PANTAU_WAREHOUSE),data/warehouse/pantau.duckdb)
sql: $(BIN)/pantau
	@test -f "$(WAREHOUSE)" || { echo "make sql: no warehouse at $(WAREHOUSE); run 'make run' first" >&2; exit 2; }
	$(BIN)/duckdb -readonly "$(WAREHOUSE)"

clean-warehouse:
	rm -f data/warehouse/pantau.duckdb data/warehouse/pantau.duckdb.wal
