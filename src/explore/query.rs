//! The page's questions about a report, and their answers.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::summary::province;
use super::utf16::{at, count, index_of, js_number, slice, squash_spaces, utf16_map};
use super::{KWIC_MAX, KWIC_WIDTH, PAGE_DEFAULT, PAGE_MAX, READER_AROUND, READER_WHOLE};
use crate::report::{DocReport, EntityEntry, Fact, Kind, Report, Value};
use crate::script::simplified_unit;

/// A query parameter as the page sends it (a number, a form value, true or
/// false), read the way the page's JS read it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(f64),
    Text(String),
    Bool(bool),
}

impl Arg {
    /// JS `+x`.
    pub fn number(&self) -> f64 {
        match self {
            Arg::Number(n) => *n,
            Arg::Bool(b) => f64::from(u8::from(*b)),
            Arg::Text(s) => {
                let s = s.trim();
                if s.is_empty() {
                    0.0
                } else {
                    s.parse().unwrap_or(f64::NAN)
                }
            }
        }
    }

    /// JS `x | 0`: truncated, 0 for NaN.
    pub fn int(&self) -> i64 {
        let n = self.number();
        if n.is_finite() {
            n.trunc() as i64 as i32 as i64
        } else {
            0
        }
    }

    /// JS `String(x)`.
    pub fn string(&self) -> Cow<'_, str> {
        match self {
            Arg::Text(s) => Cow::Borrowed(s),
            Arg::Number(n) => Cow::Owned(js_number(*n)),
            Arg::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
        }
    }

    /// JS truthiness.
    pub fn truthy(&self) -> bool {
        match self {
            Arg::Text(s) => !s.is_empty(),
            Arg::Number(n) => *n != 0.0 && !n.is_nan(),
            Arg::Bool(b) => *b,
        }
    }

    /// The element `list[x]` would read: an integer, or its canonical string.
    pub fn index(&self) -> Option<usize> {
        let n = match self {
            Arg::Number(n) => *n,
            Arg::Text(s) => s.parse::<usize>().ok().filter(|i| i.to_string() == *s)? as f64,
            Arg::Bool(_) => return None,
        };
        (n >= 0.0 && n.fract() == 0.0 && n < usize::MAX as f64).then_some(n as usize)
    }
}

fn text_of(a: &Option<Arg>) -> Cow<'_, str> {
    a.as_ref().map(Arg::string).unwrap_or_default()
}

fn truthy(a: &Option<Arg>) -> bool {
    a.as_ref().is_some_and(Arg::truthy)
}

/// `String(a || '')`: the text of a truthy argument, else "".
fn text_or_empty(a: &Option<Arg>) -> Cow<'_, str> {
    if truthy(a) {
        text_of(a)
    } else {
        Cow::Borrowed("")
    }
}

/// A question about the report (`what` names it). Missing parameters and
/// nulls read as JS reads `undefined`.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "what", rename_all = "lowercase")]
pub enum Query {
    /// Facts of `kind` ('' for all) in document `doc` ('' for all).
    Facts {
        #[serde(default)]
        kind: Option<Arg>,
        #[serde(default)]
        doc: Option<Arg>,
        #[serde(default)]
        offset: Option<Arg>,
        #[serde(default)]
        limit: Option<Arg>,
    },
    /// Entities of `kind`, most mentioned first, optionally in one province.
    Entities {
        #[serde(default)]
        kind: Option<Arg>,
        #[serde(default)]
        province: Option<Arg>,
        #[serde(default)]
        offset: Option<Arg>,
        #[serde(default)]
        limit: Option<Arg>,
    },
    /// Quotes with their speakers.
    Quotes {
        #[serde(default)]
        offset: Option<Arg>,
        #[serde(default)]
        limit: Option<Arg>,
    },
    /// Every occurrence of `word` (the page sorts them, with the browser's
    /// Chinese collation).
    Kwic {
        #[serde(default)]
        word: Option<Arg>,
    },
    /// `word` per document (`mode: "docs"`) or per tenth of document `doc`.
    Trends {
        #[serde(default)]
        word: Option<Arg>,
        #[serde(default)]
        mode: Option<Arg>,
        #[serde(default)]
        doc: Option<Arg>,
    },
    /// The reader's excerpt of document `doc` around fact `fact`, or around
    /// the UTF-16 range `start_utf16..end_utf16`.
    Reader {
        #[serde(default)]
        doc: Option<Arg>,
        #[serde(default)]
        fact: Option<Arg>,
        #[serde(default)]
        start_utf16: Option<Arg>,
        #[serde(default)]
        end_utf16: Option<Arg>,
    },
}

