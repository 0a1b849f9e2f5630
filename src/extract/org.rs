//! Organisations: a suffix grammar (公司, 集团, 党委, 局, 医院, 大学 …) with modifiers.
//!
//! A name ends in a suffix from `data/org-suffixes.txt` and extends left
//! over its modifiers — places, proper-name tokens (ns, nz, nt, j, nr),
//! nouns such as 科技 or 人力 — up to punctuation, a function word or a
//! verb. It must contain at least one naming modifier: 企业党支部, 临时党委
//! and 党员突击队 are generic and left out, 市直机关党员突击队 is kept. A
//! team named in quotation marks (“红色服务队”) is a name as a whole. Well
//! known names and abbreviations (新华社, 国务院) come from
//! `data/org-names.txt`; bodies jieba's dictionary tags nt count when they
//! look like one (美国国会, 中国农科院), and so does a body's short name after
//! its place (天津市|妇联). An organisation before a role (永康市委书记) ends
//! inside jieba's token, so suffixes are matched on the characters.

use super::person::{contains, is_han, is_name_tag, longest_ending, longest_starting, sections};
use super::spans::Spans;
use super::wordset::WordSet;
use crate::extract::charset::char_set;
use crate::report::{Fact, Kind};
use crate::segment::{Doc, Token};

const SUFFIXES: &str = include_str!("../../data/org-suffixes.txt");
const NAMES: &str = include_str!("../../data/org-names.txt");
const TITLES: &str = include_str!("../../data/titles.txt");

/// Organisation suffixes and known names.
pub struct Lexicon {
    suffixes: WordSet,
    generic: WordSet,
    stop: WordSet,
    /// Kinds of unit that are no name on their own (保险公司, 旅行社).
    alone: WordSet,
    names: WordSet,
    roles: WordSet,
    max_suffix: usize,
    max_name: usize,
    max_role: usize,
}

fn max_len(set: &WordSet) -> usize {
    set.iter().map(|w| w.chars().count()).max().unwrap_or(1)
}

impl Lexicon {
    pub fn load() -> Lexicon {
        let s = sections(SUFFIXES);
        let set = |k: &str| -> WordSet { s.get(k).into_iter().flatten().copied().collect() };
        let suffixes = set("suffix");
        let names: WordSet = sections(NAMES).into_values().flatten().collect();
        let t = sections(TITLES);
        let roles: WordSet = t.get("role").into_iter().flatten().copied().collect();
        Lexicon {
            max_suffix: max_len(&suffixes),
            max_name: max_len(&names),
            max_role: max_len(&roles),
            suffixes,
            generic: set("generic"),
            stop: set("stop"),
            alone: set("alone"),
            names,
            roles,
        }
    }
}

/// Single-character administrative abbreviations that name a unit: 省科技厅,
/// 县工信局, 市直机关.
const ADMIN: &str = "省市县区州乡镇";

/// Verbs and function words a name never extends over.
const BREAK_WORDS: &[&str] = &[
    // Appointing and removing, which jieba tags as nouns (任命|刘芳为…).
    "任命",
    "免去",
    "成立",
    "组建",
    "建立",
    "派",
    "派出",
    "组织",
    "发动",
    "带领",
    "参加",
    "加入",
    "来自",
    "包括",
    // One body acting with or for another (财政部|会同|国家计委).
    "会同",
    "委托",
    "发挥",
    "充分发挥",
    // Going to or leaving a place (主席|抵达|参议院).
    "抵达",
    "到达",
    "前往",
    "来到",
    "离开",
    "返回",
    "召开",
    "选派",
    "抽调",
    "在",
    "由",
    "向",
    "是",
    "和",
    "与",
    "及",
    "为",
    "对",
    "会见",
    "会晤",
    "接见",
    "访问",
    "出席",
    "主持",
    "举行",
    "著名",
    "所有",
    "新一届",
    "日电",
    "日讯",
    "本报讯",
    "本报",
    "电",
    "讯",
    "控制",
    "同意",
    // jieba tags these as names (东道主|法国队, 荣获|郑州市技术监督局).
    "东道主",
    "荣获",
    // On behalf of (代表|中国政府 致辞).
    "代表",
    // Taking office (曾任|第一机械工业部部长).
    "曾任",
    "现任",
    "时任",
    "历任",
    "调任",
    "升任",
    "改任",
    "担任",
    "出任",
    "兼任",
    // What someone finds, says or gives a unit (王安全|发现|分局对面,
    // 中央电视台|分给|组委会): a predicate, never a unit's trade.
    "发现",
    "认为",
    "表示",
    "指出",
    "宣布",
    "强调",
    "要求",
    "决定",
    "提出",
    "透露",
    "获悉",
    "得知",
    "听说",
    "来到",
    "走进",
    "赶到",
    "前往",
    "分给",
    "交给",
    "送给",
    "转给",
    "代转",
    "捐给",
    "寄给",
    "致信",
    "致电",
    "恭喜",
    "祝贺",
    "感谢",
    "邀请",
    "建议",
    "呼吁",
    "敦促",
    "促请",
    "批评",
    "质疑",
    "指责",
    // Matches between teams (古巴队|战胜|匈牙利队).
    "战胜",
    "击败",
    "负于",
    "输给",
    "逼平",
    "迎战",
    "对阵",
    "力克",
    "不敌",
    "战平",
    "战和",
    "完胜",
    "险胜",
    "横扫",
    "力挫",
    "惜败",
    "憾负",
    "挑战",
    "迎来",
    "做客",
    // When and where in a match (下半场|广东队, 客场|挑战…).
    "上半场",
    "下半场",
    "半场",
    "全场",
    "主场",
    "客场",
    // A party's standing before its name (最大在野党|立宪民主党).
    "在野党",
    "执政党",
    "反对党",
    // A time the sentence begins with (第三季度|公司归属于…).
    "季度",
    // Joining a unit (今年1月|加盟|球队).
    "加盟",
];

/// Is `word` one of [`BREAK_WORDS`]? A set, not a walk over the list: it is
/// asked at every token a name may grow over.
fn is_break_word(word: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| BREAK_WORDS.iter().copied().collect())
        .contains(word)
}

/// How a token before the suffix takes part in a name.
#[derive(PartialEq)]
enum Modifier {
    /// Names the unit: a place, a proper name, a specific noun.
    Naming,
    /// Part of the name but not naming on its own (党员, 企业).
    Generic,
    /// A one-char piece of a chain (金湖县|委|组织部, 科技|城|党工委):
    /// never breaks it, never names.
    Link,
    Stop,
}

fn classify(lex: &Lexicon, doc: &Doc, t: &Token, places: &Spans) -> Modifier {
    let chars = &doc.chars[t.start..t.end];
    if t.is_punct() || is_break_word(t.word) || chars.iter().any(|&c| !is_han(c)) {
        return Modifier::Stop;
    }
    // A date's last char jieba glued to the next word (1月|经 as 1|月经):
    // the date ends the name's left edge.
    if char_set!("年月日号").contains(chars[0])
        && t.start > 0
        && doc.chars[t.start - 1].is_ascii_digit()
    {
        return Modifier::Stop;
    }
    if places.covers(t.start, t.end) {
        return Modifier::Naming;
    }
    // 公诉机关|浙江省…检察院: the kind of organ a place-named unit is, said
    // before its name (市直机关|党员突击队 keeps it: no place follows).
    if t.word == "机关" && places.covers(t.end, t.end + 1) {
        return Modifier::Stop;
    }
    // A word jieba's HMM made of function words (国防部|应向|国会): a
    // modal, a preposition, no name.
    if doc.is_guessed(t)
        && chars.iter().all(|&c| {
            char_set!("应该须向将把对在已被从为于由与和及等也就都又还并而可能会要").contains(c)
        })
    {
        return Modifier::Stop;
    }
    if contains(&lex.generic, chars) {
        return Modifier::Generic;
    }
    // A word jieba's HMM made of a demonstrative and a classifier (这支|
    // 医疗队, 那所): it points at a unit, it names none.
    if doc.is_guessed(t)
        && chars.len() == 2
        && char_set!("这那该此每").contains(chars[0])
        && char_set!("支家所座个间位批").contains(chars[1])
    {
        return Modifier::Stop;
    }
    // 全国性|日报, 政策性|银行, 综合性|大学: the kind of unit, said of it,
    // never part of its name (a proper name may end in 性: 纳兰性/nz|德).
    if chars.len() >= 3 && chars[chars.len() - 1] == '性' && matches!(t.tag, "n" | "b") {
        return Modifier::Stop;
    }

    // A one-char suffix or noun inside a chain (金湖县|委|组织部,
    // 检修|厂|测试分部, 青山湖|科技|城|党工委).
    if chars.len() == 1
        && (contains(&lex.suffixes, chars) || matches!(t.tag, "n" | "ng" | "zg"))
        && !char_set!(ADMIN).contains(chars[0])
    {
        return Modifier::Link;
    }
    let tag = t.tag;
    match tag {
        "ns" | "nt" | "nz" | "j" | "nr" | "nrt" | "nrfg" | "ag" | "an" | "nrf" => Modifier::Naming,
        // A set phrase a unit is named for (抗震救灾|指挥部, 光纤通信|国家
        // 重点实验室), right after a place's or a body's name, before its
        // suffix; elsewhere an idiom of the sentence (资不抵债|巴林银行,
        // 省吃俭用|往|银行). A division's level alone names the place too
        // (县|自然资源|局).
        "l" if chars.len() >= 4
            && t.start > 0
            && doc.token_at(t.start - 1).is_some_and(|k| {
                let b = doc.tokens[k];
                places.covers(b.start, b.end)
                    || matches!(b.tag, "ns" | "nt" | "j")
                    || (b.end == b.start + 1 && char_set!(ADMIN).contains(doc.chars[b.start]))
            }) =>
        {
            Modifier::Generic
        }
        "n" | "vn" | "b" | "a" | "gn" | "ng"
            if chars.len() >= 2 || char_set!(ADMIN).contains(chars[0]) =>
        {
            Modifier::Naming
        }
        // 第三党支部; not a rank (第二名|马来西亚男队), a holder's term
        // (第一任|参议院|议长) or a time (第二次).
        // Nor a match's quarter, game or round (第二节|辽宁队), nor the
        // first of a kind (山东省|第一个|女子|审判庭, 第一家|民营银行).
        "m" if chars[0] == '第'
            && !char_set!("名任次节局场盘轮个家所座").contains(chars[chars.len() - 1]) =>
        {
            Modifier::Naming
        }
        // 中铁|十一|局|集团, 新四军|六|纵队: a numbered unit, its suffix
        // right after.
        "m" if numbered_unit(doc, t)
            && doc.token_at(t.end).is_some_and(|k| {
                let a = &doc.tokens[k];
                a.start == t.end && contains(&lex.suffixes, &doc.chars[a.start..a.end])
            }) =>
        {
            Modifier::Naming
        }
        // A proper name jieba does not know, its HMM made one word of and
        // tagged by its last char, a numeral (西九|文化区|管理局).
        // Not a demonstrative or a preposition with one (这一|中心, 随一|探险队).
        "m" if doc.is_guessed(t)
            && !char_set!("这那该此其各每随某本约近共").contains(chars[0])
            && !chars.iter().all(|&c| crate::extract::number::may_start(c)) =>
        {
            Modifier::Naming
        }
        _ => Modifier::Stop,
    }
}

/// Is `t` the number of a body's unit, a Chinese numeral right after the
/// body's name (中铁|十一|局, 武警|二|总队, 山东|电建|一|公司)? Not after a
/// verb (派出|一|代表团) or another numeral (四五|八|医院).
fn numbered_unit(doc: &Doc, t: &Token) -> bool {
    t.tag == "m"
        && doc.chars[t.start..t.end]
            .iter()
            .all(|&c| char_set!("一二三四五六七八九十").contains(c))
        && doc.token_ending_at(t.start).is_some_and(|k| {
            let b = &doc.tokens[k];
            b.end - b.start >= 2
                && (matches!(b.tag, "n" | "nt" | "nz" | "ns" | "j")
                    || (doc.is_guessed(b) && doc.chars[b.start..b.end].iter().all(|&c| is_han(c))))
        })
}

/// A plain noun of two chars or more, not a place nor a break word.
fn plain_noun(t: &Token, places: &Spans) -> bool {
    matches!(t.tag, "n" | "vn")
        && t.end - t.start >= 2
        && !places.overlaps(t.start, t.end)
        && !is_break_word(t.word)
}

/// A plain noun, not generic: a field a government body is named for (农业,
/// 信息化, 旅游).
fn field_noun(lex: &Lexicon, doc: &Doc, t: &Token, places: &Spans) -> bool {
    plain_noun(t, places)
        && !contains(&lex.generic, &doc.chars[t.start..t.end])
        // 分局|办, 环境|部副|部长: a unit's own word is no field.
        && !doc.chars[t.start..t.end].iter().any(|&c| char_set!(GOVERNING).contains(c))
}

/// One-char suffixes of government bodies (局, 部 …).
const GOVERNING: &str = "局部厅委署办";

/// Is `p..e` the one-char suffix of a government body, or 委员会 (发展|和|
/// 改革|委员会)?
fn governing_suffix(chars: &[char], p: usize, e: usize) -> bool {
    (e == p + 1 && char_set!(GOVERNING).contains(chars[p])) || chars[p..e] == ['委', '员', '会']
}

/// Are the tokens `start..p` one or two field nouns? The last may be the
/// stem of the suffix's own word (城乡|建设局: 建设).
fn only_fields(lex: &Lexicon, doc: &Doc, places: &Spans, start: usize, p: usize) -> bool {
    let mut at = start;
    let mut n = 0;
    while at < p {
        match doc.token_at(at).map(|k| doc.tokens[k]) {
            Some(t) if t.start == at && t.end <= p && field_noun(lex, doc, &t, places) => {
                at = t.end;
                n += 1;
            }
            Some(t)
                if t.start == at
                    && t.end > p
                    && p - at >= 2
                    && matches!(t.tag, "n" | "nt")
                    && !places.overlaps(at, p)
                    && !contains(&lex.generic, &doc.chars[at..p]) =>
            {
                at = p;
                n += 1;
            }
            _ => return false,
        }
    }
    (1..=2).contains(&n)
}

