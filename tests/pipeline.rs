//! Whole-pipeline tests: the seeds (the page's built-in sample) and inputs
//! in every encoding, through the same `Analyzer::analyze` the CLI and the
//! page call.

use std::sync::OnceLock;

use encoding_rs::{BIG5, GB18030, GBK};
use wenxi::report::{DocReport, Fact, Kind, Value};
use wenxi::{Analyzer, Input};

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect();
    v.sort();
    assert!(v.len() >= 2, "the seeds are missing");
    v
}

fn analyse_bytes(name: &str, bytes: &[u8]) -> DocReport {
    analyzer().analyze_one(&Input::new(name, bytes))
}

/// Every fact's `text` is exactly its slice of the decoded text, in code points.
fn assert_offsets(doc: &DocReport) {
    let text = doc
        .text
        .as_deref()
        .expect("the library keeps the decoded text");
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars.len(), doc.chars);
    for f in &doc.facts {
        assert!(f.start < f.end && f.end <= chars.len(), "{f:?}");
        let slice: String = chars[f.start..f.end].iter().collect();
        assert_eq!(slice, f.text, "{f:?}");
        let s = doc.sentences[f.sentence];
        assert!(s.start <= f.start && f.start < s.end, "sentence of {f:?}");
        if let Some(Value::Number(n)) = f.value {
            assert!(n.is_finite());
        }
    }
}

fn key(f: &Fact) -> (Kind, String, String) {
    (
        f.kind,
        f.text.clone(),
        serde_json::to_string(&f.value).unwrap(),
    )
}

#[test]
fn seeds_offsets_and_sentences_hold() {
    for (name, bytes) in seeds() {
        let doc = analyse_bytes(&name, &bytes);
        assert_eq!(doc.error, None, "{name}");
        assert_eq!(doc.encoding, "UTF-8");
        assert_eq!(doc.script, "simplified");
        assert!(doc.words > 500, "{name}: {} words", doc.words);
        assert_offsets(&doc);
        // Sentences tile the paragraphs in order without overlapping.
        for w in doc.sentences.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }
}

#[test]
fn every_encoding_gives_the_same_facts_as_utf8() {
    for (name, bytes) in seeds() {
        let text = String::from_utf8(bytes.clone()).unwrap();
        let want: Vec<_> = analyse_bytes(&name, &bytes).facts.iter().map(key).collect();
        let mut utf16le = vec![0xFF, 0xFE];
        utf16le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(&bytes);
        let variants: Vec<(&str, Vec<u8>)> = vec![
            ("UTF-8", bom),
            ("UTF-16LE", utf16le),
            ("UTF-16BE", utf16be),
            ("GBK", GBK.encode(&text).0.into_owned()),
            (
                "gb18030",
                GB18030.encode(&(text.clone() + "𠮷")).0.into_owned(),
            ),
        ];
        for (enc, encoded) in variants {
            let doc = analyse_bytes(&name, &encoded);
            assert_eq!(doc.encoding, enc, "{name}");
            assert_offsets(&doc);
            let got: Vec<_> = doc.facts.iter().map(key).collect();
            assert_eq!(got, want, "{name} as {enc}");
        }
    }
}

#[test]
fn big5_and_crlf_and_full_width_keep_offsets() {
    let text = "臺北市政府今日表示，１２月１日起全市復工率達到９９．５％，產業鏈上下游企業陸續恢復生產。\r\n\
                市長在記者會上說：「我們會持續協助企業解決缺工與物流問題。」經濟部統計，\
                本月出口較去年同期增長百分之十二。\r記者 王小明 報導。";
    let doc = analyse_bytes("big5.txt", &BIG5.encode(text).0);
    assert_eq!(doc.encoding, "Big5");
    assert_eq!(doc.script, "traditional");
    assert_offsets(&doc);
    assert_eq!(doc.text.as_deref(), Some(text));
}

#[test]
fn bad_files_are_refused_one_by_one() {
    let good = "复工复产进展顺利。".as_bytes();
    let report = analyzer().analyze(&[
        Input::new("empty.txt", b""),
        Input::new("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"),
        Input::new("nul.txt", &[0u8; 64]),
        Input::new("good.txt", good),
    ]);
    let errors: Vec<Option<&str>> = report
        .documents
        .iter()
        .map(|d| d.error.as_deref())
        .collect();
    assert!(errors[0].unwrap().contains("empty"));
    assert!(errors[1].unwrap().contains("PNG"));
    assert!(errors[2].is_some());
    assert_eq!(errors[3], None);
    assert!(report.documents[..3].iter().all(|d| d.facts.is_empty()));
}

#[test]
fn json_has_the_schema_shape() {
    let (name, bytes) = seeds().remove(0);
    let report = analyzer().analyze(&[Input::new(name, &bytes)]);
    let json: serde_json::Value = serde_json::to_value(&report).unwrap();
    let doc = &json["documents"][0];
    for field in ["name", "encoding", "chars", "facts"] {
        assert!(!doc[field].is_null(), "{field}");
    }
    for f in doc["facts"].as_array().unwrap() {
        let kind = f["kind"].as_str().unwrap();
        assert!(Kind::ALL.iter().any(|k| k.as_str() == kind));
        assert!(f["start"].as_u64().unwrap() < f["end"].as_u64().unwrap());
    }
    assert!(
        json["aggregates"]["keywords"]["tfidf"]
            .as_array()
            .unwrap()
            .len()
            > 10
    );
}
