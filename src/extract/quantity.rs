//! Quantities: a number with its measure word or unit, approximation and object.
//!
//! `5000多名工人` → 5000, 名, over, object 工人. The number grammar is
//! [`number`](super::number); the units are `data/numeric-units.txt`. What
//! is *not* a quantity matters as much (see the gold notes): ordinals
//! (第二批), the indefinite 一 (一只口罩), vague amounts (数百台, 十几万人),
//! identifiers (C919, 7号机组), names in quotes (“暖心八条”) and numbers
//! with no unit (3.6亿).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::extract::charset::char_set;
use crate::extract::number::{
    approx_after_number, approx_after_unit, approx_before, magnitude, may_start, parse_at, Marker,
    Number, Numeral,
};
use crate::report::{Approx, Fact, Kind, Value};
use crate::segment::Doc;

/// What a unit measures, which decides the object and the `个` rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    /// Measure words of things and people (名, 台, 家).
    Count,
    /// Weights, lengths, energy, money (吨, 公里, 千瓦, 美元).
    Measure,
    /// Durations (天, 小时, 年, 日夜).
    Time,
    /// Multiples, points and ages (倍, 百分点, 岁).
    Ratio,
    /// A noun counted without a measure word (省份, 村民).
    Noun,
}

impl UnitClass {
    /// Time units and ratios drop a `个` before them (`30个小时` → 小时).
    fn drops_ge(self) -> bool {
        matches!(self, UnitClass::Time | UnitClass::Ratio)
    }

    fn takes_object(self) -> bool {
        matches!(self, UnitClass::Count | UnitClass::Measure)
    }
}

struct Unit {
    chars: Vec<char>,
    name: String,
    class: UnitClass,
}

/// Units by first character, longest first.
fn units() -> &'static HashMap<char, Vec<Unit>> {
    static UNITS: OnceLock<HashMap<char, Vec<Unit>>> = OnceLock::new();
    UNITS.get_or_init(|| {
        let mut map: HashMap<char, Vec<Unit>> = HashMap::new();
        for line in include_str!("../../data/numeric-units.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split_whitespace();
            let (Some(name), Some(class)) = (fields.next(), fields.next()) else {
                continue;
            };
            let class = match class {
                "count" => UnitClass::Count,
                "measure" => UnitClass::Measure,
                "time" => UnitClass::Time,
                "ratio" => UnitClass::Ratio,
                "noun" => UnitClass::Noun,
                _ => continue,
            };
            let chars: Vec<char> = name.chars().collect();
            map.entry(chars[0]).or_default().push(Unit {
                chars,
                name: name.to_string(),
                class,
            });
        }
        for list in map.values_mut() {
            list.sort_by_key(|u| std::cmp::Reverse(u.chars.len()));
        }
        map
    })
}

/// The longest unit starting at `i`; one in Latin letters only where no
/// letter follows it (10GB, not the G of 5G or the m of 3mm's mm).
fn unit_at(chars: &[char], i: usize) -> Option<&'static Unit> {
    units_at(chars, i).next()
}

/// Every unit starting at `i`, longest first.
fn units_at(chars: &[char], i: usize) -> impl Iterator<Item = &'static Unit> + '_ {
    let list = chars.get(i).and_then(|c| units().get(c));
    list.into_iter().flatten().filter(move |u| {
        let end = i + u.chars.len();
        chars.len() >= end
            && chars[i..end] == u.chars[..]
            && !(u.chars[u.chars.len() - 1].is_ascii_alphabetic()
                && chars.get(end).is_some_and(|c| c.is_ascii_alphabetic()))
    })
}

/// The longest unit at `i` that ends a word, else the longest: 2000多亩|
/// 次生林 is 亩, where 8200万亩次 is 亩次.
fn unit_at_word(doc: &Doc, i: usize) -> Option<&'static Unit> {
    let mut units = units_at(&doc.chars, i);
    let longest = units.next()?;
    let ends_word = |u: &&Unit| doc.is_boundary(i + u.chars.len());
    if ends_word(&longest) {
        return Some(longest);
    }
    units.find(ends_word).or(Some(longest))
}

fn at(chars: &[char], i: usize) -> char {
    chars.get(i).copied().unwrap_or('\0')
}

fn is_list_mark(c: char) -> bool {
    matches!(c, '、' | '~' | '～' | '-' | '－' | '—' | '至' | '到')
}

/// Does a numbered session follow a term's 届 at `from`, after at most a
/// body's name (届全国人大三次会议, 届三中全会, 届二十三次常委会)?
fn session_follows(chars: &[char], from: usize) -> bool {
    let to = chars.len().min(from + 16);
    (from..to)
        .take_while(|&k| crate::script::is_han(chars[k]))
        .any(|k| {
            let digits = (k..to)
                .take_while(|&d| super::number::chinese_digit(chars[d]).is_some())
                .count();
            digits > 0 && session_noun(&chars[k + digits..to])
        })
}

/// A session's noun after its number: 中全会, or 次 and a meeting within
/// a few chars (次会议, 次全会, 次理事会, 次常委会议).
fn session_noun(rest: &[char]) -> bool {
    rest.starts_with(&['中', '全', '会'])
        || (rest.first() == Some(&'次') && rest[1..rest.len().min(5)].contains(&'会'))
}

/// Is the number at `start` a session's, after a term's 届 and at most a
/// body's name (十四届全国人大|三次会议)?
fn term_before(chars: &[char], start: usize) -> bool {
    (start.saturating_sub(10)..start)
        .rev()
        .take_while(|&k| crate::script::is_han(chars[k]))
        .any(|k| chars[k] == '届')
}

/// The one to three digits ending at `end` that no other digit or decimal
/// point precedes, and their value: the minutes of 1分44秒, the hours of
/// 3小时39分.
fn digits_ending_at(chars: &[char], end: usize) -> Option<(usize, f64)> {
    let mut m = end;
    while m > 0 && end - m < 3 && chars[m - 1].is_ascii_digit() {
        m -= 1;
    }
    let glued =
        m > 0 && (chars[m - 1].is_ascii_digit() || super::number::is_decimal_point(chars[m - 1]));
    (m < end && !glued).then(|| (m, digits_value(&chars[m..end])))
}

/// The value of a run of ASCII digits.
fn digits_value(digits: &[char]) -> f64 {
    digits
        .iter()
        .fold(0.0, |a, c| a * 10.0 + f64::from(*c as u8 - b'0'))
}

/// A unit as read after a number: its name in the output, class and end.
struct ReadUnit {
    name: &'static str,
    class: UnitClass,
    end: usize,
    /// `一个半小时`, `两年半`: a half added to the number.
    half: bool,
    /// `两个多月`, `一年多`: over.
    over: bool,
}

/// Reads the unit at `j`, with `个` before time units dropped and the
/// halves and 多 that may sit around them.
fn read_unit(doc: &Doc, j: usize) -> Option<ReadUnit> {
    let chars = &doc.chars;
    let mut k = j;
    let mut over = false;
    let mut half = false;
    if at(chars, k) == '个' {
        // 30个小时, 40多个日夜 (多 before 个 is read by the caller),
        // 两个多月, 一个半小时, 1.5个百分点, 3个月.
        let mut m = k + 1;
        if at(chars, m) == '多' {
            over = true;
            m += 1;
        } else if at(chars, m) == '半' {
            half = true;
            m += 1;
        }
        if at(chars, m) == '月' && !matches!(at(chars, m + 1), '份' | '饼' | '亮' | '球') {
            return Some(ReadUnit {
                name: "月",
                class: UnitClass::Time,
                end: m + 1,
                half,
                over,
            });
        }
        // Not 个|点子 (ideas) or 个|分公司: points and scores are never
        // counted with 个.
        // Nor 个|天然 (a word that begins with the unit).
        if let Some(u) = unit_at(chars, m).filter(|u| {
            u.class.drops_ge()
                && u.name != "点"
                && u.name != "分"
                && doc.is_boundary(m + u.chars.len())
        }) {
            return Some(ReadUnit {
                name: &u.name,
                class: u.class,
                end: m + u.chars.len(),
                half,
                over,
            });
        }
        over = false;
        half = false;
    }
    let u = unit_at_word(doc, k)?;
    k += u.chars.len();
    // 10的24次方, 2的10次幂: an exponent, not a count of times.
    if u.name == "次" && matches!(at(chars, k), '方' | '幂') {
        return None;
    }
    if u.class == UnitClass::Time {
        // 两年半, 一年多.
        if at(chars, k) == '半' && !may_start(at(chars, k + 1)) {
            half = true;
            k += 1;
        } else if at(chars, k) == '多' && doc.is_boundary(k) {
            over = true;
            k += 1;
        }
    }
    Some(ReadUnit {
        name: &u.name,
        class: u.class,
        end: k,
        half,
        over,
    })
}

/// Does the unit end where a word ends? `3天津`, `五台山`, `5年级` do not:
/// the characters after the number belong to another word. `3个人` and
/// `七十多块钱` are the common exceptions (jieba keeps 个人 and 块钱 together).
fn unit_ends_word(doc: &Doc, unit_start: usize, unit_end: usize) -> bool {
    if doc.is_boundary(unit_end) {
        return true;
    }
    let Some(k) = doc.token_at(unit_end - 1) else {
        return true;
    };
    let t = &doc.tokens[k];
    if t.start < unit_start {
        // The number and unit are the head of a longer word (五台山).
        return t.tag.starts_with('m');
    }
    // jieba glues a unit to the next word now and then (5天在, 3个人, a
    // word its HMM made up: 19999元起); a real word starting with the unit
    // (天津, 年级, 台风) ends the reading.
    // 块钱 is the same: the colloquial yuan and its 钱 (七十多|块钱); so are
    // a span's 内 and 间 (3|年内, 20|年间) and 才 "only then" (赛前3|天才|
    // 归队: back only 3 days before the game).
    matches!(t.word, "个人" | "块钱" | "年内" | "天内" | "年间" | "天才")
        || doc.is_guessed(t)
        || !(t.tag.starts_with('n') || matches!(t.tag, "t" | "s" | "a" | "vn" | "j"))
}