/// Is token `ki` a 和/与 between two field nouns, the right one starting at
/// `right`? The right one may be the stem of the suffix's own word when a
/// place heads the fields (深圳市|住房|和|建设局, 越南|计划|和|投资部; not
/// 驻军|和|人武部, a list).
fn conjoined_fields(lex: &Lexicon, doc: &Doc, places: &Spans, ki: usize, right: usize) -> bool {
    let t = doc.tokens[ki];
    let before = doc.tokens[ki - 1];
    let placed = |at: usize| {
        at > 0
            && (places.ends_at(at)
                || doc.token_ending_at(at).is_some_and(|k| {
                    let h = &doc.tokens[k];
                    h.end - h.start == 1 && char_set!(ADMIN).contains(doc.chars[h.start])
                }))
    };
    // Right after the place, or after one more field (沧州市|文化|广电|和|
    // 旅游局).
    let after_place = || {
        placed(before.start)
            || doc.token_ending_at(before.start).is_some_and(|k| {
                let f = &doc.tokens[k];
                field_noun(lex, doc, f, places) && placed(f.start)
            })
    };
    let stem_of_unit = |u: &Token| {
        let stem = &doc.chars[u.start..u.end - 1];
        after_place()
            && matches!(u.tag, "n" | "nt")
            && stem.len() >= 2
            && char_set!(GOVERNING).contains(doc.chars[u.end - 1])
            && !stem.iter().any(|&c| char_set!(GOVERNING).contains(c))
            && !contains(&lex.generic, stem)
            && !places.overlaps(u.start, u.end)
    };
    // The field before the conjunction may be an abbreviation (广电/nz).
    let abbreviated = matches!(before.tag, "nz" | "j")
        && before.end - before.start == 2
        && !places.overlaps(before.start, before.end);
    matches!(t.word, "和" | "与")
        && before.end == t.start
        && (field_noun(lex, doc, &before, places) || abbreviated)
        && doc.token_at(right).is_some_and(|k| {
            let u = &doc.tokens[k];
            u.start == right && (field_noun(lex, doc, u, places) || stem_of_unit(u))
        })
}

/// Does a one-char suffix token at `p` (局, 厅, 部 …) end a chain of field
/// nouns a place or the central state heads (定西市|农业|农村|局,
/// 深圳市|工业|和|信息化|局, 市|农业|农村|局, 中央|气象|署)? At most three nouns, optionally joined by 和/与.
fn governed_after_place(doc: &Doc, lex: &Lexicon, places: &Spans, p: usize) -> bool {
    // 处 too, after nouns only (深圳市|法律|援助|处; not 人流|密集|处, a
    // spot where crowds are dense).
    let division = doc.chars[p] == '处';
    if !governing_suffix(&doc.chars, p, p + 1) && !division {
        return false;
    }
    let Some(mut k) = p.checked_sub(1).and_then(|q| doc.token_at(q)) else {
        return false;
    };
    let mut nouns = 0;
    let mut joined = false;
    loop {
        let t = doc.tokens[k];
        // 县|卫生/an|健康/a|局: jieba tags some fields as adjectives.
        // 湖南省|审计/v|厅, 市|统计/v|局: and some as verbs (words of its
        // dictionary: 嘉义|镇率|部 is a word its HMM made up).
        let adjective_field = (matches!(t.tag, "a" | "an")
            || (t.tag == "v" && !doc.is_guessed(&t)))
            && t.end - t.start == 2
            && !places.overlaps(t.start, t.end)
            && !is_break_word(t.word)
            && !contains(&lex.generic, &doc.chars[t.start..t.end]);
        // 县|自然资源/l|局: and some four-char fields as set phrases.
        let phrase_field = t.tag == "l"
            && t.end - t.start == 4
            && !places.overlaps(t.start, t.end)
            && !is_break_word(t.word);
        if field_noun(lex, doc, &t, places) || (!division && (adjective_field || phrase_field)) {
            nouns += 1;
        } else if nouns > 0 && k > 0 && conjoined_fields(lex, doc, places, k, t.end) {
            joined = true;
        } else {
            return false;
        }
        // 工业和信息化部, 文化和旅游部: a ministry's two fields joined by 和
        // name it at the head of a clause, with no place before.
        let clause_head = k == 0 || doc.tokens[k - 1].is_punct();
        if joined && clause_head && doc.chars[p] == '部' && field_noun(lex, doc, &t, places) {
            return true;
        }
        if nouns > 3 || k == 0 {
            return false;
        }
        let prev = doc.tokens[k - 1];
        if prev.end != t.start {
            return false;
        }
        let head = &doc.chars[prev.start..prev.end];
        // A division's place is a division's name (深圳市), not a street's
        // (北京路|交叉|路口|处: a spot).
        let division_head = !division
            || head
                .last()
                .is_some_and(|&c| char_set!("省市县区州旗盟").contains(c));
        // 中央|气象|署, 国家|信访|局: the central state heads it like a place.
        if (places.covers(prev.start, prev.end) && division_head)
            || (head.len() == 1 && char_set!(ADMIN).contains(head[0]))
            || glued_head(doc, &prev)
            || matches!(prev.word, "中央" | "国家")
        {
            return true;
        }
        k -= 1;
    }
}

/// Is `t` a one-char administrative head jieba's HMM glued to a function
/// word before it (据县|农业|农村|局, 有市|林业局; not a town's 练市 or 两市,
/// "two cities")?
fn glued_head(doc: &Doc, t: &Token) -> bool {
    let chars = &doc.chars;
    doc.is_guessed(t)
        && t.end - t.start == 2
        && char_set!(ADMIN).contains(chars[t.end - 1])
        && char_set!("据有兼仅而名原在从由向对经为和与将把被让给使即").contains(chars[t.start])
}

/// Does the name `start..end` hold the scope it serves: a place's own
/// party committee or government, or the nation at its head (湖南省委,
/// 大连市委宣传部, 国家计委, 全国人大常委会, 中央纪委)? Such a name is
/// complete, never a unit of the body named before it: the two are a list
/// written without its comma (中宣部|湖南省委). A body's branch in a place
/// is its unit (工商银行|河南省|分行, 国家统计局|北京|调查总队).
fn own_scope(doc: &Doc, places: &Spans, start: usize, end: usize) -> bool {
    let chars = &doc.chars;
    (start..end).any(|x| {
        places.end_from(x).is_some_and(|pe| {
            let mut rest = &chars[pe..end];
            if rest
                .first()
                .is_some_and(|c| char_set!("省市县区州").contains(*c))
            {
                rest = &rest[1..];
            }
            (starts(rest, 0, "委") && !starts(rest, 0, "委员"))
                || ["党委", "政府", "人民政府", "人大", "政协", "纪委"]
                    .iter()
                    .any(|w| starts(rest, 0, w))
        })
    }) || ["国家", "全国", "中央", "中共", "中华", "中国"]
        .iter()
        .any(|w| w.chars().eq(chars[start..].iter().copied().take(2)))
}

/// Is `t` a word jieba's HMM made of a preposition and the next char
/// (据市, 从省)?
fn glued_preposition(doc: &Doc, t: &Token) -> bool {
    t.end - t.start >= 2
        && doc.is_guessed(t)
        && char_set!("据在从向对由经被将把给为与和及").contains(doc.chars[t.start])
}

/// The organisations of `doc`, sorted by start and never overlapping (the
/// longest of overlapping candidates is kept): person's title grammar
/// searches them by position.
/// The outlet of a bracketed source tag opening a paragraph, as Hong Kong
/// and Macau papers credit their own stories: 【明报专讯】, 【大公报讯】,
/// 【星岛日报消息】 (the outlet, 2 to 8 Han chars, is the org).
fn source_tags(doc: &Doc) -> Vec<(usize, usize)> {
    let chars = &doc.chars;
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let s = p.start + 1;
        if chars.get(p.start) != Some(&'【') {
            continue;
        }
        let Some(close) = chars[s..p.end.min(s + 12)].iter().position(|&c| c == '】') else {
            continue;
        };
        let inner = &chars[s..s + close];
        let outlet = [&['专', '讯'][..], &['消', '息'], &['讯']]
            .iter()
            .find_map(|tail| inner.strip_suffix(*tail))
            .map_or(0, <[char]>::len);
        if (2..=8).contains(&outlet)
            && inner[..outlet].iter().all(|&c| crate::script::is_han(c))
            && !inner[..outlet].ends_with(&['本', '报'])
        {
            out.push((s, s + outlet));
        }
    }
    out
}

pub fn extract(doc: &Doc, lex: &Lexicon, place_facts: &[Fact]) -> Vec<Fact> {
    let chars = &doc.chars;
    let n = chars.len();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let places = &Spans::new(place_facts);

    // Suffix grammar: at each end, the longest suffix ending there.
    for e in 1..=n {
        let mut l = longest_ending(&lex.suffixes, chars, e, lex.max_suffix);
        // 处 ends places and ways as often as divisions (和平共处, 不远处,
        // 交界处), so it is no suffix of the list: a division only right
        // before its head (管理处|处长, 警务处|副处长).
        // Or as the word of its own that ends fields a place heads
        // (深圳市|法律|援助|处).
        if l == 0
            && chars[e - 1] == '处'
            && (starts(chars, e, "处长")
                || starts(chars, e, "副处长")
                || (doc.is_boundary(e - 1)
                    && doc.is_boundary(e)
                    && governed_after_place(doc, lex, places, e - 1)))
        {
            l = 1;
        }
        if l == 0 {
            continue;
        }
        let p = e - l;
        // The name ends at a word boundary, or before a role inside the
        // same jieba token (永康|市委书记 → 市委 + 书记).
        // jieba also glues a particle or a preposition on (专班|则, 生态|
        // 环境|局对|该企业).
        let glued = particle_glued(doc, e);
        // 财政部长: the ministry, then its head.
        // Not the 部 of 部长 after a ministry's own 部 (中联部|部长).
        // Nor the 部 of an acting minister (内务部|代理|部长).
        // So is a bureau's, where jieba reads its head as one word (社会|
        // 局长, Taiwan's way of writing 社会局局长; not 当局|长期).
        let bureau_head = chars[e - 1] == '局'
            && chars.get(e) == Some(&'长')
            && doc
                .token_at(e - 1)
                .is_some_and(|k| doc.tokens[k].start == e - 1 && doc.tokens[k].end == e + 1);
        let minister = (chars[e - 1] == '部' || bureau_head)
            && chars.get(e) == Some(&'长')
            && !(e >= 2 && chars[e - 2] == chars[e - 1])
            && !(e >= 3 && chars[e - 3..e - 1] == ['代', '理']);
        let end_ok = doc.is_boundary(e)
            || glued
            || minister
            || longest_starting(&lex.roles, chars, e, lex.max_role) > 0;
        // 政治局常委: a role ending here, not a unit.
        if !end_ok || longest_ending(&lex.roles, chars, e, lex.max_role) > l {
            continue;
        }
        // 省生态环境厅|党组成员: a member of the unit's party group, whose
        // unit is the name (as NOTES takes the unit over its 党支部).
        if is_one_of(&chars[p..e], &["党组", "党委"]) && starts(chars, e, "成员") {
            continue;
        }
        // 沈飞|客车队: the longest suffix (车队) leaves a one-char stem inside
        // the word; the team's 队 alone ends the name, when a name comes
        // before the word (not 医疗队 or 国家队 alone: no name).
        let grown = grow(doc, lex, places, place_facts, p, e).or_else(|| {
            if l < 2 || chars[e - 1] != '队' {
                return None;
            }
            let word_start = doc.tokens[doc.token_at(e - 1)?].start;
            grow(doc, lex, places, place_facts, e - 1, e).filter(|&(s, _)| s < word_start)
        });
        if let Some((mut s, e)) = grown {
            // 山东|电建|一|公司: a unit's number is no name without its
            // body's, nor the body without its place.
            let number = doc
                .token_at(s)
                .map(|k| &doc.tokens[k])
                .filter(|t| t.start == s && numbered_unit(doc, t));
            if let Some(b) = number.and_then(|_| doc.token_ending_at(s)) {
                s = doc.tokens[b].start;
                s = places.ending_at(s).unwrap_or(s);
            }
            // 加州|贸易/vn|和|商业局: a conjunction whose left field did not
            // join the name is no part of it.
            if let Some(k) = doc
                .token_at(s)
                .filter(|&k| doc.tokens[k].start == s && matches!(doc.tokens[k].word, "和" | "与"))
            {
                s = doc.tokens[k].end;
            }
            if !a_kind_of_unit(doc, places, s, e) {
                spans.push((s, e));
            }
        }
    }

    // Known names, where they are whole words.
    let mut i = 0;
    while i < n {
        let l = longest_starting(&lex.names, chars, i, lex.max_name);
        // 病例中|共有6人: "among them, in all", not the party (中共有关
        // 部门 is the party's).
        // Nor before what was checked in all (产品中|共检出, 其中|共抽查).
        let in_all = chars[i..i + l] == ['中', '共']
            && ((matches!(chars.get(i + 2), Some('有' | '计'))
                && chars
                    .get(i + 3)
                    .is_some_and(|&c| crate::extract::number::may_start(c)))
                || matches!(chars.get(i + 2), Some('检' | '抽')));
        if l > 0
            && !in_all
            && doc.is_boundary(i)
            && (doc.is_boundary(i + l)
                // jieba glued a particle on (消防处|及 as 消防|处及).
                || particle_glued(doc, i + l)
                || longest_starting(&lex.roles, chars, i + l, lex.max_role) > 0
                // 外交部长, 行政院长: the ministry, then its head.
                || (matches!(chars[i + l - 1], '部' | '院') && chars.get(i + l) == Some(&'长'))
                // 东盟国家, 欧盟成员国: the body and its members.
                || ["国家", "成员国", "各国"]
                    .iter()
                    .any(|w| w.chars().zip(&chars[i + l..]).filter(|(a, b)| a == *b).count() == w.chars().count()))
        {
            // 致公党|中央, 九三学社|中央: a party's central committee.
            let l = if starts(chars, i + l, "中央") && doc.is_boundary(i + l + 2) {
                l + 2
            } else {
                l
            };
            spans.push((i, i + l));
            i += l;
        } else {
            i += 1;
        }
    }

    spans.extend(quoted_names(doc, lex));
    spans.extend(newspapers(chars));
    spans.extend(source_tags(doc));
    spans.extend(dictionary_names(doc, lex, places));
    spans.extend(abbreviated_bodies(doc, lex, places));
    spans.extend(numbered_schools(chars, places));
    congresses(doc, &mut spans);
    joined_fields(doc, &mut spans);

    // Keep the longest of overlapping spans.
    spans.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        if let Some(last) = kept.last_mut() {
            if s < last.1 {
                if e > last.1 && e - s > last.1 - last.0 {
                    *last = (s, e);
                }
                continue;
            }
        }
        kept.push((s, e));
    }
    // 中共|河北省委, 共青团|衡阳市委: the party and its committee are one name.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(kept.len());
    for (s, e) in kept {
        if let Some(last) = merged.last_mut() {
            let party = &chars[last.0..last.1];
            if last.1 == s
                && ["中共", "共青团", "中国共产党", "团"]
                    .iter()
                    .any(|p| party.iter().copied().eq(p.chars()))
            {
                last.1 = e;
                continue;
            }
        }
        merged.push((s, e));
    }
    // 成都市公安局|交通管理局: a unit and a division of it named right
    // after, one name (NOTES: 水利部长江水利委员会); not a second body with
    // its own place or level (浙江省委|省政府, 总政治部湖南省委, 财政部|国家
    // 计委), a known body (党中央|国务院) or a party (众议院|左翼民主党).
    let own_level = |s: usize, e: usize| {
        char_set!(ADMIN).contains(chars[s])
            || places.overlaps(s, e)
            || ["中国", "中华", "国家", "全国", "中共", "中央", "最高"]
                .iter()
                .any(|w| starts(chars, s, w))
            || contains(&lex.names, &chars[s..e])
            || chars[e - 1] == '党'
    };
    let mut whole: Vec<(usize, usize)> = Vec::with_capacity(merged.len());
    for (s, e) in merged {
        if let Some(last) = whole.last_mut() {
            // Two ministries (教育部|卫生部) are peers.
            let ministries = chars[last.1 - 1] == '部' && chars[e - 1] == '部';
            if last.1 == s && !own_level(s, e) && !ministries {
                last.1 = e;
                continue;
            }
        }
        whole.push((s, e));
    }
    let mut merged = whole;
    merged.retain(|&(s, e)| {
        !contains(&lex.alone, &chars[s..e])
            && !acts_on_a_kind(doc, lex, s, e)
            && !is_hub(chars, s, e)
    });
    merged
        .into_iter()
        .map(|(s, e)| Fact::new(Kind::Org, s, e))
        .collect()
}

