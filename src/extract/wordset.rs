//! A set of short words looked up by `&[char]` without allocating or
//! re-encoding: the hot lookups of the entity extractors (titles, org
//! suffixes and names, stop words) ask "is there a word of length l ending
//! (or starting) here?" at almost every character, and almost always the
//! answer is no. Bitmaps of the words' first and last chars and of their
//! lengths answer most of those questions without hashing.

use rustc_hash::FxHashSet;

/// Bitmap over the low 16 bits of a char (a filter: non-BMP chars share
/// bits with BMP ones, which only costs an extra exact lookup).
pub(crate) struct CharBits(Box<[u64]>);

impl CharBits {
    pub(crate) fn new() -> CharBits {
        CharBits(vec![0u64; 1 << 10].into_boxed_slice())
    }

    pub(crate) fn insert(&mut self, c: char) {
        let k = c as usize & 0xffff;
        self.0[k >> 6] |= 1 << (k & 63);
    }

    #[inline]
    pub(crate) fn has(&self, c: char) -> bool {
        let k = c as usize & 0xffff;
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }
}

/// Words (as chars), with first-char, last-char and length filters.
pub struct WordSet {
    words: FxHashSet<Box<[char]>>,
    strs: Vec<&'static str>,
    firsts: CharBits,
    lasts: CharBits,
    /// Bit `l` set: some word has `l` chars (words longer than 63 chars
    /// set bit 63 and are checked by exact lookup only).
    lens: u64,
    max: usize,
}

impl WordSet {
    pub fn new() -> WordSet {
        WordSet {
            words: FxHashSet::default(),
            strs: Vec::new(),
            firsts: CharBits::new(),
            lasts: CharBits::new(),
            lens: 0,
            max: 0,
        }
    }

    pub fn insert(&mut self, w: &'static str) {
        let chars: Box<[char]> = w.chars().collect();
        let (Some(&first), Some(&last)) = (chars.first(), chars.last()) else {
            // The empty word: found by an empty lookup only.
            if self.words.insert(chars) {
                self.strs.push(w);
            }
            return;
        };
        self.firsts.insert(first);
        self.lasts.insert(last);
        self.lens |= 1 << chars.len().min(63);
        self.max = self.max.max(chars.len());
        if self.words.insert(chars) {
            self.strs.push(w);
        }
    }

    /// Is `chars` a word of the set?
    #[inline]
    pub fn contains(&self, chars: &[char]) -> bool {
        match (chars.first(), chars.last()) {
            (Some(&f), Some(&l)) => {
                self.lens & (1 << chars.len().min(63)) != 0
                    && self.firsts.has(f)
                    && self.lasts.has(l)
                    && self.words.contains(chars)
            }
            _ => self.words.contains(chars),
        }
    }

    /// Is `w` a word of the set?
    pub fn contains_str(&self, w: &str) -> bool {
        let chars: Vec<char> = w.chars().collect();
        self.contains(&chars)
    }

    /// Length in chars of the longest word.
    pub fn max_len(&self) -> usize {
        self.max
    }

    pub fn len(&self) -> usize {
        self.strs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strs.is_empty()
    }

    /// The words, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.strs.iter().copied()
    }

    /// Longest word (up to `max` chars) that ends exactly at `end`, or 0.
    #[inline]
    pub fn longest_ending(&self, chars: &[char], end: usize, max: usize) -> usize {
        if end == 0 || end > chars.len() || !self.lasts.has(chars[end - 1]) {
            return 0;
        }
        let max = max.min(end).min(self.max);
        (1..=max)
            .rev()
            .find(|&l| {
                self.lens & (1 << l.min(63)) != 0
                    && self.firsts.has(chars[end - l])
                    && self.words.contains(&chars[end - l..end])
            })
            .unwrap_or(0)
    }

    /// Longest word (up to `max` chars) that starts exactly at `start`, or 0.
    #[inline]
    pub fn longest_starting(&self, chars: &[char], start: usize, max: usize) -> usize {
        if start >= chars.len() || !self.firsts.has(chars[start]) {
            return 0;
        }
        let max = max.min(chars.len() - start).min(self.max);
        (1..=max)
            .rev()
            .find(|&l| {
                self.lens & (1 << l.min(63)) != 0
                    && self.lasts.has(chars[start + l - 1])
                    && self.words.contains(&chars[start..start + l])
            })
            .unwrap_or(0)
    }
}

impl Default for WordSet {
    fn default() -> Self {
        Self::new()
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> Self {
        let mut s = WordSet::new();
        for w in iter {
            s.insert(w);
        }
        s
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, iter: I) {
        for w in iter {
            self.insert(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn lookups_match_a_plain_set() {
        let words = ["书记", "党支部书记", "总经理", "长", "𠮷野"];
        let set: WordSet = words.iter().copied().collect();
        let plain: std::collections::HashSet<&str> = words.iter().copied().collect();
        let text = chars("党支部书记、总经理林晓峰，𠮷野长");
        for s in 0..=text.len() {
            for e in s..=text.len() {
                let w: String = text[s..e].iter().collect();
                assert_eq!(set.contains(&text[s..e]), plain.contains(w.as_str()), "{w}");
            }
        }
        assert_eq!(set.longest_ending(&text, 5, 10), 5);
        assert_eq!(set.longest_ending(&text, 5, 4), 2);
        assert_eq!(set.longest_starting(&text, 6, 10), 3);
        assert_eq!(set.longest_starting(&text, 13, 10), 2);
        assert_eq!(set.longest_ending(&text, text.len(), 10), 1);
        assert_eq!(set.longest_ending(&text, 0, 10), 0);
        assert!(set.contains_str("总经理") && !set.contains_str("经理"));
        assert_eq!(set.max_len(), 5);
    }
}
