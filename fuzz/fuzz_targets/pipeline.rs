//! The whole pipeline (decode → segment → extract → aggregate → JSON) over
//! arbitrary bytes, checked with the same invariants as `tests/properties.rs`.
//!
//! The input is one file, detected as the CLI and the page detect it. An input
//! that starts with 0xFF and then a byte other than 0xFE (so not a UTF-16 BOM)
//! is instead the rest of the bytes with a forced encoding picked by that
//! second byte, to cover the override path too; one that starts with '<' is
//! an .html file.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wenxi::{Analyzer, Input};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

const LABELS: [&str; 8] = [
    "gbk", "gb18030", "big5", "utf-8", "utf-16le", "utf-16be", "auto", "x-unknown",
];

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

fuzz_target!(|data: &[u8]| {
    let input = match data {
        [0xFF, sel, rest @ ..] if *sel != 0xFE => Input {
            name: "forced.txt".into(),
            bytes: rest,
            encoding: Some(LABELS[*sel as usize % LABELS.len()].into()),
        },
        // Markup is fuzzed as an .html file (tags stripped).
        [b'<', ..] => Input::new("fuzz.html", data),
        _ => Input::new("fuzz.txt", data),
    };
    let report = analyzer().analyze(&[input]);
    if let Err(e) = invariants::check_report(&report) {
        panic!("invariant broken: {e}");
    }
});
