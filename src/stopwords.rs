//! Stopwords: words left out of frequency lists and keywords. The list is
//! data (`data/stopwords.txt`), replaceable by the caller.

use std::sync::Arc;

use rustc_hash::FxHashSet;

const DEFAULT: &str = include_str!("../data/stopwords.txt");

/// A set of stopwords. Cheap to clone (shared).
#[derive(Debug, Clone)]
pub struct Stopwords(Arc<FxHashSet<String>>);

impl Default for Stopwords {
    fn default() -> Self {
        Stopwords::parse(DEFAULT)
    }
}

impl Stopwords {
    /// One word per line (or separated by white space or commas); `#` starts a comment.
    pub fn parse(list: &str) -> Stopwords {
        let words = list
            .lines()
            .map(|l| l.split('#').next().unwrap_or(""))
            .flat_map(|l| {
                l.split(|c: char| c.is_whitespace() || c == ',' || c == '，' || c == '、')
            })
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        Stopwords(Arc::new(words))
    }

    /// The built-in list, as text (what the page shows for editing).
    pub fn default_text() -> &'static str {
        DEFAULT
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines_commas_and_comments() {
        let s = Stopwords::parse("# comment\n的\n了，和 、 与 # trailing\n\n");
        for w in ["的", "了", "和", "与"] {
            assert!(s.contains(w), "{w}");
        }
        assert_eq!(s.len(), 4);
        assert!(!s.contains("comment"));
    }

    #[test]
    fn default_list_has_function_words_only() {
        let s = Stopwords::default();
        assert!(s.contains("的") && s.contains("我们"));
        assert!(!s.contains("复工") && !s.contains("口罩"));
    }
}
