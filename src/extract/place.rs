//! Places: gazetteer names (divisions, countries, features) found by longest
//! match on the normalised chars, checked against jieba's token boundaries,
//! plus a suffix grammar for facilities (X东站, X机场, X港, X开发区 …),
//! expressway exits (永康东 before 高速/出口) and villages after a town.
//!
//! One pass collects candidate mentions; a second accepts the doubtful ones
//! (short names that are also ordinary words: 和平, 通道, 白银) only with
//! place context; a third picks each name's region from the places the
//! document mentions (朝阳 beside 北京 is 北京市朝阳区).

use crate::extract::charset::char_set;
use std::collections::HashMap;

use super::person;
use super::spans::Spans;
use crate::gazetteer::{Gazetteer, Level, NameMatch, Reading, RegionId};
use crate::report::{Fact, Kind};
use crate::segment::{Doc, Token};

/// Facility and zone suffixes, longest first within a shared ending so the
/// longest one wins. `true`: strong enough to name a facility after a bare
/// proper name that is not in the gazetteer (向家坝电站, 青山湖科技城).
const FACILITY_SUFFIXES: &[(&str, bool)] = &[
    ("高新技术产业开发区", true),
    ("经济技术开发区", true),
    ("高新技术开发区", true),
    ("自由贸易试验区", true),
    ("综合保税区", true),
    ("国际会展中心", true),
    ("国际博览中心", true),
    ("经济开发区", true),
    ("工业园区", true),
    ("国际机场", true),
    ("会展中心", true),
    ("博览中心", true),
    ("体育中心", false),
    ("奥体中心", true),
    ("产业园区", true),
    ("科学园区", true),
    ("科技园区", true),
    ("水电站", true),
    ("核电站", true),
    ("火车站", false),
    ("高铁站", false),
    ("汽车站", false),
    ("客运站", false),
    ("加油站", false),
    ("收费站", false),
    ("服务区", false),
    ("开发区", true),
    ("高新区", true),
    ("科技城", true),
    ("科技园", true),
    ("工业园", true),
    ("产业园", true),
    ("物流园", true),
    ("软件园", true),
    ("保税区", true),
    ("自贸区", true),
    ("示范区", false),
    ("新区", false),
    ("机场", true),
    // A place's old town, not the district named 古城 (大理|古城).
    ("古城", false),
    ("古镇", false),
    ("码头", true),
    ("遗址", true),
    // Spaceports and landing sites (酒泉卫星发射中心, 文昌航天发射场).
    ("卫星发射中心", true),
    ("发射场", true),
    ("着陆场", true),
    ("口岸", true),
    ("东站", false),
    ("西站", false),
    ("南站", false),
    ("北站", false),
    ("电站", true),
    ("电厂", true),
    ("水库", true),
    ("大桥", true),
    ("大坝", true),
    ("隧道", false),
    ("枢纽", false),
    ("航道", false),
    ("港", false),
    ("站", false),
];

/// After a place name, these make it a fixed proper name rather than a
/// place (NOTES: 中国 in 中国科学院, 浙江 in 浙江大学, 中国 in 中国跳水队).
const FIXED_NAME_SUFFIXES: &[&str] = &[
    "大学",
    "学院",
    "科学院",
    "工程院",
    "队",
    "女排",
    "女足",
    "男足",
    "共产党",
    "青年团",
    "博物馆",
    "美术馆",
    "科协",
    "作协",
    "红十字会",
];

/// Words after a river's or region's name that make it a company's name.
const ORG_HEADS: &[&str] = &[
    "电力",
    "公司",
    "集团",
    "股份",
    "实业",
    "证券",
    "银行",
    "保险",
    "日报",
    "晚报",
    "商报",
    "汽车",
    "啤酒",
    "水利委员会",
    "航运",
    "物流",
    "控股",
    "大学",
    "学院",
    "医院",
];

/// Chars that never belong to the proper name between a place and a
/// facility suffix (杭州的机场 is not a facility name).
const GAP_STOP: &str = "的地得了在和与及或是为对从向到把被将也都有个这那各全每其该本此等、，。；：！？「」“”‘’（）()《》 \t\n\r";

/// What was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A gazetteer name.
    Name,
    /// A facility or exit named after the mention `anchor` (or after a bare
    /// proper name: `anchor` is then None).
    Facility { anchor: Option<usize> },
    /// A village after its town (章驮乡|勐旺村).
    Village { anchor: usize },
    /// A name jieba tags as a place and whose ending makes it a natural
    /// feature (…江, …湖, …山), not in the gazetteer.
    Feature,
}

#[derive(Debug, Clone, Copy)]
struct Mention<'g> {
    start: usize,
    end: usize,
    form: Form,
    name: Option<NameMatch<'g>>,
    /// Accepted on its own; doubtful mentions need context.
    sure: bool,
    /// Why a mention not sure is doubtful, which decides the context it
    /// needs (`Confidence::Sure` for the others).
    doubt: Confidence,
    /// Rejected (or merged away) after the context pass.
    dropped: bool,
    region: Option<RegionId>,
}

impl Mention<'_> {
    /// A mention of no gazetteer name, sure on its own: a facility, a
    /// village, a feature or a street.
    fn sure(start: usize, end: usize, form: Form) -> Self {
        Mention {
            start,
            end,
            form,
            name: None,
            sure: true,
            doubt: Confidence::Sure,
            dropped: false,
            region: None,
        }
    }
}

/// Per-document view of jieba's tokens: boundaries and the token at each char
/// (the document's own per-char token index).
struct Tokens<'d, 'a> {
    doc: &'d Doc<'a>,
}

impl<'d, 'a> Tokens<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Self {
        Tokens { doc }
    }

    fn token(&self, pos: usize) -> Option<&crate::segment::Token<'a>> {
        self.doc.token_at(pos).map(|i| &self.doc.tokens[i])
    }

    fn boundary(&self, pos: usize) -> bool {
        if pos == 0 || pos >= self.doc.chars.len() {
            return true;
        }
        match self.token(pos) {
            Some(t) => t.start == pos,
            None => true,
        }
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3ffff}')
}

fn starts_with(chars: &[char], s: &str) -> bool {
    let mut i = 0;
    s.chars().all(|c| {
        let ok = chars.get(i) == Some(&c);
        i += 1;
        ok
    })
}

fn ends_with(chars: &[char], s: &str) -> bool {
    let n = s.chars().count();
    n <= chars.len() && starts_with(&chars[chars.len() - n..], s)
}

/// The best-ranked reading of a name, context-free.
fn top(g: &Gazetteer, m: &NameMatch) -> Reading {
    m.readings()
        .min_by_key(|r| g.rank(*r))
        .expect("a name has a reading")
}

