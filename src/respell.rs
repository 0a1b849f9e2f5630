//! Respell: what was derived from a Traditional document's Simplified copy,
//! given back in the document's own script.
//!
//! A Traditional text is segmented and read as Simplified (`script`), one
//! character for one, so offsets and `text` already point at the original.
//! Everything else the pipeline derives is a string of the Simplified copy: a
//! quantity's unit and object, a percent's metric, a person's title, the
//! document's words and keywords. A reader of 臺灣 news expects 小時, 復工率
//! and 黨委書記 there, and a keyword must be found again in the text it came
//! from (the page's concordance searches the original). [`Respeller`] maps
//! those strings back, from the place in the text they were read from.

use rustc_hash::FxHashMap;

use crate::script::fold_width;
use crate::segment::Token;

/// A document's normalised chars beside its original ones (same length).
pub struct Respeller<'a> {
    normalised: &'a [char],
    original: &'a [char],
    /// For a string found nowhere near its fact: each normalised char's
    /// most frequent original in this document.
    by_char: FxHashMap<char, char>,
}

impl<'a> Respeller<'a> {
    pub fn new(normalised: &'a [char], original: &'a [char]) -> Respeller<'a> {
        debug_assert_eq!(normalised.len(), original.len());
        let mut seen: FxHashMap<(char, char), u32> = FxHashMap::default();
        for (&n, &o) in normalised.iter().zip(original) {
            let o = fold_width(o);
            if n != o {
                *seen.entry((n, o)).or_insert(0) += 1;
            }
        }
        let mut best: FxHashMap<char, (char, u32)> = FxHashMap::default();
        for ((n, o), count) in seen {
            let e = best.entry(n).or_insert((o, 0));
            // Ties go to the lesser char, so the choice does not depend on
            // the map's order.
            if count > e.1 || (count == e.1 && o < e.0) {
                *e = (o, count);
            }
        }
        Respeller {
            normalised,
            original,
            by_char: best.into_iter().map(|(n, (o, _))| (n, o)).collect(),
        }
    }

    /// The original (width-folded) chars `start..end`.
    fn written(&self, start: usize, end: usize) -> String {
        self.original[start..end]
            .iter()
            .map(|&c| fold_width(c))
            .collect()
    }

    /// `s`, read from the normalised text somewhere in `within` (a
    /// sentence), as the document writes it there: the occurrence nearest
    /// `near`, else char by char as the document writes each char.
    pub fn near(&self, s: &str, within: (usize, usize), near: usize) -> String {
        let want: Vec<char> = s.chars().collect();
        let (lo, hi) = (
            within.0.min(self.normalised.len()),
            within.1.min(self.normalised.len()),
        );
        if !want.is_empty() && hi >= lo + want.len() {
            let found = (lo..=hi - want.len())
                .filter(|&i| self.normalised[i..i + want.len()] == want[..])
                .min_by_key(|&i| i.abs_diff(near));
            if let Some(i) = found {
                return self.written(i, i + want.len());
            }
        }
        want.iter()
            .map(|c| self.by_char.get(c).copied().unwrap_or(*c))
            .collect()
    }

    /// Each token word whose original spelling differs from it, spelled as
    /// at its first occurrence that differs. Only those are allocated: most
    /// tokens of a Traditional text are spelled alike in both scripts.
    pub fn words(&self, tokens: &[Token<'a>]) -> FxHashMap<&'a str, String> {
        let mut out = FxHashMap::default();
        for t in tokens {
            let (n, o) = (
                &self.normalised[t.start..t.end],
                &self.original[t.start..t.end],
            );
            if n.iter().zip(o).all(|(&n, &o)| n == fold_width(o)) || out.contains_key(t.word) {
                continue;
            }
            out.insert(t.word, self.written(t.start, t.end));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_string_is_spelled_as_at_its_place() {
        let original = chars("全省復工率９９％，近30個小時。");
        let normalised = chars("全省复工率99%，近30个小时。");
        let r = Respeller::new(&normalised, &original);
        assert_eq!(r.near("复工率", (0, 10), 5), "復工率");
        assert_eq!(r.near("小时", (0, 16), 12), "小時");
        // Width is folded as in the normalised text: 99, not ９９.
        assert_eq!(r.near("复工率99", (0, 10), 5), "復工率99");
    }

    #[test]
    fn the_nearest_occurrence_wins() {
        // 干 is 乾 in one place and 幹 in another.
        let original = chars("乾淨，幹部");
        let normalised = chars("干净，干部");
        let r = Respeller::new(&normalised, &original);
        assert_eq!(r.near("干", (0, 5), 0), "乾");
        assert_eq!(r.near("干", (0, 5), 4), "幹");
    }

    #[test]
    fn a_string_not_in_the_sentence_goes_char_by_char() {
        let original = chars("黨委書記說，書記說");
        let normalised = chars("党委书记说，书记说");
        let r = Respeller::new(&normalised, &original);
        // Not in the window given: each char as the document writes it.
        assert_eq!(r.near("党委书记", (6, 9), 6), "黨委書記");
        // Chars the document never converts stay.
        assert_eq!(r.near("党员", (0, 9), 0), "黨员");
        assert_eq!(r.near("", (0, 9), 0), "");
    }

    #[test]
    fn simplified_text_is_unchanged() {
        let text = chars("复工率99%");
        let r = Respeller::new(&text, &text);
        assert_eq!(r.near("复工率", (0, 6), 0), "复工率");
        assert!(r.by_char.is_empty());
    }
}
