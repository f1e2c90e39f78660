import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleGuidance, ruleIds } from '../../../src/domain/analysis/index.js';
import { canvasCredit, canvasSections, sectionStatuses, sectionStatusLabels } from '../../../src/domain/canvas/index.js';
import { reflectionColumnLabels, reflectionColumns, votableKindLabels, votableKinds } from '../../../src/domain/facilitation/index.js';
import { boardKinds, workshopLanguages } from '../../../src/domain/index.js';
import {
  actorRoleLabels,
  actorRoles,
  actorTypeLabels,
  actorTypes,
  flowKindLabels,
  accessLevelLabels,
  accessLevels,
  sensitivities,
  sensitivityLabels,
  deidentifications,
  deidentificationLabels,
  flowKinds,
  noteKindLabels,
  noteKinds,
} from '../../../src/domain/map/index.js';
import { cy } from '../../../src/server/services/report/messages/cy.js';
import { de } from '../../../src/server/services/report/messages/de.js';
import { en, type ReportCatalogue } from '../../../src/server/services/report/messages/en.js';
import { es } from '../../../src/server/services/report/messages/es.js';
import { fr } from '../../../src/server/services/report/messages/fr.js';
import { boardWordKeys as keys } from '../../../src/server/i18n/boardWordKeys.js';
import { expectCatalogues, expectKeysUsed } from '../../support/serverCatalogues.js';

/** SPEC F10: the report's own catalogues, and the boards' words it reads from the web's. */
const catalogues: Record<string, ReportCatalogue> = { en, cy, de, fr, es };
const report = join('src', 'server', 'services', 'report');
const webCatalogue = (language: string) =>
  JSON.parse(readFileSync(join('src', 'shared', 'i18n', 'catalogues', `${language}.json`), 'utf8')) as Record<string, string>;

describe('the report in its languages', () => {
  it('every language has a catalogue; each message compiles and fills the placeholders English fills', () => {
    // Words a person checked are the same as English's: the colon where the language writes it as
    // English does, "Status" in German, "Section", "Notes", "Actions" and "Votes" in French.
    expectCatalogues(catalogues, [
      'cy:colon',
      'de:colon',
      'es:colon',
      'de:canvas.status',
      'fr:canvas.section',
      'fr:canvas.notes',
      'fr:canvas.actions',
      'fr:canvas.table.actions',
      'fr:votes.votes',
    ]);
  });

  it('every message is used by the report’s code', () => {
    const code = readdirSync(report)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(report, f), 'utf8'))
      .join('\n');
    expectKeysUsed(en, code);
  });

  it('reads the boards’ vocabulary from the web’s catalogues: a key for every value, whose English is the domain’s', () => {
    const english = webCatalogue('en');
    const expected: [string, string][] = [
      ...canvasSections.map((s): [string, string] => [keys.sectionTitle(s.id), s.title]),
      ...sectionStatuses.map((s): [string, string] => [keys.status(s), sectionStatusLabels[s]]),
      ...actorTypes.map((t): [string, string] => [keys.actorType(t), actorTypeLabels[t]]),
      ...actorRoles.map((r): [string, string] => [keys.role(r), actorRoleLabels[r]]),
      ...flowKinds.map((k): [string, string] => [keys.flowKind(k), flowKindLabels[k]]),
      ...accessLevels.map((a): [string, string] => [keys.access(a), accessLevelLabels[a]]),
      ...sensitivities.map((v): [string, string] => [keys.sensitivity(v), sensitivityLabels[v]]),
      ...deidentifications.map((d): [string, string] => [keys.deidentification(d), deidentificationLabels[d]]),
      ...noteKinds.map((k): [string, string] => [keys.noteKind(k), noteKindLabels[k]]),
      [keys.noteKind(undefined), 'Note'],
      ...ruleIds.map((r): [string, string] => [keys.ruleTitle(r), ruleGuidance[r].title]),
      ...ruleIds.map((r): [string, string] => [keys.ruleSuggestion(r), ruleGuidance[r].suggestion]),
      [keys.severity('error'), 'Error'],
      [keys.severity('warning'), 'Warning'],
      [keys.boardKind('ecosystem-map'), 'Ecosystem map'],
      [keys.boardKind('ethics-canvas'), 'Data ethics canvas'],
      [keys.boardKind('reflection'), 'Reflection'],
      ...votableKinds.map((k): [string, string] => [keys.votableKind(k), votableKindLabels[k]]),
      ...reflectionColumns.flatMap((c): [string, string][] => [
        [keys.columnTitle(c), reflectionColumnLabels[c].title],
        [keys.columnPrompt(c), reflectionColumnLabels[c].prompt],
      ]),
      [keys.credit, canvasCredit],
      [keys.participant, 'Participant'],
      [keys.votes, '{count, plural, one {# vote} other {# votes}}'],
    ];
    expect(boardKinds.map(keys.boardKind)).toEqual(['labels.board.ecosystemMap', 'labels.board.ethicsCanvas', 'labels.board.reflection']);
    expect(expected.filter(([key, words]) => english[key] !== words)).toEqual([]);
    for (const language of workshopLanguages) {
      const catalogue = webCatalogue(language);
      expect(
        expected.map(([key]) => key).filter((key) => !catalogue[key]),
        language,
      ).toEqual([]);
    }
  });
});
