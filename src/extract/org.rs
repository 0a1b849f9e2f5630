//! Organisations: a suffix grammar (公司, 集团, 党委, 局, 医院, 大学 …) with modifiers.

use crate::report::Fact;
use crate::segment::Doc;

/// Organisation suffixes and known names.
pub struct Lexicon {}

impl Lexicon {
    pub fn load() -> Lexicon {
        Lexicon {}
    }
}

pub fn extract(_doc: &Doc, _lex: &Lexicon, _places: &[Fact]) -> Vec<Fact> {
    Vec::new()
}
