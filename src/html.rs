//! HTML → text for `.html`/`.htm` inputs: tags out, line breaks where blocks
//! end, `script`/`style`/comments dropped, the common entities decoded. A
//! small tolerant scanner, not a parser: enough for a saved news page.
//! Offsets of facts then count characters of this text (the `text` the
//! report carries), not of the HTML source.

/// Is `name` an HTML file by its extension?
pub fn is_html_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml")
}

/// Tags after which the text goes on in a new line.
const BLOCKS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "title",
    "section",
    "article",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "hr",
    "header",
    "footer",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "main",
    "aside",
    "nav",
];

/// The text of an HTML document.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    // Once no '>' is left, none will be: remember it (else "<a<a<a…" is quadratic).
    let mut no_gt = false;
    while let Some(lt) = rest.find(['<', '&']) {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with('&') {
            let (text, used) = entity(rest);
            out.push_str(&text);
            rest = &rest[used..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let opens_tag = rest[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        let gt = if opens_tag && !no_gt {
            rest.find('>')
        } else {
            None
        };
        no_gt |= opens_tag && gt.is_none();
        let Some(gt) = gt else {
            // A '<' that opens no tag (1 < 2) is text.
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            // Skip to the closing tag, whatever is inside.
            let close = rest.match_indices("</").find(|&(i, _)| {
                rest.as_bytes()[i + 2..]
                    .get(..name.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            });
            rest = close.map_or("", |(e, _)| {
                let after = &rest[e..];
                after.find('>').map_or("", |g| &after[g + 1..])
            });
            continue;
        }
        if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    out.push_str(rest);
    out
}

/// The text of the entity at the start of `s` and the bytes it used; an
/// unknown or broken entity is a literal '&'.
fn entity(s: &str) -> (String, usize) {
    // Bytes, not a str slice: byte 12 may fall inside a character.
    let Some(semi) = s.as_bytes()[..s.len().min(12)]
        .iter()
        .position(|&b| b == b';')
    else {
        return ("&".into(), 1);
    };
    let body = &s[1..semi];
    let c = match body {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "lsquo" => Some('‘'),
        "rsquo" => Some('’'),
        "mdash" => Some('—'),
        "ndash" => Some('–'),
        "hellip" => Some('…'),
        "middot" => Some('·'),
        _ => body
            .strip_prefix("#x")
            .or_else(|| body.strip_prefix("#X"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| body.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32)
            .filter(|&c| c != '\0'),
    };
    match c {
        Some(c) => (c.to_string(), semi + 1),
        None => ("&".into(), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_keeps_text() {
        let html = "<!DOCTYPE html><html><head><title>复工</title><style>p{color:red}</style>\
                    <script>var a = '<p>不要</p>';</script></head><body><!-- 注释 -->\
                    <p>全省复工率达到<b>99.9%</b>&nbsp;&amp;&#x4E2D;&#25991;</p><div>金政说：&ldquo;好&rdquo;</div>\
                    1 < 2 &unknown; &</body></html>";
        assert_eq!(
            to_text(html),
            "复工\n全省复工率达到99.9% &中文\n金政说：“好”\n1 < 2 &unknown; &"
        );
        assert!(is_html_name("a/B.HTM") && !is_html_name("a.txt"));
    }

    #[test]
    fn broken_html_never_panics() {
        for s in [
            "<",
            "<!--",
            "<script",
            "<script>",
            "&#xFFFFFFFF;",
            "&#0;",
            "&#;",
            "<p",
            "中<文>",
            "&中文中文中文;",
            "&#x中;",
            "<script></scrip",
            "</script>",
        ] {
            to_text(s);
        }
        // Linear on a pathological input.
        let many = "<a".repeat(200_000);
        assert_eq!(to_text(&many), many);
    }
}
