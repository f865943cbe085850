# llmstream: the two commands of the README, and the steps they are made of.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LLMSTREAM := $(BIN)/llmstream
# A real provider when its key is set; the simulated provider otherwise.
CONFIG ?= $(if $(OPENAI_API_KEY),examples/openai.llmstream.yaml,$(if $(ANTHROPIC_API_KEY),examples/anthropic.llmstream.yaml,llmstream.yaml))

.PHONY: demo test install system-deps browser guard-cache dashboards up down status lint typecheck bench clean

demo: install ## bring the local stack up, run a sample workload, print answers and analytics
	$(LLMSTREAM) up --config $(CONFIG)
	$(LLMSTREAM) demo --config $(CONFIG)

test: install ## the whole suite (starts the services it needs, stops them after)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q -p no:cacheprovider

install: $(VENV)/.installed system-deps browser guard-cache

# The guard's pattern databases, compiled once per machine into ~/.cache/llmstream, so the
# workers that start next load them instead of each compiling them (seconds each).
guard-cache: $(VENV)/.installed
	$(BIN)/python -c "from llmstream.guard import warm_up; warm_up()"

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# Java and Maven run the Kafka broker; redis-server is installed by `llmstream up` itself.
system-deps:
	@command -v java >/dev/null && command -v mvn >/dev/null || { \
	  echo "installing Java and Maven (Debian packages)"; \
	  apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null; }

# Headless Chromium (Debian package) renders the HTML report in its test.
browser:
	@scripts/install-chromium.sh

# Regenerate Grafana dashboards and alert rules after changing dashboards/panels.py.
dashboards: install
	$(BIN)/python -m llmstream.dashboards.build

up: install
	$(LLMSTREAM) up --config $(CONFIG)

down:
	$(LLMSTREAM) down --config $(CONFIG)

status:
	$(LLMSTREAM) status --config $(CONFIG)

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/pipeline_overhead.py

clean: down
	rm -rf .llmstream
