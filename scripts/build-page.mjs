// Bundles www/ with esbuild: app.js (with the views and chart code split off
// and loaded lazily) and worker.js (with the wasm-bindgen glue).
// usage: node scripts/build-page.mjs <wasm-bindgen glue .js> <outdir>
import { build } from 'esbuild';
import path from 'node:path';

const [glue, out] = process.argv.slice(2);
const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['chrome110', 'firefox115', 'safari16'],
  legalComments: 'linked',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['www/app.js'], splitting: true, outdir: out, chunkNames: 'chunk-[hash]' });
await build({
  ...common,
  entryPoints: ['www/worker.js'],
  outfile: path.join(out, 'worker.js'),
  alias: { 'wenxi-wasm': path.resolve(glue) },
});
