// The page's charts, drawn as SVG by this file: bars (across or up, one
// series or stacked), a line, points on dates (the timeline), a word cloud
// and a network. Five kinds of simple chart did not need a chart library:
// ECharts (used before) was 0.67 MB of script that took ~300 ms to parse and
// ~160 ms to run before the first chart, and 20–100 ms per chart after that,
// all on a 2-core machine busy starting the analyzer. Here a chart is a few
// hundred SVG elements built in a millisecond or two.
//
// Document text reaches a chart only as text nodes (labels, and <title>
// tooltips that the browser shows on hover), never as markup, with bidi
// controls made visible (dom.js inert) as in the tables. Every item that
// does something on click is a button for the keyboard too (roving()).
//
// A spec (what the views pass to mount) is one of:
//   {type: 'bars', categories, series: [{name, values, color, colors?}],
//    across?: categories down the side and bars across, stacked?, legend?,
//    labels?: a bar's value at its end, format?: value → text,
//    max?: the value axis's least maximum, integer?: whole-number ticks,
//    labelWidth?: room for the category labels across (px), rotate?:
//    category labels' angle, line?: a line with points instead of bars,
//    tip(i): a category's hover text, stackTip(i, series): a segment's}
//   {type: 'points', categories, points: [[category index, height]], color, tip(i)}
//   {type: 'cloud', words: [{text, x, y, size, color, tip}]}  (laid out by cloud.js)
//   {type: 'graph', nodes: [{name, x, y, r, color, tip}], edges: [{a, b, width}], legend}
// and onClick(i) is called with the index of the clicked bar (category),
// point, word or node.
import { inert } from './dom.js';
import { emWidth } from './measure.js';

export const KIND_COLOURS = {
  date: '#4e79a7', quantity: '#f28e2b', percent: '#e15759', person: '#2a9d8f',
  place: '#59a14f', org: '#b8860b', quote: '#b07aa1',
};

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
const TEXT = '#333';
const AXIS = '#999';
const GRID = '#e6e6e6';
const SIZE = 12; // label font size, px

const mounted = new Map(); // key -> {el, svg, spec, onClick, ro}
let pendingDraws = 0;
let waiting = []; // allDrawn() promises, resolved when pendingDraws reaches 0

/** An SVG element with attributes (null and undefined skipped) and children. */
function s(tag, attrs, ...kids) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k);
  return e;
}

function text(x, y, str, attrs) {
  return s('text', { x: r1(x), y: r1(y), 'font-size': SIZE, fill: TEXT, ...attrs }, inert(String(str)));
}

const r1 = (v) => Math.round(v * 10) / 10;

/** An item that reacts to the mouse and the keyboard (when clickable) and says `tip` on hover. */
function item(el, tip, onActivate) {
  if (tip) el.append(s('title', null, inert(tip)));
  if (!onActivate) return el;
  el.setAttribute('class', 'item');
  el.setAttribute('tabindex', '-1'); // one stop per chart: see roving()
  el.setAttribute('role', 'button');
  if (tip) el.setAttribute('aria-label', inert(tip));
  el.addEventListener('click', onActivate);
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onActivate(); }
  });
  return el;
}

/**
 * Tick values from 0 to at least `max`, at the finest step of 1, 2 or 5 ×
 * 10^k that makes at most `count` + 1 intervals.
 */
export function ticks(max, count = 5, integer = false) {
  if (!(max > 0)) return [0, 1];
  const mag = 10 ** Math.floor(Math.log10(max / count));
  let step = [1, 2, 5, 10, 20].map((m) => m * mag).find((st) => Math.ceil(max / st - 1e-9) <= count + 1);
  if (integer) step = Math.max(1, Math.round(step));
  const out = [];
  for (let v = 0; v < max + step * 1e-9; v += step) out.push(+v.toPrecision(12));
  if (out[out.length - 1] < max) out.push(+(out[out.length - 1] + step).toPrecision(12));
  return out;
}

const px = (label) => emWidth(label) * SIZE;

