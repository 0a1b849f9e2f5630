//! The wasm boundary (src/wasm.rs), run by wasm-bindgen-test in Node and, with
//! `WASM_BINDGEN_USE_BROWSER=1`, in headless Chromium (scripts/test-page.sh).
//! Text outside the Basic Multilingual Plane (𠮷, emoji) pins the code-point
//! → UTF-16 conversion: JS slices strings by UTF-16 units.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen_test::*;
use wenxi::wasm::{utf16_map, WasmAnalyzer};

fn analyzer() -> &'static mut WasmAnalyzer {
    // wasm32 is single-threaded and tests run one at a time: one analyzer.
    static mut A: Option<WasmAnalyzer> = None;
    #[allow(static_mut_refs)]
    unsafe {
        A.get_or_insert_with(|| {
            WasmAnalyzer::new(include_bytes!("../data/jieba-dict.wxd")).expect("dictionary loads")
        })
    }
}

/// `units[s..e]` of the text as UTF-16, decoded: what JS `text.slice(s, e)` gives.
fn js_slice(text: &str, s: u64, e: u64) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[s as usize..e as usize]).unwrap()
}

#[wasm_bindgen_test]
fn utf16_map_counts_surrogate_pairs() {
    assert_eq!(utf16_map("a𠮷b😀"), vec![0, 1, 3, 4, 6]);
    assert_eq!(utf16_map(""), vec![0]);
    assert_eq!(utf16_map("中文"), vec![0, 1, 2]);
}

#[wasm_bindgen_test]
fn cut_returns_utf16_offset_pairs() {
    let a = analyzer();
    let text = "😀我们𠮷在北京";
    let offsets = a.cut(text).to_vec();
    let words: Vec<String> = offsets
        .chunks(2)
        .map(|p| js_slice(text, p[0] as u64, p[1] as u64))
        .collect();
    assert_eq!(words.concat(), text, "the words cover the text: {words:?}");
    assert_eq!(offsets.first(), Some(&0));
    assert_eq!(offsets.last(), Some(&(text.encode_utf16().count() as u32)));
    assert!(
        words.contains(&"我们".to_string()) && words.contains(&"北京".to_string()),
        "{words:?}"
    );
    // 我们 starts after the emoji: 2 UTF-16 units, 1 code point.
    let i = words.iter().position(|w| w == "我们").unwrap();
    assert_eq!(&offsets[2 * i..2 * i + 2], &[2, 4]);
}

#[wasm_bindgen_test]
fn report_offsets_are_code_points_and_utf16() {
    let a = analyzer();
    a.begin();
    let text = "😀𠮷截至3月8日，复工率达到99.9％。";
    assert_eq!(a.add("astral.txt", text.as_bytes(), None), "");
    let report: Value = serde_json::from_str(&a.finish()).unwrap();
    let doc = &report["documents"][0];
    assert_eq!(doc["name"], "astral.txt");
    assert_eq!(doc["encoding"], "UTF-8");
    assert_eq!(doc["chars"], text.chars().count());
    let facts = doc["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    for f in facts {
        let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
        let (s16, e16) = (
            f["start_utf16"].as_u64().unwrap(),
            f["end_utf16"].as_u64().unwrap(),
        );
        let cp: String = text
            .chars()
            .skip(s as usize)
            .take((e - s) as usize)
            .collect();
        assert_eq!(
            f["text"],
            cp.as_str(),
            "code-point offsets slice the text: {f}"
        );
        assert_eq!(
            js_slice(text, s16, e16),
            cp,
            "UTF-16 offsets slice the same text: {f}"
        );
        // Two astral characters precede every fact: two units more than code points.
        assert_eq!((s16 - s, e16 - e), (2, 2), "{f}");
    }
    let percent = facts
        .iter()
        .find(|f| f["kind"] == "percent")
        .expect("a percent fact");
    assert_eq!(percent["text"], "99.9％");
    assert_eq!(percent["value"], 99.9);
    assert_eq!(
        (percent["start"].as_u64(), percent["start_utf16"].as_u64()),
        (Some(14), Some(16))
    );
    assert_eq!(
        (percent["end"].as_u64(), percent["end_utf16"].as_u64()),
        (Some(19), Some(21))
    );
    for s in doc["sentences"].as_array().unwrap() {
        assert_eq!(
            s["start_utf16"].as_u64().unwrap() - s["start"].as_u64().unwrap(),
            if s["start"] == 0 { 0 } else { 2 }
        );
    }
    assert!(report["aggregates"]["facts_by_kind"].is_array());
}

#[wasm_bindgen_test]
fn encoding_override_and_not_text_errors() {
    let a = analyzer();
    a.begin();
    let (gbk, _, _) =
        encoding_rs::GBK.encode("截至3月8日，全省复工率达到97.7%。这是一段用国标码写的文字。");
    assert_eq!(a.add("gbk.txt", &gbk, Some("GBK".into())), "");
    assert!(!a.add("blank.txt", b"", None).is_empty());
    let png = [
        0x89u8, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0,
    ];
    let err = a.add("image.png", &png, None);
    assert!(!err.is_empty());
    let report: Value = serde_json::from_str(&a.finish()).unwrap();
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["encoding"], "GBK");
    assert!(docs[0]["text"].as_str().unwrap().starts_with("截至3月8日"));
    assert!(docs[0]["facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == "percent" && f["value"] == 97.7));
    assert_eq!(docs[2]["error"], err.as_str());
    assert_eq!(docs[2]["facts"].as_array().unwrap().len(), 0);
}

#[wasm_bindgen_test]
fn user_dictionary_and_stopwords_cross_the_boundary() {
    let a = analyzer();
    let text = "文析小组今天在杭州发布了新工具。文析小组表示很高兴。";
    a.set_user_dict("文析小组 org\n");
    a.begin();
    a.add("u.txt", text.as_bytes(), None);
    let report: Value = serde_json::from_str(&a.finish()).unwrap();
    let orgs: Vec<&str> = report["documents"][0]["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "org")
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(orgs, vec!["文析小组", "文析小组"]);
    a.set_user_dict("");
    a.set_stopwords(Some("工具\n".into()));
    a.begin();
    a.add("u.txt", text.as_bytes(), None);
    let report: Value = serde_json::from_str(&a.finish()).unwrap();
    let top: Vec<&str> = report["aggregates"]["top_words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["word"].as_str().unwrap())
        .collect();
    assert!(!top.contains(&"工具") && top.contains(&"杭州"), "{top:?}");
    a.set_stopwords(None);
    assert!(WasmAnalyzer::default_stopwords().lines().count() > 10);
}
