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

.PHONY: run test setup install system-packages messages makemessages migrate demo lint format bench clean backup restore

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@

# Ralph, the learning record store tests/xapi sends statements to (ADR 0178): a virtualenv of its own, because its
# FastAPI/Starlette pins are not the platform's. Exact versions in tests/support/ralph/requirements.txt.
RALPH_VENV := .venv-ralph
$(RALPH_VENV)/.installed: tests/support/ralph/requirements.txt
	@test -x $(RALPH_VENV)/bin/python || $(PYTHON) -m venv $(RALPH_VENV) || python3 -m venv $(RALPH_VENV)
	$(RALPH_VENV)/bin/pip install --quiet --upgrade pip
	$(RALPH_VENV)/bin/pip install --quiet -r tests/support/ralph/requirements.txt
	@touch $@

# Digital Bazaar's VC verifier, which tests/certificates/test_vc_interop.py runs (exact versions in the lock file).
tests/interop/node_modules/.installed: tests/interop/package.json tests/interop/package-lock.json
	npm ci --prefix tests/interop --no-audit --no-fund
	@touch $@

install: $(VENV)/.installed messages

## The Debian packages the tests need (chromium, fonts, poppler, NSS tools, gettext, Node): installed when run as
## root with apt-get, otherwise it stops and prints the one command to run.
system-packages:
	@PYTHON=$(PYTHON) bash bin/system-packages

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
test: system-packages install tests/interop/node_modules/.installed $(RALPH_VENV)/.installed
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

## Back up database, media and signing keys (sealed with BACKUP_PASSPHRASE, or asked for) into BACKUP_DIR.
backup: install
	$(PY) manage.py backup_site $(if $(DIR),--output $(DIR))

## Restore an archive into an empty site: make restore ARCHIVE=path/to/site-….tar (add REPLACE=1 to overwrite).
restore: install
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=path/to/site-….tar [REPLACE=1]" >&2; exit 2; }
	$(PY) manage.py restore_site "$(ARCHIVE)" $(if $(REPLACE),--replace)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Every benchmark script (the served_* modules are what two of them serve, not benchmarks).
bench: install
	@for b in $$(grep -l '^if __name__ == "__main__":' bench/*.py); do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) $(RALPH_VENV) staticfiles .test-media .test-keys
	find locale -name '*.mo' -delete
