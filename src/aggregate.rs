//! Aggregate: word frequencies, keywords (TF-IDF and TextRank), timeline,
//! metrics, entities and their co-occurrence — per document and for the
//! corpus.
//!
//! Keywords are computed on the tokens the pipeline already has; jieba-rs's
//! own extractors would segment the text a second time.

use rustc_hash::FxHashMap;

use crate::dictionary::Dictionary;

use crate::report::{
    Aggregates, CoOccurrence, DocReport, EntityCounts, EntityEntry, Fact, Keywords, Kind,
    MetricEntry, TimelineEntry, Value, Weighted,
};
use crate::segment::{Doc, Token};
use crate::Options;

/// Inverse document frequency estimated from jieba's dictionary: a word's
/// rarity, ln(total / freq). (jieba's own idf.txt, from a document corpus,
/// would add 6 MB to the page for a table that ranks words much the same.)
/// Words not in the dictionary get the median.
pub struct Idf {
    dict: Dictionary,
    log_total: f32,
    median: f32,
}

impl Idf {
    pub fn new(dict: Dictionary) -> Idf {
        let log_total = (dict.total().max(1) as f64).ln() as f32;
        let mut values: Vec<f32> = dict
            .entries()
            .map(|(_, f, _)| log_total - (f.max(1) as f32).ln())
            .collect();
        let median = if values.is_empty() {
            10.0
        } else {
            let mid = values.len() / 2;
            *values.select_nth_unstable_by(mid, f32::total_cmp).1
        };
        Idf {
            dict,
            log_total,
            median,
        }
    }

    pub fn get(&self, word: &str) -> f32 {
        match self.dict.freq(word) {
            Some(f) => self.log_total - (f.max(1) as f32).ln(),
            None => self.median,
        }
    }

    /// The dictionary the table was estimated from.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }
}

/// Is this token a content word worth counting?
fn countable(t: &Token, opts: &Options) -> bool {
    !t.is_punct()
        && !t.tag.starts_with('m')
        && t.tag != "x"
        && t.tag != "eng"
        && !t.word.chars().all(|c| c.is_ascii_digit() || c == '.')
        && !opts.stopwords.contains(t.word)
}

/// Parts of speech TextRank builds its graph from (jieba's defaults plus names).
fn textrank_pos(tag: &str) -> bool {
    matches!(
        tag,
        "n" | "nr" | "nrfg" | "nrt" | "ns" | "nt" | "nz" | "vn" | "v" | "an" | "l" | "j"
    )
}

/// The `k` best of borrowed (word, weight) pairs; only those become Strings.
fn top_borrowed(mut v: Vec<(&str, f64)>, k: usize) -> Vec<Weighted> {
    let order = |a: &(&str, f64), b: &(&str, f64)| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0));
    if v.len() > k && k > 0 {
        v.select_nth_unstable_by(k - 1, order);
    }
    v.truncate(k);
    v.sort_by(order);
    v.into_iter()
        .map(|(w, weight)| Weighted {
            word: w.to_string(),
            weight,
        })
        .collect()
}

/// Fills a document's word count, top words, keywords and entity counts.
pub fn document(doc: &mut DocReport, seg: &Doc, idf: &Idf, opts: &Options) {
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    let mut words = 0usize;
    // countable() of each token, computed once for counts and TextRank.
    let mut keep: Vec<bool> = Vec::with_capacity(seg.tokens.len());
    for t in &seg.tokens {
        if t.is_punct() {
            keep.push(false);
            continue;
        }
        words += 1;
        let k = countable(t, opts);
        keep.push(k);
        if k {
            *counts.entry(t.word).or_insert(0) += 1;
        }
    }
    doc.words = words;
    let total: u32 = counts.values().sum::<u32>().max(1);
    let long_words = || counts.iter().filter(|(w, _)| w.chars().nth(1).is_some());
    doc.top_words = top_borrowed(
        long_words().map(|(w, &c)| (*w, c as f64)).collect(),
        opts.top_k,
    );
    let tfidf = long_words()
        .map(|(w, &c)| (*w, (c as f64 / total as f64) * idf.get(w) as f64))
        .collect();
    doc.keywords = Keywords {
        tfidf: top_borrowed(tfidf, opts.top_k),
        textrank: textrank(seg, &keep, opts.top_k),
    };
    doc.counts = counts
        .into_iter()
        .map(|(w, c)| (w.to_string(), c))
        .collect();
    doc.entity_counts = EntityCounts {
        person: doc.facts.iter().filter(|f| f.kind == Kind::Person).count(),
        place: doc.facts.iter().filter(|f| f.kind == Kind::Place).count(),
        org: doc.facts.iter().filter(|f| f.kind == Kind::Org).count(),
    };
}

