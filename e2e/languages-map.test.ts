import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../src/doc/index.js';
import { writeMapToDoc } from '../src/doc/map/index.js';
import type { EcosystemMap } from '../src/domain/map/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, runApp } from './support/app.js';
import { browserTestMs, mainHeading, screenshot, visible } from './support/browser.js';
import { catalogue, englishLeftOver, overflow, personIn } from './support/languages.js';
import { boardFor, createLiveWorkshop } from './support/live.js';
import { actorNode, zoomToFit } from './support/map.js';

/** A small map in people's own words (Welsh and German names), with something for every rule to find. */
const map: EcosystemMap = {
  title: 'Luftqualität Caerdydd',
  actors: [
    { id: 'council', name: 'Cyngor Caerdydd', type: 'public', roles: ['steward', 'funder'], tags: [], position: { x: 0, y: 0 } },
    { id: 'sensors', name: 'AirSense GmbH', type: 'private', roles: ['contributor'], tags: [], position: { x: 420, y: 0 } },
    { id: 'uni', name: 'Prifysgol Caerdydd', type: 'academia', roles: ['reuser'], tags: [], position: { x: 0, y: 320 } },
    { id: 'library', name: 'Stadtbibliothek', type: 'third-sector', roles: [], tags: [], position: { x: 420, y: 320 } },
  ],
  datasets: [
    {
      id: 'readings',
      name: 'Luftmessungen',
      heldBy: ['council', 'uni'],
      sensitivity: 'personal',
      deidentification: 'pseudonymised',
      access: 'shared',
    },
  ],
  flows: [
    { id: 'f1', from: 'sensors', to: 'council', kind: 'data', dataset: 'readings', frequency: 'stündlich' },
    { id: 'f2', from: 'council', to: 'sensors', kind: 'money' },
    { id: 'f3', from: 'council', to: 'uni', kind: 'data', dataset: 'readings' },
  ],
  notes: [
    { id: 'n1', text: 'Pwy sy’n cynnal y synwyryddion?', kind: 'question', target: 'sensors' },
    { id: 'n2', text: 'Haushalt 2027 klären', kind: 'issue', position: { x: 820, y: 120 } },
  ],
};