/// What a number turned out to be.
enum Reading {
    /// Boxed: a fact is ten times the size of the other readings.
    Quantity(Box<Fact>),
    /// A number with no unit of its own, followed by a list or range mark:
    /// it may share the unit of the number after the mark (`2.7、1.6、1.3倍`).
    Listed {
        marker: Option<Marker>,
        next: usize,
    },
    /// An ordinal followed by a list mark: the next number is one too (`第1、2批`).
    OrdinalListed {
        next: usize,
    },
    Nothing,
}

pub fn extract(doc: &Doc, claimed: &[Fact]) -> Vec<Fact> {
    let chars = &doc.chars;
    let mut claimed: Vec<(usize, usize)> = claimed.iter().map(|f| (f.start, f.end)).collect();
    claimed.sort_unstable();
    let mut claimed_iter = 0;

    let mut facts = Vec::new();
    // Numbers waiting for a shared unit, and where the next list item must start.
    let mut pending: Vec<(Number, Option<Marker>)> = Vec::new();
    let mut pending_next = usize::MAX;
    let mut ordinal_next = usize::MAX;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !(may_start(c) || c == '几' || c == '数') {
            i += 1;
            continue;
        }
        if i > 0 && (chars[i - 1].is_ascii_digit() || super::number::is_decimal_point(chars[i - 1]))
        {
            i += 1;
            continue;
        }
        let Some(num) = parse_at(chars, i) else {
            i += 1;
            continue;
        };
        while claimed_iter < claimed.len() && claimed[claimed_iter].1 <= num.start {
            claimed_iter += 1;
        }
        if claimed_iter < claimed.len() && claimed[claimed_iter].0 < num.end {
            // A date or percentage: resume after it.
            i = claimed[claimed_iter].1.max(i + 1);
            pending.clear();
            continue;
        }
        let in_ordinal_list = num.start == ordinal_next;
        let reading = if in_ordinal_list {
            match is_list_mark(at(chars, num.end)) {
                true => Reading::OrdinalListed { next: num.end + 1 },
                false => Reading::Nothing,
            }
        } else {
            read_quantity(doc, &num)
        };
        ordinal_next = usize::MAX;
        // The list goes on at `pending_next`, or after a 零下 there
        // (零下5至零下10℃).
        let continues = num.start == pending_next
            || (pending_next < num.start && chars[pending_next..num.start] == ['零', '下']);
        match reading {
            Reading::Quantity(fact) => {
                if continues {
                    // 2.7、1.6、1.3倍: the earlier numbers share the unit.
                    for (n, marker) in pending.drain(..) {
                        facts.push(listed_fact(chars, &n, marker, &fact, &num));
                    }
                }
                pending.clear();
                pending_next = usize::MAX;
                i = fact.end.max(i + 1);
                // A race time reaches back over its hours (3小时|39分31秒):
                // the whole time replaces the hours read alone.
                while facts.last().is_some_and(|f: &Fact| f.end > fact.start) {
                    facts.pop();
                }
                facts.push(*fact);
            }
            Reading::Listed { marker, next } => {
                if !continues {
                    pending.clear();
                }
                pending.push((num, marker));
                pending_next = next;
                i = num.end;
            }
            Reading::OrdinalListed { next } => {
                pending.clear();
                ordinal_next = next;
                i = num.end;
            }
            Reading::Nothing => {
                pending.clear();
                pending_next = usize::MAX;
                i = num.end.max(i + 1);
            }
        }
    }
    about_ranges(chars, &mut facts);
    facts
}

/// "About" before a range is about both its ends (约3至5万人, 约为2.3亿元至
/// 2.5亿元): the last figure takes it from the first, when a range mark
/// alone joins them and the first's "about" came before it (not its own
/// 左右 or 上下).
fn about_ranges(chars: &[char], facts: &mut [Fact]) {
    for k in 1..facts.len() {
        let (a, b) = (&facts[k - 1], &facts[k]);
        let joined = b.start == a.end + 1 && is_list_mark(chars[a.end]) && chars[a.end] != '、';
        let own = a.end >= 2 && matches!(chars[a.end - 2..a.end], ['左', '右'] | ['上', '下']);
        if joined && !own && a.approx == Some(Approx::About) && b.approx == Some(Approx::Exact) {
            facts[k].approx = Some(Approx::About);
        }
    }
}

