//! Script: width folding and Traditional → Simplified, one character for one.
//!
//! The analysis runs on a *normalised* copy of the text whose characters stand
//! one-for-one with the original's, so every offset found on the copy is an
//! offset into the original and no offset map is needed. That rules out
//! phrase-level converters (OpenCC's 乾燥→干燥 style rewrites may change
//! length); fast2s (MIT) converts character by character with a little
//! context, which is what we need.

use crate::extract::charset::char_set;
use crate::extract::wordset::CharBits;

/// Which script a text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Simplified,
    Traditional,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
        }
    }
}

/// Folds the full-width forms that the number grammar must read (digits,
/// Latin letters, ％ ． ＋ － ／) to ASCII. Chinese punctuation such as ，：（）
/// is left alone: it is the native form and the extractors expect it.
pub fn fold_width(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．' | '＋' | '－' | '／' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

/// `text` with [`fold_width`] applied to every char. Every full-width form
/// is U+FF01..U+FF5E, three bytes led by 0xEF in UTF-8: only those are
/// decoded, and the runs between them copied whole (a char-by-char pass was
/// 70 instructions a char).
pub fn fold_widths(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(k) = bytes[i..].iter().position(|&b| b == 0xEF) {
        let at = i + k;
        // 0xEF leads a three-byte char: `at` is a char boundary.
        let c = text[at..].chars().next().expect("a char at a lead byte");
        let folded = fold_width(c);
        if folded != c {
            out.push_str(&text[copied..at]);
            out.push(folded);
            copied = at + c.len_utf8();
        }
        i = at + c.len_utf8();
    }
    out.push_str(&text[copied..]);
    out
}

/// Guesses the script from the share of characters that change under
/// Traditional → Simplified conversion. Simplified text has almost none
/// (a few ambiguous characters such as 乾 or 著), Traditional text has many.
pub fn detect(text: &str) -> Script {
    let mut han = 0usize;
    let mut traditional = 0usize;
    // A sample is enough to tell.
    for c in text.chars().take(20_000) {
        if is_han(c) {
            han += 1;
            traditional += is_traditional_char(c) as usize;
        }
    }
    // 3% of Han characters, and at least a handful: a Simplified news text
    // scores well under 0.5%, a Traditional one 15–30%.
    if traditional >= 3 && traditional * 100 >= han * 3 {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

/// Does fast2s convert `c` (out of context)? A bitmap of the Han blocks,
/// built once (fast2s only converts 3-byte UTF-8, all in the BMP), so
/// detection is a table lookup per character rather than a conversion of
/// the sample (a quarter of a bare jieba cut's time before).
/// The Han characters fast2s converts, and the one character each becomes
/// when it becomes one (a few become two and are left out of `simplified`).
struct Conversions {
    traditional: CharBits,
    simplified: rustc_hash::FxHashMap<u16, u16>,
}

fn conversions() -> &'static Conversions {
    static TABLE: std::sync::OnceLock<Conversions> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut traditional = CharBits::new();
        let mut simplified = rustc_hash::FxHashMap::default();
        let blocks = (0x3400u32..=0x4DBF)
            .chain(0x4E00..=0x9FFF)
            .chain(0xF900..=0xFAFF);
        let mut buf = [0u8; 4];
        for c in blocks.filter_map(char::from_u32) {
            let converted = fast2s::convert(c.encode_utf8(&mut buf));
            if !converted.starts_with(c) {
                traditional.insert(c);
                let mut out = converted.chars();
                if let (Some(s), None) = (out.next(), out.next()) {
                    if let Ok(unit) = u16::try_from(s as u32) {
                        simplified.insert(c as u16, unit);
                    }
                }
            }
        }
        Conversions {
            traditional,
            simplified,
        }
    })
}

fn is_traditional_char(c: char) -> bool {
    // CharBits keys on the low 16 bits: characters beyond the BMP are never
    // converted and must not alias a BMP bit.
    (c as u32) < 0x1_0000 && conversions().traditional.has(c)
}

/// A UTF-16 unit with its Traditional character made Simplified, one unit
/// for one (so offsets hold): for searching text in either script.
pub fn simplified_unit(u: u16) -> u16 {
    if (0x3400..=0xFAFF).contains(&u) {
        conversions().simplified.get(&u).copied().unwrap_or(u)
    } else {
        u
    }
}

/// True for CJK unified ideographs (BMP and the common extensions).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The normalised analysis text: width folded and, for Traditional input,
/// converted to Simplified. Has exactly as many characters as `text`.
pub fn normalise(text: &str, script: Script) -> String {
    let folded = fold_widths(text);
    match script {
        Script::Simplified => folded,
        Script::Traditional => {
            let converted = after_fast2s(fast2s::convert(&folded));
            debug_assert_eq!(converted.chars().count(), folded.chars().count());
            converted
        }
    }
}