describe.runIf(browserAvailable())(`the ecosystem map editor in Welsh and German (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'F3: a Welsh browser and a person who chose German see the map’s toolbar, legend, an actor’s panel and the findings in their language on a phone; no known English, nothing past 390 px',
    async () => {
      const workshop = await createLiveWorkshop(live.app, 'Gweithdy data Caerdydd');
      const id = workshop.workshop.id;
      const group1 = workshop.groups[0]!;
      const board = await boardFor(live.app, id, 'mapping', group1.id);
      const doc = new Y.Doc();
      initBoardDoc(doc, 'ecosystem-map');
      writeMapToDoc(doc, map);
      await live.app.server.store.appendUpdates(board.id, [Y.encodeStateAsUpdate(doc)]);
      const code = 'map-language-group-1-invite';
      await live.app.server.store.createInvite({
        code,
        workshopId: id,
        role: 'participant',
        groupId: group1.id,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      });

      // People's own words, in whatever language they wrote them.
      const content = [
        workshop.workshop.title,
        board.title,
        ...workshop.groups.map((g) => g.name),
        ...workshop.workshop.agenda.map((a) => a.title),
        map.title,
        ...map.actors.map((a) => a.name),
        ...map.datasets.map((d) => d.name),
        ...map.notes.map((n) => n.text),
        'stündlich',
        // The map library's attribution, a product's name.
        'React Flow',
      ];
      const people = [
        { lang: 'cy', browser: 'cy-GB', name: 'Gwenllian ap Rhys', organisation: 'Cyngor Gwynedd', live: /^Cysylltiad: Byw: / },
        {
          lang: 'de',
          browser: 'en-GB',
          name: 'Friederike Schwarzenberger-Hohenlohe',
          organisation: 'Stadtentwicklungsgesellschaft',
          live: /^Verbindung: Live: /,
        },
      ] as const;

      for (const person of people) {
        const { page, errors } = await personIn(live.browser, person.browser);
        const c = catalogue(person.lang);
        const own = (...more: string[]) => [...content, person.name, person.organisation, ...more];
        const noEnglishInMap = async (where: string) =>
          expect(await englishLeftOver(page, person.lang, own(), '.map-editor'), where).toEqual([]);

        await page.goto(`${live.app.base}/join/${code}`);
        if (person.lang === 'de') {
          // An English browser: this person picks German in the header before joining.
          await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
          await page.waitForFunction(() => document.documentElement.lang === 'de');
        }
        await page.getByLabel(c['join.name.label']!, { exact: true }).fill(person.name);
        await page.getByLabel(c['join.organisation.label']!, { exact: true }).fill(person.organisation);
        await page.getByRole('button', { name: c['join.submit'], exact: true }).click();
        await mainHeading(page, workshop.workshop.title);

        // The map board from its address: the toolbar in the person's language.
        await page.goto(`${live.app.base}/b/${board.id}`);
        await mainHeading(page, board.title);
        await boardLive(page, person.live);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(person.lang);
        const tools = page.getByRole('group', { name: c['map.editor.tools'], exact: true });
        await visible(tools.getByRole('button', { name: c['map.editor.addActor'], exact: true }));
        await visible(tools.getByRole('button', { name: c['map.editor.addNote'], exact: true }));
        await visible(tools.getByRole('button', { name: c['map.editor.undo'], exact: true }));
        await zoomToFit(page);
        await visible(actorNode(page, 'Cyngor Caerdydd').getByText(c['map.kind.actorType.public']!, { exact: true }));
        await visible(actorNode(page, 'Cyngor Caerdydd').getByText(c['map.kind.role.steward']!, { exact: true }));
        await noEnglishInMap('the map with its toolbar');
        await screenshot(page, `map-${person.lang}-phone-toolbar`);
        // "More" unfolds the rest of the tools: the longer words still fit the phone.
        await tools.getByRole('button', { name: c['map.editor.more'], exact: true }).click();
        await visible(tools.getByRole('button', { name: c['map.editor.zoomToFit'], exact: true }));
        await visible(tools.getByRole('button', { name: c['map.editor.export'] }));
        await visible(tools.getByPlaceholder(c['map.editor.search.placeholder']!));
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await noEnglishInMap('the unfolded toolbar');
        await screenshot(page, `map-${person.lang}-phone-more`);
        await tools.getByRole('button', { name: c['map.editor.fewer'], exact: true }).click();

        // The panel, closed on a phone: its legend.
        await page.getByRole('button', { name: c['map.frame.openWord'], exact: true }).click();
        const panel = page.getByRole('complementary', { name: c['map.frame.panel'], exact: true });
        await panel.getByRole('tab', { name: c['map.editor.tab.legend'], exact: true }).click();
        await visible(panel.getByRole('heading', { name: c['map.legend.title'], exact: true }));
        await visible(panel.getByText(c['map.kind.flow.service']!, { exact: true }));
        await noEnglishInMap('the legend');
        if (person.lang === 'de') {
          // The shortcuts name the keys as a German keyboard prints them.
          await panel.getByText(c['map.legend.shortcuts']!, { exact: true }).click();
          await visible(panel.getByText('Strg+Umschalt+Z', { exact: true }));
          await visible(panel.getByText('Entf', { exact: true }));
          await noEnglishInMap('the keyboard shortcuts');
        }
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `map-${person.lang}-phone-legend`);

        // An actor selected (the panel closed first: on a phone it covers the map): its details in the panel.
        await panel.getByRole('button', { name: c['map.frame.close'], exact: true }).click();
        await actorNode(page, 'AirSense GmbH').locator('.map-actor-name').click();
        await page.getByRole('button', { name: c['map.frame.openWord'], exact: true }).click();
        const details = panel.getByRole('region', { name: c['map.panel.details'], exact: true });
        await visible(details.getByRole('heading', { name: 'AirSense GmbH', exact: true }));
        expect(await details.getByLabel(c['map.panel.actor.type']!, { exact: true }).inputValue()).toBe('private');
        await visible(details.getByRole('group', { name: c['map.panel.roles'], exact: true }));
        await visible(details.getByRole('heading', { name: c['map.panel.actor.flowsOut'], exact: true }));
        await visible(details.getByRole('button', { name: c['map.panel.actor.delete'], exact: true }));
        await noEnglishInMap('an actor’s panel');
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `map-${person.lang}-phone-actor`);

        // The findings: the figures, each finding's rule and what to do about it.
        await panel.getByRole('tab', { name: c['map.editor.tab.findings'], exact: true }).click();
        const findings = panel.getByRole('region', { name: c['map.findings.title'], exact: true });
        await visible(findings.getByText(c['map.findings.centralisation']!, { exact: true }));
        await visible(findings.getByText(c['map.findings.rule.personalDataExposed.title']!, { exact: false }).first());
        // A finding's sentence, in the person's language with the map's names.
        await visible(findings.getByText(c['map.findings.msg.isolated']!.replace('{actor}', 'Stadtbibliothek'), { exact: true }));
        const why = findings.getByRole('button', { name: new RegExp(`^${c['map.findings.why']}`) }).first();
        await why.click();
        await visible(findings.getByText(c['map.findings.todo']!, { exact: true }).first());
        await noEnglishInMap('the findings');
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `map-${person.lang}-phone-findings`);

        expect(errors).toEqual([]);
        await page.context().close();
      }
    },
    browserTestMs * 2,
  );
});
