//! jieba's dictionary (words, frequencies, part-of-speech tags) in the
//! compact form wenxi ships, and what is built from it: the segmenter and
//! the IDF table for TF-IDF keywords.
//!
//! The CLI embeds the file; the page fetches it as its own cacheable asset
//! beside the wasm, so the code and the data download in parallel and the
//! data compresses with the web server's brotli instead of sitting
//! pre-compressed (and incompressible) inside the wasm.
//!
//! Layout (integers are LEB128):
//!
//! ```text
//! b"WXD1" count
//! ntags  { len bytes }*ntags          the distinct tags
//! { prefix suffix b'\n' }*count        words in byte order, front-coded:
//!                                      prefix = b'0' + characters shared with
//!                                      the previous word
//! { freq }*count                       frequencies
//! { tag-id }*count                     one byte each
//! ```
//!
//! Columns compress better than jieba's `word freq tag` lines: the words
//! alone share long prefixes once sorted, and frequencies and tags each
//! repeat a few values (brotli: 1.55 MB for jieba's dict.txt, 1.18 MB here).
//!
//! ```
//! let text = "中国 100 ns\n中国人 20 n\n人 50 n\n";
//! let bytes = wenxi::dictionary::encode(text).unwrap();
//! let dict = wenxi::dictionary::Dictionary::decode(&bytes).unwrap();
//! assert_eq!(dict.len(), 3);
//! assert_eq!(dict.freq("中国人"), Some(20));
//! assert_eq!(dict.freq("日本"), None);
//! ```

use std::hash::BuildHasher;
use std::sync::OnceLock;

use jieba_rs::Jieba;
use rustc_hash::FxBuildHasher;

const MAGIC: &[u8; 4] = b"WXD1";

// The CLI's copy, zstd-compressed into the binary and unpacked on first use.
#[cfg(feature = "embedded-dict")]
include_flate::flate!(static EMBEDDED: [u8] from "data/jieba-dict.wxd" with zstd);

/// Why a dictionary file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError(pub String);

impl std::fmt::Display for DictError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "dictionary: {}", self.0)
    }
}

impl std::error::Error for DictError {}

fn err<T>(msg: impl Into<String>) -> Result<T, DictError> {
    Err(DictError(msg.into()))
}

/// The decoded dictionary: every word once, in byte order, with its
/// frequency and tag.
pub struct Dictionary {
    /// All words back to back; word `i` is `words[starts[i]..starts[i + 1]]`.
    words: String,
    starts: Vec<u32>,
    freqs: Vec<u32>,
    tag_ids: Vec<u8>,
    tags: Vec<String>,
    total: u64,
    /// Word to index, for `freq` (the IDF lookup of every distinct word of
    /// every document). Built on the first lookup (~12 ms natively), so the
    /// page's start-up does not wait for it.
    index: OnceLock<WordTable>,
}

/// An open-addressing hash table from a word to its index. A lookup hashes
/// the word once and usually compares one candidate; a binary search over
/// the 350,000 words took ~19 probes, each a cache miss into `words`.
/// 4 bytes a slot, at most 80% full: 2 MB for jieba's dictionary.
struct WordTable {
    /// 0 is empty; otherwise `tag << index_bits | (index + 1)`, where the
    /// tag is the top bits of the word's hash, so most probes that are not
    /// the word are rejected without reading it.
    slots: Vec<u32>,
    index_bits: u32,
}