/// Is `s..e` a verb or verbal noun and a kind of unit that names none (an
/// `[alone]` word): an act on that kind, not a name (培育|农民专业合作社,
/// 成立|旅游合作社)? 建设|银行 is a name: 银行 alone is no such kind.
fn acts_on_a_kind(doc: &Doc, lex: &Lexicon, s: usize, e: usize) -> bool {
    doc.token_at(s).map(|k| doc.tokens[k]).is_some_and(|t| {
        t.start == s
            && t.end < e
            && matches!(t.tag, "v" | "vn")
            && contains(&lex.alone, &doc.chars[t.end..e])
    })
}

/// Does a name end at `e` with the particle after it glued on by jieba
/// into one word (专班|则, 消防|处及)?
/// Is `s..e` a kind of unit rather than one named: after a classifier
/// (一家|股份制商业银行, 这个|话剧团, 两所|地质学院, 整座|…博物馆), perhaps
/// through a word of what kind (一家|全国性|股份制商业银行), with no proper
/// name or place in it? Whatever comes before the classifier counts or
/// points at the unit (一, 两, 几, 这, 每, 整…).
fn a_kind_of_unit(doc: &Doc, places: &Spans, s: usize, e: usize) -> bool {
    let (Some(first), Some(last)) = (doc.token_at(s), doc.token_at(e - 1)) else {
        return false;
    };
    let proper =
        |t: &Token| matches!(t.tag, "nz" | "nt") || is_name_tag(t.tag) || doc.is_guessed(t);
    if doc.tokens[first..last].iter().any(proper) || places.overlaps(s, e) {
        return false;
    }
    let at = doc
        .token_ending_at(s)
        .map(|k| doc.tokens[k])
        .filter(|t| t.word.ends_with('性'))
        .map_or(s, |t| t.start);
    // 某 withholds the name (收受某|建筑公司).
    at >= 1
        && (char_set!(UNIT_CLASSIFIERS).contains(doc.chars[at - 1]) || doc.chars[at - 1] == '某')
}

/// Classifiers that count units (一家公司, 两所学校; 间 as Hong Kong's papers
/// count firms, 一間物流公司; 支 teams).
const UNIT_CLASSIFIERS: &str = "家所座个间支";

fn particle_glued(doc: &Doc, e: usize) -> bool {
    e > 0
        && doc.chars.get(e).is_some_and(|&c| {
            char_set!("则的也就还都在和与及等将已又以对把向为于从由被").contains(c)
        })
        && doc
            .token_at(e - 1)
            .is_some_and(|k| doc.tokens[k].end == e + 1)
}

/// Is the 中心 ending `s..e` a role, not a body: a central task (农村中心|
/// 任务), or the hub a place becomes (使上海成为国际金融中心, 建设成为贸易
/// 中心)?
fn is_hub(chars: &[char], s: usize, e: usize) -> bool {
    if !chars[s..e].ends_with(&['中', '心']) {
        return false;
    }
    if is_one_of(
        &chars[e..chars.len().min(e + 2)],
        &["任务", "工作", "议题", "环节"],
    ) {
        return true;
    }
    // 成为 or 建成 earlier in the clause, at most 12 chars before.
    let from = s.saturating_sub(12);
    let clause = chars[from..s]
        .iter()
        .rposition(|&c| !is_han(c))
        .map_or(from, |k| from + k + 1);
    chars[clause..s]
        .windows(2)
        .any(|w| w == ['成', '为'] || w == ['建', '成'])
}

/// Bureaus named by two fields joined by 及 or 暨, as Hong Kong's and
/// Macau's governments name theirs: 食物及衞生局, 經濟及科技發展局,
/// 統計暨普查局. The span of the second field and the suffix (衞生局, or
/// jieba's word 發展局 the suffix grammar leaves) gains the first field and
/// the conjunction.
fn joined_fields(doc: &Doc, spans: &mut Vec<(usize, usize)>) {
    let chars = &doc.chars;
    let joins = |c: char| matches!(c, '及' | '暨');
    // The two-char word ending at `end` with one of `tags`: where it starts.
    let word_before = |end: usize, tags: &[&str]| {
        let k = doc.token_at(end.checked_sub(1)?)?;
        let t = doc.tokens[k];
        (t.end == end
            && t.end - t.start == 2
            && chars[t.start..t.end].iter().all(|&c| is_han(c))
            && tags.contains(&t.tag))
        .then_some(t.start)
    };
    // The field ending at `end`, if any: where it starts. A two-char word,
    // perhaps after a two-char noun (財經|事務及庫務局); not the head of a
    // phrase after 的 (会后的|谈话|及宇航局).
    let field_before = |end: usize| {
        let f = word_before(end, &["n", "v", "vn", "nz", "j"])?;
        let f = word_before(f, &["n", "vn", "nz"]).unwrap_or(f);
        (f == 0 || chars[f - 1] != '的').then_some(f)
    };
    let bureau = |e: usize| e > 0 && char_set!("局署").contains(chars[e - 1]);
    let mut extra = Vec::new();
    for &(s, e) in spans.iter() {
        if !bureau(e) {
            continue;
        }
        // 食物及|衞生局, and 統計|暨普查局 (the conjunction taken in).
        if s >= 3 && joins(chars[s - 1]) {
            if let Some(f) = field_before(s - 1) {
                extra.push((f, e));
            }
        } else if joins(chars[s]) && e - s >= 3 {
            if let Some(f) = field_before(s) {
                extra.push((f, e));
            }
        }
    }
    // jieba's words ending in the suffix (發展局/l), after a conjunction or
    // a field and a conjunction (經濟及|科技|發展局).
    for t in &doc.tokens {
        if t.end - t.start < 3 || !bureau(t.end) || !matches!(t.tag, "l" | "n" | "v" | "vn") {
            continue;
        }
        let mut b = t.start;
        if b >= 1 && !joins(chars[b - 1]) {
            match field_before(b) {
                Some(f) => b = f,
                None => continue,
            }
        }
        if b >= 3 && joins(chars[b - 1]) {
            if let Some(f) = field_before(b - 1) {
                extra.push((f, t.end));
            }
        }
    }
    spans.extend(extra);
}

