//! People: surname + given name grammar, with titles.
//!
//! jieba's `nr` tag alone is not enough: it tags 小雨, 多云, 周密 as names and
//! glues names to the next character (金政说 is one `nr` token). So names are
//! read on the characters — a surname from `data/surnames.txt` and one or two
//! given-name characters — and kept only when the context confirms them: a
//! role before (永康市委书记金政) or after (王海队长), a speech verb after,
//! a byline (（记者 周文涛）), a list with a confirmed name, or jieba's name
//! tag for a frequent surname (not on a two-char word of its dictionary:
//! 夏粮, 查明 and 廉政 are tagged nr there). A name confirmed once is then found at every
//! other mention in the document. Token boundaries decide how long the given
//! name is (杨敏 in 杨敏高兴地, 付天红 in 付天红心里).

use crate::extract::charset::char_set;
use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};

use super::spans::Spans;
use super::wordset::{CharBits, WordSet};

use crate::report::{Fact, Kind};
use crate::segment::Doc;

const SURNAMES: &str = include_str!("../../data/surnames.txt");
const TITLES: &str = include_str!("../../data/titles.txt");
const STOP: &str = include_str!("../../data/person-stop.txt");
const FAMOUS: &str = include_str!("../../data/person-names.txt");
const ELEMENTS: &str = include_str!("../../data/name-elements.txt");

/// Surnames, titles and the words that look like names but are not.
pub struct Lexicon {
    surnames: &'static Surnames,
    roles: WordSet,
    descriptors: WordSet,
    after: WordSet,
    stop: WordSet,
    /// Malaysia's honorifics ([`MALAYSIAN_HONORIFICS`]).
    honorifics: WordSet,
    /// Well-known people (邓小平, 马克思), names wherever they start a word.
    famous: WordSet,
    max_famous: usize,
    /// Elements of names without a surname (`data/name-elements.txt`).
    elements: WordSet,
    max_element: usize,
    max_title: usize,
    /// The last chars of the roles: a role ends before a char only if it
    /// is one of these (a bit test before the word walk).
    role_lasts: CharBits,
}

/// The words of each `[section]` of a data file (white space separated,
/// `#` comments), in file order.
pub(crate) fn sections(data: &'static str) -> HashMap<&'static str, Vec<&'static str>> {
    let mut out: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    let mut current = "";
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') {
            current = &line[1..line.len() - 1];
            continue;
        }
        out.entry(current)
            .or_default()
            .extend(line.split_whitespace());
    }
    out
}

/// Looks `chars` up in a set of words without allocating.
#[inline(always)]
pub(crate) fn contains(set: &WordSet, chars: &[char]) -> bool {
    set.contains(chars)
}

/// Longest word of `set` (up to `max` chars) that ends exactly at `end`.
#[inline(always)]
pub(crate) fn longest_ending(set: &WordSet, chars: &[char], end: usize, max: usize) -> usize {
    set.longest_ending(chars, end, max)
}

/// Longest word of `set` (up to `max` chars) that starts exactly at `start`.
#[inline(always)]
pub(crate) fn longest_starting(set: &WordSet, chars: &[char], start: usize, max: usize) -> usize {
    set.longest_starting(chars, start, max)
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{2ffff}')
}

/// Characters that (almost) never belong to a given name: particles,
/// pronouns, prepositions, measure and administrative words. A name never
/// runs over them (王海说 → 王海, 吴兴区 is no name).
const NOT_GIVEN: &str = "摄副的了着过们说是姓在和与及等也就都又还把被这那么吗呢吧啊之其所个到对从向给让将已再才只并但而或于以为不没很最更太每各该此年月日号市省县区镇乡村州讲问称认找看去做别里后局厅部委院所队组司党记员处地得要会能如若即则虽因比跟率性者式型类额说你我他她它您啥谁哪些";

/// Speech and stance verbs that confirm the name before them (王海说：).
const SPEECH: [&str; 42] = [
    "说",
    "表示",
    "介绍",
    "告诉",
    "坦言",
    "回忆",
    "指出",
    "强调",
    "认为",
    "称",
    "透露",
    "感慨",
    "解释",
    "说道",
    "笑着说",
    "直言",
    "建议",
    "呼吁",
    "提醒",
    "补充",
    "坦承",
    "回答",
    "问",
    "谈到",
    "提到",
    "相信",
    "希望",
    "承认",
    "表态",
    "发言",
    "讲话",
    "叮嘱",
    "感叹",
    "笑称",
    "写道",
    "答",
    "道",
    "宣布",
    "证实",
    "评价",
    "批评",
    "警告",
];

/// Characters after a name that end it even when jieba glued them on
/// (金政说, 王海在).
const FOLLOWERS: &str = "说的和与及等在是也就都又还把被对向从给让将已才曾带找到称则";

/// The surnames of `data/surnames.txt`, parsed once for the process: the
/// person grammar reads them through [`Lexicon`], segment through
/// [`is_single_surname`].
struct Surnames {
    common: FxHashSet<char>,
    rare: FxHashSet<char>,
    double: FxHashSet<(char, char)>,
    /// Every char that can begin a surname (a filter before the hash sets:
    /// most chars begin none).
    firsts: CharBits,
}

fn surnames() -> &'static Surnames {
    static SURNAME_SETS: std::sync::OnceLock<Surnames> = std::sync::OnceLock::new();
    SURNAME_SETS.get_or_init(|| {
        let s = sections(SURNAMES);
        let rare: FxHashSet<char> = s
            .get("rare")
            .into_iter()
            .flatten()
            .filter_map(|w| w.chars().next())
            .collect();
        let common: FxHashSet<char> = s
            .get("common")
            .into_iter()
            .flatten()
            .filter_map(|w| w.chars().next())
            .filter(|c| !rare.contains(c))
            .collect();
        let double: FxHashSet<(char, char)> = s
            .get("double")
            .into_iter()
            .flatten()
            .filter_map(|w| {
                let mut it = w.chars();
                Some((it.next()?, it.next()?))
            })
            .collect();
        let mut firsts = CharBits::new();
        for &c in common.iter().chain(&rare) {
            firsts.insert(c);
        }
        for &(c, _) in &double {
            firsts.insert(c);
        }
        Surnames {
            common,
            rare,
            double,
            firsts,
        }
    })
}

/// Is `c` a one-character surname (common or rare)? For callers without a
/// [`Lexicon`] (segment tags unknown words after a surname as names).
pub(crate) fn is_single_surname(c: char) -> bool {
    let s = surnames();
    s.common.contains(&c) || s.rare.contains(&c)
}

impl Lexicon {
    pub fn load() -> Lexicon {
        let t = sections(TITLES);
        let set = |k: &str| -> WordSet { t.get(k).into_iter().flatten().copied().collect() };
        let roles = set("role");
        let descriptors = set("descriptor");
        let after = set("after");
        let max_title = roles
            .iter()
            .chain(descriptors.iter())
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(1);
        let mut role_lasts = CharBits::new();
        for w in roles.iter() {
            if let Some(c) = w.chars().last() {
                role_lasts.insert(c);
            }
        }
        let stop = sections(STOP).into_values().flatten().collect();
        let famous: WordSet = sections(FAMOUS).into_values().flatten().collect();
        let max_famous = famous.max_len().max(1);
        let elements: WordSet = sections(ELEMENTS).into_values().flatten().collect();
        let max_element = elements.max_len().max(1);
        Lexicon {
            honorifics: MALAYSIAN_HONORIFICS.iter().copied().collect(),
            famous,
            max_famous,
            elements,
            max_element,
            surnames: surnames(),
            roles,
            descriptors,
            after,
            stop,
            max_title,
            role_lasts,
        }
    }

    /// Length of the surname at `i` (2 for 欧阳), or 0. Asked at almost
    /// every char: the bitmap test, which answers most, is inlined into the
    /// caller, the set lookups are a call.
    #[inline(always)]
    fn surname_at(&self, chars: &[char], i: usize) -> usize {
        if !self.surnames.firsts.has(chars[i]) {
            return 0;
        }
        self.surname_of_first(chars, i)
    }

    /// `surname_at` for a char that may begin a surname.
    #[inline(never)]
    fn surname_of_first(&self, chars: &[char], i: usize) -> usize {
        if i + 1 < chars.len() && self.surnames.double.contains(&(chars[i], chars[i + 1])) {
            2
        } else if is_single_surname(chars[i]) {
            1
        } else {
            0
        }
    }

    /// The length of the Malaysian honorific ending at `end`, if one does
    /// (the caller takes 敦 alone, as in 伦敦, only after a role). Its last
    /// char is tested first: the question is asked at every name.
    fn honorific_ending(&self, chars: &[char], end: usize) -> Option<usize> {
        if end == 0 || !matches!(chars[end - 1], '里' | '督' | '汀' | '敦') {
            return None;
        }
        Some(longest_ending(&self.honorifics, chars, end, 4)).filter(|&h| h > 0)
    }

    /// The length of the Malaysian honorific starting at `i`: 敦 only right
    /// after a role (前首相敦马哈迪), where it cannot be 敦促 or 伦敦.
    /// Asked at every char: inlined, so the common answer costs one test.
    #[inline(always)]
    fn honorific_starting(&self, chars: &[char], i: usize) -> Option<usize> {
        if !matches!(chars[i], '拿' | '丹' | '敦') {
            return None;
        }
        let h = longest_starting(&self.honorifics, chars, i, 4);
        (h > 1 || (h == 1 && longest_ending(&self.roles, chars, i, self.max_title) > 0))
            .then_some(h)
    }

    /// The role or descriptor ending at `end` (white space before the name
    /// skipped, as in bylines): (start, end, is_role).
    fn title_before(&self, chars: &[char], end: usize) -> Option<(usize, usize, bool)> {
        let mut e = end;
        while e > 0 && matches!(chars[e - 1], ' ' | '\u{3000}' | '\t') {
            e -= 1;
        }
        // 首相拿督斯里安华: Malaysia's honorifics stand between the role
        // and the name; alone, they are the title.
        if let Some(h) = self.honorific_ending(chars, e) {
            let r = longest_ending(&self.roles, chars, e - h, self.max_title);
            if r > 0 {
                return Some((e - h - r, e - h, true));
            }
            if h > 1 {
                return Some((e - h, e, false));
            }
        }
        let r = longest_ending(&self.roles, chars, e, self.max_title);
        let d = longest_ending(&self.descriptors, chars, e, self.max_title);
        if r == 0 && d == 0 {
            return None;
        }
        Some(if r >= d {
            (e - r, e, true)
        } else {
            (e - d, e, false)
        })
    }
}

/// Malaysia's federal and state honorifics: Dato' Sri, Datin Sri, Tan Sri,
/// Datuk, Datin, Tun.
const MALAYSIAN_HONORIFICS: [&str; 6] = ["拿督斯里", "拿汀斯里", "丹斯里", "拿督", "拿汀", "敦"];

pub(super) fn is_name_tag(tag: &str) -> bool {
    matches!(tag, "nr" | "nrfg" | "nrt")
}

/// A possible name at `start..end` with what confirms it.
struct Candidate {
    start: usize,
    end: usize,
    strong: bool,
    title: Option<(usize, usize)>,
}

/// Last chars of place names (荣昌区, 青山湖): a word ending in one follows
/// no name and ends none.
const PLACE_UNITS: &str = "区市县省镇乡村州路街港湾河江湖山岛";

/// Landforms named after a transliterated name (艾特肯盆地, 阿尔卑斯山脉):
/// the name before them is the place's, not a person's.
pub(crate) const LANDFORMS: [&str; 14] = [
    "盆地", "山脉", "平原", "高原", "海峡", "群岛", "半岛", "沙漠", "峡谷", "运河", "山", "河",
    "湖", "岛",
];

/// Places and buildings named after a person (罗兰·加洛斯球场, 肯尼迪机场):
/// the name before them is the place's.
const FACILITIES: [&str; 9] = [
    "球场",
    "体育场",
    "体育馆",
    "机场",
    "广场",
    "大街",
    "大道",
    "大桥",
    "公园",
];

/// Does a word of [`FACILITIES`] start at `e`?
fn facility_at(chars: &[char], e: usize) -> bool {
    one_of_at(chars, e, &FACILITIES)
}

/// Does one of `words` start at `e`?
fn one_of_at(chars: &[char], e: usize, words: &[&str]) -> bool {
    words.iter().any(|w| {
        w.chars().count() <= chars.len() - e && w.chars().zip(&chars[e..]).all(|(a, &b)| a == b)
    })
}

/// Words ending in a place unit that no place's name precedes: a name
/// before them is a person's (张稀哲禁区外远射).
const UNNAMED_AREAS: [&str; 4] = ["禁区", "误区", "盲区", "雷区"];

/// The space a byline parts its role and names by (（记者 苏沐阳）): ASCII
/// or ideographic.
fn is_byline_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}')
}

/// Does a name in a byline or a list end at `e` (（记者 樊若溪）, （记者
/// 苏沐阳 通讯员 …）, 记者王明、刘波)?
fn byline_break(chars: &[char], e: usize) -> bool {
    matches!(chars.get(e), Some('）' | ')' | ' ' | '\u{3000}' | '、'))
}

/// The names of a byline that parts them by spaces (（记者 钟予晴 郗文博）,
/// （本报记者 樊若林 通讯员 贝立群）): each two to four Han chars between the
/// spaces and the closing bracket that begin with a surname or are written
/// in the chars of Uyghur names (阿依努尔), and end in no role (高级记者).
/// Sorted.
fn byline_names(lex: &Lexicon, chars: &[char]) -> Vec<(usize, usize)> {
    const MAX_AGENCY: usize = 8;
    let mut out = Vec::new();
    let mut p = 0;
    while let Some(k) = chars[p..]
        .windows(3)
        .position(|w| w[0] == '记' && w[1] == '者' && is_byline_space(w[2]))
    {
        let role = p + k;
        p = role + 3;
        // An opening bracket and the agency's name before the role.
        let Some(open) = (role.saturating_sub(MAX_AGENCY)..role)
            .rev()
            .find(|&q| !is_han(chars[q]))
        else {
            continue;
        };
        if !matches!(chars[open], '（' | '(') {
            continue;
        }
        let mut names = Vec::new();
        let mut q = p;
        let closed = loop {
            if q >= chars.len() {
                break false;
            }
            let c = chars[q];
            if matches!(c, '）' | ')') {
                break true;
            }
            if is_byline_space(c) {
                q += 1;
                continue;
            }
            let e = q + chars[q..].iter().take_while(|&&c| is_han(c)).count();
            if e == q {
                break false;
            }
            let word = &chars[q..e];
            if (2..=4).contains(&word.len())
                && longest_ending(&lex.roles, chars, e, lex.max_title) == 0
                && (lex.surname_at(chars, q) > 0 || word.iter().all(|&c| dotted_name_char(c)))
            {
                names.push((q, e));
            }
            q = e;
        };
        if closed {
            out.extend(names);
            p = q;
        }
    }
    out
}

/// Is `s..e` a three-char name that begins with a two-char place word
/// (院长|韩国|瑜|下午, 主席|朝鲜|明|说)? Only right after a role, with its last
/// char a word of its own that no place, unit or function char is, and the
/// name a whole before what follows: a role does not stand before a place.
/// Or one that begins with a country's one-char abbreviation between a role
/// and a speech verb (董事长|韩|宏伟|介绍).
fn name_over_place(doc: &Doc, lex: &Lexicon, s: usize, e: usize) -> bool {
    let chars = &doc.chars;
    // A byline parts its role from the name by a space (（记者 苏沐阳）).
    let right_after = |te: usize| te == s || (te + 1 == s && is_byline_space(chars[te]));
    if e != s + 3 || !matches!(lex.title_before(chars, s), Some((_, te, true)) if right_after(te)) {
        return false;
    }
    // A country's one-char abbreviation between a role and a speech verb
    // (董事长|韩|宏伟|介绍): the surname of a three-char name.
    // Or before a follower a name takes (外长|韩|致远|在|巴西利亚), the given
    // name one word of its own, no abbreviation (会长|中|美日|在: a list).
    let given_word = || {
        doc.token_at(s + 1).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == s + 1 && t.end == e && !matches!(t.tag, "j" | "ns")
        })
    };
    let abbreviation = doc.token_at(s).is_some_and(|k| {
        let t = doc.tokens[k];
        t.start == s && t.end == s + 1 && matches!(t.tag, "j" | "ns")
    }) && doc.is_boundary(e)
        && (speech_at(chars, e)
            || byline_break(chars, e)
            || (chars
                .get(e)
                .is_some_and(|&c| char_set!(FOLLOWERS).contains(c))
                && given_word()));
    // A two-char word of one of `tags` at `s`, then one token to `e`: that
    // token.
    let after_place_word = |tags: &[&str]| {
        let k = doc.token_at(s)?;
        let (place, last) = (doc.tokens[k], *doc.tokens.get(k + 1)?);
        (place.start == s
            && place.end == s + 2
            && tags.contains(&place.tag)
            && last.start == s + 2
            && last.end == e)
            .then_some(last)
    };
    // A two-char place word and a name-like last char (院长|韩国|瑜).
    let place_word = after_place_word(&["ns"])
        .is_some_and(|t| matches!(t.tag, "nr" | "nrfg" | "x" | "zg" | "ng" | "g"))
        && doc.is_boundary(e)
        && !char_set!(FOLLOWERS).contains(chars[e - 1])
        && !char_set!(PLACE_UNITS).contains(chars[e - 1])
        && !matches!(chars[e - 1], '人' | '方');
    // Between the role and a speech verb, any one-char word after a
    // region's word (副镇长|关中/s|秋/t|介绍说: 关中 the region, 中秋 the
    // festival; here 关, a surname rare enough to need such a frame).
    let framed_place_word =
        after_place_word(&["ns", "s"]).is_some() && is_han(chars[s + 2]) && speech_at(chars, e);
    // A role's last char jieba read into a place word with the surname
    // (外|长沙|伦赛: 外长, then 沙伦赛), the given name a made-up word.
    let role_in_place = role_in_place(doc, lex, s)
        && doc.token_at(s + 1).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == s + 1 && t.end == e && doc.is_guessed(&t)
        })
        && doc.is_boundary(e);
    abbreviation || place_word || framed_place_word || role_in_place
}

/// Does a role end at `s` with its last char in a two-char place word
/// jieba made of it and the char at `s` (外|长沙|伦赛: 外长, then 沙)?
fn role_in_place(doc: &Doc, lex: &Lexicon, s: usize) -> bool {
    s >= 2
        && doc.token_at(s).is_some_and(|k| {
            let place = doc.tokens[k];
            place.start + 1 == s && place.end == s + 1 && place.tag == "ns"
        })
        && role_ends_at(lex, &doc.chars, s)
        // The role begins a word (外|长沙): not 全县|长江|干堤, where its
        // first char ends another word (全县) and the place is the place.
        && lex
            .title_before(&doc.chars, s)
            .is_some_and(|(ts, _, _)| doc.is_boundary(ts))
}

/// Does the text at `pos` begin with a speech verb?
fn speech_at(chars: &[char], pos: usize) -> bool {
    static VERBS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    let verbs = VERBS.get_or_init(|| SPEECH.iter().map(|v| v.chars().collect()).collect());
    // Most chars begin no speech verb: one bit test before the 40 words.
    let verb_at = |p: usize| {
        p < chars.len()
            && char_set!(SPEECH_FIRSTS).contains(chars[p])
            && verbs.iter().any(|v| chars[p..].starts_with(v))
    };
    // 石大勇笑着说 (a verb of its own that begins with 笑), then 陈捷也说,
    // 王海笑说: one adverb between the name and the verb.
    verb_at(pos)
        || (pos < chars.len()
            && char_set!("也还又则就便却笑曾再").contains(chars[pos])
            && verb_at(pos + 1))
}

/// The first chars of [`SPEECH`] (pinned by a test).
const SPEECH_FIRSTS: &str =
    "说表介告坦回指强认称透感解笑直建呼提补问谈相希承发讲叮写答道宣证评批警";

/// Does a speech verb of two chars or more start at `e` inside a dictionary
/// word jieba made of the char before and the verb's first (林岳|平坦|言
/// for 林岳平|坦言)? Not a one-char verb (记者龚雯|报道: 道 is no verb there).
fn speech_split(doc: &Doc, e: usize) -> bool {
    static VERBS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        SPEECH
            .iter()
            .map(|v| v.chars().collect::<Vec<_>>())
            .filter(|v| v.len() >= 2)
            .collect()
    });
    verbs.iter().any(|v| doc.chars[e..].starts_with(v))
        && doc.token_at(e - 1).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start + 1 == e && t.end == e + 1
        })
}

/// Is `end` a possible end of a name starting at `start`? A token boundary,
/// or inside a token that starts within the name and continues with a
/// follower character (jieba's 金政说).
fn end_ok(doc: &Doc, start: usize, end: usize) -> bool {
    if doc.is_boundary(end) {
        return true;
    }
    match doc.token_at(end) {
        Some(i) => {
            doc.tokens[i].start >= start
                && (char_set!(FOLLOWERS).contains(doc.chars[end])
                    // 王毅同|南非: "with" glued to the whole name (not
                    // 许多|老同志).
                    || (matches!(doc.chars[end], '同' | '跟') && doc.tokens[i].start == start)
                    || credit_at(&doc.chars, end)
                    || verb_before_zhe(doc, i, end)
                    || leads(doc, start, end)
                    // 任命|张伟为|…副主任: the appointee, 为 glued on.
                    || (doc.chars[end] == '为' && appointee(&doc.chars, start, end).is_some()))
        }
        None => true,
    }
}

/// Does a place found start at `end`, with jieba's word over the char before
/// it running into it (沈佩|瑶台|北: 台北 starts after 瑶)?
fn glued_place(doc: &Doc, places: &Spans, end: usize) -> bool {
    end > 0
        && places.starts_at(end)
        && doc.token_at(end - 1).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == end - 1 && t.end > end
        })
}

