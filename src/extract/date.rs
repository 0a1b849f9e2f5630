//! Dates: `2020年3月22日上午10时59分`, `2月17日凌晨`, `3月`, relative dates.

use crate::report::Fact;
use crate::segment::Doc;

pub fn extract(_doc: &Doc) -> Vec<Fact> {
    Vec::new()
}
