//! Dates: `2020年3月22日上午10时59分`, `2月17日凌晨`, `3月`, relative dates.
//!
//! Values are ISO 8601 as the schema asks: `2020-03-22T10:59`, `--02-17`
//! (no year written), `--10` (month only), `1946`. Part-of-day words are
//! kept in the span but only shape the hour (`下午2点半` → 14:30). A time with
//! no date of its own takes the day of the nearest preceding full date in the
//! same paragraph. Relative dates (连日来, 第二天, 周五, day-only `9日`) are
//! facts with a null value.

use crate::extract::charset::char_set;
use crate::extract::number::{parse_at, small_int_at, Numeral};
use crate::report::{Fact, Kind, Value};
use crate::segment::Doc;

/// Words that name a part of the day, longest first. `true` = afternoon or
/// evening (the hour moves by 12), with `中午` handled on its own.
const PARTS_OF_DAY: &[(&str, DayPart)] = &[
    ("凌晨", DayPart::Morning),
    ("清晨", DayPart::Morning),
    ("早晨", DayPart::Morning),
    ("早上", DayPart::Morning),
    ("上午", DayPart::Morning),
    // Daytime: no hour moves (白天10时 is 10:00).
    ("白天", DayPart::Morning),
    ("中午", DayPart::Noon),
    ("正午", DayPart::Noon),
    ("午间", DayPart::Noon),
    ("下午", DayPart::Evening),
    ("午后", DayPart::Evening),
    ("傍晚", DayPart::Evening),
    ("晚上", DayPart::Evening),
    ("晚间", DayPart::Evening),
    ("夜间", DayPart::Night),
    ("夜里", DayPart::Night),
    ("深夜", DayPart::Night),
    ("午夜", DayPart::Night),
    ("半夜", DayPart::Night),
];

/// One-character parts of the day, only taken right after a day (`16日晚`).
const SHORT_PARTS_OF_DAY: &[(char, DayPart)] = &[
    ('晚', DayPart::Evening),
    ('夜', DayPart::Night),
    ('早', DayPart::Morning),
    ('晨', DayPart::Morning),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayPart {
    Morning,
    Noon,
    Evening,
    Night,
}

impl DayPart {
    /// The 24-hour clock hour for `hour` said in this part of the day.
    fn hour24(self, hour: u32) -> u32 {
        match self {
            DayPart::Morning => hour,
            DayPart::Noon if hour < 6 => hour + 12,
            DayPart::Noon => hour,
            DayPart::Evening if hour < 12 => hour + 12,
            DayPart::Night if (6..12).contains(&hour) => hour + 12,
            _ => hour,
        }
    }
}

/// Relative dates: reported with a null value, so that they are shown but
/// never mistaken for counts (第二天 is not 2 天).
const RELATIVE: &[&str] = &[
    "连日来",
    "近日",
    "日前",
    "昨天",
    "今天",
    "明天",
    "前天",
    "昨日",
    "今日",
    "明日",
    "次日",
    "翌日",
    "当天",
    "当日",
    "当晚",
    "当夜",
    // A day and its part in one word (今晨5时, 昨晚).
    "今晨",
    "今早",
    "今晚",
    "昨晚",
    "昨夜",
    "明晨",
    "明早",
    "明晚",
];

/// The parts of one date expression.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Parts {
    /// Astronomical numbering: 1 BC is year 0, 221 BC is -220.
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<(u32, u32)>,
}

impl Parts {
    /// The day `days` (0 or 1) from this one, across a month's or a year's
    /// end; `None` where that depends on a year not written (the day after
    /// 2月28日).
    fn shifted(self, days: i32) -> Option<Parts> {
        let (month, day) = (self.month?, self.day?);
        let mut p = self;
        p.time = None;
        match days {
            0 => {}
            1 if day < 28 || day < month_days(self.year, month)? => p.day = Some(day + 1),
            1 => {
                p.day = Some(1);
                p.month = Some(month % 12 + 1);
                if month == 12 {
                    p.year = self.year.map(|y| y + 1);
                }
            }
            _ => return None,
        }
        Some(p)
    }

    /// 2月4日24时 is 2月5日 at 00:00; where the next day depends on a year
    /// not written (2月28日24时), the time stays 24:00.
    fn end_of_day(self) -> Parts {
        if self.time != Some((24, 0)) {
            return self;
        }
        match self.shifted(1) {
            Some(next) => Parts {
                time: Some((0, 0)),
                ..next
            },
            None => self,
        }
    }

    fn iso(&self) -> Option<String> {
        let p = self.end_of_day();
        let date = match (p.year, p.month, p.day) {
            (Some(y), Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", iso_year(y)),
            (Some(y), Some(m), None) => format!("{}-{m:02}", iso_year(y)),
            (Some(y), None, None) => iso_year(y),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            _ => return None,
        };
        Some(match (p.day, p.time) {
            (Some(_), Some((h, mi))) => format!("{date}T{h:02}:{mi:02}"),
            _ => date,
        })
    }
}

/// How many days a relative day word moves from the day the narrative is
/// on: 次日 and 翌日 the next, 当天 the same. 昨天, 今天 and 明天 count from
/// the day of writing, which a text seldom states, and move nothing here.
fn day_shift(word: &[char]) -> Option<i32> {
    match word {
        ['次' | '翌', '日'] | ['第', '二', '天'] => Some(1),
        ['当', '天' | '日' | '晚' | '夜'] => Some(0),
        _ => None,
    }
}

/// Days in a month; February's length in a year not written is unknown.
fn month_days(year: Option<i32>, month: u32) -> Option<u32> {
    Some(match month {
        4 | 6 | 9 | 11 => 30,
        2 => {
            let y = year?;
            if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 {
                29
            } else {
                28
            }
        }
        _ => 31,
    })
}

/// ISO 8601's year: four digits, a minus sign before years BC
/// (`-0220` for 221 BC, since 1 BC is year 0).
fn iso_year(y: i32) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// A date found in the text before values are resolved.
struct Found {
    start: usize,
    end: usize,
    parts: Parts,
    /// A clock time with no date of its own: takes the paragraph's day.
    bare_time: bool,
    /// Null-valued (relative, day-only, month range).
    relative: bool,
}

impl Found {
    /// A year written alone (1958 of 1958~1963年, 701年 of 长安元年（701年）).
    fn year_alone(start: usize, end: usize, year: i32) -> Found {
        Found {
            start,
            end,
            parts: Parts {
                year: Some(year),
                ..Parts::default()
            },
            bare_time: false,
            relative: false,
        }
    }

