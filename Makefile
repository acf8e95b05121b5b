# Quick start:  make demo   (install into .venv, ingest the examples, print a summary)
#               make test   (install into .venv, run the test suite)
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DB ?= demo.duckdb

.PHONY: install demo test lint model clean

$(BIN)/lagebild: pyproject.toml constraints.txt
	@command -v $(PY) >/dev/null 2>&1 || { echo "needs $(PY)"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[dev]"
	touch $(BIN)/lagebild

install: $(BIN)/lagebild

demo: install
	rm -f $(DB)
	$(BIN)/lagebild ingest examples/ $(if $(wildcard $(SHARED)/seed/article.txt),$(SHARED)/seed/article.txt) $(if $(wildcard $(SHARED)/data/news-dev/html),$(SHARED)/data/news-dev/html) --db $(DB)
	$(BIN)/lagebild stats --db $(DB)

test: install
	$(BIN)/ruff check src tests bench training
	$(BIN)/mypy
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check src tests bench training
	$(BIN)/ruff format --check src tests bench training
	$(BIN)/mypy

clean:
	rm -rf $(VENV) *.duckdb .pytest_cache .mypy_cache .ruff_cache

# Rebuild the shipped spaCy pipeline from ../shared/data (fixed seeds; about 40 min on 2 cores).
model: install
	$(BIN)/python training/train.py --shared $(SHARED)