/** A legend row at the top: [{name, color}]. Returns its height. */
function legend(g, entries, width) {
  let x = 4;
  let y = 12;
  for (const { name, color } of entries) {
    const w = 18 + px(name) + 12;
    if (x + w > width && x > 4) { x = 4; y += 18; }
    g.append(s('rect', { x, y: y - 9, width: 12, height: 10, rx: 2, fill: color }), text(x + 16, y, name));
    x += w;
  }
  return y + 10;
}

function barsChart(root, spec, width, height, onClick) {
  const { categories, series } = spec;
  const n = categories.length;
  const stacked = !!spec.stacked;
  const format = spec.format || ((v) => String(v));
  const totals = categories.map((_, i) => (stacked
    ? series.reduce((a, se) => a + (se.values[i] || 0), 0)
    : Math.max(0, ...series.map((se) => se.values[i] || 0))));
  const tv = ticks(Math.max(spec.max || 0, ...totals), spec.across ? 5 : 4, !!spec.integer);
  const top = spec.legend ? legend(root, series.map((se) => ({ name: se.name, color: se.color })), width) + 6 : 10;
  const tickText = tv.map((v) => format(v));
  if (spec.across) {
    const left = Math.min(spec.labelWidth || 90, Math.max(...categories.map(px), 0) + 10);
    const right = spec.labels ? Math.max(30, ...totals.map((v) => px(format(v)) + 10)) : 20;
    const bottom = 24;
    const plotW = Math.max(10, width - left - right);
    const plotH = Math.max(10, height - top - bottom);
    const max = tv[tv.length - 1];
    const xOf = (v) => left + (v / max) * plotW;
    const band = plotH / Math.max(1, n);
    for (const [k, v] of tv.entries()) {
      root.append(s('line', { x1: r1(xOf(v)), x2: r1(xOf(v)), y1: top, y2: top + plotH, stroke: GRID }),
        text(xOf(v), top + plotH + 16, tickText[k], { 'text-anchor': 'middle', fill: AXIS }));
    }
    for (let i = 0; i < n; i++) {
      const y = top + band * i;
      root.append(text(left - 6, y + band / 2, categories[i], { 'text-anchor': 'end', 'dominant-baseline': 'central' }));
      const g = s('g');
      let acc = 0;
      for (const se of series) {
        const v = se.values[i] || 0;
        const x0 = xOf(stacked ? acc : 0);
        acc += v;
        g.append(s('rect', {
          x: r1(x0), y: r1(y + band * 0.18), width: r1(Math.max(0, xOf(stacked ? acc : v) - x0)), height: r1(band * 0.64),
          fill: (se.colors && se.colors[i]) || se.color,
        }));
      }
      if (spec.labels) g.append(text(xOf(totals[i]) + 4, y + band / 2, format(totals[i]), { 'dominant-baseline': 'central' }));
      root.append(item(g, spec.tip && spec.tip(i), onClick && (() => onClick(i))));
    }
    root.append(s('line', { x1: left, x2: left, y1: top, y2: top + plotH, stroke: AXIS }));
    return;
  }
  // Categories along the bottom, values up.
  const rot = spec.rotate || 0;
  const longest = Math.max(0, ...categories.map(px));
  const bottom = rot ? Math.min(110, longest * Math.sin((rot * Math.PI) / 180) + SIZE + 10) : 26;
  const left = Math.max(...tickText.map(px)) + 14;
  const right = 16;
  const plotW = Math.max(10, width - left - right);
  const plotH = Math.max(10, height - top - bottom);
  const max = tv[tv.length - 1];
  const yOf = (v) => top + plotH - (v / max) * plotH;
  const band = plotW / Math.max(1, n);
  for (const [k, v] of tv.entries()) {
    root.append(s('line', { x1: left, x2: left + plotW, y1: r1(yOf(v)), y2: r1(yOf(v)), stroke: GRID }),
      text(left - 6, yOf(v), tickText[k], { 'text-anchor': 'end', 'dominant-baseline': 'central', fill: AXIS }));
  }
  // Labels that would overlap are thinned to every step-th.
  const step = rot ? Math.max(1, Math.ceil((SIZE + 2) / Math.max(1, band * Math.sin((rot * Math.PI) / 180)))) : 1;
  for (let i = 0; i < n; i += step) {
    const x = left + band * (i + 0.5);
    const y = top + plotH + (rot ? 8 : 16);
    root.append(text(x, y, categories[i], rot
      ? { 'text-anchor': 'end', 'dominant-baseline': 'central', transform: `rotate(${-rot} ${r1(x)} ${r1(y)})` }
      : { 'text-anchor': 'middle' }));
  }
  if (spec.line) {
    const se = series[0];
    const pts = se.values.map((v, i) => `${r1(left + band * (i + 0.5))},${r1(yOf(v || 0))}`).join(' ');
    root.append(s('polyline', { points: pts, fill: 'none', stroke: se.color, 'stroke-width': 2 }));
  }
  for (let i = 0; i < n; i++) {
    const g = s('g');
    if (spec.line) {
      g.append(s('circle', { cx: r1(left + band * (i + 0.5)), cy: r1(yOf(series[0].values[i] || 0)), r: 4, fill: series[0].color }));
    } else {
      let acc = 0;
      const w = Math.max(1, Math.min(band * 0.64, 60));
      for (const se of series) {
        const v = se.values[i] || 0;
        const y0 = yOf(stacked ? acc : 0);
        acc += v;
        const y1 = yOf(stacked ? acc : v);
        g.append(s('rect', {
          x: r1(left + band * (i + 0.5) - w / 2), y: r1(y1), width: r1(w), height: r1(Math.max(0, y0 - y1)),
          fill: (se.colors && se.colors[i]) || se.color,
        }, spec.stackTip ? s('title', null, inert(spec.stackTip(i, se))) : null));
      }
    }
    root.append(item(g, spec.tip && spec.tip(i), onClick && (() => onClick(i))));
  }
  root.append(s('line', { x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH, stroke: AXIS }));
}

