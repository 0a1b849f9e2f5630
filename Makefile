# wenxi — every entry point the project uses. `make serve` and `make test`
# install what they need first (scripts/setup.sh is quick when all is there).
.PHONY: setup build dist serve test test-rust test-page bench eval fuzz lint clean

setup:
	@bash scripts/setup.sh

build: setup
	cargo build --release

# The static page in dist/ (wasm + JS + the sample corpus).
dist: setup
	bash scripts/build-page.sh

# Build the page and serve it on localhost (prints the URL).
serve: setup
	bash scripts/serve.sh

# Every test: format, lints, licences, Rust unit/integration/doc tests,
# wasm boundary tests (Node + headless Chromium), browser end-to-end tests.
test: setup
	bash scripts/test.sh

test-rust: setup
	bash scripts/test.sh --rust-only

bench: setup
	bash scripts/bench.sh

# Accuracy on the evaluation sets in ../shared/eval, as name=value lines.
eval: setup
	bash scripts/eval.sh

# The cargo-fuzz target over the whole pipeline (README, "Limits");
# FUZZ_SECONDS=N for the run time, default 600.
fuzz:
	bash scripts/fuzz.sh

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --lib --test wasm -- -D warnings

clean:
	cargo clean
	rm -rf dist test-output
