import { afterAll, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { buildAtlas, cityRuleIds, emptyAtlasMessage } from '../../../src/domain/atlas/index.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
import type { AtlasAnswer } from '../../../src/web/atlas/atlasData.js';
import { cityFindingMessage, emptyAtlasText } from '../../../src/web/atlas/atlasWords.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };
import { onBoard, projectMap } from '../atlas/atlasFixtures.js';

/**
 * The atlas view words each city finding from the values its rule found (`values`, sent with the
 * atlas) with `atlas.finding.` messages. In English that is the rule's own message, word for
 * word: the CLI and the exports print the rule's message, and the two must not say different things.
 */
describe('F3: the city findings’ sentences in the person’s language (atlas/atlasWords.ts)', () => {
  afterAll(() => i18n.activate('en'));
  const personal = (heldBy: string[], deidentification?: 'identifiable' | 'pseudonymised') => ({
    id: 'd1',
    name: 'Pupil records',
    heldBy,
    sensitivity: 'personal' as const,
    ...(deidentification && { deidentification }),
  });
  // Every city rule fires: Council on three of four projects, pupil records in many places
  // across two projects, reaching five organisations, and a museum project sharing no one.
  const atlasOf = (deidentification?: 'identifiable' | 'pseudonymised') =>
    buildAtlas(
      'C',
      [
        onBoard(
          'b1',
          projectMap(['Council', 'School', 'Health'], [[0, 1, 'data']], { datasets: [personal(['a1', 'a2'], deidentification)] }),
        ),
        onBoard(
          'b2',
          projectMap(
            ['Council', 'Charity', 'Police', 'Library', 'Youth club', 'Sports trust'],
            [
              [0, 1],
              [0, 2],
            ],
            { datasets: [personal(['a2', 'a3', 'a4', 'a5', 'a6'], deidentification)] },
          ),
        ),
        onBoard('b3', projectMap(['Council', 'Bus company'])),
        onBoard('b4', projectMap(['Museum', 'Artists'], [[0, 1]])),
      ],
      [],
    );

  it('says in English exactly what each rule wrote, with and without a de-identification', () => {
    i18n.activate('en');
    const seen = new Set<string>();
    for (const atlas of [atlasOf('identifiable'), atlasOf('pseudonymised'), atlasOf()])
      for (const finding of atlas.findings) {
        seen.add(finding.rule);
        expect(cityFindingMessage(finding), finding.rule).toBe(finding.message);
      }
    expect([...seen].sort()).toEqual([...cityRuleIds].sort());
  });

  it('words them in German and Welsh with the atlas’s names', () => {
    i18n.load({ de: german as unknown as Messages, cy: welsh as unknown as Messages });
    const atlas = atlasOf('identifiable');
    const of = (rule: string) => atlas.findings.find((f) => f.rule === rule)!;
    i18n.activate('de');
    expect(cityFindingMessage(of('city-focal-point'))).toBe(
      'Council ist auf den Karten von 3 der 4 Projekte der Stadt: Viele Projekte hängen von dieser einen Organisation ab',
    );
    expect(cityFindingMessage(of('city-single-source'))).toMatch(
      /^Pupil records wird von 7 Organisationen \(.+ und 3 weitere\) in 2 Projekte/,
    );
    expect(cityFindingMessage(of('city-personal-data-spread'))).toMatch(
      /^Pupil records \(personenbezogene Daten, identifizierbar\) erreicht \d+ Organisationen/,
    );
    i18n.activate('cy');
    expect(cityFindingMessage(of('city-silo-project'))).toMatch(/^Nid yw Project p-b4 yn rhannu sefydliad/);
    expect(cityFindingMessage(of('city-focal-point'))).toBe(
      "Mae Council ar fapiau 3 o 4 prosiect y ddinas: mae llawer o brosiectau'n dibynnu ar yr un sefydliad hwn",
    );
  });

  it('says what an empty atlas lacks in English as the server does, and in German', () => {
    const empty = (workshops: number, mapBoards: number) =>
      ({ city: 'Coventry', holdings: { workshops, mapBoards } }) as unknown as AtlasAnswer;
    i18n.activate('en');
    for (const [workshops, boards] of [
      [0, 0],
      [1, 0],
      [2, 0],
      [1, 1],
      [3, 2],
    ] as const)
      expect(emptyAtlasText(empty(workshops, boards))).toBe(emptyAtlasMessage('Coventry', { workshops, mapBoards: boards }));
    i18n.activate('de');
    expect(emptyAtlasText(empty(2, 1))).toMatch(/^Coventry hat 2 Workshops mit 1 Karte, aber noch keine Akteure auf ihr\./);
  });
});
