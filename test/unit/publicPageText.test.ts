import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cy } from '../../src/domain/publicPage/messages/cy.js';
import { de } from '../../src/domain/publicPage/messages/de.js';
import { en } from '../../src/domain/publicPage/messages/en.js';
import { es } from '../../src/domain/publicPage/messages/es.js';
import { fr } from '../../src/domain/publicPage/messages/fr.js';
import { notPublishedHtml, pageText, publicPageHtml } from '../../src/domain/publicPage/index.js';
import { expectCatalogues, expectKeysUsed } from '../support/serverCatalogues.js';

/** SPEC U11: a published page's own words in five languages. */
describe('a published page’s words', () => {
  it('every language has them all; each compiles and fills what English fills; each is used', () => {
    expectCatalogues({ en, cy, de, fr, es }, ['fr:page.actions']);
    const code = ['html.ts', 'pageText.ts'].map((f) => readFileSync(`src/domain/publicPage/${f}`, 'utf8')).join('\n');
    const server = readFileSync('src/server/http/publicPages.ts', 'utf8');
    expectKeysUsed(en, `${code}\n${server}`, (k) => k.startsWith('page.action.priority.'));
  });

  it('a page in German says so in <html lang>, its dates and plurals in German; an action’s priority and due date too', () => {
    const html = publicPageHtml(
      {
        slug: 'luft',
        title: 'Luftqualität',
        map: { title: 'Luft', actors: [{ id: 'a', name: 'Stadt', roles: [], tags: [] }], datasets: [], flows: [], notes: [] },
        canvas: {
          sections: [],
          actions: [{ text: 'Sensoren prüfen', section: 'actions', priority: 'high', done: false, due: '2027-03-01' }],
        },
        publishedAt: '2027-01-05T09:00:00.000Z',
      },
      [],
      { text: pageText('de') },
    );
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Veröffentlicht am 5. Januar 2027.');
    expect(html).toContain('1 Akteur und 0 Flüsse');
    expect(html).toContain('offen; hohe Priorität; fällig am 1. März 2027');
    expect(notPublishedHtml(pageText('cy'))).toContain('Nid yw’r dudalen hon wedi’i chyhoeddi');
  });
});