/// Do seconds follow at `at` (4分|36秒: a time, not a score)? A count after
/// a score is no time (得到28分|12个篮板).
fn minutes_follow(chars: &[char], at: usize) -> bool {
    let digits = chars[at.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    digits > 0
        && !matches!(
            chars.get(at + digits),
            Some('个' | '次' | '记' | '板' | '助' | '篮')
        )
}

/// Does an earthquake or a wind follow a figure in 级 (6级以上地震, 7级大风,
/// 5级—6级偏北风, 6级以上阵风, 12级台风)?
fn force_follows(rest: &[char]) -> bool {
    let mut rest = match rest {
        ['以', '上' | '下', r @ ..] | ['左', '右', r @ ..] => r,
        r => r,
    };
    // The range's first figure (5级—6级偏北风): what follows the second.
    if let [dash, r @ ..] = rest {
        let digits = r.iter().take_while(|c| c.is_ascii_digit()).count();
        if is_list_mark(*dash) && *dash != '、' && digits > 0 && r.get(digits) == Some(&'级') {
            rest = &r[digits + 1..];
        }
    }
    if matches!(rest, ['地' | '余', '震', ..]) {
        return true;
    }
    let rest = rest.strip_prefix(&['偏']).unwrap_or(rest);
    let dirs = rest
        .iter()
        .take(2)
        .take_while(|c| matches!(c, '东' | '南' | '西' | '北'))
        .count();
    match &rest[dirs..] {
        // Not the 风 of a word (3级风险区, 风格, 风景).
        ['风', next, ..] => !"险格貌采光景波俗气度范味情韵".contains(*next),
        ['风'] => true,
        ['大' | '阵' | '台' | '飓', '风', ..] => dirs == 0,
        _ => false,
    }
}

/// Is the figure in 级 after a word for the wind's force, the Richter
/// scale or a quake's intensity, in the same clause (阵风可达9级, 风力达8级,
/// 里氏7级以上, 最大震度4级)?
fn force_before(before: &[char]) -> bool {
    let clause = before
        .iter()
        .rposition(|c| "，。；：、,;:".contains(*c))
        .map_or(before, |p| &before[p + 1..]);
    clause
        .windows(2)
        .any(|w| matches!(w, ['阵' | '风', '风' | '力'] | ['里', '氏'] | ['震', '度']))
}

/// Where the sign of a temperature below zero begins, when one comes right
/// before the number at `start` (零下16℃, -3.2℃; not the dash of a range,
/// 5-7℃).
fn below_zero(chars: &[char], start: usize, unit: &str) -> Option<usize> {
    if !matches!(unit, "℃" | "摄氏度" | "度" | "华氏度" | "℉") {
        return None;
    }
    if start >= 2 && chars[start - 2..start] == ['零', '下'] {
        return Some(start - 2);
    }
    let dash = start >= 1 && matches!(chars[start - 1], '-' | '−');
    let after_figure = start >= 2 && chars[start - 2].is_ascii_alphanumeric();
    (dash && !after_figure).then(|| start - 1)
}

/// A list item that shares the unit of `last`.
fn listed_fact(
    chars: &[char],
    n: &Number,
    marker: Option<Marker>,
    last: &Fact,
    last_num: &Number,
) -> Fact {
    let mut start = marker.filter(|m| m.adjacent).map_or(n.start, |m| m.start);
    let mut value = n.value * shared_magnitude(chars, n, last_num);
    if let Some(sign) = below_zero(chars, n.start, last.unit.as_deref().unwrap_or("")) {
        value = -value;
        start = start.min(sign);
    }
    let mut f = Fact::new(Kind::Quantity, start, n.end);
    f.value = Some(Value::Number(value));
    f.unit = last.unit.clone();
    f.approx = Some(marker.map_or(Approx::Exact, |m| m.approx));
    f.object = last.object.clone();
    f
}

/// The magnitude a range's first figure takes from its last (五至六万人 is
/// 50,000 to 60,000; 3至5亿元): the 万, 亿 or 千 the last figure ends in,
/// when the first ends in a digit and stays below the last with it (2、3万人
/// too; 100至5万 keeps its 100). Otherwise 1.
fn shared_magnitude(chars: &[char], first: &Number, last: &Number) -> f64 {
    let ends_in_digit = |n: &Number| {
        let c = chars[n.end - 1];
        c.is_ascii_digit() || super::number::chinese_digit(c).is_some()
    };
    if !ends_in_digit(first) || ends_in_digit(last) {
        return 1.0;
    }
    let mut scale = 1.0;
    for &c in chars[last.start..last.end].iter().rev() {
        match c {
            '万' | '亿' | '千' => scale *= super::number::magnitude(c).unwrap_or(1.0),
            _ => break,
        }
    }
    if scale > 1.0 && first.value * scale <= last.value {
        scale
    } else {
        1.0
    }
}

fn read_quantity(doc: &Doc, num: &Number) -> Reading {
    let chars = &doc.chars;
    let before = if num.start > 0 {
        chars[num.start - 1]
    } else {
        '\0'
    };
    if before == '第' {
        return match is_list_mark(at(chars, num.end)) {
            true => Reading::OrdinalListed { next: num.end + 1 },
            false => Reading::Nothing,
        };
    }
    if num.vague || num.numeral == Numeral::DigitString {
        return Reading::Nothing;
    }
    // 初三 (a lunar day), 周一/星期三 (weekdays), 7号 (an identifier), 前三 (a rank).
    let weekday =
        num.start >= 2 && matches!(chars[num.start - 2..num.start], ['星', '期'] | ['礼', '拜']);
    // 每周2班 is a weekly count, no weekday.
    let weekly = before == '周' && num.start >= 2 && chars[num.start - 2] == '每';
    if weekday || (matches!(before, '初' | '周' | '号' | '#' | '№') && !weekly) {
        return Reading::Nothing;
    }
    let marker = approx_before(doc, num.start, num.round);
    let chinese = matches!(num.numeral, Numeral::Chinese | Numeral::Half);
    // 以|九票: jieba's HMM glued a preposition to the numeral, in a word
    // it made up; the numeral starts the figure all the same.
    let glued_preposition = num.start > 0
        && char_set!("以为达获得共约近仅至").contains(chars[num.start - 1])
        && doc.token_at(num.start).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start + 1 == num.start && doc.is_guessed(&t)
        });
    if chinese && !doc.is_boundary(num.start) && marker.is_none() && !glued_preposition {
        // 统一, 万一, 暖心八条 inside a longer word.
        return Reading::Nothing;
    }
    // A lone 百/千/万 (百姓, 千年, 万人空巷) is not a figure; 千万千瓦 is, and
    // so is one with 余 after it (千余名, 百余人: over a thousand, a
    // hundred, as 1000余名 is).
    // A lone 十 is ten of what follows (十名工人, 十天); 十分 ("very") is no
    // score (below).
    let ten = chars[num.start..num.end] == ['十'];
    if num.round
        && !ten
        && marker.is_none()
        && magnitude_count(chars, num) < 2
        && !(at(chars, num.end) == '余' && doc.is_boundary(num.start))
    {
        return Reading::Nothing;
    }

    let mut value = num.value;
    let mut j = num.end;
    let mut approx = None;
    if let Some((a, e)) = approx_after_number(chars, j) {
        approx = Some(a);
        j = e;
        // 3000多万元, 十多万人: the magnitude comes after 多.
        if let Some(m) = magnitude(at(chars, j)).filter(|&m| m >= 1e4) {
            value *= m;
            j += 1;
        }
    }
    // 日 is no unit (12日 is a day of the month), but a decimal number of
    // 日 is a duration (平均逗留1.2日, as Hong Kong and Macau write days),
    // and so is a number a count's word comes before (连续5日).
    let days = ((num.decimal
        || crate::extract::date::counts_days(chars, num.start)
        || at(chars, j + 1) == '内')
        && at(chars, j) == '日')
        .then_some(ReadUnit {
            name: "日",
            class: UnitClass::Time,
            end: j + 1,
            half: false,
            over: false,
        });
    // 级 is no unit (三级响应, 5级台阶 are ranks), but a magnitude or a wind
    // force in digits is a measure: 6.8级地震, 7级大风.
    let scale = (num.numeral == Numeral::Arabic && at(chars, j) == '级' && {
        num.decimal
            || force_follows(&chars[j + 1..chars.len().min(j + 12)])
            || force_before(&chars[num.start.saturating_sub(6)..num.start])
    })
    .then_some(ReadUnit {
        name: "级",
        class: UnitClass::Ratio,
        end: j + 1,
        half: false,
        over: false,
    });
    // 芮氏规模6.2, 规模4.3的余震: Taiwan writes a quake's magnitude after
    // 规模, with no 级; the word is its unit.
    if num.numeral == Numeral::Arabic
        && num.start >= 2
        && chars[num.start - 2..num.start] == ['规', '模']
        && value < 10.0
        && approx.is_none()
        && scale.is_none()
    {
        let mut fact = Fact::new(Kind::Quantity, num.start - 2, j);
        fact.value = Some(Value::Number(value));
        fact.unit = Some("规模".to_string());
        fact.approx = Some(marker.map_or(Approx::Exact, |m| m.approx));
        return Reading::Quantity(Box::new(fact));
    }
    let Some(unit) = read_unit(doc, j).or(days).or(scale) else {
        if approx.is_none() && is_list_mark(at(chars, j)) && may_start(at(chars, j + 1)) {
            return Reading::Listed {
                marker,
                next: j + 1,
            };
        }
        return Reading::Nothing;
    };
    if num.numeral == Numeral::Half {
        // 半小时, 半天, 近半年; not 上半年, 一半, 多半天; but the end of a
        // longer word is no such prefix (提前|半个月, 之后|半年).
        let word_before = doc
            .token_ending_at(num.start)
            .is_some_and(|k| doc.tokens[k].end - doc.tokens[k].start >= 2);
        let ok = unit.class == UnitClass::Time
            && (word_before
                || !matches!(
                    before,
                    '上' | '下' | '前' | '后' | '大' | '多' | '一' | '这' | '那' | '每' | '小'
                ));
        if !ok || unit.half {
            return Reading::Nothing;
        }
    }
    if unit.class == UnitClass::Noun && num.numeral == Numeral::Half {
        return Reading::Nothing;
    }
    let unit_start = unit.end - unit.name.chars().count() - usize::from(unit.half || unit.over);
    // A digit figure with a measure word is a count whatever jieba glues
    // after it (1名人社服务人员); durations and nouns are checked (3天津).
    let glue_ok = num.numeral == Numeral::Arabic && unit.class == UnitClass::Count;
    if !glue_ok && !unit_ends_word(doc, unit_start.max(j), unit.end) {
        return Reading::Nothing;
    }
    // 500股, 1.2亿股 (shares), 12亿单 (orders), 30万字 (words): in digits or
    // with a magnitude; 两股势力, 一单生意 and “结合”二字 count no shares,
    // orders or text.
    if matches!(unit.name, "股" | "单" | "字") && num.numeral != Numeral::Arabic && value < 1e4 {
        return Reading::Nothing;
    }
    // 排名前三位, 全球前五名, 后三位: a rank reached, not a count of people
    // (前3个月 is a span); not the 前 of 目前, 此前 or 之后 (目前73名职工).
    if matches!(before, '前' | '后')
        && !char_set!("目当此之提眼日年空以然午").contains(at(chars, num.start.wrapping_sub(2)))
        && matches!(unit.name, "位" | "名")
        && unit_start == j
    {
        return Reading::Nothing;
    }
    // 2000则贴文, 两则消息, 1200余则: items of news or posts; not the 则 ("then")
    // of 低于60则不及格, which a verb or adverb follows, nor the 一则…二则
    // ("firstly… secondly") that opens a clause.
    if unit.name == "则" {
        let noun_follows = doc
            .token_at(unit.end)
            .is_some_and(|k| doc.tokens[k].start == unit.end && doc.tokens[k].tag.starts_with('n'));
        let enumerator = num.end == num.start + 1
            && matches!(chars[num.start], '一' | '二' | '三' | '四')
            && (num.start == 0 || "，。；：！？“”、\n".contains(before));
        // Over so many (1200余则) is a count, whatever follows.
        if (!noun_follows && approx.is_none()) || enumerator {
            return Reading::Nothing;
        }
    }
    // 列车12对, 1100余对: pairs; not a score (以3对2获胜).
    if unit.name == "对" && may_start(at(chars, unit.end)) {
        return Reading::Nothing;
    }
    // 直落三局, 主投7局: games or innings; not the numbered bureau of a
    // body named right before (中建|三局, 中铁|18|局), the railway's even in
    // a word jieba's HMM made up (由铁|18|局); nor an inning's half
    // (8局下, 9局上: the eighth's bottom, the ninth's top).
    if unit.name == "局"
        && (before == '铁'
            || matches!(at(chars, unit.end), '上' | '下')
            || doc
                .token_ending_at(num.start)
                .is_some_and(|k| matches!(doc.tokens[k].tag, "n" | "nt" | "nz" | "ns" | "j")))
    {
        return Reading::Nothing;
    }
    // 9226.55点, 8780点, 跌54点, 涨8点: index points, past any hour of the
    // clock or after a rise or fall; not 两点 (two points made), 8点 (a
    // clock time) or 一点 (a little).
    let after_change = || {
        chars[..num.start]
            .iter()
            .rev()
            .find(|&&c| !matches!(c, '约' | '近' | '逾' | '了'))
            .is_some_and(|&c| matches!(c, '涨' | '跌'))
    };
    if unit.name == "点"
        && !(num.numeral == Numeral::Arabic
            && (value > 24.0
                || after_change()
                || chars[num.start..num.end]
                    .iter()
                    .any(|&c| super::number::is_decimal_point(c))))
    {
        return Reading::Nothing;
    }
    // 31分 (points, a score), in digits right after the number: not 十分
    // ("very"), 五分之一 (a fifth), 4分36秒 (a time), 32个分公司.
    // Nor 2小时47分 (minutes) or 2分别 (respectively).
    if unit.name == "分"
        && (num.numeral != Numeral::Arabic
            || unit_start != j
            || at(chars, unit.end) == '之'
            || minutes_follow(chars, unit.end)
            || (num.start > 0 && chars[num.start - 1] == '时')
            || !doc.is_boundary(unit.end))
    {
        return Reading::Nothing;
    }
    // 波音757|班机: a measure word that begins a longer word is no unit.
    if unit.name == "班" && !doc.is_boundary(unit.end) {
        return Reading::Nothing;
    }
    // 5年级, 80年代, 2020年度: grades and eras, not durations.
    let after = (at(chars, unit.end), at(chars, unit.end + 1));
    if unit.name == "年"
        && (matches!(after.0, '级' | '代' | '度' | '初' | '底' | '末' | '中')
            // 五年规划, 三年计划: plans are named by their span.
            || matches!(after, ('规', '划') | ('计', '划'))
            // 建炎三年（1129年）: a reign's year, dated in brackets.
            || (matches!(after.0, '（' | '(') && super::number::bracketed_year_at(chars, unit.end + 1)))
    {
        return Reading::Nothing;
    }
    // 十四届全国人大三次会议, 十五届三中全会: a body's term and its
    // session are numbered, not counted.
    // 2025届毕业生: a year's class, not a count of terms.
    let class_of = unit.name == "届"
        && num.numeral == Numeral::Arabic
        && num.end - num.start == 4
        && (1900.0..=2100.0).contains(&value);
    if (unit.name == "届" && (class_of || session_follows(chars, unit.end)))
        || (unit.name == "次"
            && unit_start == j
            && term_before(chars, num.start)
            && session_noun(&chars[unit_start..chars.len().min(unit_start + 5)]))
    {
        return Reading::Nothing;
    }
    // 一季度, 二季度, 前三季度: quarters of the year by name, not counts
    // (两个季度 is one).
    if unit.name == "季度" && unit_start == j && approx.is_none() && (1.0..=4.0).contains(&value)
    {
        return Reading::Nothing;
    }
    if unit.half {
        value += 0.5;
    }
    if unit.over {
        approx = approx.or(Some(Approx::Over));
    }
    // The indefinite 一 (一只口罩, 一个人) is not a count; 一年多,
    // 一个半小时 and a multiple (增加了一倍: doubled) are.
    if num.is_indefinite_one(chars) && approx.is_none() && !unit.half && unit.name != "倍" {
        return Reading::Nothing;
    }
    // 半夜 is midnight, no half a night.
    if chars[num.start..num.end] == ['半'] && matches!(unit.name, "夜" | "晚") {
        return Reading::Nothing;
    }
    let mut end = unit.end;
    // 9秒97, 20米43, 1米8: sport's and everyday times and lengths write the
    // fraction after the unit. Only one or two digits that nothing numeric
    // follows (not 2分30秒, 100米400米).
    if matches!(unit.name, "秒" | "米")
        && num.numeral == Numeral::Arabic
        && !chars[num.start..num.end]
            .iter()
            .any(|&c| super::number::is_decimal_point(c))
    {
        let mut d = end;
        while d < chars.len() && d - end < 3 && chars[d].is_ascii_digit() {
            d += 1;
        }
        let next = at(chars, d);
        if (1..=2).contains(&(d - end))
            && !next.is_ascii_digit()
            && !super::number::is_decimal_point(next)
            && !matches!(next, '%' | '％')
            && unit_at(chars, d).is_none()
        {
            let frac = digits_value(&chars[end..d]);
            // One division, correctly rounded (9.97, not 9.969999…).
            let scale = 10f64.powi((d - end) as i32);
            value = (value * scale + frac) / scale;
            end = d;
        }
    }
    // 1分44秒65: a race time's minutes before its seconds, and the hours
    // before them (3小时39分31秒).
    let mut minutes_start = None;
    if unit.name == "秒"
        && num.numeral == Numeral::Arabic
        && at(chars, num.start.wrapping_sub(1)) == '分'
    {
        // Not a clock's (3时39分31秒: the date's time, read by dates).
        let clock = |m: usize| m >= 2 && chars[m - 1] == '时' && chars[m - 2].is_ascii_digit();
        if let Some((m, minutes)) =
            digits_ending_at(chars, num.start - 1).filter(|&(m, _)| !clock(m))
        {
            value += minutes * 60.0;
            minutes_start = Some(m);
            if m >= 2 && chars[m - 2..m] == ['小', '时'] {
                if let Some((h, hours)) = digits_ending_at(chars, m - 2) {
                    value += hours * 3600.0;
                    minutes_start = Some(h);
                }
            }
            // Rounded to the hundredths written (276.66, not 276.65999…).
            value = (value * 1e6).round() / 1e6;
        }
    }
    // 1小时06分, 2小时30分钟: a span of hours and minutes is its minutes
    // (the seconds' own reading takes 3小时39分31秒 whole).
    let mut unit_name = unit.name;
    if unit.name == "小时" && num.numeral == Numeral::Arabic && unit.end == end {
        if let Some((m_end, minutes)) = minutes_after_hours(doc, end) {
            value = value * 60.0 + minutes;
            unit_name = "分钟";
            end = m_end;
        }
    }
    // 3年8个月, 三年零六个月: a span of years and months is its months.
    if unit.name == "年" && unit.end == end && !unit.half {
        if let Some((m_end, months)) = months_after_years(chars, end) {
            value = value * 12.0 + months;
            unit_name = "月";
            end = m_end;
        }
    }
    if let Some((a, e)) = approx_after_unit(doc, end) {
        approx = Some(a);
        end = e;
    } else if unit_name == "倍"
        && at(chars, end) == '多'
        && !crate::script::is_han(at(chars, end + 1))
    {
        // 5倍多: over five times (not 5倍|多数).
        approx = Some(Approx::Over);
        end += 1;
    }
    if is_quoted_name(chars, num.start, end) {
        return Reading::Nothing;
    }
    // 每10股派发现金红利3.5元, 每100名学生中有3名: the base of a rate,
    // which a figure follows in its clause (NOTES: 一周 in 一周至少有5天).
    if before == '每' && rate_follows(chars, end) {
        return Reading::Nothing;
    }

    let approx = approx
        .or(marker.map(|m| m.approx))
        .unwrap_or(if num.round && !ten {
            Approx::About
        } else {
            Approx::Exact
        });
    let mut start = minutes_start
        .unwrap_or_else(|| marker.filter(|m| m.adjacent).map_or(num.start, |m| m.start));
    if let Some(sign) = below_zero(chars, num.start, unit.name) {
        value = -value;
        start = start.min(sign);
    }
    let mut fact = Fact::new(Kind::Quantity, start, end);
    fact.value = Some(Value::Number(value));
    fact.unit = Some(unit_name.to_string());
    fact.approx = Some(approx);
    // 千万千瓦级基地: a class of things, not a count of them.
    if unit.class.takes_object() && at(chars, end) != '级' {
        fact.object = object_after(doc, end, unit.name);
    }
    Reading::Quantity(Box::new(fact))
}