/// Does a photographer's credit close at `end` (（张三|摄）)?
fn credit_at(chars: &[char], end: usize) -> bool {
    chars.get(end) == Some(&'摄') && matches!(chars.get(end + 1), Some('）' | ')'))
}

/// Does `（化名）` follow at `end` (郑桂兰（化名）)? A name given in place of
/// a real one is a name.
fn alias_at(chars: &[char], end: usize) -> bool {
    chars.len() >= end + 4
        && matches!(chars[end], '（' | '(')
        && chars[end + 1..end + 3] == ['化', '名']
        && matches!(chars[end + 3], '）' | ')')
}

/// Does a three-char name at `start..end` end inside a word jieba's HMM
/// made up with 率 ("leads"), 以 ("with") or 则 ("then") after it
/// (副局长|闵宜仁率|工作组, 局长|高志|平率|检查组, 孙颖莎以|4|比|0,
/// 侯友|宜则|向)? Only after a two-char given
/// name: a shorter word before 率 is a rate (满意率, 查结率). The cheap
/// tests come first: this is asked at many candidate ends.
fn leads(doc: &Doc, start: usize, end: usize) -> bool {
    // `end` may be the text's end (a name ending it).
    end - start == 3
        && matches!(doc.chars.get(end), Some('率' | '以' | '则'))
        && doc.token_at(end).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start >= start && t.end == end + 1 && doc.is_guessed(&t)
        })
}

/// Does the token `k` end one char after `end`, before the token 着? jieba
/// glues a verb to the name before 着 (赵敏笑|着|说: 赵敏 smiled).
fn verb_before_zhe(doc: &Doc, k: usize, end: usize) -> bool {
    doc.tokens[k].end == end + 1 && doc.tokens.get(k + 1).is_some_and(|t| t.word == "着")
}

/// Is `start` a possible start of a name? A token boundary not right after
/// a number (200余人, 百余名: 余 is "over", not a surname), though after a
/// child's or a rank's number (老五孙凤珍, 第一王海) it may be.
fn start_ok(doc: &Doc, start: usize) -> bool {
    let chars = &doc.chars;
    let after_number = start > 0
        && (chars[start - 1].is_ascii_digit()
            || (char_set!("零一二三四五六七八九十百千万亿两").contains(chars[start - 1])
                && !(start > 1 && char_set!("老第小").contains(chars[start - 2]))));
    doc.is_boundary(start) && !after_number
}

/// Does a role of two chars or more end right at `end` (统计师|)?
fn role_ends_at(lex: &Lexicon, chars: &[char], end: usize) -> bool {
    lex.title_before(chars, end)
        .is_some_and(|(ts, te, role)| role && te == end && ts + 1 < end)
}

/// Does a role end at `i` with its last chars in a word jieba's HMM made
/// up with what follows (统计|师王华: 统计师, then 王华; 总召傅|崐|萁)?
fn role_glued(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let Some((ts, te, true)) = lex.title_before(&doc.chars, i) else {
        return false;
    };
    // A role of two chars or more, the made-up word starting inside it.
    te == i
        && ts + 1 < i
        && doc.token_at(i).is_some_and(|k| {
            let t = doc.tokens[k];
            ts <= t.start && t.start < i && doc.is_guessed(&t)
        })
}

/// Is `s..e` named by an appointment notice (任命|刘小兵|为, 免去|王志刚|的)?
/// The role written right after a name at `e` (李廷栋|院士, 王海|书记), not
/// an honorific (先生, 同志).
fn role_after(lex: &Lexicon, chars: &[char], e: usize) -> Option<(usize, usize)> {
    let l = longest_starting(&lex.after, chars, e, 4);
    let honorific = [
        &['先', '生'][..],
        &['女', '士'],
        &['同', '志'],
        &['师', '傅'],
    ]
    .contains(&&chars[e..e + l]);
    (l > 0 && !honorific).then_some((e, e + l))
}

/// The mark after the name that the role follows: 为 or 的.
fn appointee(chars: &[char], s: usize, e: usize) -> Option<char> {
    let before = |w: &[char]| s >= w.len() && chars[s - w.len()..s] == *w;
    // 任命陈小兵为厅长，李敏为副主任: a later name of the clause's list.
    let listed = || {
        // The clause read backwards: 任 with 命 after it.
        let mut after = ' ';
        s > 0
            && matches!(chars[s - 1], '，' | '、')
            && chars[..s - 1]
                .iter()
                .rev()
                .take(80)
                .take_while(|&&c| !matches!(c, '。' | '；' | '！' | '？' | '\n'))
                .any(|&c| {
                    let hit = c == '任' && after == '命';
                    after = c;
                    hit
                })
    };
    let mark = *chars.get(e)?;
    match mark {
        '为' if before(&['任', '命'])
            || before(&['提', '名'])
            || before(&['选', '举'])
            || before(&['任'])
            || listed() =>
        {
            Some(mark)
        }
        '的' if before(&['免', '去']) || before(&['免']) => Some(mark),
        _ => None,
    }
}

/// One-char words that stand right after a subject's name, which jieba's
/// HMM may glue to a two-char name (武磊本|赛季, 徐虎连|连, 王晨以|２∶０);
/// not 若 or 于, which end three-char names too (吕赫若, 亚彭德于).
const GLUED_AFTER_NAME: &str = "本今昨首以为在是和与对把被也都又还就已曾将说称等的了连";

/// Function words that also begin given names (陈若琳, 王之涣, 林向恺),
/// where more than the char tells a name.
const FUNCTION_FIRSTS: &str = "若如之为以向省得比让我去太则";

/// The given-name length (1 or 2) for the surname at `i..g`, or 0.
fn given_len(doc: &Doc, lex: &Lexicon, i: usize, g: usize) -> usize {
    let chars = &doc.chars;
    let n = chars.len();
    // 约, 近 and 逾 before a figure say "about" or "over", no given name's
    // (派|发现|金约/x|4.9亿元: the cash is about 490 million).
    let ok_char = |p: usize| {
        p < n
            && is_han(chars[p])
            && !char_set!(NOT_GIVEN).contains(chars[p])
            && !(char_set!("约近逾").contains(chars[p])
                && chars
                    .get(p + 1)
                    .is_some_and(|&c| crate::extract::number::may_start(c)))
    };
    // 其 ("its") and 在 ("at") begin given names too (周其林, 李在明),
    // where jieba reads the three chars as one name or makes them up as
    // one word; not 向其, 将其, 李|在|家. So does 镇 (below).
    // The three chars are one word jieba tags a name or made up.
    let one_word = || {
        doc.token_at(i).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == i && t.end == g + 2 && (is_name_tag(t.tag) || doc.is_guessed(&t))
        })
    };
    // jieba's dictionary, not its HMM, holds the three chars as a name.
    let dictionary_whole = || {
        doc.token_at(i).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == i && t.end == g + 2 && is_name_tag(t.tag) && !doc.is_guessed(&t)
        })
    };
    // Nor do others names often begin with, where jieba's dictionary holds
    // the three chars as a name (陈若琳, 王之涣, 张为民, 杨得志); not 能 or
    // 者 (教师|都能安|居, 王者师).
    let dictionary_name = || {
        char_set!(FUNCTION_FIRSTS).contains(chars[g])
            // Not the end of a name a middle dot joins (赛福鼎·艾则孜).
            && (i == 0 || !is_name_dot(chars[i - 1]))
            && dictionary_whole()
    };
    // Or between a role and a speech verb or a byline's break, as one word
    // jieba's HMM made up (教授|林向恺|认为, （记者 樊若溪）).
    let framed_name = || {
        char_set!(FUNCTION_FIRSTS).contains(chars[g])
            && one_word()
            && (speech_at(chars, g + 2) || byline_break(chars, g + 2))
            && lex.title_before(chars, i).is_some()
    };
    // 镇 (a town) begins given names too (张镇麟, 王镇华), where jieba's
    // HMM made the three chars one word; 张镇 alone is as often a town.
    let whole_name = || {
        ok_char(g + 1)
            && ((matches!(chars.get(g), Some('其' | '在' | '镇')) && one_word())
                || dictionary_name()
                || framed_name())
    };
    if !ok_char(g) && !whole_name() {
        return 0;
    }
    // 年 ends given names too (李延年), where jieba reads the three chars
    // as one word right after a role (行政总裁|祈耀年|早前); not 王某|年底.
    let nian =
        || chars.get(g + 1) == Some(&'年') && lex.title_before(chars, i).is_some() && one_word();
    // 才 and 会 end given names too, where jieba read the three chars as
    // one word between a role and a speech verb (厅长|王金会|介绍, 主席|
    // 罗豪才|说); elsewhere they are "only then" and "will", as 则 and 等
    // always are (李敬|则|认为, 刘琦|等).
    // jieba's dictionary reads the two-char given name itself as a name
    // (孙|德才/nr).
    let given_name_word = || {
        doc.token_at(g).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == g && t.end == g + 2 && is_name_tag(t.tag) && !doc.is_guessed(&t)
        })
    };
    // Or where jieba's dictionary reads the given name as a name (孙|德才/nr|
    // 带着).
    // And 才 where jieba's dictionary holds the three chars as a name
    // (冯骥才/nr; its 高峰会/nr is a summit).
    let framed = || {
        chars.get(g + 1).is_some_and(|&c| matches!(c, '才' | '会'))
            && ((one_word() && lex.title_before(chars, i).is_some() && speech_at(chars, g + 2))
                || given_name_word()
                || (chars[g + 1] == '才' && dictionary_whole()))
    };
    // 期 ends no given name but the few jieba's dictionary holds (钟子期):
    // 黄淮|夏播期 is a season, though 期 may sit inside a name (姚期智).
    let period = || chars.get(g + 1) == Some(&'期') && !dictionary_whole();
    // 之 ends given names jieba's dictionary holds (龚育之, 王羲之); elsewhere
    // it is "of" (刘备|之|子), and it begins a word with the char after it
    // (夏秋|之交, 新春|之际).
    let zhi = || {
        chars.get(g + 1) == Some(&'之')
            && !chars
                .get(g + 2)
                .is_some_and(|&c| char_set!("交际间后前中外一下上内余久所").contains(c))
            && dictionary_whole()
    };
    // Any char ends a name a role and a closing bracket frame, where jieba's
    // HMM made the three chars one word (（记者|邹多为|）: a byline).
    let bracketed = || {
        chars.get(g + 1).is_some_and(|&c| is_han(c) && c != '摄')
            && matches!(chars.get(g + 2), Some('）' | ')'))
            && one_word()
            && lex.title_before(chars, i).is_some()
    };
    // 时 ("when") beginning a word ends a clause, not a name (陈述|时|表示,
    // 先进个人|代表|时说), unless a role vouches for one (记者|王国|时|报道);
    // a descriptor does not (先进个人).
    // Names end in 时 too, which jieba reads or makes up whole (任弼时,
    // 张新时).
    let when = || {
        chars.get(g + 1) == Some(&'时')
            && !lex.title_before(chars, i).is_some_and(|t| t.2)
            && doc
                .token_at(g + 1)
                .is_some_and(|k| doc.tokens[k].start == g + 1)
    };
    let two_ok = (ok_char(g + 1) || nian() || framed() || zhi() || bracketed())
        && !period()
        && !when()
        && end_ok(doc, i, g + 2)
        && !contains(&lex.stop, &chars[i..g + 2]);
    let one_ok = end_ok(doc, i, g + 1) && !contains(&lex.stop, &chars[i..g + 1]);
    // 总教练|林岳|平坦|言: the name's last char and a speech verb's first make
    // a dictionary word (平坦); the role before and the verb after (坦言)
    // frame the three chars as the name.
    let split_by_speech = || {
        ok_char(g + 1)
            && !speech_at(chars, g + 1)
            && speech_split(doc, g + 2)
            && !contains(&lex.stop, &chars[i..g + 2])
            && lex.title_before(chars, i).is_some()
    };
    if !two_ok && split_by_speech() {
        return 2;
    }
    match (one_ok, two_ok) {
        (false, false) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (true, true) => {
            // Both ends are token boundaries: trust a name token of either
            // length, then the tag of the third character's own token
            // (付天|红|心里 → 付天红; 田泉|带|着 → 田泉).
            let tok = |s: usize, e: usize| {
                doc.token_at(s)
                    .map(|k| doc.tokens[k])
                    .filter(|t| t.start == s && t.end == e)
            };
            // 选举|张绪|明为|…主席: the appointee's last char, 为 glued on.
            if tok(g + 1, g + 3).is_some() && appointee(chars, i, g + 2) == Some('为') {
                return 2;
            }
            // 赵敏笑|着: the third char is a verb before 着.
            if let Some(k) = doc.token_at(i).filter(|&k| doc.tokens[k].start == i) {
                if verb_before_zhe(doc, k, g + 1) {
                    return 1;
                }
            }
            if tok(i, g + 2).is_some_and(|t| is_name_tag(t.tag)) {
                return 2;
            }
            if given_name_word() {
                return 2;
            }
            let short = tok(i, g + 1);
            // 林芳|正|12日|表示: an adverb comes before a verb, not before a
            // date; the char is the name's last.
            if tok(g + 1, g + 2).is_some_and(|t| t.tag == "d")
                && chars.get(g + 2).is_some_and(char::is_ascii_digit)
            {
                return 2;
            }
            // 吕绍|刚|）: a one-char word alone before a closing bracket
            // modifies nothing; it ends the name (but 张三|摄|）, 张三|说|）).
            if tok(g + 1, g + 2).is_some()
                && matches!(chars.get(g + 2), Some('）' | ')'))
                && !char_set!(FOLLOWERS).contains(chars[g + 1])
                && chars[g + 1] != '摄'
            {
                return 2;
            }
            if let Some(t) = tok(g + 1, g + 2) {
                // A morpheme alone (萁/g) is no word of its own either.
                let name_like = matches!(
                    t.tag,
                    "a" | "n"
                        | "ng"
                        | "ag"
                        | "nr"
                        // A char jieba tags a foreign name's (孔祥|睿/nrt|说).
                        | "nrt"
                        | "x"
                        | "zg"
                        | "j"
                        | "nz"
                        | "b"
                        | "ns"
                        | "z"
                        | "g"
                        // A season or a time of day alone (陈素|秋|表示).
                        | "t"
                );
                if short.is_some_and(|s| is_name_tag(s.tag)) {
                    return if name_like && !speech_at(chars, g + 1) {
                        2
                    } else {
                        1
                    };
                }
                if short.is_some_and(|s| !is_name_tag(s.tag)) {
                    // 王国|润: the short form is an ordinary word.
                    return 2;
                }
                return if name_like { 2 } else { 1 };
            }
            // The third char and a follower make a word jieba's HMM made
            // up (柯文|哲说, 柯文|哲在, 高志|平率): it is the name's last char.
            // So is a dictionary word of the char and 说 right after a role
            // (党委书记|李炳|文说/n); not one of the common words ending in
            // 说, a noun or an adverb after the name (作家|张伟|小说, 学说,
            // 传说, 据说).
            let glued = doc.token_at(g + 1).is_some_and(|k| {
                let t = doc.tokens[k];
                (doc.is_guessed(&t)
                    || (chars[g + 2] == '说'
                        && !char_set!("小学传演邪假据听就还又再却虽来所众").contains(chars[g + 1])
                        && lex.title_before(chars, i).is_some()))
                    && t.start == g + 1
                    && t.end == g + 3
                    && (char_set!(FOLLOWERS).contains(chars[g + 2]) || leads(doc, i, g + 2))
            });
            if glued {
                return 2;
            }
            // The third char starts a longer word: the name is short.
            1
        }
    }
}