    /// A day of the month written alone (12日, 今（3）日) with its time, if
    /// any: the month comes from the text around it, in [`resolve`].
    fn day_alone(start: usize, end: usize, day: u32, time: Option<(u32, u32)>) -> Found {
        Found {
            start,
            end,
            parts: Parts {
                day: Some(day),
                time,
                ..Parts::default()
            },
            bare_time: false,
            relative: true,
        }
    }
}

pub fn extract(doc: &Doc) -> Vec<Fact> {
    let chars = &doc.chars;
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !char_set!(DATE_FIRSTS).contains(c) {
            // Neither a date nor a relative date starts here.
            i += 1;
            continue;
        }
        // Not inside a number: 1.2日 is a day and a fifth, not the 2nd.
        let after_point = i >= 2
            && crate::extract::number::is_decimal_point(chars[i - 1])
            && chars[i - 2].is_ascii_digit();
        let continues_number = i > 0
            && (chars[i - 1].is_ascii_alphanumeric()
                || chars[i - 1] == '第'
                || after_point
                || (!c.is_ascii_digit() && parse_at(chars, i - 1).is_some_and(|n| n.end > i)));
        if !continues_number {
            if let Some(mut list) = date_at(doc, i) {
                let end = list.last().map_or(i + 1, |f| f.end);
                found.append(&mut list);
                i = end;
                continue;
            }
        }
        if let Some(f) = relative_at(doc, i) {
            i = f.end;
            found.push(f);
            continue;
        }
        i += 1;
    }
    resolve(doc, found)
}

/// Every char a date or a relative date can start with: what
/// [`crate::extract::number::may_start`], [`starts_part_of_day`] and
/// [`starts_relative`] accept (pinned by a test). Most chars are none of
/// them, and one bit test skips them.
const DATE_FIRSTS: &str =
    "0123456789零〇○一壹幺二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿半\
    凌清早上中正午下傍晚夜深白连近日昨今明前次翌当第周星礼本大初公民\
    贞开天洪建永宣景成弘嘉隆泰崇顺康雍乾道咸同光昭平令";

/// How far (in days of the month) a day written alone may be from the last
/// full date for it to take that date's month.
const NEAR_DAYS: u32 = 10;

/// Turns found dates into facts, giving bare times the day of the nearest
/// preceding full date in the same paragraph.
fn resolve(doc: &Doc, found: Vec<Found>) -> Vec<Fact> {
    let mut facts = Vec::with_capacity(found.len());
    // The day the narrative is on: (paragraph, parts).
    let mut last_day: Option<(usize, Parts)> = None;
    // The date just before, for the end of a range (11月28日至30日): (end, parts).
    let mut previous: Option<(usize, Parts)> = None;
    // Whether that date has a value (not a day alone, 5日).
    // A relative day just before (次日凌晨3时): its end and how many days it
    // moves the narrative's day.
    let mut shifted_by: Option<(usize, i32)> = None;
    // The last year written out, for 同年 and 次年 before a month.
    let mut last_year: Option<i32> = None;
    // Where the date before `previous` starts (the era a bracketed year
    // glosses), and where `previous` starts.
    let mut before_previous: Option<usize> = None;
    let mut previous_start = 0;
    for f in found {
        let para = doc.paragraphs.partition_point(|p| p.end <= f.start);
        let mut parts = f.parts;
        // 同年12月20日, 次年3月: a month in the year of the last year written,
        // or the one after; the word is part of the date.
        let mut start = f.start;
        if parts.year.is_none() && parts.month.is_some() && !f.relative && !f.bare_time {
            if let (Some((len, shift)), Some(y)) =
                (year_word_before(&doc.chars, f.start), last_year)
            {
                parts.year = Some(y + shift);
                start = f.start - len;
            }
        }
        // 2024年4月15日至6月30日: the end of a range of dates with their
        // months is in its start's year (the next year's if it is earlier
        // in the year: 12月20日至1月5日). Its value stays without the year
        // it does not write (NOTES: month and day alone are --MM-DD); the
        // year goes to `resolved`, for the timeline.
        let mut range_year = None;
        if let Some((_, p)) = previous.filter(|&(end, p)| {
            end + 1 == f.start
                && is_range_mark(doc.chars[end])
                && p.year.is_some()
                && p.month.is_some()
                && parts.month.is_some()
                && parts.year.is_none()
                && !f.relative
                && !f.bare_time
        }) {
            let earlier = (parts.month, parts.day) < (p.month, p.day);
            range_year = p.year.map(|y| y + i32::from(earlier));
        }
        // 民国109年（2020年）12月15日: the month after an era's year glossed
        // in the common era is in that year; not a lunar reign's month
        // (光绪二十一年（1895年）三月).
        if let Some((end, p)) = previous {
            let solar = before_previous.is_none_or(|era| {
                REIGNS
                    .iter()
                    .find(|r| starts_with(&doc.chars, era, r.name))
                    .is_none_or(|r| r.solar_months)
            });
            if end + 1 == f.start && matches!(doc.chars[end], '）' | ')') && solar {
                parts.year = parts.year.or(p.year);
            }
        }
        let range_end = previous.filter(|&(end, p)| {
            end + 1 == f.start
                && is_range_mark(doc.chars[end])
                && p.month.is_some()
                && p.day.is_some()
                && parts.day.is_some()
                && parts.month.is_none()
                && parts.year.is_none()
                && parts.time.is_none()
        });
        let mut resolved = None;
        let value = if let Some((_, p)) = range_end {
            // The range's end (11月14日至17日) is in the month (and year) of
            // its start, but written as a day alone: null, as NOTES asks of
            // a day alone, and resolved.
            parts = Parts {
                day: parts.day,
                time: None,
                ..p
            };
            resolved = parts.iso();
            Value::Null
        } else if let Some(day) = f.relative.then_some(parts.day).flatten() {
            // A day alone (记者12日获悉) is in the month of the last full
            // date before it, the dateline's most often, when it is near
            // that date's day: 28日 after 5月2日 is as likely April's. Its
            // value stays null, as the schema's conventions ask (NOTES:
            // day-only 9日); the day goes to the timeline as resolved.
            match last_day {
                Some((_, p))
                    if parts.month.is_none()
                        && p.day.is_some_and(|near| near.abs_diff(day) <= NEAR_DAYS)
                        && p.month.is_some_and(|m| valid_day(m, day)) =>
                {
                    parts = Parts {
                        day: Some(day),
                        time: parts.time,
                        ..p
                    };
                    resolved = parts.iso();
                    Value::Null
                }
                _ => Value::Null,
            }
        } else if f.relative {
            Value::Null
        } else if f.bare_time {
            let after_day_word = shifted_by.filter(|&(end, _)| {
                end == f.start || (end + 1 == f.start && matches!(doc.chars[end], '，' | ','))
            });
            let shift = after_day_word.map_or(0, |(_, days)| days);
            // 当日上午10时, 当天晚上, 当晚 and 次日 point back to the last day
            // named, even in an earlier paragraph; a time alone, or after
            // 第二天 (also a habit's "next day"), only within its own.
            let anaphoric = after_day_word
                .is_some_and(|(end, _)| doc.chars[end - 1] == '日' || doc.chars[end - 2] == '当');
            // 当晚7时35分, 当夜11时: the evening's or the night's hour.
            let part = after_day_word.and_then(|(end, _)| match doc.chars[end - 1] {
                '晚' => Some(DayPart::Evening),
                '夜' => Some(DayPart::Night),
                _ => None,
            });
            if let (Some(part), Some((h, m))) = (part, parts.time) {
                parts.time = Some((part.hour24(h), m));
            }
            match last_day.filter(|&(p, _)| p == para || anaphoric) {
                Some((_, day)) => match day.shifted(shift) {
                    Some(day) => {
                        if after_day_word.is_some() {
                            // The narrative has moved on to that day.
                            last_day = Some((para, day));
                        }
                        parts = Parts {
                            time: parts.time,
                            ..day
                        };
                        parts.iso().map_or(Value::Null, Value::Text)
                    }
                    None => Value::Null,
                },
                _ => Value::Null,
            }
        } else {
            parts.iso().map_or(Value::Null, Value::Text)
        };
        if let Some(year) = range_year {
            resolved = Parts {
                year: Some(year),
                ..parts
            }
            .iso();
            // What follows is in the year the range is in (同年, 次日).
            parts.year = Some(year);
        }
        if !f.relative && !f.bare_time && parts.month.is_some() && parts.day.is_some() {
            last_day = Some((para, parts));
        }
        shifted_by = f
            .relative
            .then(|| day_shift(&doc.chars[f.start..f.end]).map(|d| (f.end, d)))
            .flatten();
        before_previous = previous.map(|_| previous_start);
        previous_start = start;
        previous = Some((f.end, parts));
        if parts.year.is_some() && !f.relative {
            last_year = parts.year;
        } else if ["去年", "今年", "明年", "前年", "上年", "本年"]
            .iter()
            .any(|w| word_ends_at(&doc.chars, f.start, w))
        {
            // 去年3月: a year the text does not write; 同年 after it is that
            // unknown year, not the last one written.
            last_year = None;
        }
        let mut fact = Fact::new(Kind::Date, start, f.end);
        fact.value = Some(value);
        fact.resolved = resolved;
        facts.push(fact);
    }
    facts
}

