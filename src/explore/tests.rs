//! The summary and the queries over a small hand-made report: two
//! documents (the first with characters outside the BMP, so code points and
//! UTF-16 units differ) and a refused file.

use serde_json::{json, Value as J};

use super::query::paging;
use super::*;
use crate::report::{Aggregates, CoOccurrence, Fact, Keywords, Span, Weighted};
use crate::report::{DocReport, EntityEntry, Kind, Report, TimelineEntry, Value};

const T0: &str = "😀截至3月8日，复工率达到99.9％。\n张三说：“好。”张三在北京市工作。";
const T1: &str = "上海  复工。\n广东省广州市的复工率是98%。";

fn fact(text: &str, kind: Kind, start: usize, end: usize, sentence: usize) -> Fact {
    Fact {
        text: text.chars().skip(start).take(end - start).collect(),
        sentence,
        ..Fact::new(kind, start, end)
    }
}

fn fixture() -> Report {
    let mut d0 = DocReport {
        name: "a.txt".into(),
        encoding: "UTF-8".into(),
        chars: T0.chars().count(),
        words: 20,
        text: Some(T0.into()),
        sentences: vec![
            Span { start: 0, end: 19 },
            Span { start: 20, end: 28 },
            Span { start: 28, end: 37 },
        ],
        keywords: Keywords {
            tfidf: vec![Weighted {
                word: "复工".into(),
                weight: 2.5,
            }],
            textrank: vec![],
        },
        ..DocReport::default()
    };
    let mut date = fact(T0, Kind::Date, 3, 7, 0);
    date.value = Some(Value::Text("--03-08".into()));
    let mut pct = fact(T0, Kind::Percent, 13, 18, 0);
    pct.value = Some(Value::Number(99.9));
    pct.metric = Some("复工率".into());
    let mut quote = fact(T0, Kind::Quote, 24, 28, 1);
    quote.speaker = Some("张三".into());
    let mut place = fact(T0, Kind::Place, 31, 34, 2);
    place.region = Some("北京市".into());
    d0.facts = vec![
        date,
        pct,
        fact(T0, Kind::Person, 20, 22, 1),
        quote,
        fact(T0, Kind::Person, 28, 30, 2),
        place,
    ];
    let mut d1 = DocReport {
        name: "b.txt".into(),
        encoding: "GBK".into(),
        chars: T1.chars().count(),
        text: Some(T1.into()),
        sentences: vec![Span { start: 0, end: 7 }, Span { start: 8, end: 23 }],
        ..DocReport::default()
    };
    let mut gz = fact(T1, Kind::Place, 8, 14, 1);
    gz.region = Some("广东省广州市".into());
    let mut quote1 = fact(T1, Kind::Quote, 0, 2, 0);
    quote1.speaker = Some("张三".into());
    d1.facts = vec![fact(T1, Kind::Place, 0, 2, 0), gz, quote1];
    let refused = DocReport {
        name: "big.txt".into(),
        error: Some("too big".into()),
        ..DocReport::default()
    };
    let entity = |kind, name: &str, mentions, docs: Vec<usize>, region: Option<&str>| EntityEntry {
        kind,
        name: name.into(),
        mentions,
        docs,
        title: None,
        region: region.map(String::from),
    };
    let timeline = |value: &str, doc, fact| TimelineEntry {
        value: value.into(),
        doc,
        fact,
        text: format!("t{doc}.{fact}"),
        sentence: String::new(),
    };
    Report {
        documents: vec![d0, d1, refused],
        aggregates: Aggregates {
            keywords: Keywords {
                tfidf: vec![
                    Weighted {
                        word: "复工".into(),
                        weight: 3.0,
                    },
                    Weighted {
                        word: "张三".into(),
                        weight: 1.0,
                    },
                ],
                textrank: vec![],
            },
            timeline: vec![
                timeline("--03-08", 0, 0),
                timeline("2020-03-08", 0, 9),
                timeline("--03-08", 1, 5),
                timeline("", 1, 6),
                timeline("2019-12-01", 1, 7),
            ],
            entities: vec![
                entity(Kind::Person, "张三", 3, vec![0], None),
                entity(Kind::Place, "北京市", 1, vec![0], Some("北京市")),
                entity(Kind::Place, "广州市", 2, vec![1, 7], Some("广东省广州市")),
                entity(Kind::Place, "上海", 1, vec![1], Some("上海市")),
                entity(Kind::Place, "深圳", 1, vec![1], Some("广东省深圳市")),
            ],
            cooccurrence: vec![
                CoOccurrence {
                    a: "张三".into(),
                    b: "北京市".into(),
                    weight: 2,
                },
                CoOccurrence {
                    a: "张三".into(),
                    b: "某公司".into(),
                    weight: 1,
                },
            ],
            facts_by_kind: vec![(Kind::Date, 1), (Kind::Percent, 1)],
            ..Aggregates::default()
        },
    }
}

