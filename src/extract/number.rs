//! The shared number grammar: Arabic and Chinese numerals, magnitudes
//! (万, 亿), decimals, and approximation markers.
//!
//! Everything works on the document's `chars` (already width-folded and
//! Simplified), so `１．５万` arrives here as `1.5万`. The functions are pure
//! and allocation-free: the extractors call [`parse_at`] only where a digit
//! or numeral character starts, which keeps the per-document cost to one pass.
//!
//! ```
//! use wenxi::extract::number::parse_str;
//! assert_eq!(parse_str("1,300"), Some(1300.0));
//! assert_eq!(parse_str("356.2亿"), Some(35_620_000_000.0));
//! assert_eq!(parse_str("二十七点三"), Some(27.3));
//! assert_eq!(parse_str("3万亿"), Some(3e12));
//! assert_eq!(parse_str("十几"), None); // vague: not a count
//! ```

use crate::extract::charset::char_set;
use crate::report::Approx;
use crate::segment::Doc;

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numeral {
    /// Arabic digits, perhaps with a Chinese magnitude (`1.3万`).
    Arabic,
    /// Chinese numerals (`三十万`, `两千`, `二十七点三`).
    Chinese,
    /// Chinese digits read one by one (`二〇二〇`): years and identifiers.
    DigitString,
    /// `半` on its own (`半小时`).
    Half,
}

/// A number found in the text: `chars[start..end]` reads as `value`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub numeral: Numeral,
    /// An indefinite amount (`十几`, `数百`, `三四`): not a count.
    pub vague: bool,
    /// A bare magnitude with no coefficient (`千万`, `百`): a round figure.
    pub round: bool,
    /// Written with a decimal point.
    pub decimal: bool,
}

impl Number {
    /// The single character `一` (or `1` is *not* this): the indefinite
    /// article of `一只口罩`, `一个人`.
    pub fn is_indefinite_one(&self, chars: &[char]) -> bool {
        self.numeral == Numeral::Chinese && self.end - self.start == 1 && chars[self.start] == '一'
    }
}

/// The value of a Chinese digit character (financial forms included).
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a Chinese magnitude character.
pub fn magnitude(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1000.0,
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// The chars a number can start with: ASCII digits, [`chinese_digit`]s,
/// [`magnitude`]s and 半 (pinned by a test).
const NUMBER_FIRSTS: &str =
    "0123456789零〇○一壹幺二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿半";

/// Could a number start with `c`? (Cheap pre-filter for the scanners, run
/// at every char: one bit test for the chars that start none.)
#[inline]
pub fn may_start(c: char) -> bool {
    char_set!(NUMBER_FIRSTS).contains(c)
}

fn at(chars: &[char], i: usize) -> char {
    chars.get(i).copied().unwrap_or('\0')
}

/// A decimal point: `.`, or the middle dot older Chinese print sets between
/// digits (１·５万, ８５·５％ in 1990s People's Daily). Event names written
/// with one (５·１２, ９·１１) read as decimals too, but take no unit, so
/// they make no quantity.
pub fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '·' | '・')
}

/// `千` and `百` also begin units: 千米, 千克, 千瓦, 百分点, 百分之, 百帕.
fn magnitude_begins_unit(chars: &[char], i: usize) -> bool {
    let next = at(chars, i + 1);
    match chars[i] {
        '千' => matches!(
            next,
            '米' | '克' | '瓦' | '卡' | '伏' | '帕' | '焦' | '兆' | '字'
        ),
        '百' => matches!(next, '分' | '米' | '帕'),
        _ => false,
    }
}

/// Does a year in digits closed by its bracket start at `at` (1129年）,
/// 前206年）)? How a reign's year is dated: 建炎三年（1129年）.
pub fn bracketed_year_at(chars: &[char], at: usize) -> bool {
    let at = at + usize::from(chars.get(at) == Some(&'前'));
    let digits = chars[at.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=4).contains(&digits)
        && chars.get(at + digits) == Some(&'年')
        && matches!(chars.get(at + digits + 1), Some('）' | ')'))
}

