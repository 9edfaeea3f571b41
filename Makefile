# Tend — build, demo, test and benchmark. Every target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm pkg-config time valgrind
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release demo test bench clean

all: build

# Debian packages: libcmark-gfm (+ extensions) for parsing, cmark-gfm as the benchmark reference.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The main job on the bundled handbook: lint it, then the freshness report per owner.
demo: build
	$(SWIFT) run tend lint vault
	$(SWIFT) run tend report vault

test: deps
	$(SWIFT) test

# Figures, not pass/fail: Tend vs cmark-gfm on a generated 10,000-note vault.
bench: release
	Benchmarks/run.sh

clean:
	rm -rf .build
