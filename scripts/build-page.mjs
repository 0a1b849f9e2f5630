// Bundles www/ with esbuild: app.js (with the views and chart code split off
// and loaded lazily) and worker.js (with the wasm-bindgen glue). Expects
// index.html already in <outdir>: adds modulepreload links for app.js's chunks
// and inlines www/boot.js (with its hash in the Content-Security-Policy).
// usage: node scripts/build-page.mjs <wasm-bindgen glue .js> <outdir>
import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const [glue, out] = process.argv.slice(2);
const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  // Safari 16.4: the first with WebAssembly SIMD (see www/boot.js).
  target: ['chrome110', 'firefox115', 'safari16.4'],
  legalComments: 'linked',
  logLevel: 'warning',
};
const app = await build({
  ...common, entryPoints: ['www/app.js'], splitting: true, outdir: out, chunkNames: 'chunk-[hash]', metafile: true,
});
// app.js's imports, announced in index.html: the browser fetches them beside
// app.js instead of after parsing it. That includes the views and charts
// (24 KB), which app.js runs only once the analyzer is ready.
const appOut = Object.entries(app.metafile.outputs).find(([, o]) => o.entryPoint === 'www/app.js');
const html = path.join(out, 'index.html');
const page = fs.readFileSync(html, 'utf8');
const preloads = [...new Set(appOut[1].imports.filter((i) => i.kind === 'import-statement' || i.kind === 'dynamic-import')
  .map((i) => path.basename(i.path)))]
  .map((f) => `<link rel="modulepreload" href="./${f}">`)
  .filter((link) => !page.includes(link));
if (!page.includes('<script type="module" src="./app.js"></script>')) throw new Error('index.html: app.js script tag not found');
let built = page.replace('<script type="module" src="./app.js"></script>',
  [...preloads, '<script type="module" src="./app.js"></script>'].join('\n'));

// boot.js goes inline, right after the Content-Security-Policy, which allows
// exactly it by its hash: it starts the worker before any other download.
const BOOT_TAG = '<script src="./boot.js"></script>';
if (built.includes(BOOT_TAG)) {
  const boot = fs.readFileSync('www/boot.js', 'utf8').trim();
  if (boot.includes('</script')) throw new Error('boot.js cannot be inlined');
  const hash = crypto.createHash('sha256').update(boot).digest('base64');
  const CSP = "script-src 'self' 'wasm-unsafe-eval'";
  if (!built.includes(CSP)) throw new Error(`index.html: ${CSP} not found`);
  built = built.replace(CSP, `${CSP} 'sha256-${hash}'`).replace(BOOT_TAG, `<script>${boot}</script>`);
}
fs.writeFileSync(html, built);
await build({
  ...common,
  entryPoints: ['www/worker.js'],
  outfile: path.join(out, 'worker.js'),
  alias: { 'wenxi-wasm': path.resolve(glue) },
});
