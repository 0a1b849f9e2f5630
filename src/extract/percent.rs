//! Percentages: `99.9％`, `百分之五`, with the metric the sentence names.

use crate::report::Fact;
use crate::segment::Doc;

pub fn extract(_doc: &Doc) -> Vec<Fact> {
    Vec::new()
}
