# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# The suite runs on two processes (pytest-xdist); `make test PYTEST_WORKERS=0` runs it in one. Not `--dist worksteal`:
# a stolen test can run after a transactional one, whose flush removed what migrations made (Wagtail's root page).
PYTEST_WORKERS ?= 2

.PHONY: run test setup install messages makemessages migrate demo lint format bench clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@

# Digital Bazaar's VC verifier, which tests/certificates/test_vc_interop.py runs (exact versions in the lock file).
tests/interop/node_modules/.installed: tests/interop/package.json tests/interop/package-lock.json
	npm ci --prefix tests/interop --no-audit --no-fund
	@touch $@

install: $(VENV)/.installed messages tests/interop/node_modules/.installed

## Compile the committed gettext catalogues (locale/*/LC_MESSAGES/*.po) to .mo, in Python: no GNU gettext needed.
messages: $(VENV)/.installed
	@$(PY) bin/compile_messages.py

## Refresh the catalogues from the code and templates (needs GNU gettext's xgettext): then translate the new entries.
makemessages: $(VENV)/.installed
	$(PY) manage.py makemessages -l fr -l es -l ar --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

demo: migrate
	$(PY) manage.py load_framework ictcft-v3
	$(PY) manage.py load_demo

setup: demo

## Set up everything on SQLite with demo content, then serve http://$(HOST):$(PORT) with the task worker.
run: setup
	@HOST=$(HOST) PORT=$(PORT) PY=$(PY) bash bin/serve

## Run the whole test suite (creates .venv if needed).
test: install
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Every benchmark script (the served_* modules are what two of them serve, not benchmarks).
bench: install
	@for b in $$(grep -l '^if __name__ == "__main__":' bench/*.py); do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) staticfiles .test-media .test-keys
	find locale -name '*.mo' -delete
