//! Segment: words with POS tags (jieba-rs), sentences and paragraphs.
//!
//! [`Doc`] is the view every extractor reads: the normalised text as chars,
//! the tagged tokens, and the sentence and paragraph spans, all in code-point
//! offsets that are also offsets into the original text (see `script`).

use jieba_rs::Jieba;

use crate::report::Span;

/// A word token. `start`/`end` are code points into the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub word: &'a str,
    pub tag: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    /// Punctuation, symbols and white space: tokens that are not words.
    pub fn is_punct(&self) -> bool {
        self.word.chars().all(|c| !is_alphanumeric(c))
    }
}

/// `char::is_alphanumeric`, with the common cases (ASCII, the CJK Unified
/// Ideographs block, all letters) answered without the Unicode tables.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        matches!(c, '\u{4e00}'..='\u{9fff}') || c.is_alphanumeric()
    }
}

/// The bit of a `Doc::token_of` entry marking a guessed word's first char
/// (token indices stay below it: `Doc::new` checks).
const GUESSED: u32 = 1 << 31;

/// A segmented document, ready for the extractors.
pub struct Doc<'a> {
    /// The normalised text (width folded, Simplified).
    pub text: &'a str,
    /// The same text as chars, for the character grammars.
    pub chars: Vec<char>,
    pub tokens: Vec<Token<'a>>,
    pub sentences: Vec<Span>,
    pub paragraphs: Vec<Span>,
    /// The token index of each char (`u32::MAX`: none), for O(1) `token_at`;
    /// [`GUESSED`] marks the first char of a Han word jieba's HMM made up,
    /// for O(1) `is_guessed` (a binary search over those starts was a fifth
    /// of person extraction's time on a long text).
    token_of: Vec<u32>,
    /// The segmenter, for asking its dictionary about other cuts.
    jieba: &'a Jieba,
}

impl<'a> Doc<'a> {
    /// Segments `text` (already normalised) with `jieba`.
    pub fn new(jieba: &'a Jieba, text: &'a str, hmm: bool) -> Doc<'a> {
        let (tokens, guessed) = tag_tokens(jieba, text, hmm);
        Doc::with_tokens(jieba, text, tokens, guessed)
    }

    /// A `Doc` of `text` whose lines were tagged apart ([`Tagged`]), in
    /// order: the same `Doc` as [`Doc::new`] makes.
    pub fn from_parts(jieba: &'a Jieba, text: &'a str, parts: Tagged<'a>) -> Doc<'a> {
        let (tokens, guessed) = parts.finish(text);
        Doc::with_tokens(jieba, text, tokens, guessed)
    }

    fn with_tokens(
        jieba: &'a Jieba,
        text: &'a str,
        tokens: Vec<Token<'a>>,
        guessed: Vec<usize>,
    ) -> Doc<'a> {
        let chars: Vec<char> = text.chars().collect();
        let paragraphs = split_paragraphs(&chars);
        let sentences = split_sentences(&chars, &paragraphs);
        assert!(
            tokens.len() < GUESSED as usize,
            "over 2^31 tokens in one document"
        );
        let mut token_of = vec![u32::MAX; chars.len()];
        for (k, t) in tokens.iter().enumerate() {
            debug_assert!(t.start < t.end && t.end <= chars.len());
            for slot in &mut token_of[t.start.min(chars.len())..t.end.min(chars.len())] {
                *slot = k as u32;
            }
        }
        for g in guessed {
            if let Some(slot) = token_of.get_mut(g).filter(|k| **k != u32::MAX) {
                *slot |= GUESSED;
            }
        }
        Doc {
            text,
            chars,
            tokens,
            sentences,
            paragraphs,
            token_of,
            jieba,
        }
    }

    /// Is `word` in the segmenter's dictionary? For the rare checks of a
    /// cut jieba did not make (it allocates).
    pub fn in_dictionary(&self, word: &[char]) -> bool {
        self.jieba.has_word(&word.iter().collect::<String>())
    }

    /// Is `t` a Han word jieba's HMM made up? Not in the dictionary, so weak
    /// evidence of where a word ends (吴兴区接回 cut 吴兴|区接|回).
    pub fn is_guessed(&self, t: &Token) -> bool {
        self.token_of
            .get(t.start)
            .is_some_and(|&k| k != u32::MAX && k & GUESSED != 0)
    }

    /// The characters `start..end` as a String.
    pub fn slice(&self, start: usize, end: usize) -> String {
        string_of(&self.chars[start.min(self.chars.len())..end.min(self.chars.len())])
    }

    /// Index of the sentence containing `pos` (the last one if past the end).
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= pos)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// Index of the token containing `pos`, if any.
    #[inline]
    pub fn token_at(&self, pos: usize) -> Option<usize> {
        // Tokens are sorted, non-empty and disjoint: the same answer as a
        // binary search for the first token ending after `pos`.
        match self.token_of.get(pos) {
            Some(&k) if k != u32::MAX => Some((k & !GUESSED) as usize),
            _ => None,
        }
    }

    /// Index of the token ending exactly at `pos`, if any.
    pub fn token_ending_at(&self, pos: usize) -> Option<usize> {
        let k = self.token_at(pos.checked_sub(1)?)?;
        (self.tokens[k].end == pos).then_some(k)
    }

    /// Does a token boundary fall at `pos`? (Start and end of text count.)
    pub fn is_boundary(&self, pos: usize) -> bool {
        if pos == 0 || pos >= self.chars.len() {
            return true;
        }
        match self.token_at(pos) {
            Some(i) => self.tokens[i].start == pos,
            None => true,
        }
    }
}