/// Extends the suffix at `p..e` left over its modifiers; None when the
/// result names no unit.
fn grow(
    doc: &Doc,
    lex: &Lexicon,
    places: &Spans,
    place_facts: &[Fact],
    p: usize,
    e: usize,
) -> Option<(usize, usize)> {
    let chars = &doc.chars;
    let suffix_len = e - p;
    let mut naming = false;
    let mut start = p;
    // The rest of the token the suffix starts in is the name's stem
    // (科技|厅 in 科技厅, 拱墅|区委 in 拱墅区委).
    match doc.token_at(p) {
        Some(k) if doc.tokens[k].start < p => {
            let t = doc.tokens[k];
            let stem = &chars[t.start..p];
            // 发展局/l: a unit jieba tags as a set phrase is one when its
            // head follows (城乡|发展局|局长), or when a place or a body
            // precedes a bureau or a longer suffix (北京|有线电视台, 联合国|
            // 发展署; not 中国|怎么办).
            let unit_phrase = t.tag == "l"
                && stem.len() >= 2
                && ((e == p + 1
                    && chars.get(e) == Some(&chars[p])
                    && chars.get(e + 1) == Some(&'长'))
                    || (e - p >= 2 || char_set!("局厅署").contains(chars[p]))
                        && doc.token_ending_at(t.start).is_some_and(|j| {
                            let b = doc.tokens[j];
                            places.covers(b.start, b.end) || b.tag == "nt"
                        }));
            // 县疾控/v*|中心: a one-char head and an abbreviation jieba's HMM
            // made one word of, tagged by its last char: no verb.
            let headed_guess =
                doc.is_guessed(&t) && stem.len() == 1 && char_set!(ADMIN).contains(stem[0]);
            if stem.iter().any(|&c| !is_han(c))
                || (matches!(t.tag, "l" | "i" | "v" | "d" | "r" | "a" | "c" | "p" | "u")
                    && !unit_phrase
                    && !headed_guess)
                // 第一|部, 二十|部, 第三|局: a count or a rank of books,
                // games or regiments; not a date that names a unit (八一|队).
                || (matches!(t.tag, "m" | "mq")
                    && (matches!(stem[0], '第' | '数' | '几')
                        || stem.iter().any(|&c| char_set!("十百千万个").contains(c))))
            {
                // 怎么办, 关键处: the suffix ends an ordinary word.
                return None;
            }
            naming = !contains(&lex.generic, stem);
            start = t.start;
            // 协|商会: a one-char stem inside the word is no name, unless
            // it ends a place jieba cut apart (狮|山镇|党委: the gazetteer's
            // 狮山镇 names the town's 镇党委).
            // Nor is a kind of school alone (农学院, 医学院), but a place
            // name right before it names one (南京|农学院, 华中|工学院);
            // not a government by its time (捷克|新政府), a country's initial
            // (美|商学院) or a level of schools (庄河|中小学). A province
            // before a school jieba tags nt is no place fact of its own
            // (北京|农学院/nt, as 北京大学), but names it all the same.
            if suffix_len >= 2 && stem.len() < 2 && !char_set!(ADMIN).contains(stem[0]) {
                let place_before = places.ending_at(t.start).or_else(|| {
                    let b = doc.tokens[doc.token_ending_at(t.start)?];
                    (t.tag == "nt" && b.tag == "ns").then_some(b.start)
                });
                let kind_of_one = char_set!("新现前原旧").contains(stem[0])
                    || is_one_of(&chars[t.start..t.end], &["中小学"]);
                match places.covering(t.start, p) {
                    Some((place_start, _)) if place_start < t.start => start = place_start,
                    _ => match place_before {
                        Some(place_start) if t.start - place_start >= 2 && !kind_of_one => {
                            start = place_start;
                            naming = true;
                        }
                        _ => return None,
                    },
                }
            }
            if suffix_len == 1 && stem.len() < 2 {
                // 干部, 全局, 大厅: a one-char suffix needs a real stem —
                // unless jieba cut an abbreviated unit apart (县工|信局,
                // 省人|社厅): a two-char word headed by 省/市/县 before it.
                let prev = k.checked_sub(1).map(|j| doc.tokens[j]);
                match prev {
                    // Or jieba's HMM made up both halves (市住|建局,
                    // 区教|体局), tagging the first by its last char.
                    Some(pt)
                        if pt.end == t.start
                            && pt.end - pt.start == 2
                            && char_set!(ADMIN).contains(chars[pt.start])
                            && (pt.tag == "n" || doc.is_guessed(&pt)) =>
                    {
                        start = pt.start;
                        naming = true;
                    }
                    // 成都市|住|建局: a two-char abbreviation jieba's HMM cut
                    // apart, right after the place it serves.
                    Some(pt)
                        if pt.end == t.start
                            && pt.end - pt.start == 1
                            && doc.is_guessed(&t)
                            && char_set!("局厅委办署").contains(chars[p])
                            && is_han(chars[pt.start])
                            && pt.start > 0
                            && places
                                .covering(pt.start - 1, pt.start)
                                .is_some_and(|(_, e)| e == pt.start) =>
                    {
                        start = pt.start;
                        naming = true;
                    }
                    _ => return None,
                }
            }
        }
        // 四川全兴|队, 人力|社保|局: a one-char suffix standing alone after a
        // proper name or an abbreviation.
        _ if suffix_len == 1 => {
            let prev = doc
                .token_at(p.saturating_sub(1))
                .map(|k| doc.tokens[k])
                .filter(|t| p > 0 && t.end == p);
            // Or after a product or trade name that follows a place
            // (郑州|蝶阀|厂, 广州|太阳神|队).
            let after_place = |t: &Token| {
                matches!(t.tag, "n" | "nr" | "nz")
                    && t.end - t.start >= 2
                    && !contains(&lex.generic, &chars[t.start..t.end])
                    && t.start > 0
                    && places.covers(t.start - 1, t.start)
                    && !places.overlaps(t.start, t.end)
            };
            // Or a governing unit's field right after the body it is part
            // of (内政部|消防|署: the ministry's fire agency).
            let under_body = |t: &Token| {
                governing_suffix(chars, p, e)
                    && field_noun(lex, doc, t, places)
                    && t.start
                        .checked_sub(1)
                        .and_then(|q| doc.token_at(q))
                        .map(|k| doc.tokens[k])
                        .is_some_and(|b| {
                            b.end == t.start
                                && b.end - b.start >= 2
                                && (b.tag == "nt"
                                    || char_set!(GOVERNING).contains(chars[b.end - 1]))
                        })
            };
            // Or a numbered unit (中铁|十一|局, 空军|二十一|厂); not a count
            // before a measure word (作品|十四|部, 学校|三|所).
            let numbered =
                |t: &Token| char_set!("局厂团处院队").contains(chars[p]) && numbered_unit(doc, t);
            let named = prev.is_some_and(|t| {
                matches!(t.tag, "nt" | "nz" | "ns" | "j")
                    || after_place(&t)
                    || under_body(&t)
                    || numbered(&t)
            });
            // 房屋|局|局长, 教育|厅|厅长: the unit's head names it right after;
            // strong enough for a field generic elsewhere (运输|服务|司|司长),
            // and so is the deputy head (运输|司|副司长).
            let head_at =
                |h: usize| chars.get(h) == Some(&chars[p]) && chars.get(h + 1) == Some(&'长');
            let head_after = (head_at(e) || (chars.get(e) == Some(&'副') && head_at(e + 1)))
                && prev.is_some_and(|t| plain_noun(&t, places));
            // 劳动|部长: a minister's field before 部长 names the ministry;
            // not the cabinet's or the government's ministers (内阁|部长),
            // nor ministers of a field meeting (能源|部长|会议, 部长级).
            // So does a bureau's field before 局长 (社会|局长), not a
            // given name after a surname (茹/nr|水泉|局长: 茹水泉, the head).
            let surname_before = |t: &Token| {
                doc.token_ending_at(t.start).is_some_and(|k| {
                    let s = doc.tokens[k];
                    s.end - s.start == 1 && is_name_tag(s.tag)
                })
            };
            let minister = matches!(chars[p], '部' | '局')
                && chars.get(e) == Some(&'长')
                && !["会议", "级", "们"].iter().any(|w| starts(chars, e + 1, w))
                && prev.is_some_and(|t| {
                    field_noun(lex, doc, &t, places)
                        && !matches!(t.word, "内阁" | "政府")
                        && !(chars[p] == '局' && surname_before(&t))
                });
            if !(named || head_after || minister || governed_after_place(doc, lex, places, p)) {
                return None;
            }
            // 白圭|司: a char jieba tags as a name's after a name that is no
            // place ends the name (Japanese given names end in 司); 市场|
            // 信息|司/nr, after a plain noun, is a department, and so is
            // one right after the body it is part of (国家统计局|城市/ns|司).
            let name_char = doc
                .token_at(p)
                .is_some_and(|k| is_name_tag(doc.tokens[k].tag));
            let after_body = |t: &Token| {
                doc.token_ending_at(t.start).is_some_and(|k| {
                    let b = doc.tokens[k];
                    contains(&lex.names, &chars[b.start..b.end])
                })
            };
            if name_char
                && prev.is_some_and(|t| {
                    matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg")
                        && !places.covers(t.start, t.end)
                        && !after_body(&t)
                })
            {
                return None;
            }
        }
        _ => {}
    }
    // Words that end like a name but are not one (会展中心, 东南部, and
    // 干部 at the end of 党员干部).
    if (start..e.saturating_sub(1)).any(|x| contains(&lex.stop, &chars[x..e])) {
        return None;
    }
    let mut taken = 0;
    // A name jieba knows whole (澳大利亚队/nt) does not grow over a verb
    // (客场|挑战|澳大利亚队): what it does is no part of it.
    let known_whole = start < p
        && doc
            .token_at(start)
            .is_some_and(|k| doc.tokens[k].tag == "nt" && doc.tokens[k].end == e);
    let known_token = known_whole && contains(&lex.names, &chars[start..e]);
    // A known body taken in as a company's brand.
    let mut brand = false;
    let mut after_conjunction = false;
    let mut verb_taken = false;
    while start > 0 && taken < 6 {
        // Nor, when it is a name wenxi knows (新华社, 最高人民检察院), over a
        // word jieba's HMM made up (会议|上作|最高人民检察院, 见图|新华社):
        // its name is whole; a brand's or a place's word may come before a
        // kind jieba knows (夏普|株式会社).
        if known_whole
            && doc.token_at(start - 1).is_some_and(|k| {
                matches!(doc.tokens[k].tag, "v" | "vn")
                    || (doc.is_guessed(&doc.tokens[k]) && known_token)
            })
        {
            break;
        }
        // 浙江省委|省政府: a unit headed by a one-char abbreviation is complete,
        // unless the char is a division's own suffix jieba cut from its name
        // (綦江|区|人民医院) or glued to the unit (新北|市政府, the place
        // named without it): then the division heads it.
        if char_set!(ADMIN).contains(chars[start])
            && start < p
            && (doc.is_boundary(start + 1) || start + 1 == p)
        {
            match places.covering(start, start + 1) {
                Some((place_start, place_end)) if place_end == start + 1 && place_start < start => {
                    start = place_start;
                    naming = true;
                    continue;
                }
                _ => {
                    if doc.is_boundary(start) && !char_set!(ADMIN).contains(chars[start - 1]) {
                        start = places.ending_at(start).unwrap_or(start);
                    }
                    break;
                }
            }
        }
        let Some(ki) = doc.token_at(start - 1) else {
            break;
        };
        let t = doc.tokens[ki];
        if t.end != start || e - t.start > 24 {
            break;
        }
        // A one-char administrative head jieba's HMM glued to a function
        // word before it (`glued_head`: 据县|农业|农村|局) begins the name.
        // Glued to the field after it (县疾控|中心, 县农|商行, 深圳|市交通|
        // 监控中心), the word is the name's. Standing alone (县|农业|农村|
        // 局), it heads the name as it does inside a word (县工信局).
        if doc.is_guessed(&t) && !places.overlaps(t.start, t.end) {
            if glued_head(doc, &t) {
                start = t.end - 1;
                naming = true;
                break;
            }
            let head_first = (2..=3).contains(&(t.end - t.start))
                && char_set!(ADMIN).contains(chars[t.start])
                && chars[t.start + 1..t.end].iter().all(|&c| is_han(c));
            if head_first {
                start = t.start;
                naming = true;
                taken += 1;
                continue;
            }
        }
        if t.end - t.start == 1
            && char_set!(ADMIN).contains(chars[t.start])
            && !places.overlaps(t.start, t.end)
        {
            start = t.start;
            naming = true;
            taken += 1;
            continue;
        }
        // 浙江省委|省政府, 国务院|办公厅 after 中共中央办公厅: a complete
        // unit before a named one is a second organisation.
        let tw = &chars[t.start..t.end];
        // 国务院|政府|特殊津贴: a known body before 政府 is the body itself.
        if tw.len() >= 2 && chars[p..e] == ['政', '府'] && contains(&lex.names, tw) {
            return None;
        }
        // A company's name is its brand, a field and the suffix (华为|投资
        // 控股|有限公司): a known body before it is the brand, and only its
        // place may come before that (上海|三菱|电梯北京分公司).
        let company = chars[p..e].ends_with(&['公', '司']);
        if brand && !places.covers(t.start, t.end) {
            break;
        }
        let known = contains(&lex.names, tw);
        // A place's name opens the unit's (江苏省|人民政府): a plain noun
        // before it is the sentence's, not the name's (宣告/n|中华人民共和国
        // 中央人民政府, jieba's noun for the verb; 原告|周村区法院, 投资方|
        // 日本熊谷集团; verbs jieba tags v stop the name anyway). Not so
        // - a body the unit belongs to (武警湖南总队|衡阳市支队, 政务院|
        //   华北事务部, 多伦多大学|中国学生学者联谊会, 中保人寿保险有限公司|
        //   本溪分公司, 拉丁美洲议会|委内瑞拉小组代表团);
        // - the central state or 国际 (国家|淮河委员会, 国际|荷兰集团);
        // - a company's trade after a place or a brand (北京|电信|长城移动
        //   通信有限公司, 上海|三菱|电梯|北京分公司). A brand jieba does not
        //   tag as a name is missed, its trade taken for such a word (中汽/x|
        //   专用|汽车|珠海制造有限公司 gives 珠海制造有限公司).
        if places.starts_at(start)
            && matches!(t.tag, "n" | "vn")
            && !known
            && !places.overlaps(t.start, t.end)
            && !matches!(t.word, "中央" | "国家" | "国际")
            && !char_set!("部院司军队会").contains(tw[tw.len() - 1])
            && !(t.tag == "n" && tw[tw.len() - 1] == '学')
            && !(company && ki > 0 && matches!(doc.tokens[ki - 1].tag, "ns" | "nz"))
        {
            break;
        }
        // A university's or a known body's school or institute is named
        // with it (清华大学|环境|学院, 香港海关|训练|学校), and nothing
        // before the body is.
        if naming
            && known
            && is_one_of(
                &chars[p..e],
                &[
                    "学院",
                    "研究院",
                    "研究所",
                    "研究中心",
                    "实验室",
                    "医院",
                    "学校",
                ],
            )
        {
            start = t.start;
            break;
        }
        // A named unit right after a body wenxi knows is the body's own
        // (国务院|法制|办公室, 农业部|市场|信息|司, 人民日报|文艺|部, 联合国|
        // 人权|中心), unless it names its own scope (财政部|国家计委, 中宣部|
        // 湖南省委, 司法部|全国人大常委会…: a list without its commas), is a
        // name wenxi knows by itself or a party (众议院|左翼民主党). A
        // ministry jieba knows whole after a ministry is a second one
        // (教育部|卫生部).
        let peer_ministry = tw.ends_with(&['部'])
            && chars[e - 1] == '部'
            && doc
                .token_at(start)
                .is_some_and(|k| doc.tokens[k].start == start && doc.tokens[k].end == e);
        // The body may be words jieba cut apart (自然资源|部).
        let body_start = || {
            if known && tw.len() >= 2 {
                return Some(t.start);
            }
            (t.end.saturating_sub(10)..t.start)
                .find(|&b| doc.is_boundary(b) && contains(&lex.names, &chars[b..t.end]))
        };
        // A term of the body's (政协|黑龙江省|第八届|委员会) is its own
        // whatever place it names.
        let term = chars[start..e].contains(&'届');
        let unit_of_body = (naming || known_whole)
            && !peer_ministry
            && !company
            && chars[e - 1] != '党'
            && (term || !own_scope(doc, places, start, e))
            && !contains(&lex.names, &chars[start..e]);
        if let Some(body) = unit_of_body.then(body_start).flatten() {
            // The body's own country or place comes with it (秘鲁|国会|
            // 华裔议员团).
            start = places.ending_at(body).unwrap_or(body);
            break;
        }
        // A bureau right before a named unit may head it, where a complete
        // government unit before a named one is otherwise a second
        // organisation (below).
        let bureau_before = naming && tw.len() >= 2 && tw.ends_with(&['局']);
        // Its branch named for its place is its unit, and the bureau comes
        // with its own places (山东省淄博市公安局|淄川|分局).
        if bureau_before && chars[p..e] == ['分', '局'] && places.covers(start, p) {
            start = t.start;
            while let Some(place_start) = places.ending_at(start) {
                start = place_start;
            }
            break;
        }
        // So is its field unit (西湖区分局|交警|大队, 公安局|刑侦|支队), and
        // that unit's own committee (交警支队|党委): the bureau and its places
        // head the name.
        let ends_in_field_unit = |a: usize, b: usize| {
            (2..=3).any(|l| b >= a + l && is_one_of(&chars[b - l..b], &FIELD_UNITS))
        };
        if bureau_before && (ends_in_field_unit(p, e) || ends_in_field_unit(start, p)) {
            start = t.start;
            taken += 1;
            continue;
        }
        // A government's own department or delegation is named with it
        // (四川省人民政府|新闻|办公室, 澳门特别行政区政府|旅游|局, 中国政府|
        // 代表团); a government before another is a second one.
        let government_department =
            tw.ends_with(&['政', '府']) && !chars[p..e].ends_with(&['政', '府']);
        if naming
            && tw.len() >= 2
            && !government_department
            && ((known && !company)
                || char_set!("委厅办局").contains(tw[tw.len() - 1])
                || tw.ends_with(&['政', '府']))
        {
            break;
        }
        // A complete company before a verb the name grew over is the verb's
        // subject (圣保罗州保险公司|独家|经营|农业|保险: the company sells
        // farm insurance), and what follows it no name.
        if verb_taken
            && tw.len() >= 4
            && (tw.ends_with(&['公', '司']) || tw.ends_with(&['集', '团']))
        {
            return None;
        }
        brand |= naming && tw.len() >= 2 && known && company;
        let mut m = classify(lex, doc, &t, places);
        // 朱忠|明率|工作组: a word jieba's HMM made of a name's last char and
        // 率 ("leads") is the person leading the unit, no part of its name.
        // Nor 为 (任命|张伟为|国家发展和改革委员会副主任: "as").
        if doc.is_guessed(&t) && (t.word.ends_with('率') || t.word.ends_with('为')) {
            m = Modifier::Stop;
        }
        // 工业|和|信息化|局, 文化|和|旅游|部: the fields a bureau governs,
        // joined by 和 between plain nouns; and those an institute or a
        // school studies (微|系统|与|信息技术|研究所, 经济|及|工商管理|学院).
        let studies = is_one_of(
            &chars[p..e],
            &["研究所", "研究院", "研究中心", "实验室", "学院"],
        );
        // The field before the conjunction is named, generic or not
        // (微|系统|与).
        if m == Modifier::Generic && after_conjunction {
            m = Modifier::Naming;
        }
        after_conjunction = false;
        // An institute's or a school's fields may be generic nouns (系统)
        // or abbreviations (工商管理/j), joined by 与 or 及.
        let studied = |t: &Token| matches!(t.tag, "n" | "vn" | "j") && t.end - t.start >= 2;
        let studied_fields = || {
            let b = doc.tokens[ki - 1];
            b.end == t.start
                && studied(&b)
                // A field between the conjunction and the suffix, at least.
                && doc.tokens.get(ki + 1).is_some_and(|u| u.start == t.end && u.end <= p)
                && doc.tokens[ki + 1..]
                    .iter()
                    .take_while(|u| u.end <= p)
                    .all(&studied)
        };
        if m == Modifier::Stop
            && ki > 0
            && ((governing_suffix(chars, p, e)
                && only_fields(lex, doc, places, start, p)
                && conjoined_fields(lex, doc, places, ki, start))
                || (studies && matches!(t.word, "与" | "及") && studied_fields()))
        {
            m = Modifier::Link;
            after_conjunction = true;
        }
        // 宁德时代|新|能源|科技…公司: "new" before a field the name holds
        // (新能源, 新材料) is part of it.
        // Not after a person's name (邓小平|新|时期: his new era).
        if t.word == "新"
            && doc.token_at(start).is_some_and(|k| {
                let next = doc.tokens[k];
                next.end - next.start >= 2 && matches!(next.tag, "n" | "vn")
            })
            && !(ki > 0 && is_name_tag(doc.tokens[ki - 1].tag))
        {
            m = Modifier::Link;
        }
        // After an adverb a noun-tagged word is a verb (曾|亮相|武汉…医院).
        if ki > 0
            && doc.tokens[ki - 1].tag == "d"
            && doc.tokens[ki - 1].end == t.start
            && t.tag == "n"
        {
            m = Modifier::Stop;
        }
        // A verb of arriving or sending is none of a name's trades (科幻小说|
        // 寄到|天文台, 调到|总公司).
        if m == Modifier::Stop
            && t.tag == "v"
            && t.end - t.start >= 2
            && !is_break_word(t.word)
            && !t.word.ends_with('到')
            && ki > 0
        {
            // 外场试验试飞先遣队: a verb between nouns of the name. After a
            // body's own name it is the unit's trade only right before the
            // suffix (中国文联|出版|公司); with more words to the suffix, the
            // body's act (中国人民银行|授权|全国银行).
            // A registered company's name may hold several trades in a row
            // (中国证券|登记|结算|有限责任公司, 投资|控股): the verbs between
            // its nouns are read back to the first word that is none.
            let legal = company && chars[p..e].windows(2).any(|w| w == ['有', '限']);
            let mut b = ki - 1;
            while legal
                && b > 0
                && doc.tokens[b].tag == "v"
                && doc.tokens[b].end - doc.tokens[b].start >= 2
                && doc.tokens[b - 1].end == doc.tokens[b].start
            {
                b -= 1;
            }
            let before = &doc.tokens[b];
            let act = before.tag == "nt" && t.end < p;
            // A ministry's, a general administration's or a commission's
            // department is named for its task, verb and all (外交部|应对|
            // 气候变化|司, 海关总署|统计|分析|司, 生态|环境部|应对…).
            let task = chars[p..e] == ['司'] && before.word.ends_with(['部', '署', '委', '局']);
            if task {
                m = Modifier::Naming;
            } else if classify(lex, doc, before, places) != Modifier::Stop && !act {
                m = Modifier::Generic;
            }
        }
        // A name right after a role is that person's, not the unit's
        // (副局长|闵宜仁率|工作组: the deputy head leads a team; 记者|刘建新|
        // 中央人民广播电台).
        if m != Modifier::Stop
            && (is_name_tag(t.tag) || (doc.is_guessed(&t) && !glued_preposition(doc, &t)))
            && ki > 0
            && doc.tokens[ki - 1].end == t.start
            && doc.tokens[ki - 1].end - doc.tokens[ki - 1].start >= 2
            && contains(&lex.roles, &chars[doc.tokens[ki - 1].start..t.start])
        {
            m = Modifier::Stop;
        }
        match m {
            Modifier::Stop => break,
            Modifier::Naming => naming = true,
            // Generic words sit between a name and its suffix (市直机关|党员|
            // 突击队), never before the name (生产企业|传化集团).
            Modifier::Generic if naming => break,
            Modifier::Generic | Modifier::Link => {}
        }
        start = t.start;
        taken += 1;
        verb_taken |= t.tag == "vn";
        // A preposition jieba's HMM glued to the name's head (记者从省|
        // 交通运输厅) is its left edge: trimmed below, nothing before it.
        if glued_preposition(doc, &t) {
            break;
        }
    }
    if let Some(place_start) = registered_name_start(doc, places, place_facts, start, p, e) {
        start = place_start;
        naming = true;
    }
    // Generic words and verbs at the left edge are not part of the name,
    // nor is a one-char link with nothing it links to (经|邮电部 批准:
    // 经 "through", which jieba tags n). A word headed by an administrative
    // char is no verb there: jieba's HMM tags the abbreviations it makes up
    // by their last char (市住/v|建局).
    while start < p {
        let Some(ki) = doc.token_at(start) else { break };
        let t = doc.tokens[ki];
        let verb = t.tag == "v" && !char_set!(ADMIN).contains(chars[t.start]);
        // 反 (anti-) begins names (反兴奋剂委员会).
        let lone_link = t.end - t.start == 1
            && chars[t.start] != '反'
            && classify(lex, doc, &t, places) == Modifier::Link;
        if t.end <= p && (contains(&lex.generic, &chars[t.start..t.end]) || verb || lone_link) {
            start = t.end;
        } else if t.start == start && glued_preposition(doc, &t) {
            // A preposition jieba's HMM glued to the name's head (据市|卫健委);
            // what is left may be no name (由该|公司).
            start += 1;
            if contains(&lex.generic, &chars[start..t.end]) {
                return None;
            }
            break;
        } else {
            break;
        }
    }
    // The same for a whole name growth took (台风|中心: the eye of a
    // typhoon); 西单|购物中心 is a name.
    if contains(&lex.stop, &chars[start..e]) {
        return None;
    }
    // A verb of founding and the suffix's own word is an act, not a name
    // (建设|工厂, 新建|学校, 组建|公司): the suffix is the verb's object.
    if let (Some(a), Some(b)) = (doc.token_at(start), doc.token_at(p)) {
        let (verb, object) = (doc.tokens[a], doc.tokens[b]);
        if verb.end == object.start
            && verb.start == start
            && object.end == e
            && (contains(&lex.generic, &chars[object.start..e])
                || is_one_of(&chars[object.start..e], &["工厂", "学校", "医院"]))
            // Only the verbs of founding: a verb or verbal noun may be a
            // brand (传化|集团, 联想|集团).
            && [
                "建设", "建立", "成立", "新建", "组建", "筹建", "兴建", "扩建", "创办", "开办", "设立",
            ]
            .contains(&verb.word)
        {
            return None;
        }
    }
    // A one-char administrative head names the unit (省政府, 县工信局, 市委).
    if char_set!(ADMIN).contains(chars[start]) && (start < p || suffix_len >= 2) {
        naming = true;
    }
    // A lone attribute before the suffix makes a kind of unit, not a name
    // (省级|政府, 大型|银行, 民办|学校). Adjectives name companies (唯美公司),
    // so only jieba's distinguishing words (b), and not a word jieba made
    // up and tagged by its last char.
    if let Some(ki) = doc.token_at(start) {
        let t = doc.tokens[ki];
        if t.end == p && !doc.is_guessed(&t) && t.tag == "b" && !places.covers(t.start, t.end) {
            return None;
        }
    }
    naming.then_some((start, e))
}

