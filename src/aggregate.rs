//! Aggregate: word frequencies, keywords (TF-IDF and TextRank), timeline,
//! metrics, entities and their co-occurrence — per document and for the
//! corpus.
//!
//! Keywords are computed on the tokens the pipeline already has; jieba-rs's
//! own extractors would segment the text a second time.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rustc_hash::FxHashMap;

use crate::dictionary::Dictionary;

use crate::report::{
    Aggregates, CoOccurrence, DocReport, EntityCounts, EntityEntry, Fact, Keywords, Kind,
    MetricEntry, TimelineEntry, Value, Weighted, WordCounts,
};
use crate::segment::{is_alphanumeric, Doc, Token};
use crate::Options;

/// Inverse document frequency estimated from jieba's dictionary: a word's
/// rarity, ln(total / freq). (jieba's own idf.txt, from a document corpus,
/// would add 6 MB to the page for a table that ranks words much the same.)
/// Words not in the dictionary get the median.
pub struct Idf {
    dict: Dictionary,
    log_total: f32,
    median: f32,
    /// The largest value `get` returns: a bound on the TF-IDF of words not
    /// looked up.
    max: f32,
}

impl Idf {
    pub fn new(dict: Dictionary) -> Idf {
        let log_total = (dict.total().max(1) as f64).ln() as f32;
        // The median and the largest value are found on the frequencies,
        // which the value falls with, and only they take a logarithm: one
        // per dictionary word was 9.1M of start-up's 297.0M instructions
        // natively, and more in wasm, where `ln` is code, not an instruction.
        let mut freqs: Vec<u32> = dict.entries().map(|(_, f, _)| f.max(1)).collect();
        let (median, max) = match freqs.iter().min() {
            None => (10.0, f32::MIN),
            Some(&least) => {
                let mid = freqs.len() / 2;
                let &mut at_mid = freqs.select_nth_unstable_by(mid, |a, b| b.cmp(a)).1;
                (
                    Self::value(log_total, at_mid),
                    Self::value(log_total, least),
                )
            }
        };
        Idf {
            dict,
            log_total,
            median,
            max: max.max(median),
        }
    }

    fn value(log_total: f32, freq: u32) -> f32 {
        log_total - (freq.max(1) as f32).ln()
    }

    pub fn get(&self, word: &str) -> f32 {
        match self.dict.freq(word) {
            Some(f) => Self::value(self.log_total, f),
            None => self.median,
        }
    }

    /// The dictionary the table was estimated from.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }
}

/// Tags of tokens never counted: numerals, measure words, non-words, Latin.
fn counted_tag(tag: &str) -> bool {
    !tag.starts_with('m') && tag != "x" && tag != "eng"
}

/// Parts of speech TextRank builds its graph from (jieba's defaults plus names).
fn textrank_pos(tag: &str) -> bool {
    matches!(
        tag,
        "n" | "nr" | "nrfg" | "nrt" | "ns" | "nt" | "nz" | "vn" | "v" | "an" | "l" | "j"
    )
}

