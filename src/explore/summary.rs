//! What the views draw up front: counts, top keywords, the timeline, the
//! metrics, places by province, the network, and the first page of every
//! table.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::force_layout;
use super::query::{
    entities, facts, quotes, trends, Arg, EntityRow, FactRow, Page, Paging, QuoteRow, Trend,
};
use super::{DOC_KEYWORDS, FIRST_PAGE, METRICS_ROWS, NETWORK_EDGES, TIMELINE_POINTS, TOP_KEYWORDS};
use crate::report::{
    CoOccurrence, EntityCounts, EntityEntry, Kind, MetricEntry, Report, TimelineEntry,
};

/// The province (or municipality, autonomous region, SAR) a region path
/// starts with, or '': the page's
/// `/^(北京市|天津市|上海市|重庆市|.+?特别行政区|.+?自治区|.{2,3}?省)/`.
pub fn province(region: &str) -> &str {
    for city in ["北京市", "天津市", "上海市", "重庆市"] {
        if region.starts_with(city) {
            return city;
        }
    }
    // `.` takes any character but a line terminator; `.+?` at least one.
    let line_end = |c: char| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
    for suffix in ["特别行政区", "自治区"] {
        for (i, c) in region.char_indices() {
            if i > 0 && region[i..].starts_with(suffix) {
                return &region[..i + suffix.len()];
            }
            if line_end(c) {
                break;
            }
        }
    }
    let mut chars = region.char_indices();
    let (Some((_, a)), Some((_, b)), Some((i, c))) = (chars.next(), chars.next(), chars.next())
    else {
        return "";
    };
    if line_end(a) || line_end(b) {
        return "";
    }
    if c == '省' {
        return &region[..i + c.len_utf8()];
    }
    match chars.next() {
        Some((j, '省')) if !line_end(c) => &region[..j + '省'.len_utf8()],
        _ => "",
    }
}

/// Dates with a year sort first; month-day-only dates (`--03-08`) after
/// them (behind a `~`, as the page sorted them).
fn date_key(v: &str) -> Cow<'_, str> {
    if v.starts_with("--") {
        Cow::Owned(format!("~{v}"))
    } else {
        Cow::Borrowed(v)
    }
}

/// One document's line in the overview and comparison.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocSummary<'a> {
    pub name: &'a str,
    pub encoding: &'a str,
    pub chars: usize,
    pub words: usize,
    pub error: Option<&'a str>,
    pub facts: usize,
    pub facts_by_kind: KindCounts,
    pub keywords: Vec<&'a str>,
}

/// Facts per kind, the kinds in order of first appearance (a JSON object).
#[derive(Debug, Default)]
pub struct KindCounts(pub Vec<(Kind, usize)>);

impl Serialize for KindCounts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, n)| (k.as_str(), n)))
    }
}

#[derive(Debug, Serialize)]
pub struct Keyword<'a> {
    pub word: &'a str,
    pub weight: f64,
}

#[derive(Debug, Serialize)]
pub struct KeywordsSummary<'a> {
    pub tfidf: Vec<Keyword<'a>>,
    pub textrank: Vec<Keyword<'a>>,
}

/// The timeline: every date on the axis, and points taken a layer at a
/// time across dates (each date's first fact, then its second, …) up to
/// [`TIMELINE_POINTS`].
#[derive(Debug, Serialize)]
pub struct Timeline<'a> {
    pub dates: Vec<&'a str>,
    pub points: Vec<TimelinePoint<'a>>,
    /// Dated facts in all.
    pub total: usize,
}

#[derive(Debug, Serialize)]
pub struct TimelinePoint<'a> {
    pub value: &'a str,
    /// 1 for a date's first fact, 2 for its second, …
    pub stack: usize,
    pub text: &'a str,
    pub doc: usize,
    pub fact: usize,
}

#[derive(Debug, Serialize)]
pub struct Metrics<'a> {
    pub rows: &'a [MetricEntry],
    pub total: usize,
}