pub fn extract(doc: &Doc, gazetteer: &Gazetteer) -> Vec<Fact> {
    let g = gazetteer;
    let chars = &doc.chars;
    let n = chars.len();
    let tk = Tokens::new(doc);
    let mut mentions: Vec<Mention> = Vec::new();

    let mut i = 0;
    let mut prev_end = usize::MAX;
    while i < n {
        if !is_han(chars[i]) {
            i += 1;
            continue;
        }
        // 记者沈佩|瑶台|北14日电: jieba glued a dateline's place to the
        // reporter's name before it; the date after it marks where it ends.
        let dateline = (!tk.boundary(i) && prev_end != i)
            .then(|| glued_dateline_place(chars, i))
            .flatten();
        let start_ok = tk.boundary(i) || prev_end == i || dateline.is_some();
        let mut found = false;
        if start_ok {
            for m in g.names_at(&chars[i..]) {
                if dateline.is_some_and(|len| m.len != len) {
                    continue;
                }
                if let Some(confidence) = accept(g, &tk, chars, i, &m) {
                    let end = i + m.len + long_form(g, &tk, chars, i + m.len, &m);
                    // 长安街, 南京路, 延安东路: a street named after a
                    // place is the place the text means, not the city.
                    // With its division's suffix the place is meant too
                    // (城关镇南街).
                    // Not a verb's (抢|通道/v|路: open the roads, though
                    // 通道 is a county).
                    let verb = tk.token(i).is_some_and(|t| t.tag.starts_with('v'));
                    let street = (!m.has_full() && !verb)
                        .then(|| street_after(&tk, chars, i, end))
                        .flatten();
                    if let Some(send) = street {
                        mentions.push(Mention::sure(i, send, Form::Feature));
                        prev_end = send;
                        i = send;
                        found = true;
                        break;
                    }
                    let idx = mentions.len();
                    mentions.push(Mention {
                        start: i,
                        end,
                        form: Form::Name,
                        name: Some(m),
                        sure: confidence == Confidence::Sure,
                        doubt: confidence,
                        dropped: false,
                        region: None,
                    });
                    let mut next = end;
                    let best = top(g, &m).region;
                    // 华电|天津开发区分公司: a place after another proper
                    // name is part of that name, not a facility's.
                    let after_name = i > 0
                        && prev_end != i
                        && tk
                            .token(i - 1)
                            .is_some_and(|t| matches!(t.tag, "j" | "nz" | "nt" | "nr" | "nrt"));
                    if after_name && !m.has_full() && g.region(best).level >= Level::County {
                        // 华电南港热电项目: a short county name inside a
                        // project's or company's name needs other backing.
                        mentions[idx].sure = false;
                    }
                    let fac = if after_name {
                        None
                    } else {
                        facility_after(g, &tk, chars, end, m.len, Some(best))
                    };
                    // 广州白云国际机场/ns, 上海浦东国际机场/nt: a facility
                    // jieba knows whole, its place's name first, with a
                    // strong suffix; as an organisation, not inside another
                    // name (华电|天津开发区/nt|分公司).
                    let fac = fac.or_else(|| {
                        let t = tk.token(i)?;
                        (t.start == i
                            && t.end > end
                            && (t.tag == "ns" || t.tag == "nt" && !after_name)
                            && FACILITY_SUFFIXES
                                .iter()
                                .any(|(s, strong)| *strong && ends_with(&chars[t.start..t.end], s)))
                        .then_some(t.end)
                    });
                    if let Some(fend) = fac {
                        // The facility makes its place sure (宁波港, 上海虹桥机场).
                        mentions[idx].sure = true;
                        // 临安区|青山湖科技城: after a full name with its
                        // suffix and a proper name, the facility starts at
                        // the proper name; 上海虹桥机场 and 永康市国际会展中心
                        // include the place.
                        let fstart = if m.has_full() && fend - end > 2 {
                            let suffix_len = FACILITY_SUFFIXES
                                .iter()
                                .find(|(s, _)| ends_with(&chars[end..fend], s))
                                .map_or(0, |(s, _)| s.chars().count());
                            if fend - end - suffix_len >= 2 {
                                end
                            } else {
                                i
                            }
                        } else {
                            i
                        };
                        mentions.push(Mention::sure(
                            fstart,
                            fend,
                            Form::Facility { anchor: Some(idx) },
                        ));
                        next = fend;
                    } else if let Some(xend) = exit_after(chars, end) {
                        // 永康东 (高速口): the exit, for a county-level name.
                        let lvl = g.region(top(g, &m).region).level;
                        if matches!(lvl, Level::County | Level::Prefecture) {
                            mentions[idx].sure = true;
                            mentions.push(Mention::sure(
                                i,
                                xend,
                                Form::Facility { anchor: Some(idx) },
                            ));
                            next = xend;
                        }
                    } else if g.region(top(g, &m).region).level == Level::Town {
                        if let Some(vend) = village_after(&tk, chars, end) {
                            mentions.push(Mention::sure(end, vend, Form::Village { anchor: idx }));
                            next = vend;
                        }
                    } else if let Some(vend) = taiwan_li_after(g, top(g, &m).region, chars, end) {
                        mentions.push(Mention::sure(end, vend, Form::Village { anchor: idx }));
                        next = vend;
                    }
                    prev_end = next;
                    i = next;
                    found = true;
                    break;
                }
            }
        }
        if found {
            continue;
        }
        // Names jieba knows as places but the gazetteer does not: a bare
        // proper name before a strong facility suffix, or a natural feature.
        if let Some(t) = tk.token(i).filter(|t| t.start == i) {
            let len = t.end - t.start;
            let proper = matches!(t.tag, "ns" | "nr" | "nz" | "nrt" | "nrfg");
            if proper && len >= 2 {
                if let Some(fend) = facility_after(g, &tk, chars, t.end, len, None).filter(|&fe| {
                    // Only a strong suffix right after the name, or 新区:
                    // a new zone is named by a proper name (郑东|新区), a
                    // place's not (上海浦东新区 is a place and a district).
                    FACILITY_SUFFIXES.iter().any(|(s, strong)| {
                        (*strong || *s == "新区")
                            && s.chars().count() == fe - t.end
                            && ends_with(&chars[t.end..fe], s)
                    })
                }) {
                    mentions.push(Mention::sure(i, fend, Form::Facility { anchor: None }));
                    prev_end = fend;
                    i = fend;
                    continue;
                }
                // 京广铁路/nz, 陇海铁路/nz: a railway jieba knows whole; not
                // a kind of railway (高速铁路/nz). Or a two-char name and
                // 铁路 (兰合|铁路, 成渝|铁路): named by its ends, where a
                // city's railway is its administration (北京铁路|分局: the
                // gazetteer's places are not read here).
                let whole = t.tag == "nz"
                    && len == 4
                    && ends_with(&chars[t.start..t.end], "铁路")
                    && ![
                        "高速", "城际", "普速", "地方", "专用", "重载", "客运", "货运",
                    ]
                    .iter()
                    .any(|w| starts_with(&chars[t.start..t.end], w));
                // Not a kind of area's (山区|铁路), nor a railway's
                // administration (襄樊|铁路|分局, 铁路|运输|法院).
                let named = len == 2
                    && !char_set!("区市县省州乡镇村").contains(chars[t.end - 1])
                    && tk.token(t.end).is_some_and(|u| {
                        u.start == t.end
                            && u.end == t.end + 2
                            && starts_with(&chars[t.end..], "铁路")
                    })
                    && !chars
                        .get(t.end + 2)
                        .is_some_and(|&c| char_set!("局分运公法总").contains(c));
                if whole || named {
                    let end = if whole { t.end } else { t.end + 2 };
                    mentions.push(Mention::sure(i, end, Form::Facility { anchor: None }));
                    prev_end = end;
                    i = end;
                    continue;
                }
                if t.tag == "ns"
                    && len >= 3
                    && char_set!("江河湖山岛峰岭峡湾滩").contains(chars[t.end - 1])
                {
                    mentions.push(Mention::sure(i, t.end, Form::Feature));
                    prev_end = t.end;
                    i = t.end;
                    continue;
                }
            }
            // A noun and a lone 湖, 河, 江 or 溪 jieba tags as a place: a
            // lake's or a river's name it cut apart (龙马|湖, 单晶|河); not
            // after a verb (走进|湖), an adverb or an adjective (一小|湖),
            // nor a word jieba's HMM made up (有|水有|湖), nor one char
            // (城|河|相依).
            if len >= 2
                && matches!(t.tag, "n" | "ns" | "nr" | "nrfg" | "nz")
                && !doc.is_guessed(t)
                && t.word.chars().all(is_han)
            {
                if let Some(f) = tk.token(t.end).filter(|f| {
                    f.start == t.end
                        && f.end == t.end + 1
                        && f.tag == "ns"
                        && char_set!("湖河江溪").contains(chars[t.end])
                }) {
                    mentions.push(Mention::sure(i, f.end, Form::Feature));
                    prev_end = f.end;
                    i = f.end;
                    continue;
                }
            }
        }
        // A foreign division or river by its transliterated name: one
        // place token (俄亥俄州, 康斯坦察县) or name pieces and the suffix
        // (贾拉拉巴德|州, 丘|布特|省, 库|卡尔特|河).
        let name_start = tk
            .token(i)
            .filter(|t| t.start == i && matches!(t.tag, "ns" | "nr" | "nrt" | "j"));
        if let Some(end) = name_start.and_then(|first| foreign_division(doc, &tk, first)) {
            mentions.push(Mention::sure(i, end, Form::Feature));
            prev_end = end;
            i = end;
            continue;
        }
        i += 1;
    }

    resolve_context(g, doc, &mut mentions);
    choose_regions(g, doc, &mut mentions);
    foreign_subdivisions(g, doc, &mut mentions);
    own_city_districts(g, chars, &mut mentions);
    let abbrevs = abbreviations(doc, &tk, &mentions);

    let mut facts = Vec::with_capacity(mentions.len());
    for m in &mentions {
        if m.dropped {
            continue;
        }
        let mut f = Fact::new(Kind::Place, m.start, m.end);
        f.region = m.region.and_then(|r| g.path(r));
        if let (Form::Village { .. }, Some(path)) = (m.form, &mut f.region) {
            path.extend(&chars[m.start..m.end]);
        }
        facts.push(f);
    }
    mongolian_divisions(chars, &mut facts);
    let compass = compass_regions(chars, &facts);
    if !compass.is_empty() {
        facts.extend(
            compass
                .into_iter()
                .map(|(s, e)| Fact::new(Kind::Place, s, e)),
        );
        facts.sort_by_key(|f| (f.start, f.end));
    }
    if !abbrevs.is_empty() {
        facts.extend(abbrevs.into_iter().map(|(s, e)| {
            let mut f = Fact::new(Kind::Place, s, e);
            if e == s + 1 {
                f.region = abbreviation_region(g, chars[s]);
            }
            f
        }));
        facts.sort_by_key(|f| (f.start, f.end));
    }
    facts
}

/// Districts whose names are words for parts of any city (汕尾市城区,
/// 阳泉市郊区, 阳泉市矿区).
const GENERIC_DISTRICTS: [&str; 3] = ["城区", "郊区", "矿区"];

/// Drops a district named like a part of any city unless it follows its
/// own city (汕尾市城区): 湛江市城区 is Zhanjiang's urban area, and 城区 alone
/// the urban area of wherever the text is about.
fn own_city_districts(g: &Gazetteer, chars: &[char], mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.dropped
            || !GENERIC_DISTRICTS
                .iter()
                .any(|d| d.chars().eq(chars[m.start..m.end].iter().copied()))
        {
            continue;
        }
        // The reading in the city right before, whichever the document's
        // context chose.
        let own = (i > 0)
            .then(|| &mentions[i - 1])
            .filter(|prev| prev.end == m.start)
            .and_then(|prev| {
                let city = prev.region?;
                m.name?
                    .readings()
                    .map(|r| r.region)
                    .find(|&r| r != city && g.is_within(r, city))
            });
        match own {
            Some(r) => mentions[i].region = Some(r),
            None => mentions[i].dropped = true,
        }
    }
}

/// Suffixes of foreign divisions and features after a transliterated name.
const FOREIGN_SUFFIXES: &str = "州省县河湖岛";

/// The end of a foreign division or river starting with the name or place
/// token `first`: a place token the gazetteer does not know, or
/// transliteration characters (three or more, in name or place tokens) and
/// a suffix of its own.
fn foreign_division(doc: &Doc, tk: &Tokens, first: &Token) -> Option<usize> {
    let chars = &doc.chars;
    let translit = |a: usize, b: usize| chars[a..b].iter().all(|&c| person::is_translit(c));
    let i = first.start;
    // One place token the gazetteer does not know: 俄亥俄州/ns,
    // 康斯坦察县/ns (a stem of three chars or more, or transliterated).
    let len = first.end - first.start;
    if first.tag == "ns"
        && len >= 3
        && char_set!(FOREIGN_SUFFIXES).contains(chars[first.end - 1])
        && (len >= 4 || translit(first.start, first.end - 1))
        && chars[first.start..first.end].iter().all(|&c| is_han(c))
    {
        return Some(first.end);
    }
    // Pieces: names (nr, nrt, ns) of transliteration chars, then the suffix
    // as a word of its own.
    let mut e = i;
    let mut k = doc.token_at(i)?;
    while let Some(t) = doc.tokens.get(k) {
        if t.start != e
            || !matches!(t.tag, "nr" | "nrt" | "ns" | "j")
            || !translit(t.start, t.end)
            || t.end - i > 8
        {
            break;
        }
        e = t.end;
        k += 1;
    }
    let suffix = doc.tokens.get(k)?;
    // A landform's name (艾特肯|盆地, 比格尔|海峡, 马塞马拉|平原).
    if e - i >= 3
        && suffix.start == e
        && suffix.end - suffix.start >= 2
        && person::LANDFORMS.contains(&suffix.word)
    {
        return Some(suffix.end);
    }
    (e - i >= 3
        && suffix.start == e
        && suffix.end == e + 1
        && char_set!(FOREIGN_SUFFIXES).contains(chars[e])
        // A name of its own before it (贾拉拉巴德), not only pieces.
        && (i..e).any(|p| tk.token(p).is_some_and(|t| t.tag == "nrt" || t.tag == "ns")))
    .then_some(e + 1)
}

/// One-character abbreviations of countries and a few Chinese places, as
/// news writes them: 中美两国, 日俄首脑, 印巴 (each char a place), 访华, 在京,
/// 对华投资, 中方, 美方, 俄总统. Each is a place of its own.
const ABBR: &str = "中美俄日英法德意加澳韩朝印巴以越泰菲港台京沪华欧非亚苏埃叙葡荷墨古缅柬";