/// Does a reign's year dated in brackets start at `at` (七年（1374年）,
/// 元年（1736年）)? The reign's name is just before it (洪武, 乾隆).
pub fn reign_year_at(chars: &[char], at: usize) -> bool {
    let numerals = chars[at.min(chars.len())..]
        .iter()
        .take_while(|&&c| chinese_digit(c).is_some() || matches!(c, '十' | '元'))
        .count();
    let after = at + numerals;
    numerals > 0
        && chars.get(after) == Some(&'年')
        && matches!(chars.get(after + 1), Some('（' | '('))
        && bracketed_year_at(chars, after + 2)
}

/// The number that starts at `chars[i]`, read as far as it goes.
///
/// Arabic numbers take thousands separators (`1,300`), decimals and trailing
/// magnitudes (`1.3万`, `3万亿`, `5千万`); Chinese numbers take 两, 零, 点
/// and the abbreviated tail of `三万五` (35000). A number glued to Latin
/// letters on the left (`C919`) is not returned: it is an identifier, and
/// neither is a figure too large for f64 (a run of 400 nines).
pub fn parse_at(chars: &[char], i: usize) -> Option<Number> {
    parse_any_at(chars, i).filter(|n| n.value.is_finite())
}

fn parse_any_at(chars: &[char], i: usize) -> Option<Number> {
    let c = *chars.get(i)?;
    if c.is_ascii_digit() {
        if i > 0 && (chars[i - 1].is_ascii_alphanumeric() || is_decimal_point(chars[i - 1])) {
            return None;
        }
        // K1186+300: a road's stake number, metres past a kilometre mark.
        if i > 1 && chars[i - 1] == '+' {
            let mut mark = chars[..i - 1]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric());
            if mark.any(|c| c.is_ascii_alphabetic()) {
                return None;
            }
        }
        parse_arabic(chars, i)
    } else if c == '半' {
        Some(Number {
            value: 0.5,
            start: i,
            end: i + 1,
            numeral: Numeral::Half,
            vague: false,
            round: false,
            decimal: false,
        })
    } else if c == '几' || c == '数' {
        // 几十, 数百, 数以千计: vague amounts; returned so callers skip them.
        let j = i + 1;
        if magnitude(at(chars, j)).is_some() {
            let mut n = parse_chinese(chars, j)?;
            n.start = i;
            n.vague = true;
            Some(n)
        } else {
            None
        }
    } else if magnitude(c).is_some() && !rising_magnitudes(chars, i) {
        // 千千万万, 千百万, 亿万: magnitudes that do not rise are rhetoric
        // ("countless"), not a figure; vague, so callers skip the whole run
        // rather than read its tail (万人).
        let mut n = parse_chinese(chars, i)?;
        n.end = (i..chars.len())
            .find(|&k| magnitude(chars[k]).is_none() || magnitude_begins_unit(chars, k))
            .unwrap_or(chars.len())
            .max(n.end);
        n.vague = true;
        Some(n)
    } else if chinese_digit(c).is_some() || magnitude(c).is_some() {
        parse_chinese(chars, i)
    } else {
        None
    }
}

/// Do the magnitudes from `i` on rise strictly, as a figure's do (百万,
/// 千亿), unlike an idiom's (千千万万, 亿万)?
fn rising_magnitudes(chars: &[char], i: usize) -> bool {
    let mut last = 0.0;
    for (k, &c) in chars.iter().enumerate().skip(i) {
        let Some(m) = magnitude(c).filter(|_| !magnitude_begins_unit(chars, k)) else {
            break;
        };
        if m <= last {
            return false;
        }
        last = m;
    }
    true
}

fn parse_arabic(chars: &[char], start: usize) -> Option<Number> {
    let mut i = start;
    let mut int: f64 = 0.0;
    let mut digits = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(d) = c.to_digit(10) {
            int = int * 10.0 + d as f64;
            digits += 1;
            i += 1;
        } else if c == ','
            && digits <= 3 + 3 * 4
            && chars.len() >= i + 4
            && chars[i + 1..i + 4].iter().all(|c| c.is_ascii_digit())
            && !at(chars, i + 4).is_ascii_digit()
        {
            // 1,300: a comma followed by exactly three digits.
            i += 1;
        } else {
            break;
        }
    }
    let mut value = int;
    let mut decimal = false;
    if is_decimal_point(at(chars, i)) && at(chars, i + 1).is_ascii_digit() {
        let mut scale = 0.1;
        i += 1;
        while let Some(d) = at(chars, i).to_digit(10) {
            value += d as f64 * scale;
            scale /= 10.0;
            i += 1;
        }
        decimal = true;
        // 2020.3.22 and 1.2.3 are dates or section numbers, not decimals.
        if is_decimal_point(at(chars, i)) && at(chars, i + 1).is_ascii_digit() {
            return None;
        }
    }
    let (value, end) = trailing_magnitudes(chars, i, value);
    Some(Number {
        value: round_float(value),
        start,
        end,
        numeral: Numeral::Arabic,
        vague: false,
        round: false,
        decimal,
    })
}

