//! The wasm boundary (src/wasm.rs), run by wasm-bindgen-test in Node and, with
//! `WASM_BINDGEN_USE_BROWSER=1`, in headless Chromium (scripts/test-page.sh):
//! the analyzer keeps the report and answers the summary, queries and
//! exports as JSON. Text outside the Basic Multilingual Plane (𠮷, emoji)
//! pins the code-point → UTF-16 conversion: JS slices strings by UTF-16 units.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen_test::*;
use wenxi::explore::utf16::utf16_map;
use wenxi::wasm::WasmAnalyzer;

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

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("JSON ({e}): {s:.200}"))
}

fn ask(a: &WasmAnalyzer, q: Value) -> Value {
    json(&a.query(&q.to_string()))
}

/// The facts of every document of the exported report (the CLI's shape).
fn exported(a: &WasmAnalyzer) -> Value {
    json(&a.export_json())
}

#[wasm_bindgen_test]
fn offsets_cross_as_utf16_and_export_as_code_points() {
    let a = analyzer();
    a.begin();
    let text = "😀𠮷截至3月8日，复工率达到99.9％。";
    assert_eq!(a.add("astral.txt", text.as_bytes(), None), "");
    a.finish();
    let report = exported(a);
    let doc = &report["documents"][0];
    assert_eq!(doc["name"], "astral.txt");
    assert_eq!(doc["encoding"], "UTF-8");
    assert_eq!(doc["text"], text);
    assert_eq!(doc["chars"], text.chars().count());
    let facts = doc["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    for f in facts {
        assert!(
            f.get("start_utf16").is_none(),
            "the export is the CLI's shape: {f}"
        );
        let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
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
    }
    let (fi, percent) = facts
        .iter()
        .enumerate()
        .find(|(_, f)| f["kind"] == "percent")
        .expect("a percent fact");
    assert_eq!(percent["text"], "99.9％");
    assert_eq!(
        (percent["start"].as_u64(), percent["end"].as_u64()),
        (Some(14), Some(19))
    );
    // The reader marks it by UTF-16 units: two more than code points here.
    let excerpt = ask(
        a,
        serde_json::json!({ "what": "reader", "doc": 0, "fact": fi }),
    );
    let runs = excerpt["runs"].as_array().unwrap();
    let current = runs
        .iter()
        .find(|r| r["current"] == true)
        .expect("the fact is marked");
    assert_eq!(current["text"], "99.9％");
    let before: String = runs
        .iter()
        .take_while(|r| r["current"] != true)
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(before.encode_utf16().count(), 16, "{runs:?}");
    assert_eq!(excerpt["sentence"], text);
    // Concordance hits carry UTF-16 offsets, named so.
    let kwic = ask(a, serde_json::json!({ "what": "kwic", "word": "复工率" }));
    assert_eq!(kwic["total"], 1);
    let hit = &kwic["hits"][0];
    assert_eq!(
        (hit["start_utf16"].as_u64(), hit["end_utf16"].as_u64()),
        (Some(11), Some(14))
    );
    assert_eq!(js_slice(text, 11, 14), "复工率");
    assert_eq!(hit["left"], "😀𠮷截至3月8日，");
    // A range from the concordance opens the reader there.
    let at = ask(
        a,
        serde_json::json!({ "what": "reader", "doc": 0, "start_utf16": 11, "end_utf16": 14 }),
    );
    let hit_run = at["runs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "hit")
        .cloned();
    assert_eq!(
        hit_run,
        Some(serde_json::json!({ "text": "复工率", "kind": "hit", "current": true }))
    );
}

#[wasm_bindgen_test]
fn the_seeds_summary_and_queries() {
    let a = analyzer();
    let seeds = [
        (
            "000_c6182d11776261c9.txt",
            include_str!("../seeds/000_c6182d11776261c9.txt"),
        ),
        (
            "003_6235dd1ff99fab61.txt",
            include_str!("../seeds/003_6235dd1ff99fab61.txt"),
        ),
    ];
    a.begin();
    for (name, text) in seeds {
        assert_eq!(a.add(name, text.as_bytes(), None), "");
    }
    a.finish();
    a.add_refused("huge.txt", "the file is too large");
    let s = json(&a.summary());
    let docs = s["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["name"], seeds[0].0);
    assert_eq!(docs[2]["error"], "the file is too large");
    let total: u64 = docs.iter().map(|d| d["facts"].as_u64().unwrap()).sum();
    assert_eq!(s["first"]["facts"]["total"].as_u64(), Some(total));
    assert!(total > 250, "{total}");
    assert_eq!(s["first"]["facts"]["rows"].as_array().unwrap().len(), 300);
    assert_eq!(s["keywords"]["tfidf"][0]["word"], "复工");
    assert_eq!(s["first"]["trends"]["mode"], "docs");
    assert!(s["network"]["nodes"].as_array().unwrap().len() > 5);
    assert!(s["timeline"]["points"].as_array().unwrap().len() > 10);
    // Every fact of the first seed, opened in the reader, is marked with its own text.
    let report = exported(a);
    let facts = report["documents"][0]["facts"].as_array().unwrap();
    for (fi, f) in facts.iter().enumerate().step_by(7) {
        let excerpt = ask(
            a,
            serde_json::json!({ "what": "reader", "doc": 0, "fact": fi }),
        );
        let current: Vec<&Value> = excerpt["runs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["current"] == true)
            .collect();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0]["text"], f["text"], "fact {fi}");
    }
    // Concordance offsets slice each seed's text to the word.
    let kwic = ask(a, serde_json::json!({ "what": "kwic", "word": "党员" }));
    assert!(kwic["total"].as_u64().unwrap() > 10);
    for h in kwic["hits"].as_array().unwrap() {
        let text = seeds[h["di"].as_u64().unwrap() as usize].1;
        let (s16, e16) = (
            h["start_utf16"].as_u64().unwrap(),
            h["end_utf16"].as_u64().unwrap(),
        );
        assert_eq!(js_slice(text, s16, e16), "党员");
    }
    let quotes = ask(
        a,
        serde_json::json!({ "what": "quotes", "offset": 0, "limit": 5 }),
    );
    assert_eq!(quotes["rows"].as_array().unwrap().len(), 5);
    assert_eq!(
        ask(a, serde_json::json!({ "what": "nonsense" })),
        Value::Null
    );
    let csv = a.export_csv();
    assert!(csv.starts_with("\u{FEFF}\"document\",\"kind\""));
    assert_eq!(csv.matches("\r\n").count() as u64, total + 1);
}

#[wasm_bindgen_test]
fn a_report_file_without_text_or_utf16_offsets_loads() {
    let a = analyzer();
    assert!(a.load(b"{\"not\": \"a report\"}").is_err());
    let file = serde_json::json!({ "documents": [{ "name": "a.txt", "encoding": "UTF-8", "chars": 12, "facts": [
        { "kind": "date", "text": "3月8日", "start": 2, "end": 6, "value": "--03-08", "sentence": 0 },
        { "kind": "percent", "text": "99%", "start": 9, "end": 12, "value": 99 },
    ] }], "aggregates": { "keywords": { "tfidf": [{ "word": "复工", "weight": 1.5 }], "textrank": [] } } });
    a.load(file.to_string().as_bytes()).expect("a report file");
    let s = json(&a.summary());
    assert_eq!(s["documents"][0]["facts"], 2);
    assert_eq!(
        s["documents"][0]["factsByKind"],
        serde_json::json!({ "date": 1, "percent": 1 })
    );
    assert_eq!(s["keywords"]["tfidf"][0]["word"], "复工");
    let facts = ask(a, serde_json::json!({ "what": "facts", "kind": "percent" }));
    assert_eq!(facts["rows"][0]["value"], 99);
    let excerpt = ask(
        a,
        serde_json::json!({ "what": "reader", "doc": 0, "fact": 1 }),
    );
    assert_eq!(excerpt["runs"][0]["kind"], "percent");
    assert_eq!(exported(a)["documents"][0]["facts"][0]["start"], 2);
    // Not a report: the one loaded stays.
    assert!(a.load(b"[1, 2]").is_err());
    assert_eq!(json(&a.summary())["documents"][0]["name"], "a.txt");
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
    a.finish();
    let report = exported(a);
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
    let s = json(&a.summary());
    assert_eq!(s["documents"][2]["error"], err.as_str());
    assert_eq!(s["documents"][0]["encoding"], "GBK");
}

#[wasm_bindgen_test]
fn user_dictionary_and_stopwords_cross_the_boundary() {
    let a = analyzer();
    let text = "文析小组今天在杭州发布了新工具。文析小组表示很高兴。";
    a.set_user_dict("文析小组 org\n");
    a.begin();
    a.add("u.txt", text.as_bytes(), None);
    a.finish();
    let orgs = ask(a, serde_json::json!({ "what": "facts", "kind": "org" }));
    let orgs: Vec<&str> = orgs["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(orgs, vec!["文析小组", "文析小组"]);
    a.set_user_dict("");
    a.set_stopwords(Some("工具\n".into()));
    a.begin();
    a.add("u.txt", text.as_bytes(), None);
    a.finish();
    let report = exported(a);
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

#[wasm_bindgen_test]
fn big_files_tagged_on_two_cores_give_the_same_report() {
    // The page's words worker tags a big file's second half (or all of a
    // file of many) and makes its word aggregates while the analyzer's
    // worker tags the rest and extracts the facts; the report must be the
    // one `add` makes.
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    let a = analyzer();
    let files: [(&str, &[u8]); 3] = [
        (
            "000.txt",
            include_bytes!("../seeds/000_c6182d11776261c9.txt"),
        ),
        ("bad.bin", &[0, 159, 146, 150, 0, 0]),
        (
            "003.txt",
            include_bytes!("../seeds/003_6235dd1ff99fab61.txt"),
        ),
    ];
    a.begin();
    for (name, bytes) in files {
        a.add(name, bytes, None);
    }
    a.finish();
    let whole = a.export_json();
    a.begin();
    for (i, (name, bytes)) in files.iter().enumerate() {
        let half: Rc<RefCell<Option<Vec<u32>>>> = Rc::default();
        let sink = half.clone();
        let send = Closure::<dyn Fn(js_sys::Uint32Array)>::new(move |h: js_sys::Uint32Array| {
            *sink.borrow_mut() = Some(h.to_vec());
        });
        let wire =
            a.word_aggregates_split(name, bytes, None, i == 0, send.as_ref().unchecked_ref());
        let half = half
            .borrow_mut()
            .take()
            .expect("the second half is always sent");
        assert_eq!(wire.is_empty(), i == 1, "{name}");
        assert_eq!(half.is_empty(), i == 1, "{name}: cut in two");
        // A rehearsal (the worker's idle warm-up) leaves the documents be.
        a.rehearse(bytes);
        a.open(name, bytes, None, i == 0);
        // The third file's half is lost: this worker tags it itself.
        let at = a.close(if i == 2 { &[] } else { &half }).unwrap();
        assert_eq!(at, i);
        if i == 2 {
            // A wire that is not one is refused; the page then makes the
            // aggregates here.
            assert!(!a.complete(i, "{}"));
            a.complete_here(i, bytes, None);
        } else if !wire.is_empty() {
            assert!(a.complete(i, &wire));
        }
    }
    assert!(a.close(&[]).is_err(), "nothing open");
    let ignore = js_sys::Function::new_no_args("");
    let other = a.word_aggregates_split("x.txt", "复工".as_bytes(), None, true, &ignore);
    assert!(!other.is_empty());
    assert!(!a.complete(9, &other), "no document 9");
    a.finish();
    let apart = a.export_json();
    assert_eq!(apart, whole);
    a.rehearse(files[0].1);
    assert_eq!(a.export_json(), whole, "and the report");
    assert!(json(&apart)["documents"][0]["keywords"]["textrank"][0]["word"].is_string());
}
