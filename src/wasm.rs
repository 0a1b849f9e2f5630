//! The wasm boundary: the only module that knows about wasm-bindgen.
//!
//! Thin by design. [`WasmAnalyzer`] builds one [`Analyzer`] and analyses
//! named byte buffers (a `Uint8Array` each, with an optional encoding
//! override); the report crosses into JS once, as a JSON string, with every
//! offset the page uses also given in UTF-16 code units (`start_utf16`,
//! `end_utf16`) beside the schema's code-point `start`/`end`.
//! [`WasmAnalyzer::cut`] returns a segmentation as a `Uint32Array` of UTF-16
//! offsets, no strings, so JS pays for words only if it slices them.

use std::sync::Mutex;

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::dictionary::Dictionary;
use crate::report::{DocReport, Report};
use crate::stopwords::Stopwords;
use crate::userdict::UserDict;
use crate::{Analyzer, Input, Options};

/// The last panic message: with `panic = "abort"` the module traps right
/// after the hook runs, and the worker reads this before throwing the
/// instance away.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if let Ok(mut last) = LAST_PANIC.lock() {
                *last = info.to_string();
            }
            previous(info);
        }));
    });
}

/// The message of the panic that trapped the module, or "".
#[wasm_bindgen]
pub fn last_panic() -> String {
    LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default()
}

/// `map[i]` is the UTF-16 offset of code point `i`; `map[len]` the length.
pub fn utf16_map(text: &str) -> Vec<u32> {
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut at = 0u32;
    for c in text.chars() {
        map.push(at);
        at += c.len_utf16() as u32;
    }
    map.push(at);
    map
}

/// The UTF-16 offset of every code-point offset, clamped to the text.
fn to_utf16(map: &[u32], cp: usize) -> u32 {
    map[cp.min(map.len() - 1)]
}

/// An item with code-point `start`/`end` (a fact, a sentence, a
/// paragraph), written with its UTF-16 offsets beside them.
#[derive(Serialize)]
struct WithUtf16<'a, T: Serialize> {
    #[serde(flatten)]
    item: &'a T,
    start_utf16: u32,
    end_utf16: u32,
}

/// Writes `items` as a JSON array, each item with its UTF-16 offsets.
fn write_items<T: Serialize>(
    out: &mut Vec<u8>,
    items: &[T],
    map: &[u32],
    span: impl Fn(&T) -> (usize, usize),
) -> serde_json::Result<()> {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let (start, end) = span(item);
        serde_json::to_writer(
            &mut *out,
            &WithUtf16 {
                item,
                start_utf16: to_utf16(map, start),
                end_utf16: to_utf16(map, end),
            },
        )?;
    }
    out.push(b']');
    Ok(())
}

