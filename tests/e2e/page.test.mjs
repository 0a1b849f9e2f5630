// End-to-end tests of the page in headless Chromium: the seeds dropped as
// real files, facts in the table, charts drawn, the reader, the
// concordance, exports, the share link, hostile input, not-text files, a
// wasm trap, cancellation, and that nothing leaves the origin.
// usage: node tests/e2e/page.test.mjs <built page dir>
// Prints timings as name=value lines (never asserted) and screenshots to
// test-output/.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser, watch, drop, waitDrawn, settled, downloadOf, assert, eq, run } from './lib.mjs';

const dist = process.argv[2] || 'dist';
const shots = 'test-output';
fs.mkdirSync(shots, { recursive: true });
const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()
  .map((name) => ({ name, bytes: fs.readFileSync(path.join('seeds', name)) }));

const { server, origin, url } = await serve(dist);
const { context } = await browser();
const log = { errors: [], dialogs: [], requests: [] };
context.on('request', (r) => log.requests.push(r.url()));
const page = await context.newPage();
watch(page, log);

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1;alert(1)">张三说：“<script>window.__pwned=2</script>你好”。',
  '</textarea><svg onload=alert(2)>李四在北京市工作。<iframe src="javascript:alert(3)"></iframe>',
  '<a href="javascript:alert(4)">点我</a>截至3月8日，复工率达到99%。',
  '=HYPERLINK("http://example.invalid","x")上海市复工率达到98%。',
  '\u202Egnp.exe\u202C 王五（总经理）表示：“\u2066反转\u2069文字”。@SUM(1+1) +1 -2',
].join('\n');

// Elements document text could inject, outside what the page itself builds.
const injected = () => page.evaluate(() => ({
  img: document.querySelectorAll('img').length,
  iframe: document.querySelectorAll('iframe, object, embed').length,
  script: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
  svgOutsideCharts: [...document.querySelectorAll('svg')].filter((s) => !s.closest('.chart')).length,
  a: [...document.querySelectorAll('a[href]')].filter((a) => /^javascript:/i.test(a.getAttribute('href'))).length,
  pwned: window.__pwned ?? null,
}));

async function factsOnPage() {
  return page.$$eval('#facts-table tbody tr', (rows) => rows.map((r) => [r.dataset.kind, r.querySelector('.fact-open').textContent]));
}

let report = null; // the seeds' report, from the JSON export
const timings = {};

