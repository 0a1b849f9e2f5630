#!/usr/bin/env bash
# make fuzz: the cargo-fuzz target fuzz/fuzz_targets/pipeline.rs over the
# whole pipeline (decode → … → JSON) with the invariants of
# tests/common/invariants.rs. FUZZ_SECONDS=N sets the run time (default 600).
# Crashes are written to fuzz/artifacts/pipeline/; the corpus grows in
# fuzz/corpus/pipeline/ (both kept out of git).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
python3 scripts/fuzz-corpus.py
cd fuzz
# cargo-fuzz passes nightly flags (-Zsanitizer=address); RUSTC_BOOTSTRAP
# lets the stable toolchain accept them.
export RUSTC_BOOTSTRAP=1
exec nice -n 19 cargo fuzz run --debug-assertions pipeline -- \
    -dict=pipeline.dict -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
    -max_total_time="${FUZZ_SECONDS:-600}" -print_final_stats=1 "$@"
