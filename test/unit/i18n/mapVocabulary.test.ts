import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import {
  accessLevelLabels,
  actorRoleDescriptions,
  actorRoleLabels,
  actorTypeLabels,
  deidentificationLabels,
  flowKindLabels,
  noteKindLabels,
  sensitivityLabels,
} from '../../../src/domain/map/index.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
import type { MessageKey } from '../../../src/web/i18n/i18n.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };
import {
  accessLevelKeys,
  actorRoleKeys,
  actorTypeKeys,
  flowKindKeys,
  noteKindKeys,
  noteKindName,
} from '../../../src/web/map/mapVocabulary.js';
import { actorRoleAboutKeys, deidentificationKeys, kindChoices, sensitivityKeys } from '../../../src/web/map/mapVocabularyDetails.js';
import { actorLabel, mapWords } from '../../../src/web/map/mapWords.js';

const english = JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', 'en.json'), 'utf8')) as Record<
  string,
  string
>;

/** The English a table of keys reads as, value by value. */
const inEnglish = (keys: Record<string, MessageKey>) =>
  Object.fromEntries(Object.entries(keys).map(([value, key]) => [value, english[key]]));

/**
 * The map's closed lists (src/domain/map/vocabulary.ts): the domain keeps its English labels for
 * the server's exports and reports; the web shows `map.kind.` messages. Their English must be the
 * domain's, word for word, so the editor and an exported file never name a value differently.
 */
describe('F3: the map’s value lists in the person’s language (map/mapVocabulary.ts, mapVocabularyDetails.ts)', () => {
  it('has a message for every value of every list, whose English is the domain’s label', () => {
    expect(inEnglish(actorTypeKeys)).toEqual(actorTypeLabels);
    expect(inEnglish(actorRoleKeys)).toEqual(actorRoleLabels);
    expect(inEnglish(actorRoleAboutKeys)).toEqual(actorRoleDescriptions);
    expect(inEnglish(flowKindKeys)).toEqual(flowKindLabels);
    expect(inEnglish(sensitivityKeys)).toEqual(sensitivityLabels);
    expect(inEnglish(deidentificationKeys)).toEqual(deidentificationLabels);
    expect(inEnglish(accessLevelKeys)).toEqual(accessLevelLabels);
    expect(inEnglish(noteKindKeys)).toEqual(noteKindLabels);
  });

  afterAll(() => i18n.activate('en'));

  it('names values and elements in the current language, and English as it was', () => {
    i18n.load({ de: german as unknown as Messages, cy: welsh as unknown as Messages });
    const actor = { id: 'a', name: 'Cyngor Caerdydd', type: 'public', roles: ['steward', 'funder'], tags: [] } as never;
    i18n.activate('en');
    expect(actorLabel(actor, mapWords('en'))).toBe('Actor Cyngor Caerdydd, Public sector, roles: Steward, Funder');
    expect(mapWords('en').flowName('data', 'A', 'B', 'Sensor readings')).toBe('Data flow from A to B: Sensor readings');
    expect(mapWords('en').theFlow('service')).toBe('the service or product flow');
    i18n.activate('de');
    expect(kindChoices(['personal'], sensitivityKeys)).toEqual([
      { value: '', label: 'Nicht festgelegt' },
      { value: 'personal', label: 'Personenbezogen' },
    ]);
    expect(actorLabel(actor, mapWords('de'))).toBe('Akteur Cyngor Caerdydd, Öffentlicher Sektor, Rollen: Verwalter, Geldgeber');
    expect(mapWords('de').flowName('money', 'A', 'B')).toBe('Fluss „Geld“ von A zu B');
    i18n.activate('cy');
    expect(noteKindName(undefined)).toBe('Nodyn');
    expect(mapWords('cy').role.reuser).toBe('Ailddefnyddiwr');
  });
});
