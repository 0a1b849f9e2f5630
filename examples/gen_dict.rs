//! Writes data/jieba-dict.wxd, the compact dictionary wenxi ships, from
//! jieba's `dict.txt` (scripts/gen-dict.sh finds the one inside the jieba-rs
//! crate), keeping the entries `wenxi::dictionary::ships` keeps.
//!
//! usage: cargo run --example gen_dict -- DICT.txt OUT.wxd
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: gen_dict DICT.txt OUT.wxd");
        std::process::exit(2);
    };
    let full = std::fs::read_to_string(input).expect("read dictionary text");
    let text: String = full
        .lines()
        .filter(|line| {
            let mut fields = line.split_whitespace();
            let (_, freq, tag) = (fields.next(), fields.next(), fields.next().unwrap_or(""));
            let freq = freq.and_then(|f| f.parse().ok()).unwrap_or(0);
            wenxi::dictionary::ships(freq, tag)
        })
        .flat_map(|line| [line, "\n"])
        .collect();
    let bytes = wenxi::dictionary::encode(&text).expect("encode dictionary");
    let dict = wenxi::dictionary::Dictionary::decode(&bytes).expect("decode what was encoded");
    std::fs::write(output, &bytes).expect("write compact dictionary");
    eprintln!(
        "{output}: {} words, total frequency {}, {} bytes (text: {} bytes)",
        dict.len(),
        dict.total(),
        bytes.len(),
        text.len()
    );
}
