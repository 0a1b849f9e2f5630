// The facts table's details cell (www/views/facts.js): a value, or a day
// alone's resolved date when its value is null.
// usage: node --test tests/js/
import test from 'node:test';
import assert from 'node:assert/strict';
import { details } from '../../www/views/facts.js';

test('a value is shown as the value', () => {
  assert.equal(details({ kind: 'date', value: '--05-12' }), '= --05-12');
});

test('a day alone shows its resolved date, marked as resolved', () => {
  assert.equal(details({ kind: 'date', value: null, resolved: '--05-11' }), '≈ --05-11');
  assert.equal(details({ kind: 'date', value: null }), '');
});
