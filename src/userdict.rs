//! The user dictionary: words a user adds, each optionally with a kind
//! (person, place, org, or a plain word for segmentation only).
//!
//! One entry per line: `word` or `word kind`, where kind is `person`/`人名`,
//! `place`/`地名`, `org`/`机构`, or `word`/`词`; `#` starts a comment.
//! Entries with a kind become facts wherever they occur, and take
//! precedence over overlapping facts of the entity kinds.

use crate::report::{Fact, Kind};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserDict {
    entries: Vec<(String, Option<Kind>)>,
}

impl UserDict {
    pub fn parse(text: &str) -> UserDict {
        let mut entries: Vec<(String, Option<Kind>)> = Vec::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let mut parts = line.split_whitespace();
            let Some(word) = parts.next() else { continue };
            let kind = match parts.next().map(str::to_lowercase).as_deref() {
                Some("person" | "per" | "人名" | "人") => Some(Kind::Person),
                Some("place" | "loc" | "地名" | "地") => Some(Kind::Place),
                Some("org" | "机构" | "组织") => Some(Kind::Org),
                _ => None,
            };
            if !entries.iter().any(|(w, _)| w == word) {
                entries.push((word.to_string(), kind));
            }
        }
        UserDict { entries }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entries(&self) -> impl Iterator<Item = (&str, Option<Kind>)> {
        self.entries.iter().map(|(w, k)| (w.as_str(), *k))
    }

    /// The POS tag jieba should give the word.
    pub fn jieba_tag(kind: Option<Kind>) -> &'static str {
        match kind {
            Some(Kind::Person) => "nr",
            Some(Kind::Place) => "ns",
            Some(Kind::Org) => "nt",
            _ => "n",
        }
    }

    /// Facts for every occurrence of the entries that have a kind, longest
    /// entry first where two would overlap.
    pub fn find(&self, chars: &[char]) -> Vec<Fact> {
        let mut words: Vec<(Vec<char>, Kind)> = self
            .entries
            .iter()
            .filter_map(|(w, k)| k.map(|k| (w.chars().collect(), k)))
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut facts: Vec<Fact> = Vec::new();
        let mut taken = vec![false; chars.len()];
        for (w, kind) in &words {
            if w.is_empty() || w.len() > chars.len() {
                continue;
            }
            let mut i = 0;
            while i + w.len() <= chars.len() {
                if chars[i] == w[0]
                    && chars[i..i + w.len()] == w[..]
                    && !taken[i..i + w.len()].iter().any(|&t| t)
                {
                    taken[i..i + w.len()].iter_mut().for_each(|t| *t = true);
                    facts.push(Fact::new(*kind, i, i + w.len()));
                    i += w.len();
                } else {
                    i += 1;
                }
            }
        }
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kinds_in_english_and_chinese() {
        let d = UserDict::parse(
            "# mine\n王小二 person\n清河坊 地名\n文析工作室 org\n复工潮\n王小二 place\n",
        );
        let e: Vec<_> = d.entries().collect();
        assert_eq!(
            e,
            [
                ("王小二", Some(Kind::Person)),
                ("清河坊", Some(Kind::Place)),
                ("文析工作室", Some(Kind::Org)),
                ("复工潮", None)
            ]
        );
    }

    #[test]
    fn finds_longest_entries_without_overlap() {
        let d = UserDict::parse("文析 org\n文析工作室 org\n王小二 person");
        let chars: Vec<char> = "王小二在文析工作室，文析很好。".chars().collect();
        let mut spans: Vec<_> = d
            .find(&chars)
            .iter()
            .map(|f| (f.kind, f.start, f.end))
            .collect();
        spans.sort_by_key(|s| s.1);
        assert_eq!(
            spans,
            [(Kind::Person, 0, 3), (Kind::Org, 4, 9), (Kind::Org, 10, 12)]
        );
    }
}
