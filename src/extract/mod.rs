//! Extract: facts from a segmented [`Doc`], one module per kind.
//!
//! Numbers, dates and percentages are read on the characters (jieba splits
//! `4.55` and `二十七点三` apart); entities combine characters, tokens and
//! lexicons. The order matters and is fixed here: numeric facts first, then
//! places (the gazetteer), organisations (which may contain places), people
//! (whose titles may contain organisations), and quotes (whose speakers are
//! people).

pub(crate) mod charset;
pub mod date;
pub mod number;
pub mod org;
pub mod percent;
pub mod person;
pub mod place;
pub mod quantity;
pub mod quote;
mod spans;
pub mod wordset;

use crate::gazetteer::Gazetteer;
use crate::report::{Fact, Kind};
use crate::segment::Doc;
use crate::userdict::UserDict;

/// Everything the extractors look up, built once per [`crate::Analyzer`].
pub struct Lexicons {
    pub gazetteer: Gazetteer,
    pub person: person::Lexicon,
    pub org: org::Lexicon,
}

impl Lexicons {
    pub fn load() -> Lexicons {
        Lexicons {
            gazetteer: Gazetteer::load(),
            person: person::Lexicon::load(),
            org: org::Lexicon::load(),
        }
    }
}

/// All facts of `doc`, sorted by position; `text` and `sentence` are left
/// for the caller to fill from the original text.
/// `abbreviated_places`: keep one-char abbreviations (中|美, 访|华) as place
/// facts (`Options::abbreviated_places`); extraction uses them either way.
pub fn extract_all(
    doc: &Doc,
    lex: &Lexicons,
    user: &UserDict,
    abbreviated_places: bool,
) -> Vec<Fact> {
    let dates = date::extract(doc);
    // A reign's name is no place in its year (咸丰, a county, in 咸丰三年).
    let date_spans: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
    let percents = percent::extract(doc);
    let mut numeric: Vec<Fact> = dates.into_iter().chain(percents).collect();
    let quantities = quantity::extract(doc, &numeric);
    numeric.extend(quantities);

    let mut places = place::extract(doc, &lex.gazetteer);
    places.retain(|p| {
        let from = date_spans.partition_point(|&(_, end)| end <= p.start);
        !date_spans[from..]
            .iter()
            .take_while(|&&(start, _)| start < p.end)
            .any(|&(start, end)| start <= p.start && p.end <= end)
    });
    // A storm's name holds no place, body or person (桦加沙 is no 加沙).
    let storms = storm_names(&doc.chars);
    let in_storm = |f: &Fact| storms.iter().any(|&(s, e)| f.start < e && s < f.end);
    if !storms.is_empty() {
        places.retain(|p| !in_storm(p));
    }
    let mut orgs = org::extract(doc, &lex.org, &places);
    let mut persons = person::extract(doc, &lex.person, &places, &orgs);
    if !storms.is_empty() {
        orgs.retain(|o| !in_storm(o));
        persons.retain(|p| !in_storm(p));
    }
    let quotes = quote::extract(doc, &persons);
    if !abbreviated_places {
        // The gazetteer's names have two chars or more: a one-char place is
        // an abbreviation. Dropped only here, after the names it helped find
        // (俄|总统 → the name after the role), and before the user's own
        // words, which may be one char.
        places.retain(|p| p.end - p.start > 1);
    }
    // A place inside a longer person's name is part of the name (尼玛, a
    // county, in 尼玛次仁), and one a name begins inside is cut by it
    // (外|长沙|伦赛: the role 外长, then 沙伦赛).
    places.retain(|p| {
        let from = persons.partition_point(|q| q.end <= p.start);
        !persons[from..]
            .iter()
            .take_while(|q| q.start < p.end)
            .any(|q| {
                (q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start)
                    || (p.start < q.start && p.end < q.end)
            })
    });
    // A number in a division's or a known place's name is no count of
    // anything (三元朱村, a village: not 3 元): quantities inside a longer
    // place go (one the place's span only equals is left to both).
    let named = spans::Spans::from_pairs(
        places
            .iter()
            .filter(|p| p.region.is_some())
            .map(|p| (p.start, p.end)),
    );
    numeric.retain(|q| {
        let inside_longer = (q.start > 0 && named.covers(q.start - 1, q.end))
            || named.end_from(q.start).is_some_and(|end| end > q.end);
        q.kind != Kind::Quantity || !inside_longer
    });

    let mut facts = numeric;
    facts.extend(places);
    facts.extend(orgs);
    facts.extend(persons);
    facts.extend(quotes);
    // The user's own entities win over the extractors' guesses that overlap them.
    let mut users = user.find(&doc.chars);
    if !users.is_empty() {
        // They never overlap one another (userdict::find): sorted by start,
        // their ends rise too, so the ones overlapping a fact are a run found
        // by binary search (a scan of them all for every fact made a long
        // text with a frequent user word quadratic).
        users.sort_unstable_by_key(|u| u.start);
        let overlapping = |start: usize, end: usize| {
            let from = users.partition_point(|u| u.end <= start);
            users[from..].iter().take_while(move |u| u.start < end)
        };
        facts.retain(|f| {
            !f.kind.is_entity()
                || !overlapping(f.start, f.end).any(|u| (u.start, u.end) != (f.start, f.end))
        });
        facts.retain(|f| {
            !overlapping(f.start, f.end)
                .any(|u| (u.start, u.end, u.kind) == (f.start, f.end, f.kind))
        });
        facts.extend(users);
    }
    facts.retain(|f| f.start < f.end && f.end <= doc.chars.len());
    facts.sort_by_key(|f| (f.start, f.end, f.kind));
    facts.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.kind == b.kind);
    facts
}