/// The region of a one-char abbreviation that stands for a Chinese
/// division or China (京 北京市, 沪 上海市, 港 香港, 台 台湾, 中 and 华 中国);
/// foreign countries have none, as their full names have none.
fn abbreviation_region(g: &Gazetteer, c: char) -> Option<String> {
    let full: &[char] = match c {
        '京' => &['北', '京'],
        '沪' => &['上', '海'],
        '港' => &['香', '港'],
        '台' => &['台', '湾'],
        '中' | '华' => &['中', '国'],
        _ => return None,
    };
    let m = g.longest_at(full).filter(|m| m.len == full.len())?;
    g.path(top(g, &m).region)
}

/// Verbs and prepositions that take a one-char place as their object
/// (访华, 在京, 对华, 赴美, 驻港).
const ABBR_VERBS: &str = "访来在驻旅援对侵赴抵进返晋留离";

/// The one-char places of a verb + place (访华, 在京): only these, and only
/// as the whole rest of the word.
const ABBR_OBJECTS: &str = "华京沪港台美日俄英法德韩朝欧澳";

/// Words after a pair of abbreviations or a one-char abbreviation that
/// show it names countries (中美|两国, 日俄|首脑, 俄|总统).
const ABBR_NEXT: &[&str] = &[
    "两国",
    "三国",
    "四国",
    "双方",
    "两党",
    "关系",
    "之间",
    "首脑",
    "会谈",
    "会晤",
    "合作",
    "经贸",
    "贸易",
    "友好",
    "建交",
    "联合",
    "战争",
    "边境",
    "谈判",
    "峰会",
    "总统",
    "总理",
    "首相",
    "外长",
    "外交部",
    "国防部",
    "政府",
    "军队",
    "领导人",
    "元首",
    "大使",
    "国内",
    "两军",
    "议会",
    "经济",
    "友谊",
    "边界",
    "双边",
    "外交",
    "联合公报",
    "三个联合公报",
    "建交公报",
];

/// Pairs that are not two countries (中亚 is Central Asia; 华美 is "gorgeous").
const ABBR_NOT_PAIRS: &[&str] = &["中亚", "华美", "中华", "美美", "中日韩"];

fn abbreviations(doc: &Doc, tk: &Tokens, mentions: &[Mention]) -> Vec<(usize, usize)> {
    let chars = &doc.chars;
    let n = chars.len();
    // Is s..e inside or across a kept mention? (A binary search: this is
    // asked at many chars of a document with many mentions.)
    let kept = Spans::from_pairs(
        mentions
            .iter()
            .filter(|m| !m.dropped)
            .map(|m| (m.start, m.end)),
    );
    let taken = |s: usize, e: usize| kept.overlaps(s, e);
    let next_ok = |e: usize| ABBR_NEXT.iter().any(|w| starts_with(&chars[e..], w));
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if !char_set!(ABBR).contains(c)
            && !char_set!(ABBR_VERBS).contains(c)
            && c != '两'
            && c != '海'
        {
            i += 1;
            continue;
        }
        let Some(t) = tk.token(i).filter(|t| t.start == i) else {
            i += 1;
            continue;
        };
        let word = &chars[t.start..t.end];
        let len = word.len();
        // 中华民族, 中华文化: 中华 is the place.
        if starts_with(word, "中华")
            && ["民族", "文化", "儿女", "大地", "文明", "传统", "美德"]
                .iter()
                .any(|w| starts_with(&chars[i + 2..], w))
            && !taken(i, i + 2)
        {
            out.push((i, i + 2));
            i += 2;
            continue;
        }
        // 海峡两岸, 两岸关系: the two sides of the Taiwan Strait.
        // Read on the chars: jieba may cut 海峡|两岸.
        let strait = if starts_with(&chars[i..], "海峡两岸") {
            Some(4)
        } else if starts_with(word, "两岸") && i + 2 <= n {
            [
                "关系", "同胞", "经贸", "交流", "统一", "人民", "三通", "对话", "谈判", "民众",
            ]
            .iter()
            .any(|w| starts_with(&chars[i + 2..], w))
            .then_some(2)
        } else {
            None
        };
        if let Some(l) = strait {
            if !taken(i, i + l) {
                out.push((i, i + l));
            }
            i += l;
            continue;
        }
        // 中美, 日俄, 中美俄: every char an abbreviation, as one word or
        // several one-char words, before a word about countries (or tagged
        // as a place or abbreviation by jieba).
        let mut e = i;
        while e < n && e - i < 4 && char_set!(ABBR).contains(chars[e]) {
            e += 1;
        }
        let run = &chars[i..e];
        // The run's words: one (中美/ns), or one-char words (中/f|美/ns).
        let tagged = (i..e).any(|k| tk.token(k).is_some_and(|u| matches!(u.tag, "ns" | "j")));
        let words_in_run = (i..e).all(|k| tk.token(k).is_some_and(|u| u.end <= e));
        if e - i >= 2
            && (tk.boundary(e) || next_ok(e))
            && !ABBR_NOT_PAIRS.iter().any(|w| starts_with(run, w))
            && (next_ok(e) || (tagged && words_in_run))
            && !taken(i, e)
        {
            out.extend((i..e).map(|k| (k, k + 1)));
            i = e;
            continue;
        }
        // 访华, 在京, 对华: a verb + a one-char place as one word, or the
        // place as a word of its own after the verb.
        if char_set!(ABBR_VERBS).contains(c)
            && i + 1 < n
            && char_set!(ABBR_OBJECTS).contains(chars[i + 1])
        {
            // 驻华使节, 访华团: 驻 and 访 also open longer words.
            let whole = len == 2 || (len > 2 && char_set!("驻访").contains(c));
            let split =
                len == 1 && tk.boundary(i + 2) && tk.token(i + 1).is_some_and(|u| u.end == i + 2);
            // 离港, 抵港 are a ship's or flight's departure and arrival.
            let harbour = chars[i + 1] == '港' && char_set!("离抵进返").contains(c);
            if (whole || split) && !harbour && !taken(i + 1, i + 2) {
                out.push((i + 1, i + 2));
                i += 2;
                continue;
            }
        }
        // 中方, 美方; 俄总统 (one word or two): a one-char abbreviation
        // before 方 or a word about countries.
        if char_set!(ABBR).contains(c) && !taken(i, i + 1) {
            let fang = len == 2
                && chars[i + 1] == '方'
                && char_set!("中美俄日英法德韩朝印巴以港台欧").contains(c);
            // 帮助|俄|渡过, 在|巴|南部: a one-char word jieba tags as a place.
            let alone = len == 1
                && matches!(t.tag, "ns" | "j")
                && !char_set!("中港台京沪华非亚法德以").contains(c);
            // The rest of the word compared char by char: this is asked for
            // every word starting with an abbreviation char (中国, 加强, 以来).
            let role = (len == 1
                || ABBR_NEXT
                    .iter()
                    .any(|w| w.chars().eq(word[1..].iter().copied())))
                && next_ok(i + 1);
            if fang || role || alone {
                out.push((i, i + 1));
            }
        }
        i += t.end - t.start;
    }
    out
}

/// The rest of a long form after a name ending at `e`: a country's
/// 共和国 or 王国 (波兰共和国, 南斯拉夫联盟共和国), a foreign city's or
/// region's 市 or 州 (洛杉矶市, 加利福尼亚州). 0 when there is none.
fn long_form(g: &Gazetteer, tk: &Tokens, chars: &[char], e: usize, m: &NameMatch) -> usize {
    let level = g.region(top(g, m).region).level;
    let rest = &chars[e.min(chars.len())..];
    let tails: &[&str] = match level {
        Level::Country => &[
            "联邦共和国",
            "联盟共和国",
            "民主共和国",
            "人民共和国",
            "共和国",
            "王国",
        ],
        Level::Area => &["联盟共和国", "联邦共和国", "共和国", "市", "州", "省"],
        Level::City => &["市", "州", "省"],
        _ => &[],
    };
    tails
        .iter()
        .map(|t| t.chars().count())
        .zip(tails)
        .find(|(n, t)| starts_with(rest, t) && tk.boundary(e + n))
        .map_or(0, |(n, _)| n)
}

/// How sure a name found in the gazetteer is a place, before context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Confidence {
    Sure,
    /// A place only with place context.
    Doubtful,
    /// Also an ordinary word: a place only beside a place or in a
    /// sentence naming an enclosing division.
    Word,
    /// A district's short name: a place where the document names its city
    /// or province anywhere, or as `Doubtful`.
    District,
}

