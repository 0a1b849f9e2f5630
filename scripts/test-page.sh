#!/usr/bin/env bash
# The page's tests (called by scripts/test.sh):
#  1. clippy for the wasm target;
#  2. the wasm boundary (tests/wasm.rs) with wasm-bindgen-test, in Node and in
#     headless Chromium (the same test binary, run twice);
#  3. end-to-end tests in headless Chromium (tests/e2e/*.mjs, playwright-core)
#     against a page built ONCE with the test-only `test-panic` feature.
# Zero tests executed counts as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180}
export WASM_BINDGEN_TEST_WEBDRIVER_JSON=$PWD/tests/webdriver.json

step "clippy (wasm32)"
# Only the page's targets: the other tests and examples are native (they use
# the embedded dictionary) and clippy checks them in scripts/test.sh.
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --lib --test wasm -- -D warnings

count_passed() { # log file -> exits non-zero unless a "test result: ok. N passed" with N > 0
  grep -Eq 'test result: ok\. [1-9][0-9]* passed' "$1" || { echo "no wasm test ran (see $1)"; return 1; }
}

step "wasm boundary tests (Node)"
WASM_BINDGEN_TEST_ONLY_NODE=1 cargo test --release --target wasm32-unknown-unknown --no-default-features --test wasm 2>&1 | tee /tmp/wenxi-wasm-node.log
count_passed /tmp/wenxi-wasm-node.log

step "wasm boundary tests (headless Chromium)"
WASM_BINDGEN_USE_BROWSER=1 cargo test --release --target wasm32-unknown-unknown --no-default-features --test wasm 2>&1 | tee /tmp/wenxi-wasm-browser.log
grep -q "Running headless tests in Chrome" /tmp/wenxi-wasm-browser.log || { echo "the browser run did not use Chrome"; exit 1; }
count_passed /tmp/wenxi-wasm-browser.log

step "page modules (Node)"
node --test tests/js/

step "page build (test mode)"
mkdir -p test-output
bash scripts/build-page.sh --test test-output/dist

step "end-to-end (headless Chromium)"
for t in tests/e2e/*.test.mjs; do
  node "$t" test-output/dist
done