/// Is the `兆` at `i` a trillion (10¹²), as Taiwan and Japan count money
/// (3.13兆元, 2兆日元, 2兆9,645億元)? Before bits and bytes it is a million
/// (2.5千兆比特), and before units a prefix (兆瓦): those are left. A 零
/// before a figure says a smaller amount follows (1兆零200亿元).
fn trillion_at(chars: &[char], i: usize) -> bool {
    at(chars, i) == '兆'
        && (at(chars, i + 1).is_ascii_digit()
            || (at(chars, i + 1) == '零' && at(chars, i + 2).is_ascii_digit())
            || matches!(
                at(chars, i + 1),
                '元' | '日' | '美' | '韩' | '韓' | '港' | '新' | '台' | '臺' | '欧' | '歐' | '英'
            ))
}

/// Is the `兆` at `i`, inside a number in Chinese numerals, a trillion
/// (三兆五千亿元, 九兆零二百亿元, 两兆元)? As for figures in digits
/// ([`trillion_at`]), with a numeral after it too.
fn chinese_trillion_at(chars: &[char], i: usize) -> bool {
    let next = at(chars, i + 1);
    trillion_at(chars, i)
        || (next != '零' && chinese_digit(next).is_some())
        || (next == '零' && chinese_digit(at(chars, i + 2)).is_some())
}

