//! Quotes: “…” and 「…」 with speaker attribution.
//!
//! Quotation marks also wrap slogans (“疫情防得住，发展搞得好”), banners,
//! song titles and terms (“考卷”, “三服务”). A quote is an utterance: its
//! inner text ends with sentence punctuation, or it is introduced by a colon
//! (王海说：“…”) and is a clause. The speaker is a person fact: before the
//! colon in the same sentence (党员攻关队队长王海说：), right after the
//! closing mark with only a title between (“…”驻厂党员干部郑国海说), or the
//! subject of the following clause when it has a speech verb (“…”……李海燕，
//! 在工作群里发了一条信息). A pronoun speaker (他说：) is the last person
//! named before it. A quote that is a sentence of its own goes on with the
//! words of whoever spoke in the sentence before (X表示，…。“…”), or else of
//! the one person that sentence names (杨卓玛格外激动。“…”).

use crate::extract::charset::char_set;
use crate::report::{Fact, Kind};
use crate::segment::Doc;

/// Sentence-final punctuation that makes quoted text an utterance.
const FINAL: &str = "。！？!?…";

/// Quotation marks, opening and closing, of every style quotes take.
const QUOTE_MARKS: &str = "“”「」『』";

/// Speech and communication verbs for a speaker named after the quote.
const SPEECH: [&str; 35] = [
    "说", "表示", "介绍", "告诉", "坦言", "回忆", "感慨", "指出", "强调", "称", "问", "喊", "叮嘱",
    "嘱咐", "解释", "透露", "补充", "写道", "发了", "发出", "留言", "发帖", "回应", "答道", "笑道",
    "直言", "坦承", "提醒", "呼吁", "感叹", "批评", "认为", "看来", "提到", "谈到",
];

pub fn extract(doc: &Doc, persons: &[Fact]) -> Vec<Fact> {
    let chars = &doc.chars;
    let n = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let close = match chars[i] {
            '“' => '”',
            '「' => '」',
            '『' => '』',
            _ => {
                i += 1;
                continue;
            }
        };
        let open = chars[i];
        // The matching close, counting nested marks of the same kind; a
        // quote never runs past its paragraph.
        // Bounded, so an unclosed mark in a huge paragraph costs little.
        let para_end = paragraph(doc, i).map_or(n, |p| p.end).min(i + 3000);
        let mut depth = 0;
        let mut j = i + 1;
        let mut found = None;
        while j < para_end {
            if chars[j] == open {
                depth += 1;
            } else if chars[j] == close {
                if depth == 0 {
                    found = Some(j);
                    break;
                }
                depth -= 1;
            }
            j += 1;
        }
        let Some(c) = found else {
            i += 1;
            continue;
        };
        let (s, e) = (i + 1, c);
        let utterance = is_utterance(chars, s, e);
        // The speaker, looked for once: a brief quote needs one.
        let who = (utterance || said_briefly(chars, s, e))
            .then(|| speaker(doc, persons, i, c + 1))
            .flatten();
        if utterance || who.is_some() {
            let mut f = Fact::new(Kind::Quote, s, e);
            f.speaker = who.map(|p| doc.slice(p.start, p.end));
            // A quote right after another, nothing between (他问：“…？”“…？”),
            // is the same speaker's unless one is named for it; but not the
            // answer to a question (“你想上学吗？”“想！”).
            let asks = |q: &Fact| char_set!("？?").contains(chars[q.end - 1]);
            let answers = |prev: &Fact| asks(prev) && !asks(&f);
            if f.speaker.is_none() {
                if let Some(prev) = out.last().filter(|q: &&Fact| q.end + 2 == s && !answers(q)) {
                    f.speaker = prev.speaker.clone();
                }
            }
            // The sentence going on after a quote, its subject left out, a
            // speech verb and no one named, the quote after a comma (“…！”
            // 随后通过翻译表示，…，“…”): the same speaker's.
            if f.speaker.is_none() {
                if let Some(prev) = out.last().filter(|q| q.speaker.is_some() && q.end + 1 < i) {
                    let between = prev.end + 1..i;
                    let goes_on = !chars[between.clone()].iter().any(|&c| {
                        char_set!("。！？!?\n").contains(c) || char_set!(QUOTE_MARKS).contains(c)
                    });
                    // After a comma: a colon's attribution was looked for
                    // and names none on purpose (有人问：“…”).
                    // Or the first quote was already the speaker's, after
                    // a speech verb (X表示，「…」，但考虑到…，「…」).
                    let first_open = prev.start - 1;
                    let spoken = || {
                        last_speech_pause(chars, between.start, i).is_some()
                            || spoken_before(chars, first_open)
                            || says_right_before(chars, first_open)
                    };
                    if goes_on
                        && matches!(chars[i - 1], '，' | ',')
                        && in_range(persons, between.start, between.end).is_empty()
                        && spoken()
                    {
                        f.speaker = prev.speaker.clone();
                    }
                }
            }
            out.push(f);
        }
        i = c + 1;
    }
    out
}

