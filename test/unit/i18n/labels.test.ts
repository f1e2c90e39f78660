import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { activityKinds, boardKindLabels, boardKinds, roles } from '../../../src/domain/index.js';
import type { Messages } from '@lingui/core';
import { i18n } from '../../../src/web/i18n/i18n.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };
import {
  activityKindKeys,
  activityKindName,
  boardKindKeys,
  boardKindName,
  boardKindPurpose,
  roleKeys,
  roleName,
} from '../../../src/web/labels.js';

const english = JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', 'en.json'), 'utf8')) as Record<
  string,
  string
>;

/** labels.ts: the words for roles and kinds, as messages (every page now reads them from the catalogues). */
describe('F3: roles, board and activity kinds in the person’s language (labels.ts)', () => {
  it('has a message for every role and kind; a board kind’s English is the one the server writes (src/domain)', () => {
    expect(roles.map((r) => english[roleKeys[r]])).toEqual(['Facilitator', 'Participant', 'Observer']);
    expect(activityKinds.map((k) => english[activityKindKeys[k]]).every((text) => typeof text === 'string' && text !== '')).toBe(true);
    expect(boardKinds.map((k) => english[boardKindKeys[k]])).toEqual(boardKinds.map((k) => boardKindLabels[k]));
  });

  afterAll(() => i18n.activate('en'));

  it('names them in the current language, and a value it does not know as itself', () => {
    i18n.load({ de: german as unknown as Messages, cy: welsh as unknown as Messages });
    i18n.activate('de');
    expect(roleName('observer')).toBe('Beobachtung');
    expect(boardKindName('ecosystem-map')).toBe('Ökosystemkarte');
    expect(activityKindName('break')).toBe('Pause');
    expect(boardKindPurpose('reflection')).toContain('Nur Ihre Gruppe');
    expect(boardKindName('a-kind-from-later')).toBe('a-kind-from-later');
    expect(boardKindPurpose('a-kind-from-later')).toBe('');
    i18n.activate('cy');
    expect(roleName('participant')).toBe('Cyfranogwr');
    expect(activityKindName('ecosystem-mapping')).toBe("Mapio'r ecosystem");
    i18n.activate('en');
    expect(roleName('facilitator')).toBe('Facilitator');
  });
});
