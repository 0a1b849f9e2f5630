//! Exploring a finished report: what the page draws and asks.
//!
//! The page never holds the report (for 10 MB of text it is tens of
//! megabytes: every document's text, sentences and facts). It draws a
//! [`summary`] — counts, top keywords, at most 1,000 timeline points and 60
//! metrics, the network's nodes and edges, the first 300 rows of every
//! table — and asks for the rest as the user opens it ([`answer`]: a page
//! of facts, people, places or quotes; concordance lines; a trend; the
//! reader's excerpt) and for the facts CSV ([`csv::facts_csv`]).
//!
//! Everything here is plain data over [`Report`]; the wasm boundary turns
//! queries and answers into JSON. The caps and orders are the page's (they
//! were computed in JS before, and the answers are the same): a query's
//! parameters are read leniently, as JS would read them ([`Arg`]), because
//! the page passes form values through. Offsets the page slices text with
//! are UTF-16 units (`*_utf16`); the report's are code points.

pub mod csv;
mod layout;
mod query;
mod summary;
pub mod utf16;

pub use layout::force_layout;
pub use query::{
    answer, entities, facts, kwic, quotes, reader, trends, Answer, Arg, Concordance, EntityRow,
    Excerpt, FactRow, KwicHit, Page, Paging, Query, QuoteRow, Run, Target, Trend,
};
pub use summary::{
    province, summary, DocSummary, First, FirstTrend, Keyword, KeywordsSummary, KindCounts,
    Metrics, Network, Node, Summary, Timeline, TimelinePoint,
};

#[cfg(doc)]
use crate::report::Report;

/// The keywords view draws 25 bars and a 40-word cloud.
pub const TOP_KEYWORDS: usize = 40;
/// The compare view's column per document.
pub const DOC_KEYWORDS: usize = 10;
/// More points than this make one chart drawing a long task.
pub const TIMELINE_POINTS: usize = 1000;
/// One labelled bar each: more make one drawing a long task.
pub const METRICS_ROWS: usize = 60;
pub const NETWORK_EDGES: usize = 120;
pub const KWIC_MAX: usize = 2000;
/// Context either side of a concordance hit, in UTF-16 units.
pub const KWIC_WIDTH: usize = 24;
/// Documents shorter than this (UTF-16 units) are shown whole in the reader.
pub const READER_WHOLE: usize = 20000;
/// Otherwise, this many sentences either side of the fact.
pub const READER_AROUND: usize = 4;
/// Rows per answer, whatever the page asks.
pub const PAGE_MAX: usize = 2000;
/// Rows of each table in the summary (www/views/paged.js PAGE).
pub const FIRST_PAGE: usize = 300;
/// Rows when the page asks for none.
pub const PAGE_DEFAULT: usize = 300;

#[cfg(test)]
mod tests;