pub fn extract(doc: &Doc, lex: &Lexicon, places: &[Fact], orgs: &[Fact]) -> Vec<Fact> {
    debug_assert!(
        orgs.windows(2).all(|w| w[0].end <= w[1].start),
        "org::extract gives sorted spans that do not overlap"
    );
    debug_assert!(
        places.windows(2).all(|w| w[0].start <= w[1].start),
        "place::extract gives spans sorted by start (titles search them)"
    );
    let chars = &doc.chars;
    let units = Units { orgs, places };
    let org_spans = Spans::new(orgs);
    let place_spans = Spans::new(places);
    let n = chars.len();
    let mut cands: Vec<Candidate> = Vec::new();
    let bylines = byline_names(lex, chars);
    let mut next_byline = 0;
    let mut i = 0;
    while i < n {
        // A byline's names are names whatever jieba made of them (（记者
        // 钟予|晴/v 郗文博）).
        while bylines.get(next_byline).is_some_and(|b| b.0 < i) {
            next_byline += 1;
        }
        if let Some(&(s, e)) = bylines.get(next_byline).filter(|b| b.0 == i) {
            cands.push(Candidate {
                start: s,
                end: e,
                strong: true,
                title: lex
                    .title_before(chars, s)
                    .filter(|t| t.2)
                    .map(|t| (t.0, t.1)),
            });
            i = e;
            continue;
        }
        let sl = lex.surname_at(chars, i);
        // The last char of a role is no surname when one follows
        // (统计师|王中华, jieba's 统计|师王|中华).
        if sl > 0
            && i + 1 < n
            && lex.surname_at(chars, i + 1) > 0
            && role_ends_at(lex, chars, i + 1)
        {
            i += 1;
            continue;
        }
        // An honorific is no part of the name after it (首相|拿督斯里|安华,
        // jieba's 拿督斯|里安|华).
        if let Some(h) = lex.honorific_starting(chars, i) {
            i += h;
            continue;
        }
        // jieba may glue the role's last char to the surname (部长|钱其琛
        // cut as 部|长钱|其琛): a role ending here makes it a start.
        // A transliterated name jieba tags as one name (基里延科, 贾斯蒂卡),
        // even when it begins with a Chinese surname.
        let listed = i >= 1
            && matches!(chars[i - 1], '和' | '与' | '、')
            && cands.last().is_some_and(|c| c.end + 1 == i);
        match foreign_token(doc, lex, i, listed) {
            Some(Ok(c)) if !place_spans.overlaps(c.start, c.end) => {
                i = c.end;
                cands.push(c);
                continue;
            }
            // A landform's name (马塞马拉|平原) holds no surname's name.
            Some(Err(end)) => {
                i = end;
                continue;
            }
            _ => {}
        }
        // Not inside a word of jieba's dictionary that holds the whole role
        // (常任|理事国|有: a member state, not 国有); one that starts inside
        // it is jieba's glue (会|长江|洋龙).
        let after_role = || {
            lex.title_before(chars, i).is_some_and(|(ts, _, _)| {
                doc.token_at(i).is_none_or(|k| {
                    let t = doc.tokens[k];
                    t.start == i || t.start > ts || doc.is_guessed(&t)
                })
            })
        };
        // 派发|现金|红利 read 发现|金红利/nr: a name jieba's dictionary holds
        // that begins with the last char of a word split off before it,
        // its rest a word too, is that misreading, where no role vouches.
        let straddled = || {
            i > 0
                && doc.token_at(i).is_some_and(|k| {
                    let t = doc.tokens[k];
                    t.start == i
                        && t.end - i > sl + 1
                        && is_name_tag(t.tag)
                        && !doc.is_guessed(&t)
                        && lex.title_before(chars, i).is_none()
                        // Not in a list of names run together (王光英|王维山).
                        && doc.token_at(i - 1).is_some_and(|p| !is_name_tag(doc.tokens[p].tag))
                        && doc.in_dictionary(&chars[i - 1..=i])
                        && doc.in_dictionary(&chars[i + sl..t.end])
                })
        };
        if sl == 0 || !(start_ok(doc, i) || after_role()) || straddled() {
            i += 1;
            continue;
        }
        let mut gl = given_len(doc, lex, i, i + sl);
        // 记者沈佩|瑶台|北14日电: after a role, jieba glued the given name's
        // last char to the place that follows the name.
        if gl == 1 && lex.title_before(chars, i).is_some() {
            let last = i + sl + 1;
            if last + 1 < n
                && is_han(chars[last])
                && !char_set!(NOT_GIVEN).contains(chars[last])
                && glued_place(doc, &place_spans, last + 1)
            {
                gl = 2;
            }
        }
        // 刘家, 阮家: a family, not a one-char given name; after a role,
        // the start of a two-char one (行政长官李家|超).
        if gl == 1 && chars[i + sl] == '家' {
            let two = i + sl + 2;
            gl = if two <= n
                && is_han(chars[two - 1])
                && end_ok(doc, i, two)
                && lex.title_before(chars, i).is_some()
            {
                2
            } else {
                0
            };
        }
        if gl == 0 {
            i += 1;
            continue;
        }
        let (s, e) = (i, i + sl + gl);
        // A role is no name, though it begins with a surname (董|事长 in
        // 李小华董事长说).
        if contains(&lex.roles, &chars[s..e]) {
            i += 1;
            continue;
        }
        // A word of the dictionary and a locative after it (在贺信|中表示,
        // 在最后陈述|中, 水平|上): no name, though the word begins with a
        // surname, unless a role vouches for one.
        let word_and_locative = || {
            e == s + 3
                && char_set!("中上里内下").contains(chars[e - 1])
                && doc.token_at(s).is_some_and(|k| {
                    let t = doc.tokens[k];
                    t.start == s && t.end == s + 2 && !doc.is_guessed(&t)
                })
                && lex.title_before(chars, s).is_none()
        };
        if word_and_locative() {
            i += 1;
            continue;
        }
        if org_spans.overlaps(s, e)
            || (place_spans.overlaps(s, s + 1) && !name_over_place(doc, lex, s, e))
        {
            i += 1;
            continue;
        }
        let rare = sl == 1 && lex.surnames.rare.contains(&chars[s]);
        let title = lex.title_before(chars, s);
        // A place named after someone or something (金匮|公园, 中山|公园),
        // unless a role names them.
        if title.is_none() && facility_at(chars, e) {
            i += 1;
            continue;
        }
        // 高苕|华任|副主席: a role right after 任 ("serves as") is what the
        // name before serves as, not a role written after this one.
        let after = chars[e - 1] != '任' && longest_starting(&lex.after, chars, e, 4) > 0;
        let speech = speech_at(chars, e);
        let tok = doc.token_at(s).map(|k| doc.tokens[k]);
        // A name token exactly, or glued to a follower (金政说).
        // Or a made-up word one char short of it, the last a rare char jieba
        // tags z or nrt on its own (巩立|姣, 徐义|昭) or glued to 以/率 (葛曼|
        // 棋以); or the
        // name glued to 以/率 (孙颖莎以).
        let nr = tok.is_some_and(|t| {
            is_name_tag(t.tag)
                && t.start == s
                && (t.end == e
                    || (t.end == e + 1 && char_set!(FOLLOWERS).contains(chars[e]))
                    || (e - s == 3
                        && t.end == e - 1
                        && doc.is_guessed(&t)
                        && doc.token_at(e - 1).is_some_and(|k| {
                            let u = doc.tokens[k];
                            (u.end == e && matches!(u.tag, "z" | "nrt"))
                                || (u.end == e + 1 && leads(doc, s, e))
                        })))
        }) || (leads(doc, s, e)
            && doc.token_at(e).is_some_and(|k| doc.tokens[k].start == s));
        // The candidate is one ordinary word (高明, 文件). jieba guesses a
        // tag for an unknown three-char name (郑国海/ns), so longer tokens
        // count as words only with a tag names never get.
        let word = tok.is_some_and(|t| {
            t.start == s
                && t.end == e
                && !is_name_tag(t.tag)
                && t.tag != "x"
                && (e - s <= 2 || !matches!(t.tag, "ns" | "n" | "nz" | "j"))
        });
        // Surnames that are mostly function words (和, 都, 向): only with a
        // name tag.
        let function =
            sl == 1 && char_set!("和都向于由但那来从与及将在把对给让为以应谈").contains(chars[s]);
        // A surname token tagged as a name plus the given name (郭|方琴).
        let split_nr = tok.is_some_and(|t| t.start == s && t.end == s + sl && is_name_tag(t.tag));
        // 镇雄人郭方琴: a place-name + 人 before the name.
        let demonym = s >= 2
            && chars[s - 1] == '人'
            && (doc
                .token_at(s - 2)
                .is_some_and(|k| doc.tokens[k].tag == "ns")
                || place_spans.ends_at(s - 1));
        // 荣昌区, 荣昌高新区: a place name jieba tagged as a person. Not
        // an area no place names (张稀哲|禁区|外, 走出|误区).
        let followed_by_unit = (e < n && char_set!(PLACE_UNITS).contains(chars[e]))
            || doc.token_at(e).is_some_and(|k| {
                let t = doc.tokens[k];
                t.start == e
                    && t.word
                        .chars()
                        .last()
                        .is_some_and(|c| char_set!(PLACE_UNITS).contains(c))
                    && !UNNAMED_AREAS.contains(&t.word)
            });
        // The given name is a function word or a place (辛|分别, 应|美国);
        // not a word jieba tags ns that is no place found (谭|德塞), nor a
        // place between a role and a speech verb (发言人|何|亚东|表示).
        // Or right after a role, a common surname and a two-char place
        // before a verb or an adverb (理事长|刘|长海|正|指挥, 镇长|孙|永康|
        // 出席), or before 的 and a verb (在站长|张|德安|的|带领下): a role
        // is not followed by a place so.
        let acts = || {
            let verb_at = |p: usize| {
                doc.token_at(p).is_some_and(|k| {
                    let t = doc.tokens[k];
                    t.start == p && (t.tag.starts_with('v') || t.tag == "d")
                })
            };
            title.is_some_and(|t| t.1 == s)
                && sl == 1
                && !rare
                && e == s + 3
                && (verb_at(e) || (chars.get(e) == Some(&'的') && verb_at(e + 1)))
        };
        // Or, with no role, a common surname of its own and a two-char
        // place opening a clause before a speech verb (。濮|正阳|表示,
        // ”戚|永年|说): a place does not speak so.
        let clause_opened = s == 0
            || matches!(
                chars[s - 1],
                '。' | '，' | '”' | '」' | '：' | '；' | '！' | '？' | '\n' | ' ' | '\u{3000}'
            );
        let spoken = clause_opened
            && speech
            && sl == 1
            && !rare
            && e == s + 3
            && tok.is_some_and(|t| t.start == s && t.end == s + 1);
        let framed = (title.is_some() && (speech || acts())) || spoken;
        let given_word = doc.token_at(s + sl).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == s + sl
                && t.end == e
                && (matches!(
                    t.tag,
                    "d" | "p" | "c" | "u" | "uj" | "r" | "m" | "q" | "f" | "ad" | "vd" | "t"
                ) || (t.tag == "ns" && place_spans.overlaps(t.start, t.end) && !framed))
        });
        // The surname is a word of its own and the given name a verb:
        // 曾|表示 (once said), 陈|进入 (Chen went in), 秦|统一 (Qin unified).
        let given_verb = tok.is_some_and(|t| t.start == s && t.end == s + sl)
            && doc.token_at(s + sl).is_some_and(|k| {
                let t = doc.tokens[k];
                t.start == s + sl && t.end == e && matches!(t.tag, "v" | "vn")
            });
        // 林先生, 江主席: a title, not a given name.
        let given_title = longest_starting(&lex.after, chars, s + sl, 4) > 0;
        // 副局长|黄|立新|介绍: between a role and a speech verb a two-char
        // adverb jieba reads is the given name (立新/d); so it is right
        // after a role and before another verb (县长|孙|立新|出席), as
        // `acts` frames a place.
        let adverb_given = given_word
            && title.is_some()
            && (speech || acts())
            && e - s == sl + 2
            && doc
                .token_at(s + sl)
                .is_some_and(|k| doc.tokens[k].tag == "d" && doc.tokens[k].start == s + sl);
        // 张某某, 李某: a name withheld, as court and police news write it
        // (某某 is a pronoun to jieba, and 张 a measure word).
        let withheld = chars[s + sl..e].iter().all(|&c| c == '某');
        let given_word = ((given_word && !adverb_given) || given_verb) && !withheld;
        // A rare surname's name tag that wenxi guessed itself for a two-char
        // word jieba's HMM made up (信中|表示, 东扩) is no evidence of a name.
        let guessed = tok.is_some_and(|t| t.end - t.start == 2 && doc.is_guessed(&t));
        // A made-up word after one of the rarer of them (由前, 应尽, 来管) is
        // not a name on its own tag; 于 and 向 are common surnames (于青).
        // Right after a role, one word jieba's HMM made of the surname and
        // the given name, before a speech verb or a day, is the name
        // (检察长|应勇|8日在).
        let framed_word = title.is_some_and(|t| t.2 && t.1 == s)
            && tok.is_some_and(|t| t.start == s && t.end == e)
            && (speech
                || crate::extract::number::parse_at(chars, e)
                    .is_some_and(|d| chars.get(d.end) == Some(&'日')));
        // 副县长|向|文斌|，, 局长|于|海燕|介绍, 书记|向|立新|说: 于 and 向,
        // common surnames, right after a role and before a pause or a
        // speech verb, with a given name jieba reads as a name or an adverb;
        // not 部长|向|王海|颁奖 ("to 王海"), nor 和 ("and": 局长|和|海燕).
        let role_framed_function = matches!(chars[s], '于' | '向')
            && title.is_some()
            && (speech
                || chars
                    .get(e)
                    .is_some_and(|&c| char_set!("，、。；").contains(c)))
            && doc.token_at(s + 1).is_some_and(|k| {
                let t = doc.tokens[k];
                is_name_tag(t.tag) || t.tag == "d"
            });
        let evidence = (!function
            || (nr && (!guessed || matches!(chars[s], '于' | '向')))
            || framed_word
            || role_framed_function)
            && !given_word
            && !given_title
            && match title {
                // 棋手|中现在: 中/上/下 after a role is "among", not a
                // surname, unless jieba read a name or a Japanese family
                // name begins (总干事中岛宏).
                Some(_)
                    if sl == 1
                        && char_set!("中上下").contains(chars[s])
                        && !char_set!("岛村田川野").contains(chars[s + 1]) =>
                {
                    nr
                }
                // 副秘书长|高峻|说: a role before and a speech verb after
                // outweigh a word (高峻 "lofty").
                Some(_) => {
                    !word
                        || nr
                        || (speech
                            && tok.is_some_and(|t| matches!(t.tag, "a" | "an" | "n" | "nz"))
                            // 总理|公署|宣布: a unit's word.
                            && !char_set!("署局厅部委院所处办会司").contains(chars[e - 1]))
                }
                // 任命刘小兵为…, 免去王志刚的…职务: a notice's appointee.
                None if appointee(chars, s, e).is_some() => !rare || nr,
                None => {
                    // Not a unit before its head's role (中小学|校长,
                    // 麻醉科|主任, 唐山站|站长, 党总支|书记).
                    (after
                        && !word
                        && !char_set!("学科站院校所局厂部处室队组支").contains(chars[e - 1]))
                        || (speech && ((nr && !(rare && guessed)) || (!word && !rare)))
                        // A photographer's credit (（王定昶摄）).
                        || (credit_at(chars, e) && !word && !rare)
                        // 郑桂兰（化名）: a name given in place of one.
                        || (alias_at(chars, e) && !rare)
                        || (demonym && !word)
                        || (split_nr && speech && !rare)
                        // 张某某, 李某: the withheld name's shape is enough.
                        || (withheld && !rare)
                        // 民众党|柯文哲: a party's member named right after it.
                        || (s > 0 && chars[s - 1] == '党' && org_spans.ends_at(s) && !word && !rare)
                }
            };
        // Past the test above, a place it begins with is the name's
        // (院长|韩国|瑜): the role and the name's shape are the evidence.
        let strong = evidence || place_spans.overlaps(s, s + 1);
        // jieba's dictionary tags some two-char words nr (夏粮, 查明):
        // without other evidence, its two-char names are not enough.
        let dictionary_word =
            tok.is_some_and(|t| t.start == s && t.end == e && !doc.is_guessed(&t));
        let dictionary_pair = e - s == 2 && dictionary_word;
        // Nor are its three-char words that end in a place's, a body's, an
        // event's or a kind's head (夏令营, 宣传部, 黄金周, 安全性, 梁子湖,
        // 梅雨期, 沙丁鱼): given names do not end so.
        // Nor a word no name begins with and a noun's head or a place word
        // (范围|广, 申请|人, 马路|边), unlike 王国|栋 and 刘海|粟; nor one that
        // doubles a char (蒙蒙亮, 毛毛雨; a colour's 金灿灿, 白花花, though
        // names double theirs: 郭晶晶), nor a food (牛羊肉, 玉米粒).
        let dictionary_compound = e - s == 3
            && dictionary_word
            && (chars[s] == chars[s + 1]
                || (chars[s + 1] == chars[s + 2] && char_set!("金白黄红蓝绿黑灰紫青").contains(chars[s]))
                || char_set!("营赛部馆站厂院所局寺庙塔桥村县区府宫殿楼祠节周卡费性化感剂器册率图表单科班队组室处湖墩潭渡塘荡沟湾寨坝坪港色茶鱼肉粒线期暴刀豹体史制股")
                .contains(chars[e - 1])
                || (contains(&lex.stop, &chars[s..s + 2])
                    && char_set!("人声主边下上里外丛法浴录书广巾员者们方面").contains(chars[e - 1])));
        // Without a role before it, a name tag on the surname alone does not
        // outweigh a verb after it (赵|外出, 秦|统一).
        let untitled_verb = given_verb && title.is_none();
        // A made-up word ending in a way's head (蘇花路|廊, 台9線): a road's
        // name, no person's, with nothing else for a name.
        let road = e - s == 3
            && char_set!("路街巷").contains(chars[e - 1])
            && tok.is_some_and(|t| t.start == s && doc.is_guessed(&t));
        // A two-char word jieba's HMM made of a surname and one more char,
        // then a noun (冷链|物流, 冷链|车辆): the head of a compound, not a
        // name, with nothing else for one.
        let guessed_before_noun = guessed
            && tok.is_some_and(|t| t.start == s && t.end == e)
            && doc.token_at(e).is_some_and(|k| {
                let t = doc.tokens[k];
                t.start == e && t.tag == "n"
            })
            && longest_starting(&lex.roles, chars, e, 6) == 0
            && longest_starting(&lex.descriptors, chars, e, 6) == 0
            // Family beyond the descriptors (肖华|夫人), or a photo credit
            // (王志|摄影).
            && !matches!(
                chars.get(e..e + 2),
                Some(['夫', '人'] | ['父', '母'] | ['之', '子' | '女'] | ['摄', _])
            );
        let weak = !given_title
            && !guessed_before_noun
            && !untitled_verb
            && !rare
            && !followed_by_unit
            && !road
            && (nr || split_nr)
            && !word
            && !dictionary_pair
            && !dictionary_compound;
        if strong || weak {
            cands.push(Candidate {
                start: s,
                end: e,
                strong,
                title: title.filter(|t| t.2).map(|t| (t.0, t.1)),
            });
            i = e;
            continue;
        }
        i += 1;
    }

    // Confirmed names: every strong candidate, and weak ones (a name tag
    // only) with a frequent surname.
    let mut names: FxHashMap<Vec<char>, Option<(usize, usize)>> = FxHashMap::default();
    for c in &cands {
        let _ = c.strong;
        let entry = names.entry(chars[c.start..c.end].to_vec()).or_insert(None);
        if let Some(t) = c.title {
            let t = full_title(doc, lex, &units, t);
            if entry.is_none_or(|old| old.1 - old.0 < t.1 - t.0) {
                *entry = Some(t);
            }
        }
    }
    // Appointments: 任命张明为国家发改委副主任, 免去王志刚的科学技术部副部长
    // 职务. The role the notice gives is the title.
    for c in &cands {
        let role_end = match appointee(chars, c.start, c.end) {
            Some('为') => (c.end + 2..(c.end + 30).min(n + 1))
                .find(|&k| k == n || char_set!("；;，,。、（(").contains(chars[k])),
            Some(_) => (c.end + 2..(c.end + 30).min(n.saturating_sub(1)))
                .find(|&k| chars[k..k + 2] == ['职', '务']),
            None => None,
        };
        let Some(k) = role_end else { continue };
        let Some((ts, te, true)) = lex.title_before(chars, k) else {
            continue;
        };
        if te != k || ts <= c.end {
            continue;
        }
        let (s, e) = full_title(doc, lex, &units, (ts, te));
        if let Some(untitled @ None) = names.get_mut(&chars[c.start..c.end]) {
            *untitled = Some((s.max(c.end + 1), e));
        }
    }
    // Without a title before it at any mention, a role right after the
    // name is its title (李廷栋院士, 王海书记); not an honorific (先生, 同志).
    for c in &cands {
        let Some(role) = role_after(lex, chars, c.end) else {
            continue;
        };
        if let Some(untitled @ None) = names.get_mut(&chars[c.start..c.end]) {
            *untitled = Some(role);
        }
    }
    // A titled mention read short (代市长王照|环) lends its title to the
    // longer name found elsewhere that it begins (王照环|说).
    // The longer names are looked up by length, not by a walk over every
    // name: a long text has thousands of each.
    let longest_name = names.keys().map(Vec::len).max().unwrap_or(0);
    for c in cands.iter().filter(|c| c.title.is_some()) {
        let title = names[&chars[c.start..c.end]];
        for end in c.end + 1..=(c.start + longest_name).min(n) {
            if let Some(untitled @ None) = names.get_mut(&chars[c.start..end]) {
                *untitled = title;
            }
        }
    }
    list_names(doc, lex, &mut names, &org_spans);
    // A role written right before a list is every listed name's that has
    // none of its own: a byline's (（记者李国利、黄一宸）), those the list
    // itself confirmed too (（记者王劲玉、孙亮全）), and any other's
    // (副省长秦国文、何报翔出席). A byline may part its names with a space
    // (（记者章建华 孙一）).
    for c in &cands {
        let Some(title) = names[&chars[c.start..c.end]] else {
            continue;
        };
        // Right after the role, or a byline's space after it (（记者 钟予晴
        // 郗文博）).
        if title.1 > c.start || !chars[title.1..c.start].iter().all(|&c| is_byline_space(c)) {
            continue;
        }
        let byline = chars[title.0..title.1].ends_with(&['记', '者']);
        let mut end = c.end;
        while chars
            .get(end)
            .is_some_and(|&c| c == '、' || (byline && is_byline_space(c)))
        {
            let s = end + 1;
            let Some(e) = (s + 2..=(s + 4).min(n))
                .rev()
                .find(|&e| names.contains_key(&chars[s..e]))
            else {
                break;
            };
            if let Some(untitled @ None) = names.get_mut(&chars[s..e]) {
                *untitled = Some(title);
            }
            end = e;
        }
    }
    // Well-known people, at the start of a word (邓小平|理论 is one token).
    let mut famous: FxHashSet<Vec<char>> = FxHashSet::default();
    for t in &doc.tokens {
        let l = longest_starting(&lex.famous, chars, t.start, lex.max_famous);
        // 肯尼迪|机场: a place named after them.
        if l >= 2 && !place_spans.overlaps(t.start, t.start + l) && !facility_at(chars, t.start + l)
        {
            let name = chars[t.start..t.start + l].to_vec();
            // 联合国秘书长古特雷斯, 习近平主席: the title before a mention,
            // or a role right after it, as for others.
            let title = role_title(doc, lex, &units, t.start)
                .or_else(|| role_after(lex, chars, t.start + l));
            let entry = names.entry(name.clone()).or_insert(None);
            if entry.is_none() {
                *entry = title;
            }
            famous.insert(name);
        }
    }

    // Names without a known surname between a role and a speech verb
    // (首相岸田文雄表示, 社长佐藤恒治说, 干事长森山裕说): three or four chars
    // that can be a given name's, with no function word among their
    // tokens; a day may stand before the verb (长官林芳正12日表示).
    for t in &doc.tokens {
        let s = t.start;
        // Cheap tests first: this runs at every word. The first word must
        // be one the name may hold, after a han char and a role.
        if s == 0
            || !is_han(chars[s - 1])
            || !(is_name_tag(t.tag)
                || matches!(t.tag, "n" | "nz" | "ns" | "j" | "x")
                || doc.is_guessed(t))
            || !lex.role_lasts.has(chars[s - 1])
            || !matches!(lex.title_before(chars, s), Some((_, te, true)) if te == s)
            // A name the surname grammar found starts here (刘勤|首先说).
            || cands.binary_search_by_key(&s, |c| c.start).is_ok()
            // An honorific, no name, starts here (首相|敦|马哈迪).
            || lex.honorific_starting(chars, s).is_some()
        {
            continue;
        }
        for len in [5, 4, 3, 2] {
            let e = s + len;
            // Two chars only as one foreign name's word (执行官|库克/nrt|表示).
            if len == 2
                && !doc.token_at(s).is_some_and(|k| {
                    let u = doc.tokens[k];
                    u.start == s
                        && u.end == e
                        && (u.tag == "nrt"
                            || (doc.is_guessed(&u) && chars[s..e].iter().all(|&c| is_translit(c))))
                })
            {
                continue;
            }
            if e > n
                || !chars[s..e]
                    .iter()
                    .all(|&c| is_han(c) && !char_set!(NOT_GIVEN).contains(c))
                || names.contains_key(&chars[s..e])
                || org_spans.overlaps(s, e)
                || place_spans.overlaps(s, e)
            {
                continue;
            }
            // Its words: names, nouns and words jieba's HMM made up, one
            // of them at least a name or made up (岸田文雄/x, 佐藤/nrt,
            // 森山/n|裕/nr), and no title after the name (戴维|博士).
            let (mut plain, mut name_like) = (false, false);
            let mut p = s;
            while p < e {
                let Some(k) = doc.token_at(p) else { break };
                let u = doc.tokens[k];
                if u.end <= e {
                    if is_name_tag(u.tag) || doc.is_guessed(&u) {
                        name_like = true;
                    } else if !matches!(u.tag, "n" | "nz" | "ns" | "j") {
                        plain = true;
                    }
                } else if !doc.is_guessed(&u) {
                    plain = true;
                } else {
                    // Its last char glued to the next by jieba's HMM (百合|子则).
                    name_like = true;
                }
                p = u.end;
            }
            // 科恩时说: "when", not the name's last char.
            let function = plain
                || !name_like
                || chars[e - 1] == '时'
                || (s + 1..e).any(|p| longest_starting(&lex.after, chars, p, 4) > 0);
            // The name ends at a word boundary, or jieba glued the verb on.
            let end_ok = doc.is_boundary(e)
                || doc
                    .token_at(e)
                    .is_some_and(|k| doc.tokens[k].start >= s && doc.is_guessed(&doc.tokens[k]));
            // 12日, 当天: a day between the name and the verb; 则 or 也
            // (小池百合子|则|呼吁).
            let v = match doc.token_at(e).map(|k| doc.tokens[k]) {
                Some(day) if day.tag == "m" && chars.get(day.end) == Some(&'日') => day.end + 1,
                Some(day) if day.start == e && day.tag == "t" && day.end - day.start == 2 => {
                    day.end
                }
                _ if matches!(chars.get(e), Some('则' | '也' | '亦')) => e + 1,
                _ => e,
            };
            if !function && end_ok && speech_at(chars, v) {
                let title = role_title(doc, lex, &units, s);
                names.insert(chars[s..e].to_vec(), title);
                break;
            }
        }
    }

    // Names without a surname: two or three elements in a row (顿珠次仁,
    // 格桑尼玛), with the title before them as other names have.
    for t in &doc.tokens {
        let s = t.start;
        let (mut e, mut count) = (s, 0);
        while count < 3 {
            let l = longest_starting(&lex.elements, chars, e, lex.max_element);
            if l == 0 {
                break;
            }
            e += l;
            count += 1;
        }
        if count == 0 || !end_ok(doc, s, e) || org_spans.overlaps(s, e) {
            continue;
        }
        let title = role_title(doc, lex, &units, s);
        // One element alone only right after a title (牧民扎西, 县长尼玛).
        if count >= 2 || (title.is_some() && doc.is_boundary(s)) {
            let entry = names.entry(chars[s..e].to_vec()).or_insert(None);
            if entry.is_none() {
                *entry = title;
            }
        }
    }

    // 王毅同|南非外长会谈: a name confirmed elsewhere and 同 or 跟 ("with")
    // that jieba's HMM made one word of is that name, not a longer one.
    let with_names: Vec<Vec<char>> = names
        .keys()
        .filter(|k| k.len() == 3 && matches!(k[2], '同' | '跟') && names.contains_key(&k[..2]))
        .cloned()
        .collect();
    for k in with_names {
        names.remove(&k);
    }
    // 蒂姆·库克 … 库克说: a foreign name's last part alone is a later
    // mention of its bearer, unless it is a place's name too (杰克·伦敦 …
    // 伦敦是英国首都).
    let mut foreign = foreign_names(doc, lex, &units, &place_spans);
    let place_names: FxHashSet<&[char]> = if foreign.is_empty() {
        FxHashSet::default()
    } else {
        places.iter().map(|p| &chars[p.start..p.end]).collect()
    };
    for f in &foreign {
        let name = &chars[f.start..f.end];
        let Some(dot) = name.iter().rposition(|&c| is_name_dot(c)) else {
            continue;
        };
        let last = &name[dot + 1..];
        if (2..=5).contains(&last.len())
            && last.iter().all(|&c| char_set!(TRANSLIT).contains(c))
            && !contains(&lex.stop, last)
            && !place_names.contains(last)
        {
            // With the role read at the full name (巴西外长|若昂·门德斯).
            names
                .entry(last.to_vec())
                .or_insert_with(|| role_title(doc, lex, &units, f.start));
        }
    }
    // Names with no surname: confirmed too, unless a dotted name's part
    // already is (门德斯, found with its role).
    for f in unsurnamed_names(doc, lex, &units) {
        if let std::collections::hash_map::Entry::Vacant(slot) =
            names.entry(chars[f.start..f.end].to_vec())
        {
            slot.insert(role_title(doc, lex, &units, f.start));
            foreign.push(f);
        }
    }
    // Every mention of a confirmed name, longest name first. Names are
    // looked up by length (the shortest and longest for each first char),
    // not tried one by one: a long text has hundreds beginning with 王.
    let mut lengths: FxHashMap<char, (usize, usize)> = FxHashMap::default();
    for name in names.keys() {
        let (shortest, longest) = lengths.entry(name[0]).or_insert((usize::MAX, 0));
        *shortest = (*shortest).min(name.len());
        *longest = (*longest).max(name.len());
    }
    // The first chars of the names: most chars begin none, and a bit test
    // is cheaper than the map lookup.
    let mut name_firsts = CharBits::new();
    for &c in lengths.keys() {
        name_firsts.insert(c);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !name_firsts.has(chars[i]) {
            i += 1;
            continue;
        }
        if let Some(&(shortest, longest)) = lengths.get(&chars[i]) {
            let found = (shortest..=longest.min(n - i)).rev().find_map(|len| {
                let e = i + len;
                let title = names.get(&chars[i..e])?;
                // jieba's HMM may glue a role's last char to the name
                // (统计|师王华).
                // A name confirmed elsewhere: its last char glued to the
                // next by jieba's HMM (蔡旭|哲出|舱) ends it as well.
                // A two-char name read whole with a function char after it
                // (这是|武磊本|赛季: 本 begins 本赛季) ends there as well.
                // So does a word the HMM made of more of the name and that
                // char (巴特尔|那顺家|有: 巴特尔那顺's home).
                let glued_end = (len >= 3
                    && doc.token_at(e - 1).is_some_and(|k| {
                        let t = doc.tokens[k];
                        t.start >= i && t.end == e + 1 && doc.is_guessed(&t)
                    }))
                    || (len == 2
                        && chars
                            .get(e)
                            .is_some_and(|&c| char_set!(GLUED_AFTER_NAME).contains(c))
                        && doc.token_at(i).is_some_and(|k| {
                            let t = doc.tokens[k];
                            t.start == i && t.end == e + 1 && doc.is_guessed(&t)
                        }));
                // Its surname glued by jieba's HMM to a role's last char (人,
                // 员, 长 …) or a preposition before it (牵头|人何|立峰, 向何|
                // 立峰) starts it as well.
                let glued_start = len >= 3
                    && i > 0
                    && char_set!("人员长者师官家手向对与和同跟给被由让将把").contains(chars[i - 1])
                    && doc.token_at(i).is_some_and(|k| {
                        let t = doc.tokens[k];
                        t.start + 1 == i && t.end == i + 1 && doc.is_guessed(&t)
                    });
                ((start_ok(doc, i)
                    || glued_start
                    || lex.honorific_ending(chars, i).is_some()
                    || role_glued(doc, lex, i)
                    || role_in_place(doc, lex, i))
                    && (end_ok(doc, i, e)
                        || glued_end
                        || speech_split(doc, e)
                        || glued_place(doc, &place_spans, e)
                        || (len >= 3 && famous.contains(&chars[i..e])))
                    && !org_spans.overlaps(i, e))
                .then_some((e, *title))
            });
            if let Some((e, title)) = found {
                let mut f = Fact::new(Kind::Person, i, e);
                f.title = title.map(|(a, b)| doc.slice(a, b));
                out.push(f);
                i = e;
                continue;
            }
        }
        i += 1;
    }
    surname_with_honorific(doc, lex, &mut out, &org_spans, &place_spans);
    out.extend(foreign);
    latin_in_brackets(doc, &mut out);
    // Longest first at each start, then drop names inside a longer one
    // (罗森 inside 彼得·罗森).
    out.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Fact> = Vec::with_capacity(out.len());
    for f in out {
        if kept.last().is_none_or(|k| f.start >= k.end) {
            kept.push(f);
        }
    }
    // A work's title in 《》, or its first part before a dot (《金眼》,
    // 《柳叶刀·公共卫生》), is no person's name when the text never names
    // the person outside such a title and the name is not a well-known
    // one (《周恩来》画册; 《邓小平文选》 holds a name anyway).
    let work = |f: &Fact| {
        f.start > 0
            && chars[f.start - 1] == '《'
            && chars.get(f.end).is_some_and(|&c| c == '》' || c == '·')
    };
    if kept.iter().any(work) {
        let named: FxHashSet<&[char]> = kept
            .iter()
            .filter(|f| !work(f))
            .map(|f| &chars[f.start..f.end])
            .collect();
        kept.retain(|f| {
            let name = &chars[f.start..f.end];
            named.contains(name) || famous.contains(name) || !work(f)
        });
    }
    // 边…边 (doing one thing while another) is no surname: 边答边掏…，边安慰
    // 他们说 (jieba's 边安慰/nr), 边唱边抹着热泪. Another 边 in the same
    // sentence, alone or in a word jieba's HMM guessed (他边|答边, the name
    // 边唱边 itself), is the pair's; not one in a dictionary word
    // (边防战士边长泰).
    let paired_bian = |f: &Fact| {
        if chars[f.start] != '边' {
            return false;
        }
        let Some(sentence) = doc.sentences.get(doc.sentence_of(f.start)) else {
            return false;
        };
        (sentence.start..sentence.end).any(|i| {
            chars[i] == '边'
                && i != f.start
                && doc.token_at(i).is_some_and(|k| {
                    let t = &doc.tokens[k];
                    t.end - t.start == 1 || doc.is_guessed(t)
                })
        })
    };
    kept.retain(|f| !paired_bian(f));
    drop_units_and_groups(doc, lex, kept)
}

