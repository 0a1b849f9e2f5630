//! 文析 wenxi: a Chinese text analyzer.
//!
//! The data flows one way, and the modules follow it:
//!
//! ```text
//! bytes ─ decode ─ script ─ segment ─ extract ─ aggregate ─ report
//! ```
//!
//! [`Analyzer`] is built once (dictionary, gazetteer, lexicons) and then
//! analyses any number of documents; the CLI and the wasm page call the same
//! [`Analyzer::analyze`].
//!
//! ```
//! let analyzer = wenxi::Analyzer::new();
//! let report = analyzer.analyze(&[wenxi::Input::new("a.txt", "截至3月8日，复工率99.9％。".as_bytes())]);
//! let doc = &report.documents[0];
//! assert_eq!(doc.encoding, "UTF-8");
//! assert!(doc.facts.iter().all(|f| f.text.chars().count() == f.end - f.start));
//! ```

pub mod aggregate;
pub mod decode;
pub mod dictionary;
pub mod explore;
pub mod extract;
pub mod gazetteer;
pub mod html;
pub mod report;
pub mod respell;
pub mod script;
pub mod segment;
pub mod stopwords;
pub mod userdict;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use jieba_rs::Jieba;

pub use aggregate::WordAggregates;
pub use report::{DocReport, Fact, Kind, Report};

/// One input file: a name and its bytes, with an optional encoding label
/// that overrides detection.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub name: String,
    pub bytes: &'a [u8],
    pub encoding: Option<String>,
}

impl<'a> Input<'a> {
    pub fn new(name: impl Into<String>, bytes: &'a [u8]) -> Input<'a> {
        Input {
            name: name.into(),
            bytes,
            encoding: None,
        }
    }
}

/// Settings a caller may change per analysis.
#[derive(Debug, Clone)]
pub struct Options {
    /// Words left out of frequencies and keywords.
    pub stopwords: stopwords::Stopwords,
    /// How many words and keywords to keep per document and for the corpus.
    pub top_k: usize,
    /// jieba's HMM for words not in the dictionary.
    pub hmm: bool,
    /// One-char abbreviations as places (中|美, 访|华, 中方, 俄总统): the
    /// convention of the People's Daily and MSRA NER sets. The facts
    /// contract's gold leaves them out (鲁豫, 闽浙), so reports do by default;
    /// extraction uses them either way (俄|总统 → a name after a role).
    pub abbreviated_places: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            stopwords: stopwords::Stopwords::default(),
            top_k: 50,
            hmm: true,
            abbreviated_places: false,
        }
    }
}

/// The analyzer: dictionary and lexicons, loaded once.
pub struct Analyzer {
    jieba: Jieba,
    /// Every tag a token can have, numbered: tokens tagged in one worker
    /// cross to another as numbers (`open`, `close`).
    tags: segment::TagTable,
    lexicons: extract::Lexicons,
    idf: aggregate::Idf,
    options: Options,
    user: userdict::UserDict,
}