/// Is the text `s..e` inside quotation marks an utterance rather than a
/// term, a slogan or a title?
fn is_utterance(chars: &[char], s: usize, e: usize) -> bool {
    if e <= s + 1 {
        return false;
    }
    // Trailing closing marks of nested quotes do not count (…豁得出。’).
    let mut last = e;
    while last > s && matches!(chars[last - 1], '’' | '”' | '」' | '』' | '）' | ')') {
        last -= 1;
    }
    if last > s && char_set!(FINAL).contains(chars[last - 1]) {
        return true;
    }
    // The first half of a quote split by its speaker (“这是历史性的时刻，”
    // 古特雷斯说，“我们…”): a comma, then a speech verb and the second half.
    if last > s && matches!(chars[last - 1], '，' | ',') && split_by_speaker(chars, e + 1) {
        return true;
    }
    // Or the whole quote, its comma inside the marks, and its speaker after
    // it ending the clause (“我们会尽力，”他表示。, 「…，」高永文說。).
    if last > s && matches!(chars[last - 1], '，' | ',') && said_after(chars, e + 1) {
        return true;
    }
    // Introduced by a colon (他说：“我们会继续努力”。): a clause with a comma
    // or long enough to be one. Followed by 的 it modifies a noun (a banner);
    // a phrase without any punctuation followed by words is part of the
    // sentence (报道：“拯救比萨斜塔专家委员会”决定…: a name as its subject).
    // Or by a speech verb and a comma (据厂长陈刚介绍，“…”。, 他表示，“…”).
    let colon = s >= 2
        && (matches!(chars[s - 2], '：' | ':')
            || (matches!(chars[s - 2], '，' | ',') && speech_ends_at(chars, s - 2)));
    let next = chars.get(e + 1).copied();
    let before_de = next == Some('的');
    let phrase = next.is_some_and(crate::script::is_han)
        && chars[s..e]
            .iter()
            .all(|&c| crate::segment::is_alphanumeric(c));
    let len = e - s;
    let has_comma = chars[s..e].contains(&'，');
    if colon && !before_de && !phrase && (has_comma || len >= 8) && !is_slogan(chars, s, e) {
        return true;
    }
    // A clause that ends its sentence after the speaker's own words in the
    // same sentence (吴思瑶批评，条文程序粗糙，「蓝白两党想要扩权」。: Taiwan's
    // and Hong Kong's papers put the full stop outside the marks).
    let ends_sentence = matches!(next, Some('。' | '！' | '？' | '!' | '?'));
    // Or right after a verb that only reports speech, ending the sentence
    // (表示「我们努力不够」。); not after 强调 or 称, whose marks hold terms
    // (强调“稳中求进”, 被称“小巨人”).
    ends_sentence
        && len >= 6
        && !is_slogan(chars, s, e)
        && (spoken_before(chars, s - 1)
            || says_right_before(chars, s - 1)
            || said_after_comma(chars, s - 1))
}

/// Is `s..e`, inside marks, right after 说 and ending its clause, short
/// or with the sentence going on after it (王海说“这辈子值了”。, 主唱李扬说
/// “…”，全场欢呼)? Only with a person named as the speaker is it a quote:
/// anonymous, such marks mostly hold sayings and phrases talked about (有人
/// 说“市场如战场”, 敢说“向我看齐”), and after 表示 a verb's object (表示
/// “深切忏悔”).
fn said_briefly(chars: &[char], s: usize, e: usize) -> bool {
    s >= 2
        && chars[s - 2] == '说'
        && matches!(
            chars.get(e + 1),
            Some('。' | '！' | '？' | '!' | '?' | '，' | ',')
        )
        && e - s >= 4
        && !is_slogan(chars, s, e)
}

/// Is the opening mark at `open` right after a clause of its own that only
/// says "said" (…义工，称“这是一场干净的选举”。)? 称 elsewhere names a term
/// (被称“小巨人”, 号称“…”).
fn said_after_comma(chars: &[char], open: usize) -> bool {
    open >= 2 && chars[open - 1] == '称' && matches!(chars[open - 2], '，' | ',')
}

/// Verbs that report speech and nothing else, or an opinion held (认为): a
/// quotation right after one is what was said.
const SAYS: [&str; 12] = [
    "说", "表示", "坦言", "直言", "回应", "感叹", "笑道", "答道", "写道", "留言", "坦承", "认为",
];

/// Does one of [`SAYS`] end right before the opening mark at `open`?
fn says_right_before(chars: &[char], open: usize) -> bool {
    ends_with_one_of(chars, open, &SAYS)
}

/// Does a speech verb and a line (一句, 一声, perhaps after 了) end right
/// before the opening mark at `open` (喊了一句“谢谢！”, 大喊一声“冲啊！”)?
fn said_a_line(chars: &[char], open: usize) -> bool {
    if !ends_with_one_of(chars, open, &["一句", "一声"]) {
        return false;
    }
    let mut v = open - 2;
    if v > 0 && chars[v - 1] == '了' {
        v -= 1;
    }
    speech_ends_at(chars, v)
}

/// Does one of `words` end at `end`?
fn ends_with_one_of(chars: &[char], end: usize, words: &[&str]) -> bool {
    words.iter().any(|v| {
        let l = v.chars().count();
        end >= l && v.chars().eq(chars[end - l..end].iter().copied())
    })
}

/// Does the sentence before the opening mark at `open` say that someone
/// speaks, right after a speech verb and a comma or colon (X表示，…，“…”),
/// or with the verb's object between (陳恒鑌批評港鐵應變太慢，「…」)? The
/// mark itself must follow a comma: a quoted phrase inside a clause is a term.
fn spoken_before(chars: &[char], open: usize) -> bool {
    if open == 0 || !matches!(chars[open - 1], '，' | ',') {
        return false;
    }
    let from = (0..open)
        .rev()
        .take(80)
        .find(|&k| char_set!(FINAL).contains(chars[k]) || matches!(chars[k], '\n' | '”' | '」'))
        .map_or(open.saturating_sub(80), |k| k + 1);
    // The clause right before the mark's comma, back to the one before.
    let clause = (from..open - 1)
        .rev()
        .find(|&k| matches!(chars[k], '，' | ',' | '：' | ':'))
        .map_or(from, |k| k + 1);
    // Only a verb of two chars or more: one-char ones begin other words
    // there (问题, 说明).
    last_speech_pause(chars, from, open).is_some() || has_speech_of(chars, clause, open - 1, 2)
}

/// The last comma or colon in `from..to` right after a speech verb (the ，
/// of 他表示，): where the speaker's clause ends.
fn last_speech_pause(chars: &[char], from: usize, to: usize) -> Option<usize> {
    (from..to)
        .rev()
        .find(|&k| matches!(chars[k], '，' | '：' | ',' | ':') && speech_ends_at(chars, k))
}

