// ECharts set-up shared by the views: tree-shaken imports (bundled by
// esbuild, loaded lazily after the first analysis), one registry of mounted
// charts for resizing and PNG/SVG export.
//
// Document text reaches charts only as data (names, labels). Tooltips use
// renderMode 'richText' (drawn on the canvas, never parsed as HTML), so a
// label such as <img src=x onerror=...> is shown as the characters it is.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart, GraphChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, TitleComponent, LegendComponent, DataZoomComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { inert } from './dom.js';
import { CLOUD_SIZES } from './cloud.js';

echarts.use([
  BarChart, LineChart, ScatterChart, GraphChart,
  GridComponent, TooltipComponent, TitleComponent, LegendComponent, DataZoomComponent,
  CanvasRenderer, SVGRenderer,
]);

export const KIND_COLOURS = {
  date: '#4e79a7', quantity: '#f28e2b', percent: '#e15759', person: '#2a9d8f',
  place: '#59a14f', org: '#b8860b', quote: '#b07aa1',
};

const mounted = new Map(); // key -> {chart, option, el}
let pendingDraws = 0;
let waiting = []; // allDrawn() promises, resolved when pendingDraws reaches 0

const FONT = 'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

function base(option) {
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: { renderMode: 'richText', confine: true, ...(option.tooltip || {}) },
    ...option,
    // `tooltip` above wins over option.tooltip's renderMode: force richText.
  };
}

// Canvas text obeys bidi controls too: every string in an option (labels,
// names, data) has them made visible, as in the tables.
function deepInert(v) {
  if (typeof v === 'string') return inert(v);
  if (Array.isArray(v)) return v.map(deepInert);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[k] = deepInert(x);
    return o;
  }
  return v;
}

