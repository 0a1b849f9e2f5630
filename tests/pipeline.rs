//! Whole-pipeline tests: the seeds (the page's built-in sample) and inputs
//! in every encoding, through the same `Analyzer::analyze` the CLI and the
//! page call.

use std::sync::OnceLock;

use encoding_rs::{BIG5, GB18030, GBK};
use wenxi::report::{DocReport, Fact, Kind, Value};
use wenxi::{Analyzer, Input, Share};

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

/// The facts the schema's own example names, found in the seed it describes.
#[test]
fn seed_facts_named_in_the_schema() {
    let (name, bytes) = seeds().remove(0);
    let doc = analyse_bytes(&name, &bytes);
    let find = |kind: Kind, text: &str| -> &Fact {
        doc.facts
            .iter()
            .find(|f| f.kind == kind && f.text == text)
            .unwrap_or_else(|| panic!("no {kind:?} “{text}” in {name}"))
    };
    assert_eq!(
        find(Kind::Person, "林焰峰").title.as_deref(),
        Some("党支部书记、总经理")
    );
    assert_eq!(
        find(Kind::Person, "金政").title.as_deref(),
        Some("永康市委书记")
    );
    let masks = find(Kind::Quantity, "130万只");
    assert_eq!(masks.value, Some(Value::Number(1_300_000.0)));
    assert_eq!(masks.unit.as_deref(), Some("只"));
    assert_eq!(masks.approx, Some(wenxi::report::Approx::Exact));
    assert!(masks
        .object
        .as_deref()
        .unwrap_or("")
        .starts_with("防护口罩"));
    let rate = find(Kind::Percent, "99.9％");
    assert_eq!(rate.value, Some(Value::Number(99.9)));
    assert_eq!(rate.metric.as_deref(), Some("复工率"));
    assert_eq!(
        find(Kind::Date, "2月17日凌晨").value,
        Some(Value::Text("--02-17".into()))
    );
    assert_eq!(
        find(Kind::Place, "建德市").region.as_deref(),
        Some("浙江省杭州市建德市")
    );
    assert_eq!(
        find(Kind::Place, "永康").region.as_deref(),
        Some("浙江省金华市永康市")
    );
    assert!(doc
        .facts
        .iter()
        .any(|f| f.kind == Kind::Org && f.text.starts_with("浙江省建德市朝美日化有限公司")));
    let quote = doc
        .facts
        .iter()
        .find(|f| f.kind == Kind::Quote && f.text.starts_with("能多生产一只口罩"))
        .expect("the opening quote");
    assert_eq!(quote.speaker.as_deref(), Some("林焰峰"));
    // The quote's span is the inner text: the marks sit just outside it.
    let chars: Vec<char> = doc.text.as_deref().unwrap().chars().collect();
    assert_eq!((chars[quote.start - 1], chars[quote.end]), ('“', '”'));
}

/// A day written alone keeps the null value the schema's conventions ask
/// for, and reaches the timeline with the month the dateline gives it.
#[test]
fn a_day_alone_is_null_but_on_the_timeline() {
    let text = "新华社北京5月12日电 国家航天局11日宣布，飞船已着陆。";
    let report = analyzer().analyze(&[Input::new("t.txt", text.as_bytes())]);
    let facts = &report.documents[0].facts;
    let day = facts
        .iter()
        .find(|f| f.kind == Kind::Date && f.text == "11日")
        .expect("the day alone is a fact");
    assert_eq!(day.value, Some(wenxi::report::Value::Null));
    assert_eq!(day.resolved.as_deref(), Some("--05-11"));
    let values: Vec<&str> = report
        .aggregates
        .timeline
        .iter()
        .map(|t| t.value.as_str())
        .collect();
    assert_eq!(values, ["--05-11", "--05-12"]);
}