/// Two characters or more: only such words become top words and keywords.
fn is_long(word: &str) -> bool {
    word.chars().nth(1).is_some()
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

/// The `k` most frequent of distinct words sorted by count, most frequent
/// first; ties by word, as `top_borrowed`.
fn top_counted(by_count: &[(&str, u32)], k: usize) -> Vec<Weighted> {
    // Only words at least as frequent as the k-th can be among the k best.
    let reach = match k.checked_sub(1).and_then(|i| by_count.get(i)) {
        Some(&(_, kth)) => by_count.partition_point(|&(_, c)| c >= kth),
        None => by_count.len(),
    };
    top_borrowed(
        by_count[..reach]
            .iter()
            .map(|&(w, c)| (w, c as f64))
            .collect(),
        k,
    )
}

/// A weight ordered by `total_cmp`, for the heap of the best so far.
#[derive(PartialEq)]
struct Weight(f64);

impl Eq for Weight {}

impl PartialOrd for Weight {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Weight {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The `k` best TF-IDF keywords of distinct words sorted by count, most
/// frequent first. A word weighs count / total × idf, and no idf exceeds
/// `Idf::max`: once k words weigh more than a less frequent word could,
/// the rest (mostly words seen once) need no IDF lookup at all.
fn top_tfidf(by_count: &[(&str, u32)], total: u32, idf: &Idf, k: usize) -> Vec<Weighted> {
    if k == 0 {
        return Vec::new();
    }
    let mut scored: Vec<(&str, f64)> = Vec::new();
    // The k best weights so far, the least on top.
    let mut best: BinaryHeap<Reverse<Weight>> = BinaryHeap::with_capacity(k + 1);
    for same_count in by_count.chunk_by(|a, b| a.1 == b.1) {
        let tf = same_count[0].1 as f64 / total as f64;
        // Strictly more: a word of equal weight could still win on the
        // word order that breaks ties.
        if best.len() == k
            && best
                .peek()
                .is_some_and(|kth| kth.0 .0 > tf * idf.max as f64)
        {
            break;
        }
        for &(w, c) in same_count {
            let weight = (c as f64 / total as f64) * idf.get(w) as f64;
            scored.push((w, weight));
            best.push(Reverse(Weight(weight)));
            if best.len() > k {
                best.pop();
            }
        }
    }
    top_borrowed(scored, k)
}

/// A distinct word of a document, and what is known about it.
struct DocWord<'a> {
    word: &'a str,
    /// Punctuation, symbols or white space: not a word at all.
    punct: bool,
    /// A number or a stopword: a word, but never counted.
    excluded: bool,
    long: bool,
    /// Tokens of it counted (those with a counted tag).
    count: u32,
    /// Its node in the TextRank graph, if it has one.
    textrank_id: Option<u32>,
}

impl<'a> DocWord<'a> {
    fn new(word: &'a str, opts: &Options) -> DocWord<'a> {
        DocWord {
            word,
            punct: word.chars().all(|c| !is_alphanumeric(c)),
            excluded: word.chars().all(|c| c.is_ascii_digit() || c == '.')
                || opts.stopwords.contains(word),
            long: is_long(word),
            count: 0,
            textrank_id: None,
        }
    }
}

/// Each distinct word's number. A word of up to 15 bytes (five Han chars:
/// nearly every token) is looked up by its bytes packed into one integer,
/// which hashes in two multiplications and compares in one instruction; a
/// string key costs a byte-wise hash and a `memcmp` call per lookup (in
/// wasm a byte loop), most of the cost of counting a long text's words.
struct WordIds<'a> {
    short: FxHashMap<u128, u32>,
    long: FxHashMap<&'a str, u32>,
}

impl<'a> WordIds<'a> {
    fn with_capacity(n: usize) -> Self {
        WordIds {
            short: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            long: FxHashMap::default(),
        }
    }

    /// `word`'s number, from `new` the first time it is seen.
    #[inline]
    fn id(&mut self, word: &'a str, new: impl FnOnce() -> u32) -> u32 {
        match Self::packed(word) {
            Some(key) => *self.short.entry(key).or_insert_with(new),
            None => *self.long.entry(word).or_insert_with(new),
        }
    }

    /// The bytes of a word of at most 15, and its length in the last byte
    /// (so words that differ only in trailing zero bytes stay apart).
    #[inline]
    fn packed(word: &str) -> Option<u128> {
        let bytes = word.as_bytes();
        if bytes.len() > 15 {
            return None;
        }
        let mut b = [0u8; 16];
        b[..bytes.len()].copy_from_slice(bytes);
        b[15] = bytes.len() as u8;
        Some(u128::from_le_bytes(b))
    }
}

/// Fills a document's word count, top words, keywords and entity counts.
pub fn document(doc: &mut DocReport, seg: &Doc, idf: &Idf, opts: &Options) {
    words(&seg.tokens, idf, opts).fill(doc);
    entity_counts(doc);
}

/// Counts a document's people, places and organisations (its facts must be
/// there).
pub fn entity_counts(doc: &mut DocReport) {
    doc.entity_counts = EntityCounts {
        person: doc.facts.iter().filter(|f| f.kind == Kind::Person).count(),
        place: doc.facts.iter().filter(|f| f.kind == Kind::Place).count(),
        org: doc.facts.iter().filter(|f| f.kind == Kind::Org).count(),
    };
}

/// What a document's words alone give: its word count, top words, keywords
/// and every counted word's count. It reads no fact, so it can be made
/// apart from extraction: the page makes it in a second worker, from the
/// same bytes, while the first extracts the facts (see `www/worker.js`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordAggregates {
    pub words: usize,
    pub top_words: Vec<Weighted>,
    pub keywords: Keywords,
    pub counts: WordCounts,
}

impl WordAggregates {
    /// Puts these into `doc`.
    pub fn fill(self, doc: &mut DocReport) {
        doc.words = self.words;
        doc.top_words = self.top_words;
        doc.keywords = self.keywords;
        doc.counts = self.counts;
    }

    /// These as one JSON string, to cross from one worker's wasm to
    /// another's through JS, which never parses it. Weights read back are
    /// the weights written, to the last bit (serde_json's `float_roundtrip`):
    /// the report must not depend on which worker made its keywords.
    pub fn to_wire(&self) -> String {
        let (text, entries) = self.counts.parts();
        serde_json::to_string(&WireWords {
            words: self.words,
            top_words: &self.top_words,
            keywords: &self.keywords,
            counts_text: text,
            counts: entries,
        })
        .expect("word aggregates always serialise")
    }

    /// [`Self::to_wire`] read back; `None` if `wire` is not that.
    pub fn from_wire(wire: &str) -> Option<WordAggregates> {
        #[derive(serde::Deserialize)]
        struct Owned {
            words: usize,
            top_words: Vec<Weighted>,
            keywords: Keywords,
            counts_text: String,
            counts: Vec<(u32, u32)>,
        }
        let w: Owned = serde_json::from_str(wire).ok()?;
        Some(WordAggregates {
            words: w.words,
            top_words: w.top_words,
            keywords: w.keywords,
            counts: WordCounts::from_parts(w.counts_text, w.counts)?,
        })
    }
}

/// [`WordAggregates`] as it crosses between workers.
#[derive(serde::Serialize)]
struct WireWords<'a> {
    words: usize,
    top_words: &'a [Weighted],
    keywords: &'a Keywords,
    counts_text: &'a str,
    counts: &'a [(u32, u32)],
}

