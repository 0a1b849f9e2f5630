#!/usr/bin/env python3
"""Seeds the fuzz corpus (fuzz/corpus/pipeline) with the seeds and short
pieces of them in every encoding wenxi reads, plus hostile odds and ends.
Writes only files that are not there yet; the corpus stays out of git."""
import hashlib
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "fuzz" / "corpus" / "pipeline"
out.mkdir(parents=True, exist_ok=True)

texts = [p.read_text("utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
pieces = []
for t in texts:
    pieces.append(t)
    lines = [l for l in t.splitlines() if l.strip()]
    pieces += lines[:12]
    pieces += ["\r\n".join(lines[:4]), "\r".join(lines[4:8])]
pieces += [
    "2020年3月22日上午10时59分，全省复工率达到９９．９％，同比增长百分之五。",
    "臺北市政府今日表示，１２月１日起全市復工率達到９９．５％。市長說：「我們會持續協助企業。」",
    "永康市委书记金政说：“希望更多员工能尽早返岗。”《人民日报》报道，近300名党员参与。",
    "𠮷野家的价格是€5，约3000多名工人，第二天下午3点。",
    "e\u0301\u0301\u200b\u200b复\u200d工\ufeff率\u00a0５０％",
    "",
]
encodings = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gbk", "gb18030", "big5"]
blobs = []
for p in pieces:
    for enc in encodings:
        try:
            blobs.append(p.encode(enc))
        except UnicodeEncodeError:
            pass
# Forced-encoding inputs: 0xFF, a selector byte, then the bytes (see the target).
for sel, enc in [(0, "gbk"), (1, "gb18030"), (2, "big5"), (4, "utf-16-le")]:
    blobs.append(bytes([0xFF, sel]) + pieces[-3].encode(enc, "replace"))
# HTML (the target reads an input starting with '<' as an .html file).
for p in pieces[-6:-1]:
    blobs.append(("<html><head><title>t</title><style>p{}</style><script>var a='<p>';</script>"
                  "</head><body><p>" + p.replace("“", "&ldquo;") + "</p><!-- c --><br>&#x4E2D;&amp;"
                  "</body></html>").encode("utf-8"))
blobs += [
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    b"\xff\xd8\xff\xe0\0\x10JFIF",
    b"PK\x03\x04\x14\0\0\0",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    b"\0" * 64,
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff\0",
]
new = 0
for b in blobs:
    name = out / hashlib.sha1(b).hexdigest()
    if not name.exists():
        name.write_bytes(b)
        new += 1
print(f"fuzz corpus: {new} new inputs in {out}", file=sys.stderr)
