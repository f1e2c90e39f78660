import { afterAll, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { analyzeMap, ruleIds, type RuleId } from '../../../src/domain/analysis/index.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
import { findingMessage } from '../../../src/web/map/findings/findingWords.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };
import { createPrng } from '../../fuzz/prng.js';
import { randomEcosystem, ruleSeeds } from '../analysis/randomEcosystem.js';
import { randomMap } from '../map/randomMap.js';
import { actor, dataset, flow, map } from '../analysis/build.js';

/**
 * The findings panel words each finding from the values its rule found (findingValues) with
 * `map.findings.msg.` messages. In English that must be the rule's own message, word for word,
 * whatever the map (names with quotes, self-loops, long lists of holders…): the server's text
 * output and the report print the rule's message, and the two must never say different things.
 */
describe('F3: the findings’ sentences in the person’s language (map/findings/findingWords.ts)', () => {
  afterAll(() => i18n.activate('en'));

  it('says in English exactly what each rule wrote, on hundreds of random maps, for every rule', () => {
    i18n.activate('en');
    const seen = new Set<RuleId>();
    for (const seed of ruleSeeds) {
      for (const m of [randomEcosystem(createPrng(seed)), randomMap(createPrng(seed), 10)]) {
        for (const finding of analyzeMap(m).findings) {
          seen.add(finding.rule);
          expect(findingMessage(finding), `seed ${seed}, ${finding.rule}`).toBe(finding.message);
        }
      }
    }
    expect([...seen].sort()).toEqual([...ruleIds].sort());
  });

  it('words them in Welsh and German with the map’s names', () => {
    i18n.load({ de: german as unknown as Messages, cy: welsh as unknown as Messages });
    const m = map({
      actors: [
        actor('a', { name: 'Cyngor' }),
        actor('b', { name: 'AirSense' }),
        actor('c', { name: 'Prifysgol' }),
        actor('d', { name: 'Bibliothek' }),
      ],
      datasets: [dataset('r', { name: 'Luftmessungen', sensitivity: 'personal', access: 'open' })],
      flows: [flow('f', 'b', 'a', { kind: 'data', dataset: 'r', label: 'stündlich' }), flow('g', 'a', 'c', { kind: 'money' })],
    });
    const findings = analyzeMap(m).findings;
    const of = (rule: RuleId) => findings.find((f) => f.rule === rule)!;
    i18n.activate('de');
    expect(findingMessage(of('personal-data-exposed'))).toBe(
      'Der Datenfluss „stündlich“ mit Luftmessungen von AirSense zu Cyngor ist offen und transportiert personenbezogene Daten, nicht de-identifiziert: Menschen könnten identifiziert werden',
    );
    expect(findingMessage(of('isolated-actor'))).toBe(
      'Bibliothek hat keine Flüsse: Der Akteur ist auf der Karte, tauscht aber mit niemandem etwas aus',
    );
    i18n.activate('cy');
    expect(findingMessage(of('unknown-steward'))).toBe(
      "Does gan y set ddata Luftmessungen ddim ceidwad: does neb wedi'i enwi'n gyfrifol amdani",
    );
  });
});
