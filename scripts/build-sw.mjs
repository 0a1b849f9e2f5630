// Writes OUT/sw.js from www/sw.js with the build's file list and a version
// hashed from every file's content (see www/sw.js).
// usage: node scripts/build-sw.mjs OUTDIR
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const out = process.argv[2];
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name !== 'sw.js' && !e.name.endsWith('.LEGAL.txt')) files.push(path.relative(out, p).split(path.sep).join('/'));
  }
})(out);
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(out, f)));
const version = hash.digest('hex').slice(0, 16);
const list = ['./', ...files.map((f) => `./${f}`)];
const src = fs.readFileSync('www/sw.js', 'utf8')
  .replace("'__WENXI_VERSION__'", JSON.stringify(version))
  .replace("['__WENXI_FILES__']", JSON.stringify(list));
fs.writeFileSync(path.join(out, 'sw.js'), src);
console.log(`sw.js: ${list.length} files, version ${version}`);
