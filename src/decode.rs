//! Decode: bytes → text, with the encoding detected when not declared.
//!
//! A BOM decides (UTF-8, UTF-16 LE/BE). Without one, valid UTF-8 is UTF-8;
//! otherwise chardetng (Firefox's detector) guesses among the legacy
//! encodings, GB18030/GBK and Big5 being the ones Chinese users meet.
//! Files that are not text are refused with a reason a user can act on.

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// A decoded text and the encoding it was decoded from.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// encoding_rs's canonical name: `UTF-8`, `UTF-16LE`, `GBK`, `gb18030`, `Big5` …
    pub encoding: &'static str,
}

/// The largest file analysed, in bytes: 16 MiB (a long novel is 1–5 MB).
/// Analysis peaks at about 100 bytes of memory per character, so a file at
/// the limit (5.6 million Chinese characters in UTF-8) needs about 600 MB and
/// 40 s in a release build; the wasm page, whose memory is at most 4 GB for
/// every file together, stays within reach. The CLI and the page share it.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    /// The file's size in bytes, over [`MAX_FILE_BYTES`].
    TooLarge(u64),
    Binary(&'static str),
    UnknownEncoding(String),
    Undecodable(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the file is empty"),
            DecodeError::TooLarge(n) => {
                let limit = MAX_FILE_BYTES / 1_048_576;
                // A reader that stops one byte past the limit knows no more.
                if *n > MAX_FILE_BYTES as u64 + 1 {
                    let mb = *n as f64 / 1_048_576.0;
                    write!(f, "the file is too large ({mb:.1} MB; the limit is {limit} MB per file): split it into smaller files")
                } else {
                    write!(f, "the file is too large (the limit is {limit} MB per file): split it into smaller files")
                }
            }
            DecodeError::Binary(what) => write!(f, "this is not a text file ({what})"),
            DecodeError::UnknownEncoding(label) => write!(
                f,
                "unknown encoding “{label}” (try utf-8, utf-16le, utf-16be, gbk, gb18030, big5, or auto)"
            ),
            DecodeError::Undecodable(enc) => write!(
                f,
                "the file is not readable text: most of it is not valid {enc} (choose another encoding, or check the file)"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Looks up an encoding by any WHATWG label (`gbk`, `big5`, `utf-16le`, …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decodes `bytes`, using `forced` (a WHATWG label) when given.
pub fn decode(bytes: &[u8], forced: Option<&str>) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge(bytes.len() as u64));
    }
    if let Some(label) = forced.filter(|l| !l.trim().is_empty() && !l.eq_ignore_ascii_case("auto"))
    {
        let enc = encoding_for_label(label)
            .ok_or_else(|| DecodeError::UnknownEncoding(label.to_string()))?;
        return decode_with(bytes, enc);
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return decode_with(bytes, enc);
    }
    // Valid UTF-8, or valid except for a sequence cut at the very end (a
    // truncated download or a head -c), is UTF-8.
    let utf8 = match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len(),
    };
    // UTF-16 without a BOM: ASCII-heavy text by its NUL bytes, Chinese text
    // (which has few NULs) by decoding to mostly Chinese characters.
    let utf16 = sniff_bomless_utf16(bytes).or_else(|| {
        if utf8 {
            None
        } else {
            sniff_bomless_utf16_chinese(bytes)
        }
    });
    if let Some(kind) = sniff_binary(bytes, utf16.is_some()) {
        return Err(DecodeError::Binary(kind));
    }
    if let Some(enc) = utf16 {
        return decode_with(bytes, enc);
    }
    if utf8 {
        return decode_with(bytes, UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Allow);
    // The detector answers for Web content in general; for Chinese text the
    // legacy candidates are GBK/GB18030 and Big5. GB18030 decodes every GBK
    // file and also the 4-byte sequences, so a GBK guess decodes as GB18030
    // unless GBK alone is clean.
    let enc = if guess == GBK || guess == GB18030 {
        if has_gb18030_four_byte(bytes) {
            GB18030
        } else {
            GBK
        }
    } else if guess == BIG5 {
        BIG5
    } else {
        // Anything else for a file that is not UTF-8: try the Chinese
        // encodings in turn and keep the one with the fewest errors.
        best_of(bytes, &[GB18030, BIG5, guess])
    };
    decode_with(bytes, enc)
}

/// GB18030 extends GBK with four-byte sequences (lead 0x81–0xFE, then a
/// digit 0x30–0x39); encoding_rs decodes them under either label, so the
/// label reported is decided by whether any occur.
fn has_gb18030_four_byte(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i + 1 < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
        } else if (0x81..=0xFE).contains(&b) && (0x30..=0x39).contains(&bytes[i + 1]) {
            return true;
        } else {
            i += 2;
        }
    }
    false
}

