//! The report: the serde types behind `wenxi analyze --json` and the page.
//!
//! The shape is the contract in `facts-schema.md`: `{"documents": [{name,
//! encoding, chars, facts: [...]}]}`, plus aggregates the scorer ignores.
//! Every offset here counts Unicode code points (`char`s) of the decoded,
//! original text; the wasm boundary converts them to UTF-16 units itself.

use serde::{Deserialize, Serialize, Serializer};

/// The seven fact kinds of the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Date,
    Quantity,
    Percent,
    Person,
    Place,
    Org,
    Quote,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Date,
        Kind::Quantity,
        Kind::Percent,
        Kind::Person,
        Kind::Place,
        Kind::Org,
        Kind::Quote,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Quantity => "quantity",
            Kind::Percent => "percent",
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Org => "org",
            Kind::Quote => "quote",
        }
    }

    /// People, places and organisations: the kinds that are named entities.
    pub fn is_entity(self) -> bool {
        matches!(self, Kind::Person | Kind::Place | Kind::Org)
    }
}

/// A fact's normalised value: a number (quantity, percent), an ISO 8601
/// string (date), or null (a relative date such as 第二天).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Number(f64),
    Text(String),
    Null,
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            // 1300000, not 1300000.0: whole numbers print as integers.
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => s.serialize_i64(*n as i64),
            Value::Number(n) => s.serialize_f64(*n),
            Value::Text(t) => s.serialize_str(t),
            Value::Null => s.serialize_unit(),
        }
    }
}

/// How exact a quantity is (`approx` in the schema).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Approx {
    Exact,
    About,
    Over,
    Under,
}

/// One fact: a span of the original text, its kind and its normalised parts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub kind: Kind,
    /// Exactly `text[start..end]` of the decoded original, in code points.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `Some(Value::Null)` for a relative date (written `null`), `None` for
    /// a kind without a value (left out); a report file read back keeps the
    /// difference.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "value_or_null"
    )]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approx: Option<Approx>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// A date as the dates around it resolve it, where the schema's
    /// conventions leave its value null (a day written alone: 记者12日获悉)
    /// or without a year it does not write (the end of 2024年4月15日至6月30日):
    /// for the timeline; the scorer ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
    /// Index of the sentence (in `DocReport::sentences`) the fact starts in.
    #[serde(default)]
    pub sentence: usize,
}

/// A present `value` field, `null` included (serde reads a `null` option as
/// `None`).
fn value_or_null<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

impl Fact {
    /// A bare fact of `kind` over `start..end`; `text` is filled in by the
    /// pipeline from the original text, so extractors never copy it.
    pub fn new(kind: Kind, start: usize, end: usize) -> Fact {
        Fact {
            kind,
            text: String::new(),
            start,
            end,
            value: None,
            unit: None,
            approx: None,
            object: None,
            metric: None,
            title: None,
            region: None,
            speaker: None,
            resolved: None,
            sentence: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// A half-open range of code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A word and its weight (count, TF-IDF or TextRank score).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weighted {
    pub word: String,
    pub weight: f64,
}

/// Keywords by both methods the page can switch between.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Keywords {
    pub tfidf: Vec<Weighted>,
    pub textrank: Vec<Weighted>,
}

/// Entity mention counts for one document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityCounts {
    pub person: usize,
    pub place: usize,
    pub org: usize,
}

