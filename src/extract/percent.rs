//! Percentages: `99.9％`, `百分之五`, tenths (`四成`), with the metric the
//! sentence names.
//!
//! The metric is the short phrase right before the number in its clause that
//! names a rate: a word ending in 率/比重/占比/比例 (`复工率`, `产能恢复率`) or a
//! change (`出口同比增长`, `利润同比下降`, `四年平均增长`), with linking words
//! such as 达/为/达到/提高到 allowed in between. Composition shares
//! (`55%羊毛`) have no metric.

use crate::extract::charset::char_set;
use crate::extract::number::{
    approx_after_unit, approx_before, chinese_digit, parse_at, Number, Numeral,
};
use crate::report::{Fact, Kind, Value};
use crate::segment::{is_alphanumeric, Doc};

fn at(chars: &[char], i: usize) -> char {
    chars.get(i).copied().unwrap_or('\0')
}

fn starts_with(chars: &[char], i: usize, word: &str) -> bool {
    let n = word.chars().count();
    i + n <= chars.len() && word.chars().eq(chars[i..i + n].iter().copied())
}

fn ends_with(chars: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && word.chars().eq(chars[end - n..end].iter().copied())
}

fn is_range_mark(c: char) -> bool {
    matches!(c, '~' | '～' | '-' | '－' | '—' | '–' | '至' | '到')
}