impl WordTable {
    fn new<'w>(words: impl ExactSizeIterator<Item = &'w str>) -> WordTable {
        let capacity = (words.len() + words.len() / 4 + 1).next_power_of_two();
        let index_bits = u32::BITS - (words.len() as u32 + 1).leading_zeros();
        let mut table = WordTable {
            slots: vec![0; capacity],
            index_bits,
        };
        let mask = capacity - 1;
        for (i, word) in words.enumerate() {
            let (mut slot, tag) = table.start(word);
            while table.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            table.slots[slot] = tag | (i as u32 + 1);
        }
        table
    }

    /// The word's first slot and its tag, already shifted into place.
    fn start(&self, word: &str) -> (usize, u32) {
        let hash = FxBuildHasher.hash_one(word);
        let tag_bits = u32::BITS - self.index_bits;
        let tag = if tag_bits == 0 {
            0
        } else {
            ((hash >> (u64::BITS - tag_bits)) as u32) << self.index_bits
        };
        (hash as usize & (self.slots.len() - 1), tag)
    }

    /// The index of `word`, given the words the table was built from.
    fn find<'d>(&self, word: &str, word_at: impl Fn(usize) -> &'d str) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let index_mask = u32::MAX >> (u32::BITS - self.index_bits);
        let (mut slot, tag) = self.start(word);
        loop {
            let entry = self.slots[slot];
            if entry == 0 {
                return None;
            }
            if entry & !index_mask == tag {
                let i = (entry & index_mask) as usize - 1;
                if word_at(i) == word {
                    return Some(i);
                }
            }
            slot = (slot + 1) & mask;
        }
    }
}

impl Dictionary {
    /// The dictionary built into the binary.
    #[cfg(feature = "embedded-dict")]
    pub fn embedded() -> Dictionary {
        Dictionary::decode(&EMBEDDED).expect("the embedded dictionary is checked by the tests")
    }

