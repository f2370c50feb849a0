# livechat-webhooks: build and test the Rust core, its WebAssembly package and the playground.
#
#   make             the quick loop (make check): fmt, clippy, native tests, the package's Node tests
#   make tools       install what is missing (scripts/ensure-tools.sh; fast when all is there)
#   make build       release wasm package in pkg/ (wasm-pack, then scripts/assemble-pkg.mjs)
#   make test        every check, in order, stopping at the first failure (what CI runs)
#   make playground  build the playground and serve it on 127.0.0.1 (prints the URL)
#   make bench       release build, then the benchmarks (bench/run.sh)
#   make fuzz        every cargo-fuzz target for FUZZ_SECONDS each (default 60; scripts/fuzz.sh)
#   make clean       remove build output (keeps node_modules; `make distclean` removes it too)
#
# Toolchain facts and the traps behind several choices here: /work/shared/TOOLCHAIN.md.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := check
# Stages share target/ and pkg/; running them side by side would only make them wait or clash.
.NOTPARALLEL:

# node_modules/.bin comes first so wasm-pack runs npm binaryen's wasm-opt (132), never Debian's
# binaryen 108, whose output fails to load (trap 5). ~/.cargo/bin holds wasm-pack,
# wasm-bindgen and geckodriver, which a fresh CI shell may not have on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# Runs one stage and prints a one-line summary of it (and of the whole run on failure).
STAGE := scripts/stage.sh

WASM_PACK_BUILD := wasm-pack build --release --target web --out-dir pkg \
	--out-name livechat_webhooks -- --features wasm
# Turns wasm-pack's pkg/ into the published package (entry points per runtime, package.json).
ASSEMBLE_PKG := node scripts/assemble-pkg.mjs

.PHONY: tools build check test playground bench fuzz clean distclean

tools:
	scripts/ensure-tools.sh

build: tools
	$(WASM_PACK_BUILD)
	$(ASSEMBLE_PKG)

# The quick loop while working: what most changes break, in a few minutes on a machine that has
# the tools (no browsers, no runtimes, no bundlers, no wasm-in-browser runs). `make test` before
# committing.
check: tools
	@rm -f target/test-summary.txt
	$(STAGE) fmt                 cargo fmt --check
	$(STAGE) clippy              cargo clippy --workspace --all-targets --features schema -- -D warnings
	$(STAGE) cargo-test          cargo test --workspace --features schema
	$(STAGE) build-wasm-pack     $(WASM_PACK_BUILD)
	$(STAGE) build-assemble-pkg  $(ASSEMBLE_PKG)
	$(STAGE) js-typecheck        tsc -p js
	$(STAGE) node-tests          scripts/node-test.sh tests/node/
	@echo
	@echo "--- make check: all stages passed (make test runs everything)"
	@cat target/test-summary.txt

# Cheap checks first, then native tests, then the wasm suite in all three engines, then the
# release package as users get it. The three wasm runs go through scripts/wasm-test.sh, which
# fails when an engine ran zero tests: browsers skip Node-only tests silently (trap 6).
# scripts/node-test.sh likewise fails when `node --test` found no test file (it exits 0 then).
# No `cargo test -q` anywhere: the wasm test runner rejects --quiet (trap 9).
test: tools
	@rm -f target/test-summary.txt
	$(STAGE) fmt                 cargo fmt --check
	$(STAGE) clippy              cargo clippy --workspace --all-targets -- -D warnings
	$(STAGE) clippy-schema       cargo clippy --workspace --all-targets --features schema -- -D warnings
	$(STAGE) clippy-wasm32       cargo clippy --lib --target wasm32-unknown-unknown --features wasm -- -D warnings
	# --nocapture so that the conformance tests' note shows when ../shared/fixtures is absent.
	$(STAGE) cargo-test          cargo test --workspace --features schema -- --nocapture
	$(STAGE) wasm-test-node      scripts/wasm-test.sh node
	$(STAGE) wasm-test-chrome    scripts/wasm-test.sh chrome
	$(STAGE) wasm-test-firefox   scripts/wasm-test.sh firefox
	$(STAGE) build-wasm-pack     $(WASM_PACK_BUILD)
	$(STAGE) build-assemble-pkg  $(ASSEMBLE_PKG)
	# tsc --strict over js/*.ts, with the glue's .d.ts and the constants assemble-pkg generated.
	$(STAGE) js-typecheck        tsc -p js
	# Prints the .wasm and each runtime's JS (raw, gzip); fails above 100 KB / 20 KB gzip.
	$(STAGE) size-budget         node scripts/size-budget.mjs
	$(STAGE) node-tests          scripts/node-test.sh tests/node/
	# The packed tarball, installed, in Node ESM/CJS, Deno, Bun, workerd, Edge VM and Chromium.
	$(STAGE) runtimes            node tests/runtimes/run.mjs
	# The tarball bundled by esbuild, webpack, Rollup and Vite: no top-level await, decodes at once.
	$(STAGE) bundlers            node tests/bundlers/run.mjs
	# The tarball in the real frameworks, each from its README recipe: Node http, Express 5,
	# Fastify 5, Hono, Next.js (Turbopack and webpack builds, node and edge runtimes), a Worker
	# and Hono on Workers in workerd.
	$(STAGE) frameworks          node tests/frameworks/run.mjs
	$(STAGE) types               node tests/types/run.mjs
	$(STAGE) www-build           node www/build.mjs
	$(STAGE) www-e2e             node tests/www/e2e.mjs
	@echo
	@echo "--- make test: all stages passed"
	@cat target/test-summary.txt

playground: build
	node www/build.mjs
	node www/serve.mjs

bench: build
	bash bench/run.sh

FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

clean:
	cargo clean
	rm -rf pkg www/dist

distclean: clean
	rm -rf node_modules
