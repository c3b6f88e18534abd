# make serve | make test | make build | make outputs | make benchmarks   (each sets up .venv on first use)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build outputs benchmarks clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

serve: $(STAMP)  ## the site at http://127.0.0.1:8000 (zh at /, en at /en/)
	$(PY) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

test: $(STAMP)  ## the whole suite
	$(PY) -m pytest

build: $(STAMP)  ## strict build into site/
	$(PY) -m mkdocs build --strict --site-dir site

outputs: $(STAMP)  ## rewrite every stored snippet output from what the snippet prints
	$(PY) -m harness regen

benchmarks: $(STAMP)  ## re-record the benchmark snippets (bench_*.py) at full size on this machine
	$(PY) -m harness regen --benchmarks

clean:
	rm -rf site .venv