/// What a [`Query`] gets back.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Answer<'a> {
    Facts(Page<FactRow<'a>>),
    Entities(Page<EntityRow<'a>>),
    Quotes(Page<QuoteRow<'a>>),
    Kwic(Concordance<'a>),
    Trends(Trend<'a>),
    Reader(Option<Excerpt<'a>>),
}

/// Answers `q` about `report`.
pub fn answer<'a>(report: &'a Report, q: &Query) -> Answer<'a> {
    match q {
        Query::Facts {
            kind,
            doc,
            offset,
            limit,
        } => {
            let kind = text_or_empty(kind);
            Answer::Facts(facts(report, &kind, doc.as_ref(), paging(offset, limit)))
        }
        Query::Entities {
            kind,
            province,
            offset,
            limit,
        } => {
            let province = text_or_empty(province);
            Answer::Entities(entities(
                report,
                &text_of(kind),
                &province,
                paging(offset, limit),
            ))
        }
        Query::Quotes { offset, limit } => Answer::Quotes(quotes(report, paging(offset, limit))),
        Query::Kwic { word } => {
            let word = text_or_empty(word);
            Answer::Kwic(kwic(report, &word))
        }
        Query::Trends { word, mode, doc } => {
            let word = text_or_empty(word);
            let docs = mode
                .as_ref()
                .is_some_and(|m| *m == Arg::Text("docs".into()));
            Answer::Trends(trends(report, &word, docs, doc.as_ref()))
        }
        Query::Reader {
            doc,
            fact,
            start_utf16,
            end_utf16,
        } => {
            let at = match fact {
                Some(f) => Target::Fact(f.index()),
                None => Target::Range(num(start_utf16), num(end_utf16)),
            };
            Answer::Reader(
                doc.as_ref()
                    .and_then(Arg::index)
                    .and_then(|d| reader(report, d, at)),
            )
        }
    }
}

/// A UTF-16 offset from the page: `+x`, truncated, never below 0.
fn num(a: &Option<Arg>) -> usize {
    let n = a.as_ref().map_or(f64::NAN, Arg::number);
    if n.is_finite() && n > 0.0 {
        n as usize
    } else {
        0
    }
}

/// Which rows of a table: `offset`, and `limit` (1..=[`PAGE_MAX`],
/// [`PAGE_DEFAULT`] when 0 or missing).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paging {
    pub offset: usize,
    pub limit: usize,
}

pub(crate) fn paging(offset: &Option<Arg>, limit: &Option<Arg>) -> Paging {
    let offset = offset.as_ref().map_or(0, Arg::int).max(0) as usize;
    let limit = match limit.as_ref().map_or(0, Arg::int) {
        0 => PAGE_DEFAULT,
        n => n.clamp(1, PAGE_MAX as i64) as usize,
    };
    Paging { offset, limit }
}

/// One page of a table: `total` rows, these from `offset`.
#[derive(Debug, Serialize)]
pub struct Page<T> {
    pub total: usize,
    pub offset: usize,
    pub rows: Vec<T>,
}

fn page<I, T>(total: usize, rows: I, p: Paging, row: impl FnMut(I::Item) -> T) -> Page<T>
where
    I: Iterator,
{
    Page {
        total,
        offset: p.offset,
        rows: rows.skip(p.offset).take(p.limit).map(row).collect(),
    }
}

/// A row of the facts table: the fact's parts, where it is, no offsets.
#[derive(Debug, Serialize)]
pub struct FactRow<'a> {
    pub di: usize,
    pub fi: usize,
    pub doc: &'a str,
    pub kind: Kind,
    pub text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<crate::report::Approx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<&'a str>,
    /// A day alone's date, its value null (`Fact::resolved`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<&'a str>,
}

/// Facts of `kind` ('' for all) in document `doc` (absent or '' for all;
/// a value that is no document's index matches none).
pub fn facts<'a>(
    report: &'a Report,
    kind: &str,
    doc: Option<&Arg>,
    p: Paging,
) -> Page<FactRow<'a>> {
    let only = doc
        .filter(|d| **d != Arg::Text(String::new()))
        .map(Arg::number);
    let rows = || {
        report
            .documents
            .iter()
            .enumerate()
            .filter(move |(di, _)| only.is_none_or(|n| n == *di as f64))
            .flat_map(|(di, d)| {
                d.facts
                    .iter()
                    .enumerate()
                    .map(move |(fi, f)| (di, d, fi, f))
            })
            .filter(|(.., f)| kind.is_empty() || f.kind.as_str() == kind)
    };
    page(rows().count(), rows(), p, |(di, d, fi, f)| FactRow {
        di,
        fi,
        doc: &d.name,
        kind: f.kind,
        text: &f.text,
        value: f.value.as_ref(),
        unit: f.unit.as_deref(),
        approx: f.approx,
        object: f.object.as_deref(),
        metric: f.metric.as_deref(),
        title: f.title.as_deref(),
        region: f.region.as_deref(),
        speaker: f.speaker.as_deref(),
        resolved: f.resolved.as_deref(),
    })
}

