//! The wasm boundary: the only module that knows about wasm-bindgen.
//!
//! Thin by design: it converts (bytes in; JSON strings and typed arrays
//! out) and calls the core. [`WasmAnalyzer`] builds one [`Analyzer`],
//! analyses named byte buffers (a `Uint8Array` each, with an optional
//! encoding override) and KEEPS the report: the page's worker asks for the
//! summary and for what the user opens ([`crate::explore`]), each answer a
//! small JSON string with every offset the page slices by in UTF-16 units
//! (`*_utf16`). The whole report crosses only when the user exports it.
//! [`WasmAnalyzer::cut`] returns a segmentation as a `Uint32Array` of
//! UTF-16 offsets, no strings, so JS pays for words only if it slices them.

use std::sync::Mutex;

use wasm_bindgen::prelude::*;

use crate::dictionary::Dictionary;
use crate::explore::{self, Query};
use crate::report::{DocReport, Report};
use crate::stopwords::Stopwords;
use crate::userdict::UserDict;
use crate::{Analyzer, Input, OpenDoc, Options, Share, WordAggregates};

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

/// An input as the page names it; an empty encoding is none.
fn input<'b>(name: &str, bytes: &'b [u8], encoding: Option<String>) -> Input<'b> {
    Input {
        name: name.to_string(),
        bytes,
        encoding: encoding.filter(|e| !e.is_empty()),
    }
}

fn to_json(value: impl serde::Serialize) -> String {
    serde_json::to_string(&value).expect("answers always serialise")
}

/// The analyzer, built once per worker.
#[wasm_bindgen]
pub struct WasmAnalyzer {
    inner: Analyzer,
    pending: Vec<DocReport>,
    /// The big file [`Self::open`] began, until [`Self::close`].
    open: Option<OpenDoc>,
    /// The report of the last [`Self::finish`] or [`Self::load`].
    report: Option<Report>,
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
            open: None,
            report: None,
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

    /// Starts a new corpus, forgetting documents added so far and the
    /// report (its memory is free for the analysis).
    pub fn begin(&mut self) {
        self.pending.clear();
        self.open = None;
        self.report = None;
    }

    /// Analyses one file of the corpus and keeps it for [`Self::finish`].
    /// Returns that document's error, or "" when it was analysed.
    pub fn add(&mut self, name: &str, bytes: &[u8], encoding: Option<String>) -> String {
        let doc = self.inner.analyze_one(&input(name, bytes, encoding));
        let err = doc.error.clone().unwrap_or_default();
        self.pending.push(doc);
        err
    }

    /// Begins a file whose tagging the words worker shares
    /// ([`Analyzer::open`]): decodes it and, while that worker tags its
    /// share ([`Self::word_aggregates_split`]), tags the lines before.
    /// `all`: the words worker tags every line ([`Share::All`], a file of
    /// many); else the second half ([`Share::Half`], one big file).
    /// [`Self::close`] ends it.
    pub fn open(&mut self, name: &str, bytes: &[u8], encoding: Option<String>, all: bool) {
        let share = if all { Share::All } else { Share::Half };
        self.open = Some(self.inner.open(&input(name, bytes, encoding), share));
    }

    /// Ends the file [`Self::open`] began with the words worker's part
    /// (empty if there is none: this worker tags it then), extracts its
    /// facts and keeps it, its word aggregates to come ([`Self::complete`]).
    /// Returns its index among the documents added.
    pub fn close(&mut self, part: &[u32]) -> Result<usize, JsError> {
        let open = self
            .open
            .take()
            .ok_or_else(|| JsError::new("no document open"))?;
        self.pending.push(self.inner.close(open, part));
        Ok(self.pending.len() - 1)
    }

    /// The word aggregates of a file ([`WordAggregates::to_wire`]; "" when
    /// it cannot be decoded), made in the words worker (with the same
    /// stopwords and user dictionary as the analyzer's worker). Calls
    /// `send_part` with the tokens of its share of the lines (`all` as in
    /// [`Self::open`]; a `Uint32Array`, empty if the file is not cut) as
    /// soon as they are tagged, for the other worker's [`Self::close`].
    pub fn word_aggregates_split(
        &self,
        name: &str,
        bytes: &[u8],
        encoding: Option<String>,
        all: bool,
        send_part: &js_sys::Function,
    ) -> String {
        let share = if all { Share::All } else { Share::Half };
        let send = |part: &[u32]| {
            // A failed call only leaves the other worker to tag it.
            let _ = send_part.call1(&JsValue::NULL, &js_sys::Uint32Array::from(part));
        };
        self.inner
            .word_aggregates_split(&input(name, bytes, encoding), share, send)
            .map(|w| w.to_wire())
            .unwrap_or_default()
    }