/// Can the name `m` at `s` be a place here? `None`: no (it is cut across
/// a word, or part of a fixed proper name).
fn accept(
    g: &Gazetteer,
    tk: &Tokens,
    chars: &[char],
    s: usize,
    m: &NameMatch,
) -> Option<Confidence> {
    let e = s + m.len;
    let best = top(g, m);
    let level = g.region(best.region).level;
    let full = m.has_full();
    let rest = &chars[e..];
    // Not 队伍 ("teams", "ranks"): 葡萄牙|队伍 is Portugal's.
    // So does a school or a museum jieba knows whole after a short name
    // (山东|农业大学, 中国|戏曲学院), not one named for a place of its own
    // (北京|中国美术馆: in Beijing). 河南省|农业大学 names the province, and
    // 日本|海军陆战队 is Japan's.
    let fixed_body_next = || {
        !full
            && g.longest_at(rest).is_none()
            && tk.token(e).is_some_and(|t| {
                t.start == e
                    && t.tag == "nt"
                    && ["大学", "学院", "博物馆", "美术馆"]
                        .iter()
                        .any(|x| ends_with(&chars[t.start..t.end], x))
            })
    };
    if (FIXED_NAME_SUFFIXES.iter().any(|x| starts_with(rest, x)) || fixed_body_next())
        && !starts_with(rest, "队伍")
        && matches!(level, Level::Country | Level::Province)
    {
        return None;
    }
    // 北京时间3月5日, 东京时间凌晨: a clock, not the place (a stay there,
    // 在北京时间不长, has no time after it).
    if starts_with(rest, "时间")
        && rest.get(2).is_some_and(|&c| {
            c.is_ascii_digit()
                || char_set!("〇零一二两三四五六七八九十今昨明凌上下早中晚傍周星").contains(c)
        })
    {
        return None;
    }
    if level >= Level::Nature && ORG_HEADS.iter().any(|x| starts_with(rest, x)) {
        // 长江电力, 黄河公司: a company named after a river.
        return None;
    }
    let org_next = ORG_HEADS.iter().any(|x| starts_with(rest, x));
    let tok = tk.token(s)?;
    if !tk.boundary(e) {
        // The name ends inside a word.
        let cross = tk.token(e)?;
        if cross.start < s {
            return None;
        }
        let word = &chars[cross.start..cross.end];
        if FIXED_NAME_SUFFIXES.iter().any(|x| ends_with(word, x)) {
            return None;
        }
        if cross.tag == "nt" && !full && level >= Level::County {
            // 新华社, 黄埔军校: a short county name opening an organisation.
            return None;
        }
        // 中东部, 东北部: the central-eastern, the north-eastern part, not
        // the Middle East or the North-East with 部 after it.
        if cross.start == s
            && cross.end == e + 1
            && chars[e] == '部'
            && char_set!("东西南北").contains(chars[e - 1])
        {
            return None;
        }
        // 大城市 "big city" (大城 is a county), which jieba tags ns.
        if matches!(word, ['大', '城', '市'] | ['大', '城', '镇']) {
            return None;
        }
        // 凤凰山, 九华山: a mountain or a lake named like a county, which
        // jieba knows as one place word.
        if !full
            && level >= Level::County
            && cross.start == s
            && cross.end == e + 1
            && char_set!("山湖岛峰岭").contains(chars[e])
        {
            return None;
        }
        // 记者从|江苏省: a place word starting inside the name and running
        // past it is the place meant; the name's first char is a word of its
        // own (从江 is a county too), unless that word is a name or a noun
        // the place goes on (永康|市委, 海|南瓜 for 海南 瓜菜).
        if cross.tag == "ns"
            && cross.start > s
            && tok.end == cross.start
            && !matches!(tok.tag, "ns" | "nr" | "nrt" | "nz" | "nt" | "j" | "n")
            && !tk.doc.is_guessed(tok)
        {
            return None;
        }
        if cross.tag == "ns" || cross.tag == "nt" {
            // A place word or an organisation that begins with this name
            // (上海虹桥机场, 宁波港, 永康市委).
            return Some(Confidence::Sure);
        }
        if matches!(rest.first(), Some('籍' | '人')) {
            return Some(Confidence::Sure);
        }
        // A locative that took the name's last char (巴|西北部 for 巴西
        // 北部, 山|西南部): the name ends where the direction begins.
        if cross.tag == "f" && cross.start > s && level <= Level::Province {
            return Some(Confidence::Sure);
        }
        // A full division name whose suffix jieba's HMM glued to the next
        // char (吴兴区接回 cut 吴兴|区接|回): a made-up word proves nothing.
        if full && tk.doc.is_guessed(cross) && level.is_admin() {
            return Some(Confidence::Sure);
        }
        // A foreign region or city and its 州, 省 or 市, one word to jieba
        // whatever its tag (柔佛州/nrt).
        if cross.start == s
            && cross.end == e + 1
            && matches!(level, Level::Area | Level::City)
            && char_set!("州省市").contains(chars[e])
        {
            return Some(Confidence::Sure);
        }
        // A country or a province and a place in it that jieba knows as one
        // word (美国纽约/nz, 福建厦门/nz): both are places.
        if cross.start == s && matches!(level, Level::Country | Level::Province) {
            if let Some(next) = g.longest_at(rest) {
                if e + next.len == cross.end {
                    return Some(Confidence::Sure);
                }
            }
        }
        // A full name chained to one of its subdivisions (湖州市长兴 cut
        // as 湖州/市长/兴): the subdivision proves the suffix.
        if full && m.len >= 3 {
            if let Some(next) = g.longest_at(rest) {
                if next.readings().any(|r| g.is_within(r.region, best.region)) {
                    return Some(Confidence::Sure);
                }
            }
        }
        return None;
    }
    // Both ends on token boundaries.
    let single = tok.start == s && tok.end == e;
    // 将|新建|县域医疗中心: a short county name right after an adverb is
    // the verb it also spells (新建 "build", 江山, 永年); adverbs do not
    // come before places.
    if single
        && !full
        && level >= Level::County
        && s > 0
        && tk.token(s - 1).is_some_and(|p| {
            p.end == s
                && p.tag.starts_with('d')
                && match &chars[p.start..p.end] {
                    [c] => char_set!("将要已正再又还也都拟曾均共先不未没").contains(*c),
                    w => matches!(w, ['已', '经'] | ['正', '在'] | ['计', '划']),
                }
        })
    {
        return None;
    }
    // The hand lexicon holds only names that are reliable on their own.
    // A county's or city's full name of three chars or more is no common
    // word, whatever jieba tags it (龙岗区/n); a town's may be (小城镇).
    let common_word = single
        && level < Level::Nature
        && tok.tag != "ns"
        // A city's name jieba does not know, its HMM made one word of
        // (台中|的): not a word of the language either.
        && !(level <= Level::Prefecture && tk.doc.is_guessed(tok))
        && !(full && m.len >= 3 && level <= Level::County)
        && !(level <= Level::Prefecture && tok.tag.starts_with("nr"));
    // A district's short name (海港, 鼓楼, 城关) is said alone only where
    // its city is known: alone it is mostly a word or another place.
    // Hong Kong's and Macau's districts (觀塘, 屯門) are not: their papers
    // name them alone. Only as a place or a name jieba reads, or a word it
    // made up, and not one opening with a direction: 中西 (中西之争) is a
    // word.
    let special = (tok.tag == "ns" || tok.tag.starts_with("nr") || tk.doc.is_guessed(tok))
        && !char_set!("东西南北中").contains(chars[s])
        && g.ancestors(best.region)
            .any(|a| matches!(g.region(a).name, "香港特别行政区" | "澳门特别行政区"));
    let district_short =
        !full && level == Level::County && g.region(best.region).name.ends_with('区') && !special;
    // Two-char full names with a generic one-char stem (城区, 东区, 矿区)
    // are words first.
    // Only divisions: 东京, 东亚, 中东 (cities, regions) are names.
    let generic2 = full
        && m.len == 2
        && level >= Level::County
        && level.is_admin()
        && char_set!("东西南北中城郊矿新").contains(chars[s]);
    // 长安汽车, 平安保险: a short county name naming a company.
    let company = org_next && !full && level >= Level::County;
    // A county's short name that is a landform's word (平原) names the
    // landform more often, most of all after a name (汾渭|平原).
    let landform = !full
        && level >= Level::County
        && person::LANDFORMS
            .iter()
            .any(|w| w.chars().eq(chars[s..e].iter().copied()));
    // Hong Kong's and Macau's districts jieba does not read as one place
    // word (深水|埗, 觀塘/j): sure where the text names their city, as a
    // district of a city is (屯門/ns needs no more).
    if special && !full && level == Level::County && (common_word || !single) {
        return Some(Confidence::District);
    }
    if landform
        || (common_word
            && level >= Level::County
            && matches!(
                tok.tag,
                "n" | "v" | "vn" | "a" | "ad" | "an" | "d" | "s" | "f"
            ))
    {
        return Some(Confidence::Word);
    }
    if district_short && !common_word {
        return Some(Confidence::District);
    }
    if common_word || generic2 || company || district_short {
        return Some(Confidence::Doubtful);
    }
    if !full && !single && level >= Level::County {
        // A short county name jieba does not know as one word (大/名):
        // wait for context.
        return Some(Confidence::Doubtful);
    }
    Some(Confidence::Sure)
}

/// The first chars of [`FACILITY_SUFFIXES`] (pinned by a test): a cheap
/// first test before trying each suffix.
const FACILITY_FIRSTS: &str =
    "高经自综国会博体奥产水核火汽客加收服开科工物软保示新机古码东西南北电大隧枢航港站遗口卫发着";

/// [`FACILITY_SUFFIXES`] as chars, in the same order.
fn facility_suffixes() -> &'static [Vec<char>] {
    static SUFFIXES: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    SUFFIXES.get_or_init(|| {
        FACILITY_SUFFIXES
            .iter()
            .map(|(s, _)| s.chars().collect())
            .collect()
    })
}

/// A facility named after the place ending at `e`: an optional short proper
/// name and a facility suffix (上海|虹桥机场, 杭州|东站, 金湖|一桥加油站,
/// 长兴|经济技术开发区). Returns the facility's end.
fn facility_after(
    g: &Gazetteer,
    tk: &Tokens,
    chars: &[char],
    e: usize,
    name_len: usize,
    anchor: Option<RegionId>,
) -> Option<usize> {
    const MAX_GAP: usize = 4;
    let n = chars.len();
    if let (Some(a), Some(inner)) = (anchor, g.longest_at(&chars[e.min(n)..])) {
        // 湖州市|长兴经济技术开发区: the inner place names the facility;
        // not when it is no more than a suffix (丽江|古城, though 丽江 has
        // a 古城区), unless longer (垣曲县|古城镇 is a town).
        let suffix_itself = facility_suffixes()
            .iter()
            .any(|f| f.len() == inner.len && chars[e.min(n)..].starts_with(f));
        if !suffix_itself && inner.readings().any(|r| g.is_within(r.region, a)) {
            return None;
        }
    }
    for gap in 0..=MAX_GAP {
        let p = e + gap;
        if p >= n {
            return None;
        }
        if gap > 0 {
            let c = chars[p - 1];
            if !is_han(c) && !c.is_ascii_alphanumeric() || char_set!(GAP_STOP).contains(c) {
                return None;
            }
        }
        if !char_set!(FACILITY_FIRSTS).contains(chars[p]) {
            // No suffix starts here (the common case).
            continue;
        }
        for suffix in facility_suffixes() {
            // Most characters start no suffix: a cheap first test.
            if suffix[0] != chars[p] {
                continue;
            }
            // One-char suffixes only right after the name (宁波港, 杭州站),
            // not after a gap (天津华电南港 is a project, 富阳公路港 a company),
            // unless the gap is a place-name word of jieba's (上海|虹桥|站,
            // 上海|洋山港/ns).
            if gap > 0 && suffix.len() == 1 && !place_word_gap(tk, e, p, p + 1) {
                continue;
            }
            if !chars[p..].starts_with(suffix) {
                continue;
            }
            let fe = p + suffix.len();
            // A one-char suffix right after a short name is too weak unless
            // jieba agrees (宁波港 is one word; 北京站在 is not a station).
            if !tk.boundary(fe) {
                continue;
            }
            if suffix.len() == 1 && name_len < 2 {
                continue;
            }
            if gap > 0 {
                // The gap is whole noun-like tokens (虹桥, 一桥).
                if !tk.boundary(e) && tk.token(e).is_some_and(|t| t.start < e && t.end > p) {
                    // Inside one word with the place (上海虹桥机场): fine.
                } else if !tk.boundary(p) && tk.token(p).is_none_or(|t| t.end != fe) {
                    continue;
                }
                let gap_ok = (e..p).all(|q| {
                    tk.token(q).is_none_or(|t| {
                        t.tag.starts_with('n')
                            || matches!(t.tag, "m" | "j" | "x" | "s" | "b" | "eng")
                    })
                });
                if !gap_ok {
                    continue;
                }
            }
            return Some(fe);
        }
    }
    None
}

