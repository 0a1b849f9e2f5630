// People (with titles), organisations, and quotes with their speakers, each
// with mention counts and the documents they are in; a page at a time from
// the worker.
import { h, fmtNum } from '../dom.js';
import { t } from '../i18n.js';
import { pagedTable } from './paged.js';

export function render(root, ctx) {
  const name = (n) => h('button', { type: 'button', class: 'link ut', onclick: () => ctx.kwic(n) }, n);
  const people = h('div', { class: 'scroll' });
  const orgs = h('div', { class: 'scroll' });
  const quotes = h('div', { class: 'scroll tall' });
  root.append(h('h3', null, t('people')), people, h('h3', null, t('orgs')), orgs, h('h3', null, t('quotes')), quotes);
  const entities = (kind) => (offset, limit) => ctx.query({ what: 'entities', kind, offset, limit });
  const { first } = ctx.summary;
  pagedTable(people, {
    first: first.person, ask: entities('person'), headers: [t('text'), t('title_'), t('mentions'), t('documents')], attrs: { class: 'people' },
    toRow: (p) => [name(p.name), h('span', { class: 'ut' }, p.title), fmtNum(p.mentions), p.docs.join('、')],
  });
  pagedTable(orgs, {
    first: first.org, ask: entities('org'), headers: [t('text'), t('mentions'), t('documents')], attrs: { class: 'orgs' },
    toRow: (o) => [name(o.name), fmtNum(o.mentions), o.docs.join('、')],
  });
  pagedTable(quotes, {
    first: first.quotes, ask: (offset, limit) => ctx.query({ what: 'quotes', offset, limit }),
    headers: [t('speaker'), t('quotes'), t('text'), t('doc')], attrs: { class: 'quotes' },
    toRow: (q) => [h('span', { class: 'ut' }, q.speaker || '—'), fmtNum(q.speakerQuotes),
      h('button', { type: 'button', class: 'link ut', onclick: () => ctx.openFact(q.di, q.fi) }, q.text),
      h('span', { class: 'ut' }, q.doc)],
  });
}