fn best_of(bytes: &[u8], candidates: &[&'static Encoding]) -> &'static Encoding {
    candidates
        .iter()
        .copied()
        .min_by_key(|enc| {
            let (text, _, _) = enc.decode(bytes);
            text.chars().filter(|&c| c == '\u{FFFD}').count()
        })
        .unwrap_or(GB18030)
}

fn decode_with(bytes: &[u8], enc: &'static Encoding) -> Result<Decoded, DecodeError> {
    let (text, used, _had_errors) = enc.decode(bytes);
    // Counted on the bytes, not by decoding the chars three times: a char
    // starts at every byte that is not a continuation byte (10xxxxxx), NUL
    // is the byte 0, and U+FFFD's encoding is found by a byte search.
    let total = text.bytes().filter(|&b| (b as i8) >= -0x40).count().max(1);
    let bad = text.matches('\u{FFFD}').count();
    // A few stray bytes are tolerated (they show as U+FFFD); a text that is
    // mostly replacement characters is not text in this encoding.
    if bad * 10 > total {
        return Err(DecodeError::Undecodable(used.name()));
    }
    if text.bytes().filter(|&b| b == 0).count() * 100 > total {
        return Err(DecodeError::Binary("it contains NUL bytes"));
    }
    let text = text
        .strip_prefix('\u{FEFF}')
        .map(str::to_string)
        .unwrap_or_else(|| text.into_owned());
    Ok(Decoded {
        text,
        encoding: used.name(),
    })
}

/// Recognises common binary formats by their magic numbers, and NUL-heavy data.
fn sniff_binary(bytes: &[u8], utf16: bool) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
        (b"Rar!", "a RAR archive"),
        (b"\x7FELF", "a program"),
        (b"MZ", "a Windows program"),
        (b"RIFF", "a media file"),
        (b"\xD0\xCF\x11\xE0", "an old Office document"),
        (b"\x00\x00\x00", "binary data"),
    ];
    if bytes.iter().all(|&b| b == 0) {
        return Some("it is all NUL bytes");
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(what);
        }
    }
    // Text has almost no C0 control characters besides tab, line breaks,
    // form feed and escape; compressed or binary data has them everywhere.
    // (UTF-16 without a BOM, recognised before this, has NULs for ASCII.)
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if controls * 20 > head.len() && !utf16 {
        return Some("binary data");
    }
    None
}