/// A row of the people, places or organisations table.
#[derive(Debug, Serialize)]
pub struct EntityRow<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub region: &'a str,
    pub mentions: usize,
    /// The names of the documents it is in.
    pub docs: Vec<Cow<'a, str>>,
}

/// Entities of `kind` in the core's order (most mentioned first), only
/// those of `province` unless it is ''.
pub fn entities<'a>(
    report: &'a Report,
    kind: &str,
    province_: &str,
    p: Paging,
) -> Page<EntityRow<'a>> {
    let rows = || {
        report.aggregates.entities.iter().filter(move |e| {
            e.kind.as_str() == kind
                && (province_.is_empty()
                    || province(e.region.as_deref().unwrap_or("")) == province_)
        })
    };
    page(rows().count(), rows(), p, |e: &'a EntityEntry| EntityRow {
        name: &e.name,
        title: e.title.as_deref().unwrap_or(""),
        region: e.region.as_deref().unwrap_or(""),
        mentions: e.mentions,
        docs: e
            .docs
            .iter()
            .map(|&i| match report.documents.get(i) {
                Some(d) => Cow::Borrowed(d.name.as_str()),
                None => Cow::Owned(i.to_string()),
            })
            .collect(),
    })
}

/// A row of the quotes table: the quote, its speaker and how many quotes
/// that speaker has.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteRow<'a> {
    pub di: usize,
    pub fi: usize,
    pub doc: &'a str,
    pub speaker: &'a str,
    pub text: &'a str,
    pub speaker_quotes: usize,
}

pub fn quotes(report: &Report, p: Paging) -> Page<QuoteRow<'_>> {
    let rows = || {
        report.documents.iter().enumerate().flat_map(|(di, d)| {
            d.facts
                .iter()
                .enumerate()
                .filter(|(_, f)| f.kind == Kind::Quote)
                .map(move |(fi, f)| (di, d, fi, f))
        })
    };
    let mut by_speaker: FxHashMap<&str, usize> = FxHashMap::default();
    let mut total = 0;
    for (.., f) in rows() {
        total += 1;
        if let Some(s) = f.speaker.as_deref().filter(|s| !s.is_empty()) {
            *by_speaker.entry(s).or_default() += 1;
        }
    }
    page(total, rows(), p, |(di, d, fi, f)| {
        let speaker = f.speaker.as_deref().unwrap_or("");
        QuoteRow {
            di,
            fi,
            doc: &d.name,
            speaker,
            text: &f.text,
            speaker_quotes: by_speaker.get(speaker).copied().unwrap_or(0),
        }
    })
}

/// Concordance lines: how often the word occurs, and the first
/// [`KWIC_MAX`] occurrences in document order.
#[derive(Debug, Serialize)]
pub struct Concordance<'a> {
    pub total: usize,
    pub hits: Vec<KwicHit<'a>>,
}

/// One occurrence, with [`KWIC_WIDTH`] UTF-16 units of context either side
/// (runs of white space shown as one space).
#[derive(Debug, Serialize)]
pub struct KwicHit<'a> {
    pub di: usize,
    pub doc: &'a str,
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// The word as this text writes it (復工 where 复工 was asked for).
    pub word: String,
    pub left: String,
    pub right: String,
}

