#!/usr/bin/env bash
# Regenerates data/jieba-dict.wxd from the dict.txt inside the jieba-rs crate
# this build uses (jieba's dictionary, MIT), keeping the entries
# wenxi::dictionary::ships keeps. Run after upgrading jieba-rs.
# `gen-dict.sh OUT` writes elsewhere (scripts/test.sh checks the shipped file
# is reproducible); PROFILE=dev builds the generator without optimisation.
set -euo pipefail
cd "$(dirname "$0")/.."
manifest=$(cargo metadata --format-version 1 | python3 -c '
import json, sys
m = json.load(sys.stdin)
print(next(p["manifest_path"] for p in m["packages"] if p["name"] == "jieba-rs"))')
dict_txt="$(dirname "$manifest")/src/data/dict.txt"
out=${1:-data/jieba-dict.wxd}
cargo run --quiet --profile "${PROFILE:-release}" --example gen_dict -- "$dict_txt" "$out"