/// Words that name a storm just before its name in quotation marks.
const STORMS: [&str; 5] = ["台风", "飓风", "热带风暴", "热带气旋", "气旋"];

/// Every occurrence of a storm's name the text gives in quotation marks
/// after the word for the storm (台风“桦加沙”, 颱風「山陀兒」), marks or
/// not: the name is the storm's wherever it recurs. Sorted by start.
fn storm_names(chars: &[char]) -> Vec<(usize, usize)> {
    let mut names: Vec<&[char]> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '“' | '「') {
            continue;
        }
        let named = STORMS.iter().any(|w| {
            let l = w.chars().count();
            i >= l && w.chars().eq(chars[i - l..i].iter().copied())
        });
        let close = if c == '“' { '”' } else { '」' };
        let Some(len) = chars[i + 1..].iter().take(8).position(|&x| x == close) else {
            continue;
        };
        let name = &chars[i + 1..i + 1 + len];
        if named && (2..=6).contains(&len) && name.iter().all(|&x| crate::script::is_han(x)) {
            names.push(name);
        }
    }
    let mut spans = Vec::new();
    for name in names {
        let mut k = 0;
        while k + name.len() <= chars.len() {
            if chars[k..k + name.len()] == *name {
                spans.push((k, k + name.len()));
                k += name.len();
            } else {
                k += 1;
            }
        }
    }
    spans.sort_unstable();
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;

    /// The text of every fact [`extract_all`] finds in `text` that `keep`
    /// keeps.
    fn found(text: &str, keep: impl Fn(&Fact) -> bool) -> Vec<String> {
        let doc = Doc::new(crate::test_jieba(), text, true);
        extract_all(&doc, &Lexicons::load(), &UserDict::default(), false)
            .iter()
            .filter(|f| keep(f))
            .map(|f| doc.slice(f.start, f.end))
            .collect()
    }

    /// A place a person's name begins inside is cut by the name; a place
    /// inside a longer name is part of it.
    #[test]
    fn names_win_over_places_they_overlap() {
        let text = "老挝外长沙伦赛出席。长沙今天下雨。";
        assert_eq!(found(text, |f| f.kind == Kind::Person), ["沙伦赛"]);
        assert_eq!(found(text, |f| f.kind == Kind::Place), ["老挝", "长沙"]);
    }

    /// A number in a place's name counts nothing (三元朱村 is a village,
    /// not 3 元); one before it still counts.
    #[test]
    fn numbers_in_place_names_are_no_counts() {
        let text = "山东省寿光市孙家集街道三元朱村的大棚。全村有三元钱。";
        assert_eq!(found(text, |f| f.kind == Kind::Quantity), ["三元"]);
        let got = found(text, |f| f.kind == Kind::Place);
        assert!(got.contains(&"三元朱村".to_string()), "{got:?}");
    }

    /// A place word jieba tags s (东方 "the East") is no county's short
    /// name, though the county is named in full.
    #[test]
    fn place_words_are_no_short_names() {
        let got = found(
            "海南省东方市位于海南岛西部。她总算到了东方，离那个大国近了许多。",
            |f| f.kind == Kind::Place,
        );
        assert_eq!(got, ["海南省", "东方市", "海南岛"]);
    }

    /// A mountain jieba knows as one place word is that mountain, not the
    /// county its first chars name (凤凰山, not 凤凰县).
    #[test]
    fn mountains_named_like_counties() {
        let got = found(
            "延安凤凰山下有座小院，桐柏山腹地交通不便。",
            |f| f.kind == Kind::Place,
        );
        assert_eq!(got, ["延安", "凤凰山", "桐柏山"]);
    }

    /// A storm's name holds no place, wherever it recurs.
    #[test]
    fn storm_names_hold_no_places() {
        let text = "台风“桦加沙”逼近，桦加沙中心附近风力17级。加沙地带停火。";
        assert_eq!(found(text, |f| f.kind.is_entity()), ["加沙地带"]);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(storm_names(&chars), [(3, 6), (10, 13)]);
    }

    /// A place's name inside a date is the date's (咸丰, a county, is an
    /// era in 咸丰三年).
    #[test]
    fn dates_win_over_places_inside_them() {
        let text = "咸丰三年，他去了咸丰县。";
        assert_eq!(found(text, |f| f.kind == Kind::Place), ["咸丰县"]);
    }
}