/// Does `word` end right before `at`?
fn word_ends_at(chars: &[char], at: usize, word: &str) -> bool {
    let l = word.chars().count();
    at >= l && word.chars().eq(chars[at - l..at].iter().copied())
}

/// A word for "that year" or "the year after" ending at `at`: its length
/// and the years it moves on from the last year written.
fn year_word_before(chars: &[char], at: usize) -> Option<(usize, i32)> {
    const WORDS: [(&str, i32); 5] = [
        ("同年", 0),
        ("当年", 0),
        ("是年", 0),
        ("次年", 1),
        ("翌年", 1),
    ];
    WORDS
        .iter()
        .find(|&&(w, _)| word_ends_at(chars, at, w))
        .map(|&(w, shift)| (w.chars().count(), shift))
}

/// Does a word of [`PARTS_OF_DAY`] start with `c`? (A cheap first test at
/// every character: most characters start nothing.)
fn starts_part_of_day(c: char) -> bool {
    static FIRSTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    FIRSTS
        .get_or_init(|| {
            PARTS_OF_DAY
                .iter()
                .filter_map(|(w, _)| w.chars().next())
                .collect()
        })
        .contains(&c)
}

fn at(chars: &[char], i: usize) -> char {
    chars.get(i).copied().unwrap_or('\0')
}

fn starts_with(chars: &[char], i: usize, word: &str) -> bool {
    // Char by char, stopping at the first difference: asked for every
    // word of a list at many chars, and most differ at their first char.
    let mut k = i;
    word.chars().all(|c| {
        let same = chars.get(k) == Some(&c);
        k += 1;
        same
    })
}

fn is_range_mark(c: char) -> bool {
    matches!(c, '~' | '～' | '-' | '—' | '–' | '至' | '到' | '－')
}

/// A four-digit year `1000..=2100` (Arabic or 二〇二〇) ending at `年`.
/// Returns the year and the index of 年.
fn year_number(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    let chars = &doc.chars;
    let n = parse_at(chars, i)?;
    // 113年3月5日: Taiwan's official dates count years of the Republic
    // (民国, 1912 its first). A three-digit year is taken only with its
    // month after it, where a count of years never stands; or with a part
    // of the year (114年底, 115年初, 114年起) or after 于 or 预计 (预计114年
    // 完工), where no count of years reads (a century is 100年, not 114年).
    // So is the whole year, a half or a quarter of it (112年全年, 113年
    // 上半年, 113年第三季).
    let roc_context = || {
        matches!(at(chars, n.end + 1), '底' | '初' | '中' | '起' | '度')
            || ["全年", "上半年", "下半年"]
                .iter()
                .any(|w| starts_with(chars, n.end + 1, w))
            || (at(chars, n.end + 1) == '第' && at(chars, n.end + 3) == '季')
            || (at(chars, n.end + 1) != '前'
                && (at(chars, n.start.wrapping_sub(1)) == '于'
                    || (n.start >= 2 && chars[n.start - 2..n.start] == ['预', '计'])))
    };
    if n.numeral == Numeral::Arabic
        && !n.decimal
        && n.end - n.start == 3
        && (100.0..=199.0).contains(&n.value)
        && at(chars, n.end) == '年'
        && (month_at(chars, n.end + 1).is_some() || (n.value <= 150.0 && roc_context()))
    {
        return Some((REPUBLIC_YEAR_ZERO + n.value as i32, n.end));
    }
    let digits_only = match n.numeral {
        Numeral::Arabic => !n.decimal && n.end - n.start == 4,
        Numeral::DigitString => n.end - n.start == 4,
        _ => false,
    };
    if !digits_only || !(1000.0..=2100.0).contains(&n.value) {
        return None;
    }
    Some((n.value as i32, n.end))
}

/// A year: `1946年`, or `2020年度` (the budget or report of that year),
/// not `1990年代` or `近2000年` (a duration).
fn year_at(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    year_of_number(doc, i, year_number(doc, i)?)
}

/// `year_at`, for the `year_number` at `i` already read.
fn year_of_number(doc: &Doc, i: usize, (y, j): (i32, usize)) -> Option<(i32, usize)> {
    let chars = &doc.chars;
    if at(chars, j) != '年' || matches!(at(chars, j + 1), '代' | '级' | '多' | '余') {
        return None;
    }
    if crate::extract::number::approx_before(doc, i, false).is_some() {
        return None;
    }
    Some((
        y,
        if at(chars, j + 1) == '度' {
            j + 2
        } else {
            j + 1
        },
    ))
}

/// A month `1..=12` followed by 月 (not 个月); returns month and end.
fn month_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let (m, j) = small_int_at(chars, i)?;
    ((1..=12).contains(&m) && at(chars, j) == '月').then_some((m, j + 1))
}

/// A day `1..=31` followed by 日 or 号; returns day and end.
fn day_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let (d, j) = small_int_at(chars, i)?;
    ((1..=31).contains(&d) && matches!(at(chars, j), '日' | '号')).then_some((d, j + 1))
}

fn valid_day(month: u32, day: u32) -> bool {
    let max = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= max
}

/// A part of the day at `i`: its kind and end.
fn day_part_at(chars: &[char], i: usize, after_day: bool) -> Option<(DayPart, usize)> {
    for &(w, p) in PARTS_OF_DAY {
        if starts_with(chars, i, w) {
            return Some((p, i + w.chars().count()));
        }
    }
    if after_day {
        let c = at(chars, i);
        for &(w, p) in SHORT_PARTS_OF_DAY {
            // 16日晚, but not 16日晚会 or 3日早已.
            if c == w
                && !matches!(
                    at(chars, i + 1),
                    '会' | '报' | '已' | '餐' | '饭' | '些' | '期'
                )
            {
                return Some((p, i + 1));
            }
        }
    }
    None
}

