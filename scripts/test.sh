#!/usr/bin/env bash
# All of wenxi's tests, in the order that fails fastest. Each step builds
# only what the next one reuses: native tests share one debug build; the
# page tests share one wasm release build (scripts/build-page.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
rust_only=false
[ "${1:-}" = "--rust-only" ] && rust_only=true

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "licences and sources (cargo-deny)"
cargo deny --log-level error check licenses bans sources

step "clippy"
cargo clippy --all-targets --quiet -- -D warnings

step "Rust unit, integration and doc tests"
cargo test --quiet 2>&1 | tee /tmp/wenxi-cargo-test.log
grep -q "test result: ok" /tmp/wenxi-cargo-test.log

step "the shipped dictionary is what scripts/gen-dict.sh makes of jieba-rs's"
PROFILE=dev bash scripts/gen-dict.sh /tmp/wenxi-dict-check.wxd
cmp /tmp/wenxi-dict-check.wxd data/jieba-dict.wxd

if ! $rust_only && [ -f scripts/test-page.sh ]; then
  step "page: wasm boundary and browser end-to-end tests"
  bash scripts/test-page.sh
fi