/// Words after a name that make it a group, not a person (塔利班分子,
/// 塔利班武装: jieba tags 塔利班 as a name). Not 政府 or 政权, which follow
/// people too (克林顿政府, 萨达姆政权), nor 组织, also a verb (杨光组织民警).
const GROUP_HEADS: [[char; 2]; 4] = [['分', '子'], ['武', '装'], ['联', '盟'], ['势', '力']];

/// Drops every mention of a "name" that is somewhere in the document a
/// unit, a group, a craft (祝融号) or a storm (台风“杜苏芮”): untitled and followed by a spokesperson and another
/// person (白宫|发言人|麦柯里, as an organisation precedes its officer:
/// jieba tags 白宫 as a name), or followed by a group's head word.
fn drop_units_and_groups(doc: &Doc, lex: &Lexicon, people: Vec<Fact>) -> Vec<Fact> {
    let chars = &doc.chars;
    let mut not_people: FxHashSet<&[char]> = FxHashSet::default();
    for (i, f) in people.iter().enumerate() {
        // Only a spokesperson's: headlines run people and their titles
        // together (江泽民主席叶利钦总统).
        let role = longest_starting(&lex.roles, chars, f.end, lex.max_title);
        let unit = f.title.is_none()
            && role > 0
            && chars[f.end..f.end + role].ends_with(&['发', '言', '人'])
            && people
                .get(i + 1)
                .is_some_and(|next| next.start == f.end + role);
        let group = GROUP_HEADS.iter().any(|h| chars[f.end..].starts_with(h));
        // 祝融|号 (a rover), 雪龙|号: a craft's name; not 号召 or 号称,
        // which jieba keeps whole.
        let craft = doc
            .token_at(f.end)
            .is_some_and(|k| doc.tokens[k].start == f.end && doc.tokens[k].word == "号");
        // 台风“杜苏芮”, 飓风卡特里娜: a storm's name.
        let before = &chars[f.start.saturating_sub(4)..f.start];
        let before = before.strip_suffix(&['“']).unwrap_or(before);
        let storm = ["台风", "飓风", "风暴"].iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            before.ends_with(&w)
        });
        // 明洪武|七年（1374年）: a reign's name before its year.
        let reign = super::number::reign_year_at(chars, f.end);
        // 龙泉窑, 白马寺: a kiln's or a temple's name that jieba tags as a
        // person's; a given name does not end in such a char.
        let structure = f.title.is_none() && char_set!("窑寺庙窟墓碑").contains(chars[f.end - 1]);
        // 蓝白|两党, 中美|两国: two members abbreviated before their count.
        let pair = f.end - f.start == 2
            && f.title.is_none()
            && chars
                .get(f.end)
                .is_some_and(|&c| char_set!("两双").contains(c))
            && chars
                .get(f.end + 1)
                .is_some_and(|&c| char_set!("党国岸地市省军队方家院会校").contains(c));
        if unit || group || craft || storm || reign || structure || pair {
            not_people.insert(&chars[f.start..f.end]);
        }
    }
    // 诺贝尔|物理学奖, 普利策奖: a prize named after someone is no mention
    // of them (奖 within four Han chars, no verb of winning between: 杨振宁
    // 获奖 is his; nor 奖励, a verb).
    let prize = |f: &Fact| {
        let rest = &chars[f.end..chars.len().min(f.end + 6)];
        rest.iter().position(|&c| c == '奖').is_some_and(|k| {
            k <= 4
                && rest[..k].iter().all(|&c| {
                    is_han(c)
                        && !char_set!("获得颁授领荣揽夺摘捧拿把被给发了的在向对为").contains(c)
                })
                && !rest
                    .get(k + 1)
                    .is_some_and(|&c| char_set!("励惩").contains(c))
        })
    };
    people
        .into_iter()
        .filter(|f| !not_people.contains(&chars[f.start..f.end]) && !prize(f))
        .collect()
}

/// Honorifics and roles written right after a bare surname: 江主席, 李老师,
/// 胡老 — the surname is the person's name as written.
const HONORIFICS: &[&str] = &[
    "主席",
    "副主席",
    "总理",
    "副总理",
    "委员长",
    "总书记",
    "书记",
    "部长",
    "外长",
    "总统",
    "首相",
    "老师",
    "先生",
    "女士",
    "小姐",
    "同志",
    "教授",
    "师傅",
    "大夫",
    "医生",
    "院士",
    "大爷",
    "大妈",
    "大娘",
    "阿姨",
    "大姐",
    "大哥",
    "厂长",
    "校长",
    "院长",
    "局长",
    "市长",
    "县长",
    "省长",
    "经理",
    "主任",
    "队长",
    "村长",
    "支书",
    "会长",
    "董事长",
    "老",
];

/// A single-char surname at a word start followed by an honorific that
/// ends a word (江主席, 李|老师, 胡老说): the surname alone is the person,
/// the honorific its title.
fn surname_with_honorific(
    doc: &Doc,
    lex: &Lexicon,
    out: &mut Vec<Fact>,
    org_spans: &Spans,
    place_spans: &Spans,
) {
    let chars = &doc.chars;
    // The honorifics as chars, compared in place: they are tried at every
    // name and at every word that starts with a surname.
    static HONORIFIC_CHARS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    let honorifics =
        HONORIFIC_CHARS.get_or_init(|| HONORIFICS.iter().map(|h| h.chars().collect()).collect());
    // 胡老, 李老师 read as whole names are the surname and a title.
    out.retain(|f| {
        !(f.end - f.start >= 2
            && honorifics
                .iter()
                .any(|h| h[..] == chars[f.start + 1..f.end]))
    });
    // What is taken: the names found (searched by position) and the names
    // added here, in text order and never overlapping, so only the last of
    // them can reach a later word (a scan of all of them per word made a
    // long text of 李老师 quadratic).
    let found = Spans::from_pairs(out.iter().map(|f| (f.start, f.end)));
    let mut last_added: Option<(usize, usize)> = None;
    let mut extra = Vec::new();
    for t in &doc.tokens {
        let i = t.start;
        let c = chars[i];
        if !lex.surnames.firsts.has(c)
            || !lex.surnames.common.contains(&c)
            || char_set!("和都向于由但那来从与及将在把对给让为以应谈全各该本每").contains(c)
            || lex.surname_at(chars, i) != 1
        {
            continue;
        }
        let Some(h) = honorifics.iter().find(|h| {
            let e = i + 1 + h.len();
            e <= chars.len()
                && chars[i + 1..e] == h[..]
                && doc.is_boundary(e)
                && t.end <= e
                // 胡老: only as one word (老 starts many words).
                && (h[..] != ['老'] || t.end == e)
        }) else {
            continue;
        };
        let e = i + 1 + h.len();
        if found.overlaps(i, e)
            || last_added.is_some_and(|(a, b)| a < e && i < b)
            || org_spans.overlaps(i, e)
            || place_spans.overlaps(i, e)
            || contains(&lex.stop, &chars[i..e])
        {
            continue;
        }
        let mut f = Fact::new(Kind::Person, i, i + 1);
        f.title = Some(doc.slice(i + 1, e));
        extra.push(f);
        last_added = Some((i, e));
    }
    out.extend(extra);
}

/// The organisations and places found in the document, which titles take
/// in (永康市委书记, 台北市长).
struct Units<'a> {
    orgs: &'a [Fact],
    places: &'a [Fact],
}

/// Roles heading the division named before them (台北|市长, 海淀区|副区长):
/// the division is part of the title.
const DIVISION_HEADS: [&str; 13] = [
    "省长",
    "市长",
    "县长",
    "区长",
    "州长",
    "镇长",
    "乡长",
    "村长",
    "省议员",
    "市议员",
    "县议员",
    "区议员",
    "州议员",
];

/// The full title of the role ending right before `pos`, if a role (not a
/// descriptor) is there: 联合国秘书长|古特雷斯, 县长|尼玛.
fn role_title(doc: &Doc, lex: &Lexicon, units: &Units, pos: usize) -> Option<(usize, usize)> {
    lex.title_before(&doc.chars, pos)
        .filter(|t| t.2)
        .map(|t| full_title(doc, lex, units, (t.0, t.1)))
}

/// The title as written: chained roles (党支部书记、总经理), 副/原 prefixes
/// and an organisation written right before the role (永康市委书记).
fn full_title(
    doc: &Doc,
    lex: &Lexicon,
    units: &Units,
    (mut s, e): (usize, usize),
) -> (usize, usize) {
    let chars = &doc.chars;
    let orgs = units.orgs;
    loop {
        // Prefixes of a role: 副, 原, 前, 老, 常务, 常任, 执行 as words, not their
        // chars (the 务 of 事务大臣, the 行 of 银行行长).
        loop {
            if s > 1 && char_set!("副原前老").contains(chars[s - 1]) && chars[s - 1] != chars[s]
            {
                s -= 1;
            } else if s > 2
                && ["常务", "常任", "执行"]
                    .iter()
                    .any(|w| chars[s - 2..s].iter().copied().eq(w.chars()))
            {
                s -= 2;
            } else {
                break;
            }
        }
        // 轮值董事长, 名誉会长, 首席统计师, 助理署长, 高级农艺师.
        const RANKS: [&str; 8] = [
            "轮值", "名誉", "荣誉", "代理", "首席", "助理", "高级", "资深",
        ];
        let rank_at = |at: usize| {
            at >= 2
                && RANKS
                    .iter()
                    .any(|w| chars[at - 2..at].iter().copied().eq(w.chars()))
        };
        if rank_at(s) {
            s -= 2;
            continue;
        }
        // 首席|策略|分析师, 高级|软件|工程师: the rank before the role's field.
        if let Some(field) = s
            .checked_sub(1)
            .and_then(|p| doc.token_at(p))
            .map(|k| doc.tokens[k])
            .filter(|f| {
                f.end == s
                    && f.end - f.start == 2
                    && matches!(f.tag, "n" | "vn")
                    && !doc.is_guessed(f)
                    && rank_at(f.start)
            })
        {
            s = field.start - 2;
            continue;
        }
        // The organisation ending at the role, or holding its start. Orgs
        // are sorted and never overlap (org::extract), so ends rise too:
        // skip those ending before `s` by binary search, then look only at
        // those starting before it (a scan of every org for every title
        // made long texts quadratic).
        let from = orgs.partition_point(|o| o.end < s);
        if let Some(o) = orgs[from..]
            .iter()
            .take_while(|o| o.start < s)
            .find(|o| o.end == s || (o.start < s && s < o.end && o.end <= e))
        {
            // An organisation before the role belongs to the title, but a
            // company's full name is the unit, not the role (林焰峰).
            let company = doc.slice(o.start, o.end).ends_with("公司");
            if !company && o.end - o.start <= 16 {
                s = o.start;
            }
        } else if let Some(p) = division_before(units.places, chars, s, e) {
            s = p;
            // The divisions that hold it, written right before it
            // (广东省|珠海市|市长).
            while let Some(outer) = places_just_before(units.places, s).find(|o| o.end == s) {
                s = outer.start;
            }
            break;
        } else if let Some(t) = s
            .checked_sub(1)
            .and_then(|p| doc.token_at(p))
            .map(|k| doc.tokens[k])
        {
            // A body jieba's dictionary knows (财政司|司长), though the
            // organisation grammar did not take it on its own.
            if t.end == s && t.tag == "nt" && t.end - t.start >= 2 && !doc.is_guessed(&t) {
                s = t.start;
                continue;
            }
            // A bureau's field before its head, the bureau left unsaid
            // (农业|局长, 教育|厅长: the head of the agriculture bureau).
            if t.end == s
                && t.tag == "n"
                && t.end - t.start == 2
                && !doc.is_guessed(&t)
                && s + 2 == e
                && chars[e - 1] == '长'
                && char_set!("局厅部署处").contains(chars[s])
                && !char_set!("全各该本此每某").contains(chars[t.start])
                && t.word != "政府"
            {
                s = t.start;
                continue;
            }
            // A university's department (澳门大学|物理系|教授, 经济学|系):
            // a field's noun and 系, in one word or two.
            if t.end == s && chars[s - 1] == '系' && !doc.is_guessed(&t) {
                let field = if t.end - t.start >= 3 {
                    Some(t.start)
                } else if t.end - t.start == 1 && t.start >= 2 {
                    doc.token_at(t.start - 1)
                        .map(|k| doc.tokens[k])
                        .filter(|f| f.end == t.start && f.end - f.start >= 2 && f.tag == "n")
                        .map(|f| f.start)
                } else {
                    None
                };
                if let Some(f) = field {
                    s = f;
                    continue;
                }
            }
            // A hospital's department (北京协和医院|儿科|主任, 心内科|主任):
            // one word of jieba's dictionary ending in 科, not a level of
            // study or a discipline (本科, 学科).
            if t.end == s
                && chars[s - 1] == '科'
                && (2..=4).contains(&(t.end - t.start))
                && !doc.is_guessed(&t)
                && !matches!(
                    t.word,
                    "本科" | "专科" | "学科" | "百科" | "预科" | "工科" | "理科" | "文科"
                )
            {
                s = t.start;
                // An organ's one char before it (肝|外科, 胸|外科).
                if let Some(organ) = doc.token_ending_at(s).map(|k| doc.tokens[k]) {
                    if organ.end - organ.start == 1
                        && organ.tag == "n"
                        && is_han(chars[organ.start])
                    {
                        s = organ.start;
                    }
                }
                continue;
            }
        }
        // A second role before a 、, 兼 or 暨 (党支部书记、总经理, 董事长兼首席
        // 执行官, 董事长暨总裁: 暨 is written Chinese's "and").
        if s >= 2 && matches!(chars[s - 1], '、' | '兼' | '暨') {
            let r = longest_ending(&lex.roles, chars, s - 1, lex.max_title);
            if r > 0 {
                s = s - 1 - r;
                // Words between an organisation and the role (党建联盟服务队队长).
                continue;
            }
        }
        break;
    }
    (s, e)
}

