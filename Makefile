# One task runner: the same commands a person and CI run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INDEX  ?= index

.PHONY: demo test lint bench clean

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

## test: lint and run the test suite
test: $(STAMP) lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check searcher tests bench
	$(BIN)/ruff format --check searcher tests bench

## bench: people extraction against the People's Daily 1998 development corpus, if present
bench: $(STAMP)
	$(BIN)/python bench/people_eval.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
