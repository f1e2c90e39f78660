import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../src/domain/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { facilitator, ownedTitle, runApp, signInFacilitator, type App } from './support/app.js';
import { browserTestMs, mainHeading, screenshot, visible } from './support/browser.js';
import { catalogue, englishLeftOver, overflow, personIn } from './support/languages.js';

/**
 * SPEC F3 for the facilitator's own pages: the workshop list with the new-workshop form, and the
 * workshop tools on the workshop home (details, agenda, groups and regrouping, invites, public
 * pages, report, duplicating), in German for a facilitator who chose it in the header and in
 * Welsh for one whose browser asks for it, on a phone: no known English left, nothing past 390 px.
 * What the import box says is wrong in a file, in German too.
 */
describe.runIf(browserAvailable())(`the facilitator's workshop tools in the person's language (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  /** Three people in the owned workshop: two organisations in Group A, one not in a group yet. */
  async function seatPeople(app: App): Promise<Participant[]> {
    const { workshop, groups } = app.owned;
    const people: Participant[] = [
      ['Gwenllian Prys-Jones', 'Cyngor Gwynedd', groups[0]?.id ?? null],
      ['Bartholomäus Oberhuber', 'Stadtwerke', groups[0]?.id ?? null],
      ['Siân Llywelyn', 'Prifysgol Bangor', null],
    ].map(([name, organisation, groupId], i) => ({
      id: `pa_tools_${i}`,
      workshopId: workshop.id,
      name: name as string,
      organisation: organisation as string,
      role: 'participant',
      groupId: groupId as string | null,
      createdAt: new Date().toISOString(),
    }));
    for (const p of people) if (!(await app.server.store.getParticipant(p.id))) await app.server.store.createParticipant(p);
    return people;
  }

  /** What people wrote (titles, names, templates' own words), taken out before looking for English. */
  async function peoplesWords(app: App, people: Participant[]): Promise<string[]> {
    const { workshop, groups, projects } = app.owned;
    const boards = await app.server.store.listBoards(workshop.id);
    const templates = (await (await fetch(`${app.base}/api/templates`)).json()) as {
      templates: { title: string; description: string; agenda: { title: string }[] }[];
    };
    return [
      workshop.title,
      workshop.description,
      ...groups.map((g) => g.name),
      ...projects.map((p) => p.title),
      ...boards.map((b) => b.title),
      // The bar's board pickers show a group's board as "Group A: Ecosystem map" (its stored title without the group).
      ...boards.map((b) => b.title.split(' — ')[0] ?? b.title),
      ...people.flatMap((p) => [p.name, p.organisation]),
      ...templates.templates.flatMap((t) => [t.title, t.description, ...t.agenda.map((a) => a.title)]),
      ...Object.values(app.owned.invites).map((i) => `${app.base}/join/${i.code}`),
      facilitator.name,
      facilitator.email,
    ];
  }

  /** The workshop tools opened as far as a look can go: the regroup question, an invite's revoke question, a project's publish form, the duplicate form. */
  /** The people seated, and a facilitator with an English browser who signs in and picks German in the header: on the workshop list. */
  async function germanFacilitator() {
    const { app } = live;
    const de = catalogue('de');
    const words = await peoplesWords(app, await seatPeople(app));
    const fatima = await personIn(live.browser, 'en-GB');
    const { page } = fatima;
    await signInFacilitator(page, app);
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
    await mainHeading(page, de['workshops.home.title']!);
    return { app, de, words, fatima, page };
  }

  async function openTools(page: Page, words: Record<string, string>): Promise<void> {
    await page.getByRole('button', { name: words['facilitator.groups.make'], exact: true }).click();
    await visible(page.locator('#regroup-confirm-title'));
    await page.locator('.invite').first().locator('button.button-danger').click(); // named "Revoke <the link>" in the language
    await visible(page.getByText(words['facilitator.invite.question']!));
    await page.getByRole('button', { name: words['facilitator.publish.open'], exact: true }).click();
    await visible(page.getByRole('button', { name: words['facilitator.publish.publish'], exact: true }));
    await page.getByRole('button', { name: words['facilitator.duplicate.open'], exact: true }).click();
    await visible(page.getByLabel(words['facilitator.duplicate.newTitle']!, { exact: true }));
  }

  it(
    'F3: a facilitator who chose German sees the workshop list, the new-workshop form and the workshop tools in German at 390 px',
    async () => {
      const { de, words, fatima, page } = await germanFacilitator();
      await visible(page.getByRole('heading', { name: de['workshops.new.title'], exact: true }));
      await visible(page.getByText(/^Erstellt am .+ · 2 Gruppen · 3 Personen · \d+ Arbeitsflächen$/));
      // A template chosen shows its agenda's length in German.
      await page.locator('.template-picker input[type=radio]').nth(1).check();
      await visible(page.locator('.template-preview-title').getByText(/^Tagesordnung: \d+ Aktivitäten, /));
      expect(await englishLeftOver(page, 'de', words)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'workshop-list-german');

      await page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(page, ownedTitle);
      await visible(page.getByRole('heading', { name: de['facilitator.panel.title'], exact: true }));
      await openTools(page, de);
      expect(await page.locator('#regroup-confirm-title').innerText()).toMatch(
        /^(\d+ Person(en)? würden? wechseln|Niemand würde wechseln)/,
      );
      await visible(page.getByText(/^Der Workshop, seine Arbeitsflächen .+ Derzeit: am \d+\. \p{L}+ \d{4}\.$/u));
      expect(await englishLeftOver(page, 'de', words)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'workshop-tools-german');
      expect(fatima.errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F3, F6: a facilitator who chose German makes a workshop from the full-day template (German agenda and boards) and reads the booking inbox in German at 390 px',
    async () => {
      const { app } = live;
      const de = catalogue('de');
      const request = {
        id: 'bk_german_inbox',
        kind: 'cities-workshop' as const,
        organisation: 'Stadtwerke Kiel',
        city: 'Kiel',
        name: 'Hannelore Brinkmann',
        email: 'h.brinkmann@example.org',
        teamSize: 14,
        preferredDates: 'Ein Dienstag im März',
        message: 'Wir möchten die Datenflüsse unserer Wärmeplanung kartieren.',
        status: 'new' as const,
        notes: '',
        agreedDate: '2027-03-16',
        workshopId: null,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      };
      if (!(await app.server.store.getBooking(request.id))) await app.server.store.createBooking(request);
      const fatima = await personIn(live.browser, 'en-GB');
      const { page } = fatima;
      await signInFacilitator(page, app);
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
      await visible(page.getByRole('heading', { name: de['workshops.new.title'], exact: true }));
      const title = 'Hafendatentag Kiel';
      await page.getByLabel(de['workshops.new.workshopTitle']!, { exact: true }).fill(title);
      await page.getByLabel(de['templates.openCitiesFullDay.title']!, { exact: true }).check();
      // The first groups are named in German, and the workshop's words follow the interface's language.
      expect(await page.getByLabel(de['workshops.new.groups']!, { exact: true }).inputValue()).toBe('Gruppe 1\nGruppe 2');
      await page.getByRole('button', { name: de['workshops.new.submit'], exact: true }).click();
      await mainHeading(page, title);

      // What the server made is German: the template's agenda and the boards named after it.
      const made = (await app.server.store.listWorkshopsFor((await app.server.store.getAccountByEmail(facilitator.email))!.id)).find(
        (w) => w.title === title,
      )!;
      expect(made.agenda.map((a) => a.title)).toContain(de['templates.openCitiesFullDay.activity.mapping']);
      const boards = await app.server.store.listBoards(made.id);
      const mapBoard = `${de['templates.openCitiesFullDay.activity.mapping']} — Gruppe 1`;
      expect(boards.map((b) => b.title)).toContain(mapBoard);
      await visible(page.getByRole('link', { name: mapBoard, exact: true }));
      await visible(page.getByText(de['templates.openCitiesFullDay.activity.welcome']!, { exact: true }).first());
      // Only the title and the facilitator are taken out: the agenda, groups and boards must be German themselves.
      const own = [title, facilitator.name, facilitator.email, ...Object.values(app.owned.invites).map((i) => i.code)];
      expect(await englishLeftOver(page, 'de', own)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'new-workshop-german');

      await page.goto(`${app.base}/facilitator/bookings`);
      await mainHeading(page, de['inbox.title']!);
      const card = page.locator('.booking-card', { hasText: request.organisation });
      await visible(card.getByRole('heading', { name: `Städte-Workshop: ${request.organisation}`, exact: true }));
      await visible(card.getByText(/^\d{2}\.\d{2}\.\d{4}$/)); // received, as German writes a date
      await card.getByRole('button', { name: de['inbox.makeWorkshop'], exact: true }).click();
      expect(await card.getByLabel(de['workshops.new.workshopTitle']!, { exact: true }).inputValue()).toBe(
        'Stadtwerke Kiel: Städte-Workshop',
      );
      const theirs = [
        request.organisation,
        request.city,
        request.name,
        request.email,
        request.preferredDates,
        request.message,
        'Stadtwerke Kiel: Städte-Workshop',
        facilitator.name,
        facilitator.email,
      ];
      expect(await englishLeftOver(page, 'de', theirs)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'booking-inbox-german');
      expect(fatima.errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F3: a facilitator whose browser is Welsh signs in and sees the workshop list and the workshop tools in Welsh at 390 px',
    async () => {
      const { app } = live;
      const cy = catalogue('cy');
      const people = await seatPeople(app);
      const words = await peoplesWords(app, people);
      const gwen = await personIn(live.browser, 'cy-GB');
      const { page } = gwen;
      await page.goto(`${app.base}/signin`);
      await mainHeading(page, cy['signin.title']!);
      await page.getByLabel(cy['signin.email']!, { exact: true }).fill(facilitator.email);
      await page.getByLabel(cy['signin.password']!, { exact: true }).fill(facilitator.password);
      await page.getByRole('button', { name: cy['signin.submit'], exact: true }).click();
      await mainHeading(page, cy['workshops.home.title']!);
      await visible(page.getByText(/^Crëwyd .+ · 2 grŵp · 3 pherson · \d+ bwrdd$/));
      expect(await englishLeftOver(page, 'cy', words)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      await page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(page, ownedTitle);
      await visible(page.getByRole('heading', { name: cy['facilitator.panel.title'], exact: true }));
      await openTools(page, cy);
      expect(await englishLeftOver(page, 'cy', words)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'workshop-tools-welsh');
      expect(gwen.errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F3: a facilitator who chose German imports a bad map file and reads what is wrong in German, the file, place and line named, at 390 px',
    async () => {
      const { app, de, words, fatima, page } = await germanFacilitator();
      await page.getByRole('link', { name: ownedTitle, exact: true }).click();
      await mainHeading(page, ownedTitle);
      const panel = await visible(page.getByRole('region', { name: de['import.title'], exact: true }));
      const boards = async () => (await app.server.store.listBoards(app.owned.workshop.id)).length;
      const before = await boards();

      // A map whose third flow goes to an actor that is not there, and whose first actor's type is misspelt.
      const bad = JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'ecosystem-map', 'v1-air-quality.json'), 'utf8'));
      bad.flows[2].to = 'vendr';
      const chooser = page.waitForEvent('filechooser');
      await panel.getByRole('button', { name: de['import.button'], exact: true }).click();
      await (
        await chooser
      ).setFiles({ name: 'karte.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad, null, 2)) });
      const alert = await visible(panel.getByRole('alert'));
      // The server's English shows for the moment the German words take to arrive, then German.
      await visible(
        alert.getByText(
          /^karte\.json: flows\[2\]\.to: kein Akteur mit der ID "vendr" \(Zeile \d+\)\. Die Datei ist nicht gültig; es wurde nichts importiert\. Korrigieren Sie die genannte Stelle und importieren Sie sie erneut\.$/,
        ),
      );
      await visible(alert.getByText(de['import.failed']!.replace(/^\{count, plural, one \{([^}]*)\}.*$/, '$1'), { exact: true }));
      expect(await englishLeftOver(page, 'de', words)).toEqual([]);
      expect(await englishLeftOver(page, 'de', [], '.import-panel [role=alert]')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'import-problem-german');
      expect(await boards()).toBe(before);

      // On a phone the people table is a card per person, each value after its column's name and
      // colon as the language writes them (home.people.cellLabel): German "Rolle:", French "Rôle :".
      const labels = () =>
        page
          .locator('table.people tbody tr')
          .first()
          .locator('td[data-label]')
          .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-label')));
      expect(await labels()).toEqual(['Organisation:', 'Rolle:', 'Gruppe:']);
      await page.getByRole('combobox', { name: de['language.label'], exact: true }).selectOption('fr');
      await visible(page.getByRole('region', { name: catalogue('fr')['import.title'], exact: true }));
      expect(await labels()).toEqual(['Organisation :', 'Rôle :', 'Groupe :']);
      expect(fatima.errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );
});