/// Is a speech verb between `from` and the next opening mark (within a
/// short clause), right before it or before a comma or colon?
fn split_by_speaker(chars: &[char], from: usize) -> bool {
    let to = (from + 24).min(chars.len());
    let Some(open) = (from..to).find(|&k| matches!(chars[k], '“' | '「')) else {
        return false;
    };
    if (from..open).any(|k| char_set!(FINAL).contains(chars[k])) {
        return false;
    }
    let end = if open > from && matches!(chars[open - 1], '，' | '：' | ',' | ':') {
        open - 1
    } else {
        open
    };
    end > from && speech_ends_at(chars, end)
}

/// Does a short clause from `from` end, at a full stop or a comma, with a
/// speech verb (他表示。, 张明说，)?
fn said_after(chars: &[char], from: usize) -> bool {
    let to = (from + 16).min(chars.len());
    (from..to)
        .find(|&k| !crate::script::is_han(chars[k]))
        .is_some_and(|k| {
            k > from
                && matches!(chars[k], '。' | '！' | '？' | '，' | '!' | '?' | ',')
                && speech_ends_at(chars, k)
        })
}

/// Does a speech verb end at `end` (表示 in 他表示，), one with 道 after
/// it (补充道, 说道), or a verb of telling up to four chars before it?
fn speech_ends_at(chars: &[char], end: usize) -> bool {
    // A verb of telling and whom it tells (告诉记者，, 提醒投资者，).
    const TELLING: [&str; 5] = ["告诉", "提醒", "叮嘱", "嘱咐", "呼吁"];
    ends_with_one_of(chars, end, &SPEECH)
        || (1..=4).any(|k| end > k && ends_with_one_of(chars, end - k, &TELLING))
        || (end > 1 && chars[end - 1] == '道' && ends_with_one_of(chars, end - 1, &SPEECH))
}

/// Parallel slogans: halves of equal length around a comma or 、
/// (两手都要硬、两战都要赢).
fn is_slogan(chars: &[char], s: usize, e: usize) -> bool {
    let parts: Vec<usize> = chars[s..e]
        .split(|&c| c == '，' || c == '、')
        .map(|p| p.len())
        .collect();
    parts.len() >= 2 && parts.iter().all(|&l| l == parts[0] && l <= 7)
}