/// Everything about one input file. A report file read back may lack any
/// field (the page opens files exported by earlier versions).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DocReport {
    pub name: String,
    /// The encoding the bytes were decoded from (an encoding_rs name), or
    /// empty when the file could not be decoded.
    pub encoding: String,
    /// Length of the decoded text in code points.
    pub chars: usize,
    /// Why the file could not be analysed, in plain words; no facts then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// `simplified` or `traditional`: the script the text is written in.
    #[serde(default)]
    pub script: String,
    pub facts: Vec<Fact>,
    /// Number of word tokens (punctuation and spaces excluded).
    #[serde(default)]
    pub words: usize,
    #[serde(default)]
    pub sentences: Vec<Span>,
    #[serde(default)]
    pub paragraphs: Vec<Span>,
    #[serde(default)]
    pub top_words: Vec<Weighted>,
    #[serde(default)]
    pub keywords: Keywords,
    #[serde(default)]
    pub entity_counts: EntityCounts,
    /// The decoded text, for readers of the report that have only the bytes
    /// (the page). The CLI leaves it out unless asked (`--text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Every counted word and its count; consumed by the corpus aggregate.
    #[serde(skip)]
    pub counts: WordCounts,
    /// What the document adds to the corpus aggregates, prepared with the
    /// document; consumed by the corpus aggregate.
    #[serde(skip)]
    pub corpus_part: Option<crate::aggregate::CorpusPart>,
    /// A Traditional document's words whose written form differs from the
    /// normalised one it is counted by, as (normalised, written), sorted;
    /// empty for Simplified text. The corpus aggregate spells its words
    /// with them.
    #[serde(skip)]
    pub spellings: Vec<(String, String)>,
}

impl DocReport {
    /// Is the document written in Traditional characters?
    pub fn is_traditional(&self) -> bool {
        self.script == crate::script::Script::Traditional.as_str()
    }
}

/// Words and their counts, the words back to back in one buffer: one
/// allocation per document instead of one per distinct word.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordCounts {
    text: String,
    /// Each word's end in `text` (it starts where the previous one ends)
    /// and its count.
    entries: Vec<(u32, u32)>,
}

impl WordCounts {
    pub fn push(&mut self, word: &str, count: u32) {
        self.text.push_str(word);
        self.entries.push((self.text.len() as u32, count));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The words back to back, and each one's end in them and count.
    pub fn parts(&self) -> (&str, &[(u32, u32)]) {
        (&self.text, &self.entries)
    }

    /// [`Self::parts`] put back together; `None` unless each end is past the
    /// one before, within `text` and on a char boundary.
    pub fn from_parts(text: String, entries: Vec<(u32, u32)>) -> Option<WordCounts> {
        let mut start = 0usize;
        for &(end, _) in &entries {
            let end = end as usize;
            if end <= start || !text.is_char_boundary(end) {
                return None;
            }
            start = end;
        }
        (start == text.len()).then_some(WordCounts { text, entries })
    }

    /// (word, count) in the order they were pushed.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        let mut start = 0;
        self.entries.iter().map(move |&(end, count)| {
            let word = &self.text[start..end as usize];
            start = end as usize;
            (word, count)
        })
    }
}

/// A dated fact on the corpus timeline, with the sentence it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub value: String,
    pub doc: usize,
    pub fact: usize,
    pub text: String,
    pub sentence: String,
}

/// A row of the metrics table: a percentage with the rate it measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricEntry {
    pub metric: String,
    pub value: f64,
    /// The subject the rate is about, when the sentence names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub doc: usize,
    pub fact: usize,
}

/// An entity across the corpus: its mentions and the documents it is in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityEntry {
    pub kind: Kind,
    pub name: String,
    pub mentions: usize,
    #[serde(default)]
    pub docs: Vec<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// Two entities named in the same sentence, and how often.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoOccurrence {
    pub a: String,
    pub b: String,
    pub weight: usize,
}

/// Corpus-wide aggregates (each may be missing from a report file).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Aggregates {
    pub top_words: Vec<Weighted>,
    pub keywords: Keywords,
    pub timeline: Vec<TimelineEntry>,
    pub metrics: Vec<MetricEntry>,
    pub entities: Vec<EntityEntry>,
    pub cooccurrence: Vec<CoOccurrence>,
    pub facts_by_kind: Vec<(Kind, usize)>,
}

/// The whole analysis of a set of files.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub documents: Vec<DocReport>,
    #[serde(default)]
    pub aggregates: Aggregates,
}