/// Where the division begins whose head the role `s..e` is (台北|市长,
/// 杭州市|市长; also 杭州|市长 read as the place 杭州市 and 长), if one is
/// named right before it.
fn division_before(places: &[Fact], chars: &[char], s: usize, e: usize) -> Option<usize> {
    let role = &chars[s..e];
    let head = DIVISION_HEADS
        .iter()
        .find(|h| role.ends_with(&h.chars().collect::<Vec<_>>()))?;
    let unit = head.chars().next()?;
    places_just_before(places, s)
        .find(|p| p.end == s || (p.end == s + 1 && chars[s] == unit))
        .map(|p| p.start)
}

/// The places starting in the 12 chars before `s`, found by binary search
/// (`places` are sorted by start): those a title may take in.
fn places_just_before(places: &[Fact], s: usize) -> impl Iterator<Item = &Fact> {
    let from = places.partition_point(|p| p.start < s.saturating_sub(12));
    places[from..].iter().take_while(move |p| p.start < s)
}

/// Names in a list with a confirmed name (朱元东、田泉): each item that has
/// the shape of a name and is delimited by 、 is a name too.
fn list_names(
    doc: &Doc,
    lex: &Lexicon,
    names: &mut FxHashMap<Vec<char>, Option<(usize, usize)>>,
    org_spans: &Spans,
) {
    let chars = &doc.chars;
    let n = chars.len();
    let is_sep = |c: char| c == '、';
    // 对 pairs players (许银川、高懿屏对单霞丽、黄薇对高华).
    let is_end = |c: char| !is_han(c) || char_set!("和与及等这们对").contains(c);
    // Where an item may start: found once, read every round (a round over
    // every char was a tenth of person extraction on a long text).
    let starts: Vec<usize> = (0..n)
        .filter(|&i| {
            is_han(chars[i])
                && (i == 0 || is_sep(chars[i - 1]) || matches!(chars[i - 1], '和' | '对'))
        })
        .collect();
    for _round in 0..8 {
        let mut found = Vec::new();
        for &i in &starts {
            // An item: han chars between separators, 2–4 long.
            // The player after 对 and a confirmed name, the pair standing
            // alone between punctuation (、高懿屏对|单霞丽、).
            let versus = i >= 2
                && chars[i - 1] == '对'
                && (2..=4).any(|l| {
                    let from = (i - 1).checked_sub(l);
                    from.is_some_and(|f| {
                        names.contains_key(&chars[f..i - 1]) && (f == 0 || !is_han(chars[f - 1]))
                    })
                });
            if (i == 0 || is_sep(chars[i - 1]) || chars[i - 1] == '和' || versus)
                && is_han(chars[i])
            {
                let mut e = i;
                while e < n && is_han(chars[e]) && !is_end(chars[e]) && e - i < 5 {
                    e += 1;
                }
                let sl = lex.surname_at(chars, i);
                // The last item glued to a follower (李聪、李广|苏将在轨):
                // a three-char name before it.
                if sl > 0
                    && e - i > sl + 2
                    && i >= 1
                    && is_sep(chars[i - 1])
                    && char_set!(FOLLOWERS).contains(chars[i + sl + 2])
                    && name_ending(names, chars, i - 1)
                {
                    e = i + sl + 2;
                }
                let len = e - i;
                let item = &chars[i..e];
                // The last item closed by punctuation may end in a char that
                // is mostly a function word (魏玉坤、邹多为）).
                let closed = e < n
                    && !is_han(chars[e])
                    && !is_sep(chars[e])
                    && len == sl + 2
                    && !char_set!(SPEECH_FIRSTS).contains(chars[e - 1]);
                if (2..=4).contains(&len)
                    && sl > 0
                    && len - sl <= 2
                    && e < n
                    && (is_sep(chars[e])
                        || is_end(chars[e])
                        || char_set!(FOLLOWERS).contains(chars[e]))
                {
                    // After 对 only a whole item (对|单霞丽、), not the
                    // start of a phrase (布莱尔对|北爱和平).
                    let prev_conf = if versus {
                        e == n || char_set!("、，。；").contains(chars[e])
                    } else {
                        i >= 1 && name_ending(names, chars, i - 1)
                    };
                    let next_conf = e < n && is_sep(chars[e]) && name_starting(names, chars, e + 1);
                    if (prev_conf || next_conf)
                        && !names.contains_key(item)
                        && !contains(&lex.stop, item)
                        && !item[sl..len - usize::from(closed && prev_conf)]
                            .iter()
                            .any(|c| char_set!(NOT_GIVEN).contains(*c))
                        && !org_spans.overlaps(i, e)
                    {
                        found.push(item.to_vec());
                    }
                }
            }
        }
        if found.is_empty() {
            break;
        }
        for f in found {
            names.insert(f, None);
        }
    }
}

fn name_ending(
    names: &FxHashMap<Vec<char>, Option<(usize, usize)>>,
    chars: &[char],
    end: usize,
) -> bool {
    (2..=4).any(|l| l <= end && names.contains_key(&chars[end - l..end]))
}

fn name_starting(
    names: &FxHashMap<Vec<char>, Option<(usize, usize)>>,
    chars: &[char],
    start: usize,
) -> bool {
    (2..=4).any(|l| start + l <= chars.len() && names.contains_key(&chars[start..start + l]))
}

/// Characters of transliterated foreign names (克林顿, 理查德·赖尔登).
const TRANSLIT: &str = "滕得阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦顿多厄恩尔法凡菲费芬丰弗福盖甘冈戈格贡古瓜哈海汉豪赫黑亨洪胡华霍基吉加贾杰金京卡凯坎康考柯科克肯孔库夸拉莱赖兰朗劳勒雷蕾里理丽利莉连良林琳卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米密明莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘佩蓬皮珀普奇齐恰乔切钦琼丘屈让热日荣瑞若萨塞赛桑瑟森沙莎山珊尚舍申圣施什史舒斯思苏索塔泰坦汤唐特提汀图托瓦万旺威韦维温文沃乌伍武西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐祖卓宗茨策坚赞买吾木不来都佛叶圭夫契娃娅廖延彻怀捷松桥楚缪翰肖芭薇逊昆奎摩列勃";

/// Is `c` a character of transliterated foreign names? (segment tags unknown
/// words made of them as foreign names.)
pub(crate) fn is_translit(c: char) -> bool {
    char_set!(TRANSLIT).contains(c)
}

/// A foreign name jieba tagged as a name (克林顿/nr), confirmed by a role
/// before or after it or a speech verb; `Err(end)` for a landform's name
/// (艾特肯|盆地), which nothing up to `end` is a person's. `listed`: a
/// person's name ends right before, joined to this one by 和, 与 or 、.
fn foreign_token(
    doc: &Doc,
    lex: &Lexicon,
    i: usize,
    listed: bool,
) -> Option<Result<Candidate, usize>> {
    let k = doc.token_at(i)?;
    let first = doc.tokens[k];
    let chars = &doc.chars;
    // jieba tags some transliterated names as places (苏亚雷斯/ns): right
    // after a role (主教练|苏亚雷斯) or joined to a person's name (奥斯卡|
    // 和|巴尔加斯) such a word is a person's name.
    // Is there a role right before `i`? Asked by three of the rules below,
    // looked up once, and only when one asks.
    let role_before = std::cell::OnceCell::new();
    let role_before =
        || *role_before.get_or_init(|| lex.title_before(chars, i).is_some_and(|t| t.2));
    let after_role = || first.tag == "ns" && role_before();
    let joined = first.tag == "ns" && listed;
    let translit =
        |a: usize, b: usize| chars[a..b].iter().all(|&c| char_set!(TRANSLIT).contains(c));
    // 外长|拉|莫拉: right after a role, a one-char piece jieba read as a
    // word (拉 "pull") before a name-tagged piece begins the name.
    let role_piece = || {
        first.end == i + 1
            && translit(i, i + 1)
            && doc.tokens.get(k + 1).is_some_and(|u| {
                u.start == first.end && is_name_tag(u.tag) && translit(u.start, u.end)
            })
            && role_before()
    };
    // 部|长卢特|尼克: jieba's HMM glued the role's last char to the name's
    // first piece, a name-tagged piece after it.
    let glued_piece = || {
        first.start + 1 == i
            && doc.is_guessed(&first)
            && translit(i, first.end)
            && doc.tokens.get(k + 1).is_some_and(|u| {
                u.start == first.end && is_name_tag(u.tag) && translit(u.start, u.end)
            })
            && lex.title_before(chars, i).is_some_and(|t| t.2 && t.1 == i)
    };
    // 选手|基普/nz|图/n|打破, 选手|贝克/nr|勒/v: right after a role, a
    // transliteration piece jieba tags a name, an other name (nz), a noun
    // (总理|基里/n|延科/x) or made up begins a name that runs on through
    // the short pieces after it, whatever jieba took them for (three chars
    // at least, all of them transliteration chars: below).
    let role_run = first.start == i
        && (is_name_tag(first.tag) || matches!(first.tag, "nz" | "n") || doc.is_guessed(&first))
        && translit(i, first.end)
        && lex.title_before(chars, i).is_some_and(|t| t.2 && t.1 == i);
    let starts_here = first.start == i
        && (is_name_tag(first.tag) || joined || after_role() || role_piece() || role_run);
    if !(starts_here || glued_piece()) {
        return None;
    }
    // jieba cuts long names into name-tagged pieces (斯捷|帕申, 贾斯|蒂卡):
    // adjacent pieces of transliteration chars are one name. The last may
    // be one it tags a place, right before a speech verb (萨|维茨|卡亚|说).
    // After a role, too, a piece it tags a place is the name's (总裁|布/nr|
    // 伦德/ns|主持).
    let mut t = first;
    t.start = i;
    let mut j = k + 1;
    while let Some(u) = doc.tokens.get(j) {
        let last_before_speech = u.tag == "ns" && speech_at(chars, u.end);
        let place_piece_after_role = u.tag == "ns" && role_before();
        // Not a function word (科尔|都|两次访俄: "both").
        let run_piece = role_run
            && u.end - u.start <= 2
            && !matches!(u.tag, "d" | "p" | "c" | "u" | "uj" | "ul" | "r");
        if u.start != t.end
            || !(is_name_tag(u.tag) || last_before_speech || place_piece_after_role || run_piece)
            || u.end - t.start > 8
            || !translit(u.start, u.end)
        {
            break;
        }
        t.end = u.end;
        j += 1;
    }
    // 选手|维基/nrt|奇/ag|，: after a role, a last transliteration char
    // jieba read as a word of its own, before punctuation.
    if t.end + 1 < chars.len()
        && char_set!(TRANSLIT).contains(chars[t.end])
        && char_set!("，。、；：！？）)”」").contains(chars[t.end + 1])
        && doc
            .token_at(t.end)
            .is_some_and(|k| doc.tokens[k].end == t.end + 1)
        && role_before()
    {
        t.end += 1;
    }
    let len = t.end - t.start;
    // Two chars: one word jieba tags a transliterated name (nrt), right
    // after an office (外交大臣|库克/nrt|今天, 议长|贝里, 大使|库巴). jieba
    // tags words such as 多达, 休克 and 默契 nrt too: an occupation (选手|
    // 多达, 司机|休克) is not enough, nor 了/着/过 after the word (a date
    // is: 外长|迪尼|14日). Nor may it be the start of a longer name jieba
    // cut off from its last char: one it glued to the next word (教师|萨里/
    // nrt|赫在/x), or took for an abbreviation or a morpheme alone (阿拉/
    // nrt|济/j).
    let title = lex.title_before(chars, t.start);
    // Not a role jieba read as part of a name (周总理/nr|恩德 "kindness").
    let office = title
        .is_some_and(|t| t.2 && char_set!("长理统使臣席相书王").contains(chars[t.1 - 1]))
        && !doc
            .token_ending_at(i)
            .is_some_and(|k| is_name_tag(doc.tokens[k].tag));
    let cut_off = || {
        doc.token_at(t.end).is_some_and(|k| {
            let u = doc.tokens[k];
            u.start == t.end
                && (matches!(u.tag, "ul" | "uz" | "ug" | "uguo")
                    // 哈桑|多次 is a word, 萨里|赫在/x a guess.
                    || (doc.is_guessed(&u) && is_translit(chars[t.end]))
                    || (u.end == t.end + 1
                        && is_han(chars[t.end])
                        && matches!(u.tag, "j" | "x" | "ag" | "zg" | "g")))
        })
    };
    let two = len == 2 && first.tag == "nrt" && first.end == t.end && office && !cut_off();
    if !((3..=8).contains(&len) || two)
        || !translit(t.start, t.end)
        || contains(&lex.stop, &chars[t.start..t.end])
    {
        return None;
    }
    let after = longest_starting(&lex.after, chars, t.end, 4) > 0;
    let strong =
        title.is_some() || after || speech_at(chars, t.end) || (joined && doc.is_boundary(t.end));
    // Without context: a name of three or more transliteration chars that
    // jieba tags as a name and that no place or word explains, nor a
    // landform after it (艾特肯|盆地, 阿尔卑斯|山脉).
    if !strong && one_of_at(chars, t.end, &LANDFORMS) {
        return Some(Err(t.end));
    }
    // A place named after someone (肯尼迪|机场), unless a role names them.
    if title.is_none() && facility_at(chars, t.end) {
        return Some(Err(t.end));
    }
    if !strong && (first.tag != "nr" || !doc.is_boundary(t.end)) {
        return None;
    }
    Some(Ok(Candidate {
        start: t.start,
        end: t.end,
        strong,
        title: title.filter(|t| t.2).map(|t| (t.0, t.1)),
    }))
}

/// Chars of Uyghur, Kazakh and Tibetan names written in Chinese (阿依努尔,
/// 买买提江, 阿布都外力, 吐尔地, 热依汗古丽, 司马义) and of Portuguese ones
/// (卡瓦略), beside [`TRANSLIT`]'s:
/// too common in Chinese words to mark a foreign name alone, they join one
/// only through a middle dot.
const DOTTED_NAME_CHARS: &str = "依提江外力吐地汗义司孜甫玉素合旦措次仁央珠不都略";

/// Chars of Yi, Mongolian and Tibetan names written in Chinese beside
/// [`TRANSLIT`]'s and [`DOTTED_NAME_CHARS`]' (沙马拉且, 阿西木呷, 俄木伍各,
/// 巴特尔那顺, 萨仁高娃): common in Chinese words too, they join a name
/// only in a run a role or a speech verb frames.
const UNSURNAMED_NAME_CHARS: &str = "呷且各俄那顺高嫫惹嘎其敖音宝";

/// Names of China's peoples who bear no surname (彝族 吉克阿依, 蒙古族
/// 乌日娜), and foreign ones, which jieba cuts into pieces (吉克/nr*|
/// 阿依/nr*, 乌日/nrt|娜/n*): two tokens or more, three to six chars of
/// names written in Chinese, right after a role or opening a clause before
/// a speech verb. Each word of two chars or more is a name's or
/// one jieba's HMM made up (not 职工|福利|基金), and no char is a function
/// word's (not 德国总理|科尔|都, 豪迈|地|讲话).
fn unsurnamed_names(doc: &Doc, lex: &Lexicon, units: &Units) -> Vec<Fact> {
    let chars = &doc.chars;
    let name_char = |c: char| {
        char_set!(UNSURNAMED_NAME_CHARS).contains(c)
            || (dotted_name_char(c) && !char_set!(NOT_GIVEN).contains(c))
    };
    // The tag first: most words are no name's, and it costs least. A
    // name opens with a name's or a made-up word (沙/nr|马拉|且), or a
    // char before one (米/q|特罗/nrt|法|诺夫).
    let named = |t: &crate::segment::Token| {
        matches!(t.tag, "nr" | "nrt" | "nrfg" | "ns" | "ng") || doc.is_guessed(t)
    };
    let whole = |t: &crate::segment::Token| {
        (t.end - t.start == 1 || named(t)) && chars[t.start..t.end].iter().all(|&c| name_char(c))
    };
    // Not a dotted name's last part (易卜拉欣·阿德利).
    let opens_clause = |s: usize| s == 0 || !(is_han(chars[s - 1]) || is_name_dot(chars[s - 1]));
    let tokens = &doc.tokens;
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let opens = named(t)
            || (t.end - t.start == 1
                && tokens
                    .get(k + 1)
                    .is_some_and(|u| u.start == t.end && named(u)));
        if !opens || !whole(t) {
            k += 1;
            continue;
        }
        let s = tokens[k].start;
        let mut j = k + 1;
        while j < tokens.len()
            && tokens[j].start == tokens[j - 1].end
            && tokens[j].end - s <= 6
            && whole(&tokens[j])
        {
            j += 1;
        }
        let e = tokens[j - 1].end;
        // Not a Malaysian honorific before a name (前首相|敦马哈迪).
        let framed = j - k >= 2
            && (3..=6).contains(&(e - s))
            && !one_of_at(chars, s, &MALAYSIAN_HONORIFICS)
            && (lex
                .title_before(chars, s)
                .is_some_and(|(_, te, role)| role && te == s)
                || (opens_clause(s) && speech_at(chars, e)));
        if framed {
            let mut f = Fact::new(Kind::Person, s, e);
            f.title = role_title(doc, lex, units, s).map(|(a, b)| doc.slice(a, b));
            out.push(f);
            k = j;
        } else {
            k += 1;
        }
    }
    out
}

/// Can `c` be part of a name a middle dot joins?
fn dotted_name_char(c: char) -> bool {
    char_set!(TRANSLIT).contains(c) || char_set!(DOTTED_NAME_CHARS).contains(c)
}

/// The middle dots that join the parts of a transliterated name.
fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧' | '∙')
}

/// Transliterated names joined by a middle dot (彼得·罗森, 穆罕默德·本·萨勒曼).
fn foreign_names(doc: &Doc, lex: &Lexicon, units: &Units, places: &Spans) -> Vec<Fact> {
    let chars = &doc.chars;
    let n = chars.len();
    let mut out = Vec::new();
    // A hyphen joins the two family names of one person (托马斯-格林菲尔德)
    // when both sides are transliterations of two chars or more, neither of
    // them a place (俄罗斯-乌克兰) or a body.
    let translit_run = |from: usize, step: isize| {
        let mut k = from as isize;
        let mut len = 0;
        while k >= 0 && (k as usize) < n && char_set!(TRANSLIT).contains(chars[k as usize]) {
            len += 1;
            k += step;
        }
        len
    };
    let not_place = |p: usize| {
        doc.token_at(p)
            .is_none_or(|k| !matches!(doc.tokens[k].tag, "ns" | "nt"))
    };
    let joins = |i: usize| {
        chars[i] == '-'
            && translit_run(i - 1, -1) >= 2
            && translit_run(i + 1, 1) >= 2
            && not_place(i - 1)
            && not_place(i + 1)
    };
    let mut i = 1;
    while i + 1 < n {
        if !((is_name_dot(chars[i]) || joins(i)) && is_han(chars[i - 1]) && is_han(chars[i + 1])) {
            i += 1;
            continue;
        }
        // Left part: the characters before the dot back to a role, a
        // function word or punctuation (市长|理查德·赖尔登).
        let stop_char = |c: char| {
            !is_han(c) || char_set!("的了是在和与及为把被将对向从给于说等也就都又还").contains(c)
        };
        // 都 ("all") stops a name, but not in 阿布都 and 阿不都, the start of
        // many Uyghur names, nor in 阿都拉 (Abdullah, as Malaysia's papers
        // write it).
        let stop = |p: usize| {
            stop_char(chars[p])
                && !(chars[p] == '都'
                    && p > 0
                    && (matches!(chars[p - 1], '布' | '不')
                        || (chars[p - 1] == '阿' && chars.get(p + 1) == Some(&'拉'))))
        };
        let mut s = i;
        while s > 0 && i - s < 8 && !stop(s - 1) && dotted_name_char(chars[s - 1]) {
            // A role (市长) or a profession ending in 家/员/长/师/手/官
            // (指挥家) is not part of the name.
            if s < i
                && (longest_ending(&lex.roles, chars, s, lex.max_title) > 0
                    || char_set!("家员长师手官").contains(chars[s - 1]))
            {
                break;
            }
            s -= 1;
        }
        // A place the walk ran over is where the person is from, not part
        // of the name (巴西|卡洛斯·门德斯); a name that only begins like a
        // place keeps its first part whole (巴西尔·阿萨德: one char left),
        // and a one-char abbreviation is the name's (埃|瑞克: not Egypt).
        if let Some(q) = (s + 1..i.saturating_sub(1)).rev().find(|&q| {
            doc.is_boundary(q) && places.ending_at(q).is_some_and(|ps| ps >= s && q - ps >= 2)
        }) {
            s = q;
        }
        // Names written with other characters (Thai 差猜·春哈旺) right
        // after a role: the left part runs back to the role, the right part
        // is the word jieba made of it.
        let role_at = |p: usize| lex.title_before(chars, p).is_some_and(|t| t.2 && t.1 == p);
        let mut after_role = false;
        if !role_at(s) {
            if let Some(p) = (i.saturating_sub(4)..s)
                .rev()
                .find(|&p| role_at(p) && (p..i).all(|q| is_han(chars[q]) && !stop(q)))
            {
                s = p;
                after_role = true;
            }
        }
        // Right part(s): up to a function word, a role or a speech verb,
        // through further dots.
        let mut e = i + 1;
        loop {
            let from = e;
            // A part's first char after the dot is the name's, though it is
            // a function word elsewhere (卡洛斯·里贝罗).
            while e < n
                && e - from < 8
                && !stop(e)
                && dotted_name_char(chars[e])
                && (!char_set!(NOT_GIVEN).contains(chars[e])
                    || char_set!(DOTTED_NAME_CHARS).contains(chars[e])
                    || (e == from && char_set!(TRANSLIT).contains(chars[e]))
                    // Inside a run of transliteration chars (苏比亚: 比 is
                    // "than" elsewhere).
                    || (char_set!(TRANSLIT).contains(chars[e])
                        && chars.get(e + 1).is_some_and(|&c| {
                            char_set!(TRANSLIT).contains(c) && !char_set!(NOT_GIVEN).contains(c)
                        })))
                && !(e > from
                    && (longest_starting(&lex.after, chars, e, 4) > 0 || speech_at(chars, e)))
            {
                e += 1;
            }
            if e + 1 < n && is_name_dot(chars[e]) && is_han(chars[e + 1]) {
                e += 1;
                continue;
            }
            break;
        }
        // The word jieba reads after the dot, when it is a name (贾比尔/nr,
        // though 比 "than" stops the char walk) or, after a role, made up.
        if let Some(t) = doc.token_at(i + 1).map(|k| doc.tokens[k]) {
            // Not a follower or a title glued on (谢弗等, 郑先生).
            let name_chars = || {
                (e..t.end).all(|p| {
                    (char_set!(TRANSLIT).contains(chars[p])
                        || !char_set!(NOT_GIVEN).contains(chars[p]))
                        && longest_starting(&lex.after, chars, p, 4) == 0
                })
            };
            if t.start == i + 1
                && t.end > e
                && t.end - t.start <= 4
                && (is_name_tag(t.tag) || (after_role && doc.is_guessed(&t)))
                && name_chars()
            {
                e = t.end;
            }
        }
        // A name word jieba reads right where the walk stopped (卢拉·达|
        // 席尔瓦/nr: 席 is no transliteration char).
        if e > i + 1 {
            if let Some(t) = doc.token_at(e).map(|k| doc.tokens[k]) {
                if t.start == e
                    && t.end - t.start <= 4
                    && is_name_tag(t.tag)
                    && !doc.is_guessed(&t)
                    // Not a Chinese name run on in a headline's list
                    // (格列朗杰|王光英) nor a title (邦加|元帅).
                    && (t.tag == "nrt" || !lex.surnames.common.contains(&chars[e]))
                    && longest_starting(&lex.roles, chars, e, lex.max_title) == 0
                    // Not a word that begins a unit's name (里德|陆军/nr|研究所).
                    && !doc.token_at(t.end).is_some_and(|k| {
                        matches!(doc.tokens[k].tag, "n" | "nt") && doc.tokens[k].start == t.end
                    })
                    && (e..t.end).all(|p| longest_starting(&lex.after, chars, p, 4) == 0)
                {
                    e = t.end;
                }
            }
            // And a last transliteration char before punctuation, though
            // it is a function word elsewhere (克里斯·西德|里。).
            if e < n
                && char_set!(TRANSLIT).contains(chars[e])
                && chars
                    .get(e + 1)
                    .is_none_or(|&c| char_set!("，。、；：！？）)”」,.;").contains(c))
            {
                e += 1;
            }
        }
        if e > i + 1 && s < i {
            let mut f = Fact::new(Kind::Person, s, e);
            f.title = role_title(doc, lex, units, s).map(|(a, b)| doc.slice(a, b));
            // 罗兰·加洛斯|球场: a place named after someone.
            if f.title.is_some() || !facility_at(chars, e) {
                out.push(f);
            }
        }
        i = e;
    }
    // A title read at one mention belongs to every other.
    let titles: FxHashMap<String, String> = out
        .iter()
        .filter_map(|f| Some((doc.slice(f.start, f.end), f.title.clone()?)))
        .collect();
    for f in out.iter_mut().filter(|f| f.title.is_none()) {
        f.title = titles.get(&doc.slice(f.start, f.end)).cloned();
    }
    out
}