/// Where a registered company's name begins when growth stopped at its
/// trade name (字号), a word jieba does not know as a noun: a company's
/// legal name is its place, its trade name, its trade and its legal form
/// (杭州|鼎盛/z|科技|有限公司, 宁波|安途/x|防护/v|用品|有限公司, 中国|南方/f|
/// 航空|股份有限公司). The trade name is one or two words of two to four
/// chars right after a place; a verb between it and the trade is the
/// trade's (防护|用品). Only a legal form (有限, 股份) makes the pattern
/// that sure: 在杭州|成立|科技公司 has no trade name.
fn registered_name_start(
    doc: &Doc,
    places: &Spans,
    place_facts: &[Fact],
    start: usize,
    p: usize,
    e: usize,
) -> Option<usize> {
    let chars = &doc.chars;
    // A farmers' cooperative is a legal form of its own (农民专业合作社).
    let legal = (chars[p..e].ends_with(&['公', '司'])
        && (chars[start..e]
            .windows(2)
            .any(|w| w == ['有', '限'] || w == ['股', '份'])))
        || (chars[p..e].ends_with(&['合', '作', '社'])
            && chars[start..e].windows(2).any(|w| w == ['专', '业']));
    if !legal || start == 0 || places.ending_at(start).is_some() {
        return None;
    }
    let mut k = doc.token_ending_at(start)?;
    // A verb right before the trade begins it (防护|用品).
    let t = doc.tokens[k];
    let mut brand_end = start;
    if t.tag == "v" && t.end - t.start == 2 && !is_break_word(t.word) {
        brand_end = t.start;
        k = doc.token_ending_at(brand_end)?;
        // And what the verb works on (众鑫|棉花|种植|…合作社).
        let u = doc.tokens[k];
        if u.tag == "n" && u.end - u.start == 2 && !places.overlaps(u.start, u.end) {
            brand_end = u.start;
            k = doc.token_ending_at(brand_end)?;
        }
    }
    // The trade name: up to three words, a name's, a made-up one's or
    // single chars jieba could not join (苏州|鑫/nr|禾/n|佳/a|食品).
    for _ in 0..3 {
        let t = doc.tokens[k];
        let single = t.end - t.start == 1 && !char_set!(FUNCTION_CHARS).contains(chars[t.start]);
        let trade_name = (matches!(t.tag, "x" | "z" | "f" | "nz" | "nr" | "nrt" | "nrfg" | "a")
            || doc.is_guessed(&t)
            || single)
            && doc.chars[t.start..t.end].iter().all(|&c| is_han(c))
            && !is_break_word(t.word);
        if !trade_name || brand_end - t.start > 4 {
            return None;
        }
        let brand_start = t.start;
        if let Some(mut s) = places.ending_at(brand_start) {
            if brand_end - brand_start < 2 {
                return None;
            }
            // The place's own larger places come with it (山西|汾西), not
            // a place the sentence put the company in (孝义市|山西|汾西…).
            // Place facts are sorted by start (place::extract): a binary
            // search, not a scan of a long text's thousands.
            let region = |a: usize| {
                place_facts[place_facts.partition_point(|f| f.start < a)..]
                    .first()
                    .filter(|f| f.start == a)
                    .and_then(|f| f.region.as_deref())
            };
            while let Some(before) = places.ending_at(s) {
                match (region(before), region(s)) {
                    (Some(outer), Some(inner)) if inner.starts_with(outer) => s = before,
                    _ => break,
                }
            }
            return Some(s);
        }
        k = doc.token_ending_at(brand_start)?;
    }
    None
}

/// Chars that are function words alone, no part of a trade name.
const FUNCTION_CHARS: &str = "的了在和与及或是为对从向到把被将也都有个这那各全每其该本此等于以由";

/// Last characters of the bodies a place names first (美国国会, 伊朗议会,
/// 中国田协, 中国女篮, 爱尔兰共和军): an assembly, an association, a team,
/// an army, a court. 关系 (中美关系), 航天 (中国航天) and 大厦 end otherwise.
const BODY_FINALS: &str = "会院委协联局部厅署办队篮排军庭社所团行司厂校党府馆台报组处盟";

/// Words jieba's dictionary tags as organisations (nt) that look like one:
/// a suffix after a stem of its own (中国农科院, 华中科技大学), a place of
/// two characters or more naming a body (美国国会), or a body wenxi knows
/// with its unit (清华大学化学系). Other nt words are as
/// often things, fields or relations (商务车, 中国航天, 中美关系) as bodies.
fn dictionary_names(doc: &Doc, lex: &Lexicon, places: &Spans) -> Vec<(usize, usize)> {
    let chars = &doc.chars;
    let suffixed = |t: &Token| {
        let (s, e) = (t.start, t.end);
        let l = longest_ending(&lex.suffixes, chars, e, lex.max_suffix);
        // 中央政治局常委: a role, not a unit.
        l > 0 && l + 2 <= e - s && longest_ending(&lex.roles, chars, e, lex.max_role) <= l && {
            let stem = &chars[s..e - l];
            !contains(&lex.suffixes, stem)
                && !contains(&lex.generic, stem)
                && !(s..e - 1).any(|x| contains(&lex.stop, &chars[x..e]))
        }
    };
    let place_led = |t: &Token| {
        places.begins(t.start, t.end - 1)
            && !places.begins(t.start, t.start + 2)
            && char_set!(BODY_FINALS).contains(chars[t.end - 1])
    };
    // 清华大学化学系, 民革中央: a body wenxi knows and its unit, in one
    // word. Not a role in the body (中央政治局|常委, 国务院|参事), a second
    // body (中共中央|国务院), a member state or an area (安理会|常任理事国,
    // 东盟|自由贸易区), or a plenary session (中共|六届六中全会).
    let known_led = |t: &Token| {
        let l = longest_starting(&lex.names, chars, t.start, lex.max_name);
        let rest = &chars[t.start + l.min(t.end - t.start)..t.end];
        l >= 2
            && !rest.is_empty()
            && longest_ending(&lex.roles, chars, t.end, lex.max_role) == 0
            && !contains(&lex.names, rest)
            && !matches!(rest[rest.len() - 1], '国' | '区')
            && !rest.ends_with(&['全', '会'])
    };
    doc.tokens
        .iter()
        .filter(|t| t.tag == "nt" && t.end - t.start >= 3 && !doc.is_guessed(t))
        .filter(|t| {
            let w = &chars[t.start..t.end];
            w.iter().all(|&c| is_han(c))
                && !contains(&lex.alone, w)
                && (suffixed(t) || place_led(t) || known_led(t))
                // 一所|国民中学/nt: a school, though jieba knows the kind as
                // one word (not 这家|国防科工委|下属企业, where the
                // classifier counts what comes after).
                && !(t.start >= 2
                    && chars[t.start - 2] == '一'
                    && char_set!(UNIT_CLASSIFIERS).contains(chars[t.start - 1]))
        })
        .map(|t| (t.start, t.end))
        .collect()
}

/// A body's two-char short name after the place it serves: 天津市|妇联,
/// 西藏自治区|科协, 漳州市|教委, 山西省|残联. jieba tags such names j
/// (abbreviation) or n; an n word must end in 联, 协 or 委 (other endings
/// make ordinary nouns after a place: 北京|社会, 北京|东部).
fn abbreviated_bodies(doc: &Doc, lex: &Lexicon, places: &Spans) -> Vec<(usize, usize)> {
    let chars = &doc.chars;
    let mut out = Vec::new();
    for (k, t) in doc.tokens.iter().enumerate().skip(1) {
        let w = &chars[t.start..t.end];
        let last = w[w.len() - 1];
        let short_name = w.len() == 2
            && w.iter().all(|&c| is_han(c))
            && match t.tag {
                "j" => char_set!(BODY_FINALS).contains(last),
                "n" | "nt" => char_set!("联协委").contains(last),
                _ => false,
            }
            // 常委, 编委: members, not bodies.
            && longest_ending(&lex.roles, chars, t.end, lex.max_role) < 2;
        if !short_name || places.overlaps(t.start, t.end) {
            continue;
        }
        // The places right before it, as many as there are (福建省|漳州市|教委).
        let mut start = t.start;
        for before in doc.tokens[..k].iter().rev().take(3) {
            // 西藏自治区 (ns) holds the place 西藏.
            let place = places.covers(before.start, before.end)
                || (before.tag == "ns" && places.overlaps(before.start, before.end));
            if before.end != start || !place {
                break;
            }
            start = before.start;
        }
        if start < t.start {
            out.push((start, t.end));
        }
    }
    out
}

