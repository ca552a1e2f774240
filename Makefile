# publish — two commands do everything on a fresh machine:
#   make site   installs what is missing, builds, and renders the notices in content/ to site/
#   make test   installs what is missing, builds, and runs every test
SHELL := /bin/bash
SWIFT ?= swift
CONTENT ?= content
SITE ?= site
CONFIG ?= debug

.PHONY: site test deps build release templates readme clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build -c $(CONFIG)

release: deps
	$(SWIFT) build -c release

# Until `publish build` exists, the main job renders each notice to text, HTML and JSON.
site: build
	@scripts/render-site "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/publish" "$(CONTENT)" "$(SITE)"

test: deps
	$(SWIFT) test

templates:
	scripts/embed-templates

# Regenerates the rule table in README.md from the registry.
readme: build
	scripts/update-readme-rules "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/publish"

clean:
	rm -rf .build $(SITE)