#[cfg(feature = "embedded-dict")]
impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    /// The analyzer with the dictionary built into the binary.
    #[cfg(feature = "embedded-dict")]
    pub fn new() -> Analyzer {
        Analyzer::with_options(Options::default())
    }

    #[cfg(feature = "embedded-dict")]
    pub fn with_options(options: Options) -> Analyzer {
        Analyzer::with_dictionary(dictionary::Dictionary::embedded(), options)
    }

    /// The analyzer over a dictionary loaded by the caller (the page fetches
    /// it beside the wasm).
    pub fn with_dictionary(dict: dictionary::Dictionary, options: Options) -> Analyzer {
        Analyzer {
            tags: segment::TagTable::new(dict.tags()),
            jieba: dict.jieba(),
            lexicons: extract::Lexicons::load(),
            idf: aggregate::Idf::new(dict),
            options,
            user: userdict::UserDict::default(),
        }
    }

    /// Replaces the user dictionary. Its words join jieba's dictionary (so
    /// they segment as one word) and those with a kind become facts. jieba
    /// cannot forget a word, so removing entries rebuilds the dictionary.
    pub fn set_user_dict(&mut self, dict: userdict::UserDict) {
        let grows = self
            .user
            .entries()
            .all(|old| dict.entries().any(|new| new == old));
        if !grows {
            self.jieba = self.idf.dictionary().jieba();
        }
        for (word, kind) in dict.entries() {
            self.jieba
                .add_word(word, None, Some(userdict::UserDict::jieba_tag(kind)));
        }
        self.user = dict;
    }

    pub fn user_dict(&self) -> &userdict::UserDict {
        &self.user
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn options_mut(&mut self) -> &mut Options {
        &mut self.options
    }

    /// The jieba instance, for callers that want bare segmentation.
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }

    /// The IDF table keywords are weighted with.
    pub fn idf(&self) -> &aggregate::Idf {
        &self.idf
    }

    /// The pipeline's words of `text` (normalised for segmentation, returned
    /// in the original characters), white space left out.
    pub fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let normalised = script::normalise(text, script::detect(text));
        let seg = segment::Doc::new(&self.jieba, &normalised, self.options.hmm);
        let mut byte_of_char: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        byte_of_char.push(text.len());
        seg.tokens
            .iter()
            .map(|t| &text[byte_of_char[t.start]..byte_of_char[t.end]])
            .filter(|w| !w.trim().is_empty())
            .collect()
    }

    /// Analyses every input and aggregates over the corpus.
    pub fn analyze(&self, inputs: &[Input]) -> Report {
        let documents: Vec<DocReport> = inputs.iter().map(|i| self.analyze_one(i)).collect();
        self.aggregate(documents)
    }

    /// Corpus aggregates over documents analysed one by one (perhaps in
    /// parallel, perhaps streamed).
    pub fn aggregate(&self, mut documents: Vec<DocReport>) -> Report {
        let aggregates = aggregate::corpus(&mut documents, &self.idf, &self.options);
        Report {
            documents,
            aggregates,
        }
    }

    /// Decodes, segments and extracts one document, with its own word
    /// counts and keywords.
    pub fn analyze_one(&self, input: &Input) -> DocReport {
        let mut doc = Self::new_doc(input);
        match Self::decoded(input) {
            Ok((encoding, text)) => {
                doc.encoding = encoding.to_string();
                self.analyze_text(&text, doc, true)
            }
            Err(e) => {
                doc.error = Some(e);
                doc
            }
        }
    }

    /// The [`WordAggregates`] of one document; `None` when it cannot be
    /// decoded (its report says why).
    pub fn word_aggregates(&self, input: &Input) -> Option<WordAggregates> {
        let (_, text) = Self::decoded(input).ok()?;
        let normalised = script::normalise(&text, script::detect(&text));
        let tokens = segment::tokens(&self.jieba, &normalised, self.options.hmm);
        Some(aggregate::words(&tokens, &self.idf, &self.options))
    }

    /// [`Self::word_aggregates`] in the words worker, which tags `share` of
    /// the document's lines for the analyzer's worker: it tags them first
    /// and hands them to `send_part` (packed, [`segment::Tagged::pack`];
    /// empty when the text is not cut) for that worker's [`Self::close`],
    /// then tags the rest, and the whole makes the aggregates.
    pub fn word_aggregates_split(
        &self,
        input: &Input,
        share: Share,
        send_part: impl FnOnce(&[u32]),
    ) -> Option<WordAggregates> {
        #[cfg(feature = "test-panic")]
        if input.name.contains("__wenxi_words_panic__") {
            panic!("test-panic: deliberately failing input {}", input.name);
        }
        let Ok((_, text)) = Self::decoded(input) else {
            send_part(&[]);
            return None;
        };
        let normalised = script::normalise(&text, script::detect(&text));
        let hmm = self.options.hmm;
        let Some(cut) = share.cut(&normalised) else {
            send_part(&[]);
            let tokens = segment::tokens(&self.jieba, &normalised, hmm);
            return Some(aggregate::words(&tokens, &self.idf, &self.options));
        };
        let mut part = segment::Tagged::default();
        part.tag_lines(&self.jieba, &normalised, cut, normalised.len(), hmm);
        send_part(&part.pack(&self.tags).unwrap_or_default());
        let mut all = segment::Tagged::default();
        if cut.0 > 0 {
            all.tokens.reserve(normalised.len() / 4);
            all.tag_lines(&self.jieba, &normalised, (0, 0), cut.0, hmm);
        }
        all.tokens.append(&mut part.tokens);
        all.guessed.append(&mut part.guessed);
        let (tokens, _) = all.finish(&normalised);
        Some(aggregate::words(&tokens, &self.idf, &self.options))
    }

    /// Opens a document whose tagging is shared with the words worker
    /// ([`Self::word_aggregates_split`]): decodes and normalises it and,
    /// while that worker tags `share` of its lines, tags the lines before.
    ///
    /// ```
    /// # #[cfg(feature = "embedded-dict")] {
    /// use wenxi::{complete, Analyzer, Input, Share};
    /// let analyzer = Analyzer::new();
    /// let text = "记者王明说：“工厂已经复工。”\n截至3月8日，复工率达到99.9％。\n";
    /// let input = Input::new("a.txt", text.as_bytes());
    /// // In the words worker (here, the same thread):
    /// let mut part = Vec::new();
    /// let words = analyzer.word_aggregates_split(&input, Share::Half, |p| part = p.to_vec());
    /// // In the analyzer's worker:
    /// let open = analyzer.open(&input, Share::Half);
    /// let mut doc = analyzer.close(open, &part);
    /// complete(&mut doc, words.unwrap());
    /// assert_eq!(doc, analyzer.analyze_one(&input));
    /// # }
    /// ```
    pub fn open(&self, input: &Input, share: Share) -> OpenDoc {
        let mut doc = Self::new_doc(input);
        let (encoding, original) = match Self::decoded(input) {
            Ok(decoded) => decoded,
            Err(e) => {
                doc.error = Some(e);
                return OpenDoc { doc, text: None };
            }
        };
        doc.encoding = encoding.to_string();
        let script = script::detect(&original);
        let normalised = script::normalise(&original, script);
        let cut = share.cut(&normalised);
        let mine = cut.filter(|c| c.0 > 0).and_then(|c| {
            let mut mine = segment::Tagged::default();
            mine.tag_lines(&self.jieba, &normalised, (0, 0), c.0, self.options.hmm);
            mine.pack(&self.tags)
        });
        OpenDoc {
            doc,
            text: Some(OpenText {
                original,
                script,
                normalised,
                cut,
                mine,
            }),
        }
    }

    /// The document [`Self::open`] began, its facts extracted, without its
    /// [`WordAggregates`] ([`complete`] puts them in): `part` is the words
    /// worker's tagging of its share of the lines. A part that is not that
    /// (empty, or not of this text) is tagged here.
    pub fn close(&self, open: OpenDoc, part: &[u32]) -> DocReport {
        let OpenDoc { doc, text } = open;
        let Some(t) = text else {
            return doc;
        };
        let (hmm, text) = (self.options.hmm, t.normalised.as_str());
        let seg = match t.cut {
            Some(cut) => {
                let mut all = segment::Tagged::default();
                all.tokens.reserve(text.len() / 4);
                if cut.0 > 0
                    && !t
                        .mine
                        .is_some_and(|mine| all.unpack(text, (0, 0), &mine, &self.tags))
                {
                    all.tag_lines(&self.jieba, text, (0, 0), cut.0, hmm);
                }
                if !all.unpack(text, cut, part, &self.tags) {
                    all.tag_lines(&self.jieba, text, cut, text.len(), hmm);
                }
                segment::Doc::from_parts(&self.jieba, text, all)
            }
            None => segment::Doc::new(&self.jieba, text, hmm),
        };
        self.analyze_segmented(&t.original, t.script, seg, doc, true, false)
    }

    /// The report of `input` before anything is read from it (and, with
    /// the `test-panic` feature, the page's deliberate crash).
    fn new_doc(input: &Input) -> DocReport {
        #[cfg(feature = "test-panic")]
        if input.name.contains("__wenxi_panic__") {
            panic!("test-panic: deliberately failing input {}", input.name);
        }
        DocReport {
            name: input.name.clone(),
            ..DocReport::default()
        }
    }

    /// The text of `input` and the encoding it was decoded from (HTML
    /// reduced to its text), or why it cannot be.
    fn decoded(input: &Input) -> Result<(&'static str, String), String> {
        let decoded =
            decode::decode(input.bytes, input.encoding.as_deref()).map_err(|e| e.to_string())?;
        let text = if html::is_html_name(&input.name) {
            html::to_text(&decoded.text)
        } else {
            decoded.text
        };
        Ok((decoded.encoding, text))
    }

    /// Analyses an already decoded text (the streaming `--jsonl` mode).
    pub fn analyze_str(&self, name: &str, text: &str) -> DocReport {
        if text.len() > decode::MAX_FILE_BYTES {
            return DocReport {
                name: name.to_string(),
                error: Some(decode::DecodeError::TooLarge(text.len() as u64).to_string()),
                ..DocReport::default()
            };
        }
        let doc = DocReport {
            name: name.to_string(),
            encoding: "UTF-8".to_string(),
            ..DocReport::default()
        };
        // Streamed documents are not aggregated: no corpus part.
        self.analyze_text(text, doc, false)
    }

    /// `corpus_part`: also prepare what the document adds to the corpus
    /// aggregates, here where documents are analysed in parallel.
    fn analyze_text(&self, original: &str, doc: DocReport, corpus_part: bool) -> DocReport {
        let script = script::detect(original);
        let normalised = script::normalise(original, script);
        let seg = segment::Doc::new(&self.jieba, &normalised, self.options.hmm);
        self.analyze_segmented(original, script, seg, doc, corpus_part, true)
    }

    /// Extraction and what follows, on a document segmented (`seg`, of
    /// `original` normalised as `script`); `with_words`: also make its
    /// [`WordAggregates`] (else [`complete`] puts them in later).
    fn analyze_segmented(
        &self,
        original: &str,
        script: script::Script,
        seg: segment::Doc,
        mut doc: DocReport,
        corpus_part: bool,
        with_words: bool,
    ) -> DocReport {
        let normalised = seg.text;
        // The original's chars are the segmented text's when normalising
        // changed nothing (Simplified text without full-width forms: most
        // texts), and are collected only when it did.
        let converted_chars: Vec<char>;
        let original_chars: &[char] = if normalised == original {
            &seg.chars
        } else {
            converted_chars = original.chars().collect();
            &converted_chars
        };
        debug_assert_eq!(original_chars.len(), seg.chars.len());

        let mut facts = extract::extract_all(
            &seg,
            &self.lexicons,
            &self.user,
            self.options.abbreviated_places,
        );
        for f in &mut facts {
            f.text = segment::string_of(&original_chars[f.start..f.end]);
            f.sentence = seg.sentence_of(f.start);
        }
        let respeller = (script == script::Script::Traditional)
            .then(|| respell::Respeller::new(&seg.chars, original_chars));
        if let Some(r) = &respeller {
            // Units, objects, metrics and titles were read from the
            // normalised (Simplified) text; give them as the text writes them.
            for f in &mut facts {
                let sentence = seg
                    .sentences
                    .get(f.sentence)
                    .map_or((f.start, f.end), |s| (s.start, s.end));
                let start = f.start;
                for v in [&mut f.unit, &mut f.object, &mut f.metric, &mut f.title]
                    .into_iter()
                    .flatten()
                {
                    *v = r.near(v, sentence, start);
                }
            }
            // Speakers were named from the normalised text too; give them
            // the person's name as written, like the person facts.
            let names: std::collections::HashMap<String, String> = facts
                .iter()
                .filter(|f| f.kind == Kind::Person)
                .map(|f| (seg.slice(f.start, f.end), f.text.clone()))
                .collect();
            for f in facts.iter_mut().filter(|f| f.kind == Kind::Quote) {
                if let Some(original) = f.speaker.as_ref().and_then(|s| names.get(s)) {
                    f.speaker = Some(original.clone());
                }
            }
        }
        doc.chars = original_chars.len();
        doc.script = script.as_str().to_string();
        doc.facts = facts;
        aggregate::entity_counts(&mut doc);
        if let Some(r) = &respeller {
            // The document's words as it writes them. Its counts stay
            // normalised, so a corpus counts 復工 and 复工 as one word; the
            // corpus respells its own words (`CorpusBuilder`).
            doc.spellings = r
                .words(&seg.tokens)
                .into_iter()
                .map(|(w, s)| (w.to_string(), s))
                .collect();
            doc.spellings.sort_unstable();
        }
        if with_words {
            complete(
                &mut doc,
                aggregate::words(&seg.tokens, &self.idf, &self.options),
            );
        }
        doc.sentences = seg.sentences;
        doc.paragraphs = seg.paragraphs;
        if corpus_part {
            doc.corpus_part = Some(aggregate::CorpusPart::of(&doc, original_chars));
        }
        doc.text = Some(original.to_string());
        doc
    }
}

