# One task runner: the same commands a person and CI run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INDEX  ?= index

.PHONY: demo serve test lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

## demo: index the bundled sample issue and run sample queries
demo: $(STAMP)
	$(BIN)/searcher --index $(INDEX) index corpus/ --rebuild
	$(BIN)/searcher --index $(INDEX) search 疫情防控 --limit 3
	$(BIN)/searcher --index $(INDEX) search '"补充医疗保险"'
	$(BIN)/searcher --index $(INDEX) search 'people:汪黎云' --sort -date --limit 3
	$(BIN)/searcher --index $(INDEX) stats

## serve: the search page and JSON API on http://127.0.0.1:8000/ (after `make demo`)
serve: $(STAMP)
	$(BIN)/searcher --index $(INDEX) serve

## test: lint and run the test suite
test: $(STAMP) lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check searcher tests bench
	$(BIN)/ruff format --check searcher tests bench

## bench: speed, search quality and people extraction against the textbook recipe / baselines
## (needs ../shared/corpora for real text; bench.py falls back to synthetic text)
bench: $(STAMP)
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/people_eval.py
	$(BIN)/python bench/split_eval.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
