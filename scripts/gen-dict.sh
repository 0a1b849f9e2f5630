#!/usr/bin/env bash
# Regenerates data/jieba-dict.wxd from the dict.txt inside the jieba-rs crate
# this build uses (jieba's dictionary, MIT), so the page and the CLI segment
# with exactly jieba-rs's words. Run after upgrading jieba-rs.
set -euo pipefail
cd "$(dirname "$0")/.."
manifest=$(cargo metadata --format-version 1 | python3 -c '
import json, sys
m = json.load(sys.stdin)
print(next(p["manifest_path"] for p in m["packages"] if p["name"] == "jieba-rs"))')
dict_txt="$(dirname "$manifest")/src/data/dict.txt"
cargo run --quiet --release --example gen_dict -- "$dict_txt" data/jieba-dict.wxd
