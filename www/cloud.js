// Word-cloud layout: words placed on a spiral out from the centre, each at
// the first spot where its box overlaps no word placed before it. Boxes are
// estimated from the characters (CJK and full-width forms are one em wide,
// others about half), not measured: measuring text on a canvas costs a
// font lookup per word and size, and a pixel-exact cloud (echarts-wordcloud,
// used before) spent over 100 ms of the page's thread measuring and
// scanning canvases. Pure and deterministic: the same words and area give
// the same picture, and Node can test it.
import { emWidth } from './measure.js';

/**
 * The font sizes a cloud uses. Each new size costs the browser a font set-up
 * the first time text is measured or drawn in it (2–4 ms each here, more on
 * the first of a page): a cloud of 40 words in 30 sizes paid it 30 times on
 * the page's thread. A fixed ladder bounds that to a few sizes, the same
 * for every cloud.
 */
export const CLOUD_SIZES = [12, 14, 16, 19, 22, 26, 31, 37, 44, 52, 62];

/** The largest size on the ladder not above `px` (the smallest if none). */
function ladder(px) {
  let best = CLOUD_SIZES[0];
  for (const s of CLOUD_SIZES) if (s <= px + 1e-9) best = s;
  return best;
}

/**
 * Places `words` ([{word, weight}], heaviest first) in a `width` × `height`
 * area. Sizes run linearly in weight from `minSize` (lightest) to `maxSize`
 * (heaviest), all scaled down when the area is small, each then taken down
 * to the nearest size of CLOUD_SIZES; a word that fits nowhere is tried a
 * size smaller at a time, and left out if it does not fit at `minSize`.
 * Returns [{word, weight, size, x, y, width, height}]: (x, y) the centre of
 * the word's box (y grows downwards), width × height the box, padding
 * included. `resume: false` searches every spiral from its start (the
 * same picture, slower: for tests).
 */
export function layoutCloud(words, width, height, { minSize = 14, maxSize = 62, pad = 2, resume = true } = {}) {
  if (!words.length || width <= 0 || height <= 0) return [];
  const weights = words.map((w) => w.weight);
  const hi = Math.max(...weights);
  const lo = Math.min(...weights);
  const span = hi - lo || 1;
  const placed = [];
  const cx = width / 2;
  const cy = height / 2;
  // The spiral is stretched to the area's aspect ratio.
  const aspect = width / height;
  const maxR = Math.hypot(width, height) / 2;
  // Sizes linear in weight, then scaled down together until the words
  // would cover at most FILL of the area: a small box gets a smaller cloud,
  // not one with most words missing.
  const FILL = 0.4;
  const ems = words.map((w) => emWidth(w.word));
  let raw = words.map((w) => minSize + ((w.weight - lo) / span) * (maxSize - minSize));
  const cover = raw.reduce((n, s, i) => n + ems[i] * s * s * 1.15, 0);
  if (cover > FILL * width * height) {
    const k = Math.sqrt((FILL * width * height) / cover);
    raw = raw.map((s) => s * k);
  }
  const cache = new Map();
  const spirals = (step) => {
    if (!cache.has(step)) cache.set(step, spiral(step, maxR, aspect));
    return cache.get(step);
  };
  const smallest = ladder(minSize);
  const grid = new Grid(width, height);
  const searched = resume ? [] : null;
  for (const [i, w] of words.entries()) {
    const em = ems[i];
    // No wider than the area, and never below the smallest size.
    let size = Math.max(smallest, ladder(Math.min(raw[i], (width - 2 * pad) / Math.max(em, 1))));
    for (;;) {
      const bw = em * size + 2 * pad;
      const bh = size * 1.15 + 2 * pad;
      const spot = bw <= width ? findSpot(grid, bw, bh, cx, cy, spirals, width, height, searched) : null;
      if (spot) {
        const p = { word: w.word, weight: w.weight, size, x: spot.x, y: spot.y, width: bw, height: bh };
        placed.push(p);
        grid.add(p);
        break;
      }
      if (size <= smallest) break;
      size = CLOUD_SIZES[CLOUD_SIZES.indexOf(size) - 1];
    }
  }
  return placed;
}

