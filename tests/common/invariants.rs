//! The invariants every report must keep, whatever the input: shared by the
//! proptest suite (`tests/properties.rs`), the hostile-input tests and the
//! cargo-fuzz target (`fuzz/fuzz_targets/pipeline.rs` includes this file by
//! path), so a crash found by one is checked the same way by the others.

use wenxi::report::{Report, Value};

/// Checks `report`; `Err` says what broke, in words fit for a test failure.
pub fn check_report(report: &Report) -> Result<(), String> {
    for (d, doc) in report.documents.iter().enumerate() {
        let ctx = |what: String| format!("document {d} ({}): {what}", doc.name);
        if let Some(err) = &doc.error {
            if err.trim().is_empty() {
                return Err(ctx("an empty error message".into()));
            }
            if !doc.facts.is_empty() {
                return Err(ctx("facts on a document with an error".into()));
            }
            continue;
        }
        let text = doc
            .text
            .as_deref()
            .ok_or_else(|| ctx("no decoded text".into()))?;
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        if doc.chars != n {
            return Err(ctx(format!("chars {} but the text has {n}", doc.chars)));
        }
        for (what, spans) in [("sentence", &doc.sentences), ("paragraph", &doc.paragraphs)] {
            let mut last_end = 0;
            for s in spans.iter() {
                if s.start > s.end || s.end > n || s.start < last_end {
                    return Err(ctx(format!("{what} span {s:?} (text has {n} chars)")));
                }
                last_end = s.end;
            }
        }
        if n > 0 && doc.sentences.is_empty() {
            return Err(ctx("no sentences".into()));
        }
        for (i, f) in doc.facts.iter().enumerate() {
            let ctx = |what: &str| ctx(format!("fact {i} {f:?}: {what}"));
            if !(f.start < f.end && f.end <= n) {
                return Err(ctx("span out of bounds"));
            }
            let slice: String = chars[f.start..f.end].iter().collect();
            if slice != f.text {
                return Err(ctx(&format!("text differs from its slice “{slice}”")));
            }
            let s = doc
                .sentences
                .get(f.sentence)
                .ok_or_else(|| ctx("sentence index out of range"))?;
            if !(s.start <= f.start && f.start < s.end) {
                return Err(ctx(&format!("does not start in its sentence {s:?}")));
            }
            if let Some(Value::Number(v)) = f.value {
                if !v.is_finite() {
                    return Err(ctx("value is not finite"));
                }
            }
        }
        // Words are read width-folded (１２ as 12), and a keyword leads back
        // to the text: the page's concordance searches for it there.
        let folded: String = chars
            .iter()
            .map(|&c| wenxi::script::fold_width(c))
            .collect();
        for w in doc
            .top_words
            .iter()
            .chain(&doc.keywords.tfidf)
            .chain(&doc.keywords.textrank)
        {
            if !w.weight.is_finite() {
                return Err(ctx(format!("weight of “{}” is not finite", w.word)));
            }
            if !folded.contains(w.word.as_str()) {
                return Err(ctx(format!("word “{}” is not in the text", w.word)));
            }
        }
    }
    let agg = &report.aggregates;
    let fact = |doc: usize, fact: usize| report.documents.get(doc).and_then(|d| d.facts.get(fact));
    for t in &agg.timeline {
        match fact(t.doc, t.fact) {
            Some(f) if f.text == t.text => {}
            _ => return Err(format!("timeline entry {t:?} points to no such fact")),
        }
    }
    for m in &agg.metrics {
        if fact(m.doc, m.fact).is_none() || !m.value.is_finite() {
            return Err(format!("metric entry {m:?} is broken"));
        }
    }
    for e in &agg.entities {
        if e.docs.iter().any(|&d| d >= report.documents.len()) {
            return Err(format!("entity {e:?} names a document that is not there"));
        }
    }
    for w in agg
        .top_words
        .iter()
        .chain(&agg.keywords.tfidf)
        .chain(&agg.keywords.textrank)
    {
        if !w.weight.is_finite() {
            return Err(format!("corpus weight of “{}” is not finite", w.word));
        }
    }
    check_json(report)
}

/// The report serialises to JSON and parses back to the same facts.
fn check_json(report: &Report) -> Result<(), String> {
    let json = serde_json::to_string(report).map_err(|e| format!("JSON: {e}"))?;
    let back: Report = serde_json::from_str(&json).map_err(|e| format!("JSON back: {e}"))?;
    if back.documents.len() != report.documents.len() {
        return Err("JSON: documents lost".into());
    }
    for (a, b) in report.documents.iter().zip(&back.documents) {
        if a.facts.len() != b.facts.len() || a.text != b.text || a.error != b.error {
            return Err(format!("JSON: document {} changed", a.name));
        }
        for (x, y) in a.facts.iter().zip(&b.facts) {
            let same_value = match (&x.value, &y.value) {
                (Some(Value::Number(p)), Some(Value::Number(q))) => {
                    (p - q).abs() <= 1e-9 * p.abs().max(1.0)
                }
                // `Some(Null)` is written as null and read back as `None`.
                (None | Some(Value::Null), None | Some(Value::Null)) => true,
                (p, q) => p == q,
            };
            if (x.kind, &x.text, x.start, x.end) != (y.kind, &y.text, y.start, y.end) || !same_value
            {
                return Err(format!("JSON: fact {x:?} came back as {y:?}"));
            }
        }
    }
    Ok(())
}