fn ask(report: &Report, q: J) -> J {
    let q: Query = serde_json::from_value(q).expect("a query");
    serde_json::to_value(answer(report, &q)).unwrap()
}

#[test]
fn args_read_as_js_reads_them() {
    let arg = |v: J| -> Arg { serde_json::from_value(v).unwrap() };
    for (v, number, int, string, truthy, index) in [
        (json!(3), 3.0, 3, "3", true, Some(3)),
        (json!(2.7), 2.7, 2, "2.7", true, None),
        (json!(-1), -1.0, -1, "-1", true, None),
        (json!(0), 0.0, 0, "0", false, Some(0)),
        (json!("12"), 12.0, 12, "12", true, Some(12)),
        (json!("012"), 12.0, 12, "012", true, None),
        (json!(""), 0.0, 0, "", false, None),
        (json!(" 4 "), 4.0, 4, " 4 ", true, None),
        (json!("x"), f64::NAN, 0, "x", true, None),
        (json!(true), 1.0, 1, "true", true, None),
    ] {
        let a = arg(v.clone());
        let n = a.number();
        assert!(n == number || (n.is_nan() && number.is_nan()), "{v}: {n}");
        assert_eq!(
            (a.int(), a.string().as_ref(), a.truthy(), a.index()),
            (int, string, truthy, index),
            "{v}"
        );
    }
}

#[test]
fn paging_caps_and_defaults() {
    let p = |offset: J, limit: J| {
        let q = json!({ "what": "quotes", "offset": offset, "limit": limit });
        let Query::Quotes { offset, limit } = serde_json::from_value(q).unwrap() else {
            unreachable!()
        };
        let p = paging(&offset, &limit);
        (p.offset, p.limit)
    };
    for (offset, limit, want) in [
        (json!(0), json!(300), (0, 300)),
        (json!(10), json!(0), (10, PAGE_DEFAULT)),
        (json!(null), json!(null), (0, PAGE_DEFAULT)),
        (json!(-5), json!(5000), (0, PAGE_MAX)),
        (json!("20"), json!(-3), (20, 1)),
        (json!(1.9), json!(2.9), (1, 2)),
    ] {
        assert_eq!(p(offset.clone(), limit.clone()), want, "{offset} {limit}");
    }
}

#[test]
fn provinces_as_the_page_regex_reads_them() {
    for (region, want) in [
        ("北京市朝阳区", "北京市"),
        ("上海市", "上海市"),
        ("广东省广州市", "广东省"),
        ("黑龙江省哈尔滨市", "黑龙江省"),
        ("内蒙古自治区呼和浩特市", "内蒙古自治区"),
        ("新疆维吾尔自治区", "新疆维吾尔自治区"),
        ("广西壮族自治区南宁市", "广西壮族自治区"),
        ("香港特别行政区", "香港特别行政区"),
        ("西藏自治区拉萨市", "西藏自治区"),
        ("台湾省", "台湾省"),
        ("美国", ""),
        ("省", ""),
        ("江省", ""),
        ("一二三四省", ""),
        ("自治区", ""),
        ("甘\n肃省", ""),
        ("", ""),
    ] {
        assert_eq!(province(region), want, "{region}");
    }
}