/**
 * The spiral's points as offsets from the centre, for turns and steps
 * `step` px apart, out to `maxR`: an Archimedean spiral r = b·θ stretched to
 * the area's aspect ratio. One per step size and area, its points computed
 * as far out as a word has needed: most words find a spot long before the
 * end, and computing every point up front was most of a cloud's time.
 */
function spiral(step, maxR, aspect) {
  const b = step / (2 * Math.PI);
  const sx = Math.sqrt(aspect);
  const xs = [];
  const ys = [];
  let theta = 0;
  return {
    xs,
    ys,
    /** Is there an i-th point? (Computes the points up to it.) */
    has(i) {
      while (xs.length <= i && b * theta <= maxR) {
        const r = b * theta;
        xs.push(r * Math.cos(theta) * sx);
        ys.push(r * Math.sin(theta) / sx);
        theta += Math.min(0.5, step / Math.max(1, b * theta));
      }
      return i < xs.length;
    },
  };
}

/**
 * The placed words by the cells of a coarse grid their boxes cover: a spot
 * is tested against the words in its own cells, not against all of them
 * (boxes that overlap always share a cell). The same spots as a test
 * against every word, found 3–4 times faster for a cloud of 40–60 words.
 */
class Grid {
  static CELL = 32;

  constructor(width, height) {
    this.cols = Math.max(1, Math.ceil(width / Grid.CELL));
    this.rows = Math.max(1, Math.ceil(height / Grid.CELL));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
  }

  /** Calls `f(cell)` for every cell the box (x0, y0, w, h) covers; stops when f returns true. */
  some(x0, y0, w, h, f) {
    const clamp = (v, n) => Math.min(n - 1, Math.max(0, Math.floor(v / Grid.CELL)));
    const [c0, c1] = [clamp(x0, this.cols), clamp(x0 + w, this.cols)];
    const [r0, r1] = [clamp(y0, this.rows), clamp(y0 + h, this.rows)];
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) if (f(this.cells[r * this.cols + c])) return true;
    }
    return false;
  }

  add(p) {
    this.some(p.x - p.width / 2, p.y - p.height / 2, p.width, p.height, (cell) => { cell.push(p); return false; });
  }

  /** A placed word whose box overlaps (x0, y0, w, h), if any. */
  hit(x0, y0, w, h) {
    let found;
    this.some(x0, y0, w, h, (cell) => {
      found = cell.find((p) => hits(p, x0, y0, w, h));
      return found !== undefined;
    });
    return found;
  }
}

/**
 * The first free spot for a bw × bh box along the spiral, or null.
 * `searched` ([{bw, bh, from}]) remembers where earlier searches stopped:
 * every spot before that was taken or out of bounds for a box as high (so
 * on the same spiral) and no wider, so also for this one (the same centre;
 * placed words are never removed), and the search starts there. The same
 * spots as a search from the start; a cloud's 40 words tested 66,000 spots
 * from the start, most of them again and again for words of one size.
 */
function findSpot(grid, bw, bh, cx, cy, spirals, width, height, searched) {
  // Turns and steps along the curve a quarter of the box's height apart
  // (at least 3 px): finer would find the same spots, slower.
  const sp = spirals(Math.max(3, Math.round(bh / 4)));
  const { xs, ys } = sp;
  let i = 0;
  for (const m of searched || []) if (m.bh === bh && m.bw <= bw && m.from > i) i = m.from;
  let found = null;
  let blocker;
  for (; sp.has(i); i++) {
    const x = cx + xs[i];
    const y = cy + ys[i];
    const x0 = x - bw / 2;
    const y0 = y - bh / 2;
    if (x0 < 0 || y0 < 0 || x0 + bw > width || y0 + bh > height) continue;
    // The word that blocked the last spot most likely blocks this one,
    // a few pixels on: test it first.
    if (blocker && hits(blocker, x0, y0, bw, bh)) continue;
    blocker = grid.hit(x0, y0, bw, bh);
    if (!blocker) {
      found = { x, y };
      break;
    }
  }
  // Where this search stopped: at the spot found, or past the spiral's end.
  if (searched) searched.push({ bw, bh, from: i });
  return found;
}

function hits(p, x0, y0, bw, bh) {
  return x0 < p.x + p.width / 2 && p.x - p.width / 2 < x0 + bw && y0 < p.y + p.height / 2 && p.y - p.height / 2 < y0 + bh;
}
