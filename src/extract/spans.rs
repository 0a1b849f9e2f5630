//! Spans of facts already found (places, organisations), for the questions
//! later extractors ask at every token: does this overlap one, is it inside
//! one, does one end here? Sorted by start with the running maximum end, so
//! each is a binary search, not a scan of every fact (which made long texts
//! quadratic).

use crate::report::Fact;

pub(crate) struct Spans {
    spans: Vec<(usize, usize)>,
    max_end: Vec<usize>,
}

impl Spans {
    pub(crate) fn new(facts: &[Fact]) -> Spans {
        Spans::from_pairs(facts.iter().map(|f| (f.start, f.end)))
    }

    /// The spans `start..end` of the pairs, in any order.
    pub(crate) fn from_pairs(pairs: impl Iterator<Item = (usize, usize)>) -> Spans {
        let mut spans: Vec<(usize, usize)> = pairs.collect();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0, |m, &(_, e)| {
                *m = e.max(*m);
                Some(*m)
            })
            .collect();
        Spans { spans, max_end }
    }

    /// Does any span overlap `start..end`?
    pub(crate) fn overlaps(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 < end);
        k > 0 && self.max_end[k - 1] > start
    }

    /// Does a span start at `start`?
    pub(crate) fn starts_at(&self, start: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 < start);
        self.spans.get(k).is_some_and(|s| s.0 == start)
    }

    /// The end of the longest span starting at `start`.
    pub(crate) fn end_from(&self, start: usize) -> Option<usize> {
        let k = self.spans.partition_point(|s| s.0 < start);
        self.spans[k..]
            .iter()
            .take_while(|s| s.0 == start)
            .map(|s| s.1)
            .max()
    }

    /// Is `start..end` inside one of the spans?
    pub(crate) fn covers(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 <= start);
        k > 0 && self.max_end[k - 1] >= end
    }

    /// Does a span start at `start` and end before `end`? (A place that
    /// begins a longer word: 美国 in 美国国会.)
    pub(crate) fn begins(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 < start);
        self.spans[k..]
            .iter()
            .take_while(|s| s.0 == start)
            .any(|s| s.1 < end)
    }

    /// A span holding `start..end` (one of the 8 starting last at or
    /// before `start`, as `ends_at` looks).
    pub(crate) fn covering(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let k = self.spans.partition_point(|s| s.0 <= start);
        self.spans[..k]
            .iter()
            .rev()
            .take(8)
            .find(|s| s.1 >= end)
            .copied()
    }

    /// Does a span end exactly at `pos`? (Looks at the last few spans that
    /// start before it: facts of one kind do not nest deeply.)
    pub(crate) fn ends_at(&self, pos: usize) -> bool {
        self.ending_at(pos).is_some()
    }

    /// The start of a span ending exactly at `pos`, as `ends_at` looks.
    pub(crate) fn ending_at(&self, pos: usize) -> Option<usize> {
        let k = self.spans.partition_point(|s| s.0 < pos);
        self.spans[..k]
            .iter()
            .rev()
            .take(8)
            .find(|s| s.1 == pos)
            .map(|s| s.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;

    #[test]
    fn queries_match_a_scan() {
        let facts: Vec<Fact> = [(2, 5), (3, 4), (7, 12), (8, 9), (20, 21)]
            .iter()
            .map(|&(s, e)| Fact::new(Kind::Place, s, e))
            .collect();
        let spans = Spans::new(&facts);
        for s in 0..24 {
            for e in s + 1..25 {
                let overlaps = facts.iter().any(|f| f.start < e && s < f.end);
                let covers = facts.iter().any(|f| f.start <= s && e <= f.end);
                assert_eq!(spans.overlaps(s, e), overlaps, "overlaps {s}..{e}");
                assert_eq!(spans.covers(s, e), covers, "covers {s}..{e}");
                let covering = spans.covering(s, e);
                assert_eq!(covering.is_some(), covers, "covering {s}..{e}");
                assert!(covering.is_none_or(|(a, b)| a <= s && e <= b));
            }
            for e in s + 1..25 {
                let begins = facts.iter().any(|f| f.start == s && f.end < e);
                assert_eq!(spans.begins(s, e), begins, "begins {s}..{e}");
            }
            assert_eq!(
                spans.end_from(s),
                facts.iter().filter(|f| f.start == s).map(|f| f.end).max(),
                "end_from {s}"
            );
            assert_eq!(
                spans.ends_at(s),
                facts.iter().any(|f| f.end == s),
                "ends_at {s}"
            );
        }
    }
}