/// The person the quote at `open..after` (marks included) is attributed to.
fn speaker<'a>(doc: &Doc, persons: &'a [Fact], open: usize, after: usize) -> Option<&'a Fact> {
    let chars = &doc.chars;
    let n = chars.len();
    let sent = doc.sentences.get(doc.sentence_of(open)).copied();
    let para = paragraph(doc, open);
    let para_start = para.map_or(0, |p| p.start);

    // 1. Before the quote, in the same sentence, ending with a colon, a
    //    comma or a verb of speech: the last person named before it
    //    (王海说：“…”, 侯友宜…表示「…」).
    let says =
        says_right_before(chars, open) || said_after_comma(chars, open) || said_a_line(chars, open);
    if open >= 1 && (matches!(chars[open - 1], '：' | ':' | '，') || says) {
        // The clause before the colon reaches back to the sentence start or
        // to the previous closing quote.
        let mut from = sent.map_or(para_start, |s| s.start.min(open));
        if let Some(q) = (from..open).rev().find(|&k| matches!(chars[k], '”' | '」')) {
            from = q + 1;
        }
        // After a comma, the speaker is the speech verb's subject, before
        // any person the words in between name (鲁宾说，…奥尔布赖特将…，“…”).
        let mut upto = open;
        if chars[open - 1] == '，' {
            if let Some(v) = last_speech_pause(chars, from, open) {
                upto = v;
            }
        }
        if let Some(p) = last_speaking(chars, persons, from, upto) {
            return Some(p);
        }
        // 他说：“…” — the last person named before, in this or the previous
        // paragraph.
        let lead = &chars[from..open];
        if lead.iter().any(|&c| matches!(c, '他' | '她')) && has_speech(chars, from, open) {
            return last_named_before(doc, persons, para_start, from);
        }
        // X说：“…” with X no person found: the speaker is before the quote,
        // not whoever the next sentence names.
        if says || (matches!(chars[open - 1], '：' | ':') && speech_ends_at(chars, open - 1)) {
            return None;
        }
        // 眼下，他和家人已搬进帐篷，“…”。: a quote ending a sentence whose
        // subject is a pronoun, no one named in it, is the words of whom
        // the pronoun stands for.
        // The sentence ends after the closing mark or with the quote's own
        // last char (…多了。”).
        let ends_sentence = chars.get(after).is_none_or(|&c| {
            char_set!(FINAL).contains(c) || c == '\n' || char_set!(FINAL).contains(chars[after - 2])
        });
        // So is one after a colon closing such a clause, whatever its verb
        // (他掰着指头算账：“…”).
        let colon = matches!(chars[open - 1], '：' | ':');
        if ((chars[open - 1] == '，' && ends_sentence) || colon)
            && in_range(persons, from, open).is_empty()
            && pronoun_subject(chars, from, open)
        {
            return last_named_before(doc, persons, para_start, from);
        }
    }

    // 2. Right after the closing mark, with only a title between
    //    (“…”驻厂党员干部郑国海说。 “…”总经理王国润找到了…). The sentence
    //    after the mark ends with its paragraph (…他的看法是：“…”⏎吴天祥将…
    //    is not the next paragraph's subject's), unless the quote is the
    //    whole paragraph (“…”⏎总经理林焰峰的感慨，源于…).
    let whole_paragraph = chars[para_start..open].iter().all(|c| c.is_whitespace());
    let para_end = para.filter(|_| !whole_paragraph).map_or(n, |p| p.end);
    let horizon = (after + 500).min(n).min(para_end);
    let sent_end = (after..horizon)
        .find(|&k| char_set!("。！？").contains(chars[k]))
        .unwrap_or(horizon);
    let named_after = in_range(persons, after, sent_end);
    if let Some(next) = named_after.first() {
        let between = &chars[after..next.start];
        // Named as the owner of whom the title after is (“…”王海的老师、
        // 退休教师李秀兰说): that one speaks, if named in the same clause
        // with a speech verb after.
        if next.start == after && possessor(chars, next, sent_end) {
            if let Some(owned) = named_after[1..]
                .iter()
                .take_while(|p| {
                    p.start < after + 40
                        && !chars[next.end..p.start]
                            .iter()
                            .any(|&c| char_set!("，。！？；：“”「」").contains(c))
                })
                .find(|p| has_speech(chars, p.end, p.end + 6))
            {
                return Some(owned);
            }
        }
        if next.start < after + 30
            && !between
                .iter()
                .any(|&c| char_set!("，。！？；：“”「」（）").contains(c))
            && !between.starts_with(&['的'])
        {
            return Some(next);
        }
        // 3. The subject of the clause that follows, with a speech verb
        //    after it in the same sentence (……李海燕，在工作群里发了一条信息).
        let no_new_quote = !between.iter().any(|&c| c == '“' || c == '「');
        if no_new_quote && has_speech(chars, next.end, sent_end.min(next.end + 20)) {
            return Some(next);
        }
        // Or the sentence after it opens with his or her speech (“…”在仪式
        // 上，董事长王明远难掩激动。他说，…), and names no one else.
        // Not 他们 (they).
        let pronoun_speaks = matches!(chars.get(sent_end + 1), Some('他' | '她'))
            && chars.get(sent_end + 2) != Some(&'们')
            && speech_ends_near(chars, sent_end + 2);
        if no_new_quote
            && pronoun_speaks
            && named_after
                .iter()
                .all(|p| chars[p.start..p.end] == chars[next.start..next.end])
        {
            return Some(next);
        }
        return None;
    }
    // 4. A pronoun and a speech verb right after the mark (“…”他说。): the
    //    last person named before, in this or the previous paragraph.
    if matches!(chars.get(after), Some('他' | '她')) && speech_ends_near(chars, after + 1) {
        return last_named_before(doc, persons, para_start, open);
    }
    // 5. A quote that is a sentence of its own, after a sentence of the
    //    same paragraph in which someone speaks (X表示，…。“…”): it goes on
    //    with X's words, across up to two sentences of the reported speech
    //    that name no one and quote nothing (毛宁说，…。…。“…”).
    //    Right after a sentence without a speech verb, it is the words of
    //    the one person that sentence names (退休教师杨卓玛格外激动。“…”),
    //    or of whom its pronoun subject stands for (她建议…。「…」), unless
    //    that sentence attributes a quote before it.
    if open > para_start && char_set!(FINAL).contains(chars[open - 1]) {
        let mut end = open;
        for round in 0..3 {
            let prev = doc.sentences.get(doc.sentence_of(end - 1))?;
            let from = prev.start.max(para_start);
            if let Some(pause) = last_speech_pause(chars, from, end) {
                // 他告诉记者，…。“…”: whom the pronoun stands for.
                return last_speaking(chars, persons, from, pause).or_else(|| {
                    chars[from..pause]
                        .iter()
                        .any(|&c| matches!(c, '他' | '她'))
                        .then(|| last_named_before(doc, persons, para_start, from))
                        .flatten()
                });
            }
            let unquoted = !chars[from..end]
                .iter()
                .any(|&c| char_set!(QUOTE_MARKS).contains(c));
            // Not after an attribution of a quote before (“…？”彭楚政问。
            // “…”: the next quote answers).
            let attribution = from > 0 && matches!(chars[from - 1], '”' | '」' | '』');
            if round == 0 && unquoted && !attribution {
                let named = in_range(persons, from, end);
                // A reporter who sees is no speaker (记者王海看到了船只。).
                if let Some(one) = named.first().filter(|p| {
                    named
                        .iter()
                        .all(|q| chars[q.start..q.end] == chars[p.start..p.end])
                        && !is_reporter(p)
                        && last_speaking(chars, named, from, end).is_some()
                }) {
                    return Some(one);
                }
                if named.is_empty() && matches!(chars[from], '他' | '她') {
                    return last_named_before(doc, persons, para_start, from);
                }
            }
            let quiet = in_range(persons, from, end).is_empty()
                && !chars[from..end]
                    .iter()
                    .any(|&c| char_set!(QUOTE_MARKS).contains(c));
            if !quiet || from <= para_start {
                return None;
            }
            end = from;
        }
    }
    None
}

/// Does the clause of `from..to` have 他 or 她 as its subject: the first
/// of them, before any verb of speech, at the start or after an adverbial
/// and a comma (眼下，他和家人…)? Not 他们 (they), nor his kin (他妻子), nor
/// a pronoun standing for someone the sentence brought in unnamed before
/// it (一位教授，…，他…).
fn pronoun_subject(chars: &[char], from: usize, to: usize) -> bool {
    let clause = |k: usize| k == from || matches!(chars[k - 1], '，' | ',');
    let unnamed_before = |k: usize| {
        chars[from..k]
            .windows(2)
            .any(|w| w[0] == '一' && matches!(w[1], '位' | '名'))
    };
    (from..to)
        .find(|&k| matches!(chars[k], '他' | '她'))
        .is_some_and(|k| {
            clause(k)
                && !chars
                    .get(k + 1)
                    .is_some_and(|&c| char_set!("们妻夫父母儿女哥姐弟妹爷奶").contains(c))
                && !unnamed_before(k)
                && !has_speech(chars, from, k)
        })
}

/// The last person named in `from..upto` who is not spoken to: the subject
/// of a speech verb at `upto` (王海说：, 鲁宾说，).
fn last_speaking<'a>(
    chars: &[char],
    persons: &'a [Fact],
    from: usize,
    upto: usize,
) -> Option<&'a Fact> {
    let before = in_range(persons, from, upto);
    // Owners joined to an owner (比萨乌丁和田亮的动作) own it together.
    let owner = |mut k: usize| {
        while k + 1 < before.len()
            && matches!(
                chars.get(before[k].end..before[k + 1].start),
                Some(['和'] | ['与'] | ['及'] | ['、'])
            )
        {
            k += 1;
        }
        possessor(chars, &before[k], upto)
    };
    (0..before.len())
        .rev()
        .find(|&k| before[k].end <= upto && !addressed(chars, before, k) && !owner(k))
        .map(|k| &before[k])
}

