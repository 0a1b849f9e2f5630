//! Where the analyzer's start-up goes, part by part, on one core:
//! `cargo run --release --example startup -- data/jieba-dict.wxd [ROUNDS]`.
//! The page does the same work in its worker (`WasmAnalyzer::new`).

use std::time::{Duration, Instant};

use wenxi::{aggregate, dictionary::Dictionary, extract};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: startup DICTIONARY.wxd [ROUNDS]");
    let rounds: usize = args.next().map_or(5, |r| r.parse().expect("rounds"));
    let bytes = std::fs::read(&path).expect("read dictionary");
    let mut parts = [(); 5].map(|_| Vec::new());
    for _ in 0..rounds {
        let mut lap = Instant::now();
        let mut tick = |k: usize, parts: &mut [Vec<Duration>; 5]| {
            parts[k].push(lap.elapsed());
            lap = Instant::now();
        };
        let dict = Dictionary::decode(&bytes).expect("a wenxi dictionary");
        tick(0, &mut parts);
        let jieba = dict.jieba();
        tick(1, &mut parts);
        let lexicons = extract::Lexicons::load();
        tick(2, &mut parts);
        let idf = aggregate::Idf::new(dict);
        tick(3, &mut parts);
        std::hint::black_box((jieba, lexicons, idf));
        tick(4, &mut parts);
    }
    let names = [
        "dictionary decode",
        "jieba built (add_word)",
        "lexicons (gazetteer, names, orgs)",
        "idf",
        "drop",
    ];
    for (name, mut v) in names.iter().zip(parts) {
        v.sort();
        println!("{name:<36}{:>8.1} ms", v[v.len() / 2].as_secs_f64() * 1e3);
    }
}
