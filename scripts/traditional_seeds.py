#!/usr/bin/env python3
"""The seeds and their gold facts in Traditional script, for `make eval`.

Usage: traditional_seeds.py CONFIG SEEDS_DIR GOLD.jsonl OUT_DIR

CONFIG is an OpenCC conversion (s2t, s2tw, s2hk); s2hk also turns “…” into
「…」, as Hong Kong and Taiwan print quotations. Every string of the gold is
converted the same way (names, titles, units, metrics), except date values.
A unit is converted where it stands in its fact's text: OpenCC converts 只
to 隻 only in context, so the unit 只 alone would stay 只 while the text
reads 130萬隻.
Measurement only: neither the converter (PyPI opencc-python-reimplemented,
Apache-2.0) nor its output ships.
"""
import json
import os
import sys

import opencc


def main() -> None:
    config, seeds, gold, out = sys.argv[1:5]
    cc = opencc.OpenCC(config)

    def convert(text: str) -> str:
        text = cc.convert(text)
        if config == "s2hk":
            text = text.replace("“", "「").replace("”", "」")
        return text

    os.makedirs(os.path.join(out, config), exist_ok=True)
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds, name), encoding="utf-8") as f:
                text = convert(f.read())
            with open(os.path.join(out, config, name), "w", encoding="utf-8") as f:
                f.write(text)

    def in_context(fact: dict, key: str) -> str:
        """fact[key] converted as it reads inside the fact's text."""
        value, text = fact[key], fact.get("text", "")
        at = text.find(value)
        converted = convert(text)
        if at < 0 or len(converted) != len(text):
            return convert(value)
        return converted[at:at + len(value)]

    def facts(x):
        if isinstance(x, str):
            return convert(x)
        if isinstance(x, list):
            return [facts(v) for v in x]
        if isinstance(x, dict):
            return {
                k: v if k == "kind" or (k == "value" and x.get("kind") == "date")
                else in_context(x, k) if k == "unit" and isinstance(v, str)
                else facts(v)
                for k, v in x.items()
            }
        return x

    with open(gold, encoding="utf-8") as f, open(
        os.path.join(out, f"gold-{config}.jsonl"), "w", encoding="utf-8"
    ) as g:
        for line in f:
            doc = json.loads(line)
            doc["facts"] = facts(doc["facts"])
            g.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
