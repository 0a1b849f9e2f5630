//! Quantities: a number with its measure word or unit, approximation and object.

use crate::report::Fact;
use crate::segment::Doc;

/// `claimed` holds the dates and percentages already found; quantities never overlap them.
pub fn extract(_doc: &Doc, _claimed: &[Fact]) -> Vec<Fact> {
    Vec::new()
}