fn units_of(d: &DocReport) -> Vec<u16> {
    d.text.as_deref().unwrap_or("").encode_utf16().collect()
}

/// A word searched for in a report, in the units it is compared by: as
/// given, or each Traditional character made Simplified when the report
/// holds Traditional text, so 企业 finds 企業 and 企業 finds 企业.
struct Needle {
    units: Vec<u16>,
    fold: bool,
}

impl Needle {
    fn new(report: &Report, word: &str) -> Needle {
        let fold = report.documents.iter().any(DocReport::is_traditional);
        let units = word
            .encode_utf16()
            .map(|u| if fold { simplified_unit(u) } else { u })
            .collect();
        Needle { units, fold }
    }

    /// The units of `d` to search: `text` (its own units) folded alike, or
    /// `text` itself when nothing is folded (no copy).
    fn haystack<'t>(&self, d: &DocReport, text: &'t [u16]) -> Cow<'t, [u16]> {
        if self.fold && d.is_traditional() {
            Cow::Owned(text.iter().map(|&u| simplified_unit(u)).collect())
        } else {
            Cow::Borrowed(text)
        }
    }
}

/// Every occurrence of `word`, matches not overlapping (as `indexOf`
/// stepping past each match finds them).
pub fn kwic<'a>(report: &'a Report, word: &str) -> Concordance<'a> {
    let mut out = Concordance {
        total: 0,
        hits: Vec::new(),
    };
    let needle = Needle::new(report, word);
    let w = &needle.units;
    if w.is_empty() {
        return out;
    }
    for (di, d) in report.documents.iter().enumerate() {
        let text = units_of(d);
        let folded = needle.haystack(d, &text);
        let mut next = index_of(&folded, w, 0);
        while let Some(i) = next {
            out.total += 1;
            let end = i + w.len();
            if out.hits.len() < KWIC_MAX {
                out.hits.push(KwicHit {
                    di,
                    doc: &d.name,
                    start_utf16: i,
                    end_utf16: end,
                    word: slice(&text, i, end),
                    left: squash_spaces(&slice(&text, i.saturating_sub(KWIC_WIDTH), i)),
                    right: squash_spaces(&slice(&text, end, end + KWIC_WIDTH)),
                });
            }
            next = index_of(&folded, w, end);
        }
    }
    out
}

/// A word's counts: per document (labels are their names) or per tenth of
/// one document (labels §1 … §10).
#[derive(Debug, Serialize)]
pub struct Trend<'a> {
    pub labels: Vec<Cow<'a, str>>,
    pub values: Vec<usize>,
}

/// `word` in each document (`docs`), or in each tenth of document `doc`
/// (the first analysed one if `doc` is none).
pub fn trends<'a>(report: &'a Report, word: &str, docs: bool, doc: Option<&Arg>) -> Trend<'a> {
    let needle = Needle::new(report, word);
    let w = &needle.units;
    let mut out = Trend {
        labels: Vec::new(),
        values: Vec::new(),
    };
    if docs {
        for d in &report.documents {
            out.labels.push(Cow::Borrowed(&d.name));
            out.values.push(if w.is_empty() {
                0
            } else {
                let units = units_of(d);
                let text = needle.haystack(d, &units);
                count(&text, w, 0, text.len())
            });
        }
        return out;
    }
    // `documents[+doc]`: an index as JS reads it, else the first analysed.
    let chosen = doc
        .map(Arg::number)
        .filter(|n| *n >= 0.0 && n.fract() == 0.0)
        .and_then(|n| report.documents.get(n as usize))
        .or_else(|| report.documents.iter().find(|d| d.error.is_none()));
    let units = chosen.map(units_of).unwrap_or_default();
    let text = match chosen {
        Some(d) => needle.haystack(d, &units),
        None => Cow::Borrowed(&units[..]),
    };
    let step = text.len().div_ceil(10).max(1);
    for s in 0..10 {
        if s * step >= text.len() {
            break;
        }
        out.labels.push(Cow::Owned(format!("§{}", s + 1)));
        let n = if w.is_empty() {
            0
        } else {
            count(&text, w, s * step, text.len().min((s + 1) * step))
        };
        out.values.push(n);
    }
    out
}