/// A document's [`WordAggregates`], from its tokens.
pub fn words(tokens: &[Token], idf: &Idf, opts: &Options) -> WordAggregates {
    // Each distinct word is looked up (stopwords, punctuation) once, and
    // counted by its index.
    // Sized for a news article (a distinct word per three tokens), so they
    // seldom grow by copying; a long text's vocabulary grows far slower
    // than its length (Heaps' law: 5.5 MB of news has some 70,000 distinct
    // words in a million tokens), so the guess stops at 2^16.
    let guess = (tokens.len() / 3).min(1 << 16);
    let mut ids = WordIds::with_capacity(guess);
    let mut vocabulary: Vec<DocWord> = Vec::with_capacity(guess);
    // TextRank's words numbered in order of first occurrence, and the
    // sequence of them in the text.
    let mut textrank_words: Vec<&str> = Vec::with_capacity(guess);
    let mut textrank_seq: Vec<u32> = Vec::with_capacity(tokens.len() / 2);
    let mut words = 0usize;
    for t in tokens {
        let id = ids.id(t.word, || {
            vocabulary.push(DocWord::new(t.word, opts));
            (vocabulary.len() - 1) as u32
        });
        let w = &mut vocabulary[id as usize];
        if w.punct {
            continue;
        }
        words += 1;
        if w.excluded || !counted_tag(t.tag) {
            continue;
        }
        w.count += 1;
        if w.long && textrank_pos(t.tag) {
            let node = *w.textrank_id.get_or_insert_with(|| {
                textrank_words.push(w.word);
                (textrank_words.len() - 1) as u32
            });
            textrank_seq.push(node);
        }
    }
    let total: u32 = vocabulary.iter().map(|w| w.count).sum::<u32>().max(1);
    let mut by_count: Vec<(&str, u32)> = vocabulary
        .iter()
        .filter(|w| w.long && w.count > 0)
        .map(|w| (w.word, w.count))
        .collect();
    by_count.sort_unstable_by_key(|&(_, c)| Reverse(c));
    let top_words = top_counted(&by_count, opts.top_k);
    let keywords = Keywords {
        tfidf: top_tfidf(&by_count, total, idf, opts.top_k),
        textrank: textrank(&textrank_words, &textrank_seq, opts.top_k),
    };
    let mut counts = WordCounts::default();
    for w in vocabulary.iter().filter(|w| w.count > 0) {
        counts.push(w.word, w.count);
    }
    WordAggregates {
        words,
        top_words,
        keywords,
        counts,
    }
}

