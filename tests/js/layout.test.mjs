// The word-cloud layout (www/cloud.js) and label fitting (www/measure.js): boxes inside the area, never
// overlapping, sizes ordered by weight, the same picture every time.
// usage: node --test tests/js/
import test from 'node:test';
import assert from 'node:assert/strict';
import { layoutCloud, CLOUD_SIZES } from '../../www/cloud.js';
import { emWidth, fit } from '../../www/measure.js';

const overlap = (a, b) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

// Keyword-like lists: 2–4 character Chinese words and some Latin ones.
function words(n, seed = 1) {
  const chars = '复工复产企业工人口罩疫情防控生产经济社会发展政府服务项目市场订单物流医院学校农业';
  let s = seed;
  const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const out = [];
  for (let i = 0; i < n; i++) {
    const len = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let k = 0; k < len; k++) w += chars[Math.floor(rnd() * chars.length)];
    if (i % 7 === 3) w = 'COVID-19';
    out.push({ word: `${w}${i}`, weight: 1 - i / n });
  }
  return out;
}

test('fit cuts a label to a width with an ellipsis, by estimated width', () => {
  assert.equal(fit('复工率', 3), '复工率');
  assert.equal(fit('全省规模以上工业企业复工率', 6), '全省规模以…');
  assert.ok(emWidth(fit('全省规模以上工业企业复工率', 6)) <= 6);
  assert.equal(fit('abcdefghij', 3), 'abc…'); // 3 × 0.55 + 1 ≤ 3
  assert.equal(fit('𠀀𠀀𠀀', 2), '𠀀…'); // whole code points, never half a pair
});

test('emWidth counts wide characters as one em, others as 0.55', () => {
  assert.equal(emWidth('复工'), 2);
  assert.equal(emWidth('ab'), 1.1);
  assert.equal(emWidth('５Ｇ'), 2); // full-width forms
  assert.equal(emWidth('𠀀'), 1); // outside the BMP
  assert.equal(emWidth(''), 0);
});

for (const [w, h] of [[600, 480], [300, 380], [900, 200]]) {
  test(`${w}×${h}: every box inside, none overlapping`, () => {
    const placed = layoutCloud(words(40), w, h);
    assert.ok(placed.length >= 20, `only ${placed.length} of 40 placed`);
    for (const p of placed) {
      assert.ok(p.x - p.width / 2 >= -1e-9 && p.x + p.width / 2 <= w + 1e-9, `${p.word} outside horizontally`);
      assert.ok(p.y - p.height / 2 >= -1e-9 && p.y + p.height / 2 <= h + 1e-9, `${p.word} outside vertically`);
    }
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        assert.ok(!overlap(placed[i], placed[j]), `${placed[i].word} overlaps ${placed[j].word}`);
      }
    }
  });
}

test('resuming the spiral where a search for a box no bigger stopped finds the same spots', () => {
  // Equal weights give many boxes of one size, the case the resume is for.
  const even = (n, seed) => words(n, seed).map((w) => ({ ...w, word: w.word.replace(/\d+$/, ''), weight: 1 }));
  let resumed = 0;
  // Lightest first: each box is bigger than the ones searched before.
  const rising = words(50, 13).reverse();
  for (const [list, w, h] of [[words(40), 600, 480], [words(60, 3), 300, 380], [even(50, 5), 500, 300], [even(80, 9), 900, 200], [words(25, 11), 160, 120], [rising, 600, 400]]) {
    const fresh = layoutCloud(list, w, h, { resume: false });
    assert.deepEqual(layoutCloud(list, w, h), fresh, `${w}×${h}`);
    resumed += fresh.length;
  }
  assert.ok(resumed > 150, `only ${resumed} words placed`);
});

test('heavier words are never smaller, the heaviest sits at the centre', () => {
  const placed = layoutCloud(words(30), 600, 480);
  assert.equal(placed[0].word, words(30)[0].word);
  assert.ok(Math.abs(placed[0].x - 300) < 1 && Math.abs(placed[0].y - 240) < 1);
  const first = placed.slice(0, 5).map((p) => p.size);
  for (let i = 1; i < first.length; i++) assert.ok(first[i] <= first[i - 1], `sizes ${first}`);
  assert.ok(placed[0].size <= 62 && placed[0].size > placed[placed.length - 1].size);
  // Every size is on the ladder the page warms up.
  for (const p of placed) assert.ok(CLOUD_SIZES.includes(p.size), `size ${p.size}`);
});

test('deterministic, and a word too long for the area is shrunk to fit or left out', () => {
  const list = [...words(20), { word: '一个非常非常非常非常长的关键词组合', weight: 0.5 }];
  assert.deepEqual(layoutCloud(list, 400, 300), layoutCloud(list, 400, 300));
  const long = [{ word: '一个非常非常非常非常长的关键词组合', weight: 1 }]; // 17 em
  const shrunk = layoutCloud(long, 300, 100);
  assert.equal(shrunk.length, 1);
  assert.ok(shrunk[0].width <= 300 && shrunk[0].size < 62, `size ${shrunk[0].size}`);
  assert.deepEqual(layoutCloud(long, 150, 100), [], 'too long even at the smallest size');
  assert.deepEqual(layoutCloud([], 400, 300), []);
  assert.deepEqual(layoutCloud(words(3), 0, 300), []);
});