/// Where the reader opens: at a fact (`None`: no such fact), or at a
/// UTF-16 range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    Fact(Option<usize>),
    Range(usize, usize),
}

/// The reader's excerpt: the text cut into runs, each plain or a marked fact.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Excerpt<'a> {
    pub name: &'a str,
    /// The excerpt starts after the document's start, or ends before its end.
    pub cut_before: bool,
    pub cut_after: bool,
    pub runs: Vec<Run>,
    /// The fact's sentence ('' at a range).
    pub sentence: String,
}

#[derive(Debug, Serialize)]
pub struct Run {
    pub text: String,
    /// The fact's kind, or `hit` for the range the reader was opened at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The fact or range the reader was opened at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<bool>,
}

/// The excerpt of document `doc` around `target`: the whole document if it
/// is shorter than [`READER_WHOLE`] units, else [`READER_AROUND`] sentences
/// either side. The target is marked first; other facts where they do not
/// overlap a mark already made, the longest first of those starting at one
/// place (an organisation, not the places its name starts with).
pub fn reader(report: &Report, doc: usize, target: Target) -> Option<Excerpt<'_>> {
    let d = report.documents.get(doc)?;
    let fact = match target {
        Target::Fact(i) => Some(d.facts.get(i?)?),
        Target::Range(..) => None,
    };
    let text = units_of(d);
    let map = utf16_map(d.text.as_deref().unwrap_or(""));
    let span16 = |s: usize, e: usize| (at(&map, s), at(&map, e));
    let (start, end) = match (fact, target) {
        (Some(f), _) => span16(f.start, f.end),
        (None, Target::Range(s, e)) => (s, e),
        (None, Target::Fact(_)) => unreachable!("a missing fact returned above"),
    };
    let (mut from, mut to) = (0, text.len());
    if text.len() > READER_WHOLE {
        let sents: Vec<(usize, usize)> =
            d.sentences.iter().map(|s| span16(s.start, s.end)).collect();
        let s = sents
            .iter()
            .position(|&(a, b)| a <= start && start < b)
            .unwrap_or(0);
        from = match sents.get(s.saturating_sub(READER_AROUND)) {
            Some(x) => x.0,
            None => start.saturating_sub(500),
        };
        to = match sents
            .len()
            .checked_sub(1)
            .map(|last| &sents[last.min(s + READER_AROUND)])
        {
            Some(x) => x.1,
            None => text.len().min(end.saturating_add(500)),
        };
        from = from.min(start);
        to = to.max(end);
    }
    struct Mark {
        start: usize,
        end: usize,
        kind: &'static str,
        current: bool,
    }
    let mut marks = vec![Mark {
        start,
        end,
        kind: fact.map_or("hit", |f| f.kind.as_str()),
        current: true,
    }];
    let mut facts: Vec<&Fact> = d.facts.iter().collect();
    facts.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    for f in facts {
        let (s, e) = span16(f.start, f.end);
        if e <= from || s >= to || marks.iter().any(|m| s < m.end && m.start < e) {
            continue;
        }
        marks.push(Mark {
            start: s,
            end: e,
            kind: f.kind.as_str(),
            current: false,
        });
    }
    marks.sort_by_key(|m| m.start);
    let mut runs = Vec::new();
    let mut here = from;
    let plain = |text: String| Run {
        text,
        kind: None,
        current: None,
    };
    for m in &marks {
        if m.start < here {
            continue;
        }
        if m.start > here {
            runs.push(plain(slice(&text, here, m.start)));
        }
        runs.push(Run {
            text: slice(&text, m.start, m.end),
            kind: Some(m.kind),
            current: Some(m.current),
        });
        here = m.end;
    }
    if to > here {
        runs.push(plain(slice(&text, here, to)));
    }
    let sentence = fact
        .and_then(|f| d.sentences.get(f.sentence))
        .map(|s| {
            let (a, b) = span16(s.start, s.end);
            slice(&text, a, b)
        })
        .unwrap_or_default();
    Some(Excerpt {
        name: &d.name,
        cut_before: from > 0,
        cut_after: to < text.len(),
        runs,
        sentence,
    })
}