/// TextRank over co-occurrence within a window of 5 content words, as in
/// jieba; scores are scaled so the best word has weight 1. `names` are the
/// nodes, `seq` the text as a sequence of them.
fn textrank(names: &[&str], seq: &[u32], k: usize) -> Vec<Weighted> {
    const WINDOW: usize = 5;
    const DAMPING: f64 = 0.85;
    const ITERATIONS: usize = 10;
    let n = names.len();
    if n == 0 {
        return Vec::new();
    }
    // Undirected co-occurrences, one (a < b) pair per occurrence, in the
    // order of the pairs sorted, where equal pairs are runs whose length is
    // the weight (deterministic sums). Sorted by a counting sort on a, then
    // each a's b's: far cheaper than sorting all pairs.
    fn each_pair(seq: &[u32], mut f: impl FnMut(u32, u32)) {
        for i in 0..seq.len() {
            for j in i + 1..(i + WINDOW).min(seq.len()) {
                let (a, b) = (seq[i].min(seq[j]), seq[i].max(seq[j]));
                if a != b {
                    f(a, b);
                }
            }
        }
    }
    let mut pairs_from = vec![0usize; n + 1];
    each_pair(seq, |a, _| pairs_from[a as usize + 1] += 1);
    for v in 0..n {
        pairs_from[v + 1] += pairs_from[v];
    }
    let mut seconds = vec![0u32; pairs_from[n]];
    let mut cursor = pairs_from.clone();
    each_pair(seq, |a, b| {
        seconds[cursor[a as usize]] = b;
        cursor[a as usize] += 1;
    });
    // Each a's b's counted in a dense array, then only the distinct b's
    // sorted: the same edges in the same order as sorting every pair, at a
    // fraction of the cost (a frequent word meets the same words often).
    // The edges from a are `edge_b[edges_from[a]..edges_from[a + 1]]`, with
    // their weights (times met) in `edge_w`: 8 bytes an edge, where a
    // vector of (a, b, weight) sized for every pair took 16 a pair.
    let mut times = vec![0u32; n];
    let mut distinct: Vec<u32> = Vec::new();
    let mut edges_from = vec![0usize; n + 1];
    // The weight of each node's edges, summed in the order the edges are
    // found (the sums' order fixes their last bits).
    let mut out_weight = vec![0.0f64; n];
    let (mut edge_b, mut edge_w): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
    for a in 0..n {
        distinct.clear();
        for &b in &seconds[pairs_from[a]..pairs_from[a + 1]] {
            if times[b as usize] == 0 {
                distinct.push(b);
            }
            times[b as usize] += 1;
        }
        distinct.sort_unstable();
        for &b in &distinct {
            edge_b.push(b);
            edge_w.push(times[b as usize]);
            out_weight[a] += f64::from(times[b as usize]);
            out_weight[b as usize] += f64::from(times[b as usize]);
            times[b as usize] = 0;
        }
        edges_from[a + 1] = edge_b.len();
    }
    drop((seconds, times, distinct));
    // Each edge's share of either end's weight, divided once (the same
    // quotients every iteration).
    let mut share_to_b = vec![0.0f64; edge_b.len()];
    let mut share_to_a = vec![0.0f64; edge_b.len()];
    for a in 0..n {
        for k in edges_from[a]..edges_from[a + 1] {
            let w = f64::from(edge_w[k]);
            share_to_b[k] = w / out_weight[a];
            share_to_a[k] = w / out_weight[edge_b[k] as usize];
        }
    }
    drop(edge_w);
    // The edges are walked in their sorted order, each adding to both its
    // ends: a node b hears first from every a < b in ascending order, then
    // from its own edges to each c > b in ascending order, the order of
    // its neighbours in the fully sorted graph, so every sum adds the same
    // terms in the same order (the scores to the last bit), without
    // building an adjacency list per node.
    let mut score = vec![1.0 / n as f64; n];
    let mut next = vec![0.0f64; n];
    for _ in 0..ITERATIONS {
        next.fill(0.0);
        for a in 0..n {
            let from_a = score[a];
            let mut into_a = next[a];
            for k in edges_from[a]..edges_from[a + 1] {
                let b = edge_b[k] as usize;
                next[b] += share_to_b[k] * from_a;
                into_a += share_to_a[k] * score[b];
            }
            next[a] = into_a;
        }
        for s in &mut next {
            *s = (1.0 - DAMPING) + DAMPING * *s;
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
/// and day among the dates of unknown year, after the dated ones; years BC
/// (`-3299`, `-0220`) by their signed number, before the others.
fn date_sort_key(v: &str) -> (u8, i32, &str) {
    if let Some(rest) = v.strip_prefix("--") {
        return (1, 0, rest);
    }
    let digits = v.strip_prefix('-').unwrap_or(v);
    let year_len = digits.bytes().take_while(u8::is_ascii_digit).count();
    let year: i32 = digits[..year_len].parse().unwrap_or(0);
    let year = if digits.len() < v.len() { -year } else { year };
    (0, year, &digits[year_len..])
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
    // A leading date is when, not what (10月份|全国居民消费价格指数).
    let mut chars: Vec<char> = subject.chars().collect();
    loop {
        let digits = chars
            .iter()
            .take_while(|c| {
                c.is_ascii_digit() || "０１２３４５６７８９一二三四五六七八九十〇".contains(**c)
            })
            .count();
        let unit = ["年", "月份", "月", "日"]
            .iter()
            .find(|u| chars[digits..].starts_with(&u.chars().collect::<Vec<_>>()));
        match unit {
            Some(u) if digits > 0 => {
                chars.drain(..digits + u.chars().count());
            }
            _ => break,
        }
    }
    let n = chars.len();
    if n == 0 {
        return None;
    }
    // Long subjects keep their end, which names the thing measured.
    Some(chars[n.saturating_sub(16)..].iter().collect())
}

/// Gives a document's top words and keywords their written spelling
/// (`spellings`: normalised word → written; see `respell`).
pub fn respell_keywords(doc: &mut DocReport, spellings: &FxHashMap<&str, String>) {
    respell_lists(
        [
            &mut doc.top_words,
            &mut doc.keywords.tfidf,
            &mut doc.keywords.textrank,
        ],
        |w| spellings.get(w),
    );
}

/// Respells the words of `lists` that `spelling` knows.
fn respell_lists<'s>(
    lists: [&mut Vec<Weighted>; 3],
    spelling: impl Fn(&str) -> Option<&'s String>,
) {
    for w in lists.into_iter().flatten() {
        if let Some(s) = spelling(&w.word) {
            w.word.clone_from(s);
        }
    }
}

/// An entity of one document: its mentions there, and the fullest title
/// and first region stated there.
#[derive(Debug, Clone, PartialEq)]
struct PartEntity {
    kind: Kind,
    /// Index in `CorpusPart::names`.
    name: u32,
    mentions: usize,
    title: Option<String>,
    region: Option<String>,
}

/// What one document adds to the corpus aggregates, prepared apart from the
/// corpus: `Analyzer::analyze_one` makes it on the document's own thread,
/// so what `CorpusBuilder::add` does serially for every document is small
/// (sums, and one lookup per distinct name instead of per mention).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CorpusPart {
    /// Entries with `doc` still to be set (the document's index is known
    /// only when it joins the corpus).
    timeline: Vec<TimelineEntry>,
    metrics: Vec<MetricEntry>,
    facts_by_kind: Vec<(Kind, usize)>,
    /// Distinct entity names; the same name as two kinds is one name.
    names: Vec<String>,
    /// Distinct (kind, name) entities, in order of first mention.
    entities: Vec<PartEntity>,
    /// Sentence co-occurrences of names as (name, name, sentences), the
    /// lesser name (as a string) first.
    pairs: Vec<(u32, u32, usize)>,
}

impl CorpusPart {
    /// The part of `doc`; `chars` is its text as chars, or empty when the
    /// text is not there (timeline sentences and metric subjects are left
    /// empty then).
    pub fn of(doc: &DocReport, chars: &[char]) -> CorpusPart {
        let mut part = CorpusPart::default();
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
                .map(crate::segment::string_of)
                .unwrap_or_default()
        };
        let mut name_ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut entity_ids: FxHashMap<(Kind, u32), usize> = FxHashMap::default();
        // The names of each sentence that has any.
        let mut by_sentence: FxHashMap<usize, Vec<u32>> = FxHashMap::default();
        for (i, f) in doc.facts.iter().enumerate() {
            match part.facts_by_kind.iter_mut().find(|(k, _)| *k == f.kind) {
                Some((_, n)) => *n += 1,
                None => part.facts_by_kind.push((f.kind, 1)),
            }
            match f.kind {
                Kind::Date => {
                    // The resolved date says more than the value (its
                    // year, or its month) where there is one.
                    let v = f.resolved.as_ref().or(match &f.value {
                        Some(Value::Text(v)) => Some(v),
                        _ => None,
                    });
                    if let Some(v) = v {
                        part.timeline.push(TimelineEntry {
                            value: v.clone(),
                            doc: 0,
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
                            metric_subject(chars, sentence_span(f), f)
                        };
                        part.metrics.push(MetricEntry {
                            metric: metric.clone(),
                            value: *v,
                            subject,
                            doc: 0,
                            fact: i,
                        });
                    }
                }
                k if k.is_entity() => {
                    let name = *name_ids.entry(f.text.as_str()).or_insert_with(|| {
                        part.names.push(f.text.clone());
                        (part.names.len() - 1) as u32
                    });
                    let at = *entity_ids.entry((k, name)).or_insert_with(|| {
                        part.entities.push(PartEntity {
                            kind: k,
                            name,
                            mentions: 0,
                            title: None,
                            region: None,
                        });
                        part.entities.len() - 1
                    });
                    let e = &mut part.entities[at];
                    e.mentions += 1;
                    // The fullest title, the first of equals (as the corpus
                    // keeps it across documents).
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
                    let ids = by_sentence.entry(f.sentence).or_default();
                    if !ids.contains(&name) {
                        ids.push(name);
                    }
                }
                _ => {}
            }
        }
        let mut pairs: FxHashMap<(u32, u32), usize> = FxHashMap::default();
        for ids in by_sentence.values() {
            for i in 0..ids.len() {
                for j in i + 1..ids.len() {
                    let (x, y) = (ids[i], ids[j]);
                    let pair = if part.names[x as usize] < part.names[y as usize] {
                        (x, y)
                    } else {
                        (y, x)
                    };
                    *pairs.entry(pair).or_insert(0) += 1;
                }
            }
        }
        part.pairs = pairs.into_iter().map(|((a, b), n)| (a, b, n)).collect();
        part
    }

    /// The part of `doc` from its own text, for documents that come without
    /// one (analysed by `analyze_str`, or deserialised).
    fn of_own_text(doc: &DocReport) -> CorpusPart {
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
        CorpusPart::of(doc, &chars)
    }
}

/// Builds the corpus aggregates document by document, so a caller can
/// stream documents through it and drop each one's text afterwards.
#[derive(Default)]
pub struct CorpusBuilder {
    counts: FxHashMap<String, u32>,
    /// More word counts, each map holding other words than `counts` and
    /// each other: the shards `corpus` merges in parallel.
    more_counts: Vec<FxHashMap<String, u32>>,
    textrank: FxHashMap<String, f64>,
    timeline: Vec<TimelineEntry>,
    metrics: Vec<MetricEntry>,
    /// Entity names, each stored once, and their index in it: entities and
    /// co-occurrence pairs refer to names by index.
    /// A name is stored as its Simplified form, so 國家統計局 and 国家统计局
    /// are one entity; `written` keeps the first Traditional spelling.
    names: Vec<String>,
    name_ids: FxHashMap<String, u32>,
    written: FxHashMap<u32, String>,
    /// Entities by kind and name.
    entities: FxHashMap<(Kind, u32), EntityEntry>,
    /// Co-occurrence counts by (lesser name, greater name).
    pairs: FxHashMap<(u32, u32), usize>,
    facts_by_kind: FxHashMap<Kind, usize>,
    docs: usize,
    /// Written spellings of normalised words, the first document's that
    /// spells a word differently (Traditional documents).
    spellings: FxHashMap<String, String>,
    /// Chars of Traditional and of Simplified documents: the corpus's words
    /// are spelled in the script most of its text is written in.
    traditional_chars: usize,
    simplified_chars: usize,
}

impl CorpusBuilder {
    /// Adds document number `index`. Consumes `doc.counts` and
    /// `doc.corpus_part`, or makes the part from `doc.text` when present
    /// (for the sentences of timeline entries).
    pub fn add(&mut self, index: usize, doc: &mut DocReport) {
        self.docs += 1;
        add_counts(&mut self.counts, &std::mem::take(&mut doc.counts), |_| true);
        if doc.is_traditional() {
            self.traditional_chars += doc.chars;
        } else {
            self.simplified_chars += doc.chars;
        }
        // The document's keywords are written as it spells them; the corpus
        // sums them under their normalised word, like the counts.
        let normalised: FxHashMap<&str, &str> = doc
            .spellings
            .iter()
            .map(|(n, w)| (w.as_str(), n.as_str()))
            .collect();
        for kw in &doc.keywords.textrank {
            let word = normalised
                .get(kw.word.as_str())
                .copied()
                .unwrap_or(&kw.word);
            match self.textrank.get_mut(word) {
                Some(sum) => *sum += kw.weight,
                None => {
                    self.textrank.insert(word.to_string(), 0.0 + kw.weight);
                }
            }
        }
        for (n, w) in std::mem::take(&mut doc.spellings) {
            self.spellings.entry(n).or_insert(w);
        }
        let part = doc
            .corpus_part
            .take()
            .unwrap_or_else(|| CorpusPart::of_own_text(doc));
        for (kind, n) in part.facts_by_kind {
            *self.facts_by_kind.entry(kind).or_insert(0) += n;
        }
        self.timeline.extend(
            part.timeline
                .into_iter()
                .map(|t| TimelineEntry { doc: index, ..t }),
        );
        self.metrics.extend(
            part.metrics
                .into_iter()
                .map(|m| MetricEntry { doc: index, ..m }),
        );
        let traditional = doc.is_traditional();
        let ids: Vec<u32> = part
            .names
            .into_iter()
            .map(|name| {
                let key = if traditional {
                    crate::script::normalise(&name, crate::script::Script::Traditional)
                } else {
                    name.clone()
                };
                let id = match self.name_ids.get(&key) {
                    Some(&id) => id,
                    None => {
                        let id = self.names.len() as u32;
                        self.names.push(key.clone());
                        self.name_ids.insert(key, id);
                        id
                    }
                };
                if traditional {
                    self.written.entry(id).or_insert(name);
                }
                id
            })
            .collect();
        for pe in part.entities {
            let id = ids[pe.name as usize];
            let e = self
                .entities
                .entry((pe.kind, id))
                .or_insert_with(|| EntityEntry {
                    kind: pe.kind,
                    name: self.names[id as usize].clone(),
                    mentions: 0,
                    docs: Vec::new(),
                    title: None,
                    region: None,
                });
            e.mentions += pe.mentions;
            if e.docs.last() != Some(&index) {
                e.docs.push(index);
            }
            // The fullest title and region stated anywhere.
            if let Some(t) = pe.title {
                if e.title
                    .as_ref()
                    .is_none_or(|old| old.chars().count() < t.chars().count())
                {
                    e.title = Some(t);
                }
            }
            if e.region.is_none() {
                e.region = pe.region;
            }
        }
        for (a, b, n) in part.pairs {
            // The lesser stored name first, whichever script the document
            // spells them in.
            let (a, b) = (ids[a as usize], ids[b as usize]);
            let pair = if self.names[a as usize] <= self.names[b as usize] {
                (a, b)
            } else {
                (b, a)
            };
            *self.pairs.entry(pair).or_insert(0) += n;
        }
    }

    pub fn finish(self, idf: &Idf, opts: &Options) -> Aggregates {
        let total: u32 = std::iter::once(&self.counts)
            .chain(&self.more_counts)
            .flat_map(|m| m.values())
            .sum::<u32>()
            .max(1);
        // The shards' words are distinct, and what is made of them below
        // depends on the words and counts, not on the order of the maps.
        let mut by_count: Vec<(&str, u32)> = std::iter::once(&self.counts)
            .chain(&self.more_counts)
            .flatten()
            .filter(|(w, _)| is_long(w))
            .map(|(w, &c)| (w.as_str(), c))
            .collect();
        by_count.sort_unstable_by_key(|&(_, c)| Reverse(c));
        let mut top_words = top_counted(&by_count, opts.top_k);
        let mut tfidf = top_tfidf(&by_count, total, idf, opts.top_k);
        let mut textrank = top_borrowed(
            self.textrank
                .iter()
                .map(|(word, &weight)| (word.as_str(), weight / self.docs.max(1) as f64))
                .collect(),
            opts.top_k,
        );
        if self.traditional_chars > self.simplified_chars {
            respell_lists([&mut top_words, &mut tfidf, &mut textrank], |w| {
                self.spellings.get(w)
            });
        }
        let mut timeline = self.timeline;
        timeline.sort_by(|a, b| {
            date_sort_key(&a.value)
                .cmp(&date_sort_key(&b.value))
                .then((a.doc, a.fact).cmp(&(b.doc, b.fact)))
        });
        // Names in the script most of the corpus is written in.
        let traditional = self.traditional_chars > self.simplified_chars;
        let names: Vec<&str> = self
            .names
            .iter()
            .enumerate()
            .map(|(id, key)| match self.written.get(&(id as u32)) {
                Some(w) if traditional => w.as_str(),
                _ => key.as_str(),
            })
            .collect();
        let mut entities: Vec<EntityEntry> = self
            .entities
            .into_iter()
            .map(|((_, id), mut e)| {
                if e.name != names[id as usize] {
                    e.name = names[id as usize].to_string();
                }
                e
            })
            .collect();
        entities.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(a.kind.cmp(&b.kind))
                .then(a.name.cmp(&b.name))
        });
        let mut cooccurrence: Vec<(&str, &str, usize)> = self
            .pairs
            .iter()
            .map(|(&(a, b), &weight)| {
                let (x, y) = (names[a as usize], names[b as usize]);
                // The lesser name first, as shown.
                if x <= y {
                    (x, y, weight)
                } else {
                    (y, x, weight)
                }
            })
            .collect();
        // (a, b) pairs are unique: the 300 best are the same whichever way
        // they are selected. Only those become Strings.
        let order = |x: &(&str, &str, usize), y: &(&str, &str, usize)| {
            y.2.cmp(&x.2).then(x.0.cmp(y.0)).then(x.1.cmp(y.1))
        };
        const MAX_PAIRS: usize = 300;
        if cooccurrence.len() > MAX_PAIRS {
            cooccurrence.select_nth_unstable_by(MAX_PAIRS - 1, order);
            cooccurrence.truncate(MAX_PAIRS);
        }
        cooccurrence.sort_by(order);
        let cooccurrence = cooccurrence
            .into_iter()
            .map(|(a, b, weight)| CoOccurrence {
                a: a.to_string(),
                b: b.to_string(),
                weight,
            })
            .collect();
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

/// Adds the counts of `part` whose word passes `mine` to `counts`.
fn add_counts(counts: &mut FxHashMap<String, u32>, part: &WordCounts, mine: impl Fn(&str) -> bool) {
    // Words already seen (most) are added to without allocating.
    for (w, c) in part.iter().filter(|(w, _)| mine(w)) {
        match counts.get_mut(w) {
            Some(n) => *n += c,
            None => {
                counts.insert(w.to_string(), c);
            }
        }
    }
}

/// The corpus aggregates of documents already analysed.
#[cfg(not(feature = "cli"))]
pub fn corpus(documents: &mut [DocReport], idf: &Idf, opts: &Options) -> Aggregates {
    let mut builder = CorpusBuilder::default();
    for (i, d) in documents.iter_mut().enumerate() {
        builder.add(i, d);
    }
    builder.finish(idf, opts)
}

/// The corpus aggregates of documents already analysed. The word counts,
/// most of the serial work, are merged beside the rest, in one shard of
/// words per thread (each shard adds its words in document order).
#[cfg(feature = "cli")]
pub fn corpus(documents: &mut [DocReport], idf: &Idf, opts: &Options) -> Aggregates {
    use rayon::prelude::*;
    use std::hash::{BuildHasher, Hash, Hasher};
    let parts: Vec<WordCounts> = documents
        .iter_mut()
        .map(|d| std::mem::take(&mut d.counts))
        .collect();
    let shards = rayon::current_num_threads().max(1);
    // A word's shard, by a hash other than the maps' own (a shard of
    // words sharing their map hash's high bits would crowd its table).
    let shard_of = |w: &str| {
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        h.write_u64(0x243f_6a88_85a3_08d3);
        w.hash(&mut h);
        ((h.finish() as u128 * shards as u128) >> 64) as usize
    };
    let mut builder = CorpusBuilder::default();
    let (mut counts, ()) = rayon::join(
        || {
            (0..shards)
                .into_par_iter()
                .map(|shard| {
                    let mut counts = FxHashMap::default();
                    for part in &parts {
                        add_counts(&mut counts, part, |w| shards == 1 || shard_of(w) == shard);
                    }
                    counts
                })
                .collect::<Vec<_>>()
        },
        || {
            for (i, d) in documents.iter_mut().enumerate() {
                builder.add(i, d);
            }
        },
    );
    builder.counts = counts.swap_remove(0);
    builder.more_counts = counts;
    builder.finish(idf, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Idf::new` finds the median and the largest value on frequencies;
    /// they must be what the values themselves give.
    #[test]
    fn idf_median_and_max_are_those_of_the_values() {
        // An even count, where the median's side matters, and the shipped one.
        let even = crate::dictionary::encode("甲 1 n\n乙 5 n\n丙 20 v\n丁 400 n\n").unwrap();
        for dict in [Dictionary::decode(&even).unwrap(), Dictionary::embedded()] {
            check_idf(Idf::new(dict));
        }
    }

    fn check_idf(idf: Idf) {
        let mut values: Vec<f32> = idf
            .dictionary()
            .entries()
            .map(|(_, f, _)| Idf::value(idf.log_total, f))
            .collect();
        let max = values.iter().copied().fold(f32::MIN, f32::max);
        values.sort_by(f32::total_cmp);
        assert_eq!(idf.median.to_bits(), values[values.len() / 2].to_bits());
        assert_eq!(idf.max.to_bits(), max.to_bits());
        assert!(idf.median < idf.max);
    }

    #[test]
    fn word_aggregates_cross_the_wire_to_the_bit() {
        let mut counts = WordCounts::default();
        counts.push("复工", 3);
        counts.push("工厂", 1);
        let words = WordAggregates {
            words: 9,
            // Weights whose shortest decimal form reads back wrong without
            // correct rounding, and the extremes.
            top_words: vec![Weighted {
                word: "复工".into(),
                weight: 0.1 + 0.2,
            }],
            keywords: Keywords {
                tfidf: vec![Weighted {
                    word: "工厂".into(),
                    weight: 2.225_073_858_507_201e-308,
                }],
                textrank: vec![Weighted {
                    word: "复工".into(),
                    weight: f64::MAX,
                }],
            },
            counts,
        };
        let back = WordAggregates::from_wire(&words.to_wire()).unwrap();
        assert_eq!(back, words);
        assert_eq!(
            back.keywords.tfidf[0].weight.to_bits(),
            2.225_073_858_507_201e-308f64.to_bits()
        );
        assert_eq!(
            back.counts.iter().collect::<Vec<_>>(),
            [("复工", 3), ("工厂", 1)]
        );
    }

    #[test]
    fn word_counts_from_bad_parts_are_refused() {
        let text = || "复工工厂".to_string();
        assert!(WordCounts::from_parts(text(), vec![(6, 1), (12, 2)]).is_some());
        // Past the text, not ending it, inside a char, not increasing.
        assert!(WordCounts::from_parts(text(), vec![(6, 1), (15, 2)]).is_none());
        assert!(WordCounts::from_parts(text(), vec![(6, 1)]).is_none());
        assert!(WordCounts::from_parts(text(), vec![(5, 1), (12, 2)]).is_none());
        assert!(WordCounts::from_parts(text(), vec![(6, 1), (6, 1), (12, 2)]).is_none());
        assert!(WordAggregates::from_wire("{}").is_none());
        assert!(WordAggregates::from_wire("not json").is_none());
    }

    #[test]
    fn date_keys_put_unknown_years_after_known() {
        let mut v = vec![
            "--03-08",
            "2020-02-17",
            "--02-17",
            "2019",
            "-0220",
            "0009",
            "-3299",
        ];
        v.sort_by_key(|s| date_sort_key(s));
        assert_eq!(
            v,
            [
                "-3299",
                "-0220",
                "0009",
                "2019",
                "2020-02-17",
                "--02-17",
                "--03-08"
            ]
        );
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
        let text: Vec<char> = "数据显示，10月份全国居民消费价格指数（CPI）同比上涨2.1%。"
            .chars()
            .collect();
        let mut h = Fact::new(Kind::Percent, 28, 32);
        h.metric = Some("同比上涨".into());
        assert_eq!(
            metric_subject(&text, (0, text.len()), &h).as_deref(),
            Some("全国居民消费价格指数（CPI）")
        );
        let text: Vec<char> = "截至3月8日，全省规上工业企业复工率99.9％，产能恢复率97.7％。"
            .chars()
            .collect();
        let mut g = Fact::new(Kind::Percent, 29, 34);
        g.metric = Some("产能恢复率".into());
        assert_eq!(metric_subject(&text, (0, text.len()), &g), None);
    }

    /// Words of every count and a mix of common, rare and unknown words,
    /// with ties in count.
    fn sample_counts() -> Vec<(&'static str, u32)> {
        let words = [
            "中国",
            "口罩",
            "的确",
            "经济",
            "复工率",
            "𠮷𠮷不存在",
            "发展",
            "企业",
            "人民",
            "永康市",
            "书记",
            "产能",
            "恢复",
            "不存在的词甲",
            "不存在的词乙",
            "工作",
            "我们",
        ];
        let mut v: Vec<(&str, u32)> = words
            .iter()
            .enumerate()
            .map(|(i, &w)| (w, [1, 1, 2, 1, 3, 1, 5, 2, 1, 1, 4, 1, 2, 1, 1, 7, 1][i]))
            .collect();
        v.sort_unstable_by_key(|&(_, c)| Reverse(c));
        v
    }

    #[test]
    fn pruned_tfidf_is_the_full_ranking() {
        let idf = Idf::new(Dictionary::embedded());
        let by_count = sample_counts();
        let total = by_count.iter().map(|w| w.1).sum::<u32>() + 50;
        for k in 0..=by_count.len() + 1 {
            let full: Vec<(&str, f64)> = by_count
                .iter()
                .map(|&(w, c)| (w, (c as f64 / total as f64) * idf.get(w) as f64))
                .collect();
            assert_eq!(
                top_tfidf(&by_count, total, &idf, k),
                top_borrowed(full, k),
                "k = {k}"
            );
            let counted = by_count.iter().map(|&(w, c)| (w, c as f64)).collect();
            assert_eq!(
                top_counted(&by_count, k),
                top_borrowed(counted, k),
                "k = {k}"
            );
        }
    }

    /// The graph built by sorting every (a, b) pair whole, as the counting
    /// sort must reproduce (the order of each node's neighbours fixes the
    /// order of the sums, so the scores to the last bit).
    fn textrank_by_full_sort(names: &[&str], seq: &[u32], k: usize) -> Vec<Weighted> {
        let n = names.len();
        let mut pairs: Vec<u64> = Vec::new();
        for i in 0..seq.len() {
            for j in i + 1..(i + 5).min(seq.len()) {
                let (a, b) = (seq[i].min(seq[j]), seq[i].max(seq[j]));
                if a != b {
                    pairs.push((a as u64) << 32 | b as u64);
                }
            }
        }
        pairs.sort_unstable();
        let mut adj: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n];
        let mut out_weight = vec![0.0f64; n];
        for run in pairs.chunk_by(|x, y| x == y) {
            let (a, b, w) = ((run[0] >> 32) as u32, run[0] as u32, run.len() as f64);
            out_weight[a as usize] += w;
            out_weight[b as usize] += w;
            adj[b as usize].push((a, w));
            adj[a as usize].push((b, w));
        }
        let mut score = vec![1.0 / n as f64; n];
        for _ in 0..10 {
            score = (0..n)
                .map(|b| {
                    let s: f64 = adj[b]
                        .iter()
                        .map(|&(a, w)| w / out_weight[a as usize] * score[a as usize])
                        .sum();
                    (1.0 - 0.85) + 0.85 * s
                })
                .collect();
        }
        let max = score.iter().cloned().fold(f64::MIN, f64::max);
        top_borrowed(
            names
                .iter()
                .zip(score)
                .map(|(w, s)| (*w, s / max))
                .collect(),
            k,
        )
    }

    #[test]
    fn word_ids_number_each_distinct_word_once() {
        let words = [
            "复工",
            "a",
            "a\0",
            "",
            "复工",
            "十五个字节以上的词",
            "十五个字节以上的词",
            "复工率",
            "a",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
        ];
        let mut ids = WordIds::with_capacity(4);
        let mut next = 0;
        let got: Vec<u32> = words
            .iter()
            .map(|w| {
                ids.id(w, || {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        assert_eq!(got, [0, 1, 2, 3, 0, 4, 4, 5, 1, 6, 7]);
    }

    #[test]
    fn textrank_graph_is_the_fully_sorted_one() {
        let names = ["甲", "乙", "丙", "丁", "戊", "己", "庚"];
        let seq = [0, 1, 2, 0, 3, 1, 1, 4, 5, 0, 2, 6, 3, 3, 0, 1, 5, 2, 4, 0];
        for k in [1, 3, 7] {
            assert_eq!(
                textrank(&names, &seq, k),
                textrank_by_full_sort(&names, &seq, k)
            );
        }
        assert!(textrank(&[], &[], 5).is_empty());
    }

    /// Parts prepared with each document (`analyze_one`) and parts made by
    /// `add` from the text (`analyze_str`) give the same corpus.
    #[test]
    fn prepared_parts_are_the_parts_made_from_the_text() {
        let analyzer = crate::Analyzer::new();
        let texts = [
            include_str!("../seeds/000_c6182d11776261c9.txt"),
            "截至3月8日，全省规上工业企业复工率99.9％。习近平在北京会见普京。\n普京和习近平在北京。",
            include_str!("../seeds/003_6235dd1ff99fab61.txt"),
        ];
        let prepared: Vec<DocReport> = texts
            .iter()
            .map(|t| analyzer.analyze_one(&crate::Input::new("t", t.as_bytes())))
            .collect();
        assert!(prepared.iter().all(|d| d.corpus_part.is_some()));
        let from_text: Vec<DocReport> =
            texts.iter().map(|t| analyzer.analyze_str("t", t)).collect();
        assert!(from_text.iter().all(|d| d.corpus_part.is_none()));
        let a = analyzer.aggregate(prepared).aggregates;
        assert!(!a.timeline.is_empty() && !a.cooccurrence.is_empty());
        assert_eq!(a, analyzer.aggregate(from_text).aggregates);
    }

    #[test]
    fn idf_knows_common_and_rare_words() {
        let idf = Idf::new(Dictionary::embedded());
        assert!(idf.get("的") < idf.get("口罩"));
        assert!(idf.get("𠮷𠮷𠮷不存在的词") > 0.0);
    }
}