/// Does a figure follow `from` within its clause (每10股|派发现金红利3.5元)?
fn rate_follows(chars: &[char], from: usize) -> bool {
    chars[from..chars.len().min(from + 12)]
        .iter()
        .take_while(|&&c| !char_set!("，。；：！？,;").contains(c))
        .any(|&c| may_start(c))
}

/// The minutes right after an hours' unit (`06分`, `30分钟`): their end and
/// number. Not the minutes of a time with seconds (`39分31秒`), a fraction
/// (`2分之1`) or 分 inside a word (`5分别`).
fn minutes_after_hours(doc: &Doc, p: usize) -> Option<(usize, f64)> {
    let chars = &doc.chars;
    let mut d = p;
    while d < chars.len() && d - p < 3 && chars[d].is_ascii_digit() {
        d += 1;
    }
    if !(1..=2).contains(&(d - p)) || at(chars, d) != '分' {
        return None;
    }
    let minutes = digits_value(&chars[p..d]);
    if minutes >= 60.0 {
        return None;
    }
    if at(chars, d + 1) == '钟' {
        return Some((d + 2, minutes));
    }
    let next = at(chars, d + 1);
    // 分 ends a word, or starts one jieba's HMM made up (06|分可达).
    let ends_word = doc.is_boundary(d + 1)
        || doc.token_at(d).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == d && doc.is_guessed(&t)
        });
    (!next.is_ascii_digit() && next != '之' && ends_word).then_some((d + 1, minutes))
}

/// The months written right after a span of years ending at `p`
/// (`8个月`, `零六个月`, `十一个月`): where they end and how many, if fewer
/// than twelve.
fn months_after_years(chars: &[char], p: usize) -> Option<(usize, f64)> {
    let from = if at(chars, p) == '零' { p + 1 } else { p };
    let (months, d) = super::number::small_int_at(chars, from)?;
    (months < 12 && at(chars, d) == '个' && at(chars, d + 1) == '月')
        .then_some((d + 2, f64::from(months)))
}

/// How many magnitude characters a round number has (千万 = 2).
fn magnitude_count(chars: &[char], num: &Number) -> usize {
    chars[num.start..num.end]
        .iter()
        .filter(|&&c| magnitude(c).is_some())
        .count()
}

/// `“暖心八条”`: a number closing a short quoted name is part of the name.
fn is_quoted_name(chars: &[char], start: usize, end: usize) -> bool {
    if !matches!(at(chars, end), '”' | '」' | '』' | '"') {
        return false;
    }
    let mut k = start;
    while k > 0 && start - k < 8 {
        let c = chars[k - 1];
        if matches!(c, '“' | '「' | '『' | '"') {
            return k < start;
        }
        if !crate::script::is_han(c) {
            return false;
        }
        k -= 1;
    }
    false
}

fn is_nounish(tag: &str) -> bool {
    tag.starts_with('n') || matches!(tag, "vn" | "s" | "b" | "j" | "eng" | "an" | "l")
}

/// The noun counted, after the unit: the noun phrase right there
/// (`130万只防护口罩` → 防护口罩), a quoted name (`5支“党员服务先锋队”`), or
/// the head after a relative clause (`41名参与检修的员工` → 员工,
/// `10个不同的专业分部` → 专业分部).
fn object_after(doc: &Doc, pos: usize, unit: &str) -> Option<String> {
    let tokens = &doc.tokens;
    let mut k = tokens.partition_point(|t| t.start < pos);
    let first = tokens.get(k)?;
    if first.start != pos {
        return None;
    }
    if matches!(first.word, "“" | "「") {
        return quoted_at(&doc.chars, pos);
    }
    // 1681公里处|时, 70公里处: where on a road, not what is counted; nor
    // 处在 ("is in"). Not 处级干部, 处室, 时代.
    if matches!(first.word, "处" | "时" | "处时" | "处在" | "处于") {
        return None;
    }
    // 1671亿元|人民币: the currency the yuan are, not a thing counted; the
    // noun after it is (1.5亿元人民币|贷款).
    if unit.ends_with('元') && first.word == "人民币" {
        k += 1;
        if tokens.get(k).is_none_or(|t| t.start != first.end) {
            return None;
        }
    }
    let counts_people = matches!(unit, "人" | "名" | "位" | "人次");
    let mut after_de = first.word == "的";
    if after_de {
        // 30多人的剧团: a body of so many people, not people counted.
        if counts_people {
            return None;
        }
        k += 1;
    }
    // 339个地级及以上城市, 5家县级以上医院: the level and its range say
    // which; the noun after them is what is counted.
    if tokens.get(k).is_some_and(|t| t.word.ends_with('级')) {
        let mut j = k + 1;
        if tokens.get(j).is_some_and(|t| t.word == "及") {
            j += 1;
        }
        if tokens
            .get(j)
            .is_some_and(|t| matches!(t.word, "以上" | "以下"))
        {
            k = j + 1;
            // 两项省部级以上的科研项目.
            if tokens.get(k).is_some_and(|t| t.word == "的") {
                after_de = true;
                k += 1;
            }
        }
    }
    // 8名专家组成的工作组, 2万名乡亲演出…的节目: people right after the
    // unit are the people counted, whatever clause follows them (4名家境
    // 贫困的学生, 6万名原计划坐汽车的旅客: a clause, its head counted).
    // A noun for people ends in a char for a person (音乐家, 演讲者, 职工).
    let subject_counted = counts_people && {
        let nouns = tokens[k..].iter().take_while(|t| t.tag == "n").count();
        nouns > 0
            && tokens[k + nouns - 1]
                .word
                .chars()
                .next_back()
                .is_some_and(|c| char_set!("人者员家工士生手师民亲长友客众童兵警官").contains(c))
    };
    if let Some(de) = relative_clause_end(doc, k).filter(|_| !subject_counted) {
        if let Some(head) = noun_phrase(doc, de + 1, true, false) {
            return Some(head);
        }
    }
    noun_phrase(doc, k, after_de, counts_people)
}