/// The tagged tokens of `text` (already normalised), exactly those of
/// [`Doc::new`], without the rest of a `Doc`: for what reads only the words
/// (`aggregate::words` in the page's words worker).
pub fn tokens<'a>(jieba: &'a Jieba, text: &'a str, hmm: bool) -> Vec<Token<'a>> {
    tag_tokens(jieba, text, hmm).0
}

/// `chars` as a String, allocated once at its size: collecting chars grows a
/// String step by step, which was most of the cost of making facts' texts.
pub fn string_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// Tags the text line by line: per-line calls keep jieba's buffers small and
/// are faster than one call over a whole long text.
/// Also returns the starts of the Han words jieba's HMM made up.
fn tag_tokens<'a>(jieba: &'a Jieba, text: &'a str, hmm: bool) -> (Vec<Token<'a>>, Vec<usize>) {
    let mut part = Tagged {
        tokens: Vec::with_capacity(text.len() / 4),
        guessed: Vec::new(),
    };
    part.tag_lines(jieba, text, (0, 0), text.len(), hmm);
    part.finish(text)
}

/// Tokens of some of a text's lines, their numbers not yet merged (a
/// number never spans lines, so parts tagged apart merge as one), and the
/// starts of the Han words jieba's HMM made up among them.
///
/// The page tags a big text on two cores: the words worker tags its second
/// half ([`halfway`] on) and sends the tokens over ([`Tagged::pack`]) while
/// the analyzer's worker tags the first; [`Doc::from_parts`] joins them.
#[derive(Debug, Default)]
pub struct Tagged<'a> {
    pub tokens: Vec<Token<'a>>,
    pub guessed: Vec<usize>,
}