/// Is `p` named only as the owner of what comes next (握住张晓伟的双手说：,
/// 孔庆河的女儿说：), not as the one who speaks? Not when what is his is
/// his words (歌德的一句话：, 王凤兴的回答是：), nor when 的 ends the
/// phrase that names him (一位叫庞增福的工人说：).
fn possessor(chars: &[char], p: &Fact, upto: usize) -> bool {
    const WORDS: [&str; 12] = [
        "话", "回答", "答复", "题词", "说法", "看法", "观点", "感慨", "评价", "心声", "名言",
        "态度",
    ];
    if chars.get(p.end) != Some(&'的') {
        return false;
    }
    let named = p.start >= 1 && chars[p.start - 1] == '叫';
    // One of the words within the few chars after 的 (的一番话, 的回答).
    let his_words =
        (p.end + 2..=upto.min(p.end + 8)).any(|end| ends_with_one_of(chars, end, &WORDS));
    !named && !his_words
}

/// Does a speech verb start at `at`, or one char later (他补充说, 她也表示)?
fn speech_ends_near(chars: &[char], at: usize) -> bool {
    has_speech(chars, at, (at + 4).min(chars.len()))
}

/// Whom a pronoun speaker before `before` stands for: the last sentence
/// naming someone, in the paragraph starting at `para_start` or the one
/// before it, and in it its subject, the first person named, unless as an
/// owner, a reporter or one spoken to (院长张明远是王德海的学生。他回忆，),
/// else the last one named (在王海的帮助下李德华…。他说).
fn last_named_before<'a>(
    doc: &Doc,
    persons: &'a [Fact],
    para_start: usize,
    before: usize,
) -> Option<&'a Fact> {
    let chars = &doc.chars;
    let k = doc.paragraphs.partition_point(|p| p.end <= para_start);
    let floor = k
        .checked_sub(1)
        .map_or(para_start, |k| doc.paragraphs[k].start);
    // Not a person named inside a quote: the first mark after them closes it.
    let quoted = |p: &Fact| {
        chars[p.end..before]
            .iter()
            .find(|&&c| char_set!(QUOTE_MARKS).contains(c))
            .is_some_and(|&c| char_set!("”」』").contains(c))
    };
    let named = in_range(persons, floor, before);
    let last = named.iter().rposition(|p| p.end <= before && !quoted(p))?;
    let sentence = doc.sentences[doc.sentence_of(named[last].start)];
    let from = sentence.start.max(floor);
    // A byline's or dateline's reporter is no subject, nor one spoken to
    // (曾对副总理李明说，…的干部王强，是…).
    let subject = (0..=last)
        .find(|&j| named[j].start >= from && !quoted(&named[j]) && !is_reporter(&named[j]))
        .filter(|&j| {
            let p = &named[j];
            chars.get(p.end) != Some(&'的') && !addressed(chars, named, j)
        });
    Some(&named[subject.unwrap_or(last)])
}

/// Is `p` a reporter (记者王海, a byline's or a dateline's): one who
/// sees and asks, never the quote's speaker.
fn is_reporter(p: &Fact) -> bool {
    p.title.as_ref().is_some_and(|t| t.ends_with("记者"))
}

/// Is `persons[k]` spoken to rather than speaking: after 对, 向, 跟 or
/// 给, alone, with its title, or in a list (张三对李四说：, 并对毛泽东、
/// 周恩来说：)?
fn addressed(chars: &[char], persons: &[Fact], mut k: usize) -> bool {
    loop {
        // Before the name, its title (对副厂长李明说：).
        let mut at = persons[k].start;
        if let Some(title) = &persons[k].title {
            let n = title.chars().count();
            if at >= n && chars[at - n..at].iter().copied().eq(title.chars()) {
                at -= n;
            }
        }
        let Some(&c) = at.checked_sub(1).and_then(|i| chars.get(i)) else {
            return false;
        };
        if char_set!("对向跟给问").contains(c) {
            return true;
        }
        // Or right after a verb of telling (褚时健交代罗以军：, 他告诉记者：).
        if at >= 2
            && [
                "告诉", "交代", "叮嘱", "嘱咐", "吩咐", "提醒", "追问", "询问", "质问", "劝说",
            ]
            .iter()
            .any(|w| chars[at - 2..at].iter().copied().eq(w.chars()))
        {
            return true;
        }
        // One more name of a list: 、 or 和 right after the previous one.
        if matches!(c, '、' | '和') && k > 0 && persons[k - 1].end + 1 == at {
            k -= 1;
            continue;
        }
        return false;
    }
}

/// The paragraph containing `pos` (paragraphs are sorted).
fn paragraph(doc: &Doc, pos: usize) -> Option<crate::report::Span> {
    let k = doc.paragraphs.partition_point(|p| p.end <= pos);
    doc.paragraphs.get(k).copied().filter(|p| p.start <= pos)
}

/// The persons starting in `from..to` (persons are sorted by start).
fn in_range(persons: &[Fact], from: usize, to: usize) -> &[Fact] {
    let lo = persons.partition_point(|p| p.start < from);
    let hi = persons.partition_point(|p| p.start < to).max(lo);
    &persons[lo..hi]
}

fn has_speech(chars: &[char], from: usize, to: usize) -> bool {
    has_speech_of(chars, from, to, 1)
}

