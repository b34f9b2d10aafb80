# fordela: the two commands a fresh Debian machine with Swift needs.
#   make run   sets up and runs the main job on the embedded default data
#   make test  sets up and runs the whole test suite
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build lint format

deps:
	@pkg-config --exists gsl 2>/dev/null || { \
	  echo "Installing GSL (libgsl-dev) and pkg-config..."; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q libgsl-dev pkg-config; }

build: deps
	$(SWIFT) build -c release --product fordela

run: build
	.build/release/fordela allocate --year 2021

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict -r Package.swift Sources Tests

format:
	$(SWIFT) format -i -r Package.swift Sources Tests