#[test]
fn summary_of_the_fixture() {
    let r = fixture();
    let s = serde_json::to_value(summary(&r)).unwrap();
    assert_eq!(
        s["documents"],
        json!([
            { "name": "a.txt", "encoding": "UTF-8", "chars": 37, "words": 20, "error": null, "facts": 6,
              "factsByKind": { "date": 1, "percent": 1, "person": 2, "quote": 1, "place": 1 }, "keywords": ["复工"] },
            { "name": "b.txt", "encoding": "GBK", "chars": 23, "words": 0, "error": null, "facts": 3,
              "factsByKind": { "place": 2, "quote": 1 }, "keywords": [] },
            { "name": "big.txt", "encoding": "", "chars": 0, "words": 0, "error": "too big", "facts": 0,
              "factsByKind": {}, "keywords": [] },
        ])
    );
    // Dated first, then month-day dates; layer by layer; empty values left out.
    assert_eq!(
        s["timeline"]["dates"],
        json!(["2019-12-01", "2020-03-08", "--03-08"])
    );
    let points: Vec<(String, u64)> = s["timeline"]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["text"].as_str().unwrap().to_string(),
                p["stack"].as_u64().unwrap(),
            )
        })
        .collect();
    let want = [("t1.7", 1), ("t0.9", 1), ("t0.0", 1), ("t1.5", 2)];
    assert_eq!(points, want.map(|(t, n)| (t.to_string(), n)));
    assert_eq!(s["timeline"]["total"], 4);
    assert_eq!(
        s["provinces"],
        json!([["广东省", 3], ["北京市", 1], ["上海市", 1]])
    );
    assert_eq!(
        s["entityTotals"],
        json!({ "person": 1, "place": 4, "org": 0 })
    );
    let nodes = s["network"]["nodes"].as_array().unwrap();
    let at: Vec<(i64, i64)> = nodes
        .iter()
        .map(|n| (n["x"].as_i64().unwrap(), n["y"].as_i64().unwrap()))
        .collect();
    // Placed by force_layout, in the nodes' order, the edges by name.
    let links = [(0, 1), (0, 2)];
    let placed = super::force_layout(3, &links);
    assert_eq!(
        at,
        placed
            .iter()
            .map(|&(x, y)| (i64::from(x), i64::from(y)))
            .collect::<Vec<_>>()
    );
    let unplaced: Vec<_> = nodes
        .iter()
        .map(|n| json!({ "name": n["name"], "kind": n["kind"], "mentions": n["mentions"] }))
        .collect();
    assert_eq!(
        unplaced,
        [
            json!({ "name": "张三", "kind": "person", "mentions": 3 }),
            json!({ "name": "北京市", "kind": "place", "mentions": 1 }),
            json!({ "name": "某公司", "kind": "org", "mentions": 1 }),
        ]
    );
    assert_eq!(
        s["network"]["edges"][0],
        json!({ "a": "张三", "b": "北京市", "weight": 2 })
    );
    assert_eq!(s["quotes"], 2);
    assert_eq!(s["factsByKind"], json!([["date", 1], ["percent", 1]]));
    assert_eq!(
        s["keywords"]["tfidf"][0],
        json!({ "word": "复工", "weight": 3.0 })
    );
    assert_eq!(s["first"]["facts"]["total"], 9);
    assert_eq!(s["first"]["place"]["total"], 4);
    // Two analysed documents: the default trend is per document.
    assert_eq!(
        s["first"]["trends"],
        json!({ "word": "复工", "mode": "docs", "doc": 0, "labels": ["a.txt", "b.txt", "big.txt"], "values": [1, 2, 0] })
    );
}

