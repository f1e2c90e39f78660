import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, runApp } from './support/app.js';
import { browserTestMs, mainHeading, screenshot, visible } from './support/browser.js';
import { canvasBoard, section } from './support/canvas.js';
import { englishLeftOver, overflow, personIn, germanOnBoard } from './support/languages.js';

/**
 * What people wrote on the canvas or its linked map (notes, authors, actions, datasets, the
 * boards' titles): in whatever language they wrote it, so taken out before looking for English.
 */
async function peoplesWords(page: Page, own: string[]): Promise<string[]> {
  const shown = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        '.ethics-canvas :is(.canvas-note-text, .canvas-note-author, .action-text, .canvas-dataset-name, .canvas-dataset-tag)',
      ),
    ).map((e) => e.innerText.trim()),
  );
  return [...own, ...shown.filter((s) => s !== '')];
}

/** SPEC F3 on a group's data ethics canvas, as its participants see it on a phone. */
describe.runIf(browserAvailable())(`the data ethics canvas in Welsh and German (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  const inviteCode = 'languages-canvas-e2e-group-1-invite';
  const boardTitles = () => live.app.demo.boards.map((b) => b.title);

  beforeAll(async () => {
    // A participant invite for Group 1, so the people below land in the group whose canvas it is.
    await live.app.server.store.createInvite({
      code: inviteCode,
      workshopId: live.app.demo.workshop.id,
      role: 'participant',
      groupId: live.app.demo.groups[0]!.id,
      createdAt: new Date().toISOString(),
      revokedAt: null,
    });
  });

  it(
    'F1, F3: a participant with a Welsh browser reads the sections, opens the guidance, adds a note and marks a status, all in Welsh; nothing in English, nothing past 390 px',
    async () => {
      const board = canvasBoard(live.app);
      const { page, errors } = await personIn(live.browser, 'cy-GB');
      await page.goto(`${live.app.base}/join/${inviteCode}`);
      await page.getByLabel('Enw', { exact: true }).fill('Gwenllian ap Rhys');
      await page.getByLabel('Sefydliad', { exact: true }).fill('Cyngor Gwynedd');
      await page.getByRole('button', { name: 'Ymuno', exact: true }).click();
      await mainHeading(page, live.app.demo.workshop.title);
      await page.goto(`${live.app.base}/b/${board.id}`);
      await mainHeading(page, board.title);
      await boardLive(page, /^Cysylltiad: Byw: /);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');

      // The canvas, its themes and a section by their Welsh names, with the section's question.
      await visible(page.getByRole('region', { name: 'Cynfas moeseg data', exact: true }));
      await visible(page.getByRole('heading', { name: 'Adnabod eich data', exact: true }));
      const sources = await visible(section(page, 'Ffynonellau data'));
      await visible(sources.getByText("Pa ddata mae'r prosiect yn ei ddefnyddio, ac o ble mae pob set yn dod?", { exact: true }));

      // The guidance and examples, opened.
      await sources.getByRole('button', { name: 'Canllawiau ac enghreifftiau ar gyfer Ffynonellau data', exact: true }).click();
      await visible(sources.getByText(/^Rhestrwch bob set ddata, gan gynnwys/));
      await visible(sources.getByText('Er enghraifft:', { exact: true }));

      // A note, through the section's own form, signed with the person's name.
      await sources.getByRole('button', { name: 'Ychwanegu nodyn at Ffynonellau data', exact: true }).click();
      await sources.getByLabel('Nodyn newydd yn yr adran Ffynonellau data', { exact: true }).fill('Cyfrifiadau beiciau o bedwar camera');
      await sources.getByRole('button', { name: 'Ychwanegu nodyn', exact: true }).click();
      const note = sources.getByRole('listitem').filter({ hasText: 'Cyfrifiadau beiciau o bedwar camera' });
      await visible(note.getByText('Gwenllian ap Rhys', { exact: true }));
      await sources.getByRole('button', { name: "Cau'r ffurflen nodyn newydd", exact: true }).click();

      // A status, chosen in words; the progress sentence counts it.
      await sources.getByLabel('Statws Ffynonellau data', { exact: true }).selectOption({ label: 'Trafodwyd' });
      await visible(page.getByText(/^1 o 15 adran wedi'u trafod, 0 wedi gorffen;/));

      const content = await peoplesWords(page, [...boardTitles(), 'Gwenllian ap Rhys', 'Cyngor Gwynedd']);
      expect(await englishLeftOver(page, 'cy', content, '.ethics-canvas')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'canvas-welsh-phone');
      await sources.screenshot({ path: 'test-results/e2e/canvas-welsh-phone-section.png' });
      await page.locator('.canvas-bar').screenshot({ path: 'test-results/e2e/canvas-welsh-phone-bar.png' });

      // The note's options: colours, moving, deleting, in Welsh too.
      await note.getByRole('button', { name: 'Opsiynau ar gyfer y nodyn “Cyfrifiadau beiciau o bedwar camera”', exact: true }).click();
      const options = await visible(note.getByRole('group', { name: "Opsiynau'r nodyn", exact: true }));
      await visible(options.getByRole('button', { name: 'Gwyrdd', exact: true }));
      await visible(options.getByLabel('Symud i', { exact: true }));
      expect(await englishLeftOver(page, 'cy', content, '.ethics-canvas')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await note.screenshot({ path: 'test-results/e2e/canvas-welsh-phone-note-options.png' });
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F2, F3: a participant who chose German reads the sections, opens the guidance, adds a note and an action and marks a status, all in German; nothing in English, nothing past 390 px',
    async () => {
      const board = canvasBoard(live.app);
      const { page, errors } = await germanOnBoard(
        live.browser,
        `${live.app.base}/join/${inviteCode}`,
        live.app.demo.workshop.title,
        board,
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

      await visible(page.getByRole('region', { name: 'Datenethik-Canvas', exact: true }));
      await visible(page.getByText('Kein Überprüfungstermin festgelegt', { exact: true }));
      // The section with the longest German words, its question and its guidance.
      const reviews = await visible(section(page, 'Überprüfungen und Iterationen'));
      await visible(
        reviews.getByText('Wie behalten Sie Probleme im Blick, und wann kommen Sie auf dieses Canvas zurück?', { exact: true }),
      );
      await reviews.getByRole('button', { name: 'Hinweise und Beispiele zu „Überprüfungen und Iterationen“', exact: true }).click();
      await visible(reviews.getByText(/^Legen Sie einen nächsten Überprüfungstermin fest/));
      await visible(reviews.getByText('„Ein vierteljährlicher Blick auf Beschwerden und Datenanfragen“', { exact: true }));

      // A note, and the status "action needed", which the progress sentence counts.
      await reviews.getByRole('button', { name: 'Notiz hinzufügen: Überprüfungen und Iterationen', exact: true }).click();
      await reviews
        .getByLabel('Neue Notiz in „Überprüfungen und Iterationen“', { exact: true })
        .fill('Jährliche Überprüfung durch den Ethikbeirat');
      await reviews.getByRole('button', { name: 'Notiz hinzufügen', exact: true }).click();
      await visible(reviews.getByRole('listitem').filter({ hasText: 'Jährliche Überprüfung durch den Ethikbeirat' }));
      await reviews.getByRole('button', { name: 'Formular für neue Notiz schließen', exact: true }).click();
      await reviews.getByLabel('Stand von „Überprüfungen und Iterationen“', { exact: true }).selectOption({ label: 'Handlungsbedarf' });
      await visible(page.getByText(/^\d+ von 15 Abschnitten besprochen, 0 erledigt, 1 mit Handlungsbedarf;/));

      // An action in "Ihre Maßnahmen", with its priority and owner in German.
      const actions = await visible(section(page, 'Ihre Maßnahmen'));
      await actions.getByRole('button', { name: 'Eine Maßnahme hinzufügen', exact: true }).click();
      await actions.getByLabel('Maßnahme', { exact: true }).fill('Löschfristen mit dem Anbieter vereinbaren');
      await actions.getByLabel('Verantwortlich', { exact: true }).fill('Datenschutzbeauftragte');
      await actions.getByLabel('Priorität', { exact: true }).selectOption({ label: 'Hoch' });
      await actions.getByRole('button', { name: 'Maßnahme hinzufügen', exact: true }).click();
      await visible(actions.getByText('Hohe Priorität', { exact: true }));
      await visible(actions.getByText('Verantwortlich: Datenschutzbeauftragte', { exact: true }));
      await visible(page.getByText(/; 1 offene Maßnahme$/));

      const content = await peoplesWords(page, [
        ...boardTitles(),
        'Friederike Schwarzenberger-Hohenlohe',
        'Stadtentwicklungsgesellschaft',
        'Datenschutzbeauftragte',
        // The Welsh participant's note, in the same group's canvas.
        'Cyfrifiadau beiciau o bedwar camera',
      ]);
      expect(await englishLeftOver(page, 'de', content, '.ethics-canvas')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'canvas-german-phone');
      await reviews.screenshot({ path: 'test-results/e2e/canvas-german-phone-section.png' });
      await actions.screenshot({ path: 'test-results/e2e/canvas-german-phone-actions.png' });
      await page.locator('.canvas-bar').screenshot({ path: 'test-results/e2e/canvas-german-phone-bar.png' });

      // The versions panel: a version saved under a German label, the comparison with the canvas now.
      await page.getByRole('button', { name: 'Versionen und Überprüfung', exact: true }).click();
      const panel = await visible(page.getByRole('region', { name: 'Versionen und Überprüfung', exact: true }));
      await panel.getByLabel('Bezeichnung der Version', { exact: true }).fill('Nach dem Workshop');
      await panel.getByRole('button', { name: 'Version speichern', exact: true }).click();
      await visible(panel.getByRole('status').filter({ hasText: /^„Nach dem Workshop“ gespeichert \(/ }));
      await visible(panel.getByText('Keine Änderungen zwischen diesen beiden.', { exact: true }));
      await visible(page.getByRole('button', { name: 'Versionen (1) und Überprüfung', exact: true }));
      const withVersion = [...content, 'Nach dem Workshop'];
      expect(await englishLeftOver(page, 'de', withVersion, '.ethics-canvas')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await panel.screenshot({ path: 'test-results/e2e/canvas-german-phone-versions.png' });
      await panel.getByRole('button', { name: 'Versionen und Überprüfung schließen', exact: true }).click();
      await panel.waitFor({ state: 'detached' });

      // A canvas file with problems, imported on the board: each problem in German by its code.
      await page.getByRole('button', { name: 'Exportieren und importieren', exact: true }).click();
      const files = await visible(page.getByRole('region', { name: 'Exportieren und importieren', exact: true }));
      const broken = { format: 'opencities/ethics-canvas', version: 1, title: 'T', sections: [{ id: 'purpose', status: 'finished' }] };
      await files.getByLabel('Canvas-Datei (JSON)', { exact: true }).setInputFiles({
        name: 'kaputt.canvas.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      const refused = await visible(files.getByRole('alert'));
      await visible(
        refused.getByText('kaputt.canvas.json wurde nicht importiert: Auf dem Canvas hat sich nichts geändert.', { exact: true }),
      );
      await visible(refused.getByRole('listitem').filter({ hasText: /^sections\[0\]\.status "finished" ist kein Abschnittsstatus; / }));
      expect(await refused.textContent()).not.toContain('is not a section status');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );
});