/// The co-occurrence network: the [`NETWORK_EDGES`] strongest edges and
/// their entities, placed by [`force_layout`].
#[derive(Debug, Serialize)]
pub struct Network<'a> {
    pub nodes: Vec<Node<'a>>,
    pub edges: &'a [CoOccurrence],
}

#[derive(Debug, Serialize)]
pub struct Node<'a> {
    pub name: &'a str,
    pub kind: Kind,
    pub mentions: usize,
    /// Where the chart draws it (any scale: the chart stretches it to fit).
    pub x: i32,
    pub y: i32,
}

/// The first page of every table and the default trend: the first drawing
/// needs no round trip.
#[derive(Debug, Serialize)]
pub struct First<'a> {
    pub facts: Page<FactRow<'a>>,
    pub person: Page<EntityRow<'a>>,
    pub org: Page<EntityRow<'a>>,
    pub place: Page<EntityRow<'a>>,
    pub quotes: Page<QuoteRow<'a>>,
    pub trends: Option<FirstTrend<'a>>,
}

#[derive(Debug, Serialize)]
pub struct FirstTrend<'a> {
    pub word: &'a str,
    pub mode: &'static str,
    pub doc: usize,
    #[serde(flatten)]
    pub trend: Trend<'a>,
}

/// Everything the views draw up front.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary<'a> {
    pub first: First<'a>,
    pub documents: Vec<DocSummary<'a>>,
    pub facts_by_kind: &'a [(Kind, usize)],
    pub keywords: KeywordsSummary<'a>,
    pub timeline: Timeline<'a>,
    pub metrics: Metrics<'a>,
    /// Place mentions per province, most first.
    pub provinces: Vec<(&'a str, usize)>,
    /// Distinct people, places and organisations.
    pub entity_totals: EntityCounts,
    pub network: Network<'a>,
    /// Quotes in all.
    pub quotes: usize,
}

pub fn summary(report: &Report) -> Summary<'_> {
    let agg = &report.aggregates;
    let documents: Vec<DocSummary> = report
        .documents
        .iter()
        .map(|d| {
            let mut by_kind = KindCounts::default();
            for f in &d.facts {
                match by_kind.0.iter_mut().find(|(k, _)| *k == f.kind) {
                    Some((_, n)) => *n += 1,
                    None => by_kind.0.push((f.kind, 1)),
                }
            }
            DocSummary {
                name: &d.name,
                encoding: &d.encoding,
                chars: d.chars,
                words: d.words,
                error: d.error.as_deref().filter(|e| !e.is_empty()),
                facts: d.facts.len(),
                facts_by_kind: by_kind,
                keywords: d
                    .keywords
                    .tfidf
                    .iter()
                    .take(DOC_KEYWORDS)
                    .map(|w| w.word.as_str())
                    .collect(),
            }
        })
        .collect();
    let first_doc = report.documents.iter().position(|d| d.error.is_none());
    let analysed = documents.iter().filter(|d| d.error.is_none()).count();
    let all = Paging {
        offset: 0,
        limit: FIRST_PAGE,
    };
    let first = First {
        facts: facts(report, "", None, all),
        person: entities(report, "person", "", all),
        org: entities(report, "org", "", all),
        place: entities(report, "place", "", all),
        quotes: quotes(report, all),
        trends: first_doc.map(|doc| {
            let word = agg.keywords.tfidf.first().map_or("", |w| w.word.as_str());
            let docs = analysed > 1;
            FirstTrend {
                word,
                mode: if docs { "docs" } else { "sections" },
                doc,
                trend: trends(report, word, docs, Some(&Arg::Number(doc as f64))),
            }
        }),
    };

    Summary {
        first,
        documents,
        facts_by_kind: &agg.facts_by_kind,
        keywords: KeywordsSummary {
            tfidf: top_keywords(&agg.keywords.tfidf),
            textrank: top_keywords(&agg.keywords.textrank),
        },
        timeline: timeline(&agg.timeline),
        metrics: Metrics {
            rows: &agg.metrics[..agg.metrics.len().min(METRICS_ROWS)],
            total: agg.metrics.len(),
        },
        provinces: provinces(&agg.entities),
        entity_totals: entity_totals(&agg.entities),
        network: network(&agg.entities, &agg.cooccurrence),
        quotes: report
            .documents
            .iter()
            .flat_map(|d| &d.facts)
            .filter(|f| f.kind == Kind::Quote)
            .count(),
    }
}

