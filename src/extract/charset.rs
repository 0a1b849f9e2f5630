//! Sets of characters written as string literals (`"的了着过"`), built at
//! compile time and tested in a few instructions.
//!
//! The extractors ask "is this char one of …?" at nearly every position;
//! `str::contains(char)` answers by searching the UTF-8 text, which made it
//! the single hottest function of place and person extraction. A
//! [`CharSet`] answers with one bit test (a 1024-bit filter on the low bits
//! of the char) and, only when the bit is set, a binary search over the
//! sorted chars, so the answer is exactly `text.contains(c)`.

/// The chars of a string literal as a set. Build one with [`char_set!`].
pub struct CharSet<const N: usize> {
    /// Bit `c % 1024` set for every member (a filter: other chars may share
    /// a bit, which only costs the exact test).
    filter: [u64; 16],
    /// The members, sorted (duplicates kept: harmless for the search).
    sorted: [char; N],
}

/// Decodes the UTF-8 char starting at byte `i` of `b`: (char, its length).
const fn decode_at(b: &[u8], i: usize) -> (char, usize) {
    let b0 = b[i] as u32;
    let (mut code, len) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xe0 {
        (b0 & 0x1f, 2)
    } else if b0 < 0xf0 {
        (b0 & 0x0f, 3)
    } else {
        (b0 & 0x07, 4)
    };
    let mut k = 1;
    while k < len {
        code = (code << 6) | (b[i + k] as u32 & 0x3f);
        k += 1;
    }
    match char::from_u32(code) {
        Some(c) => (c, len),
        None => panic!("a &str holds only valid chars"),
    }
}

/// Number of chars of `s` (the `N` of its [`CharSet`]).
pub const fn char_count(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        i += decode_at(b, i).1;
        n += 1;
    }
    n
}

impl<const N: usize> CharSet<N> {
    /// The set of the chars of `s`; `N` must be `char_count(s)`.
    pub const fn new(s: &str) -> CharSet<N> {
        let b = s.as_bytes();
        let mut filter = [0u64; 16];
        let mut sorted = ['\0'; N];
        let (mut i, mut n) = (0, 0);
        while i < b.len() {
            let (c, len) = decode_at(b, i);
            let k = c as usize & 1023;
            filter[k >> 6] |= 1 << (k & 63);
            // Insertion sort: the sets are small and this runs at compile time.
            let mut j = n;
            while j > 0 && sorted[j - 1] as u32 > c as u32 {
                sorted[j] = sorted[j - 1];
                j -= 1;
            }
            sorted[j] = c;
            n += 1;
            i += len;
        }
        assert!(n == N, "N must be char_count(s)");
        CharSet { filter, sorted }
    }

    /// Is `c` one of the chars? Exactly `s.contains(c)`.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let k = c as usize & 1023;
        self.filter[k >> 6] & (1 << (k & 63)) != 0 && self.sorted.binary_search(&c).is_ok()
    }
}

/// `char_set!("的了着")`: a `&'static CharSet` of the chars of a constant
/// string expression, built at compile time.
macro_rules! char_set {
    ($s:expr) => {{
        static SET: $crate::extract::charset::CharSet<
            { $crate::extract::charset::char_count($s) },
        > = $crate::extract::charset::CharSet::new($s);
        &SET
    }};
}
pub(crate) use char_set;

/// For tests of hand-written first-char gates: the distinct first chars of
/// `words`, and the distinct chars of `gate`, both sorted.
#[cfg(test)]
pub(crate) fn gate_and_firsts<'a>(
    gate: &str,
    words: impl IntoIterator<Item = &'a str>,
) -> (Vec<char>, Vec<char>) {
    let distinct = |mut v: Vec<char>| {
        v.sort_unstable();
        v.dedup();
        v
    };
    (
        distinct(gate.chars().collect()),
        distinct(words.into_iter().filter_map(|w| w.chars().next()).collect()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set answers exactly as `str::contains` on every char of a range
    /// that covers ASCII, CJK punctuation, the CJK block and beyond.
    #[test]
    fn same_as_str_contains() {
        const S: &str = "的了着过们说是在和与及、，。 \t\nabcZ9鿿\u{20000}𠀀中美俄日";
        let set = char_set!(S);
        let probes = (0u32..0x3_0000)
            .step_by(7)
            .chain(S.chars().map(|c| c as u32))
            .filter_map(char::from_u32);
        for c in probes {
            assert_eq!(set.contains(c), S.contains(c), "{c:?}");
        }
        assert_eq!(char_count(S), S.chars().count());
        let empty = char_set!("");
        assert!(!empty.contains('\0') && !empty.contains('a'));
    }
}