/// TextRank over co-occurrence within a window of 5 content words, as in
/// jieba; scores are scaled so the best word has weight 1.
fn textrank(seg: &Doc, keep: &[bool], k: usize) -> Vec<Weighted> {
    const WINDOW: usize = 5;
    const DAMPING: f64 = 0.85;
    const ITERATIONS: usize = 10;
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut names: Vec<&str> = Vec::new();
    let mut seq: Vec<u32> = Vec::new();
    for (t, &countable) in seg.tokens.iter().zip(keep) {
        if textrank_pos(t.tag) && t.word.chars().nth(1).is_some() && countable {
            let id = *ids.entry(t.word).or_insert_with(|| {
                names.push(t.word);
                (names.len() - 1) as u32
            });
            seq.push(id);
        }
    }
    let n = names.len();
    if n == 0 {
        return Vec::new();
    }
    // Undirected co-occurrences, one (a < b) pair packed in a u64 per
    // occurrence; sorted, equal pairs are runs whose length is the weight
    // (in pair order: deterministic sums).
    let mut pairs: Vec<u64> = Vec::with_capacity(seq.len() * (WINDOW - 1));
    for i in 0..seq.len() {
        for j in i + 1..(i + WINDOW).min(seq.len()) {
            let (a, b) = (seq[i].min(seq[j]), seq[i].max(seq[j]));
            if a != b {
                pairs.push((a as u64) << 32 | b as u64);
            }
        }
    }
    pairs.sort_unstable();
    let mut edges: Vec<(u32, u32, f64)> = Vec::new();
    let mut degree = vec![0u32; n + 1];
    for run in pairs.chunk_by(|x, y| x == y) {
        let (a, b) = ((run[0] >> 32) as u32, run[0] as u32);
        edges.push((a, b, run.len() as f64));
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    // Adjacency in one array (CSR), each node's neighbours in the order the
    // sorted pairs reach them.
    let mut offset = vec![0usize; n + 1];
    for v in 0..n {
        offset[v + 1] = offset[v] + degree[v] as usize;
    }
    let mut fill = offset.clone();
    let mut adj: Vec<(u32, f64)> = vec![(0, 0.0); offset[n]];
    let mut out_weight = vec![0.0f64; n];
    for &(a, b, w) in &edges {
        out_weight[a as usize] += w;
        out_weight[b as usize] += w;
        adj[fill[b as usize]] = (a, w);
        fill[b as usize] += 1;
        adj[fill[a as usize]] = (b, w);
        fill[a as usize] += 1;
    }
    // Each edge's share of its source's weight, divided once (the same
    // quotient every iteration).
    for (a, w) in adj.iter_mut() {
        *w /= out_weight[*a as usize];
    }
    let mut score = vec![1.0 / n as f64; n];
    let mut next = vec![0.0f64; n];
    for _ in 0..ITERATIONS {
        for (b, slot) in next.iter_mut().enumerate() {
            let s: f64 = adj[offset[b]..offset[b + 1]]
                .iter()
                .map(|&(a, share)| share * score[a as usize])
                .sum();
            *slot = (1.0 - DAMPING) + DAMPING * s;
        }
        std::mem::swap(&mut score, &mut next);
    }
    let max = score
        .iter()
        .cloned()
        .fold(f64::MIN, f64::max)
        .max(f64::MIN_POSITIVE);
    top_borrowed(
        names
            .iter()
            .zip(score)
            .map(|(w, s)| (*w, s / max))
            .collect(),
        k,
    )
}

/// Sort key for ISO dates with or without a year: `--02-17` sorts by month
/// and day among the dates of unknown year, after the dated ones.
fn date_sort_key(v: &str) -> (u8, String) {
    match v.strip_prefix("--") {
        Some(rest) => (1, rest.to_string()),
        None => (0, v.to_string()),
    }
}

/// The subject of a rate: the words before its metric in the same clause
/// (全省规上工业企业 in 全省规上工业企业复工率99.9％), at most 12 characters.
fn metric_subject(text: &[char], sentence: (usize, usize), fact: &Fact) -> Option<String> {
    let metric = fact.metric.as_deref()?;
    let (s, _) = sentence;
    let before: String = text[s..fact.start].iter().collect();
    let pos = before.rfind(metric)?;
    let clause_start = before[..pos]
        .rfind(['，', '；', '：', '。', ',', '、'])
        .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let mut subject = before[clause_start..pos].trim().to_string();
    for prefix in ["截至", "其中", "目前", "全年", "同时"] {
        if let Some(rest) = subject.strip_prefix(prefix) {
            subject = rest.to_string();
        }
    }
    let n = subject.chars().count();
    if n == 0 {
        return None;
    }
    Some(subject.chars().skip(n.saturating_sub(12)).collect())
}

/// Builds the corpus aggregates document by document, so a caller can
/// stream documents through it and drop each one's text afterwards.
#[derive(Default)]
pub struct CorpusBuilder {
    counts: FxHashMap<String, u32>,
    textrank: FxHashMap<String, f64>,
    timeline: Vec<TimelineEntry>,
    metrics: Vec<MetricEntry>,
    entities: FxHashMap<(Kind, String), EntityEntry>,
    pairs: FxHashMap<(String, String), usize>,
    facts_by_kind: FxHashMap<Kind, usize>,
    docs: usize,
}

impl CorpusBuilder {
    /// Adds document number `index`. Uses `doc.text` when present for the
    /// sentences of timeline entries, and consumes `doc.counts`.
    pub fn add(&mut self, index: usize, doc: &mut DocReport) {
        self.docs += 1;
        for (w, c) in std::mem::take(&mut doc.counts) {
            *self.counts.entry(w).or_insert(0) += c;
        }
        for kw in &doc.keywords.textrank {
            *self.textrank.entry(kw.word.clone()).or_insert(0.0) += kw.weight;
        }
        // The text as chars, only for the facts that quote their sentence.
        let quoting = doc
            .facts
            .iter()
            .any(|f| matches!(f.kind, Kind::Date | Kind::Percent));
        let chars: Vec<char> = doc
            .text
            .as_deref()
            .filter(|_| quoting)
            .map(|t| t.chars().collect())
            .unwrap_or_default();
        let sentence_span = |f: &Fact| {
            doc.sentences
                .get(f.sentence)
                .map(|s| (s.start, s.end))
                .unwrap_or((f.start, f.end))
        };
        let sentence_text = |f: &Fact| -> String {
            let (s, e) = sentence_span(f);
            chars
                .get(s..e)
                .map(|c| c.iter().collect())
                .unwrap_or_default()
        };
        let mut by_sentence: FxHashMap<usize, Vec<&str>> = FxHashMap::default();
        for (i, f) in doc.facts.iter().enumerate() {
            *self.facts_by_kind.entry(f.kind).or_insert(0) += 1;
            match f.kind {
                Kind::Date => {
                    if let Some(Value::Text(v)) = &f.value {
                        self.timeline.push(TimelineEntry {
                            value: v.clone(),
                            doc: index,
                            fact: i,
                            text: f.text.clone(),
                            sentence: sentence_text(f),
                        });
                    }
                }
                Kind::Percent => {
                    if let (Some(metric), Some(Value::Number(v))) = (&f.metric, &f.value) {
                        let subject = if chars.is_empty() {
                            None
                        } else {
                            metric_subject(&chars, sentence_span(f), f)
                        };
                        self.metrics.push(MetricEntry {
                            metric: metric.clone(),
                            value: *v,
                            subject,
                            doc: index,
                            fact: i,
                        });
                    }
                }
                k if k.is_entity() => {
                    let e =
                        self.entities
                            .entry((k, f.text.clone()))
                            .or_insert_with(|| EntityEntry {
                                kind: k,
                                name: f.text.clone(),
                                mentions: 0,
                                docs: Vec::new(),
                                title: None,
                                region: None,
                            });
                    e.mentions += 1;
                    if e.docs.last() != Some(&index) {
                        e.docs.push(index);
                    }
                    // The fullest title and region stated anywhere.
                    if let Some(t) = &f.title {
                        if e.title
                            .as_ref()
                            .is_none_or(|old| old.chars().count() < t.chars().count())
                        {
                            e.title = Some(t.clone());
                        }
                    }
                    if e.region.is_none() {
                        e.region = f.region.clone();
                    }
                    let names = by_sentence.entry(f.sentence).or_default();
                    if !names.contains(&f.text.as_str()) {
                        names.push(&f.text);
                    }
                }
                _ => {}
            }
        }
        for names in by_sentence.values() {
            for i in 0..names.len() {
                for j in i + 1..names.len() {
                    let (a, b) = if names[i] < names[j] {
                        (names[i], names[j])
                    } else {
                        (names[j], names[i])
                    };
                    *self
                        .pairs
                        .entry((a.to_string(), b.to_string()))
                        .or_insert(0) += 1;
                }
            }
        }
    }

    pub fn finish(self, idf: &Idf, opts: &Options) -> Aggregates {
        let total: u32 = self.counts.values().sum::<u32>().max(1);
        // Words are unique keys, so the k best under the (weight, word)
        // order are the same whichever way they are selected.
        let long_words = || {
            self.counts
                .iter()
                .filter(|(w, _)| w.chars().nth(1).is_some())
        };
        let top_words = top_borrowed(
            long_words().map(|(w, &c)| (w.as_str(), c as f64)).collect(),
            opts.top_k,
        );
        let tfidf = top_borrowed(
            long_words()
                .map(|(w, &c)| (w.as_str(), c as f64 / total as f64 * idf.get(w) as f64))
                .collect(),
            opts.top_k,
        );
        let textrank = top_borrowed(
            self.textrank
                .iter()
                .map(|(word, &weight)| (word.as_str(), weight / self.docs.max(1) as f64))
                .collect(),
            opts.top_k,
        );
        let mut timeline = self.timeline;
        timeline.sort_by(|a, b| {
            date_sort_key(&a.value)
                .cmp(&date_sort_key(&b.value))
                .then((a.doc, a.fact).cmp(&(b.doc, b.fact)))
        });
        let mut entities: Vec<EntityEntry> = self.entities.into_values().collect();
        entities.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(a.kind.cmp(&b.kind))
                .then(a.name.cmp(&b.name))
        });
        let mut cooccurrence: Vec<CoOccurrence> = self
            .pairs
            .into_iter()
            .map(|((a, b), weight)| CoOccurrence { a, b, weight })
            .collect();
        cooccurrence.sort_by(|x, y| {
            y.weight
                .cmp(&x.weight)
                .then(x.a.cmp(&y.a))
                .then(x.b.cmp(&y.b))
        });
        cooccurrence.truncate(300);
        let mut facts_by_kind: Vec<(Kind, usize)> = self.facts_by_kind.into_iter().collect();
        facts_by_kind.sort();
        Aggregates {
            top_words,
            keywords: Keywords { tfidf, textrank },
            timeline,
            metrics: self.metrics,
            entities,
            cooccurrence,
            facts_by_kind,
        }
    }
}