/// `万`, `亿`, `千万`, `万亿` (and a money's `兆`) after a figure multiply it.
fn trailing_magnitudes(chars: &[char], mut i: usize, mut value: f64) -> (f64, usize) {
    while let Some(m) = magnitude(at(chars, i)).or_else(|| trillion_at(chars, i).then_some(1e12)) {
        if m < 100.0 || magnitude_begins_unit(chars, i) {
            break;
        }
        // 百 and 千 only multiply when more magnitude or a non-numeral
        // follows (5千万, 3千名), never before a digit (3千5 is not ours).
        if m < 1e4 && at(chars, i + 1).is_ascii_digit() {
            break;
        }
        value *= m;
        i += 1;
        // 28万7千, 3亿5000万: a figure and a smaller magnitude after 万 or
        // 亿 add to it (287000, 350000000), as three or four digits after
        // 万 do (3万5000, a vote count's 369万466); not a shorter bare
        // figure (2万5 is 25000 in speech).
        if m >= 1e4 {
            // 1万零53, 3亿零500万: 零 says a smaller figure follows, of any
            // length.
            let zero = at(chars, i) == '零' && at(chars, i + 1).is_ascii_digit();
            // The figure's digits, perhaps grouped by commas (9,645).
            let (mut figure, mut digits, mut j) = (0.0, 0, i + usize::from(zero));
            loop {
                if let Some(d) = at(chars, j).to_digit(10) {
                    figure = figure * 10.0 + d as f64;
                    digits += 1;
                    j += 1;
                } else if at(chars, j) == ','
                    && digits > 0
                    && (1..=3).all(|k| at(chars, j + k).is_ascii_digit())
                    && !at(chars, j + 4).is_ascii_digit()
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if digits > 0 && !is_decimal_point(at(chars, j)) {
                let (more, end) = trailing_magnitudes(chars, j, figure);
                if (end > j || zero || (m == 1e4 && (3..=4).contains(&digits))) && more < m {
                    return (value + more, end);
                }
            }
        }
    }
    (value, i)
}

/// Rounds away binary noise from decimal arithmetic (`356.2 × 1e8`).
fn round_float(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 12 - v.abs().log10().floor() as i32;
    if digits <= 0 {
        return v.round();
    }
    let scale = 10f64.powi(digits.min(15));
    (v * scale).round() / scale
}

/// The longest Chinese numeral read, in characters. Real ones are short
/// (九千九百九十九万九千九百九十九亿 is 16); the bound keeps a run of
/// 100,000 numeral characters linear, since callers parse at every position.
const MAX_CHINESE_LEN: usize = 48;

/// The digits after a Chinese 点 as a fraction, read one by one (三 → 0.3,
/// 零五 → 0.05), and where they end.
fn chinese_fraction(chars: &[char], mut j: usize) -> (f64, usize) {
    let mut scale = 0.1;
    let mut frac = 0.0;
    while let Some(d) = chinese_digit(at(chars, j)) {
        frac += d as f64 * scale;
        scale /= 10.0;
        j += 1;
    }
    (frac, j)
}

fn parse_chinese(chars: &[char], start: usize) -> Option<Number> {
    let chars = &chars[..chars.len().min(start + MAX_CHINESE_LEN)];
    // 零点一个百分点 (0.1): a decimal below one. Not the hour 零点 of a
    // clock (零点五分, 零点三十分), nor 零点 alone (midnight).
    if chinese_digit(chars[start]) == Some(0) && at(chars, start + 1) == '点' {
        let (value, j) = chinese_fraction(chars, start + 2);
        let clock = magnitude(at(chars, j)).is_some() || matches!(at(chars, j), '分' | '刻' | '时');
        if value == 0.0 || clock {
            return None;
        }
        return Some(Number {
            value: round_float(value),
            start,
            end: j,
            numeral: Numeral::Chinese,
            vague: false,
            round: false,
            decimal: true,
        });
    }
    // Two digits in a row with no magnitude between them: either a digit
    // string (二〇二〇, 一九四六) or a vague range (三四天, 七八个).
    if chinese_digit(chars[start]).is_some() && chinese_digit(at(chars, start + 1)).is_some() {
        let mut i = start;
        let mut value = 0.0;
        let mut zero = false;
        while let Some(d) = chinese_digit(at(chars, i)) {
            zero |= d == 0;
            value = value * 10.0 + d as f64;
            i += 1;
        }
        let len = i - start;
        if len >= 3 || zero {
            return Some(Number {
                value,
                start,
                end: i,
                numeral: Numeral::DigitString,
                vague: false,
                round: false,
                decimal: false,
            });
        }
        // 三四十, 三四万: the range may go on with a magnitude.
        let mut n = parse_chinese(chars, start + 1)?;
        n.start = start;
        n.vague = true;
        return Some(n);
    }

    let mut zhao = 0.0; // the part already multiplied by a trillion 兆
    let mut yi = 0.0; // the part already multiplied by 亿
    let mut wan = 0.0; // the part already multiplied by 万
    let mut section = 0.0; // below 万
    let mut digit: Option<f64> = None;
    let mut last_mag = 0.0;
    let mut digit_after_mag = false;
    let mut any_digit = false;
    let mut vague = false;
    let mut decimal = false;
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                // 一百零五: 零 only holds a place.
                if digit.is_some() || i == start {
                    break;
                }
                digit_after_mag = false;
                last_mag = 0.0;
                i += 1;
                continue;
            }
            if digit.is_some() {
                // 十五六: a vague range inside the number.
                vague = true;
                i += 1;
                continue;
            }
            digit_after_mag = last_mag >= 100.0 && i > start && magnitude(chars[i - 1]).is_some();
            digit = Some(d as f64);
            any_digit = true;
            i += 1;
        } else if c == '几' && i > start {
            vague = true;
            i += 1;
            digit = Some(1.0);
        } else if c == '兆' && i > start && chinese_trillion_at(chars, i) {
            // 三兆五千亿: the trillions, then what is below them.
            zhao = (yi + wan + section + digit.take().unwrap_or(0.0)).max(1.0) * 1e12;
            (yi, wan, section) = (0.0, 0.0, 0.0);
            last_mag = 1e12;
            digit_after_mag = false;
            i += 1;
        } else if let Some(m) = magnitude(c) {
            if magnitude_begins_unit(chars, i) {
                break;
            }
            let coeff = digit.take();
            if m >= 1e8 {
                yi = (yi + wan + section + coeff.unwrap_or(0.0)).max(1.0) * m;
                wan = 0.0;
                section = 0.0;
            } else if m >= 1e4 {
                wan = (wan + section + coeff.unwrap_or(0.0)).max(1.0) * m;
                section = 0.0;
            } else {
                section += coeff.unwrap_or(1.0) * m;
            }
            last_mag = m;
            digit_after_mag = false;
            i += 1;
        } else if c == '点' && digit.is_some() && chinese_digit(at(chars, i + 1)).is_some() {
            // 二十七点三: digits after 点 are read one by one.
            let (frac, j) = chinese_fraction(chars, i + 1);
            digit = Some(digit.unwrap_or(0.0) + frac);
            decimal = true;
            digit_after_mag = false;
            i = j;
        } else {
            break;
        }
    }
    if i == start {
        return None;
    }
    let mut tail = digit.unwrap_or(0.0);
    if digit_after_mag && !decimal {
        // 三万五 = 35000, 两千五 = 2500, 一百五 = 150.
        tail *= last_mag / 10.0;
    }
    let value = zhao + yi + wan + section + tail;
    if value == 0.0 {
        return None;
    }
    Some(Number {
        value: round_float(value),
        start,
        end: i,
        numeral: Numeral::Chinese,
        vague,
        // 十万 is ten 万s, as exact as 二十万: 十 is the count's digit.
        round: !any_digit && chars[start] != '十',
        decimal,
    })
}