    pub fn decode(bytes: &[u8]) -> Result<Dictionary, DictError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return err("not a wenxi dictionary (bad magic)");
        }
        let count = r.leb()? as usize;
        // Every entry needs at least a prefix byte, a newline, a frequency
        // byte and a tag byte: a count beyond that is a corrupt file, and
        // must not become a huge allocation.
        if count > bytes.len() / 4 {
            return err("entry count larger than the file");
        }
        let ntags = r.leb()? as usize;
        if ntags > 256 {
            return err("more than 256 tags");
        }
        let mut tags = Vec::with_capacity(ntags);
        for _ in 0..ntags {
            let len = r.leb()? as usize;
            let tag = std::str::from_utf8(r.take(len)?)
                .map_err(|_| DictError("tag is not UTF-8".into()))?;
            tags.push(tag.to_string());
        }

        let mut words = String::with_capacity(count * 8);
        let mut starts = Vec::with_capacity(count + 1);
        let mut prev_start = 0usize;
        for _ in 0..count {
            let prefix_chars =
                r.byte()?
                    .checked_sub(b'0')
                    .ok_or_else(|| DictError("bad prefix".into()))? as usize;
            let line = r.until_newline()?;
            let suffix =
                std::str::from_utf8(line).map_err(|_| DictError("word is not UTF-8".into()))?;
            let prev = &words[prev_start..];
            let shared = match prev.char_indices().nth(prefix_chars) {
                Some((byte, _)) => byte,
                None if prev.chars().count() == prefix_chars => prev.len(),
                None => return err("prefix longer than the previous word"),
            };
            // Strictly after the previous word, which keeps the words
            // sorted and distinct: the previous word is a proper prefix of
            // this one, or the first character after the shared ones is
            // larger (UTF-8 orders as code points do). The encoder shares
            // as many characters as it can, so they differ. One
            // character compared, where comparing the whole words cost the
            // page's start-up ~20 ms.
            let after = match (
                suffix.chars().next(),
                words[prev_start + shared..].chars().next(),
            ) {
                (None, _) => false,
                (Some(first), Some(prev)) => first > prev,
                (Some(_), None) => true,
            };
            if !after {
                return err("words not in strictly increasing byte order");
            }
            let start = words.len();
            starts.push(start as u32);
            words.extend_from_within(prev_start..prev_start + shared);
            words.push_str(suffix);
            prev_start = start;
        }
        starts.push(words.len() as u32);

        let mut freqs = Vec::with_capacity(count);
        let mut total = 0u64;
        for _ in 0..count {
            let f = u32::try_from(r.leb()?).map_err(|_| DictError("frequency too large".into()))?;
            total += f as u64;
            freqs.push(f);
        }
        let tag_ids = r.take(count)?.to_vec();
        if tag_ids.iter().any(|&t| t as usize >= tags.len()) {
            return err("tag id out of range");
        }
        if r.pos != bytes.len() {
            return err("trailing bytes");
        }
        let dict = Dictionary {
            words,
            starts,
            freqs,
            tag_ids,
            tags,
            total,
            index: OnceLock::new(),
        };
        Ok(dict)
    }

    pub fn len(&self) -> usize {
        self.freqs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.freqs.is_empty()
    }

    fn word(&self, i: usize) -> &str {
        &self.words[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Every entry: (word, frequency, tag).
    pub fn entries(&self) -> impl Iterator<Item = (&str, u32, &str)> + '_ {
        (0..self.len()).map(|i| {
            (
                self.word(i),
                self.freqs[i],
                self.tags[self.tag_ids[i] as usize].as_str(),
            )
        })
    }

    /// Sum of all frequencies.
    pub fn total(&self) -> u64 {
        self.total
    }

    pub fn freq(&self, word: &str) -> Option<u32> {
        self.find(word).map(|i| self.freqs[i])
    }

    fn find(&self, word: &str) -> Option<usize> {
        self.index
            .get_or_init(|| WordTable::new((0..self.len()).map(|i| self.word(i))))
            .find(word, |i| self.word(i))
    }

    /// `find` by binary search, without the hash table (for its test).
    #[cfg(test)]
    fn find_sorted(&self, word: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.word(mid).cmp(word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The distinct tags of the words.
    pub fn tags(&self) -> impl Iterator<Item = &str> + '_ {
        self.tags.iter().map(String::as_str)
    }

    /// jieba with exactly these words, frequencies and tags.
    pub fn jieba(&self) -> Jieba {
        let mut jieba = Jieba::empty();
        // Walks the columns directly: through `entries` (a bounds-checked
        // call per word) this loop took 30 ms of the page's start-up.
        let ends = self.starts.iter().skip(1);
        let columns = self
            .starts
            .iter()
            .zip(ends)
            .zip(&self.freqs)
            .zip(&self.tag_ids);
        for (((&start, &end), &freq), &tag) in columns {
            let word = &self.words[start as usize..end as usize];
            jieba.add_word(word, Some(freq as usize), Some(&self.tags[tag as usize]));
        }
        jieba
    }
}

/// Which of jieba's entries wenxi ships: every word seen more than three
/// times in jieba's source corpus, and rarer ones only when they are proper
/// nouns (places ns, organisations nt, other names nz, transliterations nrt,
/// abbreviations j), which the entity grammars build on.
///
/// The 180,000 entries left out (frequency 2 or 3: idioms, rare compounds
/// such as 鲜明立场 or 投案自首, rare given names) cost more than they give.
/// Measured with `make eval` against the whole dictionary: segmentation F1
/// rises (PKU .837 → .878, MSR .840 → .878, no HMM), entity F1 on MSRA moves
/// .808 → .805, the brotli asset shrinks 1.19 → 0.62 MB and jieba builds in
/// half the time at page start-up.
///
/// ```
/// use wenxi::dictionary::ships;
/// assert!(ships(4, "n"));
/// assert!(!ships(3, "i"));
/// assert!(ships(3, "ns"));
/// ```
pub fn ships(freq: u32, tag: &str) -> bool {
    freq > 3 || matches!(tag, "ns" | "nt" | "nz" | "nrt" | "j")
}

/// The compact file for a jieba dictionary in its text form
/// (`word freq [tag]` lines). Fails on a line without a valid frequency.
pub fn encode(text: &str) -> Result<Vec<u8>, DictError> {
    let mut entries: Vec<(&str, u32, &str)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut parts = line.split_whitespace();
        let Some(word) = parts.next() else { continue };
        let freq = parts
            .next()
            .and_then(|f| f.parse::<u32>().ok())
            .ok_or_else(|| DictError(format!("line {}: no frequency", n + 1)))?;
        entries.push((word, freq, parts.next().unwrap_or("")));
    }
    // jieba keeps the last frequency of a repeated word (and its first tag).
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut merged: Vec<(&str, u32, &str)> = Vec::with_capacity(entries.len());
    for e in entries {
        match merged.last_mut() {
            Some(last) if last.0 == e.0 => last.1 = e.1,
            _ => merged.push(e),
        }
    }
    let mut tags: Vec<&str> = merged.iter().map(|e| e.2).collect();
    tags.sort_unstable();
    tags.dedup();
    if tags.len() > 256 {
        return err("more than 256 distinct tags");
    }

    let mut out = MAGIC.to_vec();
    leb(&mut out, merged.len() as u64);
    leb(&mut out, tags.len() as u64);
    for t in &tags {
        leb(&mut out, t.len() as u64);
        out.extend_from_slice(t.as_bytes());
    }
    let mut prev = "";
    for &(word, _, _) in &merged {
        if word.contains('\n') {
            return err("word contains a newline");
        }
        let shared = prev
            .chars()
            .zip(word.chars())
            .take_while(|(a, b)| a == b)
            .count();
        // The prefix byte must stay ASCII and printable; and the shared
        // prefix must be the longest, which `decode` relies on.
        if shared > 70 {
            return err("word shares more than 70 characters with the previous one");
        }
        let byte = word
            .char_indices()
            .nth(shared)
            .map_or(word.len(), |(b, _)| b);
        out.push(b'0' + shared as u8);
        out.extend_from_slice(&word.as_bytes()[byte..]);
        out.push(b'\n');
        prev = word;
    }
    for &(_, freq, _) in &merged {
        leb(&mut out, freq as u64);
    }
    for &(_, _, tag) in &merged {
        out.push(tags.binary_search(&tag).expect("tag listed") as u8);
    }
    Ok(out)
}