impl<'a> Tagged<'a> {
    /// Tags the lines of `text` from `from` (a line start, as (byte, char)
    /// offsets) to byte `to` (a line start or the end), appending them.
    pub fn tag_lines(
        &mut self,
        jieba: &'a Jieba,
        text: &'a str,
        from: (usize, usize),
        to: usize,
        hmm: bool,
    ) {
        let (tokens, guessed) = (&mut self.tokens, &mut self.guessed);
        let mut char_base = from.1;
        for line in text[from.0..to].split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            if !body.trim().is_empty() {
                let mut piece_base = char_base;
                let mut pieces = day_pieces(body).peekable();
                while let Some(piece) = pieces.next() {
                    for t in jieba.tag(piece, hmm) {
                        let tag = if t.tag == "x" {
                            unknown_word_tag(jieba, t.word)
                        } else {
                            t.tag
                        };
                        // `unknown_word_tag` keeps `x` for all but Han words.
                        if t.tag == "x" && tag != "x" {
                            guessed.push(piece_base + t.start);
                        }
                        tokens.push(Token {
                            word: t.word,
                            tag,
                            start: piece_base + t.start,
                            end: piece_base + t.end,
                        });
                    }
                    // Counted only when another piece follows: most lines are
                    // one piece, already counted below.
                    if pieces.peek().is_some() {
                        piece_base += piece.chars().count();
                    }
                }
            }
            char_base += line.chars().count();
        }
    }

    /// The tokens of `text`, these being all its lines', numbers merged,
    /// and the guessed words' starts: what [`Doc::new`] reads.
    pub fn finish(self, text: &'a str) -> (Vec<Token<'a>>, Vec<usize>) {
        let Tagged {
            mut tokens,
            guessed,
        } = self;
        // Merged numbers start at digits, never at a guessed word: the
        // starts stay true.
        merge_numbers(text, &mut tokens);
        (tokens, guessed)
    }

    /// These tokens as numbers, to cross between workers:
    /// `[n, (start, end, tag) × n, guessed...]`, offsets in chars of the
    /// whole text, each tag by its index in `tags`. `None` if a tag is not
    /// there (the receiver then tags these lines itself).
    pub fn pack(&self, tags: &TagTable) -> Option<Vec<u32>> {
        let mut out = Vec::with_capacity(1 + 3 * self.tokens.len() + self.guessed.len());
        out.push(u32::try_from(self.tokens.len()).ok()?);
        for t in &self.tokens {
            out.extend([
                u32::try_from(t.start).ok()?,
                u32::try_from(t.end).ok()?,
                tags.id(t.tag)?,
            ]);
        }
        for &g in &self.guessed {
            out.push(u32::try_from(g).ok()?);
        }
        Some(out)
    }

    /// Appends the tokens of `packed` ([`Self::pack`]), the tagging of
    /// `text` from `from` ((byte, char) offsets) on, made by another
    /// analyzer over the same text. Checks every token lies on the text in
    /// order, from `from` on, and names a tag of `tags`; `false` (and
    /// nothing appended) if one does not.
    pub fn unpack(
        &mut self,
        text: &'a str,
        from: (usize, usize),
        packed: &[u32],
        tags: &'a TagTable,
    ) -> bool {
        let Some((&n, rest)) = packed.split_first() else {
            return false;
        };
        let Some((triples, guessed)) = (n as usize)
            .checked_mul(3)
            .and_then(|len| rest.split_at_checked(len))
        else {
            return false;
        };
        let (tokens_before, guessed_before) = (self.tokens.len(), self.guessed.len());
        // One walk along the text, from char offsets to byte offsets.
        let mut chars = text[from.0..].chars();
        let (mut at_char, mut at_byte) = (from.1, from.0);
        let mut byte_of = |c: usize| -> Option<usize> {
            if c < at_char {
                return None;
            }
            while at_char < c {
                at_byte += chars.next()?.len_utf8();
                at_char += 1;
            }
            Some(at_byte)
        };
        let mut ok = true;
        for t in triples.chunks_exact(3) {
            let (start, end) = (t[0] as usize, t[1] as usize);
            let (Some(tag), true) = (tags.name(t[2]), start < end) else {
                ok = false;
                break;
            };
            let (Some(b0), Some(b1)) = (byte_of(start), byte_of(end)) else {
                ok = false;
                break;
            };
            self.tokens.push(Token {
                word: &text[b0..b1],
                tag,
                start,
                end,
            });
        }
        if ok {
            self.guessed.extend(guessed.iter().map(|&g| g as usize));
        } else {
            self.tokens.truncate(tokens_before);
            self.guessed.truncate(guessed_before);
        }
        ok
    }
}

/// Where a text is cut in two to be tagged on two cores: the start of the
/// first line at or after its middle byte, as (byte, char) offsets; `None`
/// if no line starts there.
pub fn halfway(text: &str) -> Option<(usize, usize)> {
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    let at = mid + text[mid..].find('\n')? + 1;
    (at < text.len()).then(|| (at, text[..at].chars().count()))
}

/// Every tag a token can have (jieba's dictionary's, and those
/// `unknown_word_tag`, `merge_numbers`, jieba itself and the user
/// dictionary give), numbered, for tokens crossing between workers.
#[derive(Debug, Default)]
pub struct TagTable {
    names: Vec<String>,
    ids: rustc_hash::FxHashMap<String, u32>,
}

impl TagTable {
    /// The table of `dictionary_tags` and the tags made elsewhere.
    pub fn new<'t>(dictionary_tags: impl IntoIterator<Item = &'t str>) -> TagTable {
        let mut table = TagTable::default();
        let made_here = ["x", "n", "nr", "nrt", "ns", "nt", "m", "eng"];
        for tag in dictionary_tags.into_iter().chain(made_here) {
            if !table.ids.contains_key(tag) {
                table.ids.insert(tag.to_string(), table.names.len() as u32);
                table.names.push(tag.to_string());
            }
        }
        table
    }

    pub fn id(&self, tag: &str) -> Option<u32> {
        self.ids.get(tag).copied()
    }

    pub fn name(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).map(String::as_str)
    }
}

