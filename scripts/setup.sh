#!/usr/bin/env bash
# Installs everything wenxi's build and tests need on a fresh Debian machine
# (Rust via rustup, Node/npm, Python 3, root). Each step is skipped when its
# tool is already present, so a second run takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock 2>/dev/null | sed -n 's/^version = "\(.*\)"/\1/p' | head -1 || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}
CARGO_DENY_VERSION=0.20.2

need_apt=()
command -v clang >/dev/null || need_apt+=(clang)
command -v llvm-ar >/dev/null || need_apt+=(llvm)
command -v brotli >/dev/null || need_apt+=(brotli)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
# A CJK font, so the page's screenshots in headless Chromium show Chinese.
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need_apt+=(fonts-wqy-microhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# wasm-bindgen-cli must equal the wasm-bindgen crate version exactly.
# (--locked fails against this registry; the version pin is what matters.)
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  echo "setup: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! cargo deny --version 2>/dev/null | grep -q "$CARGO_DENY_VERSION"; then
  echo "setup: cargo install cargo-deny $CARGO_DENY_VERSION (once)"
  cargo install -q cargo-deny --version "$CARGO_DENY_VERSION"
fi

# npm tools (package.json + package-lock.json): esbuild (bundles the page),
# binaryen 132 (wasm-opt:
# Debian's binaryen breaks wasm-bindgen output), playwright-core (drives
# Debian's chromium; it never downloads a browser).
if [ -f package-lock.json ] && { [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  npm ci --no-audit --no-fund --loglevel=error
fi
