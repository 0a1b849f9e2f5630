//! Where full analysis spends its time, stage by stage, on one core:
//! `cargo run --release --example stages -- CORPUS`.
//! The corpus is cut into 100-line documents like `bench_native`; a second
//! argument sets the lines per document (`0`: the whole corpus as one
//! document, as the page's bench drops it).

mod common;

use std::time::{Duration, Instant};

use wenxi::{aggregate, extract, script, segment, Analyzer};

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages CORPUS");
    let text = std::fs::read_to_string(&path).expect("read corpus");
    let docs = common::documents(&text);
    let analyzer = Analyzer::new();
    let jieba = analyzer.jieba();
    let lex = extract::Lexicons::load();
    let user = wenxi::userdict::UserDict::default();
    let mut t_cut = Duration::ZERO;
    let mut t_script = Duration::ZERO;
    let mut t_seg = Duration::ZERO;
    let mut t_stages = [Duration::ZERO; 8];
    let mut t_doc_agg = Duration::ZERO;
    let mut t_whole = Duration::ZERO;
    let mut reports = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let t = Instant::now();
        for l in d.lines() {
            std::hint::black_box(jieba.cut(l, true));
        }
        t_cut += t.elapsed();

        let t = Instant::now();
        let s = script::detect(d);
        let norm = script::normalise(d, s);
        t_script += t.elapsed();
        let t = Instant::now();
        let seg = segment::Doc::new(jieba, &norm, true);
        t_seg += t.elapsed();

        let mut lap = Instant::now();
        let mut tick = |k: usize| {
            t_stages[k] += lap.elapsed();
            lap = Instant::now();
        };
        let dates = extract::date::extract(&seg);
        tick(0);
        let percents = extract::percent::extract(&seg);
        tick(1);
        let numeric: Vec<_> = dates.into_iter().chain(percents).collect();
        let q = extract::quantity::extract(&seg, &numeric);
        tick(2);
        let places = extract::place::extract(&seg, &lex.gazetteer);
        tick(3);
        let orgs = extract::org::extract(&seg, &lex.org, &places);
        tick(4);
        let persons = extract::person::extract(&seg, &lex.person, &places, &orgs);
        tick(5);
        let quotes = extract::quote::extract(&seg, &persons);
        tick(6);
        std::hint::black_box((q, quotes));
        let facts = extract::extract_all(&seg, &lex, &user, false);
        tick(7);
        let mut doc = wenxi::DocReport {
            facts,
            ..Default::default()
        };
        let t = Instant::now();
        aggregate::document(&mut doc, &seg, analyzer.idf(), analyzer.options());
        t_doc_agg += t.elapsed();

        let t = Instant::now();
        reports.push(analyzer.analyze_one(&wenxi::Input::new(format!("{i}"), d.as_bytes())));
        t_whole += t.elapsed();
    }
    let t = Instant::now();
    let report = analyzer.aggregate(reports);
    let t_corpus = t.elapsed();
    std::hint::black_box(report);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("{:<28}{:>9.0} ms", "jieba cut (reference)", ms(t_cut));
    println!("{:<28}{:>9.0} ms", "script detect+normalise", ms(t_script));
    println!("{:<28}{:>9.0} ms", "segment (tag+split)", ms(t_seg));
    for (k, name) in [
        "date",
        "percent",
        "quantity",
        "place",
        "org",
        "person",
        "quote",
        "extract_all (again)",
    ]
    .iter()
    .enumerate()
    {
        println!("{:<28}{:>9.0} ms", name, ms(t_stages[k]));
    }
    println!("{:<28}{:>9.0} ms", "aggregate::document", ms(t_doc_agg));
    println!("{:<28}{:>9.0} ms", "analyze_one (whole)", ms(t_whole));
    println!("{:<28}{:>9.0} ms", "corpus aggregate", ms(t_corpus));
}
