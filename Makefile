# fordela: the two commands a fresh Debian machine with Swift needs.
#   make run   sets up and runs the main job on the embedded default data
#   make test  sets up and runs the whole test suite
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= out
DOCS ?= .build/docs
DOC_TARGETS := AllocationModel ScenarioFormat MonteCarlo

.PHONY: run test deps build lint format browser-check benchmark-check docs dist dist-check slurm-check
DIST ?= dist
DIST_SCRATCH ?= .build-dist

deps:
	@pkg-config --exists gsl 2>/dev/null || { \
	  echo "Installing GSL (libgsl-dev) and pkg-config..."; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q libgsl-dev pkg-config; }

build: deps
	$(SWIFT) build -c release --product fordela

# The main job: the official 2021 table, then the standard uncertainty workload (1 000 000 draws):
# its table on the terminal, its HTML report and summary CSV in out/. It runs the release build of
# `make dist` (dist/fordela, the binary the cluster scripts use), so that CI builds the release once.
run: dist
	@mkdir -p $(OUT)
	$(DIST)/fordela allocate --year 2021
	$(DIST)/fordela run scenarios/standard-uncertainty.yaml --report $(OUT)/standard-uncertainty.html \
	  --csv $(OUT)/standard-uncertainty.csv
	@echo "Report: $(OUT)/standard-uncertainty.html; summary: $(OUT)/standard-uncertainty.csv"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory browser-check

# Renders the report of the standard workload in headless Chromium, where Chromium is installed.
browser-check:
	@if command -v chromium >/dev/null 2>&1; then \
	  d=$$(mktemp -d) && \
	  .build/debug/fordela run scenarios/standard-uncertainty.yaml --draws 50000 --quiet --report $$d/report.html \
	    --output $$d/result.json && \
	  scripts/check-report-in-browser.sh $$d/report.html $$d/shots; \
	else echo "browser-check: skipped, chromium is not installed (apt-get install chromium)"; fi

lint:
	$(SWIFT) format lint --strict -r Package.swift Sources Tests

format:
	$(SWIFT) format -i -r Package.swift Sources Tests

# The DocC archives of the library products, one per target: $(DOCS)/<Target>.doccarchive.
# View one with: swift package --disable-sandbox preview-documentation --target AllocationModel
docs: deps
	@mkdir -p $(dir $(DOCS))
	$(SWIFT) package --disable-sandbox generate-documentation $(addprefix --target ,$(DOC_TARGETS)) \
	  --output-path $(DOCS)

# One self-contained executable for cluster nodes without Swift or GSL: the Swift runtime and Foundation
# linked statically (--static-swift-stdlib), and GSL from libgsl.a and libgslcblas.a: a pkg-config file of its
# own (scripts/dist/gsl.pc.in) puts first a folder that holds only those archives, so -lgsl finds no .so.
# Built in its own scratch path, so it never mixes with .build.
dist: deps
	@mkdir -p $(DIST_SCRATCH)/pkgconfig $(DIST_SCRATCH)/gsl-static $(DIST)
	@libdir=$$(pkg-config --variable=libdir gsl) && includedir=$$(pkg-config --variable=includedir gsl) && \
	  for lib in libgsl.a libgslcblas.a; do [ -f "$$libdir/$$lib" ] || { echo "dist: $$libdir/$$lib is missing"; exit 1; }; \
	    ln -sf "$$libdir/$$lib" $(DIST_SCRATCH)/gsl-static/$$lib; done && \
	  sed -e "s|@STATICDIR@|$(CURDIR)/$(DIST_SCRATCH)/gsl-static|g" -e "s|@INCLUDEDIR@|$$includedir|g" \
	    scripts/dist/gsl.pc.in > $(DIST_SCRATCH)/pkgconfig/gsl.pc
	@# Dependencies already fetched for .build are reused rather than fetched again.
	@if [ ! -d $(DIST_SCRATCH)/checkouts ] && [ -d .build/checkouts ]; then \
	  cp -r .build/checkouts .build/repositories .build/workspace-state.json $(DIST_SCRATCH)/ 2>/dev/null || true; fi
	PKG_CONFIG_PATH=$(CURDIR)/$(DIST_SCRATCH)/pkgconfig $(SWIFT) build -c release --product fordela \
	  --scratch-path $(DIST_SCRATCH) --static-swift-stdlib
	cp $(DIST_SCRATCH)/release/fordela $(DIST)/fordela.tmp && mv $(DIST)/fordela.tmp $(DIST)/fordela
	@echo "dist: $(DIST)/fordela"

# Checks the dist binary: no Swift or GSL library among its dynamic dependencies, and the standard
# workload runs with an empty environment.
dist-check: dist
	scripts/check-dist.sh $(DIST)/fordela

# Starts a single-node Slurm on this machine (root, slurm-wlm and munge), runs the standard workload as
# 4 shards through deploy/slurm/submit.sh and checks the merge against one process.
slurm-check: dist
	FORDELA=$(DIST)/fordela scripts/check-slurm.sh