/// A clock time at `i`: `10时59分`, `2点半`, `14:30`, `10时许`.
/// `strict` asks for minutes (a bare `10时` or `3点` is too ambiguous
/// without a date or a part of the day before it).
fn time_at(chars: &[char], i: usize, strict: bool) -> Option<((u32, u32), usize)> {
    // 零时, 零点: midnight (not 零点五, a decimal).
    let midnight = matches!(at(chars, i), '零' | '〇')
        && matches!(at(chars, i + 1), '时' | '点')
        && !crate::extract::number::may_start(at(chars, i + 2));
    let (h, j) = if midnight {
        (0, i + 1)
    } else {
        small_int_at(chars, i)?
    };
    if h > 24 {
        return None;
    }
    match at(chars, j) {
        ':' | '：' if chars[i].is_ascii_digit() => {
            let (m, k) = small_int_at(chars, j + 1)?;
            (k == j + 3 && m < 60 && !at(chars, k).is_ascii_digit()).then_some(((h, m), k))
        }
        '时' | '点' => {
            let mut k = j + 1;
            let mut minute = None;
            if at(chars, k) == '半' {
                minute = Some(30);
                k += 1;
            } else if at(chars, k) == '整' {
                minute = Some(0);
                k += 1;
            } else if let Some((m, e)) = small_int_at(chars, k) {
                if m < 60 && at(chars, e) == '分' {
                    minute = Some(m);
                    k = e + 1;
                }
            }
            // 6时许 ("about six o'clock") is a clock time even alone.
            let about = at(chars, k) == '许';
            if strict && minute.is_none() && !about {
                return None;
            }
            if about {
                k += 1;
            }
            Some(((h, minute.unwrap_or(0)), k))
        }
        _ => None,
    }
}

/// The part of the day and the clock time at `j` (right after a day when
/// `after_day`: then a bare `10时` counts and 晚 alone is a part of the
/// day): the time, whether a part of the day was read, and where what was
/// read ends (`j` if nothing).
fn time_of_day(chars: &[char], j: usize, after_day: bool) -> (Option<(u32, u32)>, bool, usize) {
    let part = day_part_at(chars, j, after_day);
    let k = part.map_or(j, |(_, e)| e);
    // 14时至17时, 9时30分至11时: a range's end is a clock time like its start.
    let range_end = j >= 2 && is_range_mark(chars[j - 1]) && matches!(chars[j - 2], '时' | '分');
    let strict = !after_day && part.is_none() && !range_end;
    if let Some(((h, m), e)) = time_at(chars, k, strict) {
        let h = part.map_or(h, |(p, _)| p.hour24(h));
        if h <= 24 {
            // 24时 is the day's end: kept as 24:00 for the date to move it
            // to the next day's 00:00 ([`Parts::end_of_day`]).
            let h = if (h, m) == (24, 0) { 24 } else { h % 24 };
            return (Some((h, m)), part.is_some(), e);
        }
    }
    (None, part.is_some(), k)
}

/// Parses the date expression starting at `i`. A year range such as
/// `1958~1963年` gives two facts; everything else gives one.
fn date_at(doc: &Doc, i: usize) -> Option<Vec<Found>> {
    let chars = &doc.chars;
    let c = chars[i];
    if c == '公' || c == '民' {
        return era_date_at(doc, i).map(|f| vec![f]);
    }
    // A reign's year: its two-char name, then a numeral or 元.
    if starts_reign(c) && {
        let n = at(chars, i + 2);
        n == '元' || crate::extract::number::may_start(n)
    } {
        if let Some(f) = era_date_at(doc, i) {
            return Some(vec![f]);
        }
    }
    // 长安元年（701年）, 汉高祖五年（前202年）: a reign's year glossed in
    // the common era, whatever its size.
    if i >= 2
        && matches!(chars[i - 1], '（' | '(')
        && chars[i - 2] == '年'
        && crate::extract::number::bracketed_year_at(chars, i)
    {
        let bc = c == '前';
        let n = crate::extract::number::parse_at(chars, i + usize::from(bc))?;
        let year = n.value as i32;
        if year >= 1 {
            // n.end is at 年, which the date takes in.
            return Some(vec![Found::year_alone(
                i,
                n.end + 1,
                if bc { 1 - year } else { year },
            )]);
        }
    }
    if !(crate::extract::number::may_start(c) || starts_part_of_day(c)) {
        return None;
    }
    if let Some(f) = numeric_date_at(chars, i) {
        return Some(vec![f]);
    }

    // 1958~1963年: the bare first year of a range is a date of its own.
    let number = year_number(doc, i);
    if let Some((y, j)) = number {
        if is_range_mark(at(chars, j)) && year_at(doc, j + 1).is_some() {
            let mut list = vec![Found::year_alone(i, j, y)];
            list.extend(date_at(doc, j + 1)?);
            return Some(list);
        }
    }

    let mut parts = Parts::default();
    let mut j = i;
    if let Some((y, e)) = number.and_then(|n| year_of_number(doc, i, n)) {
        parts.year = Some(y);
        j = e;
    }
    if let Some((m, e)) = month_at(chars, j) {
        // 3-5月 (a month range without a year): null, as one span.
        parts.month = Some(m);
        j = e;
        if at(chars, j) == '份' {
            j += 1;
        }
        if let Some((d, e)) = day_at(chars, j) {
            if valid_day(m, d) {
                parts.day = Some(d);
                j = e;
            }
        }
        if parts.day.is_none() {
            // 10月中旬, 9月底, 4月初: inside the span, not in the value.
            for w in [
                "中下旬",
                "中上旬",
                "上中旬",
                "上旬",
                "中旬",
                "下旬",
                "初",
                "底",
                "末",
                "中",
            ] {
                if starts_with(chars, j, w) && (w != "中" || at(chars, j + 1) == '旬') {
                    j += w.chars().count();
                    break;
                }
            }
        }
        // 1月至10月 (a range of months without a year, 今年 or not): null,
        // as one span, like 3-5月; not 1月至3月5日, a range of dates.
        if parts.year.is_none() && parts.day.is_none() && j == e && is_range_mark(at(chars, j)) {
            if let Some((_, end)) = month_at(chars, j + 1) {
                if day_at(chars, end).is_none() {
                    return Some(vec![Found {
                        start: i,
                        end,
                        parts: Parts::default(),
                        bare_time: false,
                        relative: true,
                    }]);
                }
            }
        }
    } else if parts.year.is_none() {
        if let Some(f) = month_range_at(chars, i) {
            return Some(vec![f]);
        }
        // Day only (`12日`): a null date, Arabic digits only (一日 is a count).
        if c.is_ascii_digit() {
            if let Some((d, e)) = day_at(chars, i) {
                if at(chars, e - 1) == '日'
                    && !counts_days(chars, i)
                    // 每月10日: a day of every month, no date.
                    && (i < 2 || chars[i - 2] != '每' || chars[i - 1] != '月')
                    && !matches!(
                        at(chars, e),
                        '元' | '均' | '产' | '常' | '本' | '用' | '益'
                    )
                    // 日夜 is day and night (数个日夜), but 18日夜间 is
                    // the night of the 18th.
                    && (at(chars, e) != '夜' || matches!(at(chars, e + 1), '间' | '里' | '晚'))
                    // 7日内, 15日以内: a span of days, no date.
                    && at(chars, e) != '内'
                    && !(matches!(at(chars, e), '以' | '之') && at(chars, e + 1) == '内')
                    && d > 0
                {
                    // 26日3时32分, 26日凌晨: the day's time goes with it.
                    let (time, _, end) = time_of_day(chars, e, true);
                    return Some(vec![Found::day_alone(i, end, d, time)]);
                }
            }
        }
    }

    let has_date = parts.year.is_some() || parts.month.is_some();
    if parts.day.is_some() || !has_date {
        // Part of day and clock time: after a day, or standing alone.
        let (time, part, k) = time_of_day(chars, j, parts.day.is_some());
        parts.time = time;
        if (has_date && part) || time.is_some() {
            j = k;
        }
    }
    if j == i || (!has_date && parts.time.is_none()) {
        return None;
    }
    Some(vec![Found {
        start: i,
        end: j,
        parts,
        bare_time: !has_date,
        relative: false,
    }])
}