const NUMERALS: &str = "一二三四五六七八九十";

/// The numerals at `i`, at most 8 (congress numbers have 1–3): a bounded
/// look, as it is asked at every word boundary.
fn numerals_at(chars: &[char], i: usize) -> usize {
    chars[i..]
        .iter()
        .take(8)
        .take_while(|c| char_set!(NUMERALS).contains(**c))
        .count()
}

/// A bureau's field units (公安局|交警|支队): named by their work, part of
/// the bureau's name.
const FIELD_UNITS: [&str; 4] = ["大队", "支队", "中队", "派出所"];

/// Is `chars` one of `words`?
fn is_one_of(chars: &[char], words: &[&str]) -> bool {
    words.iter().any(|w| chars.iter().copied().eq(w.chars()))
}

fn starts(chars: &[char], i: usize, w: &str) -> bool {
    let mut k = i;
    w.chars().all(|c| {
        let ok = chars.get(k) == Some(&c);
        k += 1;
        ok
    })
}

/// Schools a city numbers (成都七中, 北京四中, 杭州二小): a place, one
/// numeral and 中 or 小, then no word 中 or 小 begins (北京三中院 is a
/// court, 三中全会 a plenum, 一中心 a centre).
fn numbered_schools(chars: &[char], places: &Spans) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in 1..chars.len().saturating_sub(1) {
        if !char_set!(NUMERALS).contains(chars[p]) || !matches!(chars[p + 1], '中' | '小') {
            continue;
        }
        let goes_on = chars
            .get(p + 2)
            .is_some_and(|&c| char_set!("院全心国学文央间期等级型时").contains(c));
        if let Some(s) = places.ending_at(p).filter(|_| !goes_on) {
            out.push((s, p + 2));
        }
    }
    out
}

/// Party congresses and national assemblies, organisations by news
/// convention: 十五大, 中共十五大, 第十五次全国代表大会, 第九届全国人民代表大会
/// (joined to the party before it: 九三学社第七次全国代表大会).
fn congresses(doc: &Doc, spans: &mut Vec<(usize, usize)>) {
    let chars = &doc.chars;
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if !doc.is_boundary(i) {
            i += 1;
            continue;
        }
        let mut s = i;
        let mut p = i;
        if starts(chars, p, "中共") {
            p += 2;
        }
        let k = numerals_at(chars, p);
        // 十五大: two numerals and 大, a word of its own. Not after 党的:
        // 党的二十大 is the event (NOTES), as 十五大 alone is the body.
        let event = i >= 2 && chars[i - 2..i] == ['党', '的'];
        if k == 2 && chars.get(p + 2) == Some(&'大') && doc.is_boundary(p + 3) && !event {
            spans.push((s, p + 3));
            i = p + 3;
            continue;
        }
        // 第十五次全国代表大会, 第九届全国人民代表大会.
        if chars[p] == '第' && p == i {
            let k = numerals_at(chars, p + 1);
            let q = p + 1 + k;
            if k > 0 && q < n && matches!(chars[q], '次' | '届') {
                let body = ["全国代表大会", "全国人民代表大会", "全国委员会", "代表大会"]
                    .iter()
                    .find(|w| starts(chars, q + 1, w));
                if let Some(w) = body {
                    let e = q + 1 + w.chars().count();
                    // The party or assembly right before it is part of it.
                    if let Some(j) = spans.iter().position(|&(a, b)| b == s && a < s) {
                        s = spans[j].0;
                        spans.remove(j);
                    }
                    spans.push((s, e));
                    i = e;
                    continue;
                }
            }
        }
        i += 1;
    }
}

/// A team or unit named in quotation marks as a whole: “红色服务队”,
/// “战疫情、保试飞党员攻关队”.
/// Adverbs of a sentence, not a name: negations, aspect and modality
/// (a name may hold others: 临时非常委员会).
const SENTENCE_ADVERBS: [&str; 17] = [
    "不", "没", "没有", "别", "须", "必须", "也", "都", "就", "还", "又", "再", "才", "曾", "已",
    "已经", "从严",
];

/// Newspapers named in title marks: 《费加罗报》, 《生活报》, 《大公报》.
/// A title that ends in 报 names a paper, whatever words jieba made of it,
/// unless it is a kind of report (《中美联合公报》, 《天气预报》).
fn newspapers(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, _) in chars.iter().enumerate().filter(|(_, &c)| c == '《') {
        let s = i + 1;
        let Some(len) = chars[s..chars.len().min(s + 13)]
            .iter()
            .position(|&c| !(is_han(c) || c == '·'))
        else {
            continue;
        };
        let e = s + len;
        if chars[e] == '》'
            && len >= 2
            && chars[e - 1] == '报'
            && !char_set!("公通简汇捷喜海年季预警电申举战回情").contains(chars[e - 2])
        {
            out.push((s, e));
        }
    }
    out
}