#[test]
fn fact_pages() {
    let r = fixture();
    let texts = |a: &J| -> Vec<String> {
        a["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["text"].as_str().unwrap().to_string())
            .collect()
    };
    for (q, total, want) in [
        (
            json!({ "kind": "", "doc": "" }),
            9,
            vec![
                "3月8日",
                "99.9％",
                "张三",
                "“好。”",
                "张三",
                "北京市",
                "上海",
                "广东省广州市",
                "上海",
            ],
        ),
        (
            json!({ "kind": "place" }),
            3,
            vec!["北京市", "上海", "广东省广州市"],
        ),
        (
            json!({ "kind": "", "doc": "1" }),
            3,
            vec!["上海", "广东省广州市", "上海"],
        ),
        (
            json!({ "kind": "place", "doc": 1, "offset": 1, "limit": 1 }),
            2,
            vec!["广东省广州市"],
        ),
        (json!({ "doc": "x" }), 0, vec![]),
        (json!({ "kind": "nope" }), 0, vec![]),
        (json!({ "offset": 99 }), 9, vec![]),
    ] {
        let mut full = json!({ "what": "facts" });
        full.as_object_mut()
            .unwrap()
            .extend(q.as_object().unwrap().clone());
        let a = ask(&r, full);
        assert_eq!(
            (a["total"].as_u64().unwrap(), texts(&a)),
            (total, want.iter().map(|s| s.to_string()).collect()),
            "{q}"
        );
    }
    let a = ask(&r, json!({ "what": "facts", "kind": "percent" }));
    assert_eq!(
        a["rows"][0],
        json!({ "di": 0, "fi": 1, "doc": "a.txt", "kind": "percent", "text": "99.9％", "value": 99.9, "metric": "复工率" })
    );
}

#[test]
fn entity_and_quote_pages() {
    let r = fixture();
    let a = ask(
        &r,
        json!({ "what": "entities", "kind": "place", "province": "广东省", "offset": 0, "limit": 10 }),
    );
    assert_eq!(a["total"], 2);
    assert_eq!(
        a["rows"][0],
        json!({ "name": "广州市", "title": "", "region": "广东省广州市", "mentions": 2, "docs": ["b.txt", "7"] })
    );
    assert_eq!(
        ask(&r, json!({ "what": "entities", "kind": "person" }))["total"],
        1
    );
    assert_eq!(ask(&r, json!({ "what": "entities" }))["total"], 0);
    let q = ask(&r, json!({ "what": "quotes", "offset": 1 }));
    assert_eq!(q["total"], 2);
    assert_eq!(
        q["rows"],
        json!([{ "di": 1, "fi": 2, "doc": "b.txt", "speaker": "张三", "text": "上海", "speakerQuotes": 2 }])
    );
}

/// `text.slice(a, b)` in UTF-16 units.
fn js_slice(text: &str, a: u64, b: u64) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&u[a as usize..b as usize]).unwrap()
}

#[test]
fn kwic_offsets_are_utf16_and_context_squashed() {
    let r = fixture();
    let a = ask(
        &r,
        json!({ "what": "kwic", "word": "复工", "sort": "left" }),
    );
    assert_eq!(a["total"], 3);
    let hits = a["hits"].as_array().unwrap();
    assert_eq!(
        hits[0],
        json!({ "di": 0, "doc": "a.txt", "start_utf16": 9, "end_utf16": 11, "word": "复工", "left": "😀截至3月8日，", "right": "率达到99.9％。 张三说：“好。”张三在北京市" })
    );
    assert_eq!(
        hits[1]["left"], "上海 ",
        "runs of white space become one space"
    );
    for h in hits {
        let text = [T0, T1][h["di"].as_u64().unwrap() as usize];
        assert_eq!(
            js_slice(
                text,
                h["start_utf16"].as_u64().unwrap(),
                h["end_utf16"].as_u64().unwrap()
            ),
            "复工"
        );
    }
    assert_eq!(
        ask(&r, json!({ "what": "kwic", "word": "" })),
        json!({ "total": 0, "hits": [] })
    );
    assert_eq!(ask(&r, json!({ "what": "kwic" }))["total"], 0);
}