/// The year before the Republic of China's first (民国元年 is 1912).
const REPUBLIC_YEAR_ZERO: i32 = 1911;

/// Does a word before the number at `i` make `N日` a count of days, not a
/// day of the month (连续5日, 近10日, 每5日, 长达20日)?
pub(crate) fn counts_days(chars: &[char], i: usize) -> bool {
    const BEFORE: [&[char]; 6] = [
        &['连', '续'],
        &['近'],
        &['每'],
        &['逾'],
        &['历', '时'],
        &['长', '达'],
    ];
    BEFORE
        .iter()
        .any(|w| i >= w.len() && chars[i - w.len()..i] == **w)
}

/// A reign's era name (年号): its first year in the common era, how many
/// years it counted, and whether its months are the common era's (Japan's
/// since 1873) rather than the lunar calendar's.
struct Reign {
    name: &'static str,
    first: i32,
    years: u16,
    solar_months: bool,
}

/// A Chinese emperor's reign, counted in lunar months.
const fn reign(name: &'static str, first: i32, years: u16) -> Reign {
    Reign {
        name,
        first,
        years,
        solar_months: false,
    }
}

/// A Japanese emperor's reign since 1868, counted in the common era's
/// months (from 1873).
const fn japanese_reign(name: &'static str, first: i32, years: u16) -> Reign {
    Reign {
        solar_months: true,
        ..reign(name, first, years)
    }
}

/// Eras historians and the news date by: the Tang's best known, every era
/// of the Ming and the Qing, and Japan's modern ones (Japan's still dates
/// its official papers by them: 令和5年). Each is a year only before a
/// numeral and 年 (咸丰 is also a county, 永乐 and 同治 given names).
const REIGNS: [Reign; 38] = [
    reign("贞观", 627, 23),
    reign("开元", 713, 29),
    reign("天宝", 742, 15),
    reign("洪武", 1368, 31),
    reign("建文", 1399, 4),
    reign("永乐", 1403, 22),
    reign("洪熙", 1425, 1),
    reign("宣德", 1426, 10),
    reign("正统", 1436, 14),
    reign("景泰", 1450, 8),
    reign("天顺", 1457, 8),
    reign("成化", 1465, 23),
    reign("弘治", 1488, 18),
    reign("正德", 1506, 16),
    reign("嘉靖", 1522, 45),
    reign("隆庆", 1567, 6),
    reign("万历", 1573, 48),
    reign("泰昌", 1620, 1),
    reign("天启", 1621, 7),
    reign("崇祯", 1628, 17),
    reign("天命", 1616, 11),
    reign("天聪", 1627, 10),
    reign("崇德", 1636, 8),
    reign("顺治", 1644, 18),
    reign("康熙", 1662, 61),
    reign("雍正", 1723, 13),
    reign("乾隆", 1736, 60),
    reign("嘉庆", 1796, 25),
    reign("道光", 1821, 30),
    reign("咸丰", 1851, 11),
    reign("同治", 1862, 13),
    reign("光绪", 1875, 34),
    reign("宣统", 1909, 3),
    japanese_reign("明治", 1868, 45),
    japanese_reign("大正", 1912, 15),
    japanese_reign("昭和", 1926, 64),
    japanese_reign("平成", 1989, 31),
    japanese_reign("令和", 2019, 99),
];

/// The first chars of [`REIGNS`]' names (pinned by a test).
const REIGN_FIRSTS: &str = "贞开天洪建永宣正景成弘嘉隆万泰崇顺康雍乾道咸同光明大昭平令";

/// Does an era name of [`REIGNS`] start with `c`? (Many common chars do:
/// one bit test, not a walk over the list.)
fn starts_reign(c: char) -> bool {
    char_set!(REIGN_FIRSTS).contains(c)
}

/// A year of an era written out, with its month and day if written
/// (公元1127年3月): the common era or before it, of any size (公元前221年
/// → -0220, 公元9年 → 0009), the Republic's (民国38年, 民國一百一十四年 →
/// 1949, 2025), or a reign's (光绪二十一年 → 1895, 令和5年 → 2023). A
/// reign's lunar month and day are part of the date's text but not of its
/// value, which they would misplace by weeks.
fn era_date_at(doc: &Doc, i: usize) -> Option<Found> {
    let chars = &doc.chars;
    let mut solar_months = true;
    // The year is `base + sign * n` for the era's year `n`.
    let (base, sign, k, most) = if starts_with(chars, i, "公元前") {
        (1, -1, i + 3, 9999.0)
    } else if starts_with(chars, i, "公元") {
        (0, 1, i + 2, 9999.0)
    } else if starts_with(chars, i, "民国") {
        (REPUBLIC_YEAR_ZERO, 1, i + 2, 200.0)
    } else if let Some(r) = REIGNS.iter().find(|r| starts_with(chars, i, r.name)) {
        solar_months = r.solar_months;
        (r.first - 1, 1, i + 2, f64::from(r.years))
    } else {
        return None;
    };
    // 元年: an era's first year.
    let (year, end) = if at(chars, k) == '元' {
        (1, k + 1)
    } else {
        let n = parse_at(chars, k)?;
        if n.vague || n.decimal || n.round || !(1.0..=most).contains(&n.value) {
            return None;
        }
        (n.value as i32, n.end)
    };
    if at(chars, end) != '年' || matches!(at(chars, end + 1), '代' | '度' | '级') {
        return None;
    }
    let mut parts = Parts {
        year: Some(base + sign * year),
        ..Parts::default()
    };
    let mut j = end + 1;
    if let Some((m, e)) = month_at(chars, j) {
        parts.month = Some(m);
        j = e;
        if let Some((d, e)) = day_at(chars, j).filter(|&(d, _)| valid_day(m, d)) {
            parts.day = Some(d);
            j = e;
        }
    }
    if !solar_months {
        parts.month = None;
        parts.day = None;
    }
    Some(Found {
        start: i,
        end: j,
        parts,
        bare_time: false,
        relative: false,
    })
}

