// Start-up: the worker boot.js starts is the one the page uses (one worker,
// ready), and a browser without WebAssembly SIMD — which the wasm needs —
// gets a message saying so instead of a broken page.
// usage: node tests/e2e/support.test.mjs <built page dir>
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser, watch, drop, waitDrawn, assert, run } from './lib.mjs';

const dist = process.argv[2] || 'dist';
const seed = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()[0];
const seedBytes = fs.readFileSync(path.join('seeds', seed));

const { server, url } = await serve(dist);
const { context } = await browser();

const failed = await run([
  ['one worker: the page adopts the one boot.js started, and analyses with it', async () => {
    const page = await context.newPage();
    const log = watch(page, { errors: [], dialogs: [], requests: [] });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready', null, { timeout: 60000 });
    await drop(page, [{ name: seed, bytes: seedBytes }]);
    await waitDrawn(page);
    assert(workers.length === 1, `workers started: ${workers.join(', ')}`);
    assert(workers[0].endsWith('/worker.js'), workers[0]);
    // boot.js handed its worker over (app.js clears the hand-over slot).
    assert(await page.evaluate(() => window.__wenxiBoot === null), 'boot.js worker adopted');
    assert(log.errors.length === 0, log.errors.join('\n'));
    await page.close();
  }],
  ['no WebAssembly SIMD: a message naming the browsers that have it; no worker, no wasm download', async () => {
    const page = await context.newPage();
    const log = watch(page, { errors: [], dialogs: [], requests: [] });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    // A browser without SIMD rejects any module that uses it: so does this one.
    await page.addInitScript(() => {
      const validate = WebAssembly.validate;
      WebAssembly.validate = (bytes) => {
        const b = new Uint8Array(bytes.buffer ?? bytes);
        for (let i = 0; i + 1 < b.length; i++) if (b[i] === 0xfd) return false; // the SIMD opcode prefix
        return validate(bytes);
      };
    });
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'error', null, { timeout: 30000 });
    const status = await page.textContent('#status');
    assert(/SIMD/.test(status) && /16\.4/.test(status), `status: ${status}`);
    await drop(page, [{ name: seed, bytes: seedBytes }]);
    await page.waitForFunction(() => document.querySelector('#notices li'), null, { timeout: 10000 });
    const notice = await page.textContent('#notices');
    assert(/SIMD/.test(notice), `notice: ${notice}`);
    assert(workers.length === 0, `workers started: ${workers.join(', ')}`);
    assert(!log.requests.some((r) => r.endsWith('.wasm') || r.endsWith('.wxd')), `requests: ${log.requests.join(' ')}`);
    assert(log.errors.length === 0, log.errors.join('\n'));
    await page.close();
  }],
]);

await context.close();
server.close();
process.exit(failed ? 1 : 0);