/** Points on a date axis (stacked per date). Many dates widen the chart, which then scrolls sideways. */
function pointsChart(root, spec, width, height, onClick) {
  const { categories, points } = spec;
  const n = categories.length;
  const top = 16; // room for the top row's points (r 6)
  const bottom = Math.min(110, Math.max(0, ...categories.map(px)) * Math.sin(Math.PI / 4.5) + SIZE + 10);
  const tv = ticks(Math.max(1, ...points.map((p) => p[1])), 4, true);
  const left = Math.max(...tv.map((v) => px(String(v)))) + 14;
  const band = Math.max(14, (width - left - 16) / Math.max(1, n));
  const fullW = left + band * n + 16;
  const plotH = Math.max(10, height - top - bottom - (fullW > width ? 14 : 0));
  const max = tv[tv.length - 1];
  const yOf = (v) => top + plotH - (v / max) * plotH;
  for (const v of tv) {
    root.append(s('line', { x1: left, x2: fullW - 16, y1: r1(yOf(v)), y2: r1(yOf(v)), stroke: GRID }),
      text(left - 6, yOf(v), v, { 'text-anchor': 'end', 'dominant-baseline': 'central', fill: AXIS }));
  }
  const step = Math.max(1, Math.ceil((SIZE + 2) / (band * Math.sin(Math.PI / 4.5))));
  for (let i = 0; i < n; i += step) {
    const x = left + band * (i + 0.5);
    const y = top + plotH + 8;
    root.append(text(x, y, categories[i], { 'text-anchor': 'end', 'dominant-baseline': 'central', transform: `rotate(-40 ${r1(x)} ${r1(y)})` }));
  }
  for (const [i, [c, h]] of points.entries()) {
    const dot = s('circle', { cx: r1(left + band * (c + 0.5)), cy: r1(yOf(h)), r: 6, fill: spec.color, 'fill-opacity': 0.85 });
    root.append(item(dot, spec.tip && spec.tip(i), onClick && (() => onClick(i))));
  }
  root.append(s('line', { x1: left, x2: fullW - 16, y1: top + plotH, y2: top + plotH, stroke: AXIS }));
  return fullW;
}

