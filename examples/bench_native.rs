//! Native throughput, side by side in one run on the same text:
//! bare jieba-rs `cut`, jieba-rs `tag`, and wenxi's full analysis
//! (segment + tag + facts + aggregates) on one core and on all cores.
//!
//! `cargo run --release --example bench_native -- CORPUS [ROUNDS]`
//! The corpus is cut into documents of 100 lines (news articles are about
//! that long) so the parallel run has work to share.

use std::time::{Duration, Instant};

use rayon::prelude::*;
use wenxi::{Analyzer, Input};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: bench_native CORPUS [ROUNDS]");
    let rounds: usize = args.next().map(|r| r.parse().unwrap()).unwrap_or(5);
    let text = std::fs::read_to_string(&path).expect("read corpus");
    let mb = text.len() as f64 / 1e6;
    let lines: Vec<&str> = text.lines().collect();
    let docs: Vec<String> = lines.chunks(100).map(|c| c.join("\n")).collect();
    let cores = rayon::current_num_threads();

    let t = Instant::now();
    let analyzer = Analyzer::new();
    let init = t.elapsed();
    let jieba = analyzer.jieba();

    let single = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let (mut cut, mut tag, mut full1, mut full_n) = (vec![], vec![], vec![], vec![]);
    let mut tokens = 0usize;
    let mut facts = 0usize;
    // Interleaved rounds, so drift on a shared machine hits every item alike.
    for _ in 0..rounds {
        let t = Instant::now();
        tokens = lines.iter().map(|l| jieba.cut(l, true).len()).sum();
        cut.push(t.elapsed());

        let t = Instant::now();
        let tagged: usize = lines.iter().map(|l| jieba.tag(l, true).len()).sum();
        tag.push(t.elapsed());
        assert!(tagged > 0);

        let run = |docs: &[String]| -> usize {
            let reports: Vec<_> = docs
                .par_iter()
                .enumerate()
                .map(|(i, d)| analyzer.analyze_one(&Input::new(format!("{i}"), d.as_bytes())))
                .collect();
            let report = analyzer.aggregate(reports);
            report.documents.iter().map(|d| d.facts.len()).sum()
        };
        let t = Instant::now();
        facts = single.install(|| run(&docs));
        full1.push(t.elapsed());

        let t = Instant::now();
        let n = run(&docs);
        full_n.push(t.elapsed());
        assert_eq!(n, facts, "parallel and serial runs must agree");
    }
    let (cut, tag, full1, full_n) = (median(cut), median(tag), median(full1), median(full_n));
    let mbs = |d: Duration| mb / d.as_secs_f64();
    println!(
        "corpus: {path}\n{:.2} MB, {} lines, {} documents, {tokens} tokens, {facts} facts, {rounds} rounds, {cores} cores\n",
        mb,
        lines.len(),
        docs.len()
    );
    println!("{:<34} {:>10} {:>10}", "item", "median ms", "MB/s");
    for (name, d) in [
        ("analyzer init (dict + lexicons)", init),
        ("jieba-rs cut (hmm, per line)", cut),
        ("jieba-rs tag (hmm, per line)", tag),
        ("wenxi full analysis, 1 core", full1),
        ("wenxi full analysis, all cores", full_n),
    ] {
        println!(
            "{name:<34} {:>10.0} {:>10.1}",
            d.as_secs_f64() * 1e3,
            mbs(d)
        );
    }
    println!();
    println!("native_cut_mbs={:.1}", mbs(cut));
    println!("native_tag_mbs={:.1}", mbs(tag));
    println!("native_full_mbs={:.1}", mbs(full1));
    println!("native_full_cores_mbs={:.1}", mbs(full_n));
    println!(
        "native_full_vs_cut={:.2}",
        cut.as_secs_f64() / full1.as_secs_f64()
    );
    println!(
        "native_cores_speedup={:.2}",
        full1.as_secs_f64() / full_n.as_secs_f64()
    );
    println!("native_init_ms={:.0}", init.as_secs_f64() * 1e3);
}