/// Is `e..p` one word jieba tags as a place name (ns), the one-char suffix
/// `p..fe` its own word or that word's end (虹桥|站, 洋山港)? Two chars at
/// least: one is a place's abbreviation (西江|贵港 is two places, 驻港 is
/// stationed in Hong Kong).
fn place_word_gap(tk: &Tokens, e: usize, p: usize, fe: usize) -> bool {
    p >= e + 2
        && tk.boundary(e)
        && tk.token(e).is_some_and(|t| {
            t.tag == "ns" && (t.end == fe || t.end == p && tk.token(p).is_some_and(|s| s.end == fe))
        })
}

/// 永康东 before 高速/出口/收费站/互通: an expressway exit named by a county
/// and a direction. Returns the end of the exit name (after the direction).
fn exit_after(chars: &[char], e: usize) -> Option<usize> {
    let dir = *chars.get(e)?;
    if !char_set!("东西南北").contains(dir) {
        return None;
    }
    let mut p = e + 1;
    if chars.get(p) == Some(&'的') {
        p += 1;
    }
    let rest = &chars[p.min(chars.len())..];
    ["高速", "出口", "收费站", "互通", "下高速", "站出口"]
        .iter()
        .any(|s| starts_with(rest, s))
        .then_some(e + 1)
}

/// The length of a place's name at `i` that a dateline's date follows (`台北|
/// 14日电`, `北京5月7日电`): two or three chars, then the day (and month)
/// and 电.
fn glued_dateline_place(chars: &[char], i: usize) -> Option<usize> {
    let digits = |p: usize| {
        let n = chars[p.min(chars.len())..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        (1..=2).contains(&n).then_some(p + n)
    };
    (2..=3).find(|&len| {
        let p = i + len;
        // The cheap test first: most chars have no digit two or three on.
        if !chars.get(p).is_some_and(char::is_ascii_digit)
            || !chars[i..p].iter().all(|&c| is_han(c))
        {
            return false;
        }
        let Some(mut q) = digits(p) else {
            return false;
        };
        if chars.get(q) == Some(&'月') {
            match digits(q + 1) {
                Some(e) => q = e,
                None => return false,
            }
        }
        chars.get(q) == Some(&'日') && chars.get(q + 1) == Some(&'电')
    })
}

/// A street named after the place `start..e`: an optional direction and a
/// street's suffix ending at a token boundary (长安街, 南京|路, 延安|东路,
/// 北京|大道). Not the place's way (北京|路上, 杭州|路过) or a subdistrict
/// (长安街道). Returns the street's end.
fn street_after(tk: &Tokens, chars: &[char], start: usize, e: usize) -> Option<usize> {
    // The suffix starts its own token or is in one with the name (长安街).
    if !tk.boundary(e) && tk.token(e).is_none_or(|t| t.start != start) {
        return None;
    }
    let mut p = e;
    if chars
        .get(p)
        .is_some_and(|&c| char_set!("东西南北中").contains(c))
    {
        p += 1;
    }
    let rest = &chars[p.min(chars.len())..];
    let suffix = ["大街", "大道", "胡同", "路", "街", "巷"]
        .into_iter()
        .find(|s| starts_with(rest, s))?;
    let end = p + suffix.chars().count();
    (tk.boundary(end) && chars.get(end) != Some(&'道')).then_some(end)
}

/// A village right after a town (章驮乡|勐旺村): 1–3 name chars and 村, or
/// up to 6 where jieba's dictionary knows no word among them: a
/// transliterated name its HMM made words of (乌鲁却勒镇|阔什艾日克村; not
/// 某镇|党委书记进村).
fn village_after(tk: &Tokens, chars: &[char], e: usize) -> Option<usize> {
    let made_up = |p: usize| {
        (e..p).all(|q| {
            tk.token(q)
                .is_some_and(|t| t.end - t.start == 1 || tk.doc.is_guessed(t))
        })
    };
    for k in 1..=6 {
        let p = e + k;
        if p >= chars.len() {
            return None;
        }
        let c = chars[p - 1];
        if !is_han(c) || char_set!(GAP_STOP).contains(c) || c == '村' {
            return None;
        }
        if chars[p] == '村' {
            return (k <= 3 || made_up(p)).then_some(p + 1);
        }
    }
    None
}

/// Inner Mongolia's townships and villages, 苏木 and 嘎查 (乌兰哈拉嘎苏木,
/// 宝日胡舒嘎查), which the gazetteer's data leaves out: words that name
/// nothing else, after two to six name chars. The name runs back to
/// punctuation, a function char or a place found that is longer than the
/// name so far, the division it lies in (西乌珠穆沁旗|巴彦花苏木); a shorter
/// place found is a piece of the name (乌兰 in 乌兰哈拉嘎苏木) and is
/// dropped. A name right after its division takes the division's region.
/// `facts` stay sorted.
fn mongolian_divisions(chars: &[char], facts: &mut Vec<Fact>) {
    let mut found: Vec<Fact> = Vec::new();
    // From the third char: a name of two chars at least comes first.
    let mut i = 2;
    while i + 1 < chars.len() {
        // One compare per char: most texts hold neither word.
        let c = chars[i];
        if !(c == '苏' && chars[i + 1] == '木' || c == '嘎' && chars[i + 1] == '查') {
            i += 1;
            continue;
        }
        // The place found that ends at `p`: one of this scan's, or of
        // `facts`, sorted by start, looked up by a binary search and a few
        // steps back (a long text holds thousands; places are short).
        let earlier = |p: usize| {
            let k = facts.partition_point(|f| f.start < p);
            found.iter().rev().find(|f| f.end == p).or_else(|| {
                facts[..k]
                    .iter()
                    .rev()
                    .take_while(|f| f.start + 64 > p)
                    .find(|f| f.end == p)
            })
        };
        let mut s = i;
        while s > 0
            && i - s < 6
            && is_han(chars[s - 1])
            && !char_set!(GAP_STOP).contains(chars[s - 1])
            && earlier(s).is_none_or(|f| f.end - f.start <= i - s)
        {
            s -= 1;
        }
        if i - s >= 2 {
            let mut f = Fact::new(Kind::Place, s, i + 2);
            f.region = earlier(s)
                .filter(|b| b.start < s)
                .and_then(|b| b.region.clone())
                .map(|mut path| {
                    path.extend(&chars[s..i + 2]);
                    path
                });
            found.push(f);
        }
        i += 2;
    }
    if found.is_empty() {
        return;
    }
    // `found` is sorted and its names never overlap: the one that may hold
    // a fact is the last starting at or before it.
    facts.retain(|f| {
        let k = found.partition_point(|m| m.start <= f.start);
        !(k > 0 && f.end <= found[k - 1].end)
    });
    facts.extend(found);
    facts.sort_by_key(|f| (f.start, f.end));
}

/// 东北, 西北, 西南 and 东南 listed with a region of China's (分布在东北、
/// 西北、华北和滨海地区): regions too, where alone they are directions as
/// often (东北风, 向西南): the spans of those the list holds.
fn compass_regions(chars: &[char], facts: &[Fact]) -> Vec<(usize, usize)> {
    const REGIONS: [&str; 5] = ["华北", "华南", "华东", "华中", "华西"];
    let is = |s: usize, words: &[&str]| words.iter().any(|w| starts_with(&chars[s..], w));
    let compass = |s: usize| is(s, &["东北", "西北", "西南", "东南"]);
    let joins = |c: char| matches!(c, '、' | '和' | '与' | '及');
    // A list item ends before a joiner, punctuation, 等 or 地区.
    let item_ends = |e: usize| {
        chars
            .get(e)
            .is_none_or(|&c| joins(c) || c == '等' || c == '地' || !is_han(c))
    };
    let item_starts =
        |s: usize| s == 0 || joins(chars[s - 1]) || !is_han(chars[s - 1]) || chars[s - 1] == '在';
    let mut out = Vec::new();
    for f in facts
        .iter()
        .filter(|f| f.end == f.start + 2 && is(f.start, &REGIONS))
    {
        // Rightwards: 华北、东北和西北.
        let mut e = f.end;
        while e + 3 <= chars.len() && joins(chars[e]) && compass(e + 1) && item_ends(e + 3) {
            out.push((e + 1, e + 3));
            e += 3;
        }
        // Leftwards: 东北、西北、华北.
        let mut s = f.start;
        while s >= 3 && joins(chars[s - 1]) && compass(s - 3) && item_starts(s - 3) {
            out.push((s - 3, s - 1));
            s -= 3;
        }
    }
    // Not inside a region already found (西南地区).
    out.retain(|&(s, e)| !facts.iter().any(|f| f.start <= s && e <= f.end));
    out.sort_unstable();
    out.dedup();
    out
}

/// A Taiwanese township's, town's or city district's 里 (village) right
/// after it, named in two chars (屏東市|崇蘭里, 潮州鎮|三共里): its end. Not
/// a word's 里 ("inside": 家里, 心里, 大树|的荫里) nor 里面 or 里程.
fn taiwan_li_after(g: &Gazetteer, region: RegionId, chars: &[char], e: usize) -> Option<usize> {
    // The char test first: most places have no 里 two chars after them, and
    // only those need their ancestors walked.
    if chars.get(e + 2) != Some(&'里') {
        return None;
    }
    let name = chars.get(e..e + 2)?;
    (matches!(g.region(region).level, Level::County | Level::Town)
        && g.ancestors(region).any(|a| g.region(a).name == "台湾省")
        && name
            .iter()
            .all(|&c| is_han(c) && !char_set!("的之了着在").contains(c))
        && !char_set!("这那哪家心夜城村屋院").contains(name[1])
        && !chars
            .get(e + 3)
            .is_some_and(|&c| matches!(c, '面' | '程' | '头')))
    .then_some(e + 3)
}

/// Doubtful names are places when the document backs them: the same region
/// is named for sure elsewhere, a sure place is right beside them (浙江永康,
/// 永康、义乌), one of their enclosing divisions is named in the sentence,
/// or a demonym follows (和平籍).
fn resolve_context(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    if mentions.iter().all(|m| m.sure) {
        return;
    }
    // Regions named for sure, with the sentence they are in.
    let mut sure_regions: HashMap<RegionId, Vec<usize>> = HashMap::new();
    for m in mentions.iter().filter(|m| m.sure) {
        if let Some(nm) = &m.name {
            let sentence = doc.sentence_of(m.start);
            for r in nm.readings() {
                sure_regions.entry(r.region).or_default().push(sentence);
                for a in g.ancestors(r.region) {
                    sure_regions.entry(a).or_default().push(sentence);
                }
            }
        }
    }
    let chars = &doc.chars;
    let joiner = |c: char| matches!(c, '、' | '和' | '与' | '及' | '至' | '到');
    for i in 0..mentions.len() {
        if mentions[i].sure {
            continue;
        }
        let m = mentions[i];
        let Some(nm) = m.name else {
            continue;
        };
        let sentence = doc.sentence_of(m.start);
        let named_elsewhere = m.doubt != Confidence::Word
            && nm.readings().any(|r| {
                g.region(r.region).level != Level::Country && sure_regions.contains_key(&r.region)
            });
        let ancestor_here = nm.readings().any(|r| {
            g.ancestors(r.region)
                .any(|a| sure_regions.get(&a).is_some_and(|s| s.contains(&sentence)))
        });
        // Right after an enclosing division (浙江永康), or in a list with a
        // place of the same level (永康、义乌). Mere adjacency to any place is
        // not enough: 振兴中国, 洛杉矶友好团体.
        let near = |j: usize| {
            let o = &mentions[j];
            let Some(on) = o.name.filter(|_| o.sure && o.form == Form::Name) else {
                return false;
            };
            let encloses = o.end == m.start
                && nm.readings().any(|r| {
                    on.readings()
                        .any(|x| g.is_within(r.region, x.region) && r.region != x.region)
                });
            let same_level = |a: &NameMatch, b: &NameMatch| {
                g.region(top(g, a).region).level == g.region(top(g, b).region).level
            };
            let listed = ((o.end + 1 == m.start && joiner(chars[o.end]))
                || (m.end + 1 == o.start && joiner(chars[m.end])))
                && same_level(&on, &nm);
            encloses || listed
        };
        // 黄大仙、观塘: doubtful names listed together back each other when
        // they are divisions of one city (not of one province only: 钟楼和
        // 鼓楼 are towers, though Jiangsu has districts of both names).
        let sibling = |j: usize| {
            let o = &mentions[j];
            let Some(on) = o.name.filter(|_| !o.dropped && o.form == Form::Name) else {
                return false;
            };
            let listed = (o.end + 1 == m.start && joiner(chars[o.end]))
                || (m.end + 1 == o.start && joiner(chars[m.end]));
            listed
                && nm.readings().any(|r| {
                    on.readings().any(|x| {
                        x.region != r.region
                            && g.ancestors(r.region).any(|a| {
                                !matches!(g.region(a).level, Level::Country | Level::Province)
                                    && g.is_within(x.region, a)
                            })
                    })
                })
        };
        let beside = (i > 0 && (near(i - 1) || sibling(i - 1)))
            || (i + 1 < mentions.len() && (near(i + 1) || sibling(i + 1)));
        let demonym = matches!(chars.get(m.end), Some('籍'));
        let city_named = m.doubt == Confidence::District
            && nm.readings().any(|r| {
                g.ancestors(r.region)
                    .any(|a| g.region(a).level != Level::Country && sure_regions.contains_key(&a))
            });
        if named_elsewhere || ancestor_here || beside || demonym || city_named {
            mentions[i].sure = true;
        } else {
            mentions[i].dropped = true;
        }
    }
}

/// Picks each name's region: the reading whose enclosing divisions the
/// document names most (closest sentence first), else the context-free
/// rank (full name, larger unit, China first; see [`Gazetteer::rank`]).
/// A Chinese division's name right after a foreign country's is that
/// country's own (美国|德州 is Texas, written as Taiwan's and Hong Kong's
/// papers write it, not Shandong's 德州): a place without a region. Where
/// jieba reads the two as one place word, they are that one foreign place
/// (马里兰州 is Maryland, not 马里 and 兰州).
fn foreign_subdivisions(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let prev = &mentions[i - 1];
        let foreign = !prev.dropped
            && !mentions[i].dropped
            && prev.end == mentions[i].start
            && prev.region.is_some_and(|r| {
                let r = g.region(r);
                r.level == Level::Country && r.name != "中国"
            });
        let chinese = mentions[i]
            .region
            .is_some_and(|r| g.region(r).level.is_admin() && g.region(r).level != Level::Country);
        if !(foreign && chinese) {
            continue;
        }
        let one_word = doc.token_at(prev.start).is_some_and(|k| {
            let t = doc.tokens[k];
            t.start == prev.start && t.end == mentions[i].end && t.tag == "ns"
        });
        if one_word {
            mentions[i - 1].end = mentions[i].end;
            mentions[i - 1].region = None;
            mentions[i].dropped = true;
        } else {
            mentions[i].region = None;
        }
    }
}

