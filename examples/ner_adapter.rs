//! Test-only adapter: runs the analyzer over a character-BIO NER file
//! (`char<ws>tag` lines, blank line between sentences) and prints one JSON
//! line per sentence, `{"text": …, "spans": [[start, end, "PER"], …]}`, for
//! `shared/eval/score_ner.py`. People → PER, places → LOC, organisations →
//! ORG. Nested facts are flattened (the outermost is kept) and governments
//! follow the gold's convention (see below).
//!
//! Usage: `ner_adapter FILE [--window N]` — with a window, N consecutive
//! sentences are analysed as one document (as in a news article, so a name
//! confirmed once is found again); by default each sentence stands alone.

use std::io::Write;

use serde_json::json;
use wenxi::{Analyzer, Kind, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: ner_adapter FILE [--window N]");
    let window: usize = match (args.next().as_deref(), args.next()) {
        (Some("--window"), Some(n)) => n.parse().expect("window: a number"),
        _ => 1,
    };
    let data = std::fs::read_to_string(&path).expect("read the BIO file");
    let mut sentences: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in data.lines() {
        match line.split_whitespace().next() {
            Some(ch) if !line.trim().is_empty() => current.push_str(ch),
            _ => {
                if !current.is_empty() {
                    sentences.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }

    // These sets tag one-char abbreviations as places (中|美, 访|华); the
    // facts contract does not.
    let analyzer = Analyzer::with_options(Options {
        abbreviated_places: true,
        ..Options::default()
    });
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for chunk in sentences.chunks(window.max(1)) {
        // One line per sentence keeps the offsets simple to map back.
        let text = chunk.join("\n");
        let doc = analyzer.analyze_str("ner", &text);
        let mut base = 0;
        for s in chunk {
            let len = s.chars().count();
            let mut ents: Vec<(usize, usize, &str)> = doc
                .facts
                .iter()
                .filter(|f| f.start >= base && f.end <= base + len)
                .filter_map(|f| {
                    let tag = match f.kind {
                        Kind::Person => "PER",
                        Kind::Place => "LOC",
                        Kind::Org => "ORG",
                        _ => return None,
                    };
                    Some((f.start - base, f.end - base, tag))
                })
                .collect();
            let chars: Vec<char> = s.chars().collect();
            // The gold files' conventions (MSRA and People's Daily alike): a
            // government is not annotated as an organisation; a place
            // naming it is a place (中国政府 → 中国, 政府 untagged).
            ents.retain(|&(a, b, tag)| !(tag == "ORG" && chars[a..b].ends_with(&['政', '府'])));
            // The gold is flat: keep the outermost of nested entities
            // (浙江 inside 浙江大学 is not annotated).
            ents.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
            let mut flat: Vec<(usize, usize, &str)> = Vec::with_capacity(ents.len());
            for e in ents {
                if flat.last().is_none_or(|l| e.0 >= l.1) {
                    flat.push(e);
                }
            }
            let spans: Vec<_> = flat.iter().map(|&(a, b, t)| json!([a, b, t])).collect();
            writeln!(out, "{}", json!({"text": s, "spans": spans})).expect("write");
            base += len + 1;
        }
    }
}
