import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workshopLanguages } from '../../src/domain/index.js';
import { actorTypes, noteKinds } from '../../src/domain/map/index.js';
import { englishPictureWords, mapSvg } from '../../src/domain/render/index.js';
import { catalogueText } from '../../src/shared/i18n/catalogueText.js';
import { boardCatalogue } from '../../src/server/i18n/boardCatalogues.js';
import { boardWordKeys as keys } from '../../src/server/i18n/boardWordKeys.js';
import { pictureCatalogues, pictureWords } from '../../src/server/i18n/pictureWords.js';
import { expectCatalogues, expectKeysUsed } from '../support/serverCatalogues.js';
import { actor, flow, map } from './analysis/build.js';

/** SPEC F10: a map picture (in the report, a published page, a board's export) in the workshop's language. */
describe('a map picture’s words', () => {
  it('every language has the picture’s own words; each compiles and fills what English fills; each is used', () => {
    expectCatalogues(pictureCatalogues, ['fr:legend.notes']);
    expectKeysUsed(pictureCatalogues.en, readFileSync('src/server/i18n/pictureWords.ts', 'utf8'));
  });

  it('the English catalogue and the boards’ English say what pictures have always said', () => {
    const t = catalogueText(pictureCatalogues.en, 'en');
    const english = boardCatalogue('en');
    for (const counts of [
      { actors: 0, flows: 1, notes: 2 },
      { actors: 1, flows: 0, notes: 1 },
      { actors: 1500, flows: 20_000, notes: 3 },
    ]) {
      expect(t('summary', { ...counts })).toBe(englishPictureWords.summary(counts));
      expect(t('counts', { ...counts })).toBe(englishPictureWords.counts(counts));
    }
    expect(t('title', { title: 'Air' })).toBe(englishPictureWords.title('Air'));
    expect([t('noName'), t('untitled'), t('empty')]).toEqual([
      englishPictureWords.noName,
      englishPictureWords.untitled,
      englishPictureWords.empty,
    ]);
    const { title, ...headings } = englishPictureWords.legend;
    expect({ types: t('legend.types'), roles: t('legend.roles'), flows: t('legend.flows'), notes: t('legend.notes') }).toEqual(headings);
    expect(english(keys.legendTitle)).toBe(title);
    expect(english(keys.typeNotSet)).toBe(englishPictureWords.actorType(undefined));
    for (const type of actorTypes) expect(english(keys.actorType(type))).toBe(englishPictureWords.actorType(type));
    for (const kind of [...noteKinds, undefined]) expect(english(keys.noteKind(kind))).toBe(englishPictureWords.noteKind(kind));
    expect(pictureWords('en')).toBe(englishPictureWords);
  });

  it('draws a Welsh picture in Welsh: the cards, the legend, the header and its text alternative', () => {
    const m = {
      ...map({
        actors: [actor('a', { name: 'Cyngor', type: 'public', roles: ['steward'] }), actor('b', { name: '', roles: [] })],
        flows: [flow('f', 'b', 'a', { kind: 'money' })],
      }),
      title: 'Ansawdd aer',
    };
    const welsh = boardCatalogue('cy');
    const svg = mapSvg(m, { words: pictureWords('cy') });
    for (const words of [
      welsh(keys.actorType('public')),
      welsh(keys.role('steward')),
      welsh(keys.flowKind('money')),
      welsh(keys.typeNotSet),
      welsh(keys.legendTitle),
      'Math o sefydliad',
      '(dim enw)',
      'Map ecosystem: Ansawdd aer',
      'Map ecosystem · 2 weithredydd · 1 llif · 0 nodyn',
    ])
      expect(svg, words).toContain(words.replace(/'/g, '&#39;'));
    for (const english of [
      'Public sector',
      'Steward',
      'Legend',
      'Organisation type',
      'Type not set',
      'Ecosystem map',
      '(no name)',
      '2 actors',
    ])
      expect(svg).not.toContain(english);
  });

  it('every language draws a picture with none of the English legend', () => {
    const m = map({ actors: [actor('a', { name: 'X' })], flows: [] });
    for (const language of workshopLanguages.filter((l) => l !== 'en'))
      expect(mapSvg(m, { words: pictureWords(language) }), language).not.toMatch(/Organisation type|>Legend<|Type not set/);
  });
});
