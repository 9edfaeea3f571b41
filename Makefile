# Tend — build, demo, test and benchmark. Every target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev cmark-gfm time valgrind
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release demo test bench clean templates

all: build

# Debian packages: libcmark-gfm (+ extensions) for parsing, mimalloc as tend's allocator,
# cmark-gfm as the benchmark reference.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build

# Release binaries carry the Swift runtime and Foundation (`--static-swift-stdlib`, Linux):
# the runtime's retain and release, called millions of times a build, are then direct calls
# instead of calls into a shared library (a 10,000-note build took 5-8% less time in
# alternating runs), and a copy of the binary needs no Swift libraries (mimalloc's still).
# Built per product: the test-support target imports Testing, which has no static build.
STATIC_STDLIB := $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib)
release: deps
	$(SWIFT) build -c release $(STATIC_STDLIB) --product tend
	$(SWIFT) build -c release $(STATIC_STDLIB) --product tend-bench

# The main job on the bundled handbook: lint it, then build its website into _site/.
demo: build
	$(SWIFT) run tend lint vault
	$(SWIFT) run tend build vault --out _site

# Unit, snapshot and fixture tests, the built handbook driven in headless Chromium, and
# `tend serve` end to end.
test: deps
	$(SWIFT) test
	$(MAKE) browser-test
	$(MAKE) serve-test

# Figures, not pass/fail: Tend vs cmark-gfm on a generated 10,000-note vault.
bench: release
	Benchmarks/run.sh

clean:
	rm -rf .build

# After editing site-templates/: compile them into Sources/TendSite/Builtin*.swift (templates, one file per asset).
templates: deps
	TEND_RECORD_SNAPSHOTS=1 $(SWIFT) test --filter BuiltinTemplatesTests

# The browser test and the site benchmark install what they need the same way as `deps`.
.PHONY: browser-deps browser-test bench-site bench-instructions

define apt-install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

# Headless Chromium and its driver (Debian), selenium 4 (pip).
browser-deps:
	$(call apt-install,chromium chromium-driver)
	@python3 -c 'import sys, selenium; sys.exit(selenium.__version__.split(".")[0] != "4")' 2>/dev/null || { \
		echo "Installing selenium (pip)"; python3 -m pip install --quiet 'selenium>=4,<5'; }

# Builds the handbook under /handbook/ and clicks through it in headless Chromium.
# Screenshots in Tests/Browser/artifacts/.
browser-test: build browser-deps
	python3 Tests/Browser/test_site.py "$$($(SWIFT) build --show-bin-path)/tend"

# Figures, not pass/fail: Tend's site vs Hugo's on the same generated 10,000 notes.
bench-site: release
	$(call apt-install,hugo time)
	Benchmarks/site.sh

# Figures, not pass/fail: instructions executed (callgrind) by tend lint and tend build on a
# generated 1,000-note vault, next to cmark-gfm's; repeatable where wall time is noisy.
bench-instructions: release
	Benchmarks/instructions.sh

# `tend serve` end to end: pages, 404, traversal attempts, live reload over SSE, SIGTERM.
.PHONY: serve-test bench-serve
serve-test: build
	python3 Tests/Serve/test_serve.py "$$($(SWIFT) build --show-bin-path)/tend"

# Figures, not pass/fail: `tend serve` on a generated 10,000-note vault: edit → reload latency, wrk load.
bench-serve: release
	$(call apt-install,wrk curl)
	Benchmarks/serve.sh
