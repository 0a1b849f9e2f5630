// The charts' axis ticks (www/charts.js): round steps, from 0 to at least the maximum.
// usage: node --test tests/js/
import test from 'node:test';
import assert from 'node:assert/strict';
import { ticks } from '../../www/charts.js';

test('ticks are 1, 2 or 5 times a power of ten, from 0 to the maximum or just past it', () => {
  assert.deepEqual(ticks(113, 5), [0, 20, 40, 60, 80, 100, 120]);
  assert.deepEqual(ticks(100, 5), [0, 20, 40, 60, 80, 100]);
  assert.deepEqual(ticks(0.26, 5), [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  assert.deepEqual(ticks(7, 4), [0, 2, 4, 6, 8]);
  assert.deepEqual(ticks(49, 4), [0, 10, 20, 30, 40, 50]);
});

test('integer axes never step by a fraction; an empty axis still has a scale', () => {
  assert.deepEqual(ticks(3, 4, true), [0, 1, 2, 3]);
  assert.deepEqual(ticks(1, 4, true), [0, 1]);
  assert.deepEqual(ticks(0), [0, 1]);
  assert.deepEqual(ticks(-5), [0, 1]);
});

test('many ticks stay exact (no 0.30000000000000004)', () => {
  for (const t of ticks(0.9, 9)) assert.equal(t, +t.toPrecision(12));
  assert.deepEqual(ticks(0.9, 9).slice(0, 4), [0, 0.1, 0.2, 0.3]);
});