fn leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DictError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return err("truncated");
        };
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, DictError> {
        Ok(self.take(1)?[0])
    }

    fn until_newline(&mut self) -> Result<&'a [u8], DictError> {
        let rest = &self.bytes[self.pos..];
        let Some(n) = rest.iter().position(|&b| b == b'\n') else {
            return err("truncated word list");
        };
        self.pos += n + 1;
        Ok(&rest[..n])
    }

    fn leb(&mut self) -> Result<u64, DictError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        err("integer too long")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "中国 100 ns\n中国人 20 n\n人 50 n\n𠮷野家 3 nt\n中 8\n人 60 v\n";

    #[test]
    fn round_trips_words_freqs_and_tags() {
        let dict = Dictionary::decode(&encode(TEXT).unwrap()).unwrap();
        let entries: Vec<_> = dict.entries().collect();
        assert_eq!(
            entries,
            vec![
                ("中", 8, ""),
                ("中国", 100, "ns"),
                ("中国人", 20, "n"),
                // A repeated word keeps its last frequency, like jieba.
                ("人", 60, "n"),
                ("𠮷野家", 3, "nt"),
            ]
        );
        assert_eq!(dict.total(), 8 + 100 + 20 + 60 + 3);
        assert_eq!(dict.freq("𠮷野家"), Some(3));
        assert_eq!(dict.freq("中国人民"), None);
    }

    #[test]
    fn hash_lookup_agrees_with_binary_search() {
        let dict = Dictionary::embedded();
        for i in (0..dict.len()).step_by(97) {
            let w = dict.word(i);
            assert_eq!(dict.find(w), Some(i));
            // Prefixes and extensions of real words: mostly absent.
            for probe in [
                &w[..w.char_indices().last().unwrap().0],
                format!("{w}的").as_str(),
            ] {
                assert_eq!(dict.find(probe), dict.find_sorted(probe), "{probe}");
            }
        }
        let small = Dictionary::decode(&encode(TEXT).unwrap()).unwrap();
        for w in [
            "中",
            "中国",
            "中国人",
            "人",
            "𠮷野家",
            "",
            "日本",
            "中国人民",
        ] {
            assert_eq!(small.find(w), small.find_sorted(w), "{w}");
        }
    }

    #[test]
    fn rejects_damaged_files() {
        let good = encode(TEXT).unwrap();
        assert!(Dictionary::decode(b"").is_err());
        assert!(Dictionary::decode(b"WXD0\x00\x00").is_err());
        for cut in [4, 5, 10, good.len() / 2, good.len() - 1] {
            assert!(
                Dictionary::decode(&good[..cut]).is_err(),
                "truncated at {cut}"
            );
        }
        let mut extra = good.clone();
        extra.push(0);
        assert!(Dictionary::decode(&extra).is_err());
        // Out of order, repeated, or a shared prefix shorter than it could be.
        for words in ["0甲\n0乙\n", "0甲\n0甲\n", "0中国\n1国\n", "0中国\n0中大\n"] {
            let mut bytes = MAGIC.to_vec();
            bytes.extend_from_slice(b"\x02\x01\x01n");
            bytes.extend_from_slice(words.as_bytes());
            bytes.extend_from_slice(b"\x05\x05\x00\x00");
            assert!(Dictionary::decode(&bytes).is_err(), "{words}");
        }
        let mut sorted = MAGIC.to_vec();
        sorted.extend_from_slice("\x02\x01\x01n0中国\n1大\n\x05\x05\x00\x00".as_bytes());
        assert_eq!(Dictionary::decode(&sorted).unwrap().freq("中大"), Some(5));
        let mut huge = MAGIC.to_vec();
        leb(&mut huge, u64::MAX >> 1);
        assert!(Dictionary::decode(&huge).is_err());
        assert!(encode("词 不是数字\n").is_err());
    }

    #[test]
    fn embedded_dictionary_is_jiebas() {
        // Exactly the shipped entries: scripts/test.sh regenerates the file
        // from jieba-rs's dict.txt and compares the bytes.
        let dict = Dictionary::embedded();
        assert!(dict.len() > 150_000);
        assert!(dict.entries().all(|(_, freq, tag)| ships(freq, tag)));
        // Rare words are gone, rare place names stay.
        assert_eq!(dict.freq("投案自首"), None);
        assert!(dict.freq("金湖县").is_some());
        // jieba alone tags an unknown word x (segment guesses a tag).
        let jieba = dict.jieba();
        let text = "截至3月8日，全省规上工业企业复工率99.9％。口罩日产130万只，在南京路开店。";
        let tagged: Vec<_> = jieba
            .tag(text, true)
            .iter()
            .filter(|t| t.word.chars().count() > 1)
            .map(|t| format!("{}/{}", t.word, t.tag))
            .collect();
        assert_eq!(
            tagged.join(" "),
            "截至/v 全省/n 规上/x 工业/n 企业/n 复工/v 99.9/m 口罩/n 日产/j 130/m 南京路/ns 开店/n"
        );
    }

    #[test]
    fn jieba_built_from_it_segments_with_its_words() {
        let dict = Dictionary::decode(&encode("北京 100 ns\n大学 80 n\n北京大学 50 nt\n").unwrap())
            .unwrap();
        let jieba = dict.jieba();
        let tags: Vec<_> = jieba
            .tag("北京大学", false)
            .iter()
            .map(|t| (t.word, t.tag))
            .collect();
        assert_eq!(tags, vec![("北京大学", "nt")]);
    }
}
