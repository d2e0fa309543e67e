# Instroomwijzer Kinderopvang: `make run` serves the portal, `make test` proves it works.
# Run `make help` for every target.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Reinstall only when a pinned requirement changes, not on every edit of pyproject.toml.
STAMP := $(VENV)/.installed-$(shell grep '==' pyproject.toml | cksum | cut -d' ' -f1)

# A local run is a development run: DEBUG on, no secret needed, plain HTTP.
RUN_ENV := DJANGO_DEBUG=$${DJANGO_DEBUG:-true}
# Tests run with production-like settings (DEBUG off); conftest.py relaxes what HTTP tests need.
TEST_ENV := DJANGO_DEBUG=false DJANGO_SECRET_KEY=test-only-secret-key DJANGO_ALLOW_ASYNC_UNSAFE=true

.PHONY: help
help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# The packages are installed by uv (this version, put into .venv by the Python's own pip, or by
# pip from ensurepip where the Python has none): it installs and compiles them in a few seconds,
# where pip took twenty on a fresh clone.
UV_VERSION := 0.13.9

$(STAMP): pyproject.toml
	@python=$$(scripts/find-python.sh); \
	  if [ ! -x $(PY) ]; then \
	    echo "Creating $(VENV) with $$python"; "$$python" -m venv --without-pip $(VENV); \
	  fi; \
	  if ! $(VENV)/bin/uv --version 2>/dev/null | grep -qF " $(UV_VERSION)"; then \
	    "$$python" -m pip --python $(PY) install -q uv==$(UV_VERSION) \
	      || { $(PY) -m ensurepip >/dev/null && $(PY) -m pip install -q uv==$(UV_VERSION); }; \
	  fi
	$(PY) scripts/requirements.py test \
	  | $(VENV)/bin/uv pip install -q --compile-bytecode --python $(PY) -r /dev/stdin
	@rm -f $(VENV)/.installed-*; touch $@

.PHONY: install
install: $(STAMP)  ## Create .venv and install the pinned packages (only when pyproject.toml changed)

.PHONY: data
data: $(STAMP)  ## Migrate the database and load geography and content (idempotent)
	$(RUN_ENV) $(PY) manage.py migrate --noinput
	$(RUN_ENV) $(PY) manage.py load_geography
	$(RUN_ENV) $(PY) manage.py load_content

.PHONY: run
run: data  ## Set up and serve the portal on SQLite at http://127.0.0.1:$(PORT)
	$(RUN_ENV) $(PY) manage.py collectstatic --noinput -v 0
	@echo ""
	@echo "  Instroomwijzer Kinderopvang: http://127.0.0.1:$(PORT)/"
	@echo "  Beheer (maak eerst een account: make superuser): http://127.0.0.1:$(PORT)/admin/"
	@echo ""
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

.PHONY: superuser
superuser: $(STAMP)  ## Create an operator account for the back office
	$(RUN_ENV) $(PY) manage.py createsuperuser

.PHONY: lint
lint: $(STAMP)  ## ruff format --check and ruff check
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

# CI starts from nothing on every run. A developer's run keeps its PostgreSQL cluster in .pgdata/
# and its test databases in it (pytest --reuse-db applies only new migrations); `make clean`
# removes them.
ifeq ($(CI),true)
PG_KEEP :=
DB_REUSE := --create-db
else
PG_KEEP := .pgdata
DB_REUSE := --reuse-db
endif
# The whole suite runs in one process per core (pytest-xdist), each on a test database of its own
# with a live server and a Chromium of its own for the browser tests; a process that runs out of
# tests takes over some of another's (worksteal), so a long journey at the end does not leave a
# core idle. While the processes start, the controlling one collects the static files and, on a
# new database, migrates one that each process copies (tests/preparation.py); the migrations'
# and Django's own checks are tests (tests/test_migrations.py).
WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
PYTEST := $(PY) -m pytest $(DB_REUSE) -q --durations=25

.PHONY: test
test: $(STAMP)  ## Whole suite on PostgreSQL with the browser tests (installs what is missing)
	@deps=$$(scripts/system-deps.sh) || exit 1; \
	  eval "$$(echo "$$deps" | grep -E '^(PG_BINDIR|CHROMIUM_PATH)=' | sed 's/^/export /')"; \
	  $(MAKE) --no-print-directory lint; \
	  $(TEST_ENV) CHROMIUM_PATH="$$CHROMIUM_PATH" PG_BINDIR="$$PG_BINDIR" PG_KEEP_DIR="$(PG_KEEP)" \
	  scripts/with-postgres.sh $(MAKE) --no-print-directory _test-postgres

.PHONY: _test-postgres
_test-postgres:
	$(PYTEST) -n $(WORKERS) --dist worksteal

.PHONY: test-fast
test-fast: $(STAMP)  ## Quick loop: SQLite, no browser, one process per core
	$(TEST_ENV) $(PY) -m pytest -q -n $(WORKERS) -m "not browser and not servers"

.PHONY: clean
clean:  ## Remove the virtualenv, the databases and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles .pgdata

# Bench targets: the system packages (as `make test` installs them) and a throwaway PostgreSQL;
# append the command to run against it.
WITH_POSTGRES = deps=$$(scripts/system-deps.sh) || exit 1; \
  eval "$$(echo "$$deps" | grep -E '^(PG_BINDIR|CHROMIUM_PATH)=' | sed 's/^/export /')"; \
  PG_BINDIR="$$PG_BINDIR" scripts/with-postgres.sh

.PHONY: wrk
wrk:  # the load generator of the bench targets, through apt where possible
	@if ! command -v wrk >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing wrk through apt..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
	      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }; \
	  else \
	    echo "This target needs wrk: install it (Debian/Ubuntu: sudo apt-get install wrk)." >&2; exit 1; \
	  fi; \
	fi

.PHONY: bench
bench: $(STAMP) wrk  ## Benchmark search and provider pages against /healthz on PostgreSQL (bench/results/)
	@$(WITH_POSTGRES) sh -c '$(PY) bench/fill.py && $(PY) bench/run.py'

.PHONY: bench-caches
bench-caches: $(STAMP)  ## What each cache buys, each off in turn (bench/results/caches.md; CACHES="--only rows")
	@$(WITH_POSTGRES) sh -c '$(PY) bench/fill.py && $(PY) bench/caches.py $(CACHES)'

.PHONY: faults
faults: $(STAMP) wrk  ## Load, a PostgreSQL restart and an outage under gunicorn: status counts per phase (bench/results/)
	@$(WITH_POSTGRES) sh -c '$(PY) bench/fill.py && $(PY) bench/faults.py'

.PHONY: bench-import
bench-import: $(STAMP)  ## Time the preview and import of a 4,000-row school list on PostgreSQL
	@$(WITH_POSTGRES) $(PY) bench/import_schools.py