fn choose_regions(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    // A short county-level name that only begins a facility's name
    // (青山湖|科技城) is no evidence: it may just be the facility's own name.
    let mut weak = vec![false; mentions.len()];
    for m in mentions.iter() {
        if let Form::Facility { anchor: Some(a) } = m.form {
            if let Some(nm) = &mentions[a].name {
                weak[a] = !nm.has_full() && g.region(top(g, nm).region).level >= Level::County;
            }
        }
    }
    // Evidence: the unambiguous names' regions and their ancestors.
    let mut evidence: HashMap<RegionId, u32> = HashMap::new();
    for (k, m) in mentions.iter().enumerate().filter(|(_, m)| !m.dropped) {
        if weak[k] {
            continue;
        }
        if let Some(nm) = &m.name {
            let mut rs = nm.readings();
            let first = rs.next();
            if let (Some(r), None) = (first, rs.next()) {
                *evidence.entry(r.region).or_default() += 1;
                for a in g.ancestors(r.region) {
                    *evidence.entry(a).or_default() += 1;
                }
            }
        }
    }
    let mut relocated = vec![false; mentions.len()];
    // Such a weak name whose province or prefecture the document never
    // names is part of the facility's name, not a place of its own.
    for i in 0..mentions.len() {
        if let Form::Facility { anchor: Some(a) } = mentions[i].form {
            let nm = mentions[a].name.expect("facility anchors are names");
            let backed = nm
                .readings()
                .any(|r| g.ancestors(r.region).any(|x| evidence.contains_key(&x)));
            if weak[a] && !backed {
                mentions[a].dropped = true;
                mentions[i].form = Form::Facility { anchor: None };
                relocated[i] = true;
            }
        }
    }
    for i in 0..mentions.len() {
        if mentions[i].dropped {
            continue;
        }
        match mentions[i].form {
            Form::Name => {
                let nm = mentions[i].name.expect("names have a match");
                let high = |r: &Reading| {
                    matches!(
                        g.region(r.region).level,
                        Level::Province | Level::Prefecture
                    )
                };
                let has_high = nm.readings().any(|r| high(&r));
                // A province's own name is the province, whatever city the
                // story names: 河北 after 天津 is not 天津's 河北区, which is
                // written with its 区.
                let province = nm
                    .readings()
                    .find(|r| g.region(r.region).level == Level::Province);
                // The reading and its evidence score (a province's own name
                // needs none).
                let (best_score, best) = match province {
                    Some(p) => (u32::MAX, p),
                    None => nm
                        .readings()
                        .map(|r| {
                            // Against a province's or a city's reading, a lower
                            // one counts its enclosing division from one
                            // mention but those above it from two: one 哈尔滨
                            // in a story does not make 西安 牡丹江's 西安区
                            // rather than the city, where 牡丹江 itself would.
                            let strict = has_high && !high(&r);
                            // An enclosing division that is itself a reading of
                            // the name is no evidence for the smaller one: with
                            // 岳阳市 named, 岳阳 is the city, not its 岳阳县.
                            let score: u32 = g
                                .ancestors(r.region)
                                .enumerate()
                                .filter(|&(_, a)| !nm.readings().any(|x| x.region == a))
                                .map(|(k, a)| {
                                    let e = evidence.get(&a).copied().unwrap_or(0);
                                    if !strict || k == 0 || e >= 2 {
                                        e.min(3)
                                    } else {
                                        0
                                    }
                                })
                                .sum();
                            (score, r)
                        })
                        // max_by_key keeps the last maximum: negate the rank.
                        .max_by_key(|&(score, r)| (score, std::cmp::Reverse(g.rank(r))))
                        .expect("a name has a reading"),
                };
                // A town's name that many counties share (城关镇, 新华镇),
                // with none of its enclosing divisions named: whichever
                // county the rank picks would be a guess.
                let guess = best_score == 0
                    && g.region(best.region).level == Level::Town
                    && nm.readings().nth(1).is_some();
                mentions[i].region = (!guess).then_some(best.region);
            }
            Form::Facility { anchor: Some(a) } => {
                mentions[i].region = if mentions[a].form == Form::Name {
                    mentions[a]
                        .region
                        .or_else(|| mentions[a].name.map(|nm| top(g, &nm).region))
                } else {
                    None
                };
            }
            Form::Facility { anchor: None } => {
                // The nearest Chinese division named before it: in the
                // sentence for a bare proper name (向家坝电站), anywhere before
                // for a facility whose name began like a place (青山湖科技城).
                let sentence = doc.sentence_of(mentions[i].start);
                let anywhere = relocated[i];
                mentions[i].region = mentions[..i]
                    .iter()
                    .rev()
                    .take_while(|o| anywhere || doc.sentence_of(o.start) == sentence)
                    .filter(|o| !o.dropped && o.form == Form::Name)
                    .filter_map(|o| o.region)
                    .find(|&r| g.region(r).level.is_admin());
            }
            Form::Village { anchor } => mentions[i].region = mentions[anchor].region,
            Form::Feature => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jieba_rs::Jieba;
    use std::sync::OnceLock;

    fn env() -> (&'static Jieba, &'static Gazetteer) {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        (crate::test_jieba(), GAZETTEER.get_or_init(Gazetteer::load))
    }

    /// (text, region) of every place found in `text`.
    fn places(text: &str) -> Vec<(String, Option<String>)> {
        let (jieba, g) = env();
        let doc = Doc::new(jieba, text, true);
        let mut facts = extract(&doc, g);
        facts.sort_by_key(|f| (f.start, f.end));
        facts
            .into_iter()
            .map(|f| (doc.slice(f.start, f.end), f.region))
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        places(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn facility_firsts_are_the_suffixes_firsts() {
        let (gate, firsts) = crate::extract::charset::gate_and_firsts(
            FACILITY_FIRSTS,
            FACILITY_SUFFIXES.iter().map(|(s, _)| *s),
        );
        assert_eq!(gate, firsts);
    }

    #[test]
    fn one_char_abbreviations_and_regions() {
        let cases: &[(&str, &[&str])] = &[
            ("中美两国元首将定期互访。", &["中", "美"]),
            ("日俄首脑会晤的期待值并不高。", &["日", "俄"]),
            ("国家新闻出版署今天在京召开会议。", &["京"]),
            ("加拿大舰艇编队结束访华。", &["加拿大", "华"]),
            // A country's team is no place; its 队伍 (ranks) are its own.
            ("由日本及葡萄牙队伍献技，中国队获胜。", &["日本", "葡萄牙"]),
            ("欧盟对华投资稳定增长。", &["华"]),
            ("美方对其安全性要求很高。", &["美"]),
            ("这是海峡两岸关系的重要一步。", &["海峡两岸"]),
            ("中华民族伟大复兴。", &["中华"]),
            ("东亚金融危机的影响仍在。", &["东亚"]),
            ("会议在东京举行。", &["东京"]),
            // A locative jieba cut through the name (巴|西北部).
            ("大会在巴西北部城市开幕，山西北部降雪。", &["巴西", "山西"]),
            ("亚太地区形势稳定。", &["亚太"]),
            ("遵守中美三个联合公报的原则。", &["中", "美"]),
            ("英国驻华使节到机场送行。", &["英国", "华"]),
            ("帮助俄渡过金融危机。", &["俄"]),
            ("不要成为中印关系发展的绊脚石。", &["中", "印"]),
            ("苏联解体后，南斯拉夫也分裂了。", &["苏联", "南斯拉夫"]),
            ("比赛在不来梅进行。", &["不来梅"]),
            ("目前港区300家经营户已全部复工。", &[]),
            ("波兰共和国总统今天抵达。", &["波兰共和国"]),
            ("南斯拉夫联盟共和国政府表示。", &["南斯拉夫联盟共和国"]),
            ("他在加利福尼亚州工作。", &["加利福尼亚州"]),
            ("检查海洋环境保护法情况。", &[]),
            // Not abbreviations: a harbour, Central Asia, ordinary words.
            ("轮船离港后驶向大海。", &[]),
            ("中亚地区的天然气管道。", &["中亚"]),
            ("他在京剧团工作，对华丽的服装很在行。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
        // A Chinese division's abbreviation takes its region; a foreign
        // country's has none, as its full name has none.
        assert_eq!(
            places("中美双方在京会谈，旅客访港。"),
            [
                ("中".to_string(), Some("中国".to_string())),
                ("美".to_string(), None),
                ("京".to_string(), Some("北京市".to_string())),
                ("港".to_string(), Some("香港特别行政区".to_string())),
            ]
        );
    }

    #[test]
    fn finds_places_in_real_sentences() {
        let cases: &[(&str, &[&str])] = &[
            ("3月22日，中国商飞公司安全复工复产。", &["中国"]),
            // A school or museum jieba knows whole after a short name
            // carries that name; not after a full one, nor one named for a
            // place of its own, nor a military unit.
            (
                "她从山东农业大学毕业，在河南省农业大学任教，参观北京中国美术馆。",
                &["河南省", "北京"],
            ),
            ("日本海军陆战队登陆。", &["日本"]),
            // A facility jieba tags as an organisation.
            (
                "旅客抵达上海浦东国际机场。华电天津开发区分公司党委成立。",
                &["上海", "上海浦东国际机场", "天津"],
            ),
            // Railways named by their ends, whole or cut by jieba; not a
            // kind of railway, an area's, or a railway's administration.
            (
                "陇海铁路和京广铁路交汇，兰合铁路开通，修建高速铁路和山区铁路，北京铁路分局，襄樊铁路分局。",
                &["陇海铁路", "京广铁路", "兰合铁路", "北京"],
            ),
            // A Taiwanese township's or city's 里 is a village; a home's
            // 里 is "inside".
            (
                "屏东市崇兰里和潮州镇三共里的居民，屏东市住家里，屏东市公园里面，屏东市的荫里。",
                &["屏东市", "崇兰里", "潮州镇", "三共里", "屏东市", "屏东市", "屏东市"],
            ),
            // Compass regions listed with one of China's regions; a wind
            // and a direction are none.
            (
                "分布在东北、西北、华北和滨海地区，华南和西南地区降雨，华北、东南等地刮东北风，向西北和华北方向。",
                &["东北", "西北", "华北", "华南", "西南地区", "华北", "东南", "华北"],
            ),
            // A clock is no place; a stay there is.
            ("北京时间3月5日凌晨，东京时间晚上7时开赛。", &[]),
            ("他在北京时间不长。", &["北京"]),
            // A new zone named by a proper name, not a place's.
            ("两江新区管委会发布公告。", &["两江新区"]),
            (
                "苏州科技园区和新竹科学园区",
                &["苏州", "苏州科技园区", "新竹", "新竹科学园区"],
            ),
            // A city jieba does not know, made one word by its HMM.
            ("（记者／台中报导）事故发生。", &["台中"]),
            (
                "他是四川凉山人，今年在广东东莞打工。",
                &["四川", "凉山", "广东", "东莞"],
            ),
            (
                "甘肃省定西市安定区的马铃薯销往全国。",
                &["甘肃省", "定西市", "安定区"],
            ),
            (
                "记者从黑龙江省哈尔滨市获悉，松花江已进入封冻期。",
                &["黑龙江省", "哈尔滨市", "松花江"],
            ),
            // Not 从江 (a county) across 从|江苏省.
            ("记者从江苏省应急管理厅获悉。", &["江苏省"]),
            (
                "广西壮族自治区百色市田阳区芒果大丰收。",
                &["广西壮族自治区", "百色市", "田阳区"],
            ),
            (
                "来自贵州毕节的务工人员抵达深圳北站。",
                &["贵州", "毕节", "深圳", "深圳北站"],
            ),
            (
                "美国、日本和加拿大代表出席了会议。",
                &["美国", "日本", "加拿大"],
            ),
            ("加拿大选手夺得金牌。", &["加拿大"]),
            ("一批镇雄籍务工人员返岗。", &["镇雄"]),
            (
                "长江、黄河流域降雨偏多，洞庭湖水位上涨。",
                &["长江", "黄河", "洞庭湖"],
            ),
            (
                "京津冀协同发展和长三角一体化稳步推进。",
                &["京津冀", "长三角"],
            ),
            (
                "新疆维吾尔自治区喀什地区莎车县",
                &["新疆维吾尔自治区", "喀什地区", "莎车县"],
            ),
            // Foreign divisions the gazetteer does not list.
            (
                "洪水淹没了俄亥俄州和密西西比河谷地。",
                &["俄亥俄州", "密西西比河"],
            ),
            ("在贾拉拉巴德州，泥石流冲毁了堤坝。", &["贾拉拉巴德州"]),
            // A landform after a transliterated name.
            ("城市前面的比格尔海峡风浪很大。", &["比格尔海峡"]),
            ("南部的丘布特省也开始遭灾。", &["丘布特省"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn ordinary_words_are_not_places() {
        // County short forms that are words: 和平, 长安, 新华, 平安, 通道,
        // 安全, 开发, 振兴; fixed names with a place inside.
        for text in [
            "我们热爱和平，祝愿世界和平。",
            "长安汽车销量增长，平安保险理赔提速。",
            "新华社记者报道。",
            "企业开发新产品，确保安全生产。",
            "绿色通道已经开通，城区道路畅通。",
            "振兴乡村，其中国有企业带头。",
            "他毕业于浙江大学，现在中国科学院工作。",
            "中国跳水队出征。",
            "长江电力检修厂党委成立突击队，黄河公司复工率100%。",
            // Verbs and adjectives after an adverb (将|新建 "will build").
            "今年将新建公路，世界还不安宁。",
            // A district's short name with its city nowhere in the text
            // (秦皇岛市海港区): a team, a word.
            "海港队在客场逆转夺冠，海港队主教练说。",
            // A direction's part (中东部 "central-eastern"), not 中东.
            "我国中东部地区将出现降温，中东部省份降雪。",
            // A landform's word that is also a county's short name.
            "汾渭平原等重点区域，坚持平原游击战争。",
            // A word jieba tags ns that begins with one (大城市, 大城 county).
            "成为全台第二大城市。",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn short_names_listed_together_back_each_other_within_a_city() {
        assert_eq!(
            names("患者分别居于黄大仙、观塘及沙田。"),
            ["黄大仙", "观塘", "沙田"]
        );
        // Districts of one province only, and towers by name.
        assert!(names("位于市中心的钟楼和鼓楼相映成辉。").is_empty());
    }

    #[test]
    fn hong_kong_districts_alone_where_the_text_names_the_city() {
        assert_eq!(
            names("香港公布预算案。记者到深水埗街市，又在观塘访问。"),
            ["香港", "深水埗", "观塘"]
        );
        assert!(names("记者到深水埗街市，又在观塘访问。").is_empty());
        // Areas the division data does not hold, from the hand lexicon.
        assert_eq!(
            names("记者到旺角和尖沙咀，又去了将军澳。串联路环、氹仔的景点。"),
            ["旺角", "尖沙咀", "将军澳", "路环", "氹仔"]
        );
    }

    #[test]
    fn a_dateline_place_glued_to_the_name_before_it() {
        assert_eq!(names("中央社记者沈佩瑶台北14日电"), ["台北"]);
        assert_eq!(names("记者沈佩瑶台北5月14日电"), ["台北"]);
        // No date and 电 after it: jieba's words stand.
        assert!(names("记者沈佩瑶台北来电").is_empty());
    }

    #[test]
    fn streets_named_after_places_are_the_streets() {
        for (text, want) in [
            ("3万名跑者奔跑在长安街上。", &["长安街"][..]),
            (
                "他去过南京东路和广州的北京路。",
                &["南京东路", "广州", "北京路"],
            ),
            ("车队驶上滨海大道。", &["滨海大道"]),
            // A verb's word is no place's street (抢|通道/v|路).
            ("抢通道路，恢复供电。", &[]),
            // The city's way, not a street (北京|路上).
            ("在去北京路上堵了车。", &["北京"]),
            // With its suffix, the town is meant too.
            ("城关镇南街办起了工厂。", &["城关镇"]),
        ] {
            assert_eq!(names(text), want, "{text}");
        }
    }

    #[test]
    fn facilities_exits_and_villages() {
        let p = places("出了浙江永康东的高速口，只见永康市国际会展中心灯火通明。");
        let got: Vec<&str> = p.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            got,
            ["浙江", "永康", "永康东", "永康市", "永康市国际会展中心"]
        );
        assert_eq!(p[2].1.as_deref(), Some("浙江省金华市永康市"));
        assert_eq!(names("航班降落在上海虹桥机场。"), ["上海", "上海虹桥机场"]);
        assert_eq!(names("在宁波港，货物装船。"), ["宁波", "宁波港"]);
        // A one-char suffix after a place-name word of jieba's: its own word
        // (虹桥|站/v) or the word's end (洋山港/ns); not after one char, a
        // place's abbreviation (贵港 is a city) or a verb's (驻港).
        assert_eq!(
            names("旅客从上海虹桥站出发，货轮停靠上海洋山港。"),
            ["上海", "上海虹桥站", "上海", "上海洋山港"]
        );
        assert_eq!(
            names("广西西江贵港航运枢纽。"),
            ["广西", "西江", "贵港航运枢纽"]
        );
        assert_eq!(names("英国驻港总领事"), ["英国", "港"]);
        // Spaceports and landing sites; not a kind of one, unnamed.
        assert_eq!(
            names(
                "在酒泉卫星发射中心发射，返回东风着陆场，从拜科努尔发射场升空，建设卫星发射中心。"
            ),
            ["酒泉", "酒泉卫星发射中心", "东风着陆场", "拜科努尔发射场"]
        );
        // Ports of entry and archaeological sites.
        assert_eq!(
            names("旅客经罗湖口岸过境，专家发掘陕西长安丰镐遗址。"),
            ["罗湖口岸", "陕西", "长安", "长安丰镐遗址"]
        );
        // A facility jieba knows whole, named after a district of its city
        // (广州|白云 is the city's own).
        assert_eq!(
            names("航班从广州白云国际机场起飞。"),
            ["广州", "广州白云国际机场"]
        );
        assert_eq!(
            names("在湖州市长兴经济技术开发区，项目开工。"),
            ["湖州市", "长兴", "长兴经济技术开发区"]
        );
        // A place's old town is no district 古城, even in the city that
        // has one (丽江市古城区).
        let p = places("大理古城和丽江古城游客如织，官渡古镇也很热闹。");
        assert_eq!(
            p.iter()
                .map(|(t, r)| (t.as_str(), r.as_deref()))
                .collect::<Vec<_>>(),
            [
                ("大理", Some("云南省大理白族自治州")),
                ("大理古城", Some("云南省大理白族自治州")),
                ("丽江", Some("云南省丽江市")),
                ("丽江古城", Some("云南省丽江市")),
                ("官渡", Some("云南省昆明市官渡区")),
                ("官渡古镇", Some("云南省昆明市官渡区")),
            ]
        );
        assert_eq!(names("丽江市古城区"), ["丽江市", "古城区"]);
        assert_eq!(
            names("山西省垣曲县古城镇宁家坡遗址"),
            ["山西省", "垣曲县", "古城镇", "宁家坡遗址"]
        );
        let p = places("位于杭州市临安区青山湖科技城的企业。");
        assert_eq!(p.last().map(|(t, _)| t.as_str()), Some("青山湖科技城"));
        assert_eq!(
            p.last().and_then(|(_, r)| r.as_deref()),
            Some("浙江省杭州市临安区")
        );
        let p = places("临沧市临翔区章驮乡勐旺村村民");
        assert_eq!(p.last().map(|(t, _)| t.as_str()), Some("勐旺村"));
        assert_eq!(
            p.last().and_then(|(_, r)| r.as_deref()),
            Some("云南省临沧市临翔区章驮乡勐旺村")
        );
        // A longer name jieba's HMM made words of; no dictionary word.
        let p = places("阿瓦提县乌鲁却勒镇阔什艾日克村棉农说。");
        assert_eq!(p.last().map(|(t, _)| t.as_str()), Some("阔什艾日克村"));
        assert_eq!(
            names("阿瓦提县乌鲁却勒镇党委书记进村入户。"),
            ["阿瓦提县", "乌鲁却勒镇"]
        );
    }

    #[test]
    fn inner_mongolias_townships_and_villages() {
        let p = places("西乌珠穆沁旗巴彦花苏木的牧民。乌兰哈拉嘎苏木宝日胡舒嘎查牧民。");
        let got: Vec<(&str, Option<&str>)> =
            p.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("西乌珠穆沁旗", Some("内蒙古自治区锡林郭勒盟西乌珠穆沁旗")),
                (
                    "巴彦花苏木",
                    Some("内蒙古自治区锡林郭勒盟西乌珠穆沁旗巴彦花苏木")
                ),
                ("乌兰哈拉嘎苏木", None),
                ("宝日胡舒嘎查", None),
            ]
        );
        // One name char is no name; a function char ends it.
        assert!(names("在嘎查里，从苏木到城里。").is_empty());
    }

    /// A lake's or a river's name jieba cut into a noun and a lone 湖 or
    /// 河 it tags as a place; not after a verb, an adverb, an adjective, a
    /// word its HMM made up or one char, nor with 河 inside a longer word
    /// (江苏) or untagged as a place (张次|溪, a name).
    #[test]
    fn a_provinces_abbreviation_and_a_direction_name_its_part() {
        assert_eq!(
            names("赣南老区的果农、豫北地区的麦农和滇西北高原的牧民，冀中回民支队。"),
            ["赣南", "豫北", "滇西北", "冀中"]
        );
        // Not inside a word (犹豫中, 苏东坡), nor before a feature jieba
        // knows whole (辽东湾, 辽东半岛).
        assert_eq!(names("他在犹豫中读苏东坡的诗。"), Vec::<String>::new());
        assert_eq!(
            names("油田位于辽东湾，辽东半岛的港口"),
            ["辽东湾", "辽东半岛"]
        );
        // Singapore's planning areas.
        assert_eq!(
            names("碧山、大巴窑和裕廊东的组屋"),
            ["碧山", "大巴窑", "裕廊东"]
        );
    }

    #[test]
    fn a_word_and_a_lone_lake_or_river_is_a_feature() {
        assert_eq!(
            names("游览龙马湖，车队沿单晶河行进。"),
            ["龙马湖", "单晶河"]
        );
        assert_eq!(
            names("湖面上有一小湖，牛走进湖，有山有水有湖，城河相依。他们把腐烂河当作地标。张次溪先生来到江苏。"),
            ["江苏"]
        );
    }

    #[test]
    fn a_division_suffix_glued_to_a_made_up_word_still_counts() {
        // jieba's HMM cuts 永川|区接|回: 区接 is no word.
        let p = places("重庆市永川区接回外地员工。");
        assert_eq!(
            p.last().map(|(t, r)| (t.as_str(), r.as_deref())),
            Some(("永川区", Some("重庆市永川区")))
        );
        assert_eq!(names("宁波市奉化区接回工人。"), ["宁波市", "奉化区"]);
        // A dictionary word after the stem is a real boundary: 市民 is a
        // word, so 桐乡市民 is 桐乡 and its citizens.
        assert_eq!(names("桐乡市民纷纷返岗。"), ["桐乡"]);
    }

    #[test]
    fn districts_by_full_name_or_with_their_city() {
        // A district's full name is a place, whatever jieba tags it.
        assert_eq!(names("在位于龙岗区的试飞基地。"), ["龙岗区"]);
        // Its short name where its city or province is named anywhere
        // (jieba tags 海港 "seaport" a place).
        assert_eq!(
            names("河北秦皇岛的企业。\n海港的工厂已复工。"),
            ["河北", "秦皇岛", "海港"]
        );
        assert!(names("海港的工厂已复工。").is_empty());
        // A county named in full does not make its short name, also a
        // word, a place everywhere (公安县, 公安 "police").
        assert_eq!(
            names("公安县发布通告。\n公安干警到场，公安机关立案侦查。"),
            ["公安县"]
        );
    }

    #[test]
    fn a_district_named_like_a_part_of_any_city_only_after_its_own() {
        assert_eq!(
            names("湛江市城区停电，合肥市郊区的电站，城区道路拥堵。汕尾市城区人口增加，阳泉市矿区，阳泉市各城区。"),
            ["湛江市", "合肥市", "汕尾市", "城区", "阳泉市", "矿区", "阳泉市"]
        );
        // In its own city whatever else the document names.
        let got = places("阳泉市郊区和晋城市人口增加。汕尾市城区停电。");
        assert_eq!(
            got[4],
            ("城区".to_string(), Some("广东省汕尾市城区".to_string()))
        );
    }

    #[test]
    fn foreign_regions_and_cities_with_their_suffix() {
        assert_eq!(
            names("冰暴袭击魁北克省和安大略省，柔佛州和彭亨州受灾，怡保市停电。"),
            ["魁北克省", "安大略省", "柔佛州", "彭亨州", "怡保市"]
        );
    }

    #[test]
    fn a_country_and_its_city_in_one_word_are_two_places() {
        // jieba knows 美国纽约 as one word (nz).
        assert_eq!(names("展品借自美国纽约的博物馆。"), ["美国", "纽约"]);
        // And 福建厦门 (nz).
        assert_eq!(names("他来自福建厦门的工厂。"), ["福建", "厦门"]);
    }

    #[test]
    fn a_foreign_countrys_own_places_have_no_chinese_region() {
        assert_eq!(
            places("集团在美国德州的新厂投产，山东德州则在扩产。"),
            [
                ("美国".to_string(), None),
                ("德州".to_string(), None),
                ("山东".to_string(), Some("山东省".to_string())),
                ("德州".to_string(), Some("山东省德州市".to_string())),
            ]
        );
        // One place word jieba reads whole: not 马里 and 兰州.
        assert_eq!(names("美国马里兰州举办灯展。"), ["美国", "马里兰州"]);
    }

    #[test]
    fn regions_follow_the_document() {
        let region = |text: &str, name: &str| {
            places(text)
                .into_iter()
                .find(|(t, _)| t == name)
                .and_then(|(_, r)| r)
        };
        assert_eq!(
            region("北京朝阳群众积极参与。", "朝阳").as_deref(),
            Some("北京市朝阳区")
        );
        assert_eq!(
            region("辽宁朝阳的农民喜获丰收。", "朝阳").as_deref(),
            Some("辽宁省朝阳市")
        );
        assert_eq!(
            region("国家电投青海海南藏族自治州光伏基地", "海南藏族自治州").as_deref(),
            Some("青海省海南藏族自治州")
        );
        assert_eq!(
            region("海南的椰子成熟了。", "海南").as_deref(),
            Some("海南省")
        );
        // A town's name that many counties share, none of them named: no
        // county is guessed.
        assert_eq!(region("在城关镇，挖掘机正在清理渠道。", "城关镇"), None);
        // Hong Kong's districts are named alone.
        assert_eq!(
            region("首批公屋位于屯门，提供约2100个单位。", "屯门").as_deref(),
            Some("香港特别行政区新界屯门区")
        );
        // A province's own name is the province, whatever city is named.
        assert_eq!(
            region(
                "北京、天津、上海等地采用新模式，河北、辽宁等地随后跟进。",
                "河北"
            )
            .as_deref(),
            Some("河北省")
        );
        assert_eq!(
            region("青海西宁至海南的航线开通。", "海南").as_deref(),
            Some("海南省")
        );
        assert_eq!(
            region("从湖北开出的恩施杭州劳务专列", "恩施").as_deref(),
            Some("湖北省恩施土家族苗族自治州")
        );
        // One city of a province does not make a city's name that
        // province's district of the same name (牡丹江市西安区).
        assert_eq!(
            region("哈尔滨、西安、成都等城市旅游热度居前。", "西安").as_deref(),
            Some("陕西省西安市")
        );
        // Its own city does (and a second mention of the province).
        assert_eq!(
            region("牡丹江市西安区的居民", "西安区").as_deref(),
            Some("黑龙江省牡丹江市西安区")
        );
        // A city named in full does not make its short name the county
        // of the same name inside it (岳阳县 in 岳阳市).
        assert_eq!(
            region("岳阳市平江县发布预警，岳阳、益阳北部有暴雨。", "岳阳").as_deref(),
            Some("湖南省岳阳市")
        );
    }
}
