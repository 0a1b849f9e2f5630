//! Messy and hostile input (issue #5), through the whole pipeline
//! (`Analyzer::analyze`, as the CLI and the page call it): every encoding a
//! Chinese user meets, an encoding override, odd Unicode, odd line ends,
//! huge files, files that are not text — each file decodes or gets one clear
//! error of its own, and nothing crashes. The inputs are made here from the
//! seeds and the texts below.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use encoding_rs::{Encoding, BIG5, GB18030, GBK};
use wenxi::decode::MAX_FILE_BYTES;
use wenxi::report::{DocReport, Kind, Report, Value};
use wenxi::{Analyzer, Input};

#[path = "common/invariants.rs"]
mod invariants;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

/// A Traditional text (Taiwan/Hong Kong style, every character in Big5).
const TRADITIONAL: &str =
    "臺北市政府今日表示，１２月１日起全市復工率達到９９．５％，產業鏈上下游企業陸續恢復生產。\n\
    市長柯文哲在記者會上說：「我們會持續協助企業解決缺工與物流問題。」經濟部統計，\
    本月出口較去年同期增長百分之十二，約有３０００多家工廠恢復營運。\n\
    2020年3月22日上午10時，行政院召開會議，決定撥款50億元支持中小企業。記者王小明報導。\n";

/// Chinese with Latin, Japanese, Korean, Arabic, emoji and astral ideographs.
const MIXED: &str = "2020年3月8日，Apple公司与华为在深圳签约，金额约3.5亿美元（約３億５千萬）。\n\
    東京の会社は「増産する」と発表した。서울시는 95% 복구를 발표했다。مرحبا بالعالم 123。\n\
    𠮷野家和😀表情都不影响：全省复工率达到99.9％，产能恢复率97.7%。\n";

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    v.sort();
    assert!(v.len() >= 2, "the seeds are missing");
    v
}

fn analyse(name: &str, bytes: &[u8]) -> DocReport {
    analyse_all(&[Input::new(name, bytes)]).documents.remove(0)
}

/// Analyses `inputs` and checks every invariant on the report.
fn analyse_all(inputs: &[Input]) -> Report {
    let report = analyzer().analyze(inputs);
    if let Err(e) = invariants::check_report(&report) {
        panic!("{e}");
    }
    report
}

/// What a fact says, without where: comparable across encodings and scripts.
type Key = (Kind, usize, usize, String, String);

fn keys(doc: &DocReport) -> Vec<Key> {
    assert_eq!(doc.error, None, "{}", doc.name);
    doc.facts
        .iter()
        .map(|f| {
            (
                f.kind,
                f.start,
                f.end,
                f.text.clone(),
                serde_json::to_string(&f.value).unwrap(),
            )
        })
        .collect()
}

fn encode(enc: &'static Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable, "the test text is not all in {}", enc.name());
    bytes.into_owned()
}

fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if little_endian {
            &[0xFF, 0xFE]
        } else {
            &[0xFE, 0xFF]
        });
    }
    for u in text.encode_utf16() {
        out.extend(if little_endian {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

/// Every encoding of `text` wenxi should detect unaided, with the name it
/// should report. `legacy`: which legacy encodings can carry the text.
fn variants(text: &str, legacy: &[&'static Encoding]) -> Vec<(&'static str, Vec<u8>)> {
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let mut v = vec![
        ("UTF-8", text.as_bytes().to_vec()),
        ("UTF-8", bom),
        ("UTF-16LE", utf16(text, true, true)),
        ("UTF-16BE", utf16(text, false, true)),
        ("UTF-16LE", utf16(text, true, false)),
        ("UTF-16BE", utf16(text, false, false)),
    ];
    for &enc in legacy {
        v.push((enc.name(), encode(enc, text)));
    }
    v
}

#[test]
fn every_encoding_gives_the_facts_of_utf8() {
    let mut texts: Vec<(String, String, Vec<&'static Encoding>)> = Vec::new();
    for (name, text) in seeds() {
        // U+00A0 (in one seed) is not in GBK; GB18030 below carries it.
        texts.push((name.clone(), text.replace('\u{A0}', " "), vec![GBK]));
        // GB18030's four-byte sequences: an astral ideograph, a CJK
        // extension A character and a Latin letter with a diacritic.
        let four = format!("{text}\n𠮷野家、㐀字与é的价格是€5，涨幅为3%。\n");
        assert!(GBK.encode(&four).2, "GBK cannot carry it, only GB18030");
        texts.push((format!("{name}+gb18030"), four, vec![GB18030]));
    }
    texts.push(("traditional".into(), TRADITIONAL.into(), vec![BIG5]));
    texts.push(("mixed".into(), MIXED.into(), vec![]));
    for (name, text, legacy) in texts {
        let want = keys(&analyse(&name, text.as_bytes()));
        assert!(want.len() > 5, "{name}: only {} facts", want.len());
        for (enc, bytes) in variants(&text, &legacy) {
            let doc = analyse(&name, &bytes);
            assert_eq!(doc.encoding, enc, "{name} as {enc}: {:?}", doc.error);
            assert_eq!(doc.text.as_deref(), Some(text.as_str()), "{name} as {enc}");
            assert_eq!(keys(&doc), want, "{name} as {enc}");
        }
    }
}

#[test]
fn the_encoding_can_be_forced_per_file() {
    // Two characters of GBK are too little to detect with confidence.
    let short = "中文";
    let gbk = encode(GBK, short);
    let big5 = encode(BIG5, "復工");
    let report = analyse_all(&[
        Input {
            encoding: Some("gbk".into()),
            ..Input::new("a.txt", &gbk)
        },
        Input {
            encoding: Some("big5".into()),
            ..Input::new("b.txt", &big5)
        },
        Input {
            encoding: Some("GB2312".into()),
            ..Input::new("c.txt", &gbk)
        },
        Input {
            encoding: Some("utf-8".into()),
            ..Input::new("d.txt", &big5)
        },
        Input {
            encoding: Some("klingon".into()),
            ..Input::new("e.txt", &gbk)
        },
        // "auto" and "" mean: detect.
        Input {
            encoding: Some("auto".into()),
            ..Input::new("f.txt", "复工".as_bytes())
        },
    ]);
    let d = &report.documents;
    assert_eq!(
        (d[0].encoding.as_str(), d[0].text.as_deref()),
        ("GBK", Some(short))
    );
    assert_eq!(
        (d[1].encoding.as_str(), d[1].text.as_deref()),
        ("Big5", Some("復工"))
    );
    assert_eq!(
        (d[2].encoding.as_str(), d[2].text.as_deref()),
        ("GBK", Some(short))
    );
    assert!(d[3].error.as_deref().unwrap().contains("not valid UTF-8"));
    assert!(d[4].error.as_deref().unwrap().contains("klingon"));
    assert_eq!(d[5].encoding, "UTF-8");
}

#[test]
fn traditional_text_in_big5_and_utf8_gives_the_same_facts() {
    let utf8 = analyse("t.txt", TRADITIONAL.as_bytes());
    let big5 = analyse("t.txt", &encode(BIG5, TRADITIONAL));
    assert_eq!(
        (utf8.script.as_str(), big5.script.as_str()),
        ("traditional", "traditional")
    );
    assert_eq!(big5.encoding, "Big5");
    assert_eq!(keys(&utf8), keys(&big5));
    let percent = utf8.facts.iter().find(|f| f.kind == Kind::Percent).unwrap();
    assert_eq!(
        (percent.text.as_str(), &percent.value),
        ("９９．５％", &Some(Value::Number(99.5)))
    );
    // Facts keep the Traditional characters as written.
    assert!(utf8
        .facts
        .iter()
        .any(|f| f.kind == Kind::Place && f.text == "臺北市"));
}

#[test]
fn traditional_text_is_described_in_its_own_script() {
    let report = analyse_all(&[Input::new("t.txt", TRADITIONAL.as_bytes())]);
    let doc = &report.documents[0];
    let fact = |kind: Kind, text: &str| {
        doc.facts
            .iter()
            .find(|f| f.kind == kind && f.text == text)
            .unwrap_or_else(|| panic!("no {kind:?} {text}"))
    };
    assert_eq!(
        fact(Kind::Percent, "９９．５％").metric.as_deref(),
        Some("復工率")
    );
    assert_eq!(fact(Kind::Person, "柯文哲").title.as_deref(), Some("市長"));
    let plants = fact(Kind::Quantity, "３０００多家");
    assert_eq!(plants.unit.as_deref(), Some("家"));
    assert!(plants
        .object
        .as_deref()
        .is_some_and(|o| o.starts_with("工廠")));
    assert_eq!(
        fact(Kind::Quote, "我們會持續協助企業解決缺工與物流問題。")
            .speaker
            .as_deref(),
        Some("柯文哲")
    );
    // Words are counted by their Simplified form but shown as written, in
    // the document and in a corpus written mostly in Traditional.
    let written = |words: &[wenxi::report::Weighted]| -> Vec<String> {
        words.iter().map(|w| w.word.clone()).collect()
    };
    for words in [
        written(&doc.top_words),
        written(&report.aggregates.top_words),
        written(&report.aggregates.keywords.tfidf),
        written(&report.aggregates.keywords.textrank),
    ] {
        assert!(words.iter().any(|w| w == "企業"), "{words:?}");
        assert!(!words.iter().any(|w| w == "企业"), "{words:?}");
    }
    assert_eq!(report.aggregates.metrics[0].metric, "復工率");
    // A corpus mostly in Simplified shows the Simplified form, counting the
    // Traditional document's 企業 with its own 企业.
    let simplified = "企业复工，企业复产，企业扩产。".repeat(20);
    let report = analyse_all(&[
        Input::new("t.txt", TRADITIONAL.as_bytes()),
        Input::new("s.txt", simplified.as_bytes()),
    ]);
    let top = &report.aggregates.top_words;
    let count = |w: &str| top.iter().find(|x| x.word == w).map(|x| x.weight);
    assert!(count("企业").is_some(), "{top:?}");
    assert_eq!(count("企業"), None);
    // So is a body named in both scripts: one entity, in the corpus's
    // script, with the mentions of both documents.
    let simplified = format!("{simplified}\n经济部统计，出口增长。");
    let report = analyse_all(&[
        Input::new("t.txt", TRADITIONAL.as_bytes()),
        Input::new("s.txt", simplified.as_bytes()),
    ]);
    let ministry: Vec<_> = report
        .aggregates
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Org && e.name.ends_with("部"))
        .collect();
    assert_eq!(ministry.len(), 1, "{ministry:?}");
    assert_eq!(ministry[0].name, "经济部");
    assert_eq!(ministry[0].docs, [0, 1]);
    assert_eq!(
        report.documents[0]
            .top_words
            .iter()
            .filter(|w| w.word == "企業")
            .count(),
        1
    );
}

#[test]
fn mixed_scripts_and_astral_characters_keep_offsets() {
    let doc = analyse("mixed.txt", MIXED.as_bytes());
    let chars: Vec<char> = MIXED.chars().collect();
    let rate = doc
        .facts
        .iter()
        .find(|f| f.kind == Kind::Percent && f.text == "99.9％")
        .expect("the rate after the astral characters");
    // Offsets count code points: 𠮷 and 😀 are one each (two UTF-16 units).
    let at = MIXED.find("99.9％").unwrap();
    assert_eq!(rate.start, MIXED[..at].chars().count());
    assert_eq!(
        chars[rate.start..rate.end].iter().collect::<String>(),
        "99.9％"
    );
    assert!(doc
        .facts
        .iter()
        .any(|f| f.kind == Kind::Date && f.value == Some(Value::Text("2020-03-08".into()))));
}

#[test]
fn full_width_and_half_width_digits_give_the_same_values() {
    let half =
        "2020年3月8日，全省复工率达到99.9%，共生产口罩130万只，增长12.5%，约3000多名工人返岗。";
    let full: String = half
        .chars()
        .map(|c| match c {
            '0'..='9' | '%' | '.' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            c => c,
        })
        .collect();
    assert_ne!(half, full);
    type Seen = (Kind, usize, usize, Option<Value>, Option<String>);
    let values = |text: &str| -> Vec<Seen> {
        analyse("w.txt", text.as_bytes())
            .facts
            .iter()
            .map(|f| (f.kind, f.start, f.end, f.value.clone(), f.unit.clone()))
            .collect()
    };
    let want = values(half);
    assert!(want
        .iter()
        .any(|f| f.0 == Kind::Percent && f.3 == Some(Value::Number(99.9))));
    assert!(want
        .iter()
        .any(|f| f.0 == Kind::Quantity && f.3 == Some(Value::Number(1_300_000.0))));
    assert_eq!(values(&full), want);
}

#[test]
fn combining_marks_and_zero_width_characters_are_harmless() {
    let plain = "全省复工率达到99.9%，永康市委书记金政说：“我们回来了！”";
    let doc = analyse("plain.txt", plain.as_bytes());
    // Zero-width spaces/joiners and a BOM in the middle, combining marks on
    // letters and on ideographs: offsets stay right and the rate is found.
    let odd = "Cafe\u{301}\u{200B}全省\u{200B}复工率\u{200D}达到99.9%\u{FEFF}，永康\u{0301}\u{0302}市委书记金政说：“我们\u{200C}回来了！”";
    let doc2 = analyse("odd.txt", odd.as_bytes());
    assert_eq!(doc2.text.as_deref(), Some(odd));
    for d in [&doc, &doc2] {
        assert!(
            d.facts
                .iter()
                .any(|f| f.kind == Kind::Percent && f.value == Some(Value::Number(99.9))),
            "{:?}",
            d.facts
        );
    }
}

#[test]
fn crlf_and_cr_line_ends_keep_offsets_and_facts() {
    for (name, text) in seeds() {
        let lf = analyse(&name, text.as_bytes());
        for (ends, eol) in [("CRLF", "\r\n"), ("CR", "\r")] {
            let other = text.replace('\n', eol);
            let doc = analyse(&name, other.as_bytes());
            assert_eq!(doc.paragraphs.len(), lf.paragraphs.len(), "{name} {ends}");
            // The same facts, each at its own place in the new text (the
            // invariant checker has already compared every slice).
            let what = |d: &DocReport| -> Vec<(Kind, String, String)> {
                d.facts
                    .iter()
                    .map(|f| {
                        (
                            f.kind,
                            f.text.clone(),
                            serde_json::to_string(&f.value).unwrap(),
                        )
                    })
                    .collect()
            };
            assert_eq!(what(&doc), what(&lf), "{name} {ends}");
        }
    }
}

/// CPU time of this thread (Linux: /proc/thread-self/schedstat), so the
/// bounds hold on a busy machine; wall-clock time elsewhere.
fn cpu_time() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map(Duration::from_nanos)
        .unwrap_or_else(|| {
            static START: OnceLock<Instant> = OnceLock::new();
            START.get_or_init(Instant::now).elapsed()
        })
}

/// Runs `f`, failing if it takes more than `limit` of CPU time. The bounds
/// are for an unoptimised `cargo test` build (release is ~10× faster) and
/// catch quadratic blow-ups, not mere slowness.
fn timed<T>(what: &str, limit: Duration, f: impl FnOnce() -> T) -> T {
    let (t, cpu) = (Instant::now(), cpu_time());
    let out = f();
    let took = cpu_time() - cpu;
    eprintln!("{what}: {took:?} CPU, {:?} wall", t.elapsed());
    assert!(took < limit, "{what} took {took:?}");
    out
}

#[test]
fn one_line_of_five_megabytes() {
    let mut line = String::new();
    let seeds = seeds();
    while line.len() < 5 << 20 {
        for (_, text) in &seeds {
            line.extend(text.chars().filter(|&c| c != '\n' && c != '\r'));
        }
    }
    let doc = timed("5 MB line", Duration::from_secs(120), || {
        analyse("line.txt", line.as_bytes())
    });
    assert_eq!(doc.paragraphs.len(), 1);
    assert!(doc.sentences.len() > 1000);
    assert!(doc.facts.len() > 1000);
}

/// Every title's organisation was found by a scan of every organisation in
/// the text (quadratic): 60,000 titled people at 60,000 companies took 20 s
/// of CPU in this test's build, 5 s after (40,000 in a release build: 2.8 s,
/// 0.6 s after). The bound sits between the two.
#[test]
fn sixty_thousand_titled_people_at_sixty_thousand_companies() {
    let places = ["永康", "宁波", "杭州", "温州"];
    let trades = ["钢铁", "机械", "纺织"];
    let surnames: Vec<char> = "王李张刘陈杨黄赵吴周".chars().collect();
    let given: Vec<char> = "建国华明伟芳军平".chars().collect();
    let text: String = (0..60_000)
        .map(|i| {
            format!(
                "{}{}公司总经理{}{}说，",
                places[i % 4],
                trades[i % 3],
                surnames[i % 10],
                given[i % 8]
            )
        })
        .collect();
    let doc = timed("60,000 titles", Duration::from_secs(12), || {
        analyse("titles.txt", text.as_bytes())
    });
    let count = |kind: Kind| doc.facts.iter().filter(|f| f.kind == kind).count();
    assert!(count(Kind::Org) >= 59_000, "{} orgs", count(Kind::Org));
    assert!(
        count(Kind::Person) >= 58_000,
        "{} people",
        count(Kind::Person)
    );
    let titled = doc.facts.iter().filter(|f| f.title.is_some()).count();
    assert!(titled >= 58_000, "{titled} with a title");
}

/// A surname with an honorific (李老师, 王主任) was checked against every name
/// found and every such name added before it: a long text of them was
/// quadratic (here 21.8 s of CPU in the test build, 3.7 s after; 30,000
/// such sentences, 1.2 MB, release build: 4.0 s, 0.4 s after).
#[test]
fn forty_thousand_teachers_and_directors() {
    let surnames: Vec<char> = "王李张刘陈杨黄赵吴周".chars().collect();
    let given: Vec<char> = "建国华明伟芳军平".chars().collect();
    let honorifics = ["老师", "主任", "师傅", "书记"];
    let text: String = (0..40_000)
        .map(|i| {
            format!(
                "{}{}说，{}{}来了。",
                surnames[i % 10],
                given[i % 8],
                surnames[(i + 3) % 10],
                honorifics[i % 4]
            )
        })
        .collect();
    let doc = timed(
        "40,000 honorifics",
        Duration::from_secs(TIMED_HONORIFICS),
        || analyse("honorifics.txt", text.as_bytes()),
    );
    let people = doc.facts.iter().filter(|f| f.kind == Kind::Person);
    let honoured = people
        .clone()
        .filter(|f| {
            f.end - f.start == 1 && f.title.as_deref().is_some_and(|t| honorifics.contains(&t))
        })
        .count();
    assert!(people.count() >= 78_000, "people");
    assert!(honoured >= 39_000, "{honoured} surnames with an honorific");
}
/// The bound, in CPU seconds: between the two figures above.
const TIMED_HONORIFICS: u64 = 8;

/// Each fact was checked against every match of the user dictionary: a long
/// text with a frequent user word was quadratic (here 26 s of CPU in the
/// test build, 3.6 s after; the 5.5 MB People's Daily corpus with a few
/// common words as entities, release build: 2.2 s, 1.3 s after).
#[test]
fn user_words_found_fifteen_thousand_times() {
    let mut analyzer = Analyzer::new();
    analyzer.set_user_dict(wenxi::userdict::UserDict::parse("企业 org\n复工 place\n"));
    let mut text = String::new();
    let seeds = seeds();
    while text.chars().filter(|&c| c == '企').count() < 10_000 {
        for (_, t) in &seeds {
            text.push_str(t);
        }
    }
    let report = timed("user words", Duration::from_secs(TIMED_USER_WORDS), || {
        analyzer.analyze(&[Input::new("many.txt", text.as_bytes())])
    });
    let doc = &report.documents[0];
    let users = doc
        .facts
        .iter()
        .filter(|f| {
            (f.kind == Kind::Org && f.text == "企业") || (f.kind == Kind::Place && f.text == "复工")
        })
        .count();
    assert!(users >= 15_000, "{users} user facts");
    // The user's entity wins where an extractor's guess overlaps it.
    for f in &doc.facts {
        if f.kind.is_entity() && f.text != "企业" && f.text != "复工" {
            assert!(
                !f.text.contains("企业") && !f.text.contains("复工"),
                "{} overlaps a user word",
                f.text
            );
        }
    }
}
/// The bound, in CPU seconds: between the two figures above.
const TIMED_USER_WORDS: u64 = 12;

#[test]
fn three_hundred_thousand_one_character_lines() {
    let alphabet: Vec<char> = "复工率年月日中国人说了9％“”。".chars().collect();
    let text: String = (0..300_000)
        .flat_map(|i| [alphabet[i % alphabet.len()], '\n'])
        .collect();
    let doc = timed("300,000 lines", Duration::from_secs(60), || {
        analyse("lines.txt", text.as_bytes())
    });
    assert_eq!(doc.chars, 600_000);
    assert!(doc.paragraphs.len() > 250_000);
}

#[test]
fn files_that_are_not_text_are_refused_one_by_one() {
    let noise: Vec<u8> = (0..4000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "image.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec(),
            "PNG image",
        ),
        (
            "photo.jpg",
            b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01".to_vec(),
            "JPEG image",
        ),
        (
            "archive.zip",
            b"PK\x03\x04\x14\0\0\0\x08\0".to_vec(),
            "ZIP archive",
        ),
        (
            "report.docx",
            b"PK\x03\x04\x14\0\x06\0\x08\0".to_vec(),
            "Office document",
        ),
        (
            "paper.pdf",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj".to_vec(),
            "PDF",
        ),
        ("data.gz", b"\x1F\x8B\x08\0\0\0\0\0".to_vec(), "gzip"),
        ("empty.txt", Vec::new(), "empty"),
        ("nuls.txt", vec![0; 4096], "NUL"),
        ("noise.bin", noise, "not"),
    ];
    let good = "复工复产进展顺利，复工率达到99%。";
    let mut inputs: Vec<Input> = cases.iter().map(|(n, b, _)| Input::new(*n, b)).collect();
    inputs.insert(3, Input::new("good.txt", good.as_bytes()));
    let report = analyse_all(&inputs);
    let docs = &report.documents;
    assert_eq!(docs[3].error, None);
    assert_eq!(docs[3].facts.len(), 1);
    let bad: Vec<&DocReport> = docs.iter().filter(|d| d.name != "good.txt").collect();
    for ((name, _, why), doc) in cases.iter().zip(bad) {
        assert_eq!(&doc.name, name);
        let err = doc
            .error
            .as_deref()
            .unwrap_or_else(|| panic!("{name} was accepted"));
        assert!(err.contains(why), "{name}: {err}");
        assert!(doc.facts.is_empty() && doc.encoding.is_empty(), "{name}");
    }
}

#[test]
fn files_over_the_size_limit_are_refused_with_the_limit() {
    let big = vec![b'a'; MAX_FILE_BYTES + 1];
    let report = analyse_all(&[
        Input::new("big.txt", &big),
        Input::new("ok.txt", "复工".as_bytes()),
    ]);
    let err = report.documents[0].error.as_deref().unwrap();
    assert!(err.contains("too large") && err.contains("16 MB"), "{err}");
    assert_eq!(report.documents[1].error, None);
    // The same limit for text handed over already decoded (`--jsonl`).
    let text = "a".repeat(MAX_FILE_BYTES + 1);
    let doc = analyzer().analyze_str("big.jsonl", &text);
    assert!(doc.error.as_deref().unwrap().contains("too large"));
    // At the limit is fine.
    assert!(wenxi::decode::decode(&big[..MAX_FILE_BYTES], None).is_ok());
}

#[test]
fn html_files_are_read_as_their_text() {
    let html = "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>复工复产</title>\
                <script>var x = \"<p>99%</p>\";</script></head><body>\
                <p>全省复工率达到<b>99.9%</b>，永康市委书记金政说：&ldquo;我们回来了！&rdquo;</p>\
                <p>2020年3月8日</p></body></html>";
    let gbk = encode(GBK, html);
    let report = analyse_all(&[
        Input::new("page.html", html.as_bytes()),
        Input::new("page-gbk.HTM", &gbk),
        Input::new("page.txt", html.as_bytes()),
    ]);
    let d = &report.documents;
    let want = "复工复产\n全省复工率达到99.9%，永康市委书记金政说：“我们回来了！”\n2020年3月8日\n";
    assert_eq!(d[0].text.as_deref(), Some(want));
    assert_eq!(d[1].text.as_deref(), Some(want));
    assert_eq!(d[1].encoding, "GBK");
    assert_eq!(keys(&d[0]), keys(&d[1]));
    let kinds: Vec<Kind> = d[0].facts.iter().map(|f| f.kind).collect();
    for k in [Kind::Percent, Kind::Person, Kind::Quote, Kind::Date] {
        assert!(kinds.contains(&k), "{k:?} in {:?}", d[0].facts);
    }
    // The script's 99% is not a fact; a .txt file keeps its tags as text.
    assert_eq!(kinds.iter().filter(|&&k| k == Kind::Percent).count(), 1);
    assert!(d[2].text.as_deref().unwrap().contains("<script>"));
}

/// Inputs that stress one grammar each: numbers too big for f64, endless
/// Chinese numerals, unbalanced or deeply nested quotes and titles,
/// repeated units and dates. Every value stays finite and every span valid.
#[test]
fn pathological_grammar_inputs() {
    let digits = "9".repeat(400);
    let cases: Vec<String> = vec![
        format!("复工率{digits}%，生产口罩{digits}万只，{digits}年{digits}月{digits}日。"),
        format!("{digits}.{digits}亿元，增长{digits}倍，约{digits}多名。"),
        // Runs of Chinese numerals were read to their end from every
        // position (quadratic: 13 s for 100,000 in a release build).
        format!(
            "百分之{}，{}万只。",
            "九".repeat(100_000),
            "九十".repeat(1000)
        ),
        format!("{}亿亿亿万万只", "一千".repeat(40_000)),
        "二〇二〇".repeat(25_000) + "年",
        "“".repeat(5000) + "他说" + &"”".repeat(3000),
        "《".repeat(3000) + "人民日报" + &"》".repeat(10),
        "金政说：“".repeat(2000),
        "永康市委书记".repeat(2000),
        "浙江省杭州市建德市".repeat(2000) + "有限公司",
        "2020年3月8日".repeat(3000),
        "中美两国元首在京会晤，美方表示访华。".repeat(3000),
        "第十五次全国代表大会".repeat(3000),
        "。".repeat(20000),
        "1.2.3.4.5.6.7.8.9".repeat(1000) + "%",
        " \t\u{3000}\n\r".repeat(5000),
        "\u{FEFF}".repeat(3),
        "\u{301}".repeat(5000),
        "1e308".repeat(100) + "%",
    ];
    for text in &cases {
        let doc = timed("pathological case", Duration::from_secs(20), || {
            analyse("p.txt", text.as_bytes())
        });
        assert!(
            doc.error.is_none() || text.trim().is_empty(),
            "{:?}",
            doc.error
        );
    }
}
