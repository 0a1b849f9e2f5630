// The words worker (www/worker.js): once the analyzer's worker has been idle
// a moment, it starts a second one, which makes each big file's word
// aggregates (word count, top words, keywords, word counts) while the first
// extracts the facts. The report must not show which worker made what: the
// page's JSON export is the CLI's report of the same files, byte for byte.
// usage: node tests/e2e/words-worker.test.mjs <built page dir>
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, watch, drop, waitDrawn, downloadOf, assert, eq, run } from './lib.mjs';

const dist = process.argv[2] || 'dist';
const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()
  .map((name) => fs.readFileSync(path.join('seeds', name)));

// Two files over the 256 KiB a file dropped alone needs to be cut in two
// (each seed's paragraphs again and again), and one under it.
const big = (bytes, n) => Buffer.concat(Array.from({ length: n }, () => bytes));
const files = [
  { name: 'big-a.txt', bytes: big(seeds[0], 40) },
  { name: 'small.txt', bytes: seeds[1] },
  { name: 'big-b.txt', bytes: big(seeds[1], 40) },
];
assert(files[0].bytes.length > 300_000 && files[2].bytes.length > 300_000, 'big files are big');

const { url } = await serve(dist);
const { context } = await browser();
const log = { errors: [], dialogs: [], requests: [] };
const page = await context.newPage();
watch(page, log);

// What the CLI makes of the same files (the debug build `cargo test` made).
function cliReport(files) {
  const built = spawnSync('cargo', ['build', '--quiet', '--bin', 'wenxi'], { stdio: 'inherit' });
  assert(built.status === 0, 'cargo build --bin wenxi');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenxi-words-'));
  for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.bytes);
  const out = spawnSync(path.resolve('target/debug/wenxi'), ['analyze', '--json', '--text', ...files.map((f) => f.name)],
    { cwd: dir, maxBuffer: 1 << 28 });
  fs.rmSync(dir, { recursive: true, force: true });
  assert(out.status === 0, `wenxi analyze: ${out.stderr}`);
  return out.stdout.toString('utf8').trimEnd();
}

const exportedReport = async () => (await downloadOf(page, '#export-json')).bytes.toString('utf8').trimEnd();

/** Drops `files` and checks the words worker took `helped` of them and the export is the CLI's report. */
async function dropAndCompare(files, helped) {
  // The words worker may still be starting on a slow machine: drop again
  // (a drop before it is ready does without it).
  let got = 0;
  for (let attempt = 0; attempt < 10; attempt++) {
    await drop(page, files);
    await waitDrawn(page);
    got = await page.evaluate(() => window.__wenxiTimings.wordsWorkerFiles);
    if (got === helped || helped === 0) break;
    await page.waitForTimeout(1500);
  }
  eq(got, helped, 'files the words worker helped with');
  const exported = await exportedReport();
  const cli = cliReport(files);
  const doc = JSON.parse(exported).documents[0];
  assert(doc.keywords.textrank.length > 5 && doc.top_words.length > 5 && doc.words > 1000, 'word aggregates are there');
  if (exported !== cli) {
    const at = [...exported].findIndex((c, i) => c !== cli[i]);
    throw new Error(`the export differs from the CLI's report at ${at}: …${exported.slice(at - 80, at + 80)}… vs …${cli.slice(at - 80, at + 80)}…`);
  }
}

const tests = [
  ['the words worker starts while the page is idle, and the report shown stays', async () => {
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready', null, { timeout: 60000 });
    await drop(page, [{ name: 'small.txt', bytes: seeds[1] }]);
    await waitDrawn(page);
    const before = await exportedReport();
    await page.waitForTimeout(3000); // the words worker starts meanwhile
    eq(await exportedReport(), before, 'the report after the words worker started');
    assert(JSON.parse(before).documents[0].facts.length > 10, 'a report with facts');
  }],
  ['a drop of many files: the words worker tags each, the report is the CLI\'s', async () => {
    await dropAndCompare(files, files.length);
    await page.click('#nav button[data-view="keywords"]');
    await page.screenshot({ path: 'test-output/words-worker-keywords.png' });
  }],
  ['one big file: the words worker tags its second half, the report is the CLI\'s', async () => {
    await dropAndCompare([files[0]], 1);
  }],
  ['one small file goes through one worker', async () => {
    await dropAndCompare([files[1]], 0);
  }],
  ['the words worker fails mid-drop: the analyzer\'s worker does its part, the report is the CLI\'s', async () => {
    // In the test build (build-page.sh --test) this name traps the words
    // worker's wasm; the file after it must not wait for a dead worker.
    const trap = { name: 'x__wenxi_words_panic__.txt', bytes: seeds[0] };
    await dropAndCompare([files[1], trap, files[2]], 3);
    // Asked no more.
    await dropAndCompare([files[0], files[1]], 0);
  }],
  ['no errors, nothing requested from another origin', async () => {
    eq(log.errors, [], 'errors');
    const origin = new URL(url).origin;
    eq(log.requests.filter((r) => !r.startsWith(origin)), [], 'foreign requests');
  }],
];

const failed = await run(tests);
await context.close();
process.exit(failed ? 1 : 0);