pub fn extract(doc: &Doc) -> Vec<Fact> {
    let chars = &doc.chars;
    let mut facts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let (num, body_start) = if c.is_ascii_digit() {
            if i > 0
                && (chars[i - 1].is_ascii_digit() || super::number::is_decimal_point(chars[i - 1]))
            {
                i += 1;
                continue;
            }
            match parse_at(chars, i) {
                Some(n) => (n, i),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if c == '百' && starts_with(chars, i, "百分之") {
            match parse_at(chars, i + 3).filter(|n| !n.vague && n.numeral != Numeral::DigitString) {
                Some(n) => (n, i),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if at(chars, i + 1) != '成' && !is_range_mark(at(chars, i + 1)) {
            // Most chars: no tenths (四成) nor a range of them (两至三成)
            // starts here, told without a call per char.
            i += 1;
            continue;
        } else if let Some(tenths) = tenths_at(doc, i) {
            // 四成 is 40%: the fact ends after 成 (or its hundredth).
            let metric = metric_before(doc, i);
            facts.push(percent_fact(doc, &tenths, i, tenths.end, metric));
            i = tenths.end;
            continue;
        } else if let Some(first) = tenths_range_start(doc, i) {
            // 两至三成: the range's first figure is tenths too (20%).
            let metric = metric_before(doc, i);
            facts.push(percent_fact(doc, &first, i, i + 1, metric));
            i += 1;
            continue;
        } else {
            i += 1;
            continue;
        };
        // 3成, 9成以上: tenths in a digit, where jieba reads 成 alone (not
        // 3|成本, 分|3|成|两半 … as a word of its own only).
        if body_start == num.start
            && num.numeral == Numeral::Arabic
            && !num.decimal
            && num.end == num.start + 1
            && at(chars, num.end) == '成'
            && doc
                .token_at(num.end)
                .is_some_and(|k| doc.tokens[k].start == num.end && doc.tokens[k].end == num.end + 1)
        {
            // 1成5: one digit after 成 is the hundredths (15%).
            let next = at(chars, num.end + 1);
            let after = at(chars, num.end + 2);
            let read = if !next.is_ascii_digit() {
                Some((num.value * 10.0, num.end + 1))
            } else if !after.is_ascii_digit() && !matches!(after, '%' | '.') {
                Some((num.value * 10.0 + f64::from(next as u8 - b'0'), num.end + 2))
            } else {
                None
            };
            if let Some((value, end)) = read {
                let tenths = Number { value, end, ..num };
                let metric = metric_before(doc, body_start);
                facts.push(percent_fact(doc, &tenths, body_start, end, metric));
                i = end;
                continue;
            }
        }
        let spelled = body_start < num.start; // 百分之五
        let end = if spelled {
            num.end
        } else if at(chars, num.end) == '%' {
            num.end + 1
        } else {
            // 5-10%: the first number of a range takes the % of the second.
            if range_second(chars, num.end).is_some_and(|(_, percent)| percent) {
                let metric = metric_before(doc, body_start);
                facts.push(percent_fact(doc, &num, body_start, num.end, metric));
            } else if let Some(first) =
                tenths_range_start(doc, body_start).filter(|_| num.end == body_start + 1)
            {
                // 2至3成.
                let metric = metric_before(doc, body_start);
                facts.push(percent_fact(doc, &first, body_start, num.end, metric));
            }
            i = num.end.max(i + 1);
            continue;
        };
        let metric = metric_before(doc, body_start).or_else(|| metric_after(doc, end));
        facts.push(percent_fact(doc, &num, body_start, end, metric));
        i = end;
    }
    // The second number of a range shares the first one's metric, and so
    // do the figures of a list (同比分别增长33.9%和37.8%).
    for k in 1..facts.len() {
        let before = at(chars, facts[k].start.wrapping_sub(1));
        if facts[k].metric.is_none()
            && (is_range_mark(before) || matches!(before, '和' | '、' | '及'))
        {
            let prev_end = facts[k - 1].end;
            if prev_end + 1 == facts[k].start {
                facts[k].metric = facts[k - 1].metric.clone();
            }
        }
    }
    facts
}

/// Tenths (`四成`, `逾三成`: 40%, over 30%), where jieba reads the digit and
/// 成 as one number (四成/m), not 建成 or 八成新; a digit after it is the
/// hundredths (九成九的人: 99%). The number is given in percent.
fn tenths_at(doc: &Doc, i: usize) -> Option<Number> {
    let chars = &doc.chars;
    if at(chars, i + 1) != '成' || !"一二两三四五六七八九".contains(chars[i]) {
        return None;
    }
    let t = doc.tokens[doc.token_at(i)?];
    let whole = t.start == i && t.end == i + 2 && t.tag == "m";
    // 一|成: jieba reads 一成 as two words (增长|一|成); 近一成: its HMM
    // made one word of the marker and the tenths.
    let split = t.start == i
        && t.end == i + 1
        && doc
            .token_at(i + 1)
            .is_some_and(|k| doc.tokens[k].start == i + 1 && doc.tokens[k].end == i + 2);
    let marked = doc.is_guessed(&t)
        && t.start + 1 == i
        && t.end == i + 2
        && char_set!("近约逾超").contains(chars[t.start]);
    if !(whole || split || marked) {
        return None;
    }
    if parse_at(chars, i + 2).is_some() {
        // 一成二, 九成九的人: one more digit, and nothing after it that
        // could go on with it (三成五年, 两成三个), is the hundredths: the
        // text ends, or 的 or a char that is no word's follows.
        let digit = chinese_digit(at(chars, i + 2)).filter(|&d| d > 0)?;
        let after = at(chars, i + 3);
        if after != '的' && is_alphanumeric(after) {
            return None;
        }
        let tenths = tenths_read(chars, i, i + 3)?;
        return Some(Number {
            value: tenths.value + f64::from(digit),
            ..tenths
        });
    }
    tenths_read(chars, i, i + 2)
}

/// The number at `i` read as tenths, in percent, its fact ending at `end`.
fn tenths_read(chars: &[char], i: usize, end: usize) -> Option<Number> {
    let n = parse_at(chars, i)?;
    Some(Number {
        value: n.value * 10.0,
        end,
        ..n
    })
}

/// The first figure of a range of tenths (两至三成, 2到3成: 20% to 30%), a
/// single digit the range mark and the tenths follow; given in percent.
fn tenths_range_start(doc: &Doc, i: usize) -> Option<Number> {
    let chars = &doc.chars;
    // Asked at every char: the range mark, the cheapest test, first.
    if !is_range_mark(at(chars, i + 1)) {
        return None;
    }
    let digit = chars[i];
    if !("一二两三四五六七八九".contains(digit) || matches!(digit, '1'..='9'))
        || at(chars, i.wrapping_sub(1)).is_ascii_digit()
    {
        return None;
    }
    let second = at(chars, i + 2);
    let tenths = if second.is_ascii_digit() {
        at(chars, i + 3) == '成' && !at(chars, i + 4).is_ascii_digit()
    } else {
        tenths_at(doc, i + 2).is_some()
    };
    if !tenths {
        return None;
    }
    tenths_read(chars, i, i + 1)
}

/// After a range mark at `mark`: is the second number a percentage?
/// Returns its end and whether it carries `%`.
fn range_second(chars: &[char], mark: usize) -> Option<(usize, bool)> {
    if !is_range_mark(at(chars, mark)) {
        return None;
    }
    let n = parse_at(chars, mark + 1)?;
    if n.numeral != Numeral::Arabic {
        return None;
    }
    Some((n.end, at(chars, n.end) == '%'))
}

fn percent_fact(
    doc: &Doc,
    num: &Number,
    body_start: usize,
    end: usize,
    metric: Option<String>,
) -> Fact {
    let marker = approx_before(doc, body_start, false);
    let start = marker
        .filter(|m| m.adjacent)
        .map_or(body_start, |m| m.start);
    let mut end = end;
    let mut approx = marker.map(|m| m.approx);
    if let Some((a, e)) = approx_after_unit(doc, end) {
        approx = Some(a);
        end = e;
    }
    let mut f = Fact::new(Kind::Percent, start, end);
    f.value = Some(Value::Number(num.value));
    f.approx = approx;
    f.metric = metric;
    f
}

/// Linking words between a rate and its figure, longest first.
const LINKS: &[&str] = &[
    "分别达到",
    "分别为",
    "分别达",
    "保持在",
    "控制在",
    "稳定在",
    "维持在",
    "提高到",
    "提升到",
    "上升到",
    "下降到",
    "降低到",
    "增长到",
    "回升到",
    "回落到",
    "增加到",
    "减少到",
    "调降至",
    "调升至",
    "下调至",
    "上调至",
    "调整为",
    "调至",
    "提高至",
    "提升至",
    "上升至",
    "下降至",
    "降低至",
    "达到了",
    "达到",
    "高达",
    "已达",
    "超过",
    "接近",
    "突破",
    "不到",
    "不足",
    "升至",
    "降至",
    "增至",
    "仅为",
    "只有",
    "约为",
    // 毛利率介于57%至59%: a range's "between".
    "介于",
    // 注册率低于60%: a bound.
    "不低于",
    "不高于",
    "低于",
    "高于",
    "大约",
    "将近",
    "分别",
    // 失业率平均为5.1%: an average of the rate.
    "平均",
    // 外转率由18%, 利率从1.5%: where a change starts.
    "由",
    "从",
    // 增速有望达到5%: forecasts between the rate and its figure.
    "有望",
    "可望",
    "预计",
    "预估",
    // 年增率则预估为1.89%: the clause's "then"; 阳性率仍高达12.5%, 覆盖率须
    // 达到100%: "still", "must".
    "则",
    "仍然",
    "仍",
    "必须",
    "须",
    "达",
    "为",
    "是",
    "约",
    "近",
    "逾",
    "超",
    "已",
    "仅",
    "了",
    "在",
    "到",
    "至",
];

/// Words that end a rate's name.
const RATE_HEADS: &[&str] = &["率", "比重", "占比", "比例", "份额", "之比"];

/// Words that end a change's name.
const CHANGE_HEADS: &[&str] = &[
    "增长", "下降", "增幅", "降幅", "增速", "涨幅", "跌幅", "上涨", "下跌", "上升", "回落", "提高",
    "降低", "减少", "增加", "提升", "回升", "下滑", "减缓", "扩大", "收窄",
    // Taiwan's growth (较今年成长7.7%).
    "成长", "衰退",
    // Taiwan's year-on-year and month-on-month (物价指数年增1.69%).
    "年增", "年减", "月增", "月减", "季增", "季减",
    // A market's day (深证成指报11033.96点，涨1.77%; 恒指升2.3%, 升幅2.3%);
    // after the longer heads, so 上涨 and 上升 are read whole.
    "升幅", "涨", "跌", "升",
];

/// Verbs jieba tags as verbs that, right before a change, are the amount
/// that changed (居民收入|增长, 成交|下降, 就业|增长), unlike the light
/// verbs that stand there too (继续|增长, 保持|增长, 实现|增长).
const AMOUNT_VERBS: &[&str] = &[
    "收入", "营收", "支出", "开支", "成交", "出货", "进账", "产出", "耗电", "出行", "就业", "招生",
    "出生", "死亡", "批发", "捐款", "出栏", "吞吐",
];

/// Modifiers that stay inside a change's name (`出口同比增长`).
const CHANGE_MODIFIERS: &[&str] = &[
    "同比",
    "环比",
    "平均",
    "年均",
    "累计",
    "同期",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "比上月",
    "较上月",
    // Hong Kong's and Macau's year-on-year and month-on-month.
    "按年",
    "按月",
    "按季",
    "分别",
    "大幅",
    "整体",
    "总体",
];

/// The rate named right before the figure at `start`, within its clause.
fn metric_before(doc: &Doc, start: usize) -> Option<String> {
    let chars = &doc.chars;
    // Skip the linking words: 上岗率达99%, 复工率提高到95%.
    let mut end = start;
    for _ in 0..3 {
        let Some(w) = LINKS.iter().find(|w| ends_with(chars, end, w)) else {
            break;
        };
        end -= w.chars().count();
    }
    // 报价利率（LPR）为3.1%: the rate's abbreviation in brackets.
    if end > 0 && matches!(chars[end - 1], '）' | ')') {
        if let Some(open) = (end.saturating_sub(12)..end - 1)
            .rev()
            .find(|&k| matches!(chars[k], '（' | '('))
        {
            let inside = &chars[open + 1..end - 1];
            if inside
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || c == '.')
            {
                end = open;
            } else if let Some(head) = RATE_HEADS
                .iter()
                .find(|w| ends_with(chars, end - 1, w))
                .filter(|_| inside.iter().all(|&c| crate::script::is_han(c)))
            {
                // 占全国人口比重（城镇化率）为67%: the rate's own name in
                // brackets after the words that define it.
                let head_start = end - 1 - head.chars().count();
                if head_start > open + 1 {
                    return Some(rate_name(doc, head_start, end - 1));
                }
            }
        }
    }
    // LPR为3.6%, CPI为2.1%: a rate known by its Latin abbreviation (the
    // Doc folds widths, so ＣＰＩ reads CPI here).
    let latin = (0..end)
        .rev()
        .take_while(|&k| chars[k].is_ascii_uppercase())
        .count();
    if (2..=6).contains(&latin) && !(end > latin && chars[end - latin - 1].is_ascii_alphabetic()) {
        return Some(doc.slice(end - latin, end));
    }
    // 外转率由18%下降到6.5%: the figure a change starts from, after 由 or
    // 从, names the rate for the one it reaches.
    if end > 0 && chars[end - 1] == '%' {
        let mut from = end - 1;
        while from > 0
            && (chars[from - 1].is_ascii_digit()
                || crate::extract::number::is_decimal_point(chars[from - 1]))
        {
            from -= 1;
        }
        if from > 0 && from < end - 1 && matches!(chars[from - 1], '由' | '从') {
            return metric_before(doc, from - 1);
        }
        // 由去年同期的5.1%升至6.8%: the same, a period before the first.
        if from > 0 && from < end - 1 && chars[from - 1] == '的' {
            return metric_before(doc, from);
        }
        return None;
    }
    // 毛利率由去年同期的5.1%: a period between where a change starts and
    // its figure.
    if end > 0 && chars[end - 1] == '的' {
        if let Some(k) = (end.saturating_sub(10)..end - 1)
            .rev()
            .find(|&k| matches!(chars[k], '由' | '从'))
            .filter(|&k| {
                chars[k + 1..end - 1]
                    .iter()
                    .all(|&c| crate::script::is_han(c))
            })
        {
            return metric_before(doc, k);
        }
    }
    // 恒指跌368点或1.88%: the figure restates a change just given in
    // points (or another unit); the change names it.
    if end > 1 && chars[end - 1] == '或' {
        if let Some(k) = doc.token_ending_at(end - 1) {
            let mut first = k;
            while first > 0 && matches!(doc.tokens[first - 1].tag, "m" | "q" | "mq") {
                first -= 1;
            }
            let t = &doc.tokens[k];
            if matches!(t.tag, "m" | "q" | "mq")
                && doc.tokens[first..=k]
                    .iter()
                    .any(|t| t.word.chars().any(|c| c.is_ascii_digit()))
            {
                return metric_before(doc, doc.tokens[first].start);
            }
        }
    }
    // 男性占46.8%, 占外贸总值的15.7%: a share.
    if (end > 0 && chars[end - 1] == '占')
        || (end > 1
            && chars[end - 1] == '的'
            && (end.saturating_sub(14)..end - 1)
                .rev()
                .take_while(|&k| crate::script::is_han(chars[k]))
                .any(|k| chars[k] == '占'))
    {
        return Some("占比".to_string());
    }
    if end == 0 || !crate::script::is_han(chars[end - 1]) {
        return None;
    }
    if let Some(head) = RATE_HEADS.iter().find(|w| ends_with(chars, end, w)) {
        let head_start = end - head.chars().count();
        return Some(rate_name(doc, head_start, end));
    }
    // 桥隧比高达87.6%, 负债比为60%: a ratio named by what it relates,
    // right before its figure (not 同比, 环比, 相比: changes and comparisons).
    if chars[end - 1] == '比'
        && end >= 3
        && !char_set!("同环相对好无").contains(chars[end - 2])
        && doc.token_ending_at(end - 1).is_some_and(|k| {
            let t = &doc.tokens[k];
            t.end - t.start >= 2 && t.tag.starts_with('n')
        })
    {
        return Some(rate_name(doc, end - 1, end));
    }
    if let Some(head) = CHANGE_HEADS.iter().find(|w| ends_with(chars, end, w)) {
        let head_start = end - head.chars().count();
        // 比上年增14%: the year compared with, then 增.
        if head.starts_with(['年', '月', '季'])
            && head_start > 0
            && char_set!("上去今前明当本全每同该次").contains(chars[head_start - 1])
        {
            return None;
        }
        return Some(change_name(doc, head_start, end));
    }
    None
}

/// The rate a figure is of when the rate is named after it (以50.99%|的|
/// 得票率胜出): one word after 的 that ends with a rate's head.
fn metric_after(doc: &Doc, end: usize) -> Option<String> {
    let chars = &doc.chars;
    if at(chars, end) != '的' || !doc.is_boundary(end + 1) {
        return None;
    }
    let t = doc.tokens[doc.token_at(end + 1)?];
    // 以7.8%的增速领跑: a change's rate named as a noun.
    if t.start == end + 1 && matches!(t.word, "增速" | "增幅" | "涨幅" | "降幅" | "跌幅")
    {
        return Some(t.word.to_string());
    }
    let head = RATE_HEADS.iter().find(|w| ends_with(chars, t.end, w))?;
    let head_start = t.end - head.chars().count();
    (head_start > end + 1 && t.tag.starts_with('n')).then(|| rate_name(doc, head_start, t.end))
}

/// `复工率`, `产能恢复率`, `上岗率`: the head with the verbs that name the
/// rate, but not the subject before them (规上工业企业复工率 → 复工率).
fn rate_name(doc: &Doc, head_start: usize, end: usize) -> String {
    let mut start = head_start;
    // The token holding the head may start earlier (复工率 as one word).
    if let Some(k) = doc.token_at(head_start) {
        let t = doc.tokens[k];
        start = start.min(t.start);
        // 中|签率: jieba's HMM made up the rate's word without its first
        // char, a lone char no function word is.
        if doc.is_guessed(&t) && t.start < head_start && k > 0 {
            let p = doc.tokens[k - 1];
            if p.end == t.start
                && p.end - p.start == 1
                && crate::script::is_han(doc.chars[p.start])
                && !char_set!("的了在和与及并或是为于从对把被将也都还就其该各每本")
                    .contains(doc.chars[p.start])
            {
                start = p.start;
            }
        }
    }
    let mut taken = 0;
    while taken < 2 && end - start < 8 {
        let Some(k) = doc.token_ending_at(start) else {
            break;
        };
        let t = &doc.tokens[k];
        // 正常|率, 合格|率: what a bare 率 measures may be an adjective;
        // 年|增率: a rate per year, but 2|月|失业率 and 两个|月 are a date
        // or a span (jieba keeps Chinese numerals with their 月: 三月).
        let bare = start == head_start && end - head_start == 1;
        let period = t.end - t.start == 1
            && matches!(t.word, "年" | "月" | "季")
            && !(t.start > 0
                && (doc.chars[t.start - 1].is_ascii_digit() || doc.chars[t.start - 1] == '个'));
        if t.is_punct()
            || !(t.tag.starts_with('v')
                || (start == head_start && t.tag.starts_with('n'))
                || (bare && matches!(t.tag, "a" | "ad" | "an" | "d"))
                || period)
        {
            break;
        }
        start = t.start;
        taken += 1;
    }
    // 不|合格率, 未|完成率: the negation is the rate's own; without it the
    // rate read is its opposite.
    if let Some(k) = doc.token_ending_at(start) {
        if matches!(doc.tokens[k].word, "不" | "未" | "非") {
            start -= 1;
        }
    }
    doc.slice(start, end)
}

/// `出口同比增长`, `利润同比下降`, `四年平均增长`: the change with its
/// modifiers and the one word before them that names what changed.
fn change_name(doc: &Doc, head_start: usize, end: usize) -> String {
    let chars = &doc.chars;
    let mut start = head_start;
    if let Some(k) = doc.token_at(head_start) {
        start = start.min(doc.tokens[k].start);
    }
    let mut listed = false;
    while let Some(w) = CHANGE_MODIFIERS.iter().find(|w| ends_with(chars, start, w)) {
        start -= w.chars().count();
        listed |= *w == "分别";
    }
    if let Some(k) = doc.token_ending_at(start) {
        let t = &doc.tokens[k];
        // 北京、上海、深圳|分别|上涨: the last of several places is where,
        // not what (利润|分别|增长 keeps its subject); 上|月|下降: a period.
        let period = (t.end - t.start == 1 && matches!(t.word, "年" | "月" | "日"))
            || matches!(t.word, "季度" | "年度" | "月份");
        let listed_place = listed && t.tag == "ns";
        let subject = !listed_place
            && !period
            && !t.is_punct()
            && (t.tag.starts_with('n')
                || matches!(t.tag, "vn" | "m" | "j" | "eng")
                || (t.tag == "v" && AMOUNT_VERBS.contains(&t.word)))
            // 按可比口径|同比增长: the basis compared on, not what grew.
            && !matches!(t.word, "的" | "了" | "和" | "与" | "比" | "较" | "口径")
            // 预计增长: forecasting verbs say who expects, not what grows.
            && !matches!(t.word, "预计" | "预期" | "估计" | "计划" | "有望" | "力争" | "目标" | "将" | "要");
        // Not a unit after a number (比昨天的466.003点|下跌, 4350亿美元|增加),
        // nor a word of the comparison (比上一年度|减少, 比上一个交易日|上升).
        let after_number = k > 0 && matches!(t.tag, "m" | "q" | "mq") && {
            let p = &doc.tokens[k - 1];
            p.end == t.start && (p.tag == "m" || p.word.chars().all(|c| c.is_ascii_digit()))
        };
        // 产量比|前|一年, 较前|一年: jieba may glue 比 to the word before
        // or after it.
        let compared = ["比前", "较前", "比上", "较上"]
            .iter()
            .any(|w| ends_with(chars, t.start, w))
            || doc.tokens[..k]
                .iter()
                .rev()
                .take_while(|p| !p.is_punct())
                .take(6)
                .any(|p| {
                    matches!(p.word, "比" | "较" | "相比" | "同比")
                        || p.word.starts_with("比上")
                        || p.word.starts_with("较上")
                });
        // 中芯|国际|收涨, 创业板|指|上涨: the subject's first word may be
        // a name's head jieba did not know, or a one-char word its tail.
        let head = k.checked_sub(1).map(|h| &doc.tokens[h]).filter(|p| {
            p.end == t.start
                && p.word.chars().all(crate::script::is_han)
                && (doc.is_guessed(p) || (t.end - t.start == 1 && p.tag.starts_with('n')))
        });
        let subject_start = head.map_or(t.start, |p| p.start);
        if subject && !after_number && !compared && end - subject_start <= 10 {
            start = subject_start;
        } else if t.word == "，" {
            // 出口20.8万亿元，增长6.7%: a change with no subject of its own
            // is that of the amount the clause before it ends with.
            if let Some((s, e)) = amount_subject(doc, k) {
                return doc.slice(s, e) + &doc.slice(start, end).replace("分别", "");
            }
        }
    }
    // 北京、上海分别下降, 同比分别增长: "respectively" pairs figures with
    // their subjects; it names no part of the change.
    let name = doc.slice(start, end);
    if name.contains("分别") {
        name.replace("分别", "")
    } else {
        name
    }
}

/// The span of what the clause ending at the comma token `comma` states an
/// amount of (出口|20.8|万亿元|，, 营业|收入|35.2|亿元|，, 出口额|达到|500|
/// 亿美元|，): one or two nouns right before the figure, or before a verb
/// that links them to it; the figure and its unit end the clause.
fn amount_subject(doc: &Doc, comma: usize) -> Option<(usize, usize)> {
    let tokens = &doc.tokens;
    let mut k = comma;
    let mut digits = false;
    while k > 0 {
        let t = &tokens[k - 1];
        if !matches!(t.tag, "m" | "q" | "mq") {
            break;
        }
        digits |= t.word.chars().any(|c| c.is_ascii_digit());
        k -= 1;
    }
    if !digits || k == comma {
        return None;
    }
    // The figure's approximation marker, as the number layer reads it (约,
    // 超过, 约达), then a verb linking the figure to its noun (达到, 为).
    if let Some(m) = crate::extract::number::approx_before(doc, tokens[k].start, false) {
        k = tokens[..k].partition_point(|t| t.start < m.start);
        if tokens[k].start != m.start {
            return None;
        }
    }
    if k > 0
        && matches!(
            tokens[k - 1].word,
            "达到" | "达" | "为" | "共" | "共计" | "累计" | "合计"
        )
    {
        k -= 1;
    }
    let end = tokens.get(k)?.start;
    let mut taken = 0;
    while k > 0 && taken < 2 {
        let t = &tokens[k - 1];
        let noun = (t.tag.starts_with('n') && !matches!(t.tag, "nr" | "ns" | "nt" | "nrt"))
            || matches!(t.tag, "vn" | "j")
            || (t.tag == "v" && AMOUNT_VERBS.contains(&t.word));
        if !noun || t.end != tokens[k].start {
            break;
        }
        k -= 1;
        taken += 1;
    }
    (taken > 0).then(|| (tokens[k].start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::number::testing::with_doc;

    /// (span, value, metric) of every percentage in `text`.
    fn percents(text: &str) -> Vec<(String, f64, Option<String>)> {
        with_doc(text, |doc| {
            extract(doc)
                .into_iter()
                .map(|f| {
                    let v = match f.value {
                        Some(Value::Number(n)) => n,
                        _ => f64::NAN,
                    };
                    (doc.slice(f.start, f.end), v, f.metric)
                })
                .collect()
        })
    }

    fn check(text: &str, want: &[(&str, f64, Option<&str>)]) {
        let got = percents(text);
        let want: Vec<(String, f64, Option<String>)> = want
            .iter()
            .map(|&(s, v, m)| (s.to_string(), v, m.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn values_and_spans() {
        check(
            "全省规上工业企业复工率99.9％，产能恢复率97.7％。",
            &[
                ("99.9%", 99.9, Some("复工率")),
                ("97.7%", 97.7, Some("产能恢复率")),
            ],
        );
        check(
            "面料含55%羊毛、45%腈纶。",
            &[("55%", 55.0, None), ("45%", 45.0, None)],
        );
        check("降水偏多15%以上。", &[("15%以上", 15.0, None)]);
        // What a change is compared with is not what changed: a unit after
        // a number, or a word of the comparison.
        check(
            "指数为443.509点，比昨天的466.003点下跌了4.8%。",
            &[("4.8%", 4.8, Some("下跌"))],
        );
        check(
            "旅游人数比上一年度减少3.8%，比1996年增加7%。",
            &[("3.8%", 3.8, Some("减少")), ("7%", 7.0, Some("增加"))],
        );
        check(
            "增长率分别为0·4%和1·9%。",
            &[("0·4%", 0.4, Some("增长率")), ("1·9%", 1.9, Some("增长率"))],
        );
        check("失业率约为百分之五。", &[("百分之五", 5.0, Some("失业率"))]);
        check(
            "占比百分之二十七点三",
            &[("百分之二十七点三", 27.3, Some("占比"))],
        );
    }

    #[test]
    fn tenths_and_hundredths_after_them() {
        check(
            "占总营收约1成5，逾3成，9成以上。",
            &[
                ("约1成5", 15.0, None),
                ("逾3成", 30.0, None),
                ("9成以上", 90.0, None),
            ],
        );
    }

    #[test]
    fn tenths() {
        check(
            "65岁以上长者占四成，蔬菜价格上涨逾三成，利润增长两成，出口衰退近一成，进口增长一成。",
            &[
                ("四成", 40.0, Some("占比")),
                ("逾三成", 30.0, Some("价格上涨")),
                ("两成", 20.0, Some("利润增长")),
                ("近一成", 10.0, Some("出口衰退")),
                ("一成", 10.0, Some("进口增长")),
            ],
        );
        // 成 of a verb or a word.
        check("工程建成，八成新的车。", &[]);
        // A hundredth after the tenths, with nothing after it that could
        // go on with it.
        check(
            "利润增长一成二,九成九的人赞成，三成五年后到期。",
            &[("一成二", 12.0, Some("利润增长")), ("九成九", 99.0, None)],
        );
        // A range of tenths: the first figure is tenths too.
        check(
            "营业额低两至三成，利润下降2至3成，3至5人。",
            &[
                ("两", 20.0, None),
                ("三成", 30.0, None),
                ("2", 20.0, Some("利润下降")),
                ("3成", 30.0, Some("利润下降")),
            ],
        );
        // Tenths in a digit, where 成 is a word of its own.
        check(
            "降雨量偏多3成，9成以上的人满意，分3成本核算。",
            &[("3成", 30.0, None), ("9成以上", 90.0, None)],
        );
    }

    #[test]
    fn metrics_through_linking_words() {
        check(
            "唯美公司已有253名员工到岗，上岗率达99%。出口同比增长23.4%，利润同比下降5%。",
            &[
                ("99%", 99.0, Some("上岗率")),
                ("23.4%", 23.4, Some("出口同比增长")),
                ("5%", 5.0, Some("利润同比下降")),
            ],
        );
        // Hong Kong's and Macau's 按年 and 按月 (按/p|月/m to jieba); the
        // basis compared on is no subject.
        check(
            "出口按年上升5%，按月增加12.3%，按可比口径同比增长5.9%。",
            &[
                ("5%", 5.0, Some("出口按年上升")),
                ("12.3%", 12.3, Some("按月增加")),
                ("5.9%", 5.9, Some("同比增长")),
            ],
        );
        check(
            "四年平均增长7.2%，投资增速回落到3.1%，城镇调查失业率平均为5.1%。",
            &[
                ("7.2%", 7.2, Some("四年平均增长")),
                ("3.1%", 3.1, Some("投资增速")),
                ("5.1%", 5.1, Some("调查失业率")),
            ],
        );
        check(
            "城镇调查失业率控制在5.5%以内。",
            &[("5.5%以内", 5.5, Some("调查失业率"))],
        );
    }

    #[test]
    fn rates_named_by_abbreviations() {
        check(
            "1年期贷款市场报价利率（LPR）为3.1%，5年期以上LPR为3.6%。",
            &[("3.1%", 3.1, Some("利率")), ("3.6%", 3.6, Some("LPR"))],
        );
    }

    #[test]
    fn rates_named_in_brackets_after_or_with_their_negation() {
        // The rate's name in brackets after the words defining it; after
        // the figure (以…的得票率); a negated rate is its own (不合格率, not
        // 合格率). A noun after 的 that is no rate names none (的选票).
        check(
            "城镇人口占全国人口比重（城镇化率）为67%，他以50.99%的得票率胜出，\
             获得61.2%的选票，产品不合格率为6.8%，未完成率为3%。阳性率仍高达12.5%，\
             毛利率由去年同期的5.1%升至6.8%，该市以7.8%的增速领跑。",
            &[
                ("67%", 67.0, Some("城镇化率")),
                ("50.99%", 50.99, Some("得票率")),
                ("61.2%", 61.2, None),
                ("6.8%", 6.8, Some("不合格率")),
                ("3%", 3.0, Some("未完成率")),
                // An adverb between the rate and its figure; a period
                // between where a change starts and its figure; a change's
                // rate named after the figure.
                ("12.5%", 12.5, Some("阳性率")),
                ("5.1%", 5.1, Some("毛利率")),
                ("6.8%", 6.8, Some("毛利率")),
                ("7.8%", 7.8, Some("增速")),
            ],
        );
    }

    #[test]
    fn a_change_from_one_rate_to_another() {
        check(
            "住院患者外转率由18%下降到6.5%，营收季增12.8%，年增39%，预算较今年成长7.7%。",
            &[
                ("18%", 18.0, Some("外转率")),
                ("6.5%", 6.5, Some("外转率")),
                ("12.8%", 12.8, Some("营收季增")),
                ("39%", 39.0, Some("年增")),
                ("7.7%", 7.7, Some("成长")),
            ],
        );
    }

    #[test]
    fn changes_without_a_list_or_a_period_for_subject() {
        check(
            "价格由上月下降0.7%，北京、深圳分别上涨0.2%和0.3%，出口同比增长5%。",
            &[
                ("0.7%", 0.7, Some("下降")),
                ("0.2%", 0.2, Some("上涨")),
                ("0.3%", 0.3, Some("上涨")),
                ("5%", 5.0, Some("出口同比增长")),
            ],
        );
    }

    #[test]
    fn amounts_jieba_tags_as_verbs() {
        check(
            "居民人均可支配收入下降4.1%，成交同比增长9%，出口继续增长5%。",
            &[
                ("4.1%", 4.1, Some("收入下降")),
                ("9%", 9.0, Some("成交同比增长")),
                ("5%", 5.0, Some("增长")),
            ],
        );
    }

    #[test]
    fn a_change_after_the_amount_that_changed() {
        check(
            "出口20.8万亿元，增长6.7%；公司实现营业收入35.2亿元，同比增长12.5%，较上年下降4%。",
            &[
                ("6.7%", 6.7, Some("出口增长")),
                ("12.5%", 12.5, Some("营业收入同比增长")),
                ("4%", 4.0, Some("较上年下降")),
            ],
        );
        // An approximation marker between the noun and its figure.
        check(
            "贸易顺差约达5.58万亿元，扩大8%。",
            &[("8%", 8.0, Some("贸易顺差扩大"))],
        );
    }

    #[test]
    fn shares_bounds_and_changes_restated() {
        check(
            "男性占46.8%，进出口占外贸总值的50.4%，注册率低于60%，恒指跌368点或1.88%。",
            &[
                ("46.8%", 46.8, Some("占比")),
                ("50.4%", 50.4, Some("占比")),
                ("低于60%", 60.0, Some("注册率")),
                ("1.88%", 1.88, Some("恒指跌")),
            ],
        );
    }

    #[test]
    fn subjects_whole_names_and_no_comparison() {
        // A name jieba did not know, or cut before a one-char tail, is the
        // subject whole; 比前一年 is what is compared, no subject.
        check(
            "中芯国际收涨6.4%，创业板指上涨2.35%，产量比前一年增长了2.3%。",
            &[
                ("6.4%", 6.4, Some("中芯国际收涨")),
                ("2.35%", 2.35, Some("创业板指上涨")),
                ("2.3%", 2.3, Some("增长")),
            ],
        );
    }

    #[test]
    fn ratios_fragments_and_quarters() {
        // A ratio named by what it relates; not 同比 (a change).
        check(
            "桥隧比高达87.6%，负债比为60%，同比为5%。",
            &[
                ("87.6%", 87.6, Some("桥隧比")),
                ("60%", 60.0, Some("负债比")),
                ("5%", 5.0, None),
            ],
        );
        // A market's day: rises and falls in one char, and a rise's size.
        check(
            "深证成指报11033.96点，涨1.77%；恒指升幅2.3%，股价下跌3%。",
            &[
                ("1.77%", 1.77, Some("涨")),
                ("2.3%", 2.3, Some("恒指升幅")),
                ("3%", 3.0, Some("股价下跌")),
            ],
        );
        // From one figure to another, however the change is worded.
        check(
            "操作利率从1.5%调降至1.4%。",
            &[
                ("1.5%", 1.5, Some("操作利率")),
                ("1.4%", 1.4, Some("操作利率")),
            ],
        );
        // jieba's HMM made up the rate's word without its first char (中|签率).
        check("中签率约为18.7%。", &[("18.7%", 18.7, Some("中签率"))]);
        // A quarter by name is when, not what grew.
        check(
            "一季度同比增长5.3%，二季度增长4.7%，3月份增长7.4%。",
            &[
                ("5.3%", 5.3, Some("同比增长")),
                ("4.7%", 4.7, Some("增长")),
                ("7.4%", 7.4, Some("增长")),
            ],
        );
    }

    #[test]
    fn rates_named_by_adjectives_periods_and_forecasts() {
        check(
            "航班正常率保持在85%以上，产品合格率为98%。总值增速有望达到5%左右。",
            &[
                ("85%以上", 85.0, Some("正常率")),
                ("98%", 98.0, Some("合格率")),
                ("5%左右", 5.0, Some("总值增速")),
            ],
        );
        // A range's "between" (介于).
        check(
            "毛利率介于57%至59%。",
            &[("57%", 57.0, Some("毛利率")), ("59%", 59.0, Some("毛利率"))],
        );
        check(
            "失业率则为5.1%，物价年增率则预估为1.89%。",
            &[
                ("5.1%", 5.1, Some("失业率")),
                ("1.89%", 1.89, Some("年增率")),
            ],
        );
        // A month with its number is a date, not the rate's period.
        check(
            "今年1至2月失业率为3.7%，三月失业率为3.6%，前两个月增长率为5%。",
            &[
                ("3.7%", 3.7, Some("失业率")),
                ("3.6%", 3.6, Some("失业率")),
                ("5%", 5.0, Some("增长率")),
            ],
        );
        // Year-on-year in Taiwan's usage; not 比上年|增 (the year compared).
        check(
            "出口年增率达到12.3%，物价指数年增1.69%，产量比上年增14%。",
            &[
                ("12.3%", 12.3, Some("出口年增率")),
                ("1.69%", 1.69, Some("年增")),
                ("14%", 14.0, None),
            ],
        );
    }

    #[test]
    fn latin_subjects() {
        check(
            "一季度GDP增长6.1%，CPI同比上涨5.4%。",
            &[
                ("6.1%", 6.1, Some("GDP增长")),
                ("5.4%", 5.4, Some("CPI同比上涨")),
            ],
        );
    }

    #[test]
    fn ranges_give_two_facts() {
        check(
            "预计增长5%-10%，涨幅在3~5%之间。",
            &[
                ("5%", 5.0, Some("增长")),
                ("10%", 10.0, Some("增长")),
                ("3", 3.0, Some("涨幅")),
                ("5%", 5.0, Some("涨幅")),
            ],
        );
        // The figures of a list share it too.
        check(
            "产销同比分别增长33.9%和37.8%。",
            &[
                ("33.9%", 33.9, Some("同比增长")),
                ("37.8%", 37.8, Some("同比增长")),
            ],
        );
    }

    #[test]
    fn full_width_and_traditional() {
        // Long enough for the script to be detected as Traditional.
        check(
            "據統計，該縣規模以上企業復工率達９８．３％，較上週提高兩個百分點。",
            &[("98.3%", 98.3, Some("复工率"))],
        );
    }
}
