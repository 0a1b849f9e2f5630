//! A set of short words looked up by `&[char]` without allocating or
//! re-encoding: the hot lookups of the entity extractors (titles, org
//! suffixes and names, stop words) ask "is there a word of length l ending
//! (or starting) here?" at almost every character, and almost always the
//! answer is no. Bitmaps of the words' first and last chars answer most of
//! those questions without hashing; the rest walk a trie of the words (read
//! forwards for "starting", backwards for "ending") one char at a time, and
//! stop at the first char no word continues with, instead of hashing every
//! candidate length.

use rustc_hash::{FxHashMap, FxHashSet};

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

/// Words as a trie: node 0 is the root, an edge is (node, char) → node.
#[derive(Default)]
struct Trie {
    edges: FxHashMap<(u32, char), u32>,
    /// Does a word end at this node?
    ends_word: Vec<bool>,
}

impl Trie {
    fn new() -> Trie {
        Trie {
            edges: FxHashMap::default(),
            ends_word: vec![false],
        }
    }

    fn insert(&mut self, word: impl Iterator<Item = char>) {
        let mut node = 0u32;
        for c in word {
            let next = self.ends_word.len() as u32;
            node = *self.edges.entry((node, c)).or_insert(next);
            if node == next {
                self.ends_word.push(false);
            }
        }
        self.ends_word[node as usize] = true;
    }

    /// The length of the longest word spelled by the first `max` chars of
    /// `chars`, or 0.
    #[inline]
    fn longest(&self, chars: impl Iterator<Item = char>, max: usize) -> usize {
        let mut node = 0u32;
        let mut best = 0;
        for (k, c) in chars.take(max).enumerate() {
            match self.edges.get(&(node, c)) {
                Some(&next) => node = next,
                None => break,
            }
            if self.ends_word[node as usize] {
                best = k + 1;
            }
        }
        best
    }
}

/// Words (as chars), with first-char and last-char filters.
pub struct WordSet {
    words: FxHashSet<Box<[char]>>,
    strs: Vec<&'static str>,
    firsts: CharBits,
    lasts: CharBits,
    /// Bit `l` set: some word has `l` chars (words longer than 63 chars
    /// set bit 63 and are checked by exact lookup only).
    lens: u64,
    max: usize,
    /// The words read forwards, for `longest_starting`.
    forwards: Trie,
    /// The words read backwards, for `longest_ending`.
    backwards: Trie,
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
            forwards: Trie::new(),
            backwards: Trie::new(),
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
        self.forwards.insert(chars.iter().copied());
        self.backwards.insert(chars.iter().rev().copied());
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
    /// The bitmap test, which answers almost every call, is inlined into
    /// the caller; only the trie walk is a call.
    #[inline(always)]
    pub fn longest_ending(&self, chars: &[char], end: usize, max: usize) -> usize {
        if end == 0 || end > chars.len() || !self.lasts.has(chars[end - 1]) {
            return 0;
        }
        self.walk_ending(chars, end, max)
    }

    #[inline(never)]
    fn walk_ending(&self, chars: &[char], end: usize, max: usize) -> usize {
        let max = max.min(end).min(self.max);
        self.backwards
            .longest(chars[..end].iter().rev().copied(), max)
    }

    /// Longest word (up to `max` chars) that starts exactly at `start`, or 0.
    /// Inlined bitmap test, out-of-line trie walk, as `longest_ending`.
    #[inline(always)]
    pub fn longest_starting(&self, chars: &[char], start: usize, max: usize) -> usize {
        if start >= chars.len() || !self.firsts.has(chars[start]) {
            return 0;
        }
        self.walk_starting(chars, start, max)
    }

    #[inline(never)]
    fn walk_starting(&self, chars: &[char], start: usize, max: usize) -> usize {
        let max = max.min(chars.len() - start).min(self.max);
        self.forwards.longest(chars[start..].iter().copied(), max)
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
