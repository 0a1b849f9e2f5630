//! The command line: `--dict` adds user words (segmentation and facts);
//! `--csv` prints the page's facts CSV.

use std::process::Command;

fn wenxi(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(args)
        .output()
        .expect("run wenxi");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("wenxi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path.to_string_lossy().into_owned()
}

/// (kind, text) of every person/place/org fact in `analyze --json` output.
fn entities(json: &str) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON report");
    v["documents"][0]["facts"]
        .as_array()
        .expect("facts")
        .iter()
        .filter(|f| matches!(f["kind"].as_str(), Some("person" | "place" | "org")))
        .map(|f| {
            (
                f["kind"].as_str().unwrap_or_default().to_string(),
                f["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn dict_words_become_facts_and_change_segmentation() {
    let text = "小满在栖云坞见到了卷帘社的同学，大家聊起了慢煮茶。\n";
    let doc = temp("doc.txt", text);
    let dict = temp(
        "dict.txt",
        "# a user dictionary\n小满 person\n栖云坞 地名\n卷帘社 org\n慢煮茶\n",
    );

    let before = entities(&wenxi(&["analyze", "--json", &doc]));
    let after = entities(&wenxi(&["analyze", "--json", "--dict", &dict, &doc]));
    for want in [("person", "小满"), ("place", "栖云坞"), ("org", "卷帘社")] {
        let want = (want.0.to_string(), want.1.to_string());
        assert!(
            !before.contains(&want),
            "{want:?} found without the dictionary"
        );
        assert!(after.contains(&want), "{want:?} missing: {after:?}");
    }

    // A plain word (no kind) is one word in the pipeline's segmentation.
    let cut_before = wenxi(&["cut", &doc]);
    let cut_after = wenxi(&["cut", "--dict", &dict, &doc]);
    assert!(
        !cut_before.split_whitespace().any(|w| w == "慢煮茶"),
        "{cut_before}"
    );
    assert!(
        cut_after.split_whitespace().any(|w| w == "慢煮茶"),
        "{cut_after}"
    );
}

#[test]
fn a_missing_dict_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_wenxi"))
        .args(["analyze", "--dict", "/nonexistent/dict.txt", "-"])
        .output()
        .expect("run wenxi");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dictionary"));
}

#[test]
fn csv_is_the_pages_facts_export() {
    let seeds = [
        "seeds/000_c6182d11776261c9.txt",
        "seeds/003_6235dd1ff99fab61.txt",
    ];
    let csv = wenxi(&[&["analyze", "--csv"][..], &seeds[..]].concat());
    let json = wenxi(&[&["analyze", "--json", "--text"][..], &seeds[..]].concat());
    let report: wenxi::Report = serde_json::from_str(&json).expect("a report");
    // Streamed a document at a time, the same bytes as the page's export of the whole report.
    assert_eq!(csv, wenxi::explore::csv::facts_csv(&report));
    let facts: usize = report.documents.iter().map(|d| d.facts.len()).sum();
    assert!(facts > 250, "{facts}");
    assert_eq!(csv.matches("\r\n").count(), facts + 1);
    assert!(csv.starts_with("\u{FEFF}\"document\",\"kind\",\"text\""));
    // Rows name the document as given on the command line.
    let row = csv.lines().nth(1).expect("a fact row");
    assert!(
        row.starts_with("\"seeds/000_c6182d11776261c9.txt\","),
        "{row}"
    );
}

/// The readable summary shows a day written alone with the date the text
/// gives it, its value null.
#[test]
fn the_summary_shows_a_day_alone_resolved() {
    let file = temp(
        "day-alone.txt",
        "新华社北京5月12日电 国家航天局11日宣布，飞船已着陆。\n",
    );
    let out = wenxi(&["analyze", &file]);
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("date"))
        .expect("a date line");
    assert!(line.contains("11日≈--05-11"), "{line}");
    assert!(line.contains("5月12日=\"--05-12\""), "{line}");
}