/// `3-5月`, `3至5月`: a month range with no year (a null date).
fn month_range_at(chars: &[char], i: usize) -> Option<Found> {
    let (m, j) = small_int_at(chars, i)?;
    if !(1..=12).contains(&m) || !is_range_mark(at(chars, j)) {
        return None;
    }
    let (_, e) = month_at(chars, j + 1)?;
    Some(Found {
        start: i,
        end: e,
        parts: Parts::default(),
        bare_time: false,
        relative: true,
    })
}

/// `2020-03-22`, `2020/3/22`, `2020.3.22`.
fn numeric_date_at(chars: &[char], i: usize) -> Option<Found> {
    if !chars[i].is_ascii_digit() {
        return None;
    }
    let (y, j) = small_int_at(chars, i)?;
    let sep = at(chars, j);
    if j - i != 4 || !(1900..=2100).contains(&y) || !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let (m, k) = small_int_at(chars, j + 1)?;
    if k - j > 3 || !(1..=12).contains(&m) || at(chars, k) != sep {
        return None;
    }
    let (d, e) = small_int_at(chars, k + 1)?;
    if e - k > 3 || !(1..=31).contains(&d) || !valid_day(m, d) || at(chars, e).is_ascii_digit() {
        return None;
    }
    Some(Found {
        start: i,
        end: e,
        parts: Parts {
            year: Some(y as i32),
            month: Some(m),
            day: Some(d),
            time: None,
        },
        bare_time: false,
        relative: false,
    })
}

/// Could a relative date start with `c`? (The cheap first test of
/// [`relative_at`].)
fn starts_relative(c: char) -> bool {
    matches!(
        c,
        '连' | '近'
            | '日'
            | '昨'
            | '今'
            | '明'
            | '前'
            | '次'
            | '翌'
            | '当'
            | '第'
            | '周'
            | '星'
            | '礼'
            | '上'
            | '下'
            | '本'
            | '大'
            | '正'
            | '初'
    )
}