function withRichTooltip(option) {
  const o = base(deepInert(option));
  o.tooltip = { ...(option.tooltip || {}), renderMode: 'richText', confine: true };
  return o;
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

// While the page draws every view (app.js renderAll), mounts wait here and
// the page runs each in a slice of its own: a chart costs 20–100 ms on its
// first drawing, and a view with two charts would otherwise be one task.
let deferred = null;

/** From now on, mount() queues instead of drawing, until deferredMounts(). */
export function deferMounts() { deferred = []; }

/** The mounts queued since deferMounts(), as functions to run; mount() draws at once again. */
export function deferredMounts() {
  const d = deferred || [];
  deferred = null;
  return d;
}

/** Mounts (or replaces) the chart `key` in `el`. `onClick(params)` is optional. */
export function mount(key, el, option, onClick) {
  if (deferred) {
    deferred.push(() => mount(key, el, option, onClick));
    return null;
  }
  unmount(key);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  const full = withRichTooltip(option);
  const entry = { chart, option: full, el, ro: null, pending: true };
  pendingDraws++;
  chart.on('finished', () => {
    if (!entry.pending) return;
    entry.pending = false;
    el.dataset.drawn = '1';
    pendingDraws--;
    settle();
  });
  chart.setOption(full);
  if (onClick) chart.on('click', onClick);
  // A ResizeObserver calls back once as soon as it observes, and resize()
  // draws the whole chart again: only a real change of size is passed on.
  let size = `${el.clientWidth}x${el.clientHeight}`;
  entry.ro = new ResizeObserver(() => {
    const now = `${el.clientWidth}x${el.clientHeight}`;
    if (now === size) return;
    size = now;
    chart.resize();
  });
  entry.ro.observe(el);
  mounted.set(key, entry);
  return chart;
}

export function unmount(key) {
  const m = mounted.get(key);
  if (!m) return;
  m.ro.disconnect();
  m.chart.dispose();
  delete m.el.dataset.drawn;
  mounted.delete(key);
  // A chart replaced before it painted is no longer awaited.
  if (m.pending) { m.pending = false; pendingDraws--; settle(); }
}

export function unmountAll() {
  for (const k of [...mounted.keys()]) unmount(k);
}

/** The chart `key` as a PNG Blob (white background, 2× pixels). */
export async function toPng(key) {
  const m = mounted.get(key);
  const url = m.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  const bin = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

/** The chart `key` re-rendered by the SVG renderer (server-side mode: no DOM). */
export async function toSvg(key) {
  const m = mounted.get(key);
  const width = m.el.clientWidth || 800;
  const height = m.el.clientHeight || 400;
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    c.setOption({ ...m.option, backgroundColor: '#fff' });
    return new Blob([c.renderToSVGString()], { type: 'image/svg+xml' });
  } finally {
    c.dispose();
  }
}

/**
 * Draws throw-away charts off screen, once, while the page is idle after
 * start-up, one per task: ECharts' first chart of each kind pays for
 * compiling its code (a few hundred milliseconds on a slow machine), which
 * would otherwise land on the first report's drawing. Between them they
 * use every series type and axis set-up the views use.
 */
export async function warmUp() {
  const labels = ['日期', '数量', 'abc'];
  const options = [
    { // overview, keywords, metrics, places, compare (bars); trends (line); timeline (scatter on categories)
      grid: { left: 60, right: 20, top: 10, bottom: 30 },
      xAxis: [{ type: 'value' }, { type: 'category', data: labels, axisLabel: { rotate: 40 } }],
      yAxis: [{ type: 'category', data: labels, inverse: true }, { type: 'value', minInterval: 1 }],
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      dataZoom: [{ type: 'slider', xAxisIndex: 1, bottom: 0, startValue: 0, endValue: 1 }],
      series: [
        { type: 'bar', name: '人物', data: [3, 2, 1], label: { show: true, position: 'right' } },
        { type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: [1, 3, 2] },
        { type: 'scatter', xAxisIndex: 1, yAxisIndex: 1, symbolSize: 12, data: [['日期', 1], ['abc', 2]] },
      ],
    },
    { // network (graph, laid out); the word cloud (labels on hidden axes)
      xAxis: { type: 'value', min: 0, max: 100, show: false },
      yAxis: { type: 'value', min: 0, max: 100, inverse: true, show: false },
      legend: { data: ['人物'], top: 0, left: 0 },
      series: [
        { type: 'graph', layout: 'none', roam: true, draggable: true, label: { show: true, position: 'right', fontSize: 11 },
          categories: [{ name: '人物' }], data: [{ name: '甲', x: 0, y: 0, category: 0 }, { name: '乙', x: 10, y: 10, category: 0 }],
          links: [{ source: '甲', target: '乙', value: 1 }] },
        { type: 'scatter', symbol: 'rect', itemStyle: { color: 'rgba(0,0,0,0)' },
          data: [{ name: '复工', value: [50, 50], symbolSize: [40, 20], label: { show: true, position: 'inside', formatter: '{b}', fontSize: 16 } }] },
      ],
    },
  ];
  for (const option of options) {
    await new Promise((resolve) => {
      const el = document.createElement('div');
      el.setAttribute('aria-hidden', 'true');
      Object.assign(el.style, { position: 'fixed', left: '-10000px', top: '0', width: '400px', height: '300px' });
      document.body.appendChild(el);
      const chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.on('finished', () => { chart.dispose(); el.remove(); setTimeout(resolve, 0); });
      chart.setOption(withRichTooltip(option));
    });
  }
  await warmFonts();
}

/**
 * Sets up, while idle, every font size the charts draw text in: the
 * browser's first measurement in a new size costs 2–4 ms (finding the
 * fallback font for CJK and for control characters), 60 ms over the seeds'
 * charts, on the page's thread, before this. One size per task.
 */
async function warmFonts() {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return;
  const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
  for (const px of new Set([11, 12, ...CLOUD_SIZES])) {
    ctx.font = `${px}px ${FONT}`;
    ctx.measureText('国');
    ctx.measureText(ascii);
    await new Promise((r) => setTimeout(r, 0));
  }
}

export function has(key) { return mounted.has(key); }