/// A letter of the Latin alphabet, accented ones too (João, Müller).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (matches!(c, '\u{c0}'..='\u{24f}') && c.is_alphabetic())
}

/// A Latin name in brackets right after a person: 彼得·罗森（Peter Rosen）.
fn latin_in_brackets(doc: &Doc, out: &mut Vec<Fact>) {
    let chars = &doc.chars;
    let mut extra = Vec::new();
    for f in out.iter() {
        let o = f.end;
        if o >= chars.len() || !matches!(chars[o], '（' | '(') {
            continue;
        }
        let mut e = o + 1;
        while e < chars.len()
            && e - o <= 40
            && (is_latin_letter(chars[e]) || char_set!(" .-'").contains(chars[e]))
        {
            e += 1;
        }
        // A name, not an acronym (毛额（GDP）: GDP is no one's name).
        if e < chars.len()
            && matches!(chars[e], '）' | ')')
            && e > o + 2
            && chars[o + 1].is_ascii_uppercase()
            && chars[o + 1..e].iter().any(|c| c.is_ascii_lowercase())
        {
            extra.push(Fact::new(Kind::Person, o + 1, e));
        }
    }
    out.extend(extra);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_firsts_are_the_verbs_firsts() {
        let (gate, firsts) =
            crate::extract::charset::gate_and_firsts(SPEECH_FIRSTS, SPEECH.iter().copied());
        assert_eq!(gate, firsts);
    }

    fn names(text: &str) -> Vec<(String, Option<String>)> {
        let jieba = crate::test_jieba();
        let doc = Doc::new(jieba, text, true);
        let lex = Lexicon::load();
        extract(&doc, &lex, &[], &[])
            .into_iter()
            .map(|f| (doc.slice(f.start, f.end), f.title))
            .collect()
    }

    /// (name, title) of every person in `text`, with the places found as
    /// the pipeline finds them.
    fn names_among_places(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(crate::test_jieba(), text, true);
        let places = super::super::place::extract(&doc, &crate::gazetteer::Gazetteer::load());
        extract(&doc, &Lexicon::load(), &places, &[])
            .into_iter()
            .map(|f| (doc.slice(f.start, f.end), f.title))
            .collect()
    }

    /// (name, title) of every person in `text`, the places and the
    /// organisations found first as the pipeline finds them.
    fn names_among_units(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(crate::test_jieba(), text, true);
        let places = super::super::place::extract(&doc, &crate::gazetteer::Gazetteer::load());
        let orgs = super::super::org::extract(&doc, &super::super::org::Lexicon::load(), &places);
        extract(&doc, &Lexicon::load(), &places, &orgs)
            .into_iter()
            .map(|f| (doc.slice(f.start, f.end), f.title))
            .collect()
    }

    /// A country before a dotted name is where its bearer is from.
    #[test]
    fn a_place_before_a_dotted_name_is_no_part_of_it() {
        for (text, want) in [
            ("巴西卡洛斯·门德斯说，他很满意。", "卡洛斯·门德斯"),
            // A part after a dot may begin with a function word's char
            // (里), and Portuguese names end in 略.
            ("巴西学者卡洛斯·里贝罗说，他很满意。", "卡洛斯·里贝罗"),
            ("巴西外长若昂·卡瓦略·门德斯举行会谈。", "若昂·卡瓦略·门德斯"),
            (
                "萨尔瓦多法拉本多·马蒂民族解放阵线发表声明。",
                "法拉本多·马蒂",
            ),
            // A name that begins like a place keeps its first part.
            ("巴西尔·阿萨德说，他很满意。", "巴西尔·阿萨德"),
            // A one-char abbreviation (埃, Egypt) is no place here.
            ("主办者请来了埃瑞克·孔泽尔。", "埃瑞克·孔泽尔"),
        ] {
            let got = names_among_places(text);
            assert_eq!(just_pairs(&got).first().map(|p| p.0), Some(want), "{text}");
        }
    }

    /// 才 ends a given name jieba's dictionary holds as a name (德才/nr),
    /// though elsewhere it is "only then".
    #[test]
    fn given_names_jieba_knows_may_end_in_cai() {
        assert_eq!(
            just("村党支部书记孙德才带着村民建厂。李明才到。"),
            ["孙德才", "李明"]
        );
    }

    /// Names with no known surname between a role and a speech verb: a
    /// day or 则 may stand between, and Japanese names run to five chars.
    #[test]
    fn unknown_surnames_between_role_and_speech() {
        let got = names_among_units(
            "自民党干事长森山裕当天表示，将争取过半数。党首野田佳彦批评说，不妥。\
             东京都知事小池百合子则呼吁选民投票。许多人认为，这不够。",
        );
        assert_eq!(
            just_pairs(&got),
            [
                ("森山裕", "自民党干事长"),
                ("野田佳彦", "党首"),
                ("小池百合子", "知事")
            ]
        );
    }

    /// A hospital's department is part of the title, with the hospital
    /// before it; a level of study is not (本科).
    #[test]
    fn hospital_departments_are_in_the_title() {
        let got = names_among_units(
            "北京协和医院儿科主任宋红梅介绍，心内科主任医师李强说，本科学生王明说。\
             肝外科主任樊明说。",
        );
        assert_eq!(
            just_pairs(&got),
            [
                ("宋红梅", "北京协和医院儿科主任"),
                ("李强", "心内科主任医师"),
                ("王明", "学生"),
                ("樊明", "肝外科主任")
            ]
        );
    }

    /// A made-up word ending in a way's head is a road's name.
    #[test]
    fn road_names_are_no_names() {
        assert!(just("台9线苏花路廊目前通行正常。").is_empty());
    }

    /// Adverbs that begin with a surname (尚需 "still needs") are words.
    #[test]
    fn adverbs_beginning_with_a_surname_are_words() {
        assert!(just("该项目尚需提交股东大会审议，改革尚需完善。").is_empty());
    }

    /// Roles and names the grammar reads with no unit found first: one
    /// (text, [(name, title)]) case each.
    #[test]
    fn roles_and_names_without_units() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A surname that is mostly a function word (应, 和, 向) right
            // after a role, in one made-up word before a day or a speech
            // verb; not alone.
            (
                "他说，检察长应勇8日在会上作报告。应勇说，要依法履职。应当指出，这不够。",
                &[("应勇", "检察长"), ("应勇", "检察长")],
            ),
            // 高级 before a role is the title's (高级农艺师, 高级编辑), and
            // crafts' and farming's grades are roles.
            (
                "他说，高级农艺师黄恕和高级工艺美术师姚建萍到场。",
                &[("黄恕", "高级农艺师"), ("姚建萍", "高级工艺美术师")],
            ),
            // A company's chief officers.
            (
                "他说，首席技术官穆拉蒂和首席财务官张华到场。",
                &[("穆拉蒂", "首席技术官"), ("张华", "首席财务官")],
            ),
            // 则 after a name ends it where jieba glued it on (李敬则);
            // 阿方 is a side in talks, not a name.
            (
                "他说，副总裁李敬则认为不妥，阿方则强调合作。",
                &[("李敬", "副总裁")],
            ),
            // A rank before the role's field (首席|策略|分析师, 代理|新闻|
            // 大臣), and 资深 as a rank.
            (
                "他说，首席策略分析师秦培景和代理新闻大臣劳兹到场，资深记者李华说。",
                &[
                    ("秦培景", "首席策略分析师"),
                    ("劳兹", "代理新闻大臣"),
                    ("李华", "资深记者"),
                ],
            ),
            // Taiwan's vice ministers and village chiefs, Hong Kong's police
            // ranks.
            (
                "他说，次长连锦漳表示，里长洪富宾指出，高级警司陈嘉欣介绍。",
                &[
                    ("连锦漳", "次长"),
                    ("洪富宾", "里长"),
                    ("陈嘉欣", "高级警司"),
                ],
            ),
            // Councillors of a district, a county, a state.
            (
                "他说，区议员张国强和州议员黄德明出席。",
                &[("张国强", "区议员"), ("黄德明", "州议员")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(just_pairs(&names(text)), *want, "{text}");
        }
    }

    /// A government body's long name (13 chars and more) is the title's.
    #[test]
    fn long_body_names_are_the_title() {
        let got = names_among_units("德清县人力资源和社会保障局局长沈国强介绍，情况良好。");
        assert_eq!(
            just_pairs(&got),
            [("沈国强", "德清县人力资源和社会保障局局长")]
        );
    }

    /// A division's head: the division named before the role is part of
    /// the title (the places found as the pipeline finds them).
    #[test]
    fn division_heads_take_the_division() {
        let got = names_among_places(
            "台北市长蒋万安说，浙江省副省长王文序介绍，市长李明到场，河南省方城县县长张国伟说。",
        );
        assert_eq!(
            just_pairs(&got),
            [
                ("蒋万安", "台北市长"),
                ("王文序", "浙江省副省长"),
                ("李明", "市长"),
                ("张国伟", "河南省方城县县长")
            ]
        );
        // And a division's councillors.
        let got = names_among_places("台北市议员徐巧芯说，区议员张国强到场。");
        assert_eq!(
            just_pairs(&got),
            [("徐巧芯", "台北市议员"), ("张国强", "区议员")]
        );
    }

    /// A dateline's place glued by jieba to the reporter's given name ends
    /// it (沈佩|瑶台|北).
    #[test]
    fn a_place_found_after_a_glued_given_name_ends_it() {
        let got = names_among_places("中央社记者沈佩瑶台北14日电，疾管署表示。");
        assert_eq!(just_pairs(&got), [("沈佩瑶", "中央社记者")]);
    }

    fn just_pairs(got: &[(String, Option<String>)]) -> Vec<(&str, &str)> {
        got.iter()
            .map(|(n, t)| (n.as_str(), t.as_deref().unwrap_or("")))
            .collect()
    }

    fn just(text: &str) -> Vec<String> {
        names(text).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn bian_paired_in_one_sentence_is_no_surname() {
        // 边…边: doing one thing while another (jieba guesses 边安慰/nr).
        for text in [
            "王建国边答边掏出笔记本，边安慰他们说：“别急。”",
            "王建国边走边看，边安慰他们说：“别急。”",
            "边唱边抹着热泪。",
            "边往里走边犯嘀咕。",
        ] {
            assert!(
                just(text).iter().all(|n| !n.starts_with('边')),
                "{text}: {:?}",
                just(text)
            );
        }
        // The pair takes no other name in its sentence.
        assert_eq!(just("王建国边走边看，边安慰他们说：“别急。”"), ["王建国"]);
        // A 边 in a word of its own is no pair: the person stays.
        for text in [
            "边防战士边长泰说，身边的战友都很好。",
            "记者边发吉从河边发回报道。",
        ] {
            assert!(
                just(text).iter().any(|n| n.starts_with('边')),
                "{text}: {:?}",
                just(text)
            );
        }
    }

    #[test]
    fn a_given_name_that_is_a_place_between_role_and_speech() {
        // 何|亚东 (a county) between a role and a speech verb is a name;
        // 向|美国 after a role is still the country.
        assert_eq!(
            names_among_places("商务部新闻发言人何亚东表示，将继续。部长向美国表示反对。"),
            [("何亚东".to_string(), Some("商务部新闻发言人".to_string()))]
        );
        // Or before another verb or an adverb: a role is not followed by a
        // surname and a place so.
        assert_eq!(
            names_among_places("合作社理事长刘长海正指挥收割。镇长孙永康出席仪式。"),
            [
                ("刘长海".to_string(), Some("理事长".to_string())),
                ("孙永康".to_string(), Some("镇长".to_string()))
            ]
        );
        // A region's word holding a rare surname (关中/s|秋) between the
        // role and a speech verb; not one holding a demonym (关中|人).
        assert_eq!(
            names_among_places("副镇长关中秋介绍说，已经完工。副市长关中人说，好。副县长关中等说，好。副县长关中市说，好。"),
            [("关中秋".to_string(), Some("副镇长".to_string()))]
        );
        // Or before 的 and a verb (张/q: jieba's measure word).
        assert_eq!(
            names_among_places("在站长张德安的带领下，职工植树。去德安的路。"),
            [("张德安".to_string(), Some("站长".to_string()))]
        );
    }

    #[test]
    fn about_before_a_figure_ends_no_name() {
        // jieba's 发现|金约 and 高出|近: 约 and 近 before a figure are
        // "about", no given name.
        assert!(just("公司派发现金约4.9亿元。通过率比英国学生高出近20%。").is_empty());
    }

    #[test]
    fn a_role_after_a_name_is_no_name_of_its_own() {
        // 董事长 begins with the surname 董; after the name it is a role.
        assert_eq!(
            names("李小华董事长说，我们有信心。"),
            [("李小华".to_string(), Some("董事长".to_string()))]
        );
    }

    #[test]
    fn an_adverb_for_a_given_name_between_role_and_verb() {
        // 立新 is an adverb to jieba; after a role and before a verb it is
        // the given name, as before a speech verb; not without the role.
        assert_eq!(
            names("县长孙立新出席会议。副局长黄立新介绍情况。大家立新功。"),
            [
                ("孙立新".to_string(), Some("县长".to_string())),
                ("黄立新".to_string(), Some("副局长".to_string()))
            ]
        );
    }

    #[test]
    fn town_in_a_given_name() {
        // 镇 inside a three-char word jieba's HMM made up is a given name's;
        // 王镇 before a government is a town.
        assert_eq!(
            just("交通部部长黄镇东说，要加快建设。王镇华说，好。王镇政府召开会议。"),
            ["黄镇东", "王镇华"]
        );
    }

    #[test]
    fn auctioneers_and_candidates_are_roles() {
        assert_eq!(
            names("执槌的拍卖师高岩说，成交了。民众党候选人柯文哲表示，会努力。"),
            [
                ("高岩".to_string(), Some("拍卖师".to_string())),
                ("柯文哲".to_string(), Some("民众党候选人".to_string())),
            ]
        );
    }

    #[test]
    fn by_kind_is_no_given_name() {
        // 制程|别 ("by process"), which jieba's HMM cut 以制|程别.
        assert!(just("以制程别来看，营收增加。").is_empty());
    }

    #[test]
    fn a_name_given_in_place_of_one() {
        assert_eq!(
            just("退休女工郑桂兰（化名）回忆说。王某（化名）在场。"),
            ["郑桂兰", "王某"]
        );
    }

    #[test]
    fn taiwanese_chief_officers_are_roles() {
        // 执行长 (a CEO), not the 行长 (a bank's head) inside it.
        assert_eq!(
            names("公司总裁暨执行长王家豪表示，财务长陈美玲说。"),
            [
                ("王家豪".to_string(), Some("总裁暨执行长".to_string())),
                ("陈美玲".to_string(), Some("财务长".to_string())),
            ]
        );
    }

    #[test]
    fn a_last_char_jieba_joined_to_the_speech_verb() {
        // 林岳|平坦|言: the given name's last char and 坦言's first are a
        // dictionary word; between a role and the verb the three chars are
        // the name. Not a name followed by a speech verb of its own.
        assert_eq!(
            names("总教练林岳平坦言，今天打得不好。局长王明表示同意。记者龚雯报道："),
            [
                ("林岳平".to_string(), Some("总教练".to_string())),
                ("王明".to_string(), Some("局长".to_string())),
                ("龚雯".to_string(), Some("记者".to_string())),
            ]
        );
    }

    #[test]
    fn malaysian_honorifics_stand_between_role_and_name() {
        let got = names_among_units(
            "首相拿督斯里安华今日在国会提呈预算案。卫生部长拿督斯里祖基菲里说，疫苗已到货。\
             前首相敦马哈迪昨日说，他不会退休。丹斯里郭鹤年捐款。伦敦敦促各方克制。",
        );
        assert_eq!(
            just_pairs(&got),
            [
                ("安华", "首相"),
                ("祖基菲里", "卫生部长"),
                ("马哈迪", "前首相"),
                ("郭鹤年", "")
            ]
        );
    }

    #[test]
    fn after_a_role_a_name_may_begin_with_a_place() {
        let jieba = crate::test_jieba();
        let gazetteer = crate::gazetteer::Gazetteer::load();
        let lex = Lexicon::load();
        let cases: &[(&str, &[&str])] = &[
            ("立法院长韩国瑜下午宣布休息。", &["韩国瑜"]),
            ("董事长韩宏伟介绍情况。中韩两国加强合作。", &["韩宏伟"]),
            // Workers' roles, one jieba's HMM glued to the surname
            // (机修|工唐|永福).
            (
                "来自营山县的机修工唐永福庭后告诉记者。搬运工李大山说，活不累。",
                &["唐永福", "李大山"],
            ),
            // Rare surnames that are words elsewhere, after a role.
            (
                "副局长籍文涛介绍。议员粘文彦质询时指出。他的原籍是山东，把胶带粘在墙上。",
                &["籍文涛", "粘文彦"],
            ),
            // Or before a follower, the given name one word; not a list of
            // abbreviations.
            (
                "外长韩致远在会谈。主席韩港澳在会上。部长朝韩美在会上。",
                &["韩致远"],
            ),
            // A role's last char read into a place with the surname
            // (外|长沙|伦赛, 会|长江|洋龙); the place itself stays one
            // elsewhere.
            (
                "老挝外长沙伦赛出席。华侨总会会长江洋龙说。长沙今天下雨。",
                &["沙伦赛", "江洋龙"],
            ),
            ("韩国瑜伽馆下午开业。", &[]),
            ("大使美国人都知道。", &[]),
            // Not a role read across two words (全县|长江|干堤).
            ("全县长江干堤总长300公里。", &[]),
        ];
        for (text, want) in cases {
            let doc = Doc::new(jieba, text, true);
            let places = crate::extract::place::extract(&doc, &gazetteer);
            let got: Vec<String> = extract(&doc, &lex, &places, &[])
                .iter()
                .map(|f| doc.slice(f.start, f.end))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn titles_confirm_names() {
        let cases: &[(&str, &[&str])] = &[
            ("等候在那里的市委书记金政说：“欢迎回来。”", &["金政"]),
            (
                "公司总经理王国润找到了副乡长黄声伟。",
                &["王国润", "黄声伟"],
            ),
            ("村民付天红心里没底。", &["付天红"]),
            ("湖北青年杨敏高兴地走下列车。", &["杨敏"]),
            // The third char alone a season (陈素|秋|表示).
            ("台中市财政局长陈素秋表示。", &["陈素秋"]),
            // 于 and 向 begin a name right after a role, before a pause or
            // a speech verb (向|文斌/nr, 于|海燕/nr, 向|立新/d).
            (
                "副县长向文斌，局长于海燕介绍，书记向立新说。",
                &["向文斌", "于海燕", "向立新"],
            ),
            // Not "to 王海" before another verb, 于 before a time, 和
            // ("and"), a role's absence (大家|向|海燕) or 向来 ("always").
            (
                "部长向王海颁奖，主任于今天上午到达，局长和海燕介绍。大家向海燕介绍，局长向来说，局长向来表示。",
                &["王海", "海燕", "海燕"],
            ),
            // Names ending in 时, its first two chars a word (王国|时), or
            // all three one word jieba made up.
            ("记者王国时报道。张新时在会上说。", &["王国时", "张新时"]),
            (
                "基建管理部副主任马聪，仔细梳理着施工计划。马聪带领大家加班。",
                &["马聪", "马聪"],
            ),
            ("主治医师欧阳明华正在查房。", &["欧阳明华"]),
            // jieba's HMM glues the role's last char to the name
            // (统计|师王华); not inside a dictionary word (总工程师).
            ("城市司首席统计师王中华解读说，降幅收窄。", &["王中华"]),
            ("总工程师张明介绍，他是总工程师。", &["张明"]),
            // 年 ends a given name jieba reads whole after a role.
            ("汇丰控股行政总裁祈耀年早前表示，将继续投资。", &["祈耀年"]),
            ("上海队主教练李秋平在赛后表示，球队还需努力。", &["李秋平"]),
            ("本报记者张晓东从市气象局获悉，明天有雨。", &["张晓东"]),
            // Players' and farmers' roles; 中 after a role is "among".
            ("海港队前锋武磊扳平比分。", &["武磊"]),
            ("种植大户张建军一边过秤一边说。", &["张建军"]),
            ("彭小民是中国男棋手中现在世界排名最靠前者。", &["彭小民"]),
            ("世界卫生组织总干事中岛宏说。", &["中岛宏"]),
            // A role before and a speech verb after outweigh a word
            // (高峻 "lofty"), not a unit's (总理|公署).
            ("协会副秘书长高峻说，新加坡总理公署宣布。", &["高峻"]),
            // An adverb jieba reads as the given name between a role and
            // a speech verb (立新/d).
            ("工业和信息化局副局长黄立新介绍，情况良好。", &["黄立新"]),
            // An adverb jieba cut off the name before a date.
            ("日本官房长官林芳正12日表示。", &["林芳正"]),
            // Two members abbreviated before their count.
            ("「蓝白两党想要扩权」，他说。", &[]),
            // A reign's name before its bracketed year; a kiln's name.
            ("明洪武七年（1374年）撤销，龙泉窑青瓷约占四成。", &[]),
            // A unit jieba tags nt before a title is no name (中文系|教授).
            ("北京大学中文系教授王福堂逝世。", &["王福堂"]),
            // Common surnames the list once lacked.
            ("村民赖明辉说，收成好。", &["赖明辉"]),
            ("记者洪秉明报道。", &["洪秉明"]),
            // A one-char word before a closing bracket ends the name, but a
            // photographer's 摄 does not.
            ("（记者吕绍刚）今天发布年报。", &["吕绍刚"]),
            ("（记者吕绍摄）", &["吕绍"]),
            // Between a role and a closing bracket, a function word ends
            // the name too.
            ("（记者邹多为）海关总署发布数据。", &["邹多为"]),
            // A photographer's credit confirms a name, with a title or
            // without (jieba glues 摄 on: 刘宇摄/x).
            ("（王定昶摄）", &["王定昶"]),
            ("（新华社记者刘宇摄）", &["刘宇"]),
            ("（资料照片）", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(just(text), *want, "{text}");
        }
    }

    #[test]
    fn a_confirmed_name_glued_with_its_end_to_the_next_char_is_whole() {
        // jieba's HMM reads 巴特尔|那顺家|有 at the first mention.
        let got = just("牧民巴特尔那顺家有草场。“卖了160多只羊。”巴特尔那顺说。");
        assert_eq!(got, ["巴特尔那顺", "巴特尔那顺"]);
    }

    #[test]
    fn a_confirmed_name_glued_to_the_next_char_is_whole() {
        // jieba's HMM reads 蔡旭|哲出|舱 at the second mention.
        let got = names("航天员蔡旭哲说，任务圆满成功。指令长蔡旭哲出舱后说，感谢祖国。");
        assert!(!got.is_empty());
        assert!(got.iter().all(|(n, _)| n == "蔡旭哲"), "{got:?}");
    }

    #[test]
    fn a_confirmed_two_char_name_glued_to_a_function_char() {
        // jieba's HMM reads 这是|武磊本|赛季 at the second mention.
        let got = names("海港队前锋武磊打进一球。这是武磊本赛季打进的第34粒进球。");
        assert_eq!(just_pairs(&got), [("武磊", "前锋"), ("武磊", "前锋")]);
    }

    #[test]
    fn a_foreign_names_last_part_is_a_later_mention() {
        let got = names_among_places(
            "首席执行官蒂姆·库克表示，业绩良好。库克说，将继续投资。作家杰克·伦敦生于美国，伦敦是英国首都。",
        );
        let got: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["蒂姆·库克", "库克", "杰克·伦敦"]);
    }

    #[test]
    fn rare_surnames_of_no_ordinary_word() {
        assert_eq!(
            just("副厅长眭国栋在会上说。记者芈晓琳报道。"),
            ["眭国栋", "芈晓琳"]
        );
    }

    #[test]
    fn function_chars_inside_a_transliterated_part() {
        // 比 and 里 ("than", "in") inside a run of transliteration chars;
        // 都 in 阿都拉 (Abdullah) with more of the name after it.
        assert_eq!(
            just("议员古纳拉惹·苏比亚今早抵达。总统奥拉西奥·塞尔帕·乌里韦出席。总监诺丽扎·阿都拉发文警告。"),
            ["古纳拉惹·苏比亚", "奥拉西奥·塞尔帕·乌里韦", "诺丽扎·阿都拉"]
        );
        // Not before a function char (比不上: "falls short of"), nor 都
        // ending the name ("all").
        assert_eq!(
            just("演员汤姆·克鲁斯比不上他。球员马里奥·费阿都来了。"),
            ["汤姆·克鲁斯", "马里奥·费阿"]
        );
    }

    #[test]
    fn a_confirmed_name_glued_to_a_role_before_is_whole() {
        // jieba's HMM reads 牵头|人何|立峰 at the first mention.
        let got = names("中方牵头人何立峰与美方会谈。何立峰表示，双方同意。");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(n, _)| n == "何立峰"), "{got:?}");
    }

    #[test]
    fn a_prize_named_after_someone_is_no_mention_of_them() {
        let got = names("诺贝尔物理学奖获得者李政道说，曹禺戏剧评论奖首次颁奖。");
        let got: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["李政道"]);
        // Won or given, the prize is the verb's: the name before is theirs.
        let got = names(
            "教练李明说，杨振宁获奖。盛云龙把政府奖给他的奖金捐了，盛云龙说。李明奖励了队员。",
        );
        let got: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["李明", "杨振宁", "盛云龙", "盛云龙", "李明"]);
        // Nor is a stadium, an airport or a park.
        let got = names("比赛在罗兰·加洛斯球场进行，飞机降落在肯尼迪机场，普京说。");
        let got: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["普京"]);
    }

    #[test]
    fn crews_and_coordinators_are_titled() {
        assert_eq!(
            just_pairs(&names("航天员蔡旭哲说，协调员潘永权表示。")),
            [("蔡旭哲", "航天员"), ("潘永权", "协调员")]
        );
    }

    #[test]
    fn a_transliterated_name_may_end_in_a_piece_jieba_tags_a_place() {
        assert_eq!(
            just_pairs(&names("宇航员萨维茨卡亚说，她很高兴。")),
            [("萨维茨卡亚", "宇航员")]
        );
    }

    #[test]
    fn a_role_begins_a_transliterated_name_whatever_jieba_took_its_first_piece_for() {
        // Made-up names: the first piece read as a noun (坦克/n "tank"),
        // pieces with 列 and 勃. No speech verb after them: the role alone
        // tells.
        assert_eq!(
            just_pairs(&names("总理坦克维奇今天抵达北京。")),
            [("坦克维奇", "总理")]
        );
        assert_eq!(
            just_pairs(&names("议长索列科夫今天抵达北京。")),
            [("索列科夫", "议长")]
        );
        assert_eq!(
            just_pairs(&names("外长勃兰科维奇今天抵达北京。")),
            [("勃兰科维奇", "外长")]
        );
    }

    #[test]
    fn a_two_char_transliterated_name_after_an_office_is_a_name() {
        assert_eq!(
            just_pairs(&names("议长贝格今天抵达北京。")),
            [("贝格", "议长")]
        );
        assert_eq!(
            just_pairs(&names("外长特纳14日抵达北京。")),
            [("特纳", "外长")]
        );
        // jieba's nrt words that are no names: after an occupation, or
        // before 了.
        assert!(names("参赛选手多达300人。").is_empty());
        assert!(names("总统休克了。").is_empty());
        // A role jieba read into a name's word: someone already named.
        assert!(names("缅怀周总理恩德友好永远。")
            .iter()
            .all(|(name, _)| name != "恩德"));
        // The start of a longer name is not the name.
        assert_eq!(just("外长拉曼尼今天抵达北京。"), ["拉曼尼"]);
        assert_eq!(just("外长哈桑济今天抵达北京。"), ["哈桑济"]);
        assert!(names("外长萨里赫在会上讲话。")
            .iter()
            .all(|(name, _)| name != "萨里"));
        // But a word after the name may start with a transliteration char.
        assert_eq!(just("外长哈桑多次访华。"), ["哈桑"]);
        assert_eq!(just("议长贝格不久前抵达北京。"), ["贝格"]);
    }

    #[test]
    fn withheld_names_are_names() {
        assert_eq!(
            just_pairs(&names(
                "被告人张某某以受贿罪被判处死刑，驾驶员杨某已被控制。"
            )),
            [("张某某", ""), ("杨某", "驾驶员")]
        );
        // Without a role: the shape alone (张 is also a measure word).
        assert_eq!(just("将前来劝阻的张某某砍伤。"), ["张某某"]);
        // A traffic police report's driver, jieba gluing the role's last
        // char to the surname (驾驶|人王|某).
        assert_eq!(
            just_pairs(&names("肇事驾驶人王某已被警方控制。")),
            [("王某", "驾驶人")]
        );
    }

    #[test]
    fn a_player_position_is_a_role() {
        assert_eq!(
            just_pairs(&names("国安队中场张稀哲主罚点球，中场休息时比分未变。")),
            [("张稀哲", "国安队中场")]
        );
    }

    #[test]
    fn a_party_vouches_for_its_member_named_after_it() {
        let got = names_among_units("民众党柯文哲、吴欣盈得票。");
        assert_eq!(just_pairs(&got), [("柯文哲", ""), ("吴欣盈", "")]);
    }

    #[test]
    fn dictionary_names_may_begin_with_a_function_char() {
        // 若, 之, 得 begin given names where jieba's dictionary holds the
        // name whole; 能 and 者 do not.
        assert_eq!(
            just_pairs(&names("她的教练陈若琳说，数学家陈省身来了。")),
            [("陈若琳", "教练"), ("陈省身", "数学家")]
        );
        assert!(names("谁不希望教师都能安居乐教，一部兵书可为王者师。").is_empty());
        // Names jieba's dictionary holds that double their last char.
        assert_eq!(just("赛场上只有郭晶晶一个孤独的身影。"), ["郭晶晶"]);
    }

    #[test]
    fn a_given_name_glued_to_the_next_word_is_whole() {
        // jieba's HMM makes 哲说 and 航到 words: the name is 柯文哲, 徐鹏航.
        assert_eq!(
            names("市长柯文哲说，明天开会。"),
            [("柯文哲".to_string(), Some("市长".to_string()))]
        );
        assert_eq!(
            names("新上任的总经理徐鹏航到各地考察。"),
            [("徐鹏航".to_string(), Some("总经理".to_string()))]
        );
        // Or a dictionary word of the last char and 说, after a role
        // (李炳|文说/n).
        assert_eq!(
            names("矿党委书记李炳文说的话，令人难忘。"),
            [("李炳文".to_string(), Some("党委书记".to_string()))]
        );
        assert_eq!(just("作家张伟小说中的人物。"), ["张伟"]);
        // 笑着说 is a speech verb, though 笑 alone is an adverb before one
        // (王海笑说): it vouches for a rare surname's name (石).
        assert_eq!(just("“票买到了。”石振宇笑着说。"), ["石振宇"]);
        // A last char jieba tags a foreign name's (孔祥|睿/nrt, 徐义|昭/nrt).
        assert_eq!(
            just("“我做到了。”孔祥睿说。外交官徐义昭也上台。"),
            ["孔祥睿", "徐义昭"]
        );
        assert!(just("昨天张伟文说，明天开会。").is_empty());
        // Read short under its title, whole where it speaks: one person,
        // titled at every mention.
        let got = names("代市长王照环走马上任。王照环说，供热要跟天气转。");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got
            .iter()
            .all(|(n, t)| n == "王照环" && t.as_deref() == Some("市长")));
        // 才 and 会 end a name jieba read whole between a role and a speech
        // verb; 则 and 等 never do: they follow it (李敬|则, 刘琦|等).
        assert_eq!(
            just("厅长王金会介绍。主席罗豪才说。副总裁李敬则认为。所长刘琦等出席。"),
            ["王金会", "罗豪才", "李敬", "刘琦"]
        );
    }

    #[test]
    fn names_without_a_surname() {
        assert_eq!(
            names("副主席次仁卓嘎说，救灾物资已运到。"),
            [("次仁卓嘎".to_string(), Some("副主席".to_string()))]
        );
        assert_eq!(just("歌唱家才旦卓玛演唱了新歌。"), ["才旦卓玛"]);
        assert_eq!(
            names("部长多吉才让看望了官兵。"),
            [("多吉才让".to_string(), Some("部长".to_string()))]
        );
        // One element is a name right after a title.
        assert_eq!(
            names("副书记丹增今天指出，物资已运到。"),
            [("丹增".to_string(), Some("副书记".to_string()))]
        );
        // One element alone is a word or a place as much as a name.
        assert!(just("尼玛县遭受雪灾。").is_empty());
    }

    #[test]
    fn title_is_the_fullest_role() {
        let got = names("刑二庭庭长徐燕表示。中铁二局项目经理王建军说。");
        assert_eq!(
            just_pairs(&got),
            [("徐燕", "庭长"), ("王建军", "中铁二局项目经理")]
        );
        let got = names("浙江某有限公司党支部书记、总经理林晓峰的感慨，源于号召。");
        assert_eq!(got[0].0, "林晓峰");
        assert_eq!(got[0].1.as_deref(), Some("党支部书记、总经理"));
        let got = names("国家统计局首席统计师董莉娟表示，价格回落。");
        assert_eq!(
            got[0],
            (
                "董莉娟".to_string(),
                Some("国家统计局首席统计师".to_string())
            )
        );
        // Well-known people take the title before them too.
        let got = names("联合国秘书长古特雷斯出席会议。");
        assert_eq!(got[0].1.as_deref(), Some("联合国秘书长"));
        let got = names("轮值董事长徐直军在发布会上说。");
        assert_eq!(
            got[0],
            ("徐直军".to_string(), Some("轮值董事长".to_string()))
        );
        // Scholars of a field (红学家, 史学家).
        let got = names("红学家周汝昌曾评价此书，史学家梁启超曾感叹。");
        assert_eq!(
            just_pairs(&got),
            [("周汝昌", "红学家"), ("梁启超", "史学家")]
        );
        // A dictionary word holding the whole role and the next char is
        // no role before a name (常任|理事国|有); one starting inside it
        // is jieba's glue (会|长江|洋龙).
        assert_eq!(
            just("安理会5个常任理事国有3个弃权。委员深入国有大中型企业调查。"),
            Vec::<String>::new()
        );
        // Prefixes are words: 常务副市长, 常任秘书长, but not the 务 of
        // 事务大臣.
        let got = names("会上，常任秘书长许宝琨说。");
        assert_eq!(got[0].1.as_deref(), Some("常任秘书长"));
        let got = names("英国北爱尔兰事务大臣莫勒姆说。常务副市长刘强表示。");
        assert_eq!(got[0].1.as_deref(), Some("大臣"));
        assert_eq!(got[1].1.as_deref(), Some("常务副市长"));
        // A university's department before the role (经济学|系, 物理系).
        let got = names("澳门大学经济学系教授冯家超分析。清华大学物理系教授王明说。");
        assert_eq!(
            just_pairs(&got),
            [
                ("冯家超", "澳门大学经济学系教授"),
                ("王明", "清华大学物理系教授")
            ]
        );
        // Chief designers and a park's or a zoo's head (总设计师, 园长).
        let got = names("火箭总设计师龙乐豪说。动物园园长郑世嘉指出。");
        assert_eq!(
            just_pairs(&got),
            [("龙乐豪", "总设计师"), ("郑世嘉", "园长")]
        );
        // A verb jieba glued to the name before 着 (赵敏笑|着|说).
        let got = names("车间主任赵敏笑着说，订单很多。赵敏说。");
        assert_eq!(got[0].0, "赵敏");
        assert_eq!(got[1].0, "赵敏");
        // A name jieba's HMM glued to 率 "leads" (闵宜仁率|工作组,
        // 高志|平率|检查组).
        // Names with no surname of the list, between a role and a speech
        // verb (Japanese names); not words, nor a name and a title or an
        // adverb (刘勤|首先说).
        let got = names("日本首相岸田文雄表示，将继续努力。公司社长佐藤恒治说，将扩大投资。自民党干事长森山裕说：“好。”");
        assert_eq!(
            just_pairs(&got),
            [
                ("岸田文雄", "首相"),
                ("佐藤恒治", "社长"),
                ("森山裕", "自民党干事长")
            ]
        );
        assert_eq!(just("经理刘勤首先说，好。"), ["刘勤"]);
        // Two chars of one foreign name's word; not another word.
        assert_eq!(
            just_pairs(&names("意大利外长迪尼表示，希望对话。经理今天表示，好。")),
            [("迪尼", "外长")]
        );
        assert!(just("负责人戴维博士说，好。发言人办公室说。经理进一步说。")
            .iter()
            .all(|n| n == "戴维"));
        // A rarer function-word surname and a word jieba's HMM made up.
        assert!(just("政党干事长由前国民之声党代表担任。").is_empty());
        // A body jieba's dictionary knows, right before the role, is the
        // title's (财政司|司长).
        let got = names("财政司司长陈茂波表示，经济向好。");
        assert_eq!(got[0].1.as_deref(), Some("财政司司长"));
        // Roles joined by 兼 ("concurrently") are one title.
        let got = names("集团董事长兼首席执行官雷军表示，要加油。");
        assert_eq!(got[0].1.as_deref(), Some("董事长兼首席执行官"));
        let got = names("公司董事长暨总裁陈立新表示，订单充足。");
        assert_eq!(got[0].1.as_deref(), Some("董事长暨总裁"));
        // A name at the very end of a text.
        assert_eq!(just("记者王小明"), ["王小明"]);
        assert!(just("记者周").is_empty());
        let got = names("地震局副局长闵宜仁率工作组赶赴灾区。局长高志平率检查组下乡。");
        assert_eq!(just_pairs(&got), [("闵宜仁", "副局长"), ("高志平", "局长")]);
        // Or to 则 "then" (侯友|宜则|向).
        assert_eq!(just("侯友宜则向支持者致歉。"), ["侯友宜"]);
        // A rare last char jieba tags z (巩立|姣), or glued to 以 "with"
        // (葛曼|棋以, 孙颖莎以).
        assert_eq!(
            just("巩立姣以20米43夺冠。葛曼棋以11秒获胜，孙颖莎以4比0获胜。"),
            ["巩立姣", "葛曼棋", "孙颖莎"]
        );
        // 其 begins a given name where jieba reads one name (周其林), not
        // after a preposition or a verb (向其, 将其).
        assert_eq!(just("大学教授周其林获得大奖。"), ["周其林"]);
        assert!(just("市长向其表示感谢。将其列入名单。").is_empty());
        assert_eq!(just("总统李在明当天表示欢迎。"), ["李在明"]);
        assert!(just("老李在家里休息。").is_empty());
        // A given name jieba tags ns that is no place (谭|德塞).
        let got = names("世界卫生组织总干事谭德塞当天在日内瓦说。");
        assert_eq!(got[0].0, "谭德塞");
        // Roles of other governments (行政长官, 议长, 大臣, 检察长).
        let got = names("香港特区行政长官李家超表示，议长哈马迪说。");
        assert_eq!(
            got,
            [
                ("李家超".to_string(), Some("行政长官".to_string())),
                ("哈马迪".to_string(), Some("议长".to_string()))
            ]
        );
    }

    #[test]
    fn bylines_lists_and_repeats() {
        let cases: &[(&str, &[&str])] = &[
            (
                "本报杭州3月10日电（记者 周文涛）连日来，各地复工。",
                &["周文涛"],
            ),
            (
                "老党员田大泉带着几名党员服务企业。像朱志东、田大泉这样的党员很多。",
                &["田大泉", "朱志东", "田大泉"],
            ),
            (
                "研究员孙立平说，数据在变化。孙立平认为还需观察。",
                &["孙立平", "孙立平"],
            ),
            // A list's last name glued to a follower, or closed by a
            // bracket though it ends in a function-word char; not a name
            // and its speech verb.
            (
                "（记者魏玉坤、邹多为）航天员叶光富、李聪、李广苏将在轨驻留。",
                &["魏玉坤", "邹多为", "叶光富", "李聪", "李广苏"],
            ),
            ("记者王明、刘波说，情况属实。", &["王明", "刘波"]),
            // A given name that begins with a function char (若, 太), and a
            // surname that is a province's abbreviation (苏), framed by a
            // role and a byline's space or bracket or a list's comma.
            (
                "（记者 樊若林 通讯员 贝立群）会议举行。",
                &["樊若林", "贝立群"],
            ),
            ("（记者 苏沐阳）会议举行。", &["苏沐阳"]),
            // A byline's names parted by spaces, whatever jieba made of
            // them (钟予|晴/v), in the chars of Uyghur names too; not its
            // roles, nor a byline left open.
            (
                "（本报记者 钟予晴 郗方远 通讯员 阿依努尔 摄）会议举行。",
                &["钟予晴", "郗方远", "阿依努尔"],
            ),
            ("(记者 钟予晴)会议举行。", &["钟予晴"]),
            ("。记者 钟予晴 阿依努尔）会议举行。", &["钟予"]),
            (
                "（记者 钟予晴 高级记者 郗方远）会议举行。",
                &["钟予晴", "郗方远"],
            ),
            (
                "省长李明和副书记王太明、方兆华也下到县里。",
                &["李明", "王太明", "方兆华"],
            ),
        ];
        // A byline's names parted by a space share its title.
        assert_eq!(
            just_pairs(&names("（记者章建华 孙一）会议举行。")),
            [("章建华", "记者"), ("孙一", "记者")]
        );
        // And after a space after the role.
        assert_eq!(
            just_pairs(&names("（记者 钟予晴 郗方远）会议举行。")),
            [("钟予晴", "记者"), ("郗方远", "记者")]
        );
        for (text, want) in cases {
            assert_eq!(just(text), *want, "{text}");
        }
        // A list is read to its end from one confirmed name, however long.
        assert_eq!(
            just("王夔、王亚辉、王志新、方守贤、左铁镛、石元春、白景中、乐寿长等院士出席。"),
            [
                "王夔",
                "王亚辉",
                "王志新",
                "方守贤",
                "左铁镛",
                "石元春",
                "白景中",
                "乐寿长"
            ]
        );
        // A role jieba's HMM glued to the surname (总召傅|崐|萁), and a
        // morpheme alone (萁/g) ending the name.
        assert_eq!(
            just_pairs(&names("党团总召傅崐萁批评。")),
            [("傅崐萁", "总召")]
        );
        // A role right before a list is every listed name's; a name with a
        // role of its own keeps it.
        assert_eq!(
            just_pairs(&names("副省长秦国文、何报翔出席。市长王强、书记李明到场。")),
            [
                ("秦国文", "副省长"),
                ("何报翔", "副省长"),
                ("王强", "市长"),
                ("李明", "书记")
            ]
        );
    }

    #[test]
    fn counts_and_families_are_not_people() {
        for text in [
            "各界人士二百五十余人出席。",
            "机关干部200余人到场。",
            "刘家本来就贫穷。",
            "他曾任北京市政协副主席。",
        ] {
            assert!(just(text).is_empty(), "{text}: {:?}", just(text));
        }
        assert_eq!(just("老五孙凤珍是小学校长，她说很忙。"), ["孙凤珍"]);
        // A word and a locative after a role: a name (黄金|中说).
        assert_eq!(just("总经理黄金中说，明天开会。"), ["黄金中"]);
        // A common surname of its own and a two-char place opening a
        // clause before a speech verb; not inside a clause, nor before
        // another word.
        let just_among_places = |text: &str| -> Vec<String> {
            names_among_places(text)
                .into_iter()
                .map(|(n, _)| n)
                .collect()
        };
        assert_eq!(
            just_among_places("会议结束。濮永康表示，将继续投资。"),
            ["濮永康"]
        );
        assert!(just_among_places("会议结束，看到濮永康表示欢迎。濮永康的工厂开工。").is_empty());
    }

    #[test]
    fn weather_and_words_are_not_people() {
        for text in [
            "明天多云转小雨，气温下降。",
            // An amount, and the acronym in brackets after it.
            "国防预算占国内生产毛额（GDP）2.45%。",
            "文明城市创建工作全面展开，部署周密。",
            "高明的医生也会犯错，方面军已出发。",
            "他说，江山如此多娇。",
            "大家表示，明年再来。",
            "文件指出，要加强管理。",
            // A surname that is also a word, before a verb.
            "美国曾表示希望以观察员身份参加。",
            "他在会见时强调，要深化合作。",
            // 时 ("when") after a word no name is (陈述, 代表), before a
            // speech verb.
            "被告人在最后陈述时表示认罪，会见先进个人代表时说。",
            // A word and a locative (贺信|中, 陈述|中, 水平|上) before a
            // speech verb.
            "总理在贺信中指出，被告在最后陈述中表示认罪，在这个水平上说。",
            "在全市中开展评比活动。",
            // Two-char words jieba's dictionary tags nr, with no other
            // sign of a person.
            "法院审理查明，全省夏粮增产，廉政建设加强。",
            // A dictionary name read across a word jieba split off before
            // it (派发|现金|红利 cut 发现|金红利, 送|行李|大使).
            "公司拟向全体股东每10股派发现金红利276.24元。",
            "两院议员为他送行李大使举行招待会。",
            // Three-char ones that end in a place's, a body's or an
            // event's head.
            "推出新一轮“故宫夏令营”，预计可容纳学生。空军驻吉林某雷达站。来到熊猫馆。",
            // Lakes, periods and kinds; reduplicated words.
            "梁子湖水质好转，梅雨期结束，沙丁鱼洄游，是表现最好的蓝筹股。天刚蒙蒙亮，下着毛毛雨。",
            // A colour's reduplicated adjective, and foods.
            "金灿灿的麦穗，白花花的棉花，当地的牛羊肉、玉米粒运往全国。",
            // Sports, foods and places listed as ordinary words.
            "北京马拉松在天安门广场鸣枪起跑，马拉松赛后应补充水分。胡萝卜、罗布泊。",
            // A park named like a person (金|匮/zg|公园).
            "马拉松在无锡市金匮公园鸣枪开跑。",
            // 期 ends no made-up given name.
            "今年经受住了华北黄淮夏播期干旱等灾害考验。",
            // And those beginning with a word no name begins with.
            "此次寒潮过程影响范围广、降温幅度大。",
            // A rare surname opening a two-char word jieba's HMM made up,
            // before a speech verb (信|中 is "in the letter").
            "董事会主席在致股东信中表示，集团回购了股票。",
            // Rates: 率 after a surname and one char is no name's follower.
            "旅客满意率达到98%，案件查结率达91%，周转率提高。",
            // A surname before a place (应|美国 is "at the invitation of").
            "代表团应美国政府邀请出访，并表示感谢。",
            // A unit before its head's role (党|总支 is no name).
            "村党总支书记告诉记者。",
            // Transliterated names of landforms (艾|特肯|盆地: 艾 is a
            // surname too).
            "着陆在南极—艾特肯盆地。城市前面是比格尔海峡。",
        ] {
            assert!(just(text).is_empty(), "{text}: {:?}", just(text));
        }
    }

    /// A two-char word jieba's HMM made of a surname and one more char is
    /// no name before a noun (冷链|物流), unless the noun is a role, a
    /// family member or a photo credit.
    #[test]
    fn a_made_up_word_before_a_noun_is_no_name() {
        for text in [
            "冷链物流企业加强管理，冷链车辆全部消毒。",
            "海关查私案值上升。",
        ] {
            assert!(just(text).is_empty(), "{text}: {:?}", just(text));
        }
        assert_eq!(just("邓岚副教授提醒道。"), ["邓岚"]);
        assert_eq!(just("出席的有邓宏夫人李静。"), ["邓宏", "李静"]);
        assert_eq!(just("她认识了邓芳大姐。"), ["邓芳"]);
    }

    /// A word ending in a place unit after a name makes it a place's
    /// (荣昌|高新区), unless no place names such an area (禁区 "the box").
    #[test]
    fn names_before_areas() {
        assert!(just("荣昌高新区新建了三座工厂。").is_empty());
        assert_eq!(just("第35分钟，张稀哲禁区外远射扳平比分。"), ["张稀哲"]);
    }

    /// A work's title is no name unless the text names the person outside
    /// one or the name is well known.
    #[test]
    fn titles_of_works() {
        assert!(just("论文发表在《柳叶刀·公共卫生》上。影片《金眼》上映。").is_empty());
        assert_eq!(
            just("影片《孔繁森》上映。孔繁森生前说过。《邓小平文选》出版。"),
            ["孔繁森", "孔繁森", "邓小平"]
        );
        assert_eq!(just("画册《周恩来》出版。"), ["周恩来"]);
    }

    /// A text and the (name, title) pairs expected in it.
    type NameCases<'a> = &'a [(&'a str, &'a [(&'a str, Option<&'a str>)])];

    #[test]
    fn well_known_people_and_bare_surnames() {
        let cases: NameCases = &[
            ("在邓小平理论指引下，继续前进。", &[("邓小平", None)]),
            ("坚持马克思主义的基本原理。", &[("马克思", None)]),
            ("毛泽东思想是宝贵的精神财富。", &[("毛泽东", None)]),
            ("江主席离开纽约抵达波士顿。", &[("江", Some("主席"))]),
            ("李老师看了以后微笑着点头。", &[("李", Some("老师"))]),
            ("胡老说，画画累了就到院里走走。", &[("胡", Some("老"))]),
            // A function's head (技术总监), chained with a second role.
            (
                "公司技术总监、高级工程师马晓东坦言。",
                &[("马晓东", Some("技术总监、高级工程师"))],
            ),
            ("国民党立委马文君质疑。", &[("马文君", Some("国民党立委"))]),
            // 同 ("with") that jieba's HMM glued to a name confirmed elsewhere.
            (
                "王毅同拉莫拉会谈。外交部长王毅表示。",
                &[("王毅", Some("外交部长")), ("王毅", Some("外交部长"))],
            ),
            // A made-up word between a role and a speech verb may hold 向.
            (
                "经济系教授林向恺认为，赤字可能扩大。",
                &[("林向恺", Some("经济系教授"))],
            ),
            // Players', coaches' and police ranks.
            (
                "先发投手林昱珉主投4局，总教练曾豪驹说，高级督察郑嘉欣表示。",
                &[
                    ("林昱珉", Some("投手")),
                    ("曾豪驹", Some("总教练")),
                    ("郑嘉欣", Some("高级督察")),
                ],
            ),
            // A bureau's field before its head, the bureau unsaid.
            (
                "农业局长李芳林表示，地质部长李四光说。",
                &[("李芳林", Some("农业局长")), ("李四光", Some("地质部长"))],
            ),
            // 期 inside a name, and ending one jieba's dictionary holds.
            ("图灵奖得主姚期智教授说。", &[("姚期智", Some("教授"))]),
            // 之 ends a name jieba's dictionary holds, not one before a
            // word it begins (夏秋|之交).
            (
                "副校长龚育之说，林散之是书法大师。夏秋之交，庄稼一片绿。冯骥才说。总裁高峰会召开。",
                &[
                    ("龚育之", Some("副校长")),
                    ("林散之", None),
                    ("冯骥才", None),
                ],
            ),
            // Leaders' and commanders' roles after the name, not after 任
            // ("serves as"); a chief statistician (总|统计|师王秀梅: 总 cut
            // off).
            (
                "江泽民总书记指出，朱德总司令检阅部队，总统计师王秀梅表示。\
                 习近平主席会见了他。\
                 高苕华任副主席。中华苏维埃副主席周恩来。",
                &[
                    ("江泽民", Some("总书记")),
                    ("朱德", Some("总司令")),
                    ("王秀梅", Some("总统计师")),
                    ("习近平", Some("主席")),
                    ("周恩来", Some("副主席")),
                ],
            ),
            // Appointment notices.
            (
                "任命刘小兵为副部长；免去王志刚的科学技术部副部长职务。",
                &[
                    ("刘小兵", Some("副部长")),
                    ("王志刚", Some("科学技术部副部长")),
                ],
            ),
            // Later names of the notice's list.
            (
                "任命陈小兵为湖南省交通运输厅厅长，李敏为湖南省卫生健康委员会副主任。\
                 任命张伟为国家发展和改革委员会副主任。选举张绪明为市政协主席。",
                &[
                    ("陈小兵", Some("厅长")),
                    ("李敏", Some("副主任")),
                    ("张伟", Some("副主任")),
                    ("张绪明", Some("主席")),
                ],
            ),
            // A role after the name, when none stands before it.
            (
                "昨天，李廷栋院士逝世。王海先生说，中小学校长都来了。",
                &[("李廷栋", Some("院士")), ("王海", None)],
            ),
            // A byline's title is every listed name's, as any role's
            // written right before a list is.
            (
                "（记者李国利、黄一宸、孙亮全）副市长王海、李明出席。",
                &[
                    ("李国利", Some("记者")),
                    ("黄一宸", Some("记者")),
                    ("孙亮全", Some("记者")),
                    ("王海", Some("副市长")),
                    ("李明", Some("副市长")),
                ],
            ),
            // Not people: a preposition before a teacher, weather, sport.
            ("他向老师请教问题。", &[]),
            // A surname-like word before a verb, with no role before it
            // (秦|统一, 赵|外出).
            ("公元前221年，秦统一六国。赵外出未归。", &[]),
            // A surname alone, as the papers write it (黄姓男子).
            ("肇事驾驶为52岁黄姓男子，林姓女子受伤。", &[]),
            ("华北北部有阵雨或雷阵雨。", &[]),
            ("男子曲棍球比赛今天开始。", &[]),
        ];
        for (text, want) in cases {
            let got = names(text);
            let got: Vec<(&str, Option<&str>)> = got
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_deref()))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn transliterated_names() {
        let cases: &[(&str, &[&str])] = &[
            ("印尼农业部长贾斯蒂卡最近披露了计划。", &["贾斯蒂卡"]),
            ("内务部长斯捷帕申是前政府的司法部长。", &["斯捷帕申"]),
            // Names jieba tags as places (苏亚雷斯/ns), after a role or
            // joined to a person's name.
            (
                "主教练苏亚雷斯则表示，奥地利总理克利马也说。",
                &["苏亚雷斯", "克利马"],
            ),
            ("奥斯卡和巴尔加斯先后建功。", &["奥斯卡", "巴尔加斯"]),
            ("肯尼亚选手罗斯·切普昆位列女子组第一。", &["罗斯·切普昆"]),
            // A one-char piece jieba read as a word after a role (外长|拉|莫拉).
            ("王毅同南非外长拉莫拉会谈。", &["王毅", "拉莫拉"]),
            // The role's last char glued to the first piece (部|长卢特|尼克).
            ("美国商务部长卢特尼克表示。", &["卢特尼克"]),
            ("北约秘书长斯托尔滕贝格当天说。", &["斯托尔滕贝格"]),
            ("总理普斯托沃伊坚科发来慰问电。", &["普斯托沃伊坚科"]),
            (
                "阿巴查从肖内坎领导的临时政府手中接管政权。",
                &["阿巴查", "肖内坎"],
            ),
            (
                "会议确定由荷兰人维姆·杜伊森贝赫出任首任行长。",
                &["维姆·杜伊森贝赫"],
            ),
            // jieba tags 白宫 and 塔利班 as names: a unit before its
            // spokesperson, a group before its fighters, at any mention.
            (
                "白宫１３日表示，将继续协商。白宫发言人麦柯里说，时间不多了。",
                &["麦柯里"],
            ),
            ("塔利班要求对方释放被俘的塔利班分子。", &[]),
            // A storm's name, at any mention.
            ("受台风“杜苏芮”影响，北京降雨。杜苏芮减弱后北上。", &[]),
            // A craft's name before 号, at any mention; 号召 is a verb.
            (
                "祝融号火星车已行驶1064米，祝融传回了图像。王刚号召大家参与。",
                &["王刚"],
            ),
            // 组织 is also a verb.
            ("所长杨光上任后，杨光组织民警巡逻。", &["杨光", "杨光"]),
            // People before a government or a regime stay people.
            (
                "克林顿政府与萨达姆政权的对峙仍在继续。",
                &["克林顿", "萨达姆"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(just(text), *want, "{text}");
        }
    }

    #[test]
    fn names_with_no_surname_after_a_role_or_before_speech() {
        assert_eq!(
            just("村民吉克阿依一连三天做饭。县委书记沙马拉且当晚赶到。主播乌日娜举起羊肉。"),
            ["吉克阿依", "沙马拉且", "乌日娜"]
        );
        assert_eq!(just("“卖了160多只羊。”巴特尔那顺说。"), ["巴特尔那顺"]);
        // Not dictionary words, a function char, a clause's middle or a
        // dotted name's part.
        assert!(
            just("取消了提取职工福利基金的规定。德国总理科尔都两次访俄。")
                .iter()
                .all(|n| n != "科尔都")
        );
        assert!(just("取消了提取职工福利基金的规定。").is_empty());
        assert!(just("他在挥动着手臂，豪迈地讲话。").is_empty());
        assert_eq!(
            just("部长哈比卜·易卜拉欣·阿德利指出，要团结。")
                .iter()
                .filter(|n| *n == "阿德利")
                .count(),
            0
        );
    }

    #[test]
    fn foreign_names_and_latin() {
        assert_eq!(
            just("指挥家彼得·罗森（Peter Rosen）说，音乐会很成功。"),
            ["彼得·罗森", "Peter Rosen"]
        );
        // Accented letters are a name's letters; its family name alone
        // later is the same person.
        assert_eq!(
            just_pairs(&names(
                "巴西外长若昂·门德斯（João Mendes）会谈。门德斯表示，很满意。"
            )),
            [
                ("若昂·门德斯", "外长"),
                ("João Mendes", ""),
                ("门德斯", "外长")
            ]
        );
        // An acronym in brackets is no one's name.
        assert_eq!(
            just("指挥家彼得·罗森（BBC）说，音乐会很成功。"),
            ["彼得·罗森"]
        );
        // After a role, a last char jieba read as a word of its own
        // (维基/nrt|奇/ag) before punctuation.
        assert_eq!(just("她战胜克罗地亚选手维基奇，夺得金牌。"), ["维基奇"]);
        // After a role, a piece jieba tags a place (布/nr|伦德/ns).
        assert_eq!(just("世界经济论坛总裁布伦德主持开幕式。"), ["布伦德"]);
        // After a role, the pieces after a name part jieba tags nz or a
        // name, whatever it took them for (基普/nz|图/n, 贝克/nr|勒/v),
        // up to a function word (科尔|都).
        assert_eq!(
            just("肯尼亚选手基普图打破纪录。埃塞俄比亚选手贝克勒参赛。德国总理科尔都两次访俄。"),
            ["基普图", "贝克勒", "科尔"]
        );
        // Uyghur names through their middle dot, whatever their chars
        // (依, 提, 江, 外, 力, 吐, 地, 汗, 义, 不) and 都 in 阿布都, 阿不都.
        assert_eq!(
            just(
                "通讯员阿依古丽·吐尔洪采访，县长阿布都外力·艾地介绍，书记买买提江·阿不都热依木担任理事长，主任热依汗·司马义说。"
            ),
            [
                "阿依古丽·吐尔洪",
                "阿布都外力·艾地",
                "买买提江·阿不都热依木",
                "热依汗·司马义"
            ]
        );
        // Elsewhere 都 still stops a name (科尔|都 above).
        assert_eq!(just("代表马克·吐温都到了。"), ["马克·吐温"]);
    }

    /// A text and the (name, title) pairs expected in it.
    type TitledCase<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);

    #[test]
    fn dotted_names_take_the_title_before_them() {
        let cases: &[TitledCase] = &[
            (
                "美国常驻联合国代表托马斯-格林菲尔德表示，中-美对话将继续。",
                &[("托马斯-格林菲尔德", Some("联合国代表"))],
            ),
            (
                "李鹏会见了来访的芬兰农林部长卡莱维·海米莱。卡莱维·海米莱说，很高兴。",
                &[
                    ("李鹏", None),
                    ("卡莱维·海米莱", Some("农林部长")),
                    ("卡莱维·海米莱", Some("农林部长")),
                ],
            ),
            // Characters outside transliteration (Thai names) after a role.
            (
                "泰国前总理、泰中友协会长差猜·春哈旺逝世。",
                &[("差猜·春哈旺", Some("会长"))],
            ),
            (
                "全国人大常委会副委员长铁木尔·达瓦买提出席。",
                &[("铁木尔·达瓦买提", Some("全国人大常委会副委员长"))],
            ),
            // A name word where the walk stops; a last char before
            // punctuation.
            (
                "总统路易斯·伊纳西奥·卢拉·达席尔瓦将访华。秘书长克里斯·西德里。",
                &[
                    ("路易斯·伊纳西奥·卢拉·达席尔瓦", Some("总统")),
                    ("克里斯·西德里", Some("秘书长")),
                ],
            ),
            (
                "分析师约瑟夫·摩尔预计，需求强劲。",
                &[("约瑟夫·摩尔", Some("分析师"))],
            ),
            // Not a Chinese name run on after it, nor a title.
            (
                "帕巴拉·格列朗杰王光英出席。",
                &[("帕巴拉·格列朗杰", None), ("王光英", None)],
            ),
            ("杜·瓦·扎·邦加率团访华。", &[("杜·瓦·扎·邦加", None)]),
            // The name jieba reads after the dot, though a char of it is
            // also a function word (比 "than"); not a follower glued on.
            (
                "苏尔坦·贾比尔表示，萨达姆·侯赛因和布拉德利·谢弗等人出席。",
                &[
                    ("苏尔坦·贾比尔", None),
                    ("萨达姆·侯赛因", None),
                    ("布拉德利·谢弗", None),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = names(text);
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(n, t)| (n.to_string(), t.map(str::to_string)))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn players_paired_by_dui() {
        assert_eq!(
            just("许银川、高懿屏对单霞丽、黄薇对高华、胡明对伍霞。"),
            ["许银川", "高懿屏", "单霞丽", "黄薇", "高华", "胡明", "伍霞"]
        );
        // 对 after a name inside a sentence is a preposition.
        let got = just("许诺说，日本许诺对印尼１９９８年的预算提供援助。");
        assert!(!got.iter().any(|n| n == "印尼"), "{got:?}");
    }
}