/// One document as the page receives it: the schema's fields plus UTF-16
/// offsets for facts, sentences and paragraphs. Written straight to `out`:
/// the small fields through a `Value`, then the text and the three lists
/// (nearly all of a document's size) directly, so nothing large is held
/// twice.
fn write_doc(out: &mut Vec<u8>, mut doc: DocReport) -> serde_json::Result<()> {
    let facts = std::mem::take(&mut doc.facts);
    let sentences = std::mem::take(&mut doc.sentences);
    let paragraphs = std::mem::take(&mut doc.paragraphs);
    let text = doc.text.take();
    let map = utf16_map(text.as_deref().unwrap_or(""));
    let Value::Object(mut small) = serde_json::to_value(&doc)? else {
        unreachable!("a document serialises as an object")
    };
    for key in ["facts", "sentences", "paragraphs"] {
        small.remove(key);
    }
    out.push(b'{');
    for (key, value) in &small {
        serde_json::to_writer(&mut *out, key)?;
        out.push(b':');
        serde_json::to_writer(&mut *out, value)?;
        out.push(b',');
    }
    if let Some(text) = &text {
        out.extend_from_slice(br#""text":"#);
        serde_json::to_writer(&mut *out, text)?;
        out.push(b',');
    }
    out.extend_from_slice(br#""facts":"#);
    write_items(out, &facts, &map, |f| (f.start, f.end))?;
    out.extend_from_slice(br#","sentences":"#);
    write_items(out, &sentences, &map, |s| (s.start, s.end))?;
    out.extend_from_slice(br#","paragraphs":"#);
    write_items(out, &paragraphs, &map, |p| (p.start, p.end))?;
    out.push(b'}');
    Ok(())
}

/// The report as the page receives it (see [`write_doc`]), as JSON text.
pub fn report_to_js(report: Report) -> String {
    let mut out = Vec::with_capacity(1 << 16);
    let written = (|| {
        out.extend_from_slice(br#"{"documents":["#);
        for (i, doc) in report.documents.into_iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            write_doc(&mut out, doc)?;
        }
        out.extend_from_slice(br#"],"aggregates":"#);
        serde_json::to_writer(&mut out, &report.aggregates)?;
        out.push(b'}');
        Ok::<_, serde_json::Error>(())
    })();
    written.expect("a report always serialises");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// The analyzer, built once per worker.
#[wasm_bindgen]
pub struct WasmAnalyzer {
    inner: Analyzer,
    pending: Vec<DocReport>,
}

#[wasm_bindgen]
impl WasmAnalyzer {
    /// Builds the analyzer over the dictionary file the page fetched beside
    /// the wasm (`jieba-dict.wxd`, see `wenxi::dictionary`): jieba, the
    /// gazetteer and the lexicons. This is the slow part of start-up.
    #[wasm_bindgen(constructor)]
    pub fn new(dictionary: &[u8]) -> Result<WasmAnalyzer, JsError> {
        install_panic_hook();
        let dict = Dictionary::decode(dictionary).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(WasmAnalyzer {
            inner: Analyzer::with_dictionary(dict, Options::default()),
            pending: Vec::new(),
        })
    }

    /// The built-in stopword list, as editable text.
    pub fn default_stopwords() -> String {
        Stopwords::default_text().to_string()
    }

    /// Replaces the stopword list; `None` restores the built-in one.
    pub fn set_stopwords(&mut self, list: Option<String>) {
        self.inner.options_mut().stopwords = match list {
            Some(l) => Stopwords::parse(&l),
            None => Stopwords::default(),
        };
    }

    /// Replaces the user dictionary (the format of `userdict.rs`).
    pub fn set_user_dict(&mut self, text: &str) {
        self.inner.set_user_dict(UserDict::parse(text));
    }

    /// Starts a new corpus, forgetting documents added so far.
    pub fn begin(&mut self) {
        self.pending.clear();
    }

    /// Analyses one file of the corpus and keeps it for [`Self::finish`].
    /// Returns that document's error, or "" when it was analysed.
    pub fn add(&mut self, name: &str, bytes: &[u8], encoding: Option<String>) -> String {
        let input = Input {
            name: name.to_string(),
            bytes,
            encoding: encoding.filter(|e| !e.is_empty()),
        };
        let doc = self.inner.analyze_one(&input);
        let err = doc.error.clone().unwrap_or_default();
        self.pending.push(doc);
        err
    }

    /// Aggregates the documents added since [`Self::begin`] and returns the
    /// whole report as JSON.
    pub fn finish(&mut self) -> String {
        let docs = std::mem::take(&mut self.pending);
        report_to_js(self.inner.aggregate(docs))
    }

    /// The pipeline's words of `text` as UTF-16 offset pairs:
    /// `[start0, end0, start1, end1, ...]`.
    pub fn cut(&self, text: &str) -> js_sys::Uint32Array {
        js_sys::Uint32Array::from(&self.cut_offsets(text)[..])
    }
}

impl WasmAnalyzer {
    /// [`Self::cut`] as a plain vector (testable without JS).
    pub fn cut_offsets(&self, text: &str) -> Vec<u32> {
        let words = self.inner.words(text);
        let mut out = Vec::with_capacity(words.len() * 2);
        // Words come in text order: walk the text once, counting UTF-16 units.
        let base = text.as_ptr() as usize;
        let mut byte = 0usize;
        let mut utf16 = 0u32;
        for w in words {
            let start = w.as_ptr() as usize - base;
            utf16 += text[byte..start].encode_utf16().count() as u32;
            let len = w.encode_utf16().count() as u32;
            out.push(utf16);
            out.push(utf16 + len);
            utf16 += len;
            byte = start + w.len();
        }
        out
    }
}
