//! Places: administrative divisions and countries from the gazetteer, with region paths.

use crate::gazetteer::Gazetteer;
use crate::report::Fact;
use crate::segment::Doc;

pub fn extract(_doc: &Doc, _gazetteer: &Gazetteer) -> Vec<Fact> {
    Vec::new()
}