/// How much of a document's tagging the words worker does
/// ([`Analyzer::word_aggregates_split`], [`Analyzer::open`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// The lines from [`segment::halfway`] on: one big file on two cores.
    Half,
    /// All of them: one file of many, tagged there while the analyzer's
    /// worker extracts the facts of the one before.
    All,
}

impl Share {
    /// Where the words worker's lines begin, as (byte, char) offsets;
    /// `None`: the text is not cut (too few lines), the analyzer's worker
    /// tags it all.
    fn cut(self, text: &str) -> Option<(usize, usize)> {
        match self {
            Share::Half => segment::halfway(text),
            Share::All => Some((0, 0)),
        }
    }
}

/// A document [`Analyzer::open`] began and [`Analyzer::close`] ends.
pub struct OpenDoc {
    doc: DocReport,
    /// `None` when the document could not be decoded (`doc` says why).
    text: Option<OpenText>,
}

struct OpenText {
    original: String,
    script: script::Script,
    normalised: String,
    /// Where the words worker's lines begin ([`Share::cut`]).
    cut: Option<(usize, usize)>,
    /// The lines before, tagged here and packed (`None`: none, or they
    /// could not be packed).
    mine: Option<Vec<u32>>,
}

/// Puts a document's [`WordAggregates`] into the report
/// [`Analyzer::close`] made of it, its top words and keywords
/// spelled as a Traditional document writes them.
pub fn complete(doc: &mut DocReport, words: WordAggregates) {
    if doc.error.is_some() {
        return;
    }
    words.fill(doc);
    if !doc.spellings.is_empty() {
        let spellings = std::mem::take(&mut doc.spellings);
        let by_word: rustc_hash::FxHashMap<&str, String> = spellings
            .iter()
            .map(|(w, s)| (w.as_str(), s.clone()))
            .collect();
        aggregate::respell_keywords(doc, &by_word);
        drop(by_word);
        doc.spellings = spellings;
    }
}

/// jieba as the product builds it (the shipped dictionary, no POS guesser),
/// built once for all unit tests.
#[cfg(all(test, feature = "embedded-dict"))]
pub(crate) fn test_jieba() -> &'static Jieba {
    static JIEBA: std::sync::OnceLock<Jieba> = std::sync::OnceLock::new();
    JIEBA.get_or_init(|| dictionary::Dictionary::embedded().jieba())
}
