#!/usr/bin/env bash
# make bench: throughput and size figures, side by side in one run on the
# same text (People's Daily, January 1998, 5.5 MB; see bench/corpus.sh).
# Prints tables, then `name=value` lines to compare across commits.
# Nothing measured here is asserted anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
CORPUS=$(bash bench/corpus.sh)

echo "== native (cargo --release)"
cargo run --release --quiet --example bench_native -- "$CORPUS" "$ROUNDS"

if [ -f bench/browser.mjs ]; then
  echo
  echo "== browser (headless Chromium)"
  # Always from this tree: a dist/ left by an earlier build measures old code.
  bash scripts/build-page.sh >/dev/null
  node bench/browser.mjs "$CORPUS" "$ROUNDS"
fi
