//! What the profiling examples share: the corpus cut into documents.

/// `text`'s lines joined into documents of as many lines as the command
/// line's second argument says: by default 100, as `bench_native` cuts (news
/// articles are about that long); `0`, the whole corpus as one document, as
/// the page's bench drops it.
pub fn documents(text: &str) -> Vec<String> {
    let per_doc = match std::env::args()
        .nth(2)
        .map(|n| n.parse().expect("lines per document"))
    {
        Some(0) => usize::MAX,
        Some(n) => n,
        None => 100,
    };
    let lines: Vec<&str> = text.lines().collect();
    lines.chunks(per_doc).map(|c| c.join("\n")).collect()
}
