# quizapp: `make run` sets up and runs on the seed article; `make test` sets up and runs the tests.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := seeds/putin-kim-aurus.txt

.PHONY: setup run test lint bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/quizapp generate --pretty $(SEED)

lint: setup
	$(BIN)/ruff check quizapp tests benchmarks

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/bench_generate.py

clean:
	rm -rf $(VENV) build *.egg-info
