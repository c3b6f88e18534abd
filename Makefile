# make serve | make test | make build | make outputs | make benchmarks | make lock
# (each sets up .venv on first use)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test lint build outputs benchmarks lock clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

serve: $(STAMP)  ## the site at http://127.0.0.1:8000 (zh at /, en at /en/)
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

test: lint  ## the whole suite: ruff first (under a second), then pytest
	$(PY) -m pytest

lint: $(STAMP)  ## ruff: lint and format check (rules in pyproject.toml); fix with ruff check --fix, ruff format
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

build: $(STAMP)  ## strict build into site/
	$(PY) -m mkdocs build --strict --site-dir site

outputs: $(STAMP)  ## rewrite every stored snippet output from what the snippet prints
	$(PY) -m harness regen

benchmarks: $(STAMP)  ## re-record the benchmark snippets (bench_*.py) at full size on this machine
	$(PY) -m harness regen --benchmarks

# requirements.txt is the lock, compiled from requirements.in by pip-tools (pinned there): pins
# already in the lock are kept unless requirements.in rules them out. Index and find-links
# options stay out of it (they are this machine's pip configuration); setuptools is pinned like
# any package (torch needs it), pip is left to the venv. The CPU build of torch
# resolves as 2.13.0+cpu, a local label no index but PyTorch's serves: the lock names the public
# version, 2.13.0, which pip matches to that build (find-links here, the CPU index in CI).
# LOCK_ARGS="--upgrade-package <name>" moves a pin that only the lock names.
lock: $(STAMP)  ## recompile requirements.txt from requirements.in
	CUSTOM_COMPILE_COMMAND="make lock" $(PY) -m piptools compile --quiet --strip-extras \
		--no-emit-index-url --no-emit-find-links --unsafe-package pip \
		--output-file requirements.txt $(LOCK_ARGS) requirements.in
	sed -i -E 's/^([A-Za-z0-9._-]+==[^+[:space:]]+)\+[^[:space:]]+/\1/' requirements.txt

clean:
	rm -rf site .venv .cache