/// The value of `s` when all of it is one number (and not a vague one).
///
/// ```
/// use wenxi::extract::number::parse_str;
/// assert_eq!(parse_str("1.3万"), Some(13000.0));
/// assert_eq!(parse_str("三十万"), Some(300000.0));
/// assert_eq!(parse_str("两千"), Some(2000.0));
/// assert_eq!(parse_str("半"), Some(0.5));
/// assert_eq!(parse_str("数百"), None);
/// assert_eq!(parse_str("4.55"), Some(4.55));
/// ```
pub fn parse_str(s: &str) -> Option<f64> {
    let chars: Vec<char> = s.chars().collect();
    let n = parse_at(&chars, 0)?;
    (n.end == chars.len() && !n.vague).then_some(n.value)
}

/// A whole number written with digits or Chinese numerals and no
/// magnitude above 千, as in clock times and calendar fields
/// (`10`, `二十二`, `十二`); returns the value and the end.
///
/// ```
/// use wenxi::extract::number::small_int_at;
/// let c: Vec<char> = "二十二日".chars().collect();
/// assert_eq!(small_int_at(&c, 0), Some((22, 3)));
/// ```
pub fn small_int_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let c = at(chars, i);
    if c.is_ascii_digit() {
        let mut j = i;
        let mut v: u32 = 0;
        while let Some(d) = at(chars, j).to_digit(10) {
            v = v.checked_mul(10)?.checked_add(d)?;
            j += 1;
            if j - i > 4 {
                return None;
            }
        }
        return Some((v, j));
    }
    // 十, 十二, 二十, 二十二, 三十一: the forms calendar fields use.
    let mut j = i;
    let mut v = 0u32;
    if let Some(d) = chinese_digit(c).filter(|&d| d > 0) {
        v = d;
        j += 1;
    }
    if matches!(at(chars, j), '十' | '拾') {
        v = if j > i { v * 10 } else { 10 };
        j += 1;
        if let Some(d) = chinese_digit(at(chars, j)).filter(|&d| d > 0) {
            v += d;
            j += 1;
        }
    }
    (j > i).then_some((v, j))
}

/// Approximation words written before a number, longest first (不少于 is
/// at least, not 少于).
const BEFORE: &[(&str, Approx)] = &[
    ("不少于", Approx::Over),
    ("不低于", Approx::Over),
    ("不小于", Approx::Over),
    ("不超过", Approx::Under),
    ("不多于", Approx::Under),
    ("不高于", Approx::Under),
    ("不大于", Approx::Under),
    ("大约", Approx::About),
    ("大概", Approx::About),
    ("将近", Approx::About),
    ("接近", Approx::About),
    ("约合", Approx::About),
    ("超过", Approx::Over),
    ("超出", Approx::Over),
    ("至少", Approx::Over),
    ("多达", Approx::Over),
    ("突破", Approx::Over),
    ("高于", Approx::Over),
    ("多于", Approx::Over),
    ("大于", Approx::Over),
    ("不到", Approx::Under),
    ("不足", Approx::Under),
    ("少于", Approx::Under),
    ("低于", Approx::Under),
    ("小于", Approx::Under),
    ("未满", Approx::Under),
    ("约", Approx::About),
    ("近", Approx::About),
    ("超", Approx::Over),
    ("逾", Approx::Over),
    ("过", Approx::Over),
    ("上", Approx::About),
];

