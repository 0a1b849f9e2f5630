//! Never crash: properties over arbitrary bytes and arbitrary Unicode text,
//! biased toward what the extractors read (Chinese, digits, 年月日, %,
//! quotes, titles, line ends, NUL, astral characters). Each case runs the
//! whole pipeline and the invariants in `tests/common/invariants.rs`, which
//! the cargo-fuzz target (`fuzz/`) checks too.
//!
//! The case counts are bounded so the suite stays well under a minute in a
//! debug build; `PROPTEST_CASES=N` raises every count for a longer run.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::Config;
use wenxi::report::Report;
use wenxi::{Analyzer, Input};

#[path = "common/invariants.rs"]
mod invariants;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        // No persistence files in the source tree; failures print the input.
        failure_persistence: None,
        ..Config::default()
    }
}

fn check(report: &Report) -> Result<(), TestCaseError> {
    invariants::check_report(report).map_err(TestCaseError::fail)
}

/// Pieces of the kinds of text the extractors look for.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "2020年", "3月", "8日", "上午", "10时", "59分", "凌晨", "第二天", "近日", "去年同期", "130万", "只", "名", "吨",
    "个小时", "美元", "亿元", "多", "余", "近", "约", "左右", "以上", "不到", "百分之", "九十九", "三十", "两千", "十二",
    "99.9", "％", "%", "４５", "．", "０", "复工率", "产能恢复率", "增长", "下降", "同比", "永康市委书记", "金政", "林焰峰",
    "党支部书记", "总经理", "、", "说", "表示", "：", "“", "”", "「", "」", "‘", "’", "《", "》", "（", "）", "浙江省",
    "建德市", "杭州", "临翔区", "北京", "有限公司", "集团", "委员会", "党中央", "。", "，", "！", "？", "；", "……", "\n",
    "\r\n", "\r", " ", "\u{3000}", "\t", "\0", "\u{200B}", "\u{FEFF}", "\u{301}", "𠮷", "😀", "臺灣",
    "記者", "說", "e", "A", "-", ".", "<p>", "</p>", "<br>", "<script>", "</script>", "<!--", "-->",
    "<", ">", "&amp;", "&nbsp;", "&#x4E2D;", "&#20013;", "&",
];

/// One character, mostly from the ranges that matter, sometimes any.
fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::sample::select(
            "年月日时分秒号万亿千百十九八七六五四三二一零两半多余近约第市省县区公司说书记人"
                .chars()
                .collect::<Vec<_>>()
        ),
        3 => proptest::char::range('0', '9'),
        2 => proptest::char::range('\u{4E00}', '\u{9FFF}'),
        1 => proptest::char::range('０', '９'),
        1 => proptest::sample::select(vec![
            '%', '％', '.', '．', '“', '”', '「', '」', '《', '》', '：', '，', '。', '\r',
            '\n', '\0', '\u{FFFD}', '\u{FEFF}', '\u{200B}', '\u{301}', '\u{D7FF}', '\u{E000}',
            '\u{FFFF}', '\u{10000}', '\u{10FFFF}', '\u{20BB7}', '\u{1F600}',
        ]),
        1 => proptest::char::range('\u{10000}', '\u{10FFFF}'),
        1 => any::<char>(),
    ]
}

/// Text made of extractor-shaped pieces and single characters.
fn chinese_text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => interesting_char().prop_map(String::from),
    ];
    proptest::collection::vec(part, 0..120).prop_map(|v| v.concat())
}

/// Byte strings with the sequences decoders trip on: BOMs, lone surrogates
/// in UTF-8 (CESU) and UTF-16 form, GB18030 four-byte forms, Big5 and GBK
/// pairs, truncated sequences, NULs, binary magic numbers.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let chunk = prop_oneof![
        4 => proptest::collection::vec(any::<u8>(), 0..16),
        3 => chinese_text().prop_map(String::into_bytes),
        1 => proptest::sample::select(vec![
            &b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF", b"\xED\xA0\x80", b"\xED\xBF\xBF",
            b"\x00\xD8", b"\xD8\x00", b"\x00\xDC", b"\x81\x30\x81\x30", b"\x95\x32\x82\x36",
            b"\xB8\xB4\xB9\xA4", b"\xA5\x78\xA5\x5F", b"\xE4\xB8", b"\xF0\x9F\x98", b"\x00",
            b"\x89PNG", b"PK\x03\x04", b"%PDF", b"\r\n", b"\r",
        ])
        .prop_map(<[u8]>::to_vec),
    ];
    proptest::collection::vec(chunk, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config(64))]

    /// Any bytes at all: decoded or refused with a reason, never a panic.
    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        check(&analyzer().analyze(&[Input::new("bytes", &bytes)]))?;
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// Bytes built to trip decoders, auto-detected or forced.
    #[test]
    fn hostile_byte_sequences(
        bytes in hostile_bytes(),
        label in proptest::sample::select(vec!["", "gbk", "gb18030", "big5", "utf-8", "utf-16le", "utf-16be"]),
    ) {
        let forced = Input { encoding: Some(label.to_string()), ..Input::new("forced", &bytes) };
        check(&analyzer().analyze(&[Input::new("auto", &bytes), forced]))?;
    }

    /// Chinese-shaped Unicode text: the facts keep every invariant, and the
    /// same text as UTF-16 gives the same text and facts as UTF-8.
    #[test]
    fn chinese_shaped_text(text in chinese_text()) {
        check(&analyzer().analyze(&[Input::new("t", text.as_bytes())]))?;
        // With a BOM each, so a leading U+FEFF of the text means the same.
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        let utf8 = analyzer().analyze(&[Input::new("t", &bom)]);
        check(&utf8)?;
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let utf16 = analyzer().analyze(&[Input::new("t", &le)]);
        check(&utf16)?;
        let (a, b) = (&utf8.documents[0], &utf16.documents[0]);
        if a.error.is_none() && b.error.is_none() {
            prop_assert_eq!(&a.text, &b.text);
            prop_assert_eq!(&a.facts, &b.facts);
        }
        let s = analyzer().analyze_str("t", &text);
        check(&analyzer().aggregate(vec![s.clone()]))?;
        prop_assert!(s.error.is_none());
    }

    /// The same text as an `.html` file: tags stripped, entities decoded.
    #[test]
    fn html_files(text in chinese_text()) {
        check(&analyzer().analyze(&[Input::new("t.html", text.as_bytes())]))?;
    }

    /// Any Unicode string, as already decoded text (the `--jsonl` path).
    #[test]
    fn arbitrary_unicode(text in proptest::collection::vec(interesting_char(), 0..400)
        .prop_map(|v| v.into_iter().collect::<String>()))
    {
        let doc = analyzer().analyze_str("u", &text);
        check(&analyzer().aggregate(vec![doc]))?;
    }
}
