// DOM helpers. Every string from a document goes in as a text node; nothing
// here ever parses markup.

// Bidi controls (embeddings, overrides, isolates, marks) would reorder what
// surrounds them; they are shown as visible code points instead.
const BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** Display form of untrusted text: bidi controls made visible. */
export function inert(s) {
  return String(s ?? '').replace(BIDI, (c) => `⟨U+${c.codePointAt(0).toString(16).toUpperCase()}⟩`);
}

/** h('div', {class: 'x', onclick: f}, 'text', child) — strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = inert(v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(inert(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function fmtSize(n) {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

// One formatter for every number: Number#toLocaleString builds a new one per
// call, which cost the page tens of milliseconds per table.
const NUMBER = new Intl.NumberFormat();
export function fmtNum(n) {
  return typeof n === 'number' ? NUMBER.format(n) : String(n ?? '');
}

/** Saves a Blob under `name` (a same-page download; nothing is sent anywhere). */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A table: headers and rows of cells (strings, numbers or nodes). */
export function table(headers, rows, attrs) {
  return h('table', attrs,
    h('thead', null, h('tr', null, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', null, rows.map((r) => (r instanceof Node ? r : h('tr', null, r.map((c) => h('td', null, c)))))));
}
