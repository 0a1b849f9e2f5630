// The second visit: after one visit the page, its wasm, its dictionary and
// the sample come from the offline cache (www/sw.js), so the page starts
// and analyses with the server gone.
// usage: node tests/e2e/offline.test.mjs <built page dir>
// Prints first- and second-visit start-up as name=value lines (not asserted).
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser, watch, drop, waitDrawn, assert, run } from './lib.mjs';

const dist = process.argv[2] || 'dist';
const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()
  .map((name) => ({ name, bytes: fs.readFileSync(path.join('seeds', name)) }));

const { server, url } = await serve(dist);
const { context } = await browser();
const log = { errors: [], dialogs: [], requests: [] };
const timings = {};

const ready = (page) => page.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready', null, { timeout: 60000 });

const tests = [
  ['the first visit fills the offline cache with every file of the page', async () => {
    const page = await context.newPage();
    watch(page, log);
    await page.goto(url);
    await ready(page);
    timings.first_visit_ready_ms = Math.round(await page.evaluate(() => window.__wenxiTimings.ready));
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active, null, { timeout: 60000 });
    const cached = await page.evaluate(async () => {
      const names = [];
      for (const key of await caches.keys()) {
        for (const req of await (await caches.open(key)).keys()) names.push(new URL(req.url).pathname.split('/').pop());
      }
      return names;
    });
    for (const f of ['index.html', 'app.js', 'worker.js', 'wenxi_bg.wasm', 'jieba-dict.wxd', 'index.json']) {
      assert(cached.includes(f), `${f} cached (cached: ${cached.join(' ')})`);
    }
    await page.close();
  }],
  ['with the server gone, the page opens, becomes ready and analyses the seeds', async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    const page = await context.newPage();
    watch(page, log);
    await page.goto(url);
    await ready(page);
    timings.second_visit_offline_ready_ms = Math.round(await page.evaluate(() => window.__wenxiTimings.ready));
    await drop(page, seeds);
    await waitDrawn(page);
    const kinds = await page.$$eval('#facts-table tbody tr', (rows) => new Set(rows.map((r) => r.dataset.kind)).size);
    assert(kinds >= 5, `facts of at least 5 kinds offline, got ${kinds}`);
    await page.close();
  }],
  ['no console errors', async () => {
    // A failed fetch of a page that is gone would show here; the cache
    // answers everything.
    assert(log.errors.length === 0, log.errors.join('\n'));
  }],
];

const failed = await run(tests);
for (const [k, v] of Object.entries(timings)) console.log(`${k}=${v}`);
await context.close();
process.exit(failed ? 1 : 0);