#[test]
fn corpus_aggregates_link_back_to_facts() {
    let inputs: Vec<(String, Vec<u8>)> = seeds();
    let report = analyzer().analyze(
        &inputs
            .iter()
            .map(|(n, b)| Input::new(n.clone(), b))
            .collect::<Vec<_>>(),
    );
    let agg = &report.aggregates;
    assert!(!agg.timeline.is_empty() && !agg.metrics.is_empty() && !agg.cooccurrence.is_empty());
    for t in &agg.timeline {
        let f = &report.documents[t.doc].facts[t.fact];
        assert_eq!(f.kind, Kind::Date);
        assert_eq!(f.text, t.text);
        assert!(t.sentence.contains(&t.text), "{t:?}");
    }
    for m in &agg.metrics {
        let f = &report.documents[m.doc].facts[m.fact];
        assert_eq!(
            (f.kind, f.metric.as_deref()),
            (Kind::Percent, Some(m.metric.as_str()))
        );
    }
    // Entities are counted as often as they are mentioned.
    for e in agg.entities.iter().take(10) {
        let n: usize = report
            .documents
            .iter()
            .map(|d| {
                d.facts
                    .iter()
                    .filter(|f| f.kind == e.kind && f.text == e.name)
                    .count()
            })
            .sum();
        assert_eq!(n, e.mentions, "{}", e.name);
    }
    let kinds: usize = agg.facts_by_kind.iter().map(|(_, n)| n).sum();
    assert_eq!(
        kinds,
        report
            .documents
            .iter()
            .map(|d| d.facts.len())
            .sum::<usize>()
    );
}

#[test]
fn a_place_inside_a_name_is_part_of_the_name() {
    let text = "副省长李长江和大昭寺民管会主任尼玛慈仁来到长江边。";
    let doc = analyse_bytes("names.txt", text.as_bytes());
    let of = |kind: Kind| -> Vec<&str> {
        doc.facts
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.text.as_str())
            .collect()
    };
    assert_eq!(of(Kind::Person), ["李长江", "尼玛慈仁"]);
    // 长江 and 尼玛 (a county) inside the names are no places; the river
    // after 来到 is.
    assert_eq!(of(Kind::Place), ["长江"]);
    assert_offsets(&doc);
}

#[test]
fn one_char_abbreviations_are_places_only_when_asked_for() {
    let text = "美国总统访华期间，中美双方在京签署协议，俄总统也发来贺电。";
    let places = |analyzer: &Analyzer| -> Vec<String> {
        let doc = analyzer.analyze_one(&Input::new("abbr.txt", text.as_bytes()));
        assert_offsets(&doc);
        doc.facts
            .iter()
            .filter(|f| f.kind == Kind::Place)
            .map(|f| f.text.clone())
            .collect()
    };
    // The facts contract: a full name is a place, an abbreviation is not.
    assert_eq!(places(analyzer()), ["美国"]);
    // The NER sets' convention, for their adapter.
    let ner = Analyzer::with_options(wenxi::Options {
        abbreviated_places: true,
        ..wenxi::Options::default()
    });
    assert_eq!(places(&ner), ["美国", "华", "中", "美", "京", "俄"]);
    // A one-char place the user's dictionary declares is the user's word.
    let mut user = Analyzer::new();
    user.set_user_dict(wenxi::userdict::UserDict::parse("京 place\n"));
    assert_eq!(places(&user), ["美国", "京"]);
}

#[test]
fn a_traditional_text_gives_the_facts_of_its_simplified_twin() {
    // The same made-up report in both scripts, char for char: Taiwan's 著
    // for 着 and 瀋陽 must not cost a fact or add one.
    let traditional = "隨著訂單增加，廠長陳小明領著公司員工趕工。瀋陽市的工廠復工率達到九成，\
                       其中著名企業帶著上下游一起恢復生產。";
    let simplified = "随着订单增加，厂长陈小明领着公司员工赶工。沈阳市的工厂复工率达到九成，\
                      其中著名企业带着上下游一起恢复生产。";
    let spans = |text: &str| -> Vec<(Kind, usize, usize, Option<String>)> {
        let doc = analyse_bytes("twin.txt", text.as_bytes());
        assert_offsets(&doc);
        doc.facts
            .iter()
            .map(|f| (f.kind, f.start, f.end, f.region.clone()))
            .collect()
    };
    let want = spans(simplified);
    assert!(
        want.iter().any(|f| f.3.as_deref() == Some("辽宁省沈阳市")),
        "{want:?}"
    );
    assert_eq!(spans(traditional), want);
}

