//! jieba's words and tags as wenxi builds it (its shipped dictionary), for
//! reading why a rule saw what it saw:
//! `echo 车间主任赵敏笑着说 | cargo run --release --example tags`, or the
//! dictionary's words with one tag: `cargo run --release --example tags -- dict nt < /dev/null`,
//! or the pipeline's tokens: `… --example tags -- doc`.

use std::io::Read;
fn main() {
    let a = wenxi::Analyzer::new();
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    if std::env::args().nth(1).as_deref() == Some("dict") {
        let want = std::env::args().nth(2).unwrap();
        for (w, f, t) in a.idf().dictionary().entries() {
            if t == want {
                println!("{w} {f}");
            }
        }
        return;
    }
    // `-- doc`: the pipeline's own tokens (numbers joined, days cut, words
    // jieba's HMM made up marked `*`, tagged as the extractors see them).
    if std::env::args().nth(1).as_deref() == Some("doc") {
        for l in s.lines() {
            let d = wenxi::segment::Doc::new(a.jieba(), l, true);
            let v: Vec<String> = d
                .tokens
                .iter()
                .map(|t| {
                    let guessed = if d.is_guessed(t) { "*" } else { "" };
                    format!("{}/{}{guessed}", t.word, t.tag)
                })
                .collect();
            println!("{}", v.join(" "));
        }
        return;
    }
    for l in s.lines() {
        let v: Vec<String> = a
            .jieba()
            .tag(l, true)
            .iter()
            .map(|t| format!("{}/{}", t.word, t.tag))
            .collect();
        println!("{}", v.join(" "));
    }
}
