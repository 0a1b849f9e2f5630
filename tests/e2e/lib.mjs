// Shared helpers for the end-to-end tests: a static server for the built page
// (recording every request), headless Debian Chromium through playwright-core
// (never a downloaded browser), drop/download helpers and a tiny runner that
// prints "N passed, N failed".
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

export async function serve(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    // The page lives under a subpath, to prove relative URLs work.
    if (!url.pathname.startsWith('/sub/app/')) { res.writeHead(404); res.end(); return; }
    let p = decodeURIComponent(url.pathname.slice('/sub/app/'.length)) || 'index.html';
    const file = path.join(root, p);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, url: `${origin}/sub/app/` };
}

export async function browser() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenxi-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, acceptsDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return { context, dir };
}

/** Watches a page: console errors, page errors, dialogs, requests. */
export function watch(page, log) {
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') log.errors.push(`worker console: ${m.text()}`); }));
  return log;
}

/** Dispatches a real drop (DataTransfer with File objects) on the drop zone. */
export async function drop(page, files) {
  await page.evaluate(async (files) => {
    document.body.dataset.charts = '';
    const dt = new DataTransfer();
    for (const f of files) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.type || 'text/plain' }));
    }
    const zone = document.getElementById('dropzone');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, files.map((f) => ({ name: f.name, type: f.type, b64: Buffer.from(f.bytes).toString('base64') })));
}

export async function waitDrawn(page, timeout = 120000) {
  await page.waitForFunction(() => document.body.dataset.charts === 'drawn', null, { timeout, polling: 100 });
}

/** Waits until no list or table is waiting for the worker (aria-busy): the page asks it for rows when a filter changes. */
export async function settled(page, timeout = 30000) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout, polling: 50 });
}

export async function downloadOf(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const p = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(p) };
}

export function assert(cond, msg) { if (!cond) throw new Error(`assertion failed: ${msg}`); }
export function eq(a, b, msg) {
  const sa = JSON.stringify(a); const sb = JSON.stringify(b);
  if (sa !== sb) throw new Error(`${msg}: expected ${sb}, got ${sa}`);
}

export async function run(tests) {
  let passed = 0; let failed = 0;
  for (const [name, fn] of tests) {
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok - ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}\n  ${String(e && e.stack || e).split('\n').slice(0, 6).join('\n  ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}
