# publish — two commands do everything on a fresh machine:
#   make site   installs what is missing, builds, and renders the notices in content/ to site/
#   make test   installs what is missing, builds, and runs every test
SHELL := /bin/bash
SWIFT ?= swift
CONTENT ?= content
SITE ?= site
CONFIG ?= debug

.PHONY: site test test-asan deps build release templates docs bench mutate clean

# SwiftPM and the compilers keep caches under $$HOME and fail when it is missing or read-only: then
# they get a home folder of their own in .build/.
ifneq ($(shell test -n "$$HOME" && test -d "$$HOME" && test -w "$$HOME" && echo writable),writable)
export HOME := $(CURDIR)/.build/home
$(shell mkdir -p "$(HOME)")
endif

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build -c $(CONFIG)

release: deps
	$(SWIFT) build -c release

# The main job: check content/ and build the public site into site/.
site: build
	@scripts/render-site "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/publish" "$(CONTENT)" "$(SITE)"

# Every test: the Swift Testing suites, then the site checks (Nu HTML Checker, Chromium at 320 and
# 375 px, printing to A4 PDF), the browser checks (axe-core, keyboard, search, pagination, the .txt),
# the Word checks (LibreOffice layout, python-docx, openxml-audit) and the Word import checks
# (documents made by LibreOffice and python-docx, imported). They read the English output whatever
# the machine's locale (PUBLISH_LANG=en).
test:
	@scripts/install-deps --checks
	$(SWIFT) build
	$(SWIFT) test
	PUBLISH_LANG=en Tests/SiteChecks/site-checks "$$($(SWIFT) build --show-bin-path)/publish"
	PUBLISH_LANG=en Tests/SiteChecks/browser-checks "$$($(SWIFT) build --show-bin-path)/publish"
	PUBLISH_LANG=en Tests/DocxChecks/docx-checks "$$($(SWIFT) build --show-bin-path)/publish"
	PUBLISH_LANG=en Tests/DocxImportChecks/docx-import-checks "$$($(SWIFT) build --show-bin-path)/publish"

templates:
	scripts/embed-templates

# Regenerates the rule table in docs/rules.md from the registry.
docs: build
	scripts/update-rule-table "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/publish"

# The test suite again under AddressSanitizer (its own build folder). Leak reports are off: Swift's
# lazily made globals look like leaks at exit; the suppression file covers an overlapping memcpy
# inside the (uninstrumented) Swift runtime only.
test-asan:
	@scripts/install-deps --checks
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS="detect_leaks=0:suppressions=$(CURDIR)/Tests/Sanitizers/asan-suppressions.txt" PUBLISH_CASE_TIME_LIMIT=120 \
	  $(SWIFT) test --sanitize=address --disable-xctest --skip-build --scratch-path .build-asan

# Plants each slip of scripts/mutations in turn and runs the tests; prints how many were caught.
mutate: deps
	scripts/mutate

# The benchmark of issues 6 and 14 (docs/performance.md): two corpora, NOTICES=2000 RUNS=3 by default.
NOTICES ?= 2000
RUNS ?= 3
bench: release
	@missing=""; for p in cmark-gfm hugo time; do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	 if [ -n "$$missing" ]; then sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; $$sudo apt-get install -y -qq $$missing >/dev/null; fi
	Benchmarks/run --notices $(NOTICES) --runs $(RUNS) --publish "$$($(SWIFT) build -c release --show-bin-path)/publish"

clean:
	rm -rf .build $(SITE)