fn top_keywords(list: &[crate::report::Weighted]) -> Vec<Keyword<'_>> {
    list.iter()
        .take(TOP_KEYWORDS)
        .map(|w| Keyword {
            word: &w.word,
            weight: w.weight,
        })
        .collect()
}

fn timeline(entries: &[TimelineEntry]) -> Timeline<'_> {
    let mut dates: Vec<&str> = Vec::new();
    let mut per_date: FxHashMap<&str, Vec<&TimelineEntry>> = FxHashMap::default();
    let mut total = 0;
    for e in entries.iter().filter(|e| !e.value.is_empty()) {
        total += 1;
        per_date
            .entry(&e.value)
            .or_insert_with(|| {
                dates.push(&e.value);
                Vec::new()
            })
            .push(e);
    }
    dates.sort_by(|a, b| date_key(a).cmp(&date_key(b)));
    let mut points = Vec::new();
    'layers: for layer in 0.. {
        let mut any = false;
        for v in &dates {
            let Some(e) = per_date[v].get(layer) else {
                continue;
            };
            any = true;
            points.push(TimelinePoint {
                value: &e.value,
                stack: layer + 1,
                text: &e.text,
                doc: e.doc,
                fact: e.fact,
            });
            if points.len() >= TIMELINE_POINTS {
                break 'layers;
            }
        }
        if !any {
            break;
        }
    }
    Timeline {
        dates,
        points,
        total,
    }
}

fn provinces(entities: &[EntityEntry]) -> Vec<(&str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::new();
    for e in entities.iter().filter(|e| e.kind == Kind::Place) {
        let p = province(e.region.as_deref().unwrap_or(""));
        if p.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(q, _)| *q == p) {
            Some((_, n)) => *n += e.mentions,
            None => out.push((p, e.mentions)),
        }
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.1)); // stable: ties keep first-seen order
    out
}

fn entity_totals(entities: &[EntityEntry]) -> EntityCounts {
    let mut t = EntityCounts::default();
    for e in entities {
        match e.kind {
            Kind::Person => t.person += 1,
            Kind::Place => t.place += 1,
            Kind::Org => t.org += 1,
            _ => {}
        }
    }
    t
}

fn network<'a>(entities: &'a [EntityEntry], cooccurrence: &'a [CoOccurrence]) -> Network<'a> {
    let edges = &cooccurrence[..cooccurrence.len().min(NETWORK_EDGES)];
    let mut wanted: Vec<&str> = Vec::new();
    let mut is_wanted: FxHashSet<&str> = FxHashSet::default();
    for e in edges {
        for n in [e.a.as_str(), e.b.as_str()] {
            if is_wanted.insert(n) {
                wanted.push(n);
            }
        }
    }
    // (name, kind, mentions) of each node, then placed.
    let mut found: Vec<(&str, Kind, usize)> = Vec::new();
    let mut placed: FxHashSet<&str> = FxHashSet::default();
    for e in entities {
        if is_wanted.contains(e.name.as_str()) && placed.insert(&e.name) {
            found.push((&e.name, e.kind, e.mentions));
        }
    }
    // An edge's entity without an entry (a report file may lack them).
    for n in wanted {
        if !placed.contains(n) {
            found.push((n, Kind::Org, 1));
        }
    }
    let index: FxHashMap<&str, usize> = found.iter().enumerate().map(|(i, n)| (n.0, i)).collect();
    let links: Vec<(usize, usize)> = edges
        .iter()
        .map(|e| (index[e.a.as_str()], index[e.b.as_str()]))
        .collect();
    let nodes = found
        .iter()
        .zip(force_layout(found.len(), &links))
        .map(|(&(name, kind, mentions), (x, y))| Node {
            name,
            kind,
            mentions,
            x,
            y,
        })
        .collect();
    Network { nodes, edges }
}
