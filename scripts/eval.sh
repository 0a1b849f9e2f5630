#!/usr/bin/env bash
# Accuracy on ../shared/eval (measurement only: that data never ships).
# Prints the scorers' reports, then one `name=value` line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${WENXI_EVAL:-../shared/eval}
[ -d "$EVAL" ] || { echo "eval data not found at $EVAL (set WENXI_EVAL)"; exit 1; }
OUT=${OUT:-test-output/eval}
mkdir -p "$OUT"
cargo build --release --quiet --bin wenxi
W=target/release/wenxi
figures=()

# Facts on the seeds (the dev set).
$W analyze --json seeds/*.txt > "$OUT/seeds.json"
python3 "$EVAL/score_facts.py" "$EVAL/gold/seeds.jsonl" "$OUT/seeds.json" | tee "$OUT/facts.txt"
while read -r kind p r f; do
  figures+=("facts_${kind}_f1=$f")
done < <(awk '$1 ~ /^(date|quantity|percent|person|place|org|quote|all)$/ && NF==7 {print $1, $(NF-2), $(NF-1), $NF}' "$OUT/facts.txt")

# Facts on the seeds converted to Traditional (Taiwan and Hong Kong
# usage), with their gold converted alike: the script must not matter.
python3 -c "import opencc" 2>/dev/null || python3 -m pip install --quiet opencc-python-reimplemented==0.1.7
for config in s2tw s2hk; do
  python3 scripts/traditional_seeds.py $config seeds "$EVAL/gold/seeds.jsonl" "$OUT/traditional"
  $W analyze --json "$OUT/traditional/$config"/*.txt > "$OUT/traditional/$config.json"
  f=$(python3 "$EVAL/score_facts.py" "$OUT/traditional/gold-$config.jsonl" "$OUT/traditional/$config.json" \
      | tee "$OUT/facts-$config.txt" | tail -1 | sed -n 's/.*F1=\([0-9.]*\).*/\1/p')
  figures+=("facts_${config}_all_f1=$f")
done

# Segmentation: the pipeline's words (numbers joined) against SIGHAN 2005.
for corpus in pku msr; do
  for mode in hmm nohmm; do
    flag=""; [ $mode = nohmm ] && flag="--no-hmm"
    $W cut $flag "$EVAL/sighan2005/${corpus}_test.utf8" > "$OUT/${corpus}_${mode}.txt"
    f1=$(python3 "$EVAL/score_seg.py" "$EVAL/sighan2005/${corpus}_test_gold.utf8" "$OUT/${corpus}_${mode}.txt" \
         --words "$EVAL/sighan2005/${corpus}_training_words.utf8" 2>/dev/null | tail -1 | sed -n 's/.*F1=\([0-9.]*\).*/\1/p')
    figures+=("seg_${corpus}_${mode}_f1=$f1")
  done
done

# NER: people, places and organisations through the same pipeline.
if [ -f examples/ner_adapter.rs ]; then
  cargo build --release --quiet --example ner_adapter
  for set in msra/msra_test_bio.txt peoples_daily/example.test peoples_daily/example.dev; do
    name=$(echo "$set" | tr '/.' '__')
    target/release/examples/ner_adapter "$EVAL/ner/$set" > "$OUT/$name.jsonl"
    line=$(python3 "$EVAL/score_ner.py" "$EVAL/ner/$set" "$OUT/$name.jsonl" | tail -1)
    for kv in $line; do
      case $kv in F1=*|P=*|R=*|PER_*|LOC_*|ORG_*) figures+=("ner_${name}_${kv}");; esac
    done
  done
fi

echo
printf '%s\n' "${figures[@]}"