/// `line` cut before each day written the Taiwanese way, 今（13）日 (also
/// 昨, 明): jieba's HMM glues the 今 to the name before it otherwise
/// (卓荣|泰今|（, 陈其|迈今), and the person is lost. A line without the
/// full-width bracket is one piece, found by one search.
fn day_pieces(line: &str) -> impl Iterator<Item = &str> {
    let mut cuts = Vec::new();
    if line.contains('（') {
        for (at, _) in line.match_indices('（') {
            let Some(day) = line[..at].chars().next_back() else {
                continue;
            };
            let after = &line[at + '（'.len_utf8()..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            let cut = at - day.len_utf8();
            if matches!(day, '今' | '昨' | '明')
                && (1..=2).contains(&digits)
                && after[digits..].starts_with("）日")
                && cut > 0
            {
                cuts.push(cut);
            }
        }
    }
    let mut from = 0;
    cuts.into_iter().chain([line.len()]).map(move |cut| {
        let piece = &line[from..cut];
        from = cut;
        piece
    })
}

/// The tag of a Han word jieba found with its HMM but has no entry for
/// (jieba-rs tags those `x` without its POS guesser). jieba-rs's guesser is a
/// 256-state HMM: 0.78 MB of the page's wasm and 100 ms to load on the first
/// analysis. Three rules do nearly as well for what the extractors read
/// (MSRA entity F1 .805 → .803, seeds facts unchanged): two or three
/// characters after a surname are a name (nr); a word of transliteration
/// characters is a foreign name (nrt); otherwise the word takes the
/// tag of its last character, which carries Chinese words' class (领着 is
/// verbal like 着, 水务局 nominal like 局).
fn unknown_word_tag<'j>(jieba: &'j Jieba, word: &'j str) -> &'j str {
    if !word.chars().all(crate::script::is_han) {
        return "x";
    }
    let mut chars = word.char_indices();
    let first = chars.next().map(|(_, c)| c);
    let (last, len) = chars.fold((0, 1), |(_, n), (i, _)| (i, n + 1));
    if (2..=3).contains(&len) && first.is_some_and(crate::extract::person::is_single_surname) {
        return "nr";
    }
    // 斯捷|帕申: pieces of a transliterated foreign name.
    if len >= 2 && word.chars().all(crate::extract::person::is_translit) {
        return "nrt";
    }
    match jieba.tag(&word[last..], false).first().map(|t| t.tag) {
        Some(tag) if tag != "x" && !tag.is_empty() => tag,
        _ => "n",
    }
}

/// jieba splits decimals and percentages apart (`4`, `.`, `55`; `23.4`, `%`);
/// the number layer joins them back so `4.55` and `23.4%` are one token.
fn merge_numbers<'a>(text: &'a str, tokens: &mut Vec<Token<'a>>) {
    fn numeric(w: &str) -> bool {
        !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
    }
    // Words are slices of `text`: their byte offsets are where they point
    // (so tokens need not carry them, 16 bytes each on a long text's million).
    let byte_start = |w: &str| {
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        debug_assert!(
            text.get(at..at + w.len()) == Some(w),
            "a word outside the text"
        );
        at
    };
    // Compacted in place: `kept` tokens are final, `i` is the next to read
    // (never behind `kept`), so no second vector of every token is built.
    let mut kept = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // digits '.' digits
        if numeric(t.word)
            && i + 2 < tokens.len()
            && tokens[i + 1].word == "."
            && numeric(tokens[i + 2].word)
            && tokens[i + 1].start == t.end
            && tokens[i + 2].start == tokens[i + 1].end
        {
            let last = tokens[i + 2];
            tokens[kept] = Token {
                word: &text[byte_start(t.word)..byte_start(last.word) + last.word.len()],
                tag: "m",
                start: t.start,
                end: last.end,
            };
            i += 3;
        } else {
            tokens[kept] = t;
            i += 1;
        }
        kept += 1;
    }
    tokens.truncate(kept);
}

/// Paragraphs are the non-blank lines (LF, CRLF or CR), trimmed of the
/// ideographic spaces Chinese text indents with.
pub fn split_paragraphs(chars: &[char]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let n = chars.len();
    let push = |s: usize, e: usize, spans: &mut Vec<Span>| {
        let mut s = s;
        let mut e = e;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if s < e {
            spans.push(Span { start: s, end: e });
        }
    };
    while i < n {
        if chars[i] == '\n' || chars[i] == '\r' {
            push(start, i, &mut spans);
            start = i + 1;
        }
        i += 1;
    }
    push(start, n, &mut spans);
    spans
}

