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

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary(&'static str),
    UnknownEncoding(String),
    Undecodable(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the file is empty"),
            DecodeError::Binary(what) => write!(f, "this is not a text file ({what})"),
            DecodeError::UnknownEncoding(label) => write!(f, "unknown encoding “{label}”"),
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
    if let Some(label) = forced.filter(|l| !l.trim().is_empty() && !l.eq_ignore_ascii_case("auto"))
    {
        let enc = encoding_for_label(label)
            .ok_or_else(|| DecodeError::UnknownEncoding(label.to_string()))?;
        return decode_with(bytes, enc);
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return decode_with(bytes, enc);
    }
    if let Some(kind) = sniff_binary(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    if let Some(enc) = sniff_bomless_utf16(bytes) {
        return decode_with(bytes, enc);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return decode_with(bytes, UTF_8);
    }
    // Valid UTF-8 except for a sequence cut at the very end (a truncated
    // download or a head -c) is still UTF-8.
    if let Err(e) = std::str::from_utf8(bytes) {
        if e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len() {
            return decode_with(bytes, UTF_8);
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    // The detector answers for Web content in general; for Chinese text the
    // legacy candidates are GBK/GB18030 and Big5. GB18030 decodes every GBK
    // file and also the 4-byte sequences, so a GBK guess decodes as GB18030
    // unless GBK alone is clean.
    let enc = if guess == GBK || guess == GB18030 {
        let (_, had_errors) = GBK.decode_without_bom_handling(bytes);
        if had_errors {
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
    let total = text.chars().count().max(1);
    let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
    // A few stray bytes are tolerated (they show as U+FFFD); a text that is
    // mostly replacement characters is not text in this encoding.
    if bad * 10 > total {
        return Err(DecodeError::Undecodable(used.name()));
    }
    if text.chars().filter(|&c| c == '\0').count() * 100 > total {
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
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
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
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(what);
        }
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
    // ASCII-heavy UTF-16 has many NULs in one lane and none in the other.
    if odd * 3 > half && even * 20 < half {
        Some(UTF_16LE)
    } else if even * 3 > half && odd * 20 < half {
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
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8 | 0x80)
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