const tests = [
  ['first paint, then the analyzer becomes ready; CSP is strict', async () => {
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForSelector('#dropzone', { timeout: 5000 });
    timings.page_first_paint_ms = Date.now() - t0;
    const loading = await page.$eval('#status', (s) => s.dataset.kind);
    assert(['loading', 'ready'].includes(loading), `status while loading: ${loading}`);
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready', null, { timeout: 60000 });
    timings.page_open_to_ready_ms = Math.round(await page.evaluate(() => window.__wenxiTimings.ready));
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert(/default-src 'self'/.test(csp), csp);
    // One inline script, the start-up one (www/boot.js), allowed by its hash alone.
    const m = /script-src 'self' 'wasm-unsafe-eval' 'sha256-([A-Za-z0-9+/=]+)'(;|$)/.exec(csp);
    assert(m, `script-src: ${csp}`);
    assert(!/unsafe-inline|unsafe-eval'|\*|https?:|data:/.test(csp.replace("'wasm-unsafe-eval'", '')), `CSP too loose: ${csp}`);
    const inline = await page.$$eval('script', (s) => s.filter((x) => !x.src).map((x) => x.textContent));
    eq(inline.length, 1, 'inline scripts');
    eq(crypto.createHash('sha256').update(inline[0]).digest('base64'), m[1], 'the inline script is the one the CSP allows');
    eq(inline[0], fs.readFileSync('www/boot.js', 'utf8').trim(), 'the inline script is www/boot.js');
  }],

  ['dropping the seeds analyses them and draws every chart', async () => {
    await drop(page, seeds);
    await waitDrawn(page);
    const t = await page.evaluate(() => window.__wenxiTimings);
    timings.seeds_drop_to_charts_drawn_ms = Math.round(t.drawn - t.inputAt);
    timings.seeds_worker_analyse_ms = Math.round(t.workerAnalyseMs);
    timings.seeds_summary_json_chars = t.summaryChars;
    timings.seeds_finish_ms = +t.finishMs.toFixed(1);
    timings.seeds_summary_ms = +t.summaryMs.toFixed(1);
    // Drawn: an SVG of the box's size holding marks (bars, points, lines)
    // and text, each of them with a size.
    const charts = await page.$$eval('.chart', (els) => els.map((el) => {
      const svg = el.querySelector('svg');
      if (!svg) return { id: el.id, marks: 0, texts: 0 };
      const sized = (sel) => [...svg.querySelectorAll(sel)].filter((e) => { const b = e.getBBox(); return b.width > 0 && b.height > 0; }).length;
      return { id: el.id, marks: sized('rect, circle, polyline'), texts: sized('text'), width: svg.width.baseVal.value, drawn: el.dataset.drawn };
    }));
    const ids = charts.map((c) => c.id).sort();
    for (const want of ['chart-kinds', 'chart-keywords-bar', 'chart-keywords-cloud', 'chart-timeline', 'chart-metrics',
      'chart-places', 'chart-network', 'chart-trends', 'chart-compare']) assert(ids.includes(want), `chart ${want} present (${ids})`);
    for (const c of charts) assert(c.marks + c.texts >= 8 && c.texts >= 3 && c.width > 100 && c.drawn === '1', `chart ${c.id} drawn: ${JSON.stringify(c)}`);
    const overview = await page.$$eval('table.files tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    eq(overview.length, seeds.length, 'one overview row per seed');
    for (const row of overview) assert(row[1].startsWith('UTF-8'), `encoding shown: ${row}`);
    await page.screenshot({ path: `${shots}/overview.png` });
  }],

  ['the JSON export is the report, with the CLI shape', async () => {
    const { name, bytes } = await downloadOf(page, '#export-json');
    eq(name, 'wenxi-report.json', 'file name');
    report = JSON.parse(bytes.toString('utf8'));
    eq(report.documents.map((d) => d.name), seeds.map((s) => s.name), 'documents');
    for (const d of report.documents) {
      assert(d.encoding === 'UTF-8' && d.chars > 1000 && d.facts.length > 50, `document ${d.name}`);
      for (const f of d.facts) {
        assert(!('start_utf16' in f), 'UTF-16 offsets are stripped from the export');
        eq([...d.text].slice(f.start, f.end).join(''), f.text, 'code-point offsets slice the text');
      }
    }
    assert(Array.isArray(report.aggregates.keywords.tfidf) && report.aggregates.keywords.tfidf.length > 5, 'keywords');
  }],

  ['the facts table shows a person with a title, a percent with its metric, a place with its region path, a quote with its speaker', async () => {
    const all = report.documents.flatMap((d, di) => d.facts.map((f) => ({ ...f, di, doc: d })));
    const person = all.find((f) => f.kind === 'person' && f.title);
    assert(person, 'a person with a title');
    const sentence = (f) => { const s = f.doc.sentences[f.sentence]; return [...f.doc.text].slice(s.start, s.end).join(''); };
    assert(sentence(person).includes(person.title.split('、')[0]), `the title ${person.title} is in the sentence`);
    const percent = all.find((f) => f.kind === 'percent' && f.metric);
    assert(percent && parseFloat(percent.text) === percent.value, `a percent with a metric: ${JSON.stringify(percent)}`);
    assert(sentence(percent).includes(percent.metric.slice(-2)), 'the metric is named in the sentence');
    const place = all.find((f) => f.kind === 'place' && f.region && f.region.length > f.text.length);
    assert(place && place.region.includes(place.text.replace(/[省市区县]$/, '')), `a place with its region path: ${JSON.stringify(place)}`);
    const quote = all.find((f) => f.kind === 'quote' && f.speaker);
    assert(quote, 'a quote with a speaker');
    assert(all.some((f) => f.kind === 'person' && f.di === quote.di && f.text === quote.speaker), 'the speaker is a person of that document');
    const rows = await factsOnPage();
    for (const f of [person, percent, place, quote]) assert(rows.some(([k, t]) => k === f.kind && t === f.text), `row ${f.kind} ${f.text}`);
    // The details column carries the title, metric, region and speaker.
    const detail = async (f) => page.$$eval('#facts-table tbody tr', (rows, f) => rows.filter((r) => r.dataset.kind === f.kind
      && r.querySelector('.fact-open').textContent === f.text).map((r) => r.cells[2].textContent), f);
    assert((await detail(person)).some((d) => d.includes(person.title)), 'title shown');
    assert((await detail(percent)).some((d) => d.includes(percent.metric)), 'metric shown');
    assert((await detail(place)).some((d) => d.includes(place.region)), 'region shown');
    assert((await detail(quote)).some((d) => d.includes(quote.speaker)), 'speaker shown');
    // The places table lists the region path too.
    const placeRows = await page.$$eval('table.places tbody tr', (rows) => rows.map((r) => [r.cells[0].textContent, r.cells[1].textContent]));
    assert(placeRows.some(([n, r]) => n === place.text && r === place.region) || placeRows.some(([, r]) => r === place.region), 'places table region');
    const people = await page.$$eval('table.people tbody tr', (rows) => rows.map((r) => [r.cells[0].textContent, r.cells[1].textContent]));
    assert(people.some(([n, t]) => n === person.text && t.length > 0), 'people table has the person with a title');
  }],

  ['clicking a fact opens the reader with exactly that text highlighted', async () => {
    await page.selectOption('#facts-kind', 'percent');
    await settled(page);
    const row = await page.$('#facts-table tbody tr[data-kind="percent"]');
    const { doc, fact } = await row.evaluate((r) => ({ doc: +r.dataset.doc, fact: +r.dataset.fact }));
    const f = report.documents[doc].facts[fact];
    await row.$eval('.fact-open', (b) => b.click());
    await page.waitForSelector('dialog#reader[open] mark.current');
    eq(await page.$eval('mark.current .t', (m) => m.textContent), f.text, 'highlighted text');
    eq(await page.$eval('mark.current', (m) => m.dataset.kind), 'percent', 'mark kind');
    const marks = await page.$$eval('dialog#reader mark.ent', (m) => m.length);
    assert(marks > 5, 'other facts are marked too');
    await page.screenshot({ path: `${shots}/facts-reader.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('reader').open);
    await page.selectOption('#facts-kind', '');
    await settled(page);
  }],

  ['KWIC finds every occurrence of a word, sorted by context', async () => {
    const word = report.aggregates.keywords.tfidf[0].word;
    const expected = report.documents.reduce((n, d) => n + d.text.split(word).length - 1, 0);
    await page.fill('#kwic-word', word);
    await page.press('#kwic-word', 'Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#kwic-lines .line').length === n, expected, { timeout: 5000 });
    const kws = await page.$$eval('#kwic-lines .line mark', (m) => [...new Set(m.map((x) => x.textContent))]);
    eq(kws, [word], 'keyword column');
    await page.selectOption('#kwic-sort', 'right');
    await settled(page);
    const rights = await page.$$eval('#kwic-lines .line .r', (r) => r.map((x) => x.textContent));
    const sorted = [...rights].sort((a, b) => a.localeCompare(b, 'zh'));
    eq(rights, sorted, 'sorted by right context');
    await page.click('#kwic-lines .line');
    await page.waitForSelector('dialog#reader[open] mark.current');
    eq(await page.$eval('mark.current .t', (m) => m.textContent), word, 'reader opens at the hit');
    await page.keyboard.press('Escape');
  }],

  ['keywords switch between TF-IDF and TextRank; screenshots of views', async () => {
    await page.click('#nav button[data-view="keywords"]');
    await page.screenshot({ path: `${shots}/keywords.png` });
    // Clicking the first bar (the top TF-IDF keyword) opens it in the concordance.
    await page.click('#chart-keywords-bar .item rect');
    await page.waitForFunction((w) => document.getElementById('kwic-word').value === w, report.aggregates.keywords.tfidf[0].word, { timeout: 5000 });
    // The lines follow the word, once the worker has answered.
    await page.waitForFunction(() => document.querySelectorAll('#kwic-lines .line').length > 0, null, { timeout: 5000 })
      .catch(() => { throw new Error('assertion failed: the clicked keyword has lines'); });
    await page.evaluate(() => { document.body.dataset.charts = ''; });
    await page.click('input[name="kw-method"][value="textrank"]');
    await page.waitForFunction(() => document.getElementById('chart-keywords-bar')?.dataset.drawn === '1');
    await page.click('#nav button[data-view="network"]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shots}/network.png` });
  }],

  ['a view chosen in the menu starts at the top of the window, after the views above take their real height', async () => {
    // A fresh page: the views above have never been drawn, so they sit at
    // their estimated height until the jump brings the nearest into sight.
    const p2 = await context.newPage();
    watch(p2, log);
    await p2.goto(url);
    await p2.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready', null, { timeout: 60000 });
    await drop(p2, seeds);
    await waitDrawn(p2);
    for (const view of ['people', 'facts']) {
      await p2.click(`#nav button[data-view="${view}"]`);
      await p2.waitForTimeout(700);
      const top = await p2.$eval(`#v-${view}`, (sec) => sec.getBoundingClientRect().top);
      assert(top >= 0 && top <= 100, `${view} starts at ${top} px`);
    }
    await p2.close();
  }],
  ['every chart exports as PNG and SVG', async () => {
    for (const key of ['kinds', 'keywords-cloud', 'network']) {
      const png = await downloadOf(page, `button[data-export="${key}.png"]`);
      eq([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${key} PNG signature`);
      assert(png.bytes.length > 3000, `${key} PNG has content (${png.bytes.length} B)`);
      const svg = await downloadOf(page, `button[data-export="${key}.svg"]`);
      const text = svg.bytes.toString('utf8');
      assert(text.startsWith('<svg') && (text.match(/<text|<path/g) || []).length > 10, `${key} SVG has content`);
    }
    const keys = await page.$$eval('button[data-export$=".png"]', (b) => b.map((x) => x.dataset.export));
    assert(keys.length >= 9, `an export button per chart: ${keys}`);
  }],

  ['the facts CSV has a BOM, every fact, and escaped formula cells', async () => {
    const { bytes } = await downloadOf(page, '#export-csv');
    eq([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM');
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    eq(lines[0].split(',').slice(0, 3), ['"document"', '"kind"', '"text"'], 'header');
    const total = report.documents.reduce((n, d) => n + d.facts.length, 0);
    // Sentences hold no CR/LF pairs in the seeds, so lines = rows.
    eq(lines.length - 1, total, 'one row per fact');
  }],

  ['hostile text is inert when dropped: no dialog, no element injected; formula cells escaped in the CSV', async () => {
    const before = await injected();
    await drop(page, [{ name: '<img src=x onerror=alert(9)>.txt', bytes: Buffer.from(HOSTILE) }, seeds[0]]);
    await waitDrawn(page);
    // Hover the charts whose labels and tooltips carry the hostile file name.
    for (const id of ['chart-compare', 'chart-trends', 'chart-network', 'chart-kinds']) {
      const b = await page.$eval(`#${id}`, (el) => { el.scrollIntoView(); const r = el.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
      for (const fx of [0.25, 0.5, 0.75]) { await page.mouse.move(b.x + b.w * fx, b.y + b.h * 0.6); await page.waitForTimeout(150); }
    }
    const tips = await page.evaluate(() => ({
      elements: document.querySelectorAll('.chart img, .chart foreignObject, .chart script').length,
      marked: [...document.querySelectorAll('.chart title, .chart text')].filter((e) => e.textContent.includes('<img')).length,
    }));
    eq(tips.elements, 0, 'no element injected into a chart');
    assert(tips.marked > 0, `the hostile name shows in labels and tooltips as text (${tips.marked})`);
    await page.fill('#kwic-word', 'onerror');
    await page.press('#kwic-word', 'Enter');
    await settled(page);
    await page.waitForSelector('#kwic-lines .line');
    const line = await page.$eval('#kwic-lines .line', (l) => l.textContent);
    assert(line.includes('<img src=x'), `the markup shows as text: ${line}`);
    await page.fill('#kwic-word', 'gnp');
    await page.press('#kwic-word', 'Enter');
    await page.waitForFunction(() => document.querySelector('#kwic-lines .line mark')?.textContent === 'gnp');
    const bidi = await page.evaluate(() => document.body.textContent.includes('\u202E'));
    assert(!bidi, 'bidi controls are shown as visible code points, not applied');
    assert((await page.evaluate(() => document.body.textContent)).includes('⟨U+202E⟩'), 'bidi control made visible');
    // Open every fact of the hostile text in the reader.
    await page.selectOption('#facts-doc', '0');
    await settled(page);
    const n = await page.$$eval('#facts-table tbody tr', (r) => r.length);
    assert(n > 0, 'the hostile text has facts');
    await (await page.$('#v-kwic')).screenshot({ path: `${shots}/hostile-kwic.png` });
    const hostileRows = await page.$$('#facts-table tbody tr[data-doc="0"] .fact-open');
    for (const b of hostileRows) {
      await b.evaluate((x) => x.click());
      await page.waitForSelector('dialog#reader[open] mark.current');
      eq(await page.evaluate(() => document.querySelectorAll('#reader img, #reader script, #reader iframe, #reader svg').length), 0, 'reader holds text only');
      eq(await page.evaluate(() => /[\u202A-\u202E\u2066-\u2069]/.test(document.getElementById('reader').textContent)), false, 'no live bidi control in the reader');
      if (b === hostileRows[0]) await page.screenshot({ path: `${shots}/hostile-reader.png` });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.getElementById('reader').open);
    }
    await page.selectOption('#facts-doc', '');
    await settled(page);
    const { bytes } = await downloadOf(page, '#export-csv');
    const csv = bytes.toString('utf8');
    assert(csv.includes('"\'=HYPERLINK('), 'a cell starting with = is escaped');
    assert(!/(^|,)"[=+\-@]/m.test(csv), 'no cell starts with = + - @');
    eq(await page.evaluate(() => /[\u202A-\u202E\u2066-\u2069]/.test(document.body.textContent)), false, 'no live bidi control anywhere');
    const after = await injected();
    eq(after, before, 'no element injected');
    eq(log.dialogs, [], 'no dialog');
  }],

  ['the share link reproduces the analysis in a fresh page; hostile text via link is inert', async () => {
    // The hostile corpus is current: share it.
    await page.click('#share');
    const link = await (await page.waitForSelector('#share-url')).evaluate((i) => i.value);
    assert(link.includes('#v1.'), link);
    const p2 = await context.newPage();
    const log2 = watch(p2, { errors: [], dialogs: [], requests: [] });
    await p2.goto(link);
    await p2.waitForFunction(() => document.body.dataset.charts === 'drawn', null, { timeout: 120000 });
    const hostileFacts = await factsOnPage();
    const rows2 = await p2.$$eval('#facts-table tbody tr', (rows) => rows.map((r) => [r.dataset.kind, r.querySelector('.fact-open').textContent]));
    eq(rows2, hostileFacts, 'same facts from the link');
    eq(log2.dialogs, [], 'no dialog from the link');
    eq(await p2.evaluate(() => window.__pwned ?? null), null, 'no script ran');
    eq(await p2.evaluate(() => [...document.querySelectorAll('img, iframe')].length), 0, 'no element injected');
    eq(log2.errors, [], 'no console errors in the linked page');
    // The seeds, with a custom stopword list and a user dictionary, via a link opened on the keywords view.
    await drop(page, seeds);
    await waitDrawn(page);
    const seedFacts = await factsOnPage();
    // A user dictionary entry turns a keyword into an organisation everywhere it occurs.
    const word = report.aggregates.keywords.tfidf[0].word;
    await page.click('#settings summary');
    await page.fill('#userdict', `${word} org`);
    await page.evaluate(() => { document.body.dataset.charts = ''; });
    await page.click('#apply-settings');
    await waitDrawn(page);
    await page.selectOption('#facts-kind', 'org');
    await settled(page);
    const orgs = (await factsOnPage()).filter(([k, t]) => k === 'org' && t === word).length;
    await page.selectOption('#facts-kind', '');
    await settled(page);
    const occurrences = report.documents.reduce((n, d) => n + d.text.split(word).length - 1, 0);
    eq(orgs, occurrences, 'every occurrence of the user word is an org fact');
    eq(await page.evaluate(() => localStorage.getItem('wenxi.userdict')), `${word} org`, 'user dictionary remembered');
    const seedFacts2 = await factsOnPage();
    await page.click('#nav button[data-view="keywords"]');
    await page.click('#share');
    const link2 = await (await page.waitForSelector('#share-url')).evaluate((i) => i.value);
    await p2.goto('about:blank');
    await p2.goto(link2);
    await p2.waitForFunction(() => document.body.dataset.charts === 'drawn', null, { timeout: 120000 });
    assert(JSON.stringify(seedFacts2) !== JSON.stringify(seedFacts), 'the user dictionary changed the facts');
    eq(await p2.$$eval('#facts-table tbody tr', (rows) => rows.map((r) => [r.dataset.kind, r.querySelector('.fact-open').textContent])), seedFacts2, 'same seed facts (with the user dictionary)');
    eq(await p2.$eval('#userdict', (u) => u.value), `${word} org`, 'the link carries the user dictionary');
    eq(await p2.$eval('#nav button[aria-current="true"]', (b) => b.dataset.view), 'keywords', 'same view');
    await p2.close();
  }],

  ['a damaged link, a truncated link and a deflate bomb give a clear error; the page stays usable', async () => {
    const link = await page.$eval('#share-url', (i) => i.value);
    const p3 = await context.newPage();
    const log3 = watch(p3, { errors: [], dialogs: [], requests: [] });
    const base = link.split('#')[0];
    const frag = link.split('#')[1];
    for (const bad of [frag.slice(0, Math.floor(frag.length / 2)), frag.slice(0, 20) + 'A' + frag.slice(21), 'v1.%%%%']) {
      await p3.goto('about:blank');
      await p3.goto(`${base}#${bad}`);
      await p3.waitForSelector('#notices li.error', { timeout: 20000 });
      const msg = await p3.$eval('#notices li.error', (l) => l.textContent);
      assert(/分享链接|shared link/.test(msg), `clear error: ${msg}`);
    }
    const bomb = await p3.evaluate(async () => {
      const zeros = new Uint8Array(64 * 1024 * 1024);
      const s = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const b = new Uint8Array(await new Response(s).arrayBuffer());
      let bin = '';
      for (let i = 0; i < b.length; i += 0x8000) bin += String.fromCharCode(...b.subarray(i, i + 0x8000));
      return 'v1.' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    });
    await p3.goto('about:blank');
    await p3.goto(`${base}#${bomb}`);
    await p3.waitForSelector('#notices li.error', { timeout: 20000 });
    assert(/expands past/.test(await p3.$eval('#notices li.error', (l) => l.textContent)), 'bomb stopped at the cap');
    await p3.click('#sample');
    await p3.waitForFunction(() => document.body.dataset.charts === 'drawn', null, { timeout: 120000 });
    assert(await p3.$$eval('#facts-table tbody tr', (r) => r.length) > 50, 'the sample still works');
    eq(log3.errors, [], 'no console errors');
    await p3.close();
  }],

  ['a corpus too big for a link is refused with the report offered instead', async () => {
    // Random Han characters: about 14 bits each even after deflate, so 40,000 of them exceed the link limit.
    let text = '';
    for (let i = 0; i < 40000; i++) text += String.fromCharCode(0x4e00 + Math.floor(Math.random() * 20000));
    await page.click('.paste summary');
    await page.fill('#paste', text);
    await page.evaluate(() => { document.body.dataset.charts = ''; });
    await page.click('#analyse-paste');
    await waitDrawn(page);
    await page.click('#share');
    await page.waitForSelector('#share-out p.error');
    assert(/太大|too big/.test(await page.$eval('#share-out p.error', (p) => p.textContent)), 'too-big message');
    const { name } = await downloadOf(page, '#share-out button');
    eq(name, 'wenxi-report.json', 'the report is offered instead');
    await page.fill('#paste', '');
    await page.click('.paste summary');
  }],

  ['a not-text file gets its own message; the other file is analysed', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b70000000049454e44ae426082', 'hex');
    await page.evaluate(() => document.querySelectorAll('#notices li').forEach((l) => l.remove()));
    await drop(page, [{ name: 'photo.png', bytes: png, type: 'image/png' }, seeds[0], { name: 'empty.txt', bytes: Buffer.alloc(0) }]);
    await waitDrawn(page);
    const rows = await page.$$eval('table.files tbody tr', (rows) => rows.map((r) => ({ name: r.cells[0].textContent, facts: +r.cells[4].textContent.replace(/,/g, ''), error: r.cells[5].textContent })));
    const png2 = rows.find((r) => r.name === 'photo.png');
    const empty = rows.find((r) => r.name === 'empty.txt');
    const seed = rows.find((r) => r.name === seeds[0].name);
    assert(png2 && png2.error.length > 3 && png2.facts === 0, `png message: ${JSON.stringify(png2)}`);
    assert(empty && empty.error.length > 3, `empty message: ${JSON.stringify(empty)}`);
    assert(seed && !seed.error && seed.facts > 50, `seed analysed: ${JSON.stringify(seed)}`);
    const notices = await page.$$eval('#notices li.error', (l) => l.map((x) => x.textContent));
    assert(notices.some((n) => n.startsWith('photo.png')) && notices.some((n) => n.startsWith('empty.txt')), `one message per file: ${notices}`);
  }],

  ['a wasm trap restarts the worker, names the file, and the others are analysed', async () => {
    await page.evaluate(() => document.querySelectorAll('#notices li').forEach((l) => l.remove()));
    await drop(page, [seeds[0], { name: 'bad__wenxi_panic__.txt', bytes: Buffer.from('这个文件让分析器崩溃。') }, seeds[1]]);
    await waitDrawn(page);
    const notices = await page.$$eval('#notices li.error', (l) => l.map((x) => x.textContent));
    assert(notices.some((n) => n.includes('bad__wenxi_panic__.txt') && /test-panic/.test(n)), `crash named: ${notices}`);
    const rows = await page.$$eval('table.files tbody tr', (rows) => rows.map((r) => ({ name: r.cells[0].textContent, facts: +r.cells[4].textContent.replace(/,/g, '') })));
    for (const s of seeds) assert(rows.find((r) => r.name === s.name)?.facts > 50, `${s.name} analysed after the crash`);
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready');
  }],

  ['a long job can be cancelled; the page keeps working', async () => {
    const big = Buffer.from(seeds.map((s) => s.bytes.toString('utf8')).join('\n').repeat(300));
    await drop(page, [{ name: 'big.txt', bytes: big }]);
    await page.waitForSelector('#progress:not([hidden])');
    await page.click('#cancel');
    await page.waitForSelector('#notices li:not(.error)');
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready', null, { timeout: 60000 });
    await drop(page, seeds);
    await waitDrawn(page);
    assert(await page.$$eval('#facts-table tbody tr', (r) => r.length) > 50, 'analysis after cancel');
  }],

  ['an encoding override re-runs the file', async () => {
    const gbk = Buffer.from('bdd8d6c133d4c238c8d5a3acc8abcaa1b8b4b9a4c2cab4efb5bd39372e3725a1a3', 'hex'); // 截至3月8日，全省复工率达到97.7%。 in GBK
    await drop(page, [{ name: 'gbk.txt', bytes: gbk }]);
    await waitDrawn(page);
    const enc = await page.$eval('table.files tbody tr td:nth-child(2)', (c) => c.firstChild.textContent.trim());
    assert(/GBK|gb18030/i.test(enc), `detected ${enc}`);
    await page.evaluate(() => { document.body.dataset.charts = ''; });
    await page.selectOption('table.files select', 'Big5');
    await waitDrawn(page);
    eq(await page.$eval('table.files tbody tr td:nth-child(2)', (c) => c.firstChild.textContent.trim()), 'Big5', 'override applied');
  }],

  ['a Traditional text is shown as written; the concordance finds a word in either script', async () => {
    const text = '臺北市政府今日表示，全市企業復工率達到９９．５％，產業鏈上下游企業陸續恢復生產。\n'
      + '市長柯文哲說：「我們會持續協助企業解決缺工與物流問題。」約有３０００多家工廠恢復營運，企業復工順利。\n';
    await drop(page, [{ name: 'taipei.txt', bytes: Buffer.from(text) }]);
    await waitDrawn(page);
    await page.click('#nav button[data-view="keywords"]');
    const labels = await page.$$eval('#chart-keywords-bar text', (t) => t.map((x) => x.textContent));
    const words = labels.filter((l) => /\p{Script=Han}/u.test(l));
    assert(words.includes('企業'), `keywords as written: ${words}`);
    for (const w of words) assert(text.includes(w), `keyword ${w} is not in the text`);
    for (const asked of ['企业', '企業']) {
      await page.fill('#kwic-word', asked);
      await page.press('#kwic-word', 'Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#kwic-lines .line').length === n, 4, { timeout: 5000 })
        .catch(() => { throw new Error(`assertion failed: 4 lines for ${asked}`); });
      eq(await page.$$eval('#kwic-lines .line mark', (m) => [...new Set(m.map((x) => x.textContent))]), ['企業'], `marks for ${asked}`);
    }
  }],

  ['dropping an exported report reopens it', async () => {
    await drop(page, [{ name: 'wenxi-report.json', bytes: Buffer.from(JSON.stringify(report)), type: 'application/json' }]);
    await waitDrawn(page);
    const rows = await page.$$eval('table.files tbody tr', (r) => r.map((x) => x.cells[0].textContent));
    eq(rows, seeds.map((s) => s.name), 'the report documents');
    await page.$eval('#facts-table .fact-open', (b) => b.click());
    await page.waitForSelector('dialog#reader[open] mark.current');
    const f = report.documents[0].facts[0];
    eq(await page.$eval('mark.current .t', (m) => m.textContent), f.text, 'reader works on a reopened report');
    await page.keyboard.press('Escape');
  }],

  ['English toggle, mobile width', async () => {
    await page.click('#lang');
    eq(await page.$eval('#nav button[data-view="facts"]', (b) => b.textContent), 'Facts', 'English nav');
    await waitDrawn(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/overview-en.png` });
    await page.click('#lang');
    eq(await page.$eval('#nav button[data-view="facts"]', (b) => b.textContent), '事实', 'Chinese nav');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${shots}/mobile.png`, fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `no horizontal scrolling at phone width (${overflow}px)`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }],

  ['keyboard only: Tab to the sample, Enter; Enter on a fact opens the reader, Escape closes it', async () => {
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); document.body.dataset.charts = ''; });
    let found = false;
    for (let i = 0; i < 20 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.id === 'sample');
    }
    assert(found, 'the sample button is reachable with Tab');
    await page.keyboard.press('Enter');
    await waitDrawn(page);
    await page.focus('#facts-table .fact-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog#reader[open] mark.current');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('reader').open);
    // A chart is one Tab stop; the arrow keys move between its items and Enter opens one.
    const stops = await page.$$eval('#chart-keywords-bar .item', (l) => l.map((e) => e.getAttribute('tabindex')));
    eq(stops.filter((x) => x === '0').length, 1, 'one Tab stop in the keywords chart');
    assert(stops.length >= 10, `every bar is an item (${stops.length})`);
    await page.focus('#chart-keywords-bar .item[tabindex="0"]');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => {
      const items = [...document.querySelectorAll('#chart-keywords-bar .item')];
      return { at: items.indexOf(document.activeElement), label: document.activeElement.getAttribute('aria-label') };
    });
    eq(second.at, 1, 'ArrowDown moves to the second bar');
    await page.keyboard.press('Enter');
    const word = second.label.slice(0, second.label.lastIndexOf(':'));
    await page.waitForFunction((w) => document.getElementById('kwic-word').value === w, word, { timeout: 5000 });
  }],

  ['no request left the origin; no console errors', async () => {
    const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:') && u !== 'about:blank');
    eq(foreign, [], 'requests to other origins');
    eq(log.errors, [], 'console errors');
    eq(log.dialogs, [], 'dialogs');
  }],
];

const failed = await run(tests);
for (const [k, v] of Object.entries(timings)) console.log(`${k}=${v}`);
await context.close();
server.close();
process.exit(failed ? 1 : 0);