/// Sentences end after 。！？!?；… (and any closing quotes or brackets that
/// follow), and at paragraph ends. Long sentences without any terminator are
/// cut at 500 characters so a sentence is always something one can read.
pub fn split_sentences(chars: &[char], paragraphs: &[Span]) -> Vec<Span> {
    const MAX: usize = 500;
    let mut spans = Vec::new();
    for p in paragraphs {
        let mut start = p.start;
        let mut i = p.start;
        while i < p.end {
            let c = chars[i];
            let mut end = None;
            if matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | '…') {
                let mut j = i + 1;
                while j < p.end && matches!(chars[j], '。' | '！' | '？' | '!' | '?' | '…') {
                    j += 1;
                }
                while j < p.end && matches!(chars[j], '”' | '’' | '」' | '』' | '）' | ')' | '"')
                {
                    j += 1;
                }
                end = Some(j);
            } else if i + 1 - start >= MAX {
                end = Some(i + 1);
            }
            if let Some(e) = end {
                spans.push(Span { start, end: e });
                start = e;
                i = e;
            } else {
                i += 1;
            }
        }
        if start < p.end {
            spans.push(Span { start, end: p.end });
        }
    }
    if spans.is_empty() {
        spans.push(Span {
            start: 0,
            end: chars.len(),
        });
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn table() -> TagTable {
        TagTable::new(["v", "n", "uj"])
    }

    #[test]
    fn halfway_is_the_first_line_start_past_the_middle() {
        let text = "一二三\n四五\n六七八九十\n";
        let (byte, char) = halfway(text).unwrap();
        assert_eq!(&text[byte..], "六七八九十\n");
        assert_eq!(char, 7);
        // No line starts after the middle: not cut.
        assert_eq!(halfway("一行文字\n"), None);
        assert_eq!(halfway("一二\n三四五六七八九十"), None);
        assert_eq!(halfway(""), None);
    }

    #[test]
    fn tagged_lines_cross_packed_and_come_back_the_same() {
        let jieba = crate::test_jieba();
        let text = "截至3月8日，复工率达到99.9％。\n\n今（13）日，陈小明在Apple说：“赶工。”\n隨著訂單增加，工厂复工。\n";
        let half = halfway(text).unwrap();
        let tags = TagTable::new(crate::dictionary::Dictionary::embedded().tags());
        let mut second = Tagged::default();
        second.tag_lines(jieba, text, half, text.len(), true);
        assert!(
            second.tokens.len() > 5 && !second.guessed.is_empty(),
            "{second:?}"
        );
        let packed = second.pack(&tags).unwrap();
        let mut back = Tagged::default();
        assert!(back.unpack(text, half, &packed, &tags));
        assert_eq!(back.tokens, second.tokens);
        assert_eq!(back.guessed, second.guessed);
        // Both halves joined are the whole text's tokens.
        let mut all = Tagged::default();
        all.tag_lines(jieba, text, (0, 0), half.0, true);
        assert!(all.unpack(text, half, &packed, &tags));
        let joined = Doc::from_parts(jieba, text, all);
        let whole = Doc::new(jieba, text, true);
        assert_eq!(joined.tokens, whole.tokens);
        assert_eq!(joined.token_of, whole.token_of);
    }

    #[test]
    fn a_packed_half_that_does_not_fit_the_text_is_refused() {
        let text = "复工复工。\n工厂复工";
        let half = halfway(text).unwrap();
        let tags = table();
        let n = tags.id("n").unwrap();
        let v = tags.id("v").unwrap();
        // 工厂|复工 after the line break (chars 6..8, 8..10).
        let good = [2, 6, 8, n, 8, 10, v];
        let mut t = Tagged::default();
        assert!(t.unpack(text, half, &good, &tags));
        assert_eq!(
            t.tokens.iter().map(|t| t.word).collect::<Vec<_>>(),
            ["工厂", "复工"]
        );
        let bad: [&[u32]; 8] = [
            &[u32::MAX, 6, 8, n],     // a count past any length
            &[],                      // not even a count
            &[3, 6, 8, n, 8, 10, v],  // fewer tokens than counted
            &[2, 8, 10, n, 6, 8, v],  // out of order
            &[2, 5, 8, n, 8, 10, v],  // before the half
            &[2, 6, 8, n, 8, 11, v],  // past the end
            &[2, 6, 8, 99, 8, 10, v], // no such tag
            &[2, 6, 6, n, 6, 10, v],  // empty
        ];
        for packed in bad {
            let mut t = Tagged::default();
            t.tokens.push(Token {
                word: "复工",
                tag: "v",
                start: 0,
                end: 2,
            });
            assert!(!t.unpack(text, half, packed, &tags), "{packed:?}");
            assert_eq!(t.tokens.len(), 1, "nothing appended: {packed:?}");
        }
        // A tag the table lacks: not packed, so tagged where it is needed.
        let odd = Tagged {
            tokens: vec![Token {
                word: "复工",
                tag: "zz",
                start: 0,
                end: 2,
            }],
            guessed: vec![],
        };
        assert_eq!(odd.pack(&tags), None);
    }

    #[test]
    fn sentences_keep_closing_quotes() {
        let c = chars("他说：“好！”我们走。\r\n第二段？没有结尾");
        let p = split_paragraphs(&c);
        assert_eq!(p.len(), 2);
        let s = split_sentences(&c, &p);
        let texts: Vec<String> = s
            .iter()
            .map(|s| c[s.start..s.end].iter().collect())
            .collect();
        assert_eq!(texts, ["他说：“好！”", "我们走。", "第二段？", "没有结尾"]);
    }

    #[test]
    fn paragraphs_trim_ideographic_indent_and_handle_cr() {
        let c = chars("　　甲。\r乙\n\n　　丙");
        let p = split_paragraphs(&c);
        let texts: Vec<String> = p
            .iter()
            .map(|s| c[s.start..s.end].iter().collect())
            .collect();
        assert_eq!(texts, ["甲。", "乙", "丙"]);
    }

    #[test]
    fn string_of_is_the_chars_collected() {
        for s in ["", "a", "复工率９９.９％", "𠮷野家\r\n１３０万只"] {
            let c = chars(s);
            let made = string_of(&c);
            assert_eq!(made, s);
            assert_eq!(made.capacity(), s.len(), "sized once, exactly");
        }
    }

    #[test]
    fn fast_alphanumeric_agrees_with_std() {
        for c in ('\0'..='\u{2ffff}').chain(['\u{e0001}', '\u{10ffff}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn a_taiwanese_day_starts_a_word() {
        // Without the cut jieba's HMM reads 卓荣|泰今 and 陈其|迈今.
        let jieba = crate::test_jieba();
        let text = "行政院长卓荣泰今（13）日表示，陈其迈昨（9）日视察，今（5）日开始。今天（5日）";
        let doc = Doc::new(jieba, text, true);
        let words: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| doc.slice(t.start, t.end))
            .collect();
        for name in ["卓荣泰", "陈其迈"] {
            let start = text[..text.find(name).unwrap()].chars().count();
            assert!(doc.is_boundary(start + 3), "{name}: {words:?}");
        }
        let pieces: Vec<&str> = day_pieces(text).collect();
        assert_eq!(
            pieces,
            [
                "行政院长卓荣泰",
                "今（13）日表示，陈其迈",
                "昨（9）日视察，",
                "今（5）日开始。今天（5日）"
            ]
        );
        assert_eq!(day_pieces("没有括号").collect::<Vec<_>>(), ["没有括号"]);
    }

    #[test]
    fn tokens_are_char_offsets_and_numbers_merge() {
        let jieba = crate::test_jieba();
        let text = "𠮷野\n增长4.55倍，复工率23.4%";
        let doc = Doc::new(jieba, text, true);
        for t in &doc.tokens {
            assert!(t.start < t.end && t.end <= doc.chars.len());
        }
        let words: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| doc.slice(t.start, t.end))
            .collect();
        assert!(words.contains(&"4.55".to_string()), "{words:?}");
        assert!(words.iter().any(|w| w.starts_with("23.4")), "{words:?}");
        // The token after the line break starts at char 3 (𠮷 is one char).
        assert_eq!(doc.tokens.iter().find(|t| t.start >= 2).unwrap().start, 3);
        // token_at agrees with a binary search over the tokens.
        for pos in 0..doc.chars.len() + 2 {
            let i = doc.tokens.partition_point(|t| t.end <= pos);
            let want = (i < doc.tokens.len() && doc.tokens[i].start <= pos).then_some(i);
            assert_eq!(doc.token_at(pos), want, "{pos}");
        }
    }
}