/// Is one of the speech verbs of `min_len` chars or more in `from..to`?
fn has_speech_of(chars: &[char], from: usize, to: usize, min_len: usize) -> bool {
    (from..to).any(|k| {
        SPEECH.iter().any(|v| {
            let l = v.chars().count();
            l >= min_len && k + l <= to && v.chars().zip(&chars[k..k + l]).all(|(a, &b)| a == b)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::person;
    use jieba_rs::Jieba;

    fn quotes(jieba: &Jieba, lex: &person::Lexicon, text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(jieba, text, true);
        let persons = person::extract(&doc, lex, &[], &[]);
        extract(&doc, &persons)
            .into_iter()
            .map(|f| (doc.slice(f.start, f.end), f.speaker))
            .collect()
    }

    #[test]
    fn utterances_and_speakers() {
        let jieba = crate::test_jieba();
        let lex = person::Lexicon::load();
        let s = |x: &str| Some(x.to_string());
        type Expected<'a> = &'a [(&'a str, Option<String>)];
        let cases: &[(&str, Expected)] = &[
            (
                "队长王海说：“我们必须把时间抢回来！”",
                &[("我们必须把时间抢回来！", s("王海"))],
            ),
            // Said before the colon by no person found: not the next
            // sentence's subject.
            (
                "法国说：“没有人同意美国的做法。”南非总统曼德拉回敬说，他们很傲慢。",
                &[("没有人同意美国的做法。", None)],
            ),
            // The whole quote with its comma inside the marks, the speaker
            // after it ending the sentence. A term before a verb that is no
            // speech verb is none.
            (
                "“我们会确保有需要的人得到照顾，”张明说。副局长李明到场。\
                 “我们会尽力，”他表示。他提出“稳中求进，”然后去了。",
                &[
                    ("我们会确保有需要的人得到照顾，", s("张明")),
                    ("我们会尽力，", s("李明")),
                ],
            ),
            (
                "“订单完成不了，怎么办？”总经理王国润找到了副乡长。",
                &[("订单完成不了，怎么办？", s("王国润"))],
            ),
            // The full stop outside the marks, the speech verb earlier in
            // the sentence (as Taiwan's and Hong Kong's papers write).
            (
                "干事长吴思瑶批评，相关条文程序粗糙，「两党想要扩权，却没有逐条讨论」。",
                &[("两党想要扩权，却没有逐条讨论", s("吴思瑶"))],
            ),
            // The speech verb with its object before the comma; a clause
            // that only says "said" (，称“…”), its subject a pronoun for
            // the last person named. Not a term after 被称.
            (
                "议员陈恒镔批评港铁应变太慢，「港铁每年赚取过百亿元利润，却未能做好基本维修」。",
                &[("港铁每年赚取过百亿元利润，却未能做好基本维修", s("陈恒镔"))],
            ),
            (
                "总理黄循财发表讲话。他感谢义工，称“这是一场干净、公平的选举”。它被称“世界上最公平的选举制度之一”。",
                &[("这是一场干净、公平的选举", s("黄循财"))],
            ),
            // A one-char verb inside another word (问题) is none.
            (
                "要求全党在这个问题上，“要有高度的自觉性和坚定性”。",
                &[],
            ),
            // A term quoted inside a clause is no utterance.
            (
                "发言人鲁宾说，国务卿奥尔布赖特将前往中东，“解释美国所持的观点”。",
                &[("解释美国所持的观点", s("鲁宾"))],
            ),
            ("他表示，改革是为了让国会“有牙齿”。", &[]),
            // A quote split by its speaker and a verb with 道 (补充道).
            (
                "“这件事很重要，”市长王强补充道，“必须认真对待。”",
                &[
                    ("这件事很重要，", s("王强")),
                    ("必须认真对待。", s("王强")),
                ],
            ),
            // Right after a verb of speech alone, ending the sentence.
            (
                "主席侯友宜向支持者致歉，表示「我们努力不够」。",
                &[("我们努力不够", s("侯友宜"))],
            ),
            ("会议强调“以人民为中心”。他被称“小巨人”。", &[]),
            (
                "“价格会回落。”分析师陈立民说。",
                &[("价格会回落。", s("陈立民"))],
            ),
            (
                "同车的几个小伙子已在欢呼：“永康，我们回来了！”",
                &[("永康，我们回来了！", None)],
            ),
            (
                "“外籍专家终于可以来了！”3月2日，负责人朱列明等来了这个好消息。",
                &[("外籍专家终于可以来了！", None)],
            ),
            (
                "“通行证到哪开？”当天中午，驻厂指导员李海英，在工作群里发了一条信息。",
                &[("通行证到哪开？", s("李海英"))],
            ),
            (
                "教授孙立平在会上发言。他说：“数据还在变化，需要观察”。",
                &[("数据还在变化，需要观察", s("孙立平"))],
            ),
            // The one spoken to is not the speaker.
            (
                "厂长王海对副厂长李明说：“明天准时开工。”",
                &[("明天准时开工。", s("王海"))],
            ),
            (
                "厂长王海交代副厂长李明：“明天准时开工。”",
                &[("明天准时开工。", s("王海"))],
            ),
            (
                "客人举起酒杯，对王海、李明说：“为大家干杯！”",
                &[("为大家干杯！", None)],
            ),
            // Introduced by a speech verb and a comma, the full stop
            // outside the marks.
            (
                "据厂长陈刚介绍，“目前已有九成员工返岗”。",
                &[("目前已有九成员工返岗", s("陈刚"))],
            ),
            (
                "教授刘洋在接受采访时表示，“这次改革力度前所未有”。",
                &[("这次改革力度前所未有", s("刘洋"))],
            ),
            // A quote of its own after the speaker's sentence goes on with
            // their words; a quote closing its paragraph is not the next
            // paragraph's subject's.
            (
                "司长魏锋华表示，今年粮食实现“十连增”。“玉米单产提升明显，为增产打下基础。”\n司长潘文博说，明年将继续实施工程。",
                &[("玉米单产提升明显，为增产打下基础。", s("魏锋华"))],
            ),
            (
                "记者走进车间。“这条生产线去年刚投产。”\n厂长王海说，效率提高了。",
                &[("这条生产线去年刚投产。", None)],
            ),
            // Across sentences of the reported speech that name no one.
            (
                "发言人毛宁说，黄岩岛是中国固有领土。海警依法采取管控措施。“我们敦促对方停止挑衅。”",
                &[("我们敦促对方停止挑衅。", s("毛宁"))],
            ),
            (
                "发言人毛宁说，黄岩岛是中国固有领土。记者王海在现场看到了船只。“船开走了。”",
                &[("船开走了。", None)],
            ),
            // 认为 reports words too.
            (
                "研究员张晓东分析认为，此次地震属于一次强震，“预计后续还将发生一定数量的余震”。",
                &[("预计后续还将发生一定数量的余震", s("张晓东"))],
            ),
            // 在X看来，“…”。
            (
                "在老居民郑伯看来，“变化最大的是人气，年轻人愿意回来了”。",
                &[("变化最大的是人气，年轻人愿意回来了", s("郑伯"))],
            ),
            // Quotes one after another, nothing between: one speaker.
            (
                "县长王海来到村民家中，问道：“吃的够不够？”“房子修好了没有？”",
                &[("吃的够不够？", s("王海")), ("房子修好了没有？", s("王海"))],
            ),
            (
                "“能多生产一只口罩，就多一次保护。”\n总经理林焰峰的感慨，源于企业的号召。",
                &[("能多生产一只口罩，就多一次保护。", s("林焰峰"))],
            ),
            // A pronoun stands for no one named inside a quote.
            (
                "教师孔玲坐在一旁。记者问她，她说：“爸爸的老战友王海至今还在那里。”\n她说：“在那里，群众都挤过来看我们。”",
                &[
                    ("爸爸的老战友王海至今还在那里。", s("孔玲")),
                    ("在那里，群众都挤过来看我们。", s("孔玲")),
                ],
            ),
            (
                "县长王海蹲下身子问：“你想上学吗？”“想！”孩子回答。",
                &[("你想上学吗？", s("王海")), ("想！", None)],
            ),
            // Right after a sentence that names one person and no speech
            // verb, the quote is theirs; after a pronoun subject, the last
            // person named; not after a quote's attribution, where the next
            // quote answers it.
            (
                "车厢里，退休教师王秀兰格外激动。“以前去县城看病要走一天。”",
                &[("以前去县城看病要走一天。", s("王秀兰"))],
            ),
            (
                "议员林志豪在会上发言。她建议县府参考外县做法。「硬体做完只是开始。」",
                &[("硬体做完只是开始。", s("林志豪"))],
            ),
            (
                "“为什么不卖？”县长王海不解地问。“养猪是为过年。”",
                &[("为什么不卖？", s("王海")), ("养猪是为过年。", None)],
            ),
            (
                "副总经理李丽告诉记者，目前日产口罩约15万只。“第一批口罩当天就送到了厂里。”",
                &[("第一批口罩当天就送到了厂里。", s("李丽"))],
            ),
            // A pronoun speaker before the sentence before, after a speech
            // verb and whom it tells.
            (
                "厂长王海来到车间。她告诉记者，目前已有九成员工返岗。“订单排到了年底。”",
                &[("订单排到了年底。", s("王海"))],
            ),
            // A pronoun stands for the subject of the sentence before, not
            // for whom it names after (院长…是…的学生), nor a reporter, one
            // spoken to or an owner.
            (
                "院长张明远是王德海的学生。他回忆，老师每年都下田，“我们年轻人都跟不上”。",
                &[("我们年轻人都跟不上", s("张明远"))],
            ),
            (
                "新华社北京1月5日电（记者王海）部长张明远今天会见了李德华。他说：“合作前景广阔。”",
                &[("合作前景广阔。", s("张明远"))],
            ),
            (
                "曾对副县长王海说想修路的干部李德华，是唯一留下的人。他说：“我不后悔。”",
                &[("我不后悔。", s("李德华"))],
            ),
            (
                "在王海的帮助下，村民李德明办起了工厂。他说：“我不后悔。”",
                &[("我不后悔。", s("李德明"))],
            ),
            // Right after the quote, the owner of whom the title after
            // is: that one speaks; with no one named so, the owner still.
            (
                "“他从小就想飞上天！”王海的小学老师、退休教师李秀兰激动地说。",
                &[("他从小就想飞上天！", s("李秀兰"))],
            ),
            (
                "“为有牺牲多壮志。”王海的这句诗，李秀兰至今记得。“敢教日月换新天。”王海的老师，退休教师李秀兰说。",
                &[("为有牺牲多壮志。", s("王海")), ("敢教日月换新天。", s("王海"))],
            ),
            // A verb of telling and whom it tells, before the clause
            // before the quote.
            (
                "分析师王海则提醒投资者，指数在3200点附近存在压力，“量能能否持续放大，将决定行情能走多远”。",
                &[("量能能否持续放大，将决定行情能走多远", s("王海"))],
            ),
            // A line said (喊了一句“…”), its pronoun speaker; the sentence
            // going on after the quote with no subject, to a quote after a
            // comma: the same speaker's. Not one after a colon whose
            // speaker no one names.
            (
                "现年28岁的前锋王海已进16球。赛后，他用刚学会的中文喊了一句“谢谢大家！”随后通过翻译表示，加盟时就被球迷打动，“每一个主场都像节日”。",
                &[
                    ("谢谢大家！", s("王海")),
                    ("每一个主场都像节日", s("王海")),
                ],
            ),
            (
                "“我们赢了！”王海说。随后母亲轻声说：“孩子，路很宽，你怎么走都行。”",
                &[("我们赢了！", s("王海")), ("孩子，路很宽，你怎么走都行。", None)],
            ),
            // A second quote after a comma in a sentence the speaker's
            // verb opened: the same speaker's, with no one else named.
            (
                "议员李秀兰表示，「减免措施的力度比市民预期中小」，但考虑到赤字，「政府要开源节流，大家都明白。」",
                &[
                    ("减免措施的力度比市民预期中小", s("李秀兰")),
                    ("政府要开源节流，大家都明白。", s("李秀兰")),
                ],
            ),
            (
                "议员李秀兰表示，「减免措施的力度比市民预期中小」，但王海认为，「政府要开源节流，大家都明白。」",
                &[
                    ("减免措施的力度比市民预期中小", s("李秀兰")),
                    ("政府要开源节流，大家都明白。", s("王海")),
                ],
            ),
            // A quote ending a sentence whose subject is a pronoun: whom
            // the pronoun stands for; not after they (他们).
            (
                "“房子裂了。”村民王海说。眼下，他已搬进了帐篷，“有被子，心里踏实多了。”",
                &[("房子裂了。", s("王海")), ("有被子，心里踏实多了。", s("王海"))],
            ),
            (
                "村民王海来了。眼下，大家搬进了帐篷，“有被子，心里踏实多了。”",
                &[("有被子，心里踏实多了。", None)],
            ),
            (
                "村民王海来了。眼下，他们搬进了帐篷，“有被子，心里踏实多了。”",
                &[("有被子，心里踏实多了。", None)],
            ),
            // A quote before a sentence naming one person, whose next
            // sentence opens with his speech.
            (
                "“创业之初，我们租了一间办公室。”在仪式上，董事长李建国难掩激动。他说，将投向新产线。",
                &[("创业之初，我们租了一间办公室。", s("李建国"))],
            ),
            (
                "“创业之初，我们租了一间办公室。”在仪式上，董事长李建国难掩激动。他们说，将投向新产线。",
                &[("创业之初，我们租了一间办公室。", None)],
            ),
            // After a colon closing a clause whose subject is a pronoun,
            // whatever its verb: whom the pronoun stands for; not his kin,
            // nor someone the sentence brought in unnamed.
            (
                "种植户王海承包了大豆。今年价格不错，他掰着指头算账：“一亩地能净挣300元。”",
                &[("一亩地能净挣300元。", s("王海"))],
            ),
            (
                "种植户王海承包了大豆。今年价格不错，他妻子掰着指头算账：“一亩地能净挣300元。”",
                &[("一亩地能净挣300元。", None)],
            ),
            (
                "种植户王海承包了大豆。一位游客来了，他连声夸奖：“这里的大豆真好！”",
                &[("这里的大豆真好！", None)],
            ),
            // A clause ending its sentence after 提到 or 谈到 and a comma
            // earlier in it, with no closing stop of its own.
            (
                "议长王海表示，大会将休会。他也提到，邻市已通过预算，“本市不能落在后面”。",
                &[("本市不能落在后面", s("王海"))],
            ),
            (
                "议长王海表示，大会将休会。他也谈到，邻市已通过预算，“本市不能落在后面”。",
                &[("本市不能落在后面", s("王海"))],
            ),
            // An opinion right after 认为, ending the sentence.
            (
                "议员李秀兰欢迎新措施，但认为「措施对低收入家庭帮助有限」。",
                &[("措施对低收入家庭帮助有限", s("李秀兰"))],
            ),
            // A pronoun speaker after the quote.
            (
                "副部长李扬表示，今年人员流动量将创新高。“其中，自驾出行占比将超过八成。”他说。",
                &[("其中，自驾出行占比将超过八成。", s("李扬"))],
            ),
            // Right after 说: a short quote, or one the sentence goes on
            // after.
            (
                "歌手王海说“这辈子值了”。主唱李扬说“绵阳是最好的一站”，全场欢呼。",
                &[
                    ("这辈子值了", s("王海")),
                    ("绵阳是最好的一站", s("李扬")),
                ],
            ),
            // A quote split by its speaker: both halves are theirs.
            (
                "“这是历史性的时刻，”教授王海说，“我们必须抓住机遇。”",
                &[
                    ("这是历史性的时刻，", s("王海")),
                    ("我们必须抓住机遇。", s("王海")),
                ],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.clone()))
                .collect();
            assert_eq!(quotes(jieba, &lex, text), want, "{text}");
        }
    }

    #[test]
    fn the_owner_of_what_comes_before_the_verb_is_no_speaker() {
        let jieba = crate::test_jieba();
        let lex = person::Lexicon::load();
        let said = |text: &str| {
            let got = quotes(jieba, &lex, text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            got[0].1.clone()
        };
        // The hand held, the child who speaks: not the owner's words.
        assert_eq!(
            said("厂长王海握住王建国的双手说：“谢谢你。”").as_deref(),
            Some("王海")
        );
        assert_eq!(said("王建国的女儿高兴地说：“够过年了。”"), None);
        // Owners joined by 和, 与, 及 or 、 own it together.
        for text in [
            "教练王海对比李明和王建国的动作说：“很好。”",
            "教练王海看了李明、王建国的录像说：“很好。”",
        ] {
            assert_eq!(said(text).as_deref(), Some("王海"), "{text}");
        }
        // His own words (一句话, 回答), or a name before the 的 of 叫…的.
        assert_eq!(
            said("我想起作家张大林的一句话：“勇敢是种子。”").as_deref(),
            Some("张大林")
        );
        assert_eq!(said("厂长王海的回答是：“不行。”").as_deref(), Some("王海"));
        assert_eq!(
            said("一位叫王建国的工人对记者说：“有盼头了。”").as_deref(),
            Some("王建国")
        );
    }

    #[test]
    fn slogans_terms_and_banners_are_not_quotes() {
        let jieba = crate::test_jieba();
        let lex = person::Lexicon::load();
        for text in [
            "为确保“疫情防得住，发展搞得好”，各地正努力作答“考卷”。",
            // A term after a speech verb and a comma.
            "他表示，“一带一路”倡议得到广泛支持。",
            "“两手都要硬、两战都要赢”，浙江适时提出新要求。",
            "“欢迎新市民回家”的横幅格外抢眼。",
            "他们唱起了「春天的故事」，开展“三服务”活动。",
            // A word after 说, within its clause (说“不”字).
            "他说“不”字很难出口，人们常说“好”。",
            // Or with no one named: a saying, a verb's object.
            "有人说“市场如战场”，竞争激烈。对方表示“深切忏悔”。",
            // A named person's verb object, after a verb other than 说.
            "县长王海表示“深切忏悔”。",
            // A name after a colon, the subject of the sentence.
            "记者报道：“拯救古塔专家委员会”决定采取新的保护措施。",
        ] {
            assert!(
                quotes(jieba, &lex, text).is_empty(),
                "{text}: {:?}",
                quotes(jieba, &lex, text)
            );
        }
    }
}
