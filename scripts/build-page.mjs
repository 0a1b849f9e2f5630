// Bundles www/ with esbuild: app.js (with the views and chart code split off
// and loaded lazily) and worker.js (with the wasm-bindgen glue). Expects
// index.html already in <outdir>: adds modulepreload links for app.js's chunks.
// usage: node scripts/build-page.mjs <wasm-bindgen glue .js> <outdir>
import { build } from 'esbuild';
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
// app.js's static imports, announced in index.html: the browser fetches them
// beside app.js instead of after parsing it (the lazily imported chart code
// is not among them).
const appOut = Object.entries(app.metafile.outputs).find(([, o]) => o.entryPoint === 'www/app.js');
const html = path.join(out, 'index.html');
const page = fs.readFileSync(html, 'utf8');
const preloads = [...new Set(appOut[1].imports.filter((i) => i.kind === 'import-statement').map((i) => path.basename(i.path)))]
  .map((f) => `<link rel="modulepreload" href="./${f}">`)
  .filter((link) => !page.includes(link));
if (!page.includes('<script type="module" src="./app.js"></script>')) throw new Error('index.html: app.js script tag not found');
fs.writeFileSync(html, page.replace('<script type="module" src="./app.js"></script>',
  [...preloads, '<script type="module" src="./app.js"></script>'].join('\n')));
await build({
  ...common,
  entryPoints: ['www/worker.js'],
  outfile: path.join(out, 'worker.js'),
  alias: { 'wenxi-wasm': path.resolve(glue) },
});
