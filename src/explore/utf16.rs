//! Text as JavaScript sees it: UTF-16 code units.
//!
//! The report counts code points; the page slices JS strings, which count
//! UTF-16 units (𠮷 and 😀 are two each). Every offset the page receives is
//! converted here, and the page's searches (concordance, trends) run over
//! UTF-16 units so that they find and count exactly what `indexOf` would.

/// `map[i]` is the UTF-16 offset of code point `i`; `map[len]` the length.
pub fn utf16_map(text: &str) -> Vec<u32> {
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut at = 0u32;
    for c in text.chars() {
        map.push(at);
        at += c.len_utf16() as u32;
    }
    map.push(at);
    map
}

/// The UTF-16 offset of code-point offset `cp`, clamped to the text (a
/// report file may carry offsets past its text, or no text at all).
pub fn at(map: &[u32], cp: usize) -> usize {
    map[cp.min(map.len() - 1)] as usize
}

/// `units[a..b]` as a string, as JS `slice` clamps it (an empty string when
/// `a >= b`). A slice that cuts a surrogate pair gets U+FFFD for the lone
/// half: a Rust string cannot hold it, and the page would draw it as one.
pub fn slice(units: &[u16], a: usize, b: usize) -> String {
    let b = b.min(units.len());
    if a >= b {
        return String::new();
    }
    String::from_utf16_lossy(&units[a..b])
}

/// Where `word` occurs in `units` from `from` on, as `units.indexOf(word,
/// from)`: the first match at or after `from`.
pub fn index_of(units: &[u16], word: &[u16], from: usize) -> Option<usize> {
    let (&first, rest) = word.split_first()?;
    let last_start = units.len().checked_sub(word.len())?;
    let mut i = from;
    while i <= last_start {
        let j = i + units[i..=last_start].iter().position(|&u| u == first)?;
        if &units[j + 1..j + word.len()] == rest {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

/// Occurrences of `word` starting at or after `from` and ending by `to`,
/// each search resuming after the previous match (no overlaps): the page's
/// `count(text, word, from, to)`.
pub fn count(units: &[u16], word: &[u16], from: usize, to: usize) -> usize {
    let mut n = 0;
    let mut next = index_of(units, word, from);
    while let Some(i) = next {
        if i + word.len() > to {
            break;
        }
        n += 1;
        next = index_of(units, word, i + word.len());
    }
    n
}

/// JS's `\s`: ECMAScript WhiteSpace and LineTerminator. Not Rust's
/// `char::is_whitespace` (Unicode White_Space), which takes U+0085 and
/// leaves out U+FEFF.
pub fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// `s.replace(/\s+/g, ' ')`.
pub fn squash_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if is_js_space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// A number as JS `String(n)` writes it (Number::toString): the shortest
/// digits that read back as `n`, in positional notation for exponents from
/// -7 to 20 and in `1.5e+21` form outside.
pub fn js_number(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if n == 0.0 {
        return "0".into(); // -0 too
    }
    // Rust's `{:e}` gives the same shortest round-trip digits: d.ddde±x.
    let sci = format!("{:e}", n.abs());
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let point = exp.parse::<i32>().expect("an integer exponent") + 1; // ECMAScript's n
    let mut out = String::new();
    if n < 0.0 {
        out.push('-');
    }
    if k <= point && point <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (point - k) as usize));
    } else if 0 < point && point <= 21 {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    } else if -6 < point && point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if point - 1 < 0 { '-' } else { '+' });
        out.push_str(&(point - 1).abs().to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn utf16_map_counts_surrogate_pairs() {
        for (text, want) in [
            ("", vec![0]),
            ("中文", vec![0, 1, 2]),
            ("a𠮷b😀", vec![0, 1, 3, 4, 6]),
            ("😀😀", vec![0, 2, 4]),
        ] {
            assert_eq!(utf16_map(text), want, "{text}");
        }
    }

    #[test]
    fn at_clamps_to_the_text() {
        let map = utf16_map("𠮷中");
        for (cp, want) in [(0, 0), (1, 2), (2, 3), (3, 3), (99, 3)] {
            assert_eq!(at(&map, cp), want, "{cp}");
        }
        assert_eq!(at(&utf16_map(""), 5), 0);
    }

    #[test]
    fn slice_is_js_slice() {
        let u = units("a𠮷b");
        for (a, b, want) in [
            (0, 4, "a𠮷b"),
            (1, 3, "𠮷"),
            (3, 1, ""),
            (0, 99, "a𠮷b"),
            (2, 4, "\u{FFFD}b"), // starts on the low half of 𠮷
            (0, 2, "a\u{FFFD}"), // ends on the high half
        ] {
            assert_eq!(slice(&u, a, b), want, "{a}..{b}");
        }
    }

    #[test]
    fn index_of_and_count_follow_js() {
        let text = units("的的的，𠮷的中国的");
        let de = units("的");
        let dede = units("的的");
        for (from, want) in [
            (0, Some(0)),
            (1, Some(1)),
            (3, Some(6)),
            (7, Some(9)),
            (10, None),
        ] {
            assert_eq!(index_of(&text, &de, from), want, "from {from}");
        }
        assert_eq!(index_of(&text, &units("𠮷的"), 0), Some(4));
        assert_eq!(index_of(&text, &[], 0), None);
        assert_eq!(index_of(&text, &units("中国的的"), 0), None);
        // Non-overlapping, resuming after each match; bounded by `to`.
        for (word, from, to, want) in [
            (&de, 0, text.len(), 5),
            (&dede, 0, text.len(), 1),
            (&dede, 1, text.len(), 1),
            (&de, 0, 3, 3),
            (&de, 3, 7, 1),
            (&de, 0, 0, 0),
        ] {
            assert_eq!(count(&text, word, from, to), want, "{from}..{to}");
        }
    }

    #[test]
    fn js_whitespace() {
        for (c, want) in [
            (' ', true),
            ('\u{3000}', true),
            ('\u{FEFF}', true),
            ('\u{A0}', true),
            ('\u{85}', false),
            ('\u{200B}', false),
            ('中', false),
        ] {
            assert_eq!(is_js_space(c), want, "{:?}", c);
        }
        assert_eq!(squash_spaces("a \n\t b\u{3000}c "), "a b c ");
    }

    #[test]
    fn numbers_as_js_writes_them() {
        for (n, want) in [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-2.0, "-2"),
            (99.9, "99.9"),
            (1300000.0, "1300000"),
            (0.5, "0.5"),
            (0.000001, "0.000001"),
            (0.0000001, "1e-7"),
            (1.5e-10, "1.5e-10"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e21, "1e+21"),
            (1.25e22, "1.25e+22"),
            (0.1 + 0.2, "0.30000000000000004"),
            (4.55, "4.55"),
            (f64::NAN, "NaN"),
        ] {
            assert_eq!(js_number(n), want, "{n}");
        }
    }
}