#[test]
fn kwic_and_trends_find_a_word_in_either_script() {
    let mut r = fixture();
    let t2 = "臺北市復工率達到98%，各企業復工。";
    r.documents.push(DocReport {
        name: "t.txt".into(),
        encoding: "UTF-8".into(),
        script: "traditional".into(),
        chars: t2.chars().count(),
        text: Some(t2.into()),
        sentences: vec![Span { start: 0, end: 18 }],
        ..DocReport::default()
    });
    for word in ["复工", "復工"] {
        let a = ask(&r, json!({ "what": "kwic", "word": word }));
        assert_eq!(a["total"], 5, "{word}");
        let hits = a["hits"].as_array().unwrap();
        let last = hits.last().unwrap();
        assert_eq!(last["doc"], "t.txt");
        // The hit is the text as written, at its own offsets.
        assert_eq!(
            js_slice(
                t2,
                last["start_utf16"].as_u64().unwrap(),
                last["end_utf16"].as_u64().unwrap()
            ),
            "復工"
        );
        assert_eq!(last["left"], "臺北市復工率達到98%，各企業");
        assert_eq!(last["word"], "復工");
        let t = ask(
            &r,
            json!({ "what": "trends", "word": word, "mode": "docs" }),
        );
        assert_eq!(t["values"], json!([1, 2, 0, 2]), "{word}");
    }
    // Without Traditional text nothing is folded: 復工 is not 复工.
    let simplified = fixture();
    assert_eq!(
        ask(&simplified, json!({ "what": "kwic", "word": "復工" }))["total"],
        0
    );
}

#[test]
fn trends_per_document_and_per_section() {
    let r = fixture();
    for (q, labels, values) in [
        (
            json!({ "word": "张三", "mode": "docs" }),
            json!(["a.txt", "b.txt", "big.txt"]),
            json!([2, 0, 0]),
        ),
        (
            json!({ "word": "", "mode": "docs" }),
            json!(["a.txt", "b.txt", "big.txt"]),
            json!([0, 0, 0]),
        ),
        // b.txt is 23 units: sections of 3, the last one short.
        (
            json!({ "word": "复工", "mode": "sections", "doc": 1 }),
            json!(["§1", "§2", "§3", "§4", "§5", "§6", "§7", "§8"]),
            json!([0, 1, 0, 0, 0, 1, 0, 0]),
        ),
        // No such document: the first analysed one (38 units, sections of 4).
        (
            json!({ "word": "张三", "mode": "sections", "doc": 9 }),
            json!(["§1", "§2", "§3", "§4", "§5", "§6", "§7", "§8", "§9", "§10"]),
            json!([0, 0, 0, 0, 0, 1, 0, 1, 0, 0]),
        ),
    ] {
        let mut full = json!({ "what": "trends" });
        full.as_object_mut()
            .unwrap()
            .extend(q.as_object().unwrap().clone());
        assert_eq!(
            ask(&r, full),
            json!({ "labels": labels, "values": values }),
            "{q}"
        );
    }
}