    /// Runs `bytes` through the two-core path, both workers' sides here,
    /// and forgets the result: the engine optimises that code before the
    /// first big file. The documents added and the report stay as they are.
    pub fn rehearse(&self, bytes: &[u8]) {
        let input = input("rehearsal.txt", bytes, None);
        let mut part = Vec::new();
        let words = self
            .inner
            .word_aggregates_split(&input, Share::Half, |p| part = p.to_vec());
        let mut doc = self
            .inner
            .close(self.inner.open(&input, Share::Half), &part);
        if let Some(words) = words {
            crate::complete(&mut doc, words);
        }
    }

    /// Puts `wire` ([`Self::word_aggregates_split`]) into document `index`
    /// of [`Self::close`]; false (and nothing changed) if it is not that.
    pub fn complete(&mut self, index: usize, wire: &str) -> bool {
        match (self.pending.get_mut(index), WordAggregates::from_wire(wire)) {
            (Some(doc), Some(words)) => {
                crate::complete(doc, words);
                true
            }
            _ => false,
        }
    }

    /// Makes document `index`'s word aggregates here, from its bytes again:
    /// for when the second worker could not.
    pub fn complete_here(&mut self, index: usize, bytes: &[u8], encoding: Option<String>) {
        let Some(name) = self.pending.get(index).map(|d| d.name.clone()) else {
            return;
        };
        if let Some(words) = self.inner.word_aggregates(&input(&name, bytes, encoding)) {
            crate::complete(&mut self.pending[index], words);
        }
    }

    /// Aggregates the documents added since [`Self::begin`] into the report
    /// this analyzer keeps and answers about.
    pub fn finish(&mut self) {
        let docs = std::mem::take(&mut self.pending);
        self.report = Some(self.inner.aggregate(docs));
    }

    /// Adds a file the core never saw (the page refused it, or it trapped
    /// an earlier instance) to the report, after the analysed ones and
    /// outside the aggregates, so the page lists it with its error.
    pub fn add_refused(&mut self, name: &str, error: &str) {
        if let Some(report) = &mut self.report {
            report.documents.push(DocReport {
                name: name.to_string(),
                error: Some(error.to_string()),
                ..DocReport::default()
            });
        }
    }

    /// A report file exported earlier (`wenxi analyze --json`, with or
    /// without `--text`) becomes the report; an error if it is not one.
    /// Until then (and if it is not one) the current report stays.
    pub fn load(&mut self, json: &[u8]) -> Result<(), JsError> {
        let report: Report =
            serde_json::from_slice(json).map_err(|e| JsError::new(&e.to_string()))?;
        self.pending.clear();
        self.report = Some(report);
        Ok(())
    }

    /// What the views draw up front (`explore::summary`), as JSON; "null"
    /// before any report.
    pub fn summary(&self) -> String {
        to_json(self.report.as_ref().map(explore::summary))
    }

    /// The answer to a query (`explore::Query` as JSON: `{"what": ...}`),
    /// as JSON; "null" before any report or for a query it cannot read.
    pub fn query(&self, query: &str) -> String {
        let (Some(report), Ok(q)) = (&self.report, serde_json::from_str::<Query>(query)) else {
            return "null".into();
        };
        to_json(explore::answer(report, &q))
    }

    /// The report as `wenxi analyze --json --text` prints it, byte for byte
    /// (so not indented: a third smaller, and one serialiser in the wasm),
    /// for download; "" before any report.
    pub fn export_json(&self) -> String {
        self.report.as_ref().map(to_json).unwrap_or_default()
    }

    /// Every fact as CSV (`explore::csv`), for download; "" before any report.
    pub fn export_csv(&self) -> String {
        self.report
            .as_ref()
            .map(explore::csv::facts_csv)
            .unwrap_or_default()
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
