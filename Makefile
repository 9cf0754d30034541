# quizapp: `make run` sets up and serves the seed article's quiz (with the job worker for uploads); `make test` sets up and runs the tests.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := seeds/putin-kim-aurus.txt
DEMO_TEACHER := teacher@quizapp.example
# axe-core, the accessibility checker the browser tests run inside each page (from npm, git-ignored)
AXE_VERSION := 4.14.1
AXE := .axe/node_modules/axe-core/axe.min.js

.PHONY: setup run test lint bench clean axe

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

$(AXE):
	npm install --prefix .axe --no-save --no-audit --no-fund --loglevel=error axe-core@$(AXE_VERSION)

axe: $(AXE)

run: setup
	$(BIN)/quizapp demo-teacher --email $(DEMO_TEACHER)
	$(BIN)/quizapp add-article --teacher $(DEMO_TEACHER) $(SEED)
	@echo "quizapp is at http://127.0.0.1:5000/ (Ctrl-C stops it); teachers sign in at http://127.0.0.1:5000/teach/login"
	@# the job worker reads uploads and generates their items; it stops with the web server
	$(BIN)/quizapp worker & worker=$$!; trap 'kill -INT $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(BIN)/quizapp run --host 127.0.0.1 --port 5000

lint: setup
	$(BIN)/ruff check quizapp tests benchmarks tools

test: lint $(AXE)
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/bench_generate.py
	$(BIN)/python benchmarks/bench_serving.py
	$(BIN)/python benchmarks/bench_export.py
	$(BIN)/python -m benchmarks.bench_upload
	$(BIN)/python -m benchmarks.load_test

clean:
	rm -rf $(VENV) .axe build *.egg-info
