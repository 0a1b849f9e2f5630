//! The facts table as CSV, for spreadsheets: one row per fact with its
//! sentence, UTF-8 with a BOM (so Excel reads it as UTF-8) and CRLF lines.

use crate::report::{Approx, DocReport, Report, Value};

use super::utf16::js_number;

/// `resolved` last: a day alone's date, its value null (`Fact::resolved`);
/// the columns before it keep their places.
pub const COLUMNS: [&str; 15] = [
    "document", "kind", "text", "value", "unit", "approx", "object", "metric", "title", "region",
    "speaker", "start", "end", "sentence", "resolved",
];

/// One cell, quoted. A cell starting with `= + - @`, a tab or a CR gets a
/// `'` in front: spreadsheets would otherwise run it as a formula, and
/// document text is untrusted.
pub fn cell(out: &mut String, s: &str) {
    out.push('"');
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        out.push('\'');
    }
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

fn opt(o: &Option<String>) -> &str {
    o.as_deref().unwrap_or("")
}

fn approx_str(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::About => "about",
        Approx::Over => "over",
        Approx::Under => "under",
    }
}

/// Every fact of `report` as CSV (the columns of [`COLUMNS`]); offsets in
/// code points, as in the report; numbers written as JavaScript writes
/// them, so the file is the one the page made before this moved to Rust.
pub fn facts_csv(report: &Report) -> String {
    let mut out = header();
    for d in &report.documents {
        doc_rows(&mut out, d);
    }
    out
}

/// The BOM and the header line: what [`facts_csv`] starts with.
pub fn header() -> String {
    let mut out = String::from("\u{FEFF}");
    row(&mut out, &COLUMNS);
    out
}

fn row(out: &mut String, cells: &[&str]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        cell(out, c);
    }
    out.push_str("\r\n");
}

/// The rows of one document's facts, for writers that stream documents
/// (the CLI) and so never hold the whole report's text.
pub fn doc_rows(out: &mut String, d: &DocReport) {
    let text = d.text.as_deref().unwrap_or("");
    // Byte offset of every code point: sentences are sliced by code points.
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let byte_at = |cp: usize| bytes[cp.min(bytes.len() - 1)];
    for f in &d.facts {
        let sentence = match d.sentences.get(f.sentence) {
            Some(s) if !text.is_empty() => {
                let (a, b) = (byte_at(s.start), byte_at(s.end));
                if a < b {
                    &text[a..b]
                } else {
                    ""
                }
            }
            _ => "",
        };
        let value = match &f.value {
            Some(Value::Number(n)) => js_number(*n),
            Some(Value::Text(t)) => t.clone(),
            Some(Value::Null) | None => String::new(),
        };
        row(
            out,
            &[
                &d.name,
                f.kind.as_str(),
                &f.text,
                &value,
                opt(&f.unit),
                f.approx.map(approx_str).unwrap_or(""),
                opt(&f.object),
                opt(&f.metric),
                opt(&f.title),
                opt(&f.region),
                opt(&f.speaker),
                &f.start.to_string(),
                &f.end.to_string(),
                sentence,
                opt(&f.resolved),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Fact, Kind, Span};

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        for (s, want) in [
            ("", r#""""#),
            ("北京", r#""北京""#),
            (r#"他说"好""#, r#""他说""好""""#),
            ("=HYPERLINK(1)", r#""'=HYPERLINK(1)""#),
            ("+1", r#""'+1""#),
            ("-2", r#""'-2""#),
            ("@SUM", r#""'@SUM""#),
            ("\tx", "\"'\tx\""),
            ("\rx", "\"'\rx\""),
            ("a=b", r#""a=b""#),
        ] {
            let mut out = String::new();
            cell(&mut out, s);
            assert_eq!(out, want, "{s:?}");
        }
    }

    #[test]
    fn rows_carry_values_and_code_point_sentences() {
        let text = "😀截至3月8日，复工率-2%。";
        let fact = |kind, start, end, value| Fact {
            value,
            sentence: 0,
            text: text.chars().skip(start).take(end - start).collect(),
            ..Fact::new(kind, start, end)
        };
        let mut pct = fact(Kind::Percent, 11, 14, Some(Value::Number(-2.0)));
        pct.approx = Some(Approx::About);
        pct.metric = Some("复工率".into());
        let report = Report {
            documents: vec![DocReport {
                name: "a.txt".into(),
                text: Some(text.into()),
                sentences: vec![Span { start: 0, end: 15 }],
                facts: vec![
                    fact(Kind::Date, 3, 7, Some(Value::Text("--03-08".into()))),
                    Fact {
                        resolved: Some("--03-08".into()),
                        ..fact(Kind::Date, 3, 7, Some(Value::Null))
                    },
                    pct,
                ],
                ..DocReport::default()
            }],
            ..Report::default()
        };
        let csv = facts_csv(&report);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "\u{FEFF}\"document\",\"kind\",\"text\",\"value\",\"unit\",\"approx\",\"object\",\"metric\",\"title\",\"region\",\"speaker\",\"start\",\"end\",\"sentence\",\"resolved\""
        );
        let s = r#""😀截至3月8日，复工率-2%。""#;
        assert_eq!(
            lines[1],
            format!(r#""a.txt","date","3月8日","'--03-08","","","","","","","","3","7",{s},"""#)
        );
        assert_eq!(
            lines[2],
            format!(r#""a.txt","date","3月8日","","","","","","","","","3","7",{s},"'--03-08""#)
        );
        assert_eq!(
            lines[3],
            format!(
                r#""a.txt","percent","'-2%","'-2","","about","","复工率","","","","11","14",{s},"""#
            )
        );
        assert_eq!(lines[4], "");
        assert_eq!(lines.len(), 5, "CRLF after the last row too");
    }
}
