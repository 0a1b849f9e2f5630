//! Quotes: “…” and 「…」 with speaker attribution.

use crate::report::Fact;
use crate::segment::Doc;

pub fn extract(_doc: &Doc, _persons: &[Fact]) -> Vec<Fact> {
    Vec::new()
}
