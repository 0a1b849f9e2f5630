//! One pass of full analysis (every 100-line document, then the corpus
//! aggregates) and nothing else, for profilers and instruction counters:
//! `valgrind --tool=callgrind target/release/examples/profile_full CORPUS`.
//! A second argument sets the lines per document (default 100; `0`: the
//! whole corpus as one document, as the page's bench drops it).

mod common;

use wenxi::{Analyzer, Input};

fn main() {
    let path = std::env::args().nth(1).expect("usage: profile_full CORPUS");
    let text = std::fs::read_to_string(&path).expect("read corpus");
    let docs = common::documents(&text);
    let analyzer = Analyzer::new();
    let reports: Vec<_> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| analyzer.analyze_one(&Input::new(format!("{i}"), d.as_bytes())))
        .collect();
    let report = analyzer.aggregate(reports);
    let facts: usize = report.documents.iter().map(|d| d.facts.len()).sum();
    println!("{} documents, {facts} facts", report.documents.len());
}