function cloudChart(root, spec, onClick) {
  for (const [i, w] of spec.words.entries()) {
    const t = text(w.x, w.y, w.text, { 'font-size': w.size, fill: w.color, 'text-anchor': 'middle', 'dominant-baseline': 'central' });
    root.append(item(t, w.tip, onClick && (() => onClick(i))));
  }
}

/**
 * The nodes' own coordinates (any scale) stretched to fill the box, labels
 * to their right: a wide box spreads the labels out sideways.
 */
function graphChart(root, spec, width, height, onClick) {
  const top = (spec.legend ? legend(root, spec.legend, width) : 0) + 20;
  const [left, right, bottom] = [20, 90, 20];
  const xs = spec.nodes.map((nd) => nd.x);
  const ys = spec.nodes.map((nd) => nd.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = (width - left - right) / Math.max(1e-9, x1 - x0);
  const ky = (height - top - bottom) / Math.max(1e-9, y1 - y0);
  const cx = (x) => (x1 > x0 ? left + kx * (x - x0) : width / 2);
  const cy = (y) => (y1 > y0 ? top + ky * (y - y0) : (top + height) / 2);
  const at = new Map(spec.nodes.map((nd, i) => [nd.name, i]));
  const lines = s('g', { stroke: AXIS, 'stroke-opacity': 0.6 });
  for (const e of spec.edges) {
    const a = spec.nodes[at.get(e.a)];
    const b = spec.nodes[at.get(e.b)];
    if (a && b) lines.append(s('line', { x1: r1(cx(a.x)), y1: r1(cy(a.y)), x2: r1(cx(b.x)), y2: r1(cy(b.y)), 'stroke-width': e.width }));
  }
  root.insertBefore(lines, root.firstChild);
  for (const [i, nd] of spec.nodes.entries()) {
    const g = s('g', null,
      s('circle', { cx: r1(cx(nd.x)), cy: r1(cy(nd.y)), r: r1(nd.r), fill: nd.color }),
      text(cx(nd.x) + nd.r + 3, cy(nd.y), nd.name, { 'font-size': 11, 'dominant-baseline': 'central' }));
    root.append(item(g, nd.tip, onClick && (() => onClick(i))));
  }
}

/** Draws the chart at the box's size. */
/**
 * The keyboard reaches a chart's items as one Tab stop (the first item) and
 * moves between them with the arrow keys, Home and End: a timeline of 1,000
 * points would otherwise be 1,000 Tab stops between the user and the rest
 * of the page.
 */
function roving(svg) {
  const items = [...svg.querySelectorAll('.item')];
  if (!items.length) return;
  items[0].setAttribute('tabindex', '0');
  svg.addEventListener('keydown', (ev) => {
    const at = items.indexOf(ev.target);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[ev.key];
    if (to === undefined || to < 0 || to >= items.length) return;
    ev.preventDefault();
    items[at].setAttribute('tabindex', '-1');
    items[to].setAttribute('tabindex', '0');
    items[to].focus();
  });
}

function draw(entry, width, height) {
  const { el, onClick } = entry;
  const spec = typeof entry.spec === 'function' ? entry.spec(width, height) : entry.spec;
  const svg = s('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT, role: 'img' });
  if (el.getAttribute('aria-label')) svg.setAttribute('aria-label', el.getAttribute('aria-label'));
  let drawnWidth = width;
  if (spec.type === 'bars') barsChart(svg, spec, width, height, onClick);
  else if (spec.type === 'points') drawnWidth = pointsChart(svg, spec, width, height, onClick);
  else if (spec.type === 'cloud') cloudChart(svg, spec, onClick);
  else if (spec.type === 'graph') graphChart(svg, spec, width, height, onClick);
  else throw new Error(`unknown chart type ${spec.type}`);
  if (drawnWidth > width) {
    svg.setAttribute('width', r1(drawnWidth));
    svg.setAttribute('viewBox', `0 0 ${r1(drawnWidth)} ${height}`);
  }
  el.classList.toggle('wide', drawnWidth > width);
  roving(svg);
  el.replaceChildren(svg);
  entry.svg = svg;
}

function settle() {
  if (pendingDraws > 0) return;
  const w = waiting;
  waiting = [];
  for (const resolve of w) resolve();
}

/** Resolves when every chart mounted so far has painted. */
export function allDrawn() {
  return new Promise((resolve) => { waiting.push(resolve); settle(); });
}

// Charts mounted before the next frame are drawn in it, as many as fit in
// FRAME_MS, the rest in the frames after: their boxes' sizes read first, all
// at once, then the charts drawn. Reading a box's size right after drawing
// the one before forced a layout of the whole page per chart, most of the
// drawing time; a chart's box contains its layout (style.css), so drawing
// one does not undo the layout for the next frame's reads. The browser then
// styles, lays out and paints what was drawn in the same task, at about the
// cost of drawing it again: with 30 ms of drawing a frame, a 10 MB report's
// frames ran 70–132 ms; with 16, 59–66 (4 drops each, at ready).
const FRAME_MS = 16;
let toDraw = [];

function flushDraws() {
  const start = performance.now();
  const waiting = toDraw.filter((e) => mounted.get(e.key) === e);
  const sizes = waiting.map((e) => [e.el.clientWidth || 600, e.el.clientHeight || 300]);
  const batch = [];
  for (const [i, e] of waiting.entries()) {
    if (batch.length && performance.now() - start > FRAME_MS) break;
    e.size = sizes[i].join('x');
    draw(e, ...sizes[i]);
    batch.push(e);
  }
  toDraw = waiting.slice(batch.length);
  if (toDraw.length) requestAnimationFrame(flushDraws);
  // Drawn once the browser has painted them: after this frame.
  setTimeout(() => {
    for (const e of batch) {
      if (!e.pending) continue;
      e.pending = false;
      e.el.dataset.drawn = '1';
      pendingDraws--;
    }
    settle();
  }, 0);
}

/**
 * Mounts (or replaces) the chart `key` in `el`, drawn in the next frame and
 * again whenever the box changes size. `spec` is a spec, or a function of
 * the box's (width, height) returning one; `onClick(index)` is optional.
 */
export function mount(key, el, spec, onClick) {
  unmount(key);
  const entry = { key, el, spec, onClick, svg: null, size: '', ro: null, pending: true };
  pendingDraws++;
  if (!toDraw.length) requestAnimationFrame(flushDraws);
  toDraw.push(entry);
  // Later changes of size, as the browser reports them after its layout
  // (the first report, on observing, matches the size drawn at).
  entry.ro = new ResizeObserver(([e]) => {
    const width = Math.round(e.contentRect.width);
    const height = Math.round(e.contentRect.height);
    if (!entry.size || !width || !height || `${width}x${height}` === entry.size || mounted.get(key) !== entry) return;
    entry.size = `${width}x${height}`;
    draw(entry, width, height);
  });
  entry.ro.observe(el);
  mounted.set(key, entry);
}

export function unmount(key) {
  const m = mounted.get(key);
  if (!m) return;
  m.ro.disconnect();
  m.el.replaceChildren();
  delete m.el.dataset.drawn;
  mounted.delete(key);
  // A chart replaced before it painted is no longer awaited.
  if (m.pending) { m.pending = false; pendingDraws--; settle(); }
}

export function unmountAll() {
  for (const k of [...mounted.keys()]) unmount(k);
}

/** The chart `key` as a standalone SVG file (white background). */
function svgText(key) {
  const { svg } = mounted.get(key);
  const copy = svg.cloneNode(true);
  copy.removeAttribute('role');
  for (const e of copy.querySelectorAll('[tabindex]')) { e.removeAttribute('tabindex'); e.removeAttribute('role'); e.removeAttribute('class'); }
  copy.insertBefore(s('rect', { width: '100%', height: '100%', fill: '#fff' }), copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

export async function toSvg(key) {
  return new Blob([svgText(key)], { type: 'image/svg+xml' });
}

/** The chart `key` as a PNG Blob (white background, 2× pixels): the SVG drawn on a canvas. */
export async function toPng(key) {
  const { svg } = mounted.get(key);
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(await toSvg(key));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * 2);
    canvas.height = Math.round(h * 2);
    const g = canvas.getContext('2d');
    g.scale(2, 2);
    g.drawImage(img, 0, 0, w, h);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
