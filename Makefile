# Storyline: `make demo` and `make test` work on a fresh machine (they set up first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
EVAL := $(SHARED)/eval

.PHONY: setup demo test eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/storyline ingest examples/seeds --db storyline.db
	$(BIN)/storyline articles --db storyline.db
	@# the briefing of the seeds' story (the largest story of the store), then how to see it all
	$(BIN)/storyline brief "$$($(BIN)/python -c 'import storyline; print(storyline.open("storyline.db").stories()[0].id)')" --db storyline.db
	@echo "Web UI: $(BIN)/storyline serve --db storyline.db   (then open http://127.0.0.1:8000/)"

# The store tests also run against PostgreSQL when the machine has it (scripts/test-postgres
# starts it and prints the URL of a test database); otherwise they say they were skipped.
test: setup
	STORYLINE_TEST_PG="$$(scripts/test-postgres)" $(BIN)/python -m pytest -q -rs

eval: setup
	$(BIN)/storyline eval html $(EVAL)/wcxb-articles-dev --floors bench/floors.json
	$(BIN)/storyline eval conll $(EVAL)/conll2003/eng.testa --floors bench/floors.json
	$(BIN)/storyline eval timeml $(EVAL)/tempeval3/TBAQ-cleaned --floors bench/floors.json
	$(BIN)/storyline eval quantities $(SHARED)/gold/seed-quantities.jsonl examples/seeds
	$(BIN)/storyline eval quotes $(SHARED)/gold/seed-quotes.jsonl --seeds examples/seeds --floors bench/floors.json
	$(BIN)/storyline eval polnear $(EVAL)/polnear/dev.jsonl --floors bench/floors.json
	$(BIN)/storyline eval polnear $(EVAL)/polnear/train.jsonl --floors bench/floors.json
	$(BIN)/storyline eval stories $(EVAL)/ecbplus/dev.jsonl --floors bench/floors.json
	$(BIN)/storyline eval stance $(EVAL)/fnc1/train_bodies.csv $(EVAL)/fnc1/train_stances.csv --floors bench/floors.json

bench: setup
	$(BIN)/python bench/bench_ingest.py $(EVAL)/news-corpus/news_corpus.jsonl
	$(BIN)/python bench/bench_compare.py $(EVAL)/news-corpus/news_corpus.jsonl
	$(BIN)/python bench/bench_scale.py $(EVAL)/news-corpus/news_corpus.jsonl --limit 0
	$(BIN)/python bench/bench_web.py $(EVAL)/news-corpus/news_corpus.jsonl
	$(BIN)/python bench/bench_stories.py $(EVAL)/news-corpus/news_corpus.jsonl

clean:
	rm -rf $(VENV) storyline.db storyline.db-wal storyline.db-shm .pytest_cache