/// Relative dates with a null value: 连日来, 第二天, 周五, 大年初四.
fn relative_at(doc: &Doc, i: usize) -> Option<Found> {
    let chars = &doc.chars;
    let null = |end: usize| Found {
        start: i,
        end,
        parts: Parts::default(),
        bare_time: false,
        relative: true,
    };
    let c = chars[i];
    if !starts_relative(c) {
        return None;
    }
    // 今（3）日, 昨（2）日下午: Taiwan's news writes the day of "today"
    // and "yesterday" in brackets; the day alone, with its time.
    if matches!(c, '今' | '昨' | '明' | '前') && matches!(at(chars, i + 1), '（' | '(') {
        if let Some((d, e)) = small_int_at(chars, i + 2) {
            // 今（24）晚: the part of the day stands for 日.
            let day_word = matches!(at(chars, e + 1), '日' | '天');
            if (1..=31).contains(&d)
                && matches!(at(chars, e), '）' | ')')
                && (day_word || matches!(at(chars, e + 1), '晚' | '晨' | '早'))
            {
                let (time, _, end) = time_of_day(chars, e + 1 + usize::from(day_word), true);
                return Some(Found::day_alone(i, end, d, time));
            }
        }
    }
    // 大年初四, 正月初八: lunar days, year not stated (jieba may glue 从大年).
    for w in ["大年初", "正月初"] {
        if starts_with(chars, i, w) {
            if let Some((d, e)) = small_int_at(chars, i + 3) {
                if (1..=10).contains(&d) {
                    return Some(null(e));
                }
            }
        }
    }
    if !doc.is_boundary(i) {
        return None;
    }
    for w in RELATIVE {
        if starts_with(chars, i, w) {
            let end = i + w.chars().count();
            // 今日头条, 明日之星: the word must end at a token boundary.
            if doc.is_boundary(end) {
                return Some(null(end));
            }
        }
    }
    // 第二天 … 第十天: the next days of a narrative (第四十二天 is a count).
    if c == '第'
        && at(chars, i + 2) == '天'
        && char_set!("二三四五六七八九十").contains(at(chars, i + 1))
    {
        return Some(null(i + 3));
    }
    // 周五, 上周日, 星期三, 礼拜天.
    let mut j = i;
    if matches!(c, '上' | '下' | '本') {
        j += 1;
    }
    for w in ["星期", "礼拜", "周"] {
        if starts_with(chars, j, w) {
            let k = j + w.chars().count();
            if char_set!("一二三四五六日天").contains(at(chars, k)) && doc.is_boundary(k + 1)
            {
                return Some(null(k + 1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`REIGN_FIRSTS`] holds the first char of every reign and no other.
    #[test]
    fn reign_firsts_are_the_reigns_firsts() {
        let firsts: std::collections::BTreeSet<char> = REIGNS
            .iter()
            .filter_map(|r| r.name.chars().next())
            .collect();
        let listed: std::collections::BTreeSet<char> = REIGN_FIRSTS.chars().collect();
        assert_eq!(firsts, listed);
    }

    /// The first-char gate of [`extract`] lets through every char that
    /// starts a date, a part of the day or a relative date.
    #[test]
    fn date_firsts_cover_every_start() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            let starts = crate::extract::number::may_start(c)
                || starts_part_of_day(c)
                || starts_relative(c)
                || c == '公'
                || c == '民'
                || starts_reign(c);
            assert_eq!(char_set!(DATE_FIRSTS).contains(c), starts, "{c:?}");
        }
    }
    use crate::extract::number::testing::with_doc;

    /// (text, value) of every date in `text`; null values print as "null".
    fn dates(text: &str) -> Vec<(String, String)> {
        with_doc(text, |doc| {
            extract(doc)
                .into_iter()
                .map(|f| {
                    // A resolved day alone: `~` and the day.
                    let v = match (f.value, f.resolved) {
                        (Some(Value::Text(t)), _) => t,
                        (_, Some(r)) => format!("~{r}"),
                        _ => "null".to_string(),
                    };
                    (doc.slice(f.start, f.end), v)
                })
                .collect()
        })
    }

    fn check(text: &str, want: &[(&str, &str)]) {
        let got = dates(text);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn full_and_partial_dates() {
        check(
            "2020年3月22日上午10时59分，机组转子落回机坑。",
            &[("2020年3月22日上午10时59分", "2020-03-22T10:59")],
        );
        check("2月17日凌晨时分，大巴抵达。", &[("2月17日凌晨", "--02-17")]);
        check("截至3月8日，复工率回升。", &[("3月8日", "--03-08")]);
        check("1926年5月，他离开家乡。", &[("1926年5月", "1926-05")]);
        check("该馆始建于1946年。", &[("1946年", "1946")]);
        // Years of the common era and before it, 1 BC being year 0.
        check(
            "公元前221年，秦统一六国；公元前3300年前后；公元9年；公元1127年3月。",
            &[
                ("公元前221年", "-0220"),
                ("公元前3300年", "-3299"),
                ("公元9年", "0009"),
                ("公元1127年3月", "1127-03"),
            ],
        );
        check("公元前几百年，公元年代，公元2000多年。", &[]);
        check("国庆节定在10月1号。", &[("10月1号", "--10-01")]);
        check("3月份以来，出口回升。", &[("3月份", "--03")]);
    }

    #[test]
    fn month_periods_and_ranges() {
        check(
            "在10月中旬要完成水压试验，9月底要完成安装，今年4月初开工。",
            &[("10月中旬", "--10"), ("9月底", "--09"), ("4月初", "--04")],
        );
        check(
            "1958~1963年和1993-1996年两次大旱。",
            &[
                ("1958", "1958"),
                ("1963年", "1963"),
                ("1993", "1993"),
                ("1996年", "1996"),
            ],
        );
        check("3-5月为汛期。", &[("3-5月", "null")]);
        // So is a range of months with both written, unless a year or a
        // day is.
        check(
            "今年1月至10月出口增长，2023年1月至10月进口增长，1月至3月5日施工，6月底至8月休渔。",
            &[
                ("1月至10月", "null"),
                ("2023年1月", "2023-01"),
                ("10月", "--10"),
                ("1月", "--01"),
                ("3月5日", "--03-05"),
                ("6月底", "--06"),
                ("8月", "--08"),
            ],
        );
        // A day of every month is no date.
        check(
            "3月5日，村里定下每月10日为活动日。",
            &[("3月5日", "--03-05")],
        );
        // The end of a range of days is in its start's month and year,
        // and a day alone: null, resolved.
        check(
            "会议于2023年11月28日至30日举行，展览12月9日—14日开放。",
            &[
                ("2023年11月28日", "2023-11-28"),
                ("30日", "~2023-11-30"),
                ("12月9日", "--12-09"),
                ("14日", "~--12-14"),
            ],
        );
        check("他3日至5日在京。", &[("3日", "null"), ("5日", "null")]);
        // A day alone inferred in a full date's month keeps its range's
        // end a day alone too.
        check(
            "9月4日发布预警。机场5日至7日停航。",
            &[
                ("9月4日", "--09-04"),
                ("5日", "~--09-05"),
                ("7日", "~--09-07"),
            ],
        );
        // The end of a range of dates with their months is in its start's
        // year, or the next when it comes earlier in the year: resolved so,
        // its value without the year it does not write; a range with no
        // year stays without one.
        let text =
            "活动于2024年4月15日至6月30日举办，2023年12月20日—1月5日放假，3月1日至4月2日施工。";
        check(
            text,
            &[
                ("2024年4月15日", "2024-04-15"),
                ("6月30日", "--06-30"),
                ("2023年12月20日", "2023-12-20"),
                ("1月5日", "--01-05"),
                ("3月1日", "--03-01"),
                ("4月2日", "--04-02"),
            ],
        );
        let resolved: Vec<Option<String>> = with_doc(text, |doc| {
            extract(doc).into_iter().map(|f| f.resolved).collect()
        });
        assert_eq!(
            resolved,
            [
                None,
                Some("2024-06-30".into()),
                None,
                Some("2024-01-05".into()),
                None,
                None
            ]
        );
        check(
            "旅客平均逗留1.2日，2日离境，逗留１.５日。",
            &[("2日", "null")],
        );
    }

    #[test]
    fn day_alone_takes_the_month_of_the_last_date() {
        // Resolved (`~`), the value null as NOTES asks of a day alone.
        check(
            "新华社北京5月12日电 国家航天局12日宣布，10日已着陆。\n记者11日获悉此事。",
            &[
                ("5月12日", "--05-12"),
                ("12日", "~--05-12"),
                ("10日", "~--05-10"),
                ("11日", "~--05-11"),
            ],
        );
        // Far from the last date's day, or no date before: no month.
        check(
            "2023年5月2日电 该厂28日停产，3日复产。",
            &[
                ("2023年5月2日", "2023-05-02"),
                ("28日", "null"),
                ("3日", "~2023-05-03"),
            ],
        );
        check("他12日抵京。", &[("12日", "null")]);
        // 夜间 after a day is its night; 日夜 alone is day and night.
        check(
            "18日夜间到19日有雨。历经15日夜奋战，大桥合龙。",
            &[("18日夜间", "null"), ("19日", "null")],
        );
        // Daytime too; alone it is no date.
        check(
            "3月2日白天多云，白天气温较高。",
            &[("3月2日白天", "--03-02")],
        );
        // A day alone keeps its part of the day and its clock time.
        check(
            "4月25日20时59分发射。26日3时32分对接，26日晚会上，27日凌晨返回。",
            &[
                ("4月25日20时59分", "--04-25T20:59"),
                ("26日3时32分", "~--04-26T03:32"),
                ("26日", "~--04-26"),
                ("27日凌晨", "~--04-27"),
            ],
        );
        check(
            "2024年1月1日零时起施行。",
            &[("2024年1月1日零时", "2024-01-01T00:00")],
        );
        // 24时 ends the day: the next day's 00:00, across a year's end,
        // or 24:00 where the next day needs a year not written.
        check(
            "截至2月4日24时，2024年12月31日24时，2月28日24时。",
            &[
                ("2月4日24时", "--02-05T00:00"),
                ("2024年12月31日24时", "2025-01-01T00:00"),
                ("2月28日24时", "--02-28T24:00"),
            ],
        );
        // Taiwan's bracketed day of today or yesterday, with its time.
        check(
            "台风今（3）日中午12时40分登陆。\n10月3日电 民众昨（2）日下午撤离，明（4）日复工。",
            &[
                ("今（3）日中午12时40分", "null"),
                ("10月3日", "--10-03"),
                ("昨（2）日下午", "~--10-02"),
                ("明（4）日", "~--10-04"),
            ],
        );
        check(
            "10月23日电 冠军战今（24）晚登场。",
            &[("10月23日", "--10-23"), ("今（24）晚", "~--10-24")],
        );
    }

    #[test]
    fn chinese_numeral_dates() {
        check(
            "二〇二〇年三月二十二日",
            &[("二〇二〇年三月二十二日", "2020-03-22")],
        );
        check(
            "十二月三十一日晚上八点",
            &[("十二月三十一日晚上八点", "--12-31T20:00")],
        );
    }

    #[test]
    fn bare_time_takes_the_paragraph_day() {
        check(
            "2月17日中午，货车到了加油站。20多分钟后开进厂区。下午2点半，企业用上了原料。",
            &[("2月17日中午", "--02-17"), ("下午2点半", "--02-17T14:30")],
        );
        // A new paragraph does not inherit the day.
        check(
            "2月17日中午到达。\n下午2点半开工。",
            &[("2月17日中午", "--02-17"), ("下午2点半", "null")],
        );
    }

    #[test]
    fn the_end_of_a_range_of_hours_is_a_time() {
        check(
            "7月10日14时至17时，全省出现雷雨。3月5日上午9时30分至11时举行。比分3至5。",
            &[
                ("7月10日14时", "--07-10T14:00"),
                ("17时", "--07-10T17:00"),
                ("3月5日上午9时30分", "--03-05T09:30"),
                ("11时", "--03-05T11:00"),
            ],
        );
    }

    #[test]
    fn a_time_after_the_next_day_is_on_the_next_day() {
        check(
            "12月31日晚，仓库起火。次日凌晨3时，明火被扑灭。6时许，清理完毕。",
            &[
                ("12月31日晚", "--12-31"),
                ("次日", "null"),
                ("凌晨3时", "--01-01T03:00"),
                ("6时许", "--01-01T06:00"),
            ],
        );
        // 当日 points back across a paragraph's end.
        check(
            "昨日（7月2日）迎来访客。\n当日上午10时，学生入场。\n上午11时散场。",
            &[
                ("昨日", "null"),
                ("7月2日", "--07-02"),
                ("当日", "null"),
                ("上午10时", "--07-02T10:00"),
                ("上午11时", "null"),
            ],
        );
        // So do 当天 and 当晚, 当晚 and 当夜 in the evening and at night.
        check(
            "12月16日电 主队今天迎战客队。\n比赛于当晚7时35分开始。\n当天晚上9点半散场，当夜11时30分停运。",
            &[
                ("12月16日", "--12-16"),
                ("今天", "null"),
                ("当晚", "null"),
                ("7时35分", "--12-16T19:35"),
                ("当天", "null"),
                ("晚上9点半", "--12-16T21:30"),
                ("当夜", "null"),
                ("11时30分", "--12-16T23:30"),
            ],
        );
        // 第二天 is also a habit's "next day": only within the paragraph.
        check(
            "3月5日开会。\n每天下午来，第二天上午9时回去。",
            &[
                ("3月5日", "--03-05"),
                ("第二天", "null"),
                ("上午9时", "null"),
            ],
        );
        check(
            "2019年3月5日开会。当天下午3时散会，第二天上午9时又开。",
            &[
                ("2019年3月5日", "2019-03-05"),
                ("当天", "null"),
                ("下午3时", "2019-03-05T15:00"),
                ("第二天", "null"),
                ("上午9时", "2019-03-06T09:00"),
            ],
        );
        // February's last day depends on the year.
        check(
            "2月28日晚起火。次日凌晨3时扑灭。",
            &[
                ("2月28日晚", "--02-28"),
                ("次日", "null"),
                ("凌晨3时", "null"),
            ],
        );
        check(
            "2020年2月28日晚起火。次日凌晨3时扑灭。",
            &[
                ("2020年2月28日晚", "2020-02-28"),
                ("次日", "null"),
                ("凌晨3时", "2020-02-29T03:00"),
            ],
        );
    }

    #[test]
    fn years_of_the_republic() {
        check(
            "民國38年，他來台。113年3月5日開會。民国元年。於114年底前興建，預計115年完工，\
             116年起實施，經過114年的發展，建校110年來。112年全年營收，113年上半年，113年第三季。",
            &[
                ("民国38年", "1949"),
                ("113年3月5日", "2024-03-05"),
                ("民国元年", "1912"),
                ("114年", "2025"),
                ("115年", "2026"),
                ("116年", "2027"),
                ("112年", "2023"),
                ("113年", "2024"),
                ("113年", "2024"),
            ],
        );
        // A budget's or a report's year (年度) is that year.
        check(
            "2020年度报告显示利润增长。立法院審議109年度總預算，一九九六年度购房补贴。",
            &[
                ("2020年度", "2020"),
                ("109年度", "2020"),
                ("一九九六年度", "1996"),
            ],
        );
        check(
            "1997—1998年度预算，20世纪90年代。",
            &[("1997", "1997"), ("1998年度", "1998")],
        );
        // A count of years is no year of the Republic.
        check("建校150年来，今年迎来校庆。", &[]);
        // The month after the year glossed in the common era is in it;
        // not after a lunar reign's (its months are lunar).
        check(
            "民国109年（2020年）12月15日通车。光绪二十一年（1895年）三月，纱厂开工。",
            &[
                ("民国109年", "2020"),
                ("2020年", "2020"),
                ("12月15日", "2020-12-15"),
                ("光绪二十一年", "1895"),
                ("1895年", "1895"),
                ("三月", "--03"),
            ],
        );
        check(
            "民国109年，2020年，3月12日起施行。民国110年（2021年）通过的条例，4月1日起施行。",
            &[
                ("民国109年", "2020"),
                ("2020年", "2020"),
                ("3月12日", "--03-12"),
                ("民国110年", "2021"),
                ("2021年", "2021"),
                ("4月1日", "--04-01"),
            ],
        );
    }

    #[test]
    fn years_of_a_reign() {
        check(
            "光绪二十一年（1895年），他创办纱厂。永乐三年六月，船队出发。宣统元年。",
            &[
                ("光绪二十一年", "1895"),
                ("1895年", "1895"),
                // A lunar month is not the common era's: the year alone.
                ("永乐三年六月", "1405"),
                ("宣统元年", "1909"),
            ],
        );
        // Japan's eras count solar months.
        check(
            "令和5年4月1日施行，平成31年に。",
            &[("令和5年4月1日", "2023-04-01"), ("平成31年", "2019")],
        );
        // An era's year glossed in brackets, of any size.
        check(
            "长安元年（701年），汉高祖五年（前202年），建炎三年（1129年）。",
            &[("701年", "0701"), ("前202年", "-0201"), ("1129年", "1129")],
        );
        // Past an era's last year, or without a numeral and 年, no date:
        // 咸丰县 is a county, 宣统八年 never was.
        check("宣统八年，咸丰县三年来，康熙字典。", &[]);
    }

    #[test]
    fn durations_and_non_dates_are_left_alone() {
        check("连续40多个日夜满负荷工作，历时3个月。", &[]);
        check("近2000年来，这里一直是商路。", &[]);
        check(
            "1958~1960年间修建了两座水库。",
            &[("1958", "1958"), ("1960年", "1960")],
        );
        // A span of days is no day of the month.
        check("7日内回复率100%，须在15日以内答复，30日之内办结。", &[]);
        check("比分定格在3:1。", &[]);
        check("成交额连续5日破万亿元，停工近10日。", &[]);
        check("向家坝电站7号机组检修", &[]);
    }

    #[test]
    fn relative_dates_are_null() {
        check(
            "连日来，务工人员陆续返岗。第二天，56名党员上岗。第四十二天",
            &[("连日来", "null"), ("第二天", "null")],
        );
        check(
            "大年初四开始联系企业，上周日完成。",
            &[("大年初四", "null"), ("上周日", "null")],
        );
        check(
            "今日（12日）起恢复。",
            &[("今日", "null"), ("12日", "null")],
        );
        // 同年 and 次年 before a month take the last year written.
        check(
            "2022年9月8日被留置，同年12月20日被逮捕，次年3月1日起诉。当年5月。",
            &[
                ("2022年9月8日", "2022-09-08"),
                ("同年12月20日", "2022-12-20"),
                ("次年3月1日", "2023-03-01"),
                ("当年5月", "2023-05"),
            ],
        );
        // Not after a year the text does not write (去年3月).
        check(
            "协会于1996年10月成立，去年3月入会，同年9月参赛。",
            &[("1996年10月", "1996-10"), ("3月", "--03"), ("9月", "--09")],
        );
        // A day and its part in one word; not a paper's name (今晚报).
        check(
            "今晨，台风集结。昨晚起火，今晚报报道。",
            &[("今晨", "null"), ("昨晚", "null")],
        );
    }

    #[test]
    fn traditional_and_full_width() {
        // Offsets are into the folded text, so the slice reads in ASCII.
        check("２０２０年３月２２日", &[("2020年3月22日", "2020-03-22")]);
        check(
            "二〇一九年十一月三日晚上，颱風登陸，氣象臺發布預警。",
            &[("二〇一九年十一月三日晚上", "2019-11-03")],
        );
    }
}