/// The corpus aggregates of documents already analysed.
pub fn corpus(documents: &mut [DocReport], idf: &Idf, opts: &Options) -> Aggregates {
    let mut builder = CorpusBuilder::default();
    for (i, d) in documents.iter_mut().enumerate() {
        builder.add(i, d);
    }
    builder.finish(idf, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_keys_put_unknown_years_after_known() {
        let mut v = vec!["--03-08", "2020-02-17", "--02-17", "2019"];
        v.sort_by_key(|s| date_sort_key(s));
        assert_eq!(v, ["2019", "2020-02-17", "--02-17", "--03-08"]);
    }

    #[test]
    fn metric_subject_is_the_clause_before_the_metric() {
        let text: Vec<char> = "截至3月8日，全省规上工业企业复工率99.9％，产能恢复率97.7％。"
            .chars()
            .collect();
        let mut f = Fact::new(Kind::Percent, 18, 23);
        f.metric = Some("复工率".into());
        assert_eq!(
            metric_subject(&text, (0, text.len()), &f).as_deref(),
            Some("全省规上工业企业")
        );
        let mut g = Fact::new(Kind::Percent, 29, 34);
        g.metric = Some("产能恢复率".into());
        assert_eq!(metric_subject(&text, (0, text.len()), &g), None);
    }

    #[test]
    fn idf_knows_common_and_rare_words() {
        let idf = Idf::new(Dictionary::embedded());
        assert!(idf.get("的") < idf.get("口罩"));
        assert!(idf.get("𠮷𠮷𠮷不存在的词") > 0.0);
    }
}