#[test]
fn facts_and_word_aggregates_made_apart_make_the_same_document() {
    // The page makes a big document's word aggregates in a second worker
    // and sends them over as a string: the document put together must be
    // the one made in one go, field for field (keywords' weights to the
    // bit, word counts, a Traditional text's respelled keywords).
    let mut inputs = seeds();
    inputs.push((
        "trad.txt".into(),
        "隨著訂單增加，廠長陳小明領著公司員工趕工。瀋陽市的工廠復工率達到九成，\
         復工的工廠帶著上下游一起恢復生產。復工以後，訂單還在增加。"
            .as_bytes()
            .to_vec(),
    ));
    inputs.push((
        "page.html".into(),
        "<p>记者王明说：“工厂已经复工。”</p><script>var x = 1;</script>"
            .as_bytes()
            .to_vec(),
    ));
    inputs.push(("empty.txt".into(), Vec::new()));
    inputs.push(("binary.bin".into(), vec![0u8, 159, 146, 150, 0, 0, 1, 2]));
    let a = analyzer();
    for (name, bytes) in &inputs {
        let input = Input::new(name.as_str(), bytes.as_slice());
        let whole = a.analyze_one(&input);
        // Its facts, tagged here (no second half came).
        let mut apart = a.close(a.open(&input, Share::Half), &[]);
        match a.word_aggregates(&input) {
            Some(words) => {
                assert!(whole.error.is_none(), "{name}");
                let wire = words.to_wire();
                let back = wenxi::WordAggregates::from_wire(&wire).expect("reads back");
                assert_eq!(back, words, "{name}: through the wire");
                wenxi::complete(&mut apart, back);
            }
            None => assert!(whole.error.is_some(), "{name}"),
        }
        assert_eq!(apart, whole, "{name}");
        assert_eq!(
            serde_json::to_string(&apart).unwrap(),
            serde_json::to_string(&whole).unwrap(),
            "{name}"
        );
    }
    // Not vacuous: the Traditional text has respelled keywords and counts.
    let trad = a.analyze_one(&Input::new(
        "trad.txt",
        inputs[inputs.len() - 4].1.as_slice(),
    ));
    assert!(!trad.spellings.is_empty());
    assert!(
        trad.keywords.tfidf.iter().any(|w| w.word == "復工"),
        "{:?}",
        trad.keywords
    );
    assert!(trad.counts.iter().count() > 5);
}

#[test]
fn a_text_tagged_in_two_halves_makes_the_same_document() {
    // The page tags a big file on two cores: the words worker tags the
    // lines from halfway on and hands them over packed; the analyzer's
    // worker tags the first half, joins them (`close`), and gets the word
    // aggregates from the words worker. Whatever crosses, or fails to, the
    // document is the one made in one go.
    let mut inputs = seeds();
    // Numbers at line ends and starts, a Taiwanese day, a guessed word,
    // Traditional script, Latin words, blank lines around the middle.
    let mut mixed = String::new();
    for i in 0..40 {
        mixed.push_str(&format!(
            "第{i}段：截至3月8日，复工率达到99.{i}％，新增订单1.5万件。\n\n\
             今（13）日，陈小明在Apple Store说：“我们赶工了。”\n隨著訂單增加，瀋陽市工廠復工。\n"
        ));
    }
    inputs.push(("mixed.txt".into(), mixed.into_bytes()));
    inputs.push((
        "one-line.txt".into(),
        "一行没有换行的文字，复工率99%。".as_bytes().to_vec(),
    ));
    inputs.push(("binary.bin".into(), vec![0u8, 159, 146, 150, 0, 0, 1, 2]));
    let a = analyzer();
    for (name, bytes) in &inputs {
        let input = Input::new(name.as_str(), bytes.as_slice());
        let whole = a.analyze_one(&input);
        for share in [Share::Half, Share::All] {
            let mut part = Vec::new();
            let words = a.word_aggregates_split(&input, share, |p| part = p.to_vec());
            assert_eq!(
                words,
                a.word_aggregates(&input),
                "{name}: the words worker's"
            );
            let cut = !part.is_empty();
            let undecodable = name == "binary.bin";
            let one_line = name == "one-line.txt" && share == Share::Half;
            assert_eq!(cut, !undecodable && !one_line, "{name} {share:?}");
            // What a part that is not one looks like: a token out of order.
            let mut bad = part.clone();
            if bad.len() > 7 {
                bad.swap(1, 4);
            }
            for p in [&part[..], &[], &bad[..]] {
                let mut doc = a.close(a.open(&input, share), p);
                if let Some(w) = words.clone() {
                    wenxi::complete(&mut doc, w);
                }
                assert_eq!(doc, whole, "{name} {share:?}");
            }
        }
    }
}
