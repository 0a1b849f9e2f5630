// Share links. (The exports, the report JSON and the facts CSV, are the
// core's: src/wasm.rs export_json, src/explore/csv.rs.)
//
// A link carries the corpus and the settings in the URL fragment (never sent
// to a server): a JSON header line, then the files' original bytes, all
// deflate-raw compressed (CompressionStream) and base64url encoded:
//   #v1.<base64url(deflateRaw(header + "\n" + bytes...))>
// header = {files: [{n: name, b: byteLength, e: encodingOverride}], sw: stopwords|null,
//           ud: userDictionary, view}
// Decoding inflates with a hard output cap, so a deflate bomb stops early.

export const LINK_LIMIT = 60000; // characters of fragment; larger corpora: export the report instead
export const INFLATE_CAP = 8 * 1024 * 1024; // bytes a link may expand to

const enc = new TextEncoder();

function b64url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unb64url(s) {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('bad characters in link');
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

async function streamAll(readable, cap) {
  const reader = readable.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      throw new Error(`link expands past ${cap} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

async function deflate(bytes) {
  const s = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return streamAll(s, Infinity);
}

export async function inflate(bytes, cap = INFLATE_CAP) {
  const s = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  try {
    return await streamAll(s, cap);
  } catch (e) {
    if (/expands past/.test(e.message)) throw e;
    throw new Error('the link is truncated or damaged');
  }
}

/** The fragment for files [{name, bytes, encoding}] and settings. */
export async function encodeLink(files, settings) {
  const header = {
    files: files.map((f) => ({ n: f.name, b: f.bytes.byteLength, e: f.encoding || '' })),
    sw: settings.stopwords ?? null,
    ud: settings.userdict || '',
    view: settings.view || 'overview',
  };
  const head = enc.encode(JSON.stringify(header) + '\n');
  const total = head.length + files.reduce((n, f) => n + f.bytes.byteLength, 0);
  const all = new Uint8Array(total);
  all.set(head, 0);
  let at = head.length;
  for (const f of files) { all.set(new Uint8Array(f.bytes), at); at += f.bytes.byteLength; }
  return 'v1.' + b64url(await deflate(all));
}

/** Decodes a fragment (without '#'); throws an Error with a plain message. */
export async function decodeLink(fragment) {
  if (!fragment.startsWith('v1.')) throw new Error('not a wenxi link');
  const raw = await inflate(unb64url(fragment.slice(3)));
  const nl = raw.indexOf(10);
  if (nl < 0) throw new Error('the link is truncated or damaged');
  let header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw.subarray(0, nl)));
  } catch {
    throw new Error('the link is truncated or damaged');
  }
  if (!header || !Array.isArray(header.files)) throw new Error('the link is truncated or damaged');
  const files = [];
  let at = nl + 1;
  for (const f of header.files) {
    const len = Number(f.b);
    if (!Number.isInteger(len) || len < 0 || at + len > raw.length) throw new Error('the link is truncated or damaged');
    files.push({ name: String(f.n ?? 'text.txt'), bytes: raw.slice(at, at + len).buffer, encoding: String(f.e || '') });
    at += len;
  }
  if (at !== raw.length) throw new Error('the link is truncated or damaged');
  return {
    files,
    stopwords: typeof header.sw === 'string' ? header.sw : null,
    userdict: typeof header.ud === 'string' ? header.ud : '',
    view: typeof header.view === 'string' ? header.view : 'overview',
  };
}

export function encodedLength(s) { return enc.encode(s).length; }
