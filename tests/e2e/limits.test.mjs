// The stated size limits: a file over the per-file limit gets its own
// message naming it and the limit, and the other files of the same drop are
// analysed; a drop over the per-drop limit is refused with a message and the
// page stays usable.
// usage: node tests/e2e/limits.test.mjs <built page dir>
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser, watch, drop, waitDrawn, assert, run } from './lib.mjs';

const dist = process.argv[2] || 'dist';
const seed = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()[0];
const seedBytes = fs.readFileSync(path.join('seeds', seed));

const { url } = await serve(dist);
const { context } = await browser();
const log = { errors: [], dialogs: [], requests: [] };
const page = await context.newPage();
watch(page, log);

// Big files are made inside the page: shipping megabytes through the
// test protocol would only measure the protocol.
const dropBig = (sizes) => page.evaluate((sizes) => {
  document.body.dataset.charts = '';
  const dt = new DataTransfer();
  sizes.forEach((n, i) => dt.items.add(new File([new Uint8Array(n).fill(0x41)], `big-${i}.txt`, { type: 'text/plain' })));
  const zone = document.getElementById('dropzone');
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }
}, sizes);

const MB = 1024 * 1024;
const tests = [
  ['the limits are stated on the page', async () => {
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'ready', null, { timeout: 60000 });
    const text = await page.$eval('#dropzone', (z) => z.textContent);
    assert(/16 MB/.test(text) && /50 MB/.test(text), `limits stated: ${text}`);
  }],
  ['a file over the per-file limit is named with the limit; the other file is analysed', async () => {
    await page.evaluate(() => { document.body.dataset.charts = ''; });
    await page.evaluate(({ b64, name }) => {
      const bin = atob(b64);
      const small = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) small[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(17 * 1024 * 1024).fill(0x41)], 'huge.txt', { type: 'text/plain' }));
      dt.items.add(new File([small], name, { type: 'text/plain' }));
      const zone = document.getElementById('dropzone');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }, { b64: seedBytes.toString('base64'), name: seed });
    await waitDrawn(page);
    const body = await page.$eval('body', (b) => b.innerText);
    assert(/huge\.txt/.test(body) && /16 MB/.test(body), 'the big file is named with the limit');
    const facts = await page.$$eval('#facts-table tbody tr', (rows) => rows.length);
    assert(facts > 20, `the other file was analysed (${facts} facts)`);
  }],
  ['a drop over the per-drop limit is refused with a message; the page stays usable', async () => {
    await dropBig([15 * MB, 15 * MB, 15 * MB, 15 * MB]);
    await page.waitForFunction(() => /50 MB/.test(document.body.innerText), null, { timeout: 30000 });
    await drop(page, [{ name: seed, bytes: seedBytes }]);
    await waitDrawn(page);
    assert(await page.$$eval('#facts-table tbody tr', (rows) => rows.length) > 20, 'analysed after the refusal');
  }],
  ['no dialog, no console errors', async () => {
    assert(log.dialogs.length === 0, `dialogs: ${log.dialogs.join(', ')}`);
    assert(log.errors.length === 0, log.errors.join('\n'));
  }],
];

const failed = await run(tests);
await context.close();
process.exit(failed ? 1 : 0);