/// Currencies named before their figure (新台币160亿元).
const CURRENCIES_BEFORE: [&str; 9] = [
    "新台币",
    "新台幣",
    "人民币",
    "人民幣",
    "港币",
    "港幣",
    "美金",
    "澳门币",
    "澳門幣",
];

/// An approximation marker before `start`: its kind and where it begins.
/// `adjacent` is false when 有, 了 or a currency stand between (`至少有5天`,
/// `超过了80公斤`, `约新台币160亿元`): the marker counts but stays out of
/// the span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    pub approx: Approx,
    pub start: usize,
    pub adjacent: bool,
}

/// The approximation marker written just before the number at `start`.
///
/// A one-character marker must begin a token (`最近3天` is not `近`), and
/// `上` and `过` only mark round figures (`上万人`, `过百名`), which the
/// caller tells with `round`.
pub fn approx_before(doc: &Doc, start: usize, round: bool) -> Option<Marker> {
    // BEFORE as chars, compared with the text's chars without decoding the
    // words at every number.
    static MARKERS: std::sync::OnceLock<Vec<(Vec<char>, Approx)>> = std::sync::OnceLock::new();
    let markers = MARKERS.get_or_init(|| {
        BEFORE
            .iter()
            .map(|&(word, approx)| (word.chars().collect(), approx))
            .collect()
    });
    let chars = &doc.chars;
    // The marker may stand before a particle or a verb of reaching (约有|
    // 300人, 约达|1850万车次) or before the currency the figure is in (约
    // 新台币|160亿元).
    let particle = matches!(
        chars.get(start.wrapping_sub(1)),
        Some('有' | '了' | '为' | '达')
    );
    // Every currency ends in 币, 幣 or 金: one test before the words.
    let currency = matches!(chars.get(start.wrapping_sub(1)), Some('币' | '幣' | '金'))
        .then(|| {
            CURRENCIES_BEFORE.iter().find_map(|w| {
                let n = w.chars().count();
                (start >= n && w.chars().eq(chars[start - n..start].iter().copied())).then_some(n)
            })
        })
        .flatten();
    for gap in [Some(0), particle.then_some(1), currency]
        .into_iter()
        .flatten()
    {
        let end = start - gap;
        let Some(&last) = chars[..end].last() else {
            continue;
        };
        for (word, approx) in markers {
            let (n, approx) = (word.len(), *approx);
            // The last char first: most markers fail on it, before a
            // whole-slice comparison.
            if word.last() != Some(&last) || !chars[..end].ends_with(word) {
                continue;
            }
            let m = end - n;
            if n == 1 {
                if matches!(word[0], '上' | '过') && !round {
                    continue;
                }
                // 长近|40米: glued by jieba's HMM to the word before, a made-up
                // word (not a dictionary word such as 最近).
                let glued = || {
                    doc.token_at(m).is_some_and(|k| {
                        let t = doc.tokens[k];
                        t.end == m + 1 && doc.is_guessed(&t)
                    })
                };
                if !doc.is_boundary(m) && !glued() {
                    continue;
                }
            }
            return Some(Marker {
                approx,
                start: m,
                adjacent: gap == 0,
            });
        }
    }
    None
}

/// An approximation suffix right after a number, before any unit:
/// `40多天`, `百余名`, `20来岁`. Returns the kind and the end.
pub fn approx_after_number(chars: &[char], end: usize) -> Option<(Approx, usize)> {
    match at(chars, end) {
        '多' | '余' => Some((Approx::Over, end + 1)),
        // 来 after a round figure only: 20来岁, 三百来人, not 3年来; nor
        // the 来 of 来自 or 来客 (300来自各地的代表).
        '来' if end > 0
            && matches!(chars[end - 1], '十' | '百' | '千' | '0')
            && !matches!(at(chars, end + 1), '自' | '客' | '宾') =>
        {
            Some((Approx::About, end + 1))
        }
        _ => None,
    }
}