/// The content of a short quotation starting at `pos`.
fn quoted_at(chars: &[char], pos: usize) -> Option<String> {
    let close = match chars[pos] {
        '“' => '”',
        _ => '」',
    };
    let len = chars[pos + 1..].iter().take(16).position(|&c| c == close)?;
    let inner = &chars[pos + 1..pos + 1 + len];
    (len > 0 && inner.iter().all(|c| c.is_alphanumeric())).then(|| inner.iter().collect())
}

/// The index of the `的` closing a relative clause that starts at token
/// `k` (`中国自主研制的`, `不同的`). A plain noun before 的
/// (`20个集装箱的出口量`) is a modifier of the counted noun, not a clause.
fn relative_clause_end(doc: &Doc, k: usize) -> Option<usize> {
    let mut has_predicate = false;
    for (n, t) in doc.tokens.iter().enumerate().skip(k).take(8) {
        if t.word == "的" {
            return has_predicate.then_some(n);
        }
        if t.is_punct()
            || matches!(
                t.word,
                "了" | "着" | "过" | "是" | "在" | "把" | "被" | "将" | "已" | "和" | "与"
            )
        {
            return None;
        }
        has_predicate |= t.tag.starts_with('v') || t.tag.starts_with('a') || t.tag == "d";
    }
    None
}

/// Verbs that take an object after a counted noun, never modify the noun
/// after them as 防护 does 口罩.
const PREDICATE_VERBS: &[&str] = &[
    "位居", "位列", "位于", "打破", "创造", "刷新", "获得", "夺得", "赢得", "取得", "达到", "超过",
    "完成", "实现", "参加", "发生", "成为", "进入", "登上", "跻身", "排名", "占据", "保持", "出现",
    "产生", "造成", "导致", "遭受", "受到",
    // Going somewhere, facing something (冲锋舟48艘|赶赴|灾区, 3所私校|面临|退场).
    "赶赴", "奔赴", "开赴", "前往", "抵达", "进驻", "面临", "遭遇", "涉嫌",
];

/// Verbs of a person's state that jieba tags as verbs but that, between two
/// nouns, modify the second (国企|下岗|职工, 全国人大|候选|代表).
const PERSON_STATES: &[&str] = &[
    "下岗", "失业", "待业", "退休", "离休", "退伍", "转业", "候选", "留守", "失学", "辍学", "在职",
    "在校", "在读", "在岗",
];

