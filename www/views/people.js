// People (with titles), organisations, and quotes with their speakers, each
// with mention counts and the documents they are in.
import { h, fmtNum, table } from '../dom.js';
import { t } from '../i18n.js';
import { docList } from './places.js';

export function render(root, ctx) {
  const ents = ctx.report.aggregates?.entities || [];
  const people = ents.filter((e) => e.kind === 'person');
  const orgs = ents.filter((e) => e.kind === 'org');
  const name = (n) => h('button', { type: 'button', class: 'link ut', onclick: () => ctx.kwic(n) }, n);
  root.append(h('h3', null, t('people')),
    h('div', { class: 'scroll' }, table([t('text'), t('title_'), t('mentions'), t('documents')],
      people.map((p) => [name(p.name), h('span', { class: 'ut' }, p.title || ''), fmtNum(p.mentions), docList(ctx, p.docs)]), { class: 'people' })));
  root.append(h('h3', null, t('orgs')),
    h('div', { class: 'scroll' }, table([t('text'), t('mentions'), t('documents')],
      orgs.map((o) => [name(o.name), fmtNum(o.mentions), docList(ctx, o.docs)]), { class: 'orgs' })));
  const quotes = [];
  ctx.report.documents.forEach((d, di) => (d.facts || []).forEach((f, fi) => {
    if (f.kind === 'quote') quotes.push({ d, di, f, fi });
  }));
  // Mentions per speaker, for the quotes table.
  const bySpeaker = new Map();
  for (const q of quotes) if (q.f.speaker) bySpeaker.set(q.f.speaker, (bySpeaker.get(q.f.speaker) || 0) + 1);
  root.append(h('h3', null, t('quotes')),
    h('div', { class: 'scroll tall' }, table([t('speaker'), t('quotes'), t('text'), t('doc')],
      quotes.map((q) => [h('span', { class: 'ut' }, q.f.speaker || '—'), fmtNum(q.f.speaker ? bySpeaker.get(q.f.speaker) : 0),
        h('button', { type: 'button', class: 'link ut', onclick: () => ctx.openFact(q.di, q.fi) }, q.f.text),
        h('span', { class: 'ut' }, q.d.name)]), { class: 'quotes' })));
}