/// An approximation word after the unit: `20个左右`, `15%以上`, `3家以下`.
pub fn approx_after_unit(doc: &Doc, end: usize) -> Option<(Approx, usize)> {
    let chars = &doc.chars;
    let two = (at(chars, end), at(chars, end + 1));
    let approx = match two {
        ('左', '右') => Approx::About,
        ('上', '下') => Approx::About,
        ('以', '上') | ('开', '外') => Approx::Over,
        ('以', '下') | ('以', '内') => Approx::Under,
        _ => return None,
    };
    // 上下游, 左右手, 以上率: the word must stand alone.
    if !doc.is_boundary(end + 2)
        && doc
            .token_at(end)
            .is_some_and(|t| doc.tokens[t].end > end + 2)
    {
        return None;
    }
    Some((approx, end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_start_is_digits_numerals_and_half() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            let plain = c.is_ascii_digit()
                || chinese_digit(c).is_some()
                || magnitude(c).is_some()
                || c == '半';
            assert_eq!(may_start(c), plain, "{c:?}");
        }
    }

    fn num(s: &str) -> Option<Number> {
        let chars: Vec<char> = s.chars().collect();
        parse_at(&chars, 0)
    }

    #[test]
    fn arabic_numbers() {
        let cases: &[(&str, f64, usize)] = &[
            ("1,300台", 1300.0, 5),
            ("4.55倍", 4.55, 4),
            ("130万只", 1_300_000.0, 4),
            ("356.2亿元", 35_620_000_000.0, 6),
            ("3万亿美元", 3e12, 3),
            ("5千万", 5e7, 3),
            ("2.3万多个", 23000.0, 4),
            ("99.9%", 99.9, 4),
            ("12,345,678人", 12_345_678.0, 10),
            ("1,2,3", 1.0, 1),
            ("5千米", 5.0, 1),
            ("5千克", 5.0, 1),
            ("1.3万千瓦", 13000.0, 4),
            ("3百分点", 3.0, 1),
            // The middle dot as a decimal point (1990s print).
            ("1·5万件", 15000.0, 4),
            ("85·5%", 85.5, 4),
            ("7965・04点", 7965.04, 7),
            // A smaller figure after 万 or 亿 adds to it; not a bare one
            // shorter than four digits (2万5 is 25000 in speech: left).
            ("28万7千户", 287_000.0, 5),
            ("2亿3000万元", 230_000_000.0, 7),
            ("3万5000元", 35_000.0, 6),
            ("369万466票", 3_690_466.0, 7),
            // 零 after 万 or 亿: a smaller figure of any length adds.
            ("1万零53人", 10_053.0, 5),
            ("3亿零500万元", 305_000_000.0, 7),
            ("1万25人", 10_000.0, 2),
            ("1万2人", 10_000.0, 2),
            ("3万5千万", 30_000.0, 2),
            // 兆 is a trillion before money, comma groups after it.
            ("3.13兆元", 3.13e12, 5),
            ("2兆9,645亿元", 2_964_500_000_000.0, 8),
            ("1兆零200亿元", 1_020_000_000_000.0, 7),
            ("2.5千兆比特", 2.5, 3),
            ("50兆瓦", 50.0, 2),
        ];
        for &(s, v, end) in cases {
            let n = num(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((n.value, n.end), (v, end), "{s}");
            assert_eq!(n.numeral, Numeral::Arabic, "{s}");
        }
    }

    #[test]
    fn identifiers_and_dotted_dates_are_not_numbers() {
        let chars: Vec<char> = "C919客机".chars().collect();
        assert_eq!(parse_at(&chars, 1), None);
        assert_eq!(num("2020.3.22"), None);
        assert_eq!(num("1·2·3"), None);
        // Not a number of its own: the decimals of 4·55.
        let chars: Vec<char> = "4·55倍".chars().collect();
        assert_eq!(parse_at(&chars, 2), None);
    }

    #[test]
    fn chinese_numbers() {
        let cases: &[(&str, f64, usize)] = &[
            ("三十万人", 300_000.0, 3),
            ("两千", 2000.0, 2),
            ("二十七点三", 27.3, 5),
            ("十天", 10.0, 1),
            ("十二", 12.0, 2),
            ("一百零五", 105.0, 4),
            ("零点一个百分点", 0.1, 3),
            ("零点零五米", 0.05, 4),
            ("三亿五千万", 3.5e8, 5),
            ("三万亿", 3e12, 3),
            ("千万千瓦", 1e7, 2),
            ("三万五", 35000.0, 3),
            ("两千五百名", 2500.0, 4),
            ("三点五万", 35000.0, 4),
            ("壹佰贰拾", 120.0, 4),
            ("二〇二〇年", 2020.0, 4),
            ("一九四六年", 1946.0, 4),
            ("二○二○", 2020.0, 4),
        ];
        for &(s, v, end) in cases {
            let n = num(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((n.value, n.end), (v, end), "{s}");
            assert!(!n.vague, "{s}");
        }
        // The hour of a clock, and midnight, are no decimals.
        assert_eq!(num("零点五分"), None);
        assert_eq!(num("零点三十分"), None);
        assert_eq!(num("零点前"), None);
        assert!(num("千万").unwrap().round);
        assert!(!num("三千万").unwrap().round);
        assert!(num("百").unwrap().round);
        // A trillion 兆 in Chinese numerals, then what is below it; the
        // 兆 of a unit (兆瓦) is not one.
        assert_eq!(num("九兆零二百亿元").unwrap().value, 9.02e12);
        assert_eq!(num("三兆五千亿元").unwrap().value, 3.5e12);
        assert_eq!(num("两兆元").unwrap().value, 2e12);
        assert_eq!(num("三兆瓦").unwrap().value, 3.0);
        // 十 is a digit: ten 万s are a count, not a round figure.
        assert!(!num("十万").unwrap().round);
        assert!(!num("十亿").unwrap().round);
    }

    #[test]
    fn vague_amounts() {
        for s in [
            "十几万人",
            "几十天",
            "数百台",
            "三四天",
            "十五六岁",
            "三四十人",
            // Magnitudes that do not rise: "countless", no figure.
            "千千万万家庭",
            "千百万观众",
            "亿万人民",
            "万千气象",
        ] {
            let n = num(s).unwrap_or_else(|| panic!("{s}"));
            assert!(n.vague, "{s}");
        }
        assert_eq!(num("十几万人").unwrap().end, 3);
        assert_eq!(num("千千万万家庭").unwrap().end, 4);
        assert!(!num("上百万人").is_some_and(|n| n.vague));
        assert!(!num("百万人").unwrap().vague);
        assert_eq!(num("数以千计"), None);
    }

    #[test]
    fn clock_and_calendar_fields() {
        let c: Vec<char> = "十二月三十一日10时59分".chars().collect();
        assert_eq!(small_int_at(&c, 0), Some((12, 2)));
        assert_eq!(small_int_at(&c, 3), Some((31, 6)));
        assert_eq!(small_int_at(&c, 7), Some((10, 9)));
        assert_eq!(small_int_at(&c, 2), None);
    }

    #[test]
    fn approx_suffixes() {
        let c: Vec<char> = "40多天百余名20来岁3年来".chars().collect();
        assert_eq!(approx_after_number(&c, 2), Some((Approx::Over, 3)));
        assert_eq!(approx_after_number(&c, 5), Some((Approx::Over, 6)));
        assert_eq!(approx_after_number(&c, 9), Some((Approx::About, 10)));
        assert_eq!(approx_after_number(&c, 13), None);
    }
}

/// Test support shared by the numeric extractors' tests.
#[cfg(test)]
pub(crate) mod testing {
    use jieba_rs::Jieba;

    use crate::segment::Doc;

    fn jieba() -> &'static Jieba {
        crate::test_jieba()
    }

    /// Runs `f` on `text` normalised and segmented as the pipeline does.
    pub fn with_doc<R>(text: &str, f: impl FnOnce(&Doc) -> R) -> R {
        let script = crate::script::detect(text);
        let normalised = crate::script::normalise(text, script);
        let doc = Doc::new(jieba(), &normalised, true);
        f(&doc)
    }
}