/// The noun phrase of at most five tokens starting at token `k`; it must
/// end in a noun. After 的 (`after_de`) it may end in a verbal noun.
fn noun_phrase(doc: &Doc, k: usize, after_de: bool, counts_people: bool) -> Option<String> {
    let tokens = &doc.tokens;
    let first = k;
    let mut k = k;
    let mut last_noun = None;
    let mut chars = 0;
    while k < tokens.len() && k - first < 5 {
        let t = &tokens[k];
        if t.is_punct() || (k > first && t.start != tokens[k - 1].end) {
            break;
        }
        // 共计, 累计: "in all", an adverb however jieba tags it.
        // Taking part, which jieba tags as nouns, is a verb: before a noun it
        // modifies it (参赛国家), at the end it is the predicate (球队|参赛).
        let taking_part = matches!(
            t.word,
            "参赛" | "参展" | "参会" | "参战" | "参演" | "参训" | "参选"
        );
        // 400亿欧元的|军事/n 援助/vn: after 的 a verbal noun after a noun
        // heads the phrase, where the phrase ends or a noun follows. Without
        // 的 it is mostly the predicate (两列|火车|对撞, 15个|节目|调动).
        let head_after_noun = after_de
            && t.tag == "vn"
            && k > first
            && tokens[k - 1].tag == "n"
            && !taking_part
            && tokens.get(k + 1).is_none_or(|n| {
                n.start != t.end || n.is_punct() || n.tag == "n" || n.tag.starts_with('u')
            });
        // 全数, 悉数 ("all of them"), too (89名议员|全数|投下).
        let ok = if matches!(
            t.word,
            "共计" | "合计" | "总计" | "累计" | "共有" | "全部" | "全数" | "悉数"
        ) {
            false
        } else if head_after_noun {
            true
        } else if t.tag.starts_with('v') || taking_part {
            // 防护/v 口罩, 外出/v 务工人员, 设备/vn 厂家: a verb modifying
            // the noun after it; a verb at the end is the predicate.
            // Not a verb of having (13亿人|患有|高血压) or of ranking,
            // winning and reaching (24枚铜牌的成绩|位列|金牌榜, 12人次|打破|
            // 世界纪录): a predicate and its object.
            t.word.chars().count() >= 2
                && (last_noun.is_none() || !counts_people || PERSON_STATES.contains(&t.word))
                && !t.word.ends_with('有')
                && !PREDICATE_VERBS.contains(&t.word)
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.tag.starts_with('n') && !n.tag.starts_with("nr"))
        } else {
            // A name after a common noun starts something else (党员/n 上岗/ns).
            is_nounish(t.tag) && (k == first || !matches!(t.tag, "ns" | "nr" | "nt"))
        };
        if !ok {
            break;
        }
        chars += t.end - t.start;
        if chars > 12 {
            break;
        }
        if (t.tag.starts_with('n') && !taking_part) || matches!(t.tag, "vn" | "j" | "eng") {
            last_noun = Some(k);
        }
        k += 1;
    }
    let last = last_noun?;
    Some(doc.slice(tokens[first].start, tokens[last].end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::number::testing::with_doc;

    /// (span, value, unit, approx) of every quantity in `text`.
    fn quantities(text: &str) -> Vec<(String, f64, String, Approx)> {
        with_doc(text, |doc| {
            let claimed: Vec<Fact> = crate::extract::date::extract(doc)
                .into_iter()
                .chain(crate::extract::percent::extract(doc))
                .collect();
            extract(doc, &claimed)
                .into_iter()
                .map(|f| {
                    let v = match f.value {
                        Some(Value::Number(n)) => n,
                        _ => f64::NAN,
                    };
                    (
                        doc.slice(f.start, f.end),
                        v,
                        f.unit.unwrap_or_default(),
                        f.approx.unwrap(),
                    )
                })
                .collect()
        })
    }

    fn check(text: &str, want: &[(&str, f64, &str, Approx)]) {
        let got = quantities(text);
        let want: Vec<(String, f64, String, Approx)> = want
            .iter()
            .map(|&(s, v, u, a)| (s.to_string(), v, u.to_string(), a))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    use Approx::{About, Exact, Over, Under};

    /// "About" before a range is about its last figure too; a first
    /// figure's own 左右 is its own.
    #[test]
    fn about_a_range() {
        check(
            "约为2.3亿元至2.5亿元。约3至5万人。3000人左右至5000人。",
            &[
                ("2.3亿元", 230_000_000.0, "元", About),
                ("2.5亿元", 250_000_000.0, "元", About),
                ("约3", 30_000.0, "人", About),
                ("5万人", 50_000.0, "人", About),
                ("3000人左右", 3000.0, "人", About),
                ("5000人", 5000.0, "人", Exact),
            ],
        );
    }

    /// A range's first figure takes the last's magnitude; a Taiwanese quake's
    /// magnitude after 规模 and its intensity after 震度; posts counted in 则
    /// (not the 则 of "then"); tables, sets of equipment, dimes; 来 after a
    /// round hundred.
    #[test]
    fn ranges_share_a_magnitude_and_quake_scales() {
        check(
            "吸引五至六万人参加，投资3至5亿元，100至5万元。芮氏规模6.2地震，最大震度4级。\
             约2000则贴文，两则消息，低于60则不及格，二则国家的模式。摆了50桌酒席，三毛钱一斤。\
             购置设备280台套。全村三百来人，300来自各地的代表。排名前三位，全球前五名，前3个月，目前73名职工。",
            &[
                ("五", 50_000.0, "人", Exact),
                ("六万人", 60_000.0, "人", Exact),
                ("3", 300_000_000.0, "元", Exact),
                ("5亿元", 500_000_000.0, "元", Exact),
                ("100", 100.0, "元", Exact),
                ("5万元", 50_000.0, "元", Exact),
                ("规模6.2", 6.2, "规模", Exact),
                ("4级", 4.0, "级", Exact),
                ("约2000则", 2000.0, "则", About),
                ("两则", 2.0, "则", Exact),
                ("50桌", 50.0, "桌", Exact),
                ("三毛钱", 3.0, "毛钱", Exact),
                ("280台套", 280.0, "台套", Exact),
                ("三百来人", 300.0, "人", About),
                ("3个月", 3.0, "月", Exact),
                ("73名", 73.0, "名", Exact),
            ],
        );
    }

    /// Votes and steps; a figure after 万 adds to it; a numeral jieba's HMM glued
    /// to the preposition before it (以|九票).
    #[test]
    fn votes_and_compound_figures() {
        check(
            "最后以九票赞成，两票反对。全台共有28万7千户停电。每天不足4000步的人。\
             预制箱梁1460孔。放流鱼苗50万尾。他本赛季已打进32球。\
             集装箱吞吐量2926.3万标箱，约30万标准箱。他主投7局。抽检1560批次。\
             由铁18局承建，中建三局参建。兄弟在8局下追平。该航线每周2班，周3开课。\
             发售约1.2亿股，两股势力交汇。订单逾12亿单。约120万字的报告，“结合”二字。在15日内答复。\
             他得到28分12个篮板，用时4分36秒。产量是2015年的5倍多。十名工人获救，十分重要。\
             产值增长了一倍。入住两晚，4天3夜，半夜里热。看了十三遍。抽检32大类。",
            &[
                ("九票", 9.0, "票", Exact),
                ("两票", 2.0, "票", Exact),
                ("28万7千户", 287_000.0, "户", Exact),
                ("不足4000步", 4000.0, "步", Under),
                ("1460孔", 1460.0, "孔", Exact),
                // 尾 counts fish; 球, goals.
                ("50万尾", 500_000.0, "尾", Exact),
                ("32球", 32.0, "球", Exact),
                // Containers in twenty-foot units; innings or games; batches.
                ("2926.3万标箱", 29_263_000.0, "标箱", Exact),
                ("约30万标准箱", 300_000.0, "标准箱", About),
                ("7局", 7.0, "局", Exact),
                ("1560批次", 1560.0, "批次", Exact),
                // Flights a week; a weekday is no count.
                ("2班", 2.0, "班", Exact),
                // Shares and orders in digits or with a magnitude; words;
                // days within which; a score before a count; over a multiple.
                ("约1.2亿股", 120_000_000.0, "股", About),
                ("逾12亿单", 1_200_000_000.0, "单", Over),
                ("约120万字", 1_200_000.0, "字", About),
                ("15日", 15.0, "日", Exact),
                ("28分", 28.0, "分", Exact),
                ("12个", 12.0, "个", Exact),
                ("4分36秒", 276.0, "秒", Exact),
                ("5倍多", 5.0, "倍", Over),
                // A lone 十 counts what follows, exactly; 十分 is "very".
                ("十名", 10.0, "名", Exact),
                // A multiple of one is no indefinite 一; nights, times
                // over, classes; 半夜 is midnight.
                ("一倍", 1.0, "倍", Exact),
                ("两晚", 2.0, "晚", Exact),
                ("4天", 4.0, "天", Exact),
                ("3夜", 3.0, "夜", Exact),
                ("十三遍", 13.0, "遍", Exact),
                ("32大类", 32.0, "大类", Exact),
            ],
        );
    }

    /// An approximation marker before 有, 为 or 达 (约有300人, 约为200亿港元,
    /// 约达1850万车次).
    #[test]
    fn markers_before_you_and_wei() {
        check(
            "约有300人参加，总造价约为200亿港元，旅次约达1850万车次。",
            &[
                ("300人", 300.0, "人", About),
                ("200亿港元", 20_000_000_000.0, "港元", About),
                ("1850万车次", 18_500_000.0, "车次", About),
            ],
        );
    }

    #[test]
    fn wind_forces() {
        check(
            "将有5至7级偏北风，阵风可达9级，渤海有8级以上大风，12级台风，风力达6级。",
            &[
                ("5", 5.0, "级", Exact),
                ("7级", 7.0, "级", Exact),
                ("9级", 9.0, "级", Exact),
                ("8级以上", 8.0, "级", Over),
                ("12级", 12.0, "级", Exact),
                ("6级", 6.0, "级", Exact),
            ],
        );
        check(
            "有5级—6级偏北风，发生6级以上地震7次，里氏7级以上。",
            &[
                ("5级", 5.0, "级", Exact),
                ("6级", 6.0, "级", Exact),
                ("6级以上", 6.0, "级", Over),
                ("7次", 7.0, "次", Exact),
                ("7级以上", 7.0, "级", Over),
            ],
        );
        // Ranks, not forces.
        check(
            "风险等级为2级，三级响应，爬5级台阶，东风汽车3级，列为3级风险区。",
            &[],
        );
    }

    #[test]
    fn temperatures_below_zero() {
        check(
            "最低气温可降至零下40℃至零下35℃，北京为-16℃，较常年偏高0.6℃，气温下降5-7℃。",
            &[
                ("零下40℃", -40.0, "℃", Exact),
                ("零下35℃", -35.0, "℃", Exact),
                ("-16℃", -16.0, "℃", Exact),
                ("0.6℃", 0.6, "℃", Exact),
                ("5", 5.0, "℃", Exact),
                ("7℃", 7.0, "℃", Exact),
            ],
        );
        check(
            "气温降至零下5至零下10摄氏度，海拔-50米。",
            &[
                ("零下5", -5.0, "摄氏度", Exact),
                ("零下10摄氏度", -10.0, "摄氏度", Exact),
                ("50米", 50.0, "米", Exact),
            ],
        );
    }

    #[test]
    fn counts_with_measure_words() {
        check(
            "仅用7天保证130万只防护口罩原价出厂，3小时内报名的50名党员志愿者到岗。",
            &[
                ("7天", 7.0, "天", Exact),
                ("130万只", 1_300_000.0, "只", Exact),
                ("3小时", 3.0, "小时", Exact),
                ("50名", 50.0, "名", Exact),
            ],
        );
        check(
            "暴雨致1,300台车辆受损，转移群众2.3万多人，紧急调运帐篷两千顶、棉被三十万床。",
            &[
                ("1,300台", 1300.0, "台", Exact),
                ("2.3万多人", 23000.0, "人", Over),
                ("两千顶", 2000.0, "顶", Exact),
                ("三十万床", 300_000.0, "床", Exact),
            ],
        );
        // Flights and buses by 班; not the 班 of 班机 (a plane).
        check(
            "约700班航班取消，波音757班机。",
            &[("约700班", 700.0, "班", About)],
        );
        // Seats, and the currencies of Singapore's and Malaysia's papers.
        check(
            "国民党取得52席，1新元兑3.3令吉，投资5000万人民币。",
            &[
                ("52席", 52.0, "席", Exact),
                ("1新元", 1.0, "新元", Exact),
                ("3.3令吉", 3.3, "令吉", Exact),
                ("5000万人民币", 5e7, "人民币", Exact),
            ],
        );
        // Volumes, pages, cases of books, pairs of trains, shots, wells
        // and mouths to feed, visits to firms; pixels and lux.
        check(
            "收录79309卷、1.2万余页、12函，故事1200余则，增开列车12对，命中3记三分球，打井67口，全村1240口人，检查1.86万家次，1200万像素，不超过50勒克斯。",
            &[
                ("79309卷", 79309.0, "卷", Exact),
                ("1.2万余页", 12000.0, "页", Over),
                ("12函", 12.0, "函", Exact),
                ("1200余则", 1200.0, "则", Over),
                ("12对", 12.0, "对", Exact),
                ("3记", 3.0, "记", Exact),
                ("67口", 67.0, "口", Exact),
                ("1240口", 1240.0, "口", Exact),
                ("1.86万家次", 18600.0, "家次", Exact),
                ("1200万像素", 1.2e7, "像素", Exact),
                ("不超过50勒克斯", 50.0, "勒克斯", Under),
            ],
        );
        // Runs of trains, floors, models, air pressure; cities and
        // counties counted without a measure word.
        check(
            "加开列车24列次，地上22层，推出两款新车型，中心气压950百帕，沪深两市和三县。",
            &[
                ("24列次", 24.0, "列次", Exact),
                ("22层", 22.0, "层", Exact),
                ("两款", 2.0, "款", Exact),
                ("950百帕", 950.0, "百帕", Exact),
                ("两市", 2.0, "市", Exact),
                ("三县", 3.0, "县", Exact),
            ],
        );
        // A score is no pairs.
        check("主队以3对2获胜。", &[]);
        // Spans jieba glues to 内, 间 and 才.
        check(
            "赛前3天才归队，这20年间变化大，未来3年内推广，5天内完成。",
            &[
                ("3天", 3.0, "天", Exact),
                ("20年", 20.0, "年", Exact),
                ("3年", 3.0, "年", Exact),
                ("5天", 5.0, "天", Exact),
            ],
        );
    }

    #[test]
    fn approximations() {
        check(
            "从云南开了近30个小时，近300名工人返岗，另有600多名，共计40多个日夜。",
            &[
                ("近30个小时", 30.0, "小时", About),
                ("近300名", 300.0, "名", About),
                ("600多名", 600.0, "名", Over),
                ("40多个日夜", 40.0, "日夜", Over),
            ],
        );
        // A marker jieba's HMM glued to the word before (长近|40米); not
        // the dictionary's 最近.
        check(
            "护岸长近40米，最近3天来了人。",
            &[("近40米", 40.0, "米", About), ("3天", 3.0, "天", Exact)],
        );
        // A currency between the marker and the figure (约|新台币|160亿元).
        check(
            "总经费约新台币160亿元，逾人民币3000万元。",
            &[
                ("160亿元", 16_000_000_000.0, "元", About),
                ("3000万元", 30_000_000.0, "元", Over),
            ],
        );
        check(
            "每天保持20个左右集装箱的出口量，规模在3家以下，不到20公斤，超过6.5万只，约140倍。",
            &[
                ("20个左右", 20.0, "个", About),
                ("3家以下", 3.0, "家", Under),
                ("不到20公斤", 20.0, "公斤", Under),
                ("超过6.5万只", 65000.0, "只", Over),
                ("约140倍", 140.0, "倍", About),
            ],
        );
        check(
            "旅客平均逗留1.2日，2日离境，汇率为130.30日元。",
            &[
                ("1.2日", 1.2, "日", Exact),
                ("130.30日元", 130.3, "日元", Exact),
            ],
        );
        // A span of years and months is its months; 2021年1月 is a date's.
        check(
            "判监3年8个月，有期徒刑三年零六个月，另一人十一年十个月。",
            &[
                ("3年8个月", 44.0, "月", Exact),
                ("三年零六个月", 42.0, "月", Exact),
                ("十一年十个月", 142.0, "月", Exact),
            ],
        );
        // Milli-, micro- and nanoseconds are times, not a number before 毫.
        check(
            "响应时间为320毫秒，延迟3微秒，周期5纳秒。",
            &[
                ("320毫秒", 320.0, "毫秒", Exact),
                ("3微秒", 3.0, "微秒", Exact),
                ("5纳秒", 5.0, "纳秒", Exact),
            ],
        );
        // An exponent is no count of times.
        check("速度快约10的24次方倍，2的10次幂。", &[]);
        // A count's word before N日 makes it days counted (连续5日).
        check(
            "成交额连续5日破万亿元，停工近10日，12日复工。",
            &[
                ("5日", 5.0, "日", Exact),
                ("万亿元", 1e12, "元", About),
                ("近10日", 10.0, "日", About),
            ],
        );
        // Terms and sessions are numbered, not counted.
        check(
            "十四届全国人大三次会议开幕，十五届三中全会召开，在六届二十三次常委会上，他连任三届，开了两次会议。",
            &[("三届", 3.0, "届", Exact), ("两次", 2.0, "次", Exact)],
        );
        // A year's class of graduates is no count of terms.
        check(
            "2025届高校毕业生预计达1222万人，已办20届。",
            &[
                ("1222万人", 1.222e7, "人", Exact),
                ("20届", 20.0, "届", Exact),
            ],
        );
        check(
            "泸定发生6.8级地震，阵风7级大风，启动二级响应，登上5级台阶。",
            &[("6.8级", 6.8, "级", Exact), ("7级", 7.0, "级", Exact)],
        );
        // Hong Kong's feet and inches.
        check(
            "单位只有约200平方呎，窗宽30吋。",
            &[
                ("约200平方呎", 200.0, "平方呎", About),
                ("30吋", 30.0, "吋", Exact),
            ],
        );
        // Race times: minutes, seconds and hundredths.
        check(
            "潘展乐以1分44秒65夺冠，苏炳添跑出9秒83，连续旋转3小时39分31秒，4分36秒66。",
            &[
                ("1分44秒65", 104.65, "秒", Exact),
                ("9秒83", 9.83, "秒", Exact),
                ("3小时39分31秒", 13171.0, "秒", Exact),
                ("4分36秒66", 276.66, "秒", Exact),
            ],
        );
        // A clock's seconds stay alone: the date reads 3时39分.
        check(
            "列车于凌晨3时39分31秒到站，用时1分5秒。",
            &[("31秒", 31.0, "秒", Exact), ("1分5秒", 65.0, "秒", Exact)],
        );
        // A unit glued by jieba's HMM to the next char is still the unit.
        check(
            "售价19999元起，一年多来他一直在天津。",
            &[
                ("19999元", 19999.0, "元", Exact),
                ("一年多", 1.0, "年", Over),
            ],
        );
        check("每人花了七十多块钱。", &[("七十多块", 70.0, "块", Over)]);
        check(
            "LPR较上月下降25个基点。",
            &[("25个基点", 25.0, "基点", Exact)],
        );
        // 不少于 is at least; 不超过 at most.
        check(
            "每年安排不少于2亿元，贷款不超过30万元，面积不低于500平方米。",
            &[
                ("不少于2亿元", 200000000.0, "元", Over),
                ("不超过30万元", 300000.0, "元", Under),
                ("不低于500平方米", 500.0, "平方米", Over),
            ],
        );
        check(
            "一周至少有5天在工地，体重超过了80公斤，过百名志愿者，千万千瓦级基地。",
            &[
                ("5天", 5.0, "天", Over),
                ("80公斤", 80.0, "公斤", Over),
                ("过百名", 100.0, "名", Over),
                ("千万千瓦", 1e7, "千瓦", About),
            ],
        );
        // 十万 is a count, not a round figure; so 过 after a verb is its
        // aspect (举办过|十届), not "over".
        check(
            "他获赔十万元。已经举办过十届。",
            &[("十万元", 1e5, "元", Exact), ("十届", 10.0, "届", Exact)],
        );
    }

    #[test]
    fn money_expands_magnitudes() {
        check(
            "价值40万美元的货物，全年营收356.2亿元，市值超过3万亿美元，还有3000多万元。",
            &[
                ("40万美元", 400_000.0, "美元", Exact),
                ("356.2亿元", 35_620_000_000.0, "元", Exact),
                ("超过3万亿美元", 3e12, "美元", Over),
                ("3000多万元", 3e7, "元", Over),
            ],
        );
        check(
            "道琼斯指数收于9226.55点，每桶油价跌至12美元，累计接种逾34亿剂次，投资70亿法郎。",
            &[
                ("9226.55点", 9226.55, "点", Exact),
                ("12美元", 12.0, "美元", Exact),
                ("逾34亿剂次", 3.4e9, "剂次", Over),
                ("70亿法郎", 7e9, "法郎", Exact),
            ],
        );
    }

    #[test]
    fn chinese_numerals_and_halves() {
        check(
            "党员章小芬半小时就办好，复工两天后，分三批输送，三百年古镇，四年平均增长。",
            &[
                ("半小时", 0.5, "小时", Exact),
                ("两天", 2.0, "天", Exact),
                ("三批", 3.0, "批", Exact),
                ("三百年", 300.0, "年", Exact),
                ("四年", 4.0, "年", Exact),
            ],
        );
        check(
            "他用了一个半小时，工期两年半，上半年完成了一半。",
            &[
                ("一个半小时", 1.5, "小时", Exact),
                ("两年半", 2.5, "年", Exact),
            ],
        );
        // 前 ending a longer word is no "first" half (提前|半个月).
        check(
            "他提前半个月买票，前半年亏损，每半个月一次，后半天休息。",
            &[("半个月", 0.5, "月", Exact)],
        );
    }

    #[test]
    fn nouns_without_measure_words_and_lists() {
        check(
            "12省份和8地市的3000村民，6架客机三地同步试飞。",
            &[
                ("12省份", 12.0, "省份", Exact),
                ("8地市", 8.0, "地市", Exact),
                ("3000村民", 3000.0, "村民", Exact),
                ("6架", 6.0, "架", Exact),
                ("三地", 3.0, "地", Exact),
            ],
        );
        check(
            "全场1.8万观众，每年70多万游客，1500万用户。",
            &[
                ("1.8万观众", 18000.0, "观众", Exact),
                ("70多万游客", 700_000.0, "游客", Over),
                ("1500万用户", 1.5e7, "用户", Exact),
            ],
        );
        check(
            "一个320万人口的国家。",
            &[("320万人口", 3.2e6, "人口", Exact)],
        );
        check(
            "分别增长2.7、1.6、1.3倍，降低1.5个百分点。",
            &[
                ("2.7", 2.7, "倍", Exact),
                ("1.6", 1.6, "倍", Exact),
                ("1.3倍", 1.3, "倍", Exact),
                ("1.5个百分点", 1.5, "百分点", Exact),
            ],
        );
    }

    #[test]
    fn things_that_are_not_quantities() {
        check(
            "能多生产一只口罩，多让一个人佩戴，第二批劳务人员，启动一级响应，由3级降为2级。",
            &[],
        );
        check(
            "C919大型客机和A30型号叉车，7号机组，84除菌液，518基地。",
            &[],
        );
        // A road's stake number (K1186+300: 300 m past kilometre 1186).
        check("事故发生在K1186+300处。", &[]);
        check("共有3+2个班组。", &[("2个", 2.0, "个", Exact)]);
        // The base of a rate, with a figure after it in its clause; not
        // a figure after it in the next (每10股 is the base, 每天10吨 no).
        check(
            "拟向全体股东每10股派发现金红利3.5元，每4个北京人中有3个，每天生产，每5吨，共6吨。",
            &[
                ("3.5元", 3.5, "元", Exact),
                ("3个", 3.0, "个", Exact),
                ("5吨", 5.0, "吨", Exact),
                ("6吨", 6.0, "吨", Exact),
            ],
        );
        check(
            "推出“暖心八条”，数百台叉车，几名党员，十几万人，几十天，十万亿，3.6亿。",
            &[],
        );
        check(
            "第1、2批物资，第四十二天，五台山，去天津，5年级学生，80年代。",
            &[],
        );
        // 点: a point made, a clock time, a little.
        check("他提出两点建议，晚上8点开会，一点一点改进。", &[]);
        // Points of an index below 100: past the clock's hours, or after
        // a rise or fall.
        check(
            "恒指跌约54点，国企指数涨了8点。",
            &[("约54点", 54.0, "点", About), ("8点", 8.0, "点", Exact)],
        );
        check("出了上千个点子。", &[("上千个", 1000.0, "个", About)]);
        // A reign's year dated in brackets is no duration.
        check(
            "南宋建炎三年（1129年）南迁，明洪武七年（1374年）撤销，历时三年（共1095天），过去3年（2017年至2019年）。",
            &[
                ("三年", 3.0, "年", Exact),
                ("1095天", 1095.0, "天", Exact),
                ("3年", 3.0, "年", Exact),
            ],
        );
        // Points scored; not minutes, fractions, 十分 ("very"), branches.
        // Hours and minutes are minutes.
        check(
            "他砍下31分，以4分36秒夺冠，延误2小时47分，最快1小时06分可达，五分之一，十分重要，3个分公司，白2分别占角。",
            &[
                ("31分", 31.0, "分", Exact),
                ("4分36秒", 276.0, "秒", Exact),
                ("2小时47分", 167.0, "分钟", Exact),
                ("1小时06分", 66.0, "分钟", Exact),
                ("3个", 3.0, "个", Exact),
            ],
        );
        // Quarters by name; two quarters counted are a quantity.
        check(
            "前三季度增长4.8%，一季度增长5.3%，四季度回升，连续两个季度下降。",
            &[("两个季度", 2.0, "季度", Exact)],
        );
        check(
            "这十分重要，千万不要大意，5G网络覆盖四川、九寨沟，“十四五”时期，第十四个五年规划，80后，双11。",
            &[],
        );
    }

    #[test]
    fn dates_and_percents_are_claimed() {
        check(
            "2020年3月22日，复工率99.9%，比上年提高1.2个百分点。",
            &[("1.2个百分点", 1.2, "百分点", Exact)],
        );
    }

    fn objects_in(text: &str) -> Vec<Option<String>> {
        with_doc(text, |doc| {
            extract(doc, &[]).into_iter().map(|f| f.object).collect()
        })
    }

    #[test]
    fn objects() {
        assert_eq!(
            objects_in("仅用7天保证130万只防护口罩，抽调298名党员干部，18个省份的37家设备厂家。"),
            [
                None,
                Some("防护口罩".into()),
                Some("党员干部".into()),
                Some("省份".into()),
                Some("设备厂家".into())
            ]
        );
        // A body of so many people is not what 人 counts.
        assert_eq!(
            objects_in("才30多人的剧团，派出20人的管理队伍。"),
            [None, None]
        );
        // Taking part and having are what the counted do, not what they
        // are (参赛 is a noun to jieba); a distance's 处 is where.
        assert_eq!(
            objects_in(
                "4000余支球队参赛，67个参赛国家，约13亿人患有高血压，行至1681公里处时侧翻。"
            ),
            [Some("球队".into()), Some("参赛国家".into()), None, None]
        );
        // A level and its range (地级及以上, 县级以上) say which are
        // counted; the noun after them is what.
        assert_eq!(
            objects_in("全国339个地级及以上城市，5家县级以上医院，两项省部级以上的科研项目。"),
            [
                Some("城市".into()),
                Some("医院".into()),
                Some("科研项目".into())
            ]
        );
        // People right after the unit are who is counted, whatever clause
        // follows (专家组成的, 乡亲演出…的); a clause right after it is
        // about the head it ends in (家境贫困的学生). What befalls the
        // counted (出现, 受到) is no part of them.
        assert_eq!(
            objects_in(
                "由8名专家组成的工作组，为2万多名乡亲演出两个多小时的节目，\
                 向4名家境贫困的学生捐款，37户群众房屋出现裂缝，62人受到处分。"
            ),
            [
                Some("专家".into()),
                Some("乡亲".into()),
                None,
                Some("学生".into()),
                Some("群众房屋".into()),
                None
            ]
        );
        // 共计 ("in all") ends the noun phrase, however jieba tags it.
        assert_eq!(
            objects_in("骗取6名被害人共计人民币213万余元。"),
            [Some("被害人".into()), None]
        );
        assert_eq!(
            objects_in("89名議員全數投下贊成票。"),
            [Some("议员".into())]
        );
        // The currency after 元 is what the yuan are, nothing counted.
        assert_eq!(
            objects_in("总收入为1671.93亿元人民币，總收入為500元人民幣。发放1.5亿元人民币贷款。"),
            [None, None, Some("贷款".into())]
        );
        // After 的, a verbal noun after a noun heads the phrase; without it,
        // it is what the counted do.
        assert_eq!(
            objects_in("提供价值约400亿欧元的军事援助。两列火车对撞。"),
            [Some("军事援助".into()), Some("火车".into())]
        );
        // People counted, then what they do: a verb after their noun is the
        // predicate (指战员|赶赴|现场), unless it is a state of a person
        // (下岗|职工). Other things counted keep a verb between nouns
        // (邮件|处理|中心).
        assert_eq!(
            objects_in("调派130名指战员赶赴现场，3万名国企下岗职工，新建30个邮件处理中心，10名军嫂全部留下。"),
            [
                Some("指战员".into()),
                Some("国企下岗职工".into()),
                Some("邮件处理中心".into()),
                Some("军嫂".into())
            ]
        );
        // Verbs of going and facing are predicates, whatever is counted.
        assert_eq!(
            objects_in("冲锋舟48艘赶赴灾区，3所私校面临退场。"),
            [None, Some("私校".into())]
        );
    }

    #[test]
    fn units_in_latin_letters() {
        check(
            "传回约10GB数据，采用7nm工艺，电池5000mAh，装机120MW，吞吐量986万TEU。",
            &[
                ("约10GB", 10.0, "GB", About),
                ("7nm", 7.0, "nm", Exact),
                ("5000mAh", 5000.0, "mAh", Exact),
                ("120MW", 120.0, "MW", Exact),
                ("986万TEU", 9_860_000.0, "TEU", Exact),
            ],
        );
        // A letter after the unit: not that unit (140mmHg is no length).
        check("建成5G基站，收缩压140mmHg。", &[]);
    }

    #[test]
    fn fractions_after_the_unit() {
        // Sport's times and lengths; not a figure of its own after it.
        check(
            "以9秒97夺冠，投出20米43，身高1米8，用时30秒，100米400米。",
            &[
                ("9秒97", 9.97, "秒", Exact),
                ("20米43", 20.43, "米", Exact),
                ("1米8", 1.8, "米", Exact),
                ("30秒", 30.0, "秒", Exact),
                ("100米", 100.0, "米", Exact),
                ("400米", 400.0, "米", Exact),
            ],
        );
    }

    #[test]
    fn units_per_unit() {
        // A unit per unit is one unit, with a full-width slash too (the
        // helper shows the text as the extractors read it).
        check(
            "浓度为29微克/立方米，降至30微克／立方米以下，氨氮0.5毫克/升。",
            &[
                ("29微克/立方米", 29.0, "微克/立方米", Exact),
                ("30微克/立方米以下", 30.0, "微克/立方米", Under),
                ("0.5毫克/升", 0.5, "毫克/升", Exact),
            ],
        );
        // A lone magnitude with 余 after it is a figure (千余名, as 1000余名);
        // a unit after 个 ends a word (个|天然 is no 天).
        check(
            "千余名工人，百余人参加，有100余个天然冰场，其余人，业余爱好。",
            &[
                ("千余名", 1000.0, "名", Over),
                ("百余人", 100.0, "人", Over),
                ("100余个", 100.0, "个", Over),
            ],
        );
        // Kinds counted are counts (种, 类); the indefinite 一种 and the
        // vague 多种 are not.
        check(
            "抽查了44种产品，合格25种，分为两类，一种新药，多种形式。",
            &[
                ("44种", 44.0, "种", Exact),
                ("25种", 25.0, "种", Exact),
                ("两类", 2.0, "类", Exact),
            ],
        );
        // Energy in watt-hours of each size, not their power in watts.
        check(
            "规划产能100吉瓦时，年发电量1.2太瓦时。",
            &[
                ("100吉瓦时", 100.0, "吉瓦时", Exact),
                ("1.2太瓦时", 1.2, "太瓦时", Exact),
            ],
        );
        // The longest unit that ends a word: 亩次 (area worked, times), but
        // 亩 before 次生林.
        check(
            "管理面积8200万亩次，更新了2000多亩次生林。",
            &[
                ("8200万亩次", 82000000.0, "亩次", Exact),
                ("2000多亩", 2000.0, "亩", Over),
            ],
        );
        // A distance's 处 is where, not what; statues are counted in 尊.
        check(
            "行驶至1681公里处时侧翻，位于城东26公里处。现存造像59000余尊。",
            &[
                ("1681公里", 1681.0, "公里", Exact),
                ("26公里", 26.0, "公里", Exact),
                ("59000余尊", 59000.0, "尊", Over),
            ],
        );
        // Rates written out with 每 as well as with a slash.
        check(
            "流量涨至50000立方米每秒，出库流量为35000立方米/秒。",
            &[
                ("50000立方米每秒", 50000.0, "立方米每秒", Exact),
                ("35000立方米/秒", 35000.0, "立方米/秒", Exact),
            ],
        );
        // Megabits and megabytes (兆 is no trillion before them).
        check(
            "下载速率达到每秒182兆比特，文件为500兆字节。",
            &[
                ("182兆比特", 182.0, "兆比特", Exact),
                ("500兆字节", 500.0, "兆字节", Exact),
            ],
        );
        // Taiwan's metric units.
        check(
            "新建护岸1800公尺，身高180公分，面积30平方公尺，重5公吨。",
            &[
                ("1800公尺", 1800.0, "公尺", Exact),
                ("180公分", 180.0, "公分", Exact),
                ("30平方公尺", 30.0, "平方公尺", Exact),
                ("5公吨", 5.0, "公吨", Exact),
            ],
        );
        // Yields, prices and capacities per unit.
        check(
            "单产394.7公斤/亩，均价3000元/吨，油价80美元/桶，规模40万吨/日。",
            &[
                ("394.7公斤/亩", 394.7, "公斤/亩", Exact),
                ("3000元/吨", 3000.0, "元/吨", Exact),
                ("80美元/桶", 80.0, "美元/桶", Exact),
                ("40万吨/日", 400000.0, "吨/日", Exact),
            ],
        );
        // Chip processes and screens (奈米: Taiwan's 纳米).
        check(
            "3奈米製程，5纳米芯片，0.74微米线宽，屏幕6.1英寸。",
            &[
                ("3奈米", 3.0, "奈米", Exact),
                ("5纳米", 5.0, "纳米", Exact),
                ("0.74微米", 0.74, "微米", Exact),
                ("6.1英寸", 6.1, "英寸", Exact),
            ],
        );
    }

    #[test]
    fn traditional_text() {
        check(
            "颱風造成三萬五千戶停電，兩個多月來損失逾1.2億元。",
            &[
                ("三万五千户", 35000.0, "户", Exact),
                ("两个多月", 2.0, "月", Over),
                ("逾1.2亿元", 1.2e8, "元", Over),
            ],
        );
    }
}
