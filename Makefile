# quizapp: `make run` sets up and serves the seed article's quiz; `make test` sets up and runs the tests.
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
	$(BIN)/quizapp add-article $(SEED)
	@echo "quizapp is at http://127.0.0.1:5000/ (Ctrl-C stops it)"
	$(BIN)/quizapp run --host 127.0.0.1 --port 5000

lint: setup
	$(BIN)/ruff check quizapp tests benchmarks

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/bench_generate.py
	$(BIN)/python benchmarks/bench_serving.py
	$(BIN)/python benchmarks/bench_export.py
	$(BIN)/python -m benchmarks.load_test

clean:
	rm -rf $(VENV) build *.egg-info
