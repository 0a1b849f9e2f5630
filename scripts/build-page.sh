#!/usr/bin/env bash
# Builds the static page: wasm (release profile, no CLI features; the same
# profile as the wasm tests, so they share every compiled dependency),
# wasm-bindgen --target web, wasm-opt (npm binaryen: Debian's breaks
# wasm-bindgen output), esbuild bundles of www/, and the seeds as the
# built-in sample.
#
#   scripts/build-page.sh                      -> dist/
#   scripts/build-page.sh --test OUT           -> OUT/, with the test-only
#       `test-panic` feature (an input named __wenxi_panic__ traps the wasm),
#       for the end-to-end tests only; never ship it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=dist
features=()
if [ "${1:-}" = "--test" ]; then
  out=${2:?usage: build-page.sh --test OUTDIR}
  features=(--features test-panic)
fi

target_dir=$(cargo metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
target_dir=${target_dir:-target}
cargo build --quiet --release --target wasm32-unknown-unknown --no-default-features "${features[@]}"
wasm="$target_dir/wasm32-unknown-unknown/release/wenxi.wasm"

pkg="$target_dir/page-pkg${features:+-test}"
rm -rf "$pkg" && mkdir -p "$pkg"
wasm-bindgen --target web --no-typescript --out-dir "$pkg" "$wasm"
node_modules/.bin/wasm-opt -O3 "$pkg/wenxi_bg.wasm" -o "$pkg/wenxi_bg.wasm"

rm -rf "$out" && mkdir -p "$out/seeds"
cp "$pkg/wenxi_bg.wasm" "$out/"
# The dictionary is its own asset: fetched beside the wasm, cached apart from
# it, compressed by the web server (brotli 1.2 MB) — see src/dictionary.rs.
cp data/jieba-dict.wxd "$out/"
cp www/index.html www/style.css www/favicon.svg www/THIRD-PARTY-LICENSES.txt "$out/"
node scripts/build-page.mjs "$pkg/wenxi.js" "$out"
cp seeds/*.txt "$out/seeds/"
(cd "$out/seeds" && ls *.txt | node -e 'const l=require("fs").readFileSync(0,"utf8").split("\n").filter(Boolean);process.stdout.write(JSON.stringify(l))' > index.json)

# Last: the offline cache's list and version cover every file above.
node scripts/build-sw.mjs "$out"

wasm_size=$(stat -c %s "$out/wenxi_bg.wasm")
wasm_br=$(brotli -c -q 11 "$out/wenxi_bg.wasm" | wc -c)
js_size=$(cat "$out"/*.js | wc -c)
echo "page: $out (wasm ${wasm_size} B, brotli ${wasm_br} B; js ${js_size} B)"