/// UTF-16 without a BOM shows as NUL bytes in every other position.
fn sniff_bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let n = bytes.len().min(4096) & !1;
    if n < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes[..n].chunks_exact(2) {
        even += (pair[0] == 0) as usize;
        odd += (pair[1] == 0) as usize;
    }
    let half = n / 2;
    // ASCII-heavy UTF-16 has many NULs in one lane and none in the other;
    // mostly non-ASCII text (Chinese with some digits and line breaks) has
    // fewer, but still all in one lane.
    let one_lane = |nuls: usize, other: usize| {
        (nuls * 3 > half && other * 20 < half) || (nuls * 20 >= half && other * 10 <= nuls)
    };
    if one_lane(odd, even) {
        Some(UTF_16LE)
    } else if one_lane(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Chinese UTF-16 without a BOM has few NUL bytes; read in the right byte
/// order, nearly every unit of it is a CJK ideograph, CJK or full-width
/// punctuation, or ASCII. GBK, Big5 and binary data read as UTF-16 are
/// mostly Hangul, private-use or surrogate units instead. Only asked of
/// files that are not UTF-8 (ASCII read as UTF-16 looks like ideographs).
fn sniff_bomless_utf16_chinese(bytes: &[u8]) -> Option<&'static Encoding> {
    let n = bytes.len().min(8192) & !1;
    if n < 8 {
        return None;
    }
    fn chinese(u: u16) -> bool {
        matches!(u,
            0x09 | 0x0A | 0x0D | 0x20..=0x7E | 0xA0..=0xFF
            | 0x2000..=0x206F | 0x2460..=0x24FF | 0x2500..=0x257F
            | 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
    }
    let (mut le, mut be) = (0usize, 0usize);
    for pair in bytes[..n].chunks_exact(2) {
        le += chinese(u16::from_le_bytes([pair[0], pair[1]])) as usize;
        be += chinese(u16::from_be_bytes([pair[0], pair[1]])) as usize;
    }
    let units = n / 2;
    if le * 20 >= units * 19 && le > be {
        Some(UTF_16LE)
    } else if be * 20 >= units * 19 && be > le {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "全省规上工业企业复工率99.9％，产能恢复率97.7％。永康市委书记金政说：“我们回来了！”";

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        enc.encode(s).0.into_owned()
    }

    #[test]
    fn decodes_every_encoding_a_chinese_user_meets() {
        let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
        utf8_bom.extend_from_slice(SAMPLE.as_bytes());
        let mut le = vec![0xFF, 0xFE];
        le.extend(SAMPLE.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let mut be = vec![0xFE, 0xFF];
        be.extend(SAMPLE.encode_utf16().flat_map(|u| u.to_be_bytes()));
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (SAMPLE.as_bytes().to_vec(), "UTF-8"),
            (utf8_bom, "UTF-8"),
            (le, "UTF-16LE"),
            (be, "UTF-16BE"),
            (encode(GBK, SAMPLE), "GBK"),
        ];
        for (bytes, want) in cases {
            let d = decode(&bytes, None).unwrap();
            assert_eq!(d.text, SAMPLE, "{want}");
            assert_eq!(d.encoding, want);
        }
    }

    #[test]
    fn gb18030_four_byte_sequences() {
        // 𠮷 and € need GB18030's four-byte forms.
        let text = "𠮷野家的价格是€5，复工率达到百分之九十九，同比增长。".repeat(3);
        let bytes = encode(GB18030, &text);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "gb18030");
    }

    #[test]
    fn big5_traditional() {
        let text = "全省規模以上工業企業復工率達到百分之九十九，產能恢復率也明顯提高。記者表示。";
        let bytes = encode(BIG5, text);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "Big5");
    }

    #[test]
    fn forced_encoding_wins() {
        let bytes = encode(GBK, SAMPLE);
        assert_eq!(decode(&bytes, Some("gbk")).unwrap().text, SAMPLE);
        assert!(matches!(
            decode(&bytes, Some("klingon")),
            Err(DecodeError::UnknownEncoding(_))
        ));
        assert!(decode(&bytes, Some("utf-8")).is_err());
    }

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(b"", None), Err(DecodeError::Empty));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(
            decode(b"%PDF-1.7\n", None),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(
            decode(&[0u8; 100], None),
            Err(DecodeError::Binary(_))
        ));
        let noise: Vec<u8> = (0..2000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(decode(&noise, None).is_err());
        // The error message names the problem in plain words.
        assert!(decode(b"PK\x03\x04", None)
            .unwrap_err()
            .to_string()
            .contains("ZIP"));
    }

    #[test]
    fn bomless_utf16() {
        let text = "Hello 复工 2020";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&le, None).unwrap().text, text);
    }
}