/// Two of fast2s's choices that Simplified news does not make, put right
/// one char for one:
/// - 瀋 becomes 渖, the Simplified char of 瀋 meaning "juice"; in text it is
///   almost always 瀋陽, written 沈阳 (and 沈 is a surname), so 渖 → 沈.
/// - Taiwan writes 著 both for what Simplified writes 着 (隨著, 意味著, 著手)
///   and for "to write; notable" (著名, 顯著), which stays 著. fast2s makes
///   着 after a few verbs only (看著 but not 隨著 or 領著); jieba then reads
///   随著 as an unknown word and glues 著 to its neighbours (领著公司 read as
///   an organisation). So every 著 left becomes 着 unless a neighbour makes
///   it one of the standard zhù words: before [`ZHU_NEXT`] (著名, 著作,
///   著称) or after [`ZHU_PREV`] (显著, 名著, 土著, 所著).
fn after_fast2s(mut text: String) -> String {
    const ZHU_NEXT: &str = "名作称述者录书译";
    const ZHU_PREV: &str = "显卓昭彰土名原专论巨编合遗译拙杰撰所";
    // 著, 着, 渖 and 沈 are all three bytes in UTF-8: each is rewritten in
    // place, with no copy of the text.
    let changes: Vec<(usize, char)> = text
        .match_indices(['著', '渖'])
        .filter_map(|(at, found)| {
            if found == "渖" {
                return Some((at, '沈'));
            }
            let prev = text[..at].chars().next_back();
            let next = text[at + found.len()..].chars().next();
            let zhu = next.is_some_and(|c| char_set!(ZHU_NEXT).contains(c))
                || prev.is_some_and(|c| char_set!(ZHU_PREV).contains(c));
            (!zhu).then_some((at, '着'))
        })
        .collect();
    let mut buf = [0u8; 4];
    for (at, c) in changes {
        text.replace_range(at..at + 3, c.encode_utf8(&mut buf));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_folding_keeps_chinese_punctuation() {
        let s: String = "１３０万，９９．９％：Ａ".chars().map(fold_width).collect();
        assert_eq!(s, "130万，99.9%：A");
    }

    #[test]
    fn folding_a_text_is_folding_each_char() {
        // Every char whose UTF-8 is led by 0xEE or 0xEF, the full-width
        // forms among them.
        let every: String = ('\u{e000}'..='\u{ffff}').collect();
        for text in [
            "",
            "１３０万，９９．９％：Ａ",
            "复工率９９.９％，ｂ－１／２＋x",
            // A 0xEF-led char that is no full-width form (豈, U+F900) and
            // an astral one (𠮷).
            "𠮷野家\u{f900}ｚ",
            every.as_str(),
        ] {
            let each: String = text.chars().map(fold_width).collect();
            assert_eq!(fold_widths(text), each, "{text}");
        }
    }

    #[test]
    fn the_table_is_fast2s_char_by_char() {
        for c in "臺灣經濟發展說記者復工率产能恢复率乾著𠮷abc，".chars() {
            let in_table = is_traditional_char(c);
            let converts = !fast2s::convert(&c.to_string()).starts_with(c);
            assert_eq!(in_table, converts && is_han(c), "{c}");
        }
    }

    #[test]
    fn units_fold_to_simplified_one_for_one() {
        let fold = |s: &str| -> String {
            let units: Vec<u16> = s.encode_utf16().map(simplified_unit).collect();
            String::from_utf16(&units).unwrap()
        };
        assert_eq!(
            fold("復工率達到９９．５％，企業𠮷"),
            "复工率达到９９．５％，企业𠮷"
        );
        assert_eq!(fold("复工率"), "复工率");
    }

    #[test]
    fn detects_scripts() {
        assert_eq!(
            detect("全省规上工业企业复工率99.9％，产能恢复率97.7％。"),
            Script::Simplified
        );
        assert_eq!(
            detect("全省規上工業企業復工率99.9％，產能恢復率97.7％。"),
            Script::Traditional
        );
        assert_eq!(detect(""), Script::Simplified);
    }

    #[test]
    fn normalising_keeps_length_and_converts() {
        for (input, script, want) in [
            ("臺灣經濟發展１２％", Script::Traditional, "台湾经济发展12%"),
            ("記者說：“𠮷野家”", Script::Traditional, "记者说：“𠮷野家”"),
            ("复工率９９．９％", Script::Simplified, "复工率99.9%"),
            // Taiwan's 著 for 着, kept where it is zhù.
            (
                "隨著經濟發展，領著公司人員",
                Script::Traditional,
                "随着经济发展，领着公司人员",
            ),
            ("意味著著手", Script::Traditional, "意味着着手"),
            (
                "著名作家的名著很顯著",
                Script::Traditional,
                "著名作家的名著很显著",
            ),
            ("他所著的書", Script::Traditional, "他所著的书"),
            ("瀋陽市長沈先生", Script::Traditional, "沈阳市长沈先生"),
            // Simplified text keeps its 著 whatever follows.
            ("随著", Script::Simplified, "随著"),
        ] {
            let out = normalise(input, script);
            assert_eq!(out, want);
            assert_eq!(out.chars().count(), input.chars().count());
        }
    }
}