#[test]
fn reader_marks_the_fact_and_the_others() {
    let r = fixture();
    let a = ask(&r, json!({ "what": "reader", "doc": 0, "fact": 1 }));
    assert_eq!(a["name"], "a.txt");
    assert_eq!(
        (a["cutBefore"].as_bool(), a["cutAfter"].as_bool()),
        (Some(false), Some(false))
    );
    assert_eq!(a["sentence"], "😀截至3月8日，复工率达到99.9％。");
    let runs = a["runs"].as_array().unwrap();
    let joined: String = runs.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert_eq!(joined, T0, "the runs are the whole text");
    assert_eq!(runs[0], json!({ "text": "😀截至" }));
    assert_eq!(
        runs[1],
        json!({ "text": "3月8日", "kind": "date", "current": false })
    );
    assert_eq!(
        runs[3],
        json!({ "text": "99.9％", "kind": "percent", "current": true })
    );
    // A UTF-16 range (a concordance hit) is marked `hit`; facts inside it are not.
    let a = ask(
        &r,
        json!({ "what": "reader", "doc": 0, "start_utf16": 4, "end_utf16": 11 }),
    );
    let marked: Vec<&J> = a["runs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r.get("kind").is_some())
        .collect();
    assert_eq!(
        marked[0],
        &json!({ "text": "3月8日，复工", "kind": "hit", "current": true })
    );
    assert_eq!(a["sentence"], "");
    for q in [
        json!({ "what": "reader", "doc": 0, "fact": 99 }),
        json!({ "what": "reader", "doc": 7, "fact": 0 }),
        json!({ "what": "reader", "fact": 0 }),
    ] {
        assert_eq!(ask(&r, q.clone()), J::Null, "{q}");
    }
}

#[test]
fn reader_marks_the_longer_of_facts_starting_together() {
    // The extractors list the places before the organisation they start.
    const T: &str = "浙江省建德市某某日化有限公司的员工说，3月8日复工。";
    let d = DocReport {
        name: "o.txt".into(),
        text: Some(T.into()),
        sentences: vec![Span { start: 0, end: 25 }],
        facts: vec![
            fact(T, Kind::Place, 0, 3, 0),
            fact(T, Kind::Place, 3, 6, 0),
            fact(T, Kind::Org, 0, 14, 0),
            fact(T, Kind::Date, 19, 23, 0),
        ],
        ..DocReport::default()
    };
    let r = Report {
        documents: vec![d],
        aggregates: Aggregates::default(),
    };
    let marked = |fact: usize| -> Vec<(String, String)> {
        ask(&r, json!({ "what": "reader", "doc": 0, "fact": fact }))["runs"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| Some((r["text"].as_str()?.into(), r["kind"].as_str()?.into())))
            .collect()
    };
    let pair = |t: &str, k: &str| (t.to_string(), k.to_string());
    // Opened at the date: the organisation, not the places inside it.
    assert_eq!(
        marked(3),
        [
            pair("浙江省建德市某某日化有限公司", "org"),
            pair("3月8日", "date")
        ]
    );
    // Opened at a place inside it: that place first, then what does not
    // overlap it.
    assert_eq!(
        marked(1),
        [
            pair("浙江省", "place"),
            pair("建德市", "place"),
            pair("3月8日", "date")
        ]
    );
}

#[test]
fn reader_cuts_long_documents_around_the_fact() {
    // 3000 sentences of 10 units: far past READER_WHOLE.
    let sentence = "今天天气很好我们走。";
    let text = sentence.repeat(3000);
    let mut doc = DocReport {
        name: "long.txt".into(),
        text: Some(text.clone()),
        sentences: (0..3000)
            .map(|i| Span {
                start: i * 10,
                end: i * 10 + 10,
            })
            .collect(),
        ..DocReport::default()
    };
    doc.facts = vec![
        fact(&text, Kind::Date, 15002, 15004, 1500),
        fact(&text, Kind::Date, 14962, 14964, 1496),
    ];
    let r = Report {
        documents: vec![doc],
        ..Report::default()
    };
    let a = ask(&r, json!({ "what": "reader", "doc": 0, "fact": 0 }));
    assert_eq!(
        (a["cutBefore"].as_bool(), a["cutAfter"].as_bool()),
        (Some(true), Some(true))
    );
    let joined: String = a["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    // Sentences 1496..=1504: nine of them.
    assert_eq!(joined, sentence.repeat(9));
    assert_eq!(
        a["runs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r.get("kind").is_some())
            .count(),
        2
    );
}

#[test]
fn a_report_file_without_text_or_utf16_offsets_is_answered() {
    // What `wenxi analyze --json` prints without `--text`, minus fields.
    let file = json!({ "documents": [{ "name": "a.txt", "facts": [
        { "kind": "date", "text": "3月8日", "start": 3, "end": 7, "value": null, "sentence": 0 },
        { "kind": "person", "text": "张三", "start": 20, "end": 22 },
    ] }] });
    let r: Report = serde_json::from_value(file).unwrap();
    assert_eq!(
        r.documents[0].facts[0].value,
        Some(Value::Null),
        "a null value stays null"
    );
    let a = ask(&r, json!({ "what": "facts" }));
    assert_eq!(
        a["rows"][0],
        json!({ "di": 0, "fi": 0, "doc": "a.txt", "kind": "date", "text": "3月8日", "value": null })
    );
    assert_eq!(
        a["rows"][1],
        json!({ "di": 0, "fi": 1, "doc": "a.txt", "kind": "person", "text": "张三" })
    );
    let reader = ask(&r, json!({ "what": "reader", "doc": 0, "fact": 1 }));
    assert_eq!(
        reader["runs"],
        json!([{ "text": "", "kind": "person", "current": true }])
    );
    let s = serde_json::to_value(summary(&r)).unwrap();
    assert_eq!(s["documents"][0]["facts"], 2);
    assert_eq!(s["first"]["trends"]["labels"], json!([]));
    assert!(csv::facts_csv(&r)
        .contains(r#""a.txt","person","张三","","","","","","","","","20","22","""#));
}