fn quoted_names(doc: &Doc, lex: &Lexicon) -> Vec<(usize, usize)> {
    let chars = &doc.chars;
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '“' | '「') {
            let close = if chars[i] == '“' { '”' } else { '」' };
            let s = i + 1;
            let mut e = s;
            while e < chars.len()
                && e - s <= 16
                && chars[e] != close
                && !char_set!("。！？，；：“”").contains(chars[e])
            {
                e += 1;
            }
            if e < chars.len() && chars[e] == close && e - s >= 3 {
                let l = longest_ending(&lex.suffixes, chars, e, lex.max_suffix);
                // The whole quote must be a name, not a word ending in 部/局,
                // nor a sentence (“我们不能让一个孩子掉队”: a pronoun, a
                // preposition, a particle or a negation no name holds; 非常
                // is an adverb too, in 临时非常委员会).
                let sentence = || {
                    (s..e).any(|k| {
                        doc.token_at(k).is_some_and(|t| {
                            let t = doc.tokens[t];
                            t.start == k
                                && (matches!(t.tag, "r" | "p" | "uj" | "ul" | "uz" | "y" | "e")
                                    || (t.tag == "d" && SENTENCE_ADVERBS.contains(&t.word)))
                        })
                    })
                };
                if l >= 1
                    && e - s > l
                    && !contains(&lex.stop, &chars[s..e])
                    && chars[s..e].iter().all(|&c| is_han(c) || c == '、')
                    && !sentence()
                {
                    out.push((s, e));
                }
            }
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jieba_rs::Jieba;

    /// Asserts the organisations found in each text, in order.
    fn expect_orgs(cases: &[(&str, &[&str])]) {
        let jieba = crate::test_jieba();
        let lex = Lexicon::load();
        for &(text, want) in cases {
            assert_eq!(orgs(jieba, &lex, text), want, "{text}");
        }
    }

    /// `expect_orgs` with the places found first, as the pipeline does.
    fn expect_orgs_among_places(cases: &[(&str, &[&str])]) {
        let jieba = crate::test_jieba();
        let lex = Lexicon::load();
        let gazetteer = crate::gazetteer::Gazetteer::load();
        for &(text, want) in cases {
            let got = orgs_among_places(jieba, &lex, Some(&gazetteer), text);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_unit_counted_or_pointed_at_is_a_kind_not_a_name() {
        expect_orgs_among_places(&[
            ("他在一家民营科技公司工作。", &[]),
            ("这所职业学校很有名。", &[]),
            ("王海是这个话剧团的演员。", &[]),
            ("这座雕刻博物馆建于明代。", &[]),
            ("他在一间物流公司任职，派出一支医疗队。", &[]),
            ("北京、长春两所地质学院组建不久。", &[]),
            // Through what kind it is.
            ("招商银行是一家全国性股份制商业银行。", &["招商银行"]),
            // A place or a proper name in it names one: a place, jieba's
            // nt or nz, a name, a word its HMM made up, a place it tags a
            // noun.
            ("他在一家深圳科技公司工作。", &["深圳科技公司"]),
            ("他在一家海尔电器公司工作。", &["海尔电器公司"]),
            ("他在一家三菱电梯公司工作。", &["三菱电梯公司"]),
            ("他在一家中兴通讯设备公司工作。", &["中兴通讯设备公司"]),
            ("他在一家龙岗区服装厂工作。", &["龙岗区服装厂"]),
            ("他在一家博力风能有限公司工作。", &["博力风能有限公司"]),
        ]);
    }

    #[test]
    fn a_plain_word_before_a_place_opening_the_name_is_no_part_of_it() {
        expect_orgs_among_places(&[
            // jieba's noun for a verb, a party to a case, an investor.
            ("他们宣告江苏省人民政府成立。", &["江苏省人民政府"]),
            ("法院判决被告赔偿原告海淀区法院损失。", &["海淀区法院"]),
            ("投资方日本三菱集团向银行求援。", &["日本三菱集团"]),
            (
                "建设上海国际航运中心的工作取得了进展。",
                &["上海国际航运中心"],
            ),
            // The body a unit belongs to, the central state, a company's
            // branch, a university's society, an armed service: all heads.
            (
                "武警湖南总队衡阳市支队副支队长说。",
                &["武警湖南总队衡阳市支队"],
            ),
            ("国际荷兰集团与银行达成协议。", &["国际荷兰集团"]),
            ("他调任中央华北地区工作部部长。", &["中央华北地区工作部"]),
            ("同时还担任政务院华北事务部部长。", &["政务院华北事务部"]),
            (
                "地矿部天津地矿研究所女研究员李增慧在山区考察。",
                &["地矿部天津地矿研究所"],
            ),
            (
                "中保人寿保险有限公司本溪分公司捐款。",
                &["中保人寿保险有限公司本溪分公司"],
            ),
            (
                "多伦多大学中国学生学者联谊会举办晚会。",
                &["多伦多大学中国学生学者联谊会"],
            ),
            ("山西电力公司柳林电厂厂长说。", &["山西电力公司柳林电厂"]),
            ("空军昆明医院实行医疗帮困。", &["空军昆明医院"]),
            ("被国家淮河委员会定为治理示范区。", &["国家淮河委员会"]),
            // A body wenxi knows, a place jieba tags a noun.
            ("首钢北京研究院成立。", &["首钢北京研究院"]),
            (
                "深圳市龙岗区横岗街道办事处发布通告。",
                &["深圳市龙岗区横岗街道办事处"],
            ),
            (
                "拉丁美洲议会委内瑞拉小组代表团抵京。",
                &["拉丁美洲议会委内瑞拉小组代表团"],
            ),
            // A company's trade after a place or a brand.
            ("上海三菱电梯北京分公司成立。", &["上海三菱电梯北京分公司"]),
            (
                "北京电信长城移动通信有限公司携新技术进入市场。",
                &["北京电信长城移动通信有限公司"],
            ),
        ]);
    }

    #[test]
    fn a_date_a_taking_office_or_a_trade_is_no_part_of_a_name() {
        expect_orgs(&[
            ("1986年1月经中央组织部批准离休。", &["中央组织部"]),
            (
                "他历任第六机械工业部教育局副局长。",
                &["第六机械工业部教育局"],
            ),
            // A company before what it does (经营/vn) is the subject.
            (
                "巴西只有圣保罗州保险公司独家经营农业保险。",
                &["圣保罗州保险公司"],
            ),
        ]);
    }

    #[test]
    fn a_kind_ending_in_xing_is_no_part_of_a_name() {
        expect_orgs(&[
            ("法国全国性日报以此为题。", &[]),
            ("国家组建了三家政策性银行。", &[]),
            ("这是一所多科性大学。", &[]),
            // A name that ends in 性 names its society.
            ("纳兰性德研究会成立。", &["纳兰性德研究会"]),
        ]);
    }

    #[test]
    fn a_front_or_a_league_is_an_organisation() {
        expect_orgs(&[
            ("卡鲁纳民族解放阵线发表声明。", &["卡鲁纳民族解放阵线"]),
            ("他们为工人同盟起草了纲领。", &["工人同盟"]),
            // A kind of alliance alone names none.
            ("两国结成军事同盟。", &[]),
        ]);
    }

    #[test]
    fn a_title_ending_in_bao_is_a_newspaper() {
        expect_orgs(&[
            ("据《康桥生活报》21日报道，物价上涨。", &["康桥生活报"]),
            ("法国全国性日报《明镜报》以此为题。", &["明镜报"]),
            ("《大光报》记者说。", &["大光报"]),
            // Reports and bulletins are no papers; nor is a title that
            // does not close.
            ("双方发表了《中美联合公报》。", &[]),
            ("他在《天气预报》节目中说。", &[]),
            ("《政府工作报告》提出。", &[]),
            ("《长夜报", &[]),
        ]);
    }

    #[test]
    fn new_after_a_name_is_no_part_of_a_unit() {
        let jieba = crate::test_jieba();
        let lex = Lexicon::load();
        let got = orgs(jieba, &lex, "项目“邓小平新时期执政党建设理论研究”的成果。");
        assert!(got.iter().all(|o| !o.contains("邓小平")), "{got:?}");
    }

    fn orgs(jieba: &Jieba, lex: &Lexicon, text: &str) -> Vec<String> {
        orgs_among_places(jieba, lex, None, text)
    }

    /// The organisations of `text`, with its places when a gazetteer is given.
    fn orgs_among_places(
        jieba: &Jieba,
        lex: &Lexicon,
        gazetteer: Option<&crate::gazetteer::Gazetteer>,
        text: &str,
    ) -> Vec<String> {
        let doc = Doc::new(jieba, text, true);
        let places = gazetteer.map_or_else(Vec::new, |g| crate::extract::place::extract(&doc, g));
        extract(&doc, lex, &places)
            .into_iter()
            .map(|f| doc.slice(f.start, f.end))
            .collect()
    }

    #[test]
    fn teams_congresses_and_known_bodies() {
        let jieba = crate::test_jieba();
        let lex = Lexicon::load();
        let cases: &[(&str, &[&str])] = &[
            ("古巴队以96∶89战胜匈牙利队。", &["古巴队", "匈牙利队"]),
            (
                "上海东方队以70∶69险胜四川蓝剑队。",
                &["上海东方队", "四川蓝剑队"],
            ),
            (
                "决赛在印尼女队与中国女队之间展开。",
                &["印尼女队", "中国女队"],
            ),
            ("要按照十五大的要求，继续学习。", &["十五大"]),
            // After 党的 the congress is the event (NOTES: 党的二十大).
            ("党的十八大以来，全省立案。", &[]),
            ("在中共十五大精神的指引下前进。", &["中共十五大"]),
            (
                "九三学社第七次全国代表大会今天开幕。",
                &["九三学社第七次全国代表大会"],
            ),
            ("中国和东盟国家都发生了巨变。", &["东盟"]),
            // Bureaus of two fields joined by 及 or 暨 (Hong Kong, Macau).
            (
                "食物及卫生局局长卢宠茂说，经济及科技发展局、统计暨普查局公布数据。",
                &["食物及卫生局", "经济及科技发展局", "统计暨普查局"],
            ),
            // A first field of two words (财经|事务), not one after 的.
            (
                "财经事务及库务局、文化体育及旅游局发布。会后的谈话及宇航局长说。",
                &["财经事务及库务局", "文化体育及旅游局", "宇航局"],
            ),
            // A body's act is no part of another's name.
            ("中国人民银行授权全国银行公布利率。", &["中国人民银行"]),
            // A made-up word of function chars is no modifier.
            ("国防部应向国会说明清楚。", &["国防部", "国会"]),
            ("国务院副总理兼外交部长出席。", &["国务院", "外交部"]),
            // Top-ten lists and an industry are no organisations.
            ("年度十大新闻揭晓。", &[]),
            ("航空工业广大职工深感悲痛。", &[]),
            ("美国财政部长鲁宾今天表示。", &["美国财政部"]),
            ("中共河北省委副书记接受采访。", &["中共河北省委"]),
            ("保险公司大多不愿开展此类业务。", &[]),
            ("上市公司、跨国公司和商业银行都在其列。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(orgs(jieba, &lex, text), *want, "{text}");
        }
    }

    #[test]
    fn org_names_by_suffix_and_list() {
        let jieba = crate::test_jieba();
        let lex = Lexicon::load();
        let cases: &[(&str, &[&str])] = &[
            (
                "江苏省南通市海安县恒远纺织有限公司今天复工。",
                &["江苏省南通市海安县恒远纺织有限公司"],
            ),
            ("等候在那里的永康市委书记金政说。", &["永康市委"]),
            // State farms and a headquarters over others; not a kind of
            // farm or of insurance.
            (
                "友谊农场今年丰收，国家防汛抗旱总指挥部发出通知。家庭农场增多，基本养老保险参保率提高。",
                &["友谊农场", "国家防汛抗旱总指挥部"],
            ),
            // A unit pointed at or withheld is no name (这支|医疗队, 一所|
            // 国民中学/nt, 某|建筑公司); a known body after a classifier
            // counting what follows it is (这家|国防科工委|下属企业).
            (
                "这支医疗队进疆。他前往一所国民中学。收受某建筑公司的钱。这家国防科工委下属企业。被聘为某专科医院的医生。",
                &["国防科工委"],
            ),
            // Military regions and districts end names (省军区, 军分区,
            // 警备区); a working group named for its task does.
            (
                "记者从江西省军区获悉，那曲军分区参谋长和原青岛警备区政委赶到。\
                 中央第三生态环境保护督察组进驻。",
                &["江西省军区", "那曲军分区", "青岛警备区", "中央第三生态环境保护督察组"],
            ),
            // A kind of unit that names none, alone, under its owner or after
            // an act on it: 旗下|全资子公司, 培育|农民专业合作社,
            // 成立|旅游合作社 (建设|银行 is a bank: 银行 alone is no kind).
            (
                "对船公司来说，研发中心已投入使用。公司旗下全资子公司增资。\
                 培育农民专业合作社326家，村民成立旅游合作社。他在建设银行工作。",
                &["建设银行"],
            ),
            // Hong Kong's and Taiwan's bodies and state enterprises by the
            // short names their papers use.
            (
                "他引述房委会数字，房协表示支持，农委会已公告，国铁集团加开列车。",
                &["房委会", "房协", "农委会", "国铁集团"],
            ),
            // A match's time, place and verb are no part of a team's name.
            (
                "第二节辽宁队发力。下半场广东队反超。客场作战。下轮挑战浙江稠州金租队。\
                 辽宁沈飞客车队客场挑战济南军区队。",
                &[
                    "辽宁队",
                    "广东队",
                    "浙江稠州金租队",
                    "辽宁沈飞客车队",
                    "济南军区队",
                ],
            ),
            // 中|共有: "in all"; 中共|有关部门: the party.
            (
                "病例中共有6人住院，企业中共计5家。农产品中共检出农药残留，其中共抽检300批次。中共有关部门表示。",
                &["中共"],
            ),
            // A known body and its unit in one word jieba tags nt; not a
            // role in the body, a second body or a member state.
            (
                "他考入清华大学化学系。民革中央主席何鲁丽说。中央政治局常委出席。\
                 十七位国务院参事。中共中央国务院举行团拜会。作为安理会常任理事国。\
                 中共六届六中全会后。",
                &["清华大学化学系", "民革中央", "中央政治局", "国务院"],
            ),
            // A city's or a country's centre for disease control.
            (
                "石家庄市疾病预防控制中心通报。中国疾病预防控制中心发布。",
                &["石家庄市疾病预防控制中心", "中国疾病预防控制中心"],
            ),
            // A minister's field before 部长 (jieba: 劳动|部长) names the
            // ministry; not the cabinet's ministers or a meeting's. A
            // department's deputy head names it too (运输|司|副司长).
            (
                "劳动部长何佩珊表示。内阁部长的工资减少。能源部长会议开幕。民航局运输司副司长徐青介绍。",
                &["劳动部", "内阁", "民航局运输司"],
            ),
            (
                "省委组织部、省财政厅联合推出新政。",
                &["省委组织部", "省财政厅"],
            ),
            (
                "杭州市拱墅区人力社保局的党员干部早已等候。",
                &["杭州市拱墅区人力社保局"],
            ),
            (
                "新华社北京3月1日电 国务院常务会议召开。",
                &["新华社", "国务院"],
            ),
            // A count or rank before 部/局/团 is no unit; a date naming one is.
            (
                "新中国第一部方言著作，他赢下第三局，八一队获胜。",
                &["八一队"],
            ),
            // A game's deciding set is no bureau; general and branch bureaus are.
            (
                "在决胜局，他连连得手。国家金融监督管理总局和太原铁路分局表示。",
                &["国家金融监督管理总局", "太原铁路分局"],
            ),
            // A leader's name glued to 率 ("leads") is no part of the unit.
            ("省公安厅厅长朱忠明率工作组连夜赶赴现场。", &["省公安厅"]),
            // What someone finds, demands or sends a unit is no trade of it.
            (
                "省检察院发现省法院审理违法。省政府要求各级党委帮助职工。议员建议政府延续措施。",
                &["省检察院", "省法院", "省政府"],
            ),
            // A unit its head names right after (局|局长).
            (
                "房屋局局长何永贤表示，教育厅厅长说。",
                &["房屋局", "教育厅"],
            ),
            // A known 院 before its head's 长 (as 外交部长).
            ("行政院长卓荣泰受访时指出。", &["行政院"]),
            // A known body before 政府 is the body itself.
            ("他获国务院政府特殊津贴。", &["国务院"]),
            // Fields joined by 和 before 委员会 too.
            ("国家发展和改革委员会发布通知。", &["国家发展和改革委员会"]),
            // "New" before a field of the name (新能源, 新材料), not after
            // a person's name.
            (
                "宁德时代新能源科技股份有限公司也披露年报。",
                &["宁德时代新能源科技股份有限公司"],
            ),
            (
                "上海交通大学医学院附属瑞金医院派出医疗队。",
                &["上海交通大学医学院附属瑞金医院"],
            ),
            ("企业党支部一声号召，临时党委立即行动。", &[]),
            // A quoted name is a name; a quoted sentence or slogan is not.
            (
                "他们成立了“绿色家园志愿者协会”。“我们不能让一个孩子掉队”，要求“从严治党”。",
                &["绿色家园志愿者协会"],
            ),
            // A set phrase between a place and the suffix; not an idiom
            // before a name.
            (
                "记者从甘肃省抗震救灾指挥部获悉，老人省吃俭用往银行存钱。",
                &["甘肃省抗震救灾指挥部"],
            ),
            // A department its head names right after, its field generic
            // elsewhere (服务).
            ("交通运输部运输服务司司长说。", &["交通运输部运输服务司"]),
            // A territory's "all" before a kind of unit (全港学校 like 全市学校).
            ("教育局宣布全港学校停课。", &["教育局"]),
            // A kind of goods, not a maker (格力电器 is one).
            ("家用电器零售额增长，格力电器发布公告。", &["格力电器"]),
            ("在党员突击队带动下，生产线高速运转。", &[]),
            ("市直机关党员突击队关键时刻赶到。", &["市直机关党员突击队"]),
            (
                "浙江省科技厅“党员服务先锋队”提供协助。",
                &["浙江省科技厅", "党员服务先锋队"],
            ),
            ("全体干部在大厅集合，部署全局工作。", &[]),
            // 经 "through" (jieba: n) links nothing before the ministry.
            ("目前经邮电部批准组建全国性网络。", &["邮电部"]),
            // Verbs of acting through a body or going to it end a name.
            (
                "要充分发挥总参谋部的作用，江泽民主席抵达参议院。",
                &["总参谋部", "参议院"],
            ),
            // A party's central committee.
            ("农工党中央领导人参加了会议。", &["农工党中央"]),
            // 反 (anti-) begins a name; a body's commission is its own.
            ("据悉，反兴奋剂委员会今天开会。", &["反兴奋剂委员会"]),
            (
                "国际奥委会反兴奋剂委员会今天开会。",
                &["国际奥委会反兴奋剂委员会"],
            ),
            // A kind of unit (an adjective or attribute and the suffix) is
            // no name; a made-up word jieba tags by its last char can be.
            ("省级政府和大型银行参与。", &[]),
            ("唯美公司有253名员工到岗。", &["唯美公司"]),
            ("绿冷集团与多家大型银行签约。", &["绿冷集团"]),
            // A dateline's 本报讯 is not part of the first name after it.
            ("本报讯美国波音公司今天宣布裁员。", &["美国波音公司"]),
            // A source tag's outlet; not 本报's, nor a bracketed title.
            ("【明报专讯】政府昨日发表预算案。\n【本报讯】会议召开。\n【图】大桥通车。", &["明报"]),
            ("青岛电冰箱总厂扭亏为盈。", &["青岛电冰箱总厂"]),
            ("对方大使馆没有回应。", &[]),
            // A preposition glued to the name's head is not part of it.
            ("据市卫健委介绍，门诊已建成。", &["市卫健委"]),
            ("记者从省交通运输厅获悉。", &["省交通运输厅"]),
            ("中联部部长会见代表团。", &["中联部"]),
            (
                "内务部代理部长表示，外交部副部长说。",
                &["内务部", "外交部"],
            ),
            ("2∶0战胜东道主法国队。", &["法国队"]),
            // A rank and taking office are no part of the name.
            ("a组第二名马来西亚男队出线。", &["马来西亚男队"]),
            ("他曾任第一机械工业部部长。", &["第一机械工业部"]),
            ("南非大使馆发表声明。", &["南非大使馆"]),
            ("由该公司负责运营。", &[]),
            // A known body does not grow over a word jieba's HMM made up
            // before it (会议|上作|最高人民检察院, 见图|新华社).
            (
                "他在全国人大二次会议上作最高人民检察院工作报告。邮票见图新华社记者摄。",
                &["全国人大", "最高人民检察院", "新华社"],
            ),
            // Hong Kong's parties by their short names.
            (
                "民建联主席陈克勤表示支持，工联会表示反对。",
                &["民建联", "工联会"],
            ),
            // A party's standing is no part of its name; 民主党 alone is one.
            (
                "最大在野党立宪民主党批评执政党自民党，民主党表示反对。",
                &["立宪民主党", "自民党", "民主党"],
            ),
            // Nor are criminal gangs, nor banks that are cross-border.
            ("涉及一个跨境诈骗集团，加强跨国银行监管。", &[]),
            // A kind of unit by its level is no name, nor a junction area.
            (
                "他们在乡镇卫生院就诊，地处城乡结合部，由市级政府统筹。",
                &[],
            ),
            // A name after a role is the person's, and 代表 is "on behalf
            // of": neither is part of the next unit's name.
            ("中国地震局副局长闵宜仁率工作组赶赴灾区。", &["中国地震局"]),
            (
                "新华社记者张建新中央电视台记者王明报道。",
                &["新华社", "中央电视台"],
            ),
            ("外交部长代表中国政府致辞。", &["外交部", "中国政府"]),
        ];
        for (text, want) in cases {
            assert_eq!(orgs(jieba, &lex, text), *want, "{text}");
        }
    }

    #[test]
    fn names_found_with_the_places_in_them() {
        expect_orgs_among_places(&[
            ("美国国会中的一些保守议员反对。", &["美国国会"]),
            ("伊朗议会当天下午通过了弹劾案。", &["伊朗议会"]),
            ("中国农科院的专家来到田间。", &["中国农科院"]),
            ("中国女篮明天离开北京。", &["中国女篮"]),
            // A registered company: place, a trade name jieba does not know
            // as a noun (鼎盛/z, 安途/x, 正升 made up by its HMM, 南方/f),
            // trade (a verb may begin it: 防护|用品) and legal form. Not a
            // verb between a place and a generic company. The places a
            // sentence puts the company in are no part of it (孝义市|山西).
            (
                "杭州鼎盛科技有限公司、宁波安途防护用品有限公司、\
                 山西省孝义市山西汾西正升煤业有限责任公司和中国南方航空股份有限公司。\
                 在杭州成立公司。",
                &[
                    "杭州鼎盛科技有限公司",
                    "宁波安途防护用品有限公司",
                    "山西汾西正升煤业有限责任公司",
                    "中国南方航空股份有限公司",
                ],
            ),
            // A trade name jieba left as single chars (鑫|禾|佳), a
            // farmers' cooperative with its trade (棉花|种植); not a
            // function char.
            (
                "苏州鑫禾佳食品有限公司生产，阿瓦提县众鑫棉花种植农民专业合作社收购。",
                &["苏州鑫禾佳食品有限公司", "阿瓦提县众鑫棉花种植农民专业合作社"],
            ),
            ("苏州的食品有限公司生产。", &["食品有限公司"]),
            // A branch agency.
            (
                "经济部水利署第九河川分署分署长许世孟表示。",
                &["经济部水利署第九河川分署"],
            ),
            // Units jieba tags as set phrases (发展局/l, 有线电视台/l), with
            // their head after or their place before; not 怎么办.
            (
                "城乡发展局局长表示，北京有线电视台播出，中国怎么办？",
                &["城乡发展局", "北京有线电视台"],
            ),
            // A city named without its 市, which jieba glued to the
            // government (悉尼|市政府); not a province's own 省 again.
            (
                "悉尼市政府今天宣布，浙江省省政府发文。",
                &["悉尼市政府", "省政府"],
            ),
            // An abbreviated bureau jieba's HMM cut apart after its place;
            // a farmers' association.
            (
                "成都市住建局副局长周建军说，麻豆区农会总干事表示。",
                &["成都市住建局", "麻豆区农会"],
            ),
            // The same headed by a one-char 市 or 区, both halves made up by
            // jieba's HMM (市住|建局, 区教|体局).
            ("市住建局和区教体局联合发文。", &["市住建局", "区教体局"]),
            // Administrative committees and residents' committees.
            (
                "良渚遗址管委会副主任表示，东升居委会将配合，国际泳联执委会开会。",
                &["良渚遗址管委会", "东升居委会", "国际泳联执委会"],
            ),
            // Hong Kong's departments, one with a particle jieba glued on
            // (消防|处及); a known body's institute and school are its own.
            (
                "消防处及入境处派员协助。中国科学院软件研究所和香港海关训练学校表示。",
                &[
                    "消防处",
                    "入境处",
                    "中国科学院软件研究所",
                    "香港海关训练学校",
                ],
            ),
            // A known body's unit is named with it (the body in one word or,
            // 自然资源|部, two), and with the body's country; a place whose
            // affairs it handles is its field. Whole
            // names in a row are so many bodies, and a body acting with or
            // for another (会同, 委托) is no part of the other's name.
            (
                "国务院港澳事务办公室发言人表示，泰国国会法制委员会当天通过法案，\
                 联合国人权中心发表报告，自然资源部国土空间规划局局长说。\
                 财政部会同国家发展改革委印发通知，教育部卫生部联合发文，\
                 中组部全国总工会联合表彰。中宣部湖南省委联合举办报告会。\
                 工商银行河南省分行和国家统计局北京调查总队发布数据。",
                &[
                    "国务院港澳事务办公室",
                    "泰国国会法制委员会",
                    "联合国人权中心",
                    "自然资源部国土空间规划局",
                    "财政部",
                    "国家发展改革委",
                    "教育部",
                    "卫生部",
                    "中组部",
                    "全国总工会",
                    "中宣部",
                    "湖南省委",
                    "工商银行河南省分行",
                    "国家统计局北京调查总队",
                ],
            ),
            // A holder's term (第三任) or a time (第三次) is no part of a
            // name; a body's term is its own whatever place it names.
            (
                "他是第三任足球协会主席，这是第三次中国农业大学代表团来访，\
                 政协黑龙江省第八届委员会发来贺信。",
                &["足球协会", "中国农业大学代表团", "政协黑龙江省第八届委员会"],
            ),
            // A body's numbered units (中铁|十一|局, 武警|河北|总队|五|支队),
            // with the body's name; not a count (派出|一|代表团, 作品|十四|部).
            (
                "中铁十一局集团有限公司承建，武警河北总队五支队官兵赶到，\
                 山东电建一公司中标。向该国派出一代表团，评出获奖作品十四部。",
                &[
                    "中铁十一局集团有限公司",
                    "武警河北总队五支队",
                    "山东电建一公司",
                ],
            ),
            // Observatories; what is sent to one names none.
            (
                "北京市气象台发布预警，香港天文台发出警告。他把科幻小说寄到天文台。",
                &["北京市气象台", "香港天文台"],
            ),
            // A ministry's department named for its task, verb and all.
            ("外交部应对气候变化司司长说。", &["外交部应对气候变化司"]),
            ("海关总署统计分析司司长介绍。", &["海关总署统计分析司"]),
            // A bureau's field unit is the bureau's, and so is its committee.
            (
                "长沙市公安局交警支队党委获得表彰，西湖区分局刑警大队破案。",
                &["长沙市公安局交警支队党委", "西湖区分局刑警大队"],
            ),
            // A branch named for its place is the unit of the body before it.
            (
                "浙江省杭州市公安局西湖区分局发布通报。",
                &["浙江省杭州市公安局西湖区分局"],
            ),
            // A field jieba tags as adjectives (卫生/an 健康/a).
            ("德清县卫生健康局表示，平台已上线。", &["德清县卫生健康局"]),
            // Two fields joined by 和, the second in the suffix's own word.
            (
                "杭州市住房和城乡建设局局长说，市人力资源和社会保障局表示，\
                 深圳市住房和建设局发布通知，越南计划和投资部下达通知，\
                 驻军和人武部配合，加州贸易和商业局公布数字。",
                &[
                    "杭州市住房和城乡建设局",
                    "市人力资源和社会保障局",
                    "深圳市住房和建设局",
                    "越南计划和投资部",
                    "人武部",
                    "商业局",
                ],
            ),
            // The kind of organ before a place-named unit is no part of it.
            (
                "公诉机关浙江省杭州市人民检察院。市直机关党员突击队赶到。",
                &["浙江省杭州市人民检察院", "市直机关党员突击队"],
            ),
            // Relations, fields and roles jieba also tags nt.
            ("发展中美关系需要两国共同努力。", &[]),
            ("同行们对中国航天的成功感到惊讶。", &[]),
            ("他当选为中央政治局常委。", &["中央政治局"]),
            ("货车到了金湖一桥加油站。", &[]),
            // A body's short name after its place; a product or team name
            // between a place and a one-char suffix.
            ("天津市妇联为广开就业路积极奔走。", &["天津市妇联"]),
            ("也感动了福建省和漳州市教委。", &["漳州市教委"]),
            ("西藏自治区科协正在这里举办活动。", &["西藏自治区科协"]),
            ("郑州蝶阀厂的创业者们接了任务。", &["郑州蝶阀厂"]),
            ("广州太阳神队与对手打成平局。", &["广州太阳神队"]),
            ("北京社会各界人士出席。", &[]),
            ("他当选为北京市常委。", &[]),
            // A bureau named for the fields it governs, after its place;
            // 和 joins two fields; a unit's own word or a verb's 办 is none.
            (
                "深圳市工业和信息化局副局长黄立新介绍，定西市农业农村局统计。",
                &["深圳市工业和信息化局", "定西市农业农村局"],
            ),
            // A field jieba reads as a set phrase (自然资源/l), after a
            // place or a division's level alone; an idiom is none.
            (
                "四川省自然资源厅发布通知，省自然资源厅和省抗震救灾指挥部。资不抵债银行。",
                &["四川省自然资源厅", "省自然资源厅", "省抗震救灾指挥部"],
            ),
            (
                "德国研究与技术部长说，银行和证券公司都来了。",
                &["德国研究与技术部"],
            ),
            ("南山区工商分局办免费阅览室。", &["南山区工商分局"]),
            // The central state heads a bureau as a place does; a stop
            // word is no name when growth took all of it.
            ("中央气象署表示，台风中心于凌晨出海。", &["中央气象署"]),
            ("北京市教育考试院相关负责人介绍。", &["北京市教育考试院"]),
            // A budget year is no part of the government's name.
            ("三读通过114年度中央政府总预算案。", &["中央政府"]),
            // A town jieba cut apart (狮|山镇) names its 镇党委; a lone
            // char inside a word does not (协|商会).
            ("狮山镇党委书记梁伟文表示。", &["狮山镇党委"]),
            ("双方协商会谈的安排。", &[]),
            // A kind of school or union alone is no name, but a place name
            // right before it names one; not a government by its time, a country's initial or a level of schools.
            (
                "他考入南京医学院，又到北京农学院和福州市总工会。",
                &["南京医学院", "北京农学院", "福州市总工会"],
            ),
            (
                "捷克新政府成立，以色列现政府应当实施，北大与美商学院结盟，庄河中小学重视写字。",
                &["北大"],
            ),
            // A ministry's department (司), named with the ministry; not a
            // boss (上司) nor a Japanese given name jieba tags as a name's
            // (白圭|司).
            ("农业部市场信息司司长闵耀良说。", &["农业部市场信息司"]),
            ("国家统计局城市司首席统计师说。", &["国家统计局城市司"]),
            ("他的顶头上司来了，打了一场官司。", &[]),
            ("日本名将白圭司创造了纪录。", &[]),
            // A proper name jieba's HMM made up and tagged as a numeral
            // (西九), not a demonstrative with one (这一).
            (
                "西九文化区管理局行政总裁表示，中国驻日大使馆举办招待会。",
                &["西九文化区管理局", "中国驻日大使馆"],
            ),
            ("必须围绕这一中心任务，这一基金支持学生。", &[]),
            // A school a city numbers; not a court, a plenum or a centre.
            (
                "来自成都七中和南丰县一中的学生，学习北京三中全会精神，北京三中院判决。",
                &["成都七中", "南丰县一中"],
            ),
            // A quarter before its subject, joining a team: no names.
            (
                "第三季度公司推出新车。今年1月加盟球队，他去年加盟江苏三毛集团。",
                &["江苏三毛集团"],
            ),
            // Court divisions and organising committees; not the first
            // of a kind.
            (
                "郑州市中原区人民法院行政审判庭开庭。长野冬奥会组委会宣布。省防指派出工作组。山东省第一个女子行政审判庭成立。",
                &["郑州市中原区人民法院行政审判庭", "长野冬奥会组委会", "省防指"],
            ),
            // 处 as the word that ends fields a division heads; not a
            // spot (人流密集处, a street's crossing).
            (
                "由深圳市法律援助处指派，市人流密集处有警察，北京路交叉路口处有天桥。",
                &["深圳市法律援助处"],
            ),
            // A bureau before its head read as one word (Taiwan's 局長);
            // not a given name before the head, nor 当局 before 长期.
            (
                "台北市都市发展局长粘文彦答询。社会局长阚立平说明。海关调查局茹水泉局长说。当局长期不管。",
                &["台北市都市发展局", "社会局", "海关调查局"],
            ),
            // A unit and its division named right after it are one name;
            // not a second body of its own level, place or name, nor a
            // party.
            (
                "成都市公安局交通管理局在全市开展。南昌市国税局稽查分局依法治税。",
                &["成都市公安局交通管理局", "南昌市国税局稽查分局"],
            ),
            (
                "党中央国务院关心。财政部国家计委公布。中宣部总政治部湖南省委联合举办。众议院左翼民主党开会。",
                &[
                    "党中央",
                    "国务院",
                    "财政部",
                    "国家计委",
                    "中宣部",
                    "总政治部湖南省委",
                    "众议院",
                    "左翼民主党",
                ],
            ),
            // A division's suffix jieba cut from its name heads the unit
            // with it; a lone abbreviation still starts one (省政府).
            (
                "綦江区人民医院派出救护车。双龙镇政府还摸底。浙江省委省政府部署。",
                &["綦江区人民医院", "双龙镇政府", "浙江省委", "省政府"],
            ),
            // A one-char head jieba's HMM glued to a function word before
            // it or to the field after it, or left standing alone; not a
            // town's 市 (练市).
            (
                "据县农业农村局统计，县疾控中心、县农商行参与，县民政局发放，湖州练市针织制衣厂开工。",
                &[
                    "县农业农村局",
                    "县疾控中心",
                    "县农商行",
                    "县民政局",
                    "湖州练市针织制衣厂",
                ],
            ),
            // Two fields before 和 or 与, the second's word holding the
            // suffix, one an abbreviation (广电/nz).
            (
                "沧州市文化广电和旅游局联合主办。荷兰社会事务与就业部签署协议。",
                &["沧州市文化广电和旅游局", "荷兰社会事务与就业部"],
            ),
            // A member of a unit's party group: the unit.
            (
                "据省生态环境厅党组成员、副厅长王明介绍。",
                &["省生态环境厅"],
            ),
            // A preposition jieba glued to the suffix (局对).
            ("邢台市生态环境局对该企业处以罚款。", &["邢台市生态环境局"]),
            // A government's department or delegation is named with it; a
            // government before another is a second one.
            (
                "四川省人民政府新闻办公室举行发布会。澳门特别行政区政府旅游局公布数据。",
                &["四川省人民政府新闻办公室", "澳门特别行政区政府旅游局"],
            ),
            (
                "中国政府代表团抵达。中国政府中非政府联合公报。",
                &["中国政府代表团", "中国政府", "中非政府"],
            ),
            // The fields an institute studies, joined by 与.
            (
                "中国科学院上海微系统与信息技术研究所、中国社科院数量与技术经济研究所",
                &[
                    "中国科学院上海微系统与信息技术研究所",
                    "中国社科院数量与技术经济研究所",
                ],
            ),
            // A ministry's fields joined by 和 at a clause's head, its 部
            // glued to the next char by jieba's HMM (部等).
            (
                "公安部、工业和信息化部等部门将联合开展行动。",
                &["公安部", "工业和信息化部"],
            ),
            // A school's fields, one an abbreviation to jieba, joined by 及.
            (
                "香港大学经济及工商管理学院教授提醒。",
                &["香港大学经济及工商管理学院"],
            ),
            // A governing unit's field right after the body it is part of.
            (
                "内政部消防署指出，长江水利委员会监理部副总监说。",
                &["内政部消防署", "长江水利委员会监理部"],
            ),
            // A name jieba knows whole does not take in the verb before it.
            (
                "中国队将于10月15日客场挑战澳大利亚队。当地报纸援引菲卫生部的报告。",
                &["中国队", "澳大利亚队", "菲卫生部"],
            ),
            // 处 names a division only right before its head.
            (
                "航班时刻处处长介绍，和平共处，不远处，团中央书记处书记说。",
                &["航班时刻处", "团中央"],
            ),
            // 总署 and 总处 are suffixes of their own (地政|总署, 主计|总处).
            (
                "地政总署发言人说，行政院主计总处公布数据。",
                &["地政总署", "行政院", "主计总处"],
            ),
            // Founding one is no name (建设|工厂, 新建|学校).
            ("已在巴西等地建设工厂，不能再新建学校。", &[]),
            (
                "需求涌向生产企业传化集团，联想集团发布财报。",
                &["传化集团", "联想集团"],
            ),
            // A central task and the hub a place becomes are no bodies.
            (
                "推动香港成为中外文化艺术交流中心，把扶贫作为农村中心任务。",
                &[],
            ),
            // A university's school or institute is named with it.
            (
                "清华大学环境学院教授认为，原北京大学理论物理研究所所长。",
                &["清华大学环境学院", "北京大学理论物理研究所"],
            ),
            // A registered company's trades may be verbs, several in a row.
            (
                "另据中国证券登记结算有限责任公司数据。",
                &["中国证券登记结算有限责任公司"],
            ),
            // A company's brand before its field and suffix, and the
            // brand's place, but nothing before that.
            (
                "华为投资控股有限公司发布年报，电吹风珠海飞利浦家庭电器有限公司生产。",
                &["华为投资控股有限公司", "珠海飞利浦家庭电器有限公司"],
            ),
        ]);
    }
}
