//! `wenxi`: the command-line front over the same library the page runs.
//! Argument parsing and output only; every decision about text is the library's.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use rayon::prelude::*;
use wenxi::aggregate::CorpusBuilder;
use wenxi::decode::{DecodeError, MAX_FILE_BYTES};
use wenxi::explore::csv;
use wenxi::report::{DocReport, Kind, Report, Value};
use wenxi::stopwords::Stopwords;
use wenxi::userdict::UserDict;
use wenxi::{Analyzer, Input, Options};

const USAGE: &str = "\
wenxi — 文析, a Chinese text analyzer

USAGE:
    wenxi analyze [OPTIONS] FILE...     analyse files (`-` reads standard input)
    wenxi analyze --jsonl [OPTIONS]     stream {\"name\",\"text\"} lines from stdin,
                                        one JSON report line per document, in order
    wenxi cut [--no-hmm] [--dict FILE] FILE
                                        print the pipeline's words, space-separated,
                                        line by line (numbers joined: 4.55, 23.4%)

OPTIONS:
    --json              print the report as JSON (the facts-schema shape plus aggregates)
    --jsonl             streaming mode (see above); bounded memory
    --text              include each document's decoded text in the JSON
    --csv               print every fact as CSV instead (the page's facts export:
                        UTF-8 with BOM, one row per fact with its sentence)
    --stopwords FILE    stopword list (one word per line) replacing the built-in one
    --dict FILE         user dictionary: `word [person|place|org|word]` per line (see README)
    --encoding LABEL    decode every file with this encoding (gbk, big5, utf-16le, …)
    --top N             words and keywords to keep (default 50)
    --no-hmm            segment without jieba's HMM for unknown words
    -j, --threads N     worker threads (default: all cores)
    -h, --help          this help
";

struct Args {
    json: bool,
    jsonl: bool,
    text: bool,
    csv: bool,
    stopwords: Option<String>,
    dict: Option<String>,
    encoding: Option<String>,
    top: Option<usize>,
    hmm: bool,
    threads: Option<usize>,
    files: Vec<String>,
    cut: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut cut = false;
    match it.next().as_deref() {
        Some("analyze") => {}
        Some("cut") => cut = true,
        Some("-h") | Some("--help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command “{other}”")),
    }
    let mut a = Args {
        json: false,
        jsonl: false,
        text: false,
        csv: false,
        stopwords: None,
        dict: None,
        encoding: None,
        top: None,
        hmm: true,
        threads: None,
        files: Vec::new(),
        cut,
    };
    let value = |it: &mut dyn Iterator<Item = String>, flag: &str| {
        it.next().ok_or(format!("{flag} needs a value"))
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => a.json = true,
            "--jsonl" => a.jsonl = true,
            "--text" => a.text = true,
            "--csv" => a.csv = true,
            "--no-hmm" => a.hmm = false,
            "--stopwords" => a.stopwords = Some(value(&mut it, "--stopwords")?),
            "--dict" => a.dict = Some(value(&mut it, "--dict")?),
            "--encoding" => a.encoding = Some(value(&mut it, "--encoding")?),
            "--top" => {
                a.top = Some(
                    value(&mut it, "--top")?
                        .parse()
                        .map_err(|_| "--top needs a number")?,
                )
            }
            "-j" | "--threads" => {
                a.threads = Some(
                    value(&mut it, "--threads")?
                        .parse()
                        .map_err(|_| "--threads needs a number")?,
                )
            }
            "-h" | "--help" => return Err(String::new()),
            "-" => a.files.push(arg),
            s if s.starts_with('-') => return Err(format!("unknown option “{s}”")),
            _ => a.files.push(arg),
        }
    }
    if let Some(label) = &a.encoding {
        // Checked once here rather than failing every file the same way.
        if let Err(e @ DecodeError::UnknownEncoding(_)) = wenxi::decode::decode(b" ", Some(label)) {
            return Err(e.to_string());
        }
    }
    if !a.jsonl && a.files.is_empty() {
        return Err("no files given".into());
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("wenxi: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .ok();
    }
    let mut options = Options {
        hmm: args.hmm,
        ..Options::default()
    };
    if let Some(n) = args.top {
        options.top_k = n;
    }
    if let Some(path) = &args.stopwords {
        match std::fs::read(path) {
            Ok(bytes) => options.stopwords = Stopwords::parse(&String::from_utf8_lossy(&bytes)),
            Err(e) => {
                eprintln!("wenxi: cannot read stopwords {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let mut analyzer = Analyzer::with_options(options);
    if let Some(path) = &args.dict {
        match std::fs::read(path) {
            Ok(bytes) => {
                analyzer.set_user_dict(UserDict::parse(&String::from_utf8_lossy(&bytes)));
            }
            Err(e) => {
                eprintln!("wenxi: cannot read dictionary {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let result = if args.cut {
        run_cut(&analyzer, &args)
    } else if args.jsonl {
        run_jsonl(&analyzer, &args)
    } else {
        run_files(&analyzer, &args)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("wenxi: {e}");
            ExitCode::from(1)
        }
    }
}

/// Files are read and analysed in parallel a batch at a time, so a corpus of
/// thousands of files never has more than two batches of texts in memory:
/// one being analysed while the one before joins the corpus aggregates.
fn run_files(analyzer: &Analyzer, args: &Args) -> io::Result<bool> {
    const BATCH: usize = 64;
    let mut builder = CorpusBuilder::default();
    let mut documents: Vec<DocReport> = Vec::with_capacity(args.files.len());
    // Not a StdoutLock: the CSV rows are written on whichever thread rayon
    // runs `add` on.
    let mut out = BufWriter::new(io::stdout());
    if args.csv {
        out.write_all(csv::header().as_bytes())?;
    }
    // Adds analysed documents to the corpus, in order; the CSV streams, each
    // document's rows written while it still has its text.
    let add = |docs: Vec<DocReport>,
               builder: &mut CorpusBuilder,
               documents: &mut Vec<DocReport>,
               out: &mut BufWriter<io::Stdout>|
     -> io::Result<()> {
        let mut rows = String::new();
        for mut doc in docs {
            if let Some(err) = &doc.error {
                eprintln!("wenxi: {}: {err}", doc.name);
            }
            builder.add(documents.len(), &mut doc);
            if args.csv {
                rows.clear();
                csv::doc_rows(&mut rows, &doc);
                out.write_all(rows.as_bytes())?;
            }
            if !args.text {
                doc.text = None;
            }
            documents.push(doc);
        }
        Ok(())
    };
    let mut analysed: Vec<DocReport> = Vec::new();
    for batch in args.files.chunks(BATCH) {
        // The batch before is added (serial) while this one is analysed,
        // so the other threads do not wait for the corpus aggregates.
        let previous = std::mem::take(&mut analysed);
        let (docs, added) = rayon::join(
            || analyse_batch(analyzer, args, batch),
            || add(previous, &mut builder, &mut documents, &mut out),
        );
        added?;
        analysed = docs;
    }
    add(analysed, &mut builder, &mut documents, &mut out)?;
    let any_ok = documents.iter().any(|d| d.error.is_none());
    let report = Report {
        documents,
        aggregates: builder.finish(analyzer.idf(), analyzer.options()),
    };
    if args.csv {
        // Written above.
    } else if args.json {
        serde_json::to_writer(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write_summary(&mut out, &report)?;
    }
    out.flush()?;
    Ok(any_ok)
}

/// The reports of a batch of files, analysed in parallel, in order.
fn analyse_batch(analyzer: &Analyzer, args: &Args, batch: &[String]) -> Vec<DocReport> {
    batch
        .par_iter()
        .map(|path| {
            let name = if path == "-" {
                "stdin".to_string()
            } else {
                path.clone()
            };
            match read_limited(path) {
                Ok(bytes) => analyzer.analyze_one(&Input {
                    name,
                    bytes: &bytes,
                    encoding: args.encoding.clone(),
                }),
                Err(e) => DocReport {
                    name,
                    error: Some(e),
                    ..DocReport::default()
                },
            }
        })
        .collect()
}

/// The bytes of a file (`-`: standard input), reading no more than one byte
/// over the size limit: the library refuses larger files with the message
/// that names the limit, and a huge file is never read into memory whole.
fn read_limited(path: &str) -> Result<Vec<u8>, String> {
    let limit = MAX_FILE_BYTES as u64 + 1;
    let cannot = |e: io::Error| format!("cannot read the file: {e}");
    let mut buf = Vec::new();
    if path == "-" {
        io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut buf)
            .map_err(cannot)?;
    } else {
        let file = std::fs::File::open(path).map_err(cannot)?;
        let size = file.metadata().map_err(cannot)?.len();
        if size > MAX_FILE_BYTES as u64 {
            return Err(DecodeError::TooLarge(size).to_string());
        }
        file.take(limit).read_to_end(&mut buf).map_err(cannot)?;
    }
    Ok(buf)
}

/// `{"name": ..., "text": ...}` per line in, one DocReport line per line out,
/// in input order, a bounded batch at a time.
fn run_jsonl(analyzer: &Analyzer, args: &Args) -> io::Result<bool> {
    const BATCH: usize = 256;
    let stdin = io::stdin();
    let mut lines = stdin.lock().lines();
    // Not a StdoutLock: the writing runs on whichever thread rayon picks.
    let mut out = BufWriter::new(io::stdout());
    let mut any_ok = false;
    let mut n = 0usize;
    // Writes a batch's report lines, in order.
    let write = |docs: Vec<DocReport>, out: &mut BufWriter<io::Stdout>| -> io::Result<bool> {
        let mut any_ok = false;
        for d in &docs {
            any_ok |= d.error.is_none();
            serde_json::to_writer(&mut *out, d)?;
            writeln!(out)?;
        }
        out.flush()?;
        Ok(any_ok)
    };
    let mut analysed: Vec<DocReport> = Vec::new();
    loop {
        let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH);
        for line in lines.by_ref() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            batch.push((n, line));
            n += 1;
            if batch.len() == BATCH {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        // The batch before is written (serial) while this one is analysed.
        let previous = std::mem::take(&mut analysed);
        let (docs, written) = rayon::join(
            || analyse_lines(analyzer, args, &batch),
            || write(previous, &mut out),
        );
        any_ok |= written?;
        analysed = docs;
    }
    any_ok |= write(analysed, &mut out)?;
    Ok(any_ok || n == 0)
}

/// The reports of a batch of `{"name", "text"}` lines (numbered), analysed
/// in parallel, in order.
fn analyse_lines(analyzer: &Analyzer, args: &Args, batch: &[(usize, String)]) -> Vec<DocReport> {
    #[derive(serde::Deserialize)]
    struct Line {
        #[serde(default)]
        name: Option<String>,
        text: String,
    }
    batch
        .par_iter()
        .map(|(i, line)| match serde_json::from_str::<Line>(line) {
            Ok(l) => {
                let name = l.name.unwrap_or_else(|| format!("line {}", i + 1));
                let mut d = analyzer.analyze_str(&name, &l.text);
                if !args.text {
                    d.text = None;
                }
                d
            }
            Err(e) => DocReport {
                name: format!("line {}", i + 1),
                error: Some(format!("not a {{\"name\", \"text\"}} JSON line: {e}")),
                ..DocReport::default()
            },
        })
        .collect()
}

/// Words of each line, in the original characters, separated by spaces.
fn run_cut(analyzer: &Analyzer, args: &Args) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in &args.files {
        let bytes = read_limited(path).map_err(|e| io::Error::other(format!("{path}: {e}")))?;
        let text = wenxi::decode::decode(&bytes, args.encoding.as_deref())
            .map_err(|e| io::Error::other(format!("{path}: {e}")))?
            .text;
        for line in text.lines() {
            let words = analyzer.words(line);
            writeln!(out, "{}", words.join(" "))?;
        }
    }
    out.flush()?;
    Ok(true)
}

fn write_summary(out: &mut impl Write, report: &Report) -> io::Result<()> {
    let docs = &report.documents;
    let chars: usize = docs.iter().map(|d| d.chars).sum();
    let words: usize = docs.iter().map(|d| d.words).sum();
    writeln!(
        out,
        "{} documents, {chars} characters, {words} words",
        docs.len()
    )?;
    for d in docs {
        match &d.error {
            Some(e) => writeln!(out, "  {}: error: {e}", d.name)?,
            None => writeln!(
                out,
                "  {}: {}, {}, {} chars, {} facts",
                d.name,
                d.encoding,
                d.script,
                d.chars,
                d.facts.len()
            )?,
        }
    }
    let kw: Vec<&str> = report
        .aggregates
        .keywords
        .tfidf
        .iter()
        .take(15)
        .map(|w| w.word.as_str())
        .collect();
    writeln!(out, "\nkeywords (TF-IDF): {}", kw.join(" "))?;
    writeln!(out, "\nfacts by kind:")?;
    for kind in Kind::ALL {
        let facts: Vec<_> = docs
            .iter()
            .flat_map(|d| &d.facts)
            .filter(|f| f.kind == kind)
            .collect();
        if facts.is_empty() {
            continue;
        }
        let mut shown: Vec<String> = Vec::new();
        for f in &facts {
            let label = match (kind, &f.value, &f.unit, &f.title, &f.speaker) {
                // A day alone: its null value, and the date the text gives it.
                (Kind::Date, Some(Value::Null), ..) if f.resolved.is_some() => {
                    format!("{}≈{}", f.text, f.resolved.as_deref().unwrap_or_default())
                }
                (Kind::Date, Some(v), ..) => format!(
                    "{}={}",
                    f.text,
                    serde_json::to_string(v).unwrap_or_default()
                ),
                (Kind::Person, _, _, Some(t), _) => format!("{}（{t}）", f.text),
                (Kind::Quote, .., Some(s)) => {
                    format!("{s}：“{}”", f.text.chars().take(12).collect::<String>())
                }
                (Kind::Quote, ..) => format!("“{}”", f.text.chars().take(12).collect::<String>()),
                _ => f.text.clone(),
            };
            if !shown.contains(&label) {
                shown.push(label);
            }
        }
        let total = shown.len();
        shown.truncate(8);
        let more = if total > 8 {
            format!(" … (+{})", total - 8)
        } else {
            String::new()
        };
        writeln!(
            out,
            "  {:<8} {:>4}  {}{more}",
            kind.as_str(),
            facts.len(),
            shown.join("  ")
        )?;
    }
    Ok(())
}
