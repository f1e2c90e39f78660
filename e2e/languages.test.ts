import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../src/doc/index.js';
import { addActor } from '../src/doc/map/index.js';
import { withLanguage } from '../src/domain/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, ownedTitle, runApp, signInFacilitator, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, screenshot, visible, waitMs } from './support/browser.js';
import { boardFor, createLiveWorkshop } from './support/live.js';
import { actorNode, zoomToFit } from './support/map.js';
import { catalogue, english, englishLeftOver, overflow, personIn, phone, germanOnBoard } from './support/languages.js';

/** SPEC F1–F4 on the join page: the browser's language, a person's choice, and nothing left in English. */
describe.runIf(browserAvailable())(`the join page in Welsh and German (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'F1, F2: follows a Welsh browser, switches to German from the header menu and keeps it, with no English left over and no sideways scroll at 390 px',
    async () => {
      const { page, errors } = await personIn(live.browser, 'cy-GB');
      await page.goto(live.app.inviteUrl('participant'));
      await mainHeading(page, "Ymuno â'r gweithdy");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
      await visible(page.getByText(/ei ddileu \d+ (mis|fis) ar ôl ei weithgarwch diwethaf/)); // the installation's period, counted in Welsh
      await page.getByRole('button', { name: 'Ymuno', exact: true }).click(); // no name yet
      await visible(page.getByRole('alert').filter({ hasText: 'Rhowch eich enw' }));
      expect(await englishLeftOver(page, 'cy')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'join-welsh-phone');

      await page.getByRole('combobox', { name: 'Iaith' }).selectOption('de');
      await mainHeading(page, 'Am Workshop teilnehmen');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      await visible(page.getByRole('alert').filter({ hasText: 'Geben Sie Ihren Namen ein' }));
      await visible(page.getByText(/wird \d+ Monate? nach seiner letzten Aktivität gelöscht/));
      expect(await englishLeftOver(page, 'de')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'join-german-phone');

      // The choice outlasts the page, over the browser's Welsh.
      await page.reload();
      await mainHeading(page, 'Am Workshop teilnehmen');
      expect(await page.getByRole('combobox', { name: 'Sprache' }).inputValue()).toBe('de');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F4: says a dead invite link in the chosen language (the error code’s message from the catalogue), then joins',
    async () => {
      const { page, errors } = await personIn(live.browser, 'de-DE');
      await page.goto(`${live.app.base}/join/no-such-invite`);
      await mainHeading(page, 'Am Workshop teilnehmen');
      const notice = page.getByRole('alert').filter({ hasText: 'Dieser Einladungslink funktioniert nicht' });
      await visible(notice.getByText(catalogue('de')['error.inviteNotFound'] ?? 'missing', { exact: true }));
      await visible(notice.getByRole('link', { name: 'fügen Sie ihn auf der Startseite ein' }));
      expect(await englishLeftOver(page, 'de')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      await page.goto(live.app.inviteUrl('participant'));
      await page.getByLabel('Name', { exact: true }).fill('Jana Vogel');
      await page.getByLabel('Organisation', { exact: true }).fill('Stadtwerke');
      await page.getByRole('button', { name: 'Teilnehmen', exact: true }).click();
      await mainHeading(page, live.app.demo.workshop.title);
      await visible(page.getByRole('banner').getByRole('button', { name: 'Abmelden' }));
      // The role in the header is in German; once the live row connects it is hidden (the page
      // says it), so it is read from the header's text, not waited for on screen.
      expect(await page.getByRole('banner').getByText('(Teilnahme)').count()).toBe(1);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  // Last: it sets a workshop's language (the facilitator's own workshop, not the demo the tests above join).
  it(
    'F6, F7: a facilitator sets Welsh; an English browser opens the invite in Welsh; German from the header wins over the workshop’s language',
    async () => {
      const { owned } = live.app;
      const fatima = await personIn(live.browser, 'en-GB');
      await signInFacilitator(fatima.page, live.app);
      await fatima.page.goto(`${live.app.base}/w/${owned.workshop.id}`);
      await mainHeading(fatima.page, ownedTitle);
      const field = fatima.page.getByLabel('Language of the workshop', { exact: true });
      // Each language under its own name, and "not set" chosen to begin with.
      expect(await field.locator('option').allTextContents()).toEqual([
        'Not set (each person’s browser decides)',
        'English',
        'Cymraeg',
        'Deutsch',
        'Français',
        'Español',
      ]);
      expect(await field.inputValue()).toBe('');
      await field.selectOption('cy');
      await fatima.page.getByRole('button', { name: 'Save details' }).click();
      await expect.poll(async () => (await live.app.server.store.getWorkshop(owned.workshop.id))?.language).toBe('cy');
      // The workshop's own pages follow it too, for a facilitator who has not chosen a language.
      await expect.poll(() => fatima.page.evaluate(() => document.documentElement.lang)).toBe('cy');
      expect(await fatima.page.getByLabel('Iaith y gweithdy', { exact: true }).inputValue()).toBe('cy');
      expect(fatima.errors).toEqual([]);
      await fatima.page.context().close();

      // A fresh browser in British English opens the participant invite: the join page is in Welsh.
      const { page, errors } = await personIn(live.browser, 'en-GB');
      const reported: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/client-reports/')) reported.push(r.url());
      });
      await page.goto(`${live.app.base}/join/${owned.invites.participant.code}`);
      await mainHeading(page, "Ymuno â'r gweithdy");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
      expect(await page.getByRole('combobox', { name: 'Iaith' }).inputValue()).toBe('cy');
      expect(await englishLeftOver(page, 'cy')).toEqual([]);

      // The person picks German in the header: it wins over the workshop's Welsh, there and after.
      await page.getByRole('combobox', { name: 'Iaith' }).selectOption('de');
      await mainHeading(page, 'Am Workshop teilnehmen');
      await page.reload();
      await mainHeading(page, 'Am Workshop teilnehmen');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      await page.getByLabel('Name', { exact: true }).fill('Rhys Morgan');
      await page.getByLabel('Organisation', { exact: true }).fill('Cyngor Caerdydd');
      await page.getByRole('button', { name: 'Teilnehmen', exact: true }).click();
      await mainHeading(page, ownedTitle);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(await page.getByRole('combobox', { name: 'Sprache' }).inputValue()).toBe('de');
      // Every message these pages showed is in Welsh and German: nothing was reported missing.
      expect(reported).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F2: a language one of whose areas cannot be fetched leaves the page as it was and says so; picked again, it comes whole',
    async () => {
      const { page, errors } = await personIn(live.browser, 'cy-GB');
      const cy = catalogue('cy');
      const fr = catalogue('fr');
      await page.goto(live.app.inviteUrl('participant'));
      await mainHeading(page, cy['join.title']!);
      // The join page's own French cannot be fetched (the frame's can): the switch does not happen.
      const refuse = /\/assets\/fr-join-[^/]*\.js$/;
      await page.route(refuse, (route) => route.abort());
      await page.getByRole('combobox', { name: cy['language.label'], exact: true }).selectOption('fr');
      await visible(page.getByRole('alert').filter({ hasText: cy['language.unavailable']! }));
      await mainHeading(page, cy['join.title']!);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
      expect(await page.evaluate(() => window.localStorage.getItem('ocs-language'))).toBeNull();
      expect(await englishLeftOver(page, 'cy')).toEqual([]);

      await page.unroute(refuse);
      await page.getByRole('combobox', { name: cy['language.label'], exact: true }).selectOption('fr');
      await mainHeading(page, fr['join.title']!);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await englishLeftOver(page, 'fr')).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F7: a message the Welsh catalogue lacks shows in English and reaches the server’s log once, however many pages report it',
    async () => {
      const { page, errors } = await personIn(live.browser, 'cy-GB');
      // The Welsh catalogue as served, without its "join.intro".
      await page.route(/\/assets\/cy-[^/]*\.js$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('"join.intro":', '"join.introGone":') });
      });
      const reports: unknown[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/client-reports/missing-translation')) reports.push(r.postDataJSON());
      });
      const logged = () => live.app.server.logs.filter((l) => l === 'missing translation: locale=cy key=join.intro');
      for (const _load of [1, 2]) {
        await page.goto(live.app.inviteUrl('participant'));
        await mainHeading(page, "Ymuno â'r gweithdy");
        await visible(page.getByText(english['join.intro'] ?? 'missing', { exact: true }));
        await expect.poll(() => reports.length).toBe(_load);
      }
      expect(reports).toEqual([
        { locale: 'cy', key: 'join.intro' },
        { locale: 'cy', key: 'join.intro' },
      ]);
      await expect.poll(() => logged().length).toBe(1);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );
});

/** SPEC F1–F3 on the workshop home (participant view) and the participants' live row. */
describe.runIf(browserAvailable())(`the workshop home and the live row in Welsh and German (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  /** What people wrote, in whatever language: not the interface's to translate. */
  function workshopContent(...people: string[]): string[] {
    const { workshop, boards, groups, projects } = live.app.demo;
    return [
      workshop.title,
      workshop.description,
      ...workshop.agenda.map((a) => a.title),
      ...boards.map((b) => b.title),
      ...groups.map((g) => g.name),
      ...projects.map((p) => p.title),
      ...people,
    ].filter((s): s is string => typeof s === 'string' && s !== '');
  }

  it(
    'F1, F3: a participant with a Welsh browser sees the home, its people, "Remove my name" and the live row in Welsh, nothing in English, nothing past 390 px',
    async () => {
      const { page, errors } = await personIn(live.browser, 'cy-GB');
      await page.goto(live.app.inviteUrl('participant'));
      await page.getByLabel('Enw', { exact: true }).fill('Siân Prydderch-Llewelyn');
      await page.getByLabel('Sefydliad', { exact: true }).fill('Cyngor Sir Ddinbych');
      await page.getByRole('button', { name: 'Ymuno', exact: true }).click();
      await mainHeading(page, live.app.demo.workshop.title);
      for (const heading of ['Byrddau', 'Pobl', 'Eich grŵp', 'Agenda', 'Eich enw'])
        await visible(page.getByRole('heading', { name: heading, exact: true }));
      await visible(page.getByText("Rydych chi'n cymryd rhan fel cyfranogwr."));
      await visible(page.getByText(/^\d+ g?w?eithgaredd, \d+ awr \d+ mun i gyd\.$/)); // the agenda's total, counted in Welsh
      await visible(page.getByRole('columnheader', { name: 'Sefydliad' }));

      // The live row: the workshop not started, following on, the hand, the reactions' menu.
      const row = await visible(page.getByRole('region', { name: 'Gweithdy byw' }));
      await visible(row.getByText("Nid yw'r gweithdy wedi dechrau eto"));
      await visible(row.getByRole('switch', { name: 'Dilyn yr hwylusydd' }));
      await row.getByRole('button', { name: 'Codi llaw', exact: true }).click();
      await visible(row.getByRole('button', { name: 'Gostwng llaw', exact: true }));
      await row.getByRole('button', { name: 'Ymatebion', exact: true }).click();
      await visible(row.getByRole('button', { name: 'Ymateb: Bawd i fyny', exact: true }));
      await visible(row.getByLabel('Tinc tawel ar y ddyfais hon pan fydd yr amser ar ben'));
      expect(await englishLeftOver(page, 'cy', workshopContent('Siân Prydderch-Llewelyn', 'Cyngor Sir Ddinbych'))).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'home-welsh-phone-reactions');
      await page.keyboard.press('Escape');

      // "Remove my name" asks first, in Welsh; the answer here is no.
      await page.getByRole('button', { name: 'Tynnu fy enw', exact: true }).click();
      const question = await visible(page.getByRole('group', { name: /Tynnu “Siân Prydderch-Llewelyn” a'ch sefydliad/ }));
      await visible(question.getByRole('button', { name: 'Ie, tynnu fy enw', exact: true }));
      expect(await englishLeftOver(page, 'cy', workshopContent('Siân Prydderch-Llewelyn', 'Cyngor Sir Ddinbych'))).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'home-welsh-phone');
      await question.getByRole('button', { name: 'Canslo', exact: true }).click();
      await visible(page.getByRole('button', { name: 'Tynnu fy enw', exact: true }));
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F2, F3: a participant who chose German sees the home and the live row in German, with the activity started, the timer and the way back, nothing past 390 px',
    async () => {
      const { page, errors } = await personIn(live.browser, 'en-GB');
      await submitJoin(page, live.app.inviteUrl('participant'), 'Friederike Schwarzenberger-Hohenlohe', 'Stadtentwicklungsgesellschaft');
      await mainHeading(page, live.app.demo.workshop.title);
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
      await visible(page.getByRole('heading', { name: 'Arbeitsflächen', exact: true }));
      await visible(page.getByText('Sie nehmen an diesem Workshop teil.'));
      await visible(page.getByText(/^\d+ Aktivitäten, insgesamt \d+ Std\. \d+ Min\.$/));
      const row = await visible(page.getByRole('region', { name: 'Live-Workshop' }));
      await visible(row.getByText('Der Workshop hat noch nicht begonnen'));
      // Stepping out: the facilitator's start then leaves this person on the home, with the way back.
      const follow = row.getByRole('switch', { name: 'Der Moderation folgen' });
      await follow.click();
      expect(await follow.getAttribute('aria-checked')).toBe('false');

      const facilitator = await live.browser.newContext();
      const fac = await facilitator.newPage();
      fac.setDefaultTimeout(waitMs);
      await submitJoin(fac, live.app.inviteUrl('facilitator'), 'Fatima Reyes', 'Open Cities');
      const first = live.app.demo.workshop.agenda[0]!;
      await fac.getByRole('button', { name: `Start ${first.title}`, exact: true }).click();

      await visible(row.getByRole('timer'));
      await visible(row.getByText(/^übrig( · pausiert)?$/));
      await visible(row.getByRole('link', { name: 'Dorthin, wo alle sind', exact: true }));
      await row.getByRole('button', { name: 'Hand heben', exact: true }).click();
      await visible(row.getByRole('button', { name: 'Hand senken', exact: true }));
      const content = workshopContent(
        'Friederike Schwarzenberger-Hohenlohe',
        'Stadtentwicklungsgesellschaft',
        'Fatima Reyes',
        'Open Cities',
      );
      expect(await englishLeftOver(page, 'de', content)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'home-german-phone');

      // Back in: off to the plenary view (not converted yet), where the live row says what is on "Jetzt".
      await follow.click();
      await visible(row.getByText('Jetzt', { exact: true }));
      await visible(row.getByText(first.title, { exact: true }));
      expect(await englishLeftOver(page, 'de', content, '.live-header')).toEqual([]);
      await screenshot(page, 'live-german-phone');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await facilitator.close();
      await page.context().close();
    },
    browserTestMs,
  );
});

/** SPEC F3 on a group's reflection board (keep, change, improve), as its participants see it on a phone. */
describe.runIf(browserAvailable())(`the reflection board in Welsh and German (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  const inviteCode = 'languages-e2e-group-1-invite-code';
  const reflectionBoard = () => {
    const { boards, groups } = live.app.demo;
    const board = boards.find((b) => b.kind === 'reflection' && b.groupId === groups[0]?.id);
    if (!board) throw new Error('the demo workshop has no reflection board for Group 1');
    return board;
  };

  beforeAll(async () => {
    // A participant invite for Group 1, so the people below land in the group whose board it is.
    await live.app.server.store.createInvite({
      code: inviteCode,
      workshopId: live.app.demo.workshop.id,
      role: 'participant',
      groupId: live.app.demo.groups[0]!.id,
      createdAt: new Date().toISOString(),
      revokedAt: null,
    });
  });

  /** A column of the board, by its heading (its title, then its count). */
  const column = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^${title} \\(`) });
  const note = (page: Page, text: string) => page.locator('.reflection-note').filter({ hasText: text });

  it(
    'F1, F3: a participant with a Welsh browser adds a signed and an anonymous note, edits and deletes in Welsh; nothing in English, nothing past 390 px',
    async () => {
      const board = reflectionBoard();
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

      // The three columns by their Welsh titles, each with its question and empty.
      for (const [title, prompt] of [
        ['Cadw', "Beth weithiodd yn dda, y dylen ni barhau i'w wneud?"],
        ['Newid', 'Beth ddylen ni ei newid yn llwyr?'],
        ['Gwella', 'Beth allen ni ei wneud yn well?'],
      ] as const) {
        const region = await visible(column(page, title));
        await visible(region.getByText(prompt, { exact: true }));
        await visible(region.getByText('Dim byd yma eto.', { exact: true }));
      }
      await visible(page.getByText(/^Dim ond eich grŵp a'r hwyluswyr sy'n gweld y bwrdd hwn\./));

      const keep = column(page, 'Cadw');
      await keep.getByLabel('Nodyn newydd ar gyfer Cadw', { exact: true }).fill('Roedd y grwpiau bach yn gweithio');
      await keep.getByRole('button', { name: 'Ychwanegu nodyn at Cadw', exact: true }).click();
      await visible(note(page, 'Roedd y grwpiau bach yn gweithio').getByText('Gwenllian ap Rhys (chi)', { exact: true }));
      await visible(page.getByRole('heading', { name: 'Cadw (1)', exact: true }));

      const improve = column(page, 'Gwella');
      await improve.getByLabel('Nodyn newydd ar gyfer Gwella', { exact: true }).fill('Mwy o amser i drafod');
      await improve.getByRole('checkbox', { name: "Postio'n ddienw (Gwella)", exact: true }).check();
      await improve.getByRole('button', { name: 'Ychwanegu nodyn at Gwella', exact: true }).click();
      await visible(note(page, 'Mwy o amser i drafod').getByText('Dienw', { exact: true }));

      const content = [board.title, 'Gwenllian ap Rhys', 'Cyngor Gwynedd', 'Roedd y grwpiau bach yn gweithio', 'Mwy o amser i drafod'];
      expect(await englishLeftOver(page, 'cy', content, '.reflection-board')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'reflection-welsh-phone');

      // Editing and the question before deleting, in Welsh too.
      await page.getByRole('button', { name: "Golygu'r nodyn: Mwy o amser i drafod", exact: true }).click();
      await visible(page.getByLabel("Golygu'r nodyn", { exact: true }));
      await visible(page.getByRole('button', { name: "Cadw'r newidiadau", exact: true }));
      expect(await englishLeftOver(page, 'cy', content, '.reflection-board')).toEqual([]);
      await page.getByRole('button', { name: 'Canslo', exact: true }).click();
      await page.getByRole('button', { name: "Dileu'r nodyn: Roedd y grwpiau bach yn gweithio", exact: true }).click();
      const confirm = await visible(page.getByRole('group', { name: 'Cadarnhau dileu: Roedd y grwpiau bach yn gweithio' }));
      await visible(confirm.getByText("Dileu'r nodyn hwn i bawb?", { exact: true }));
      expect(await englishLeftOver(page, 'cy', content, '.reflection-board')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'reflection-welsh-phone-delete');
      await confirm.getByRole('button', { name: 'Ie, dileu', exact: true }).click();
      await note(page, 'Roedd y grwpiau bach yn gweithio').waitFor({ state: 'detached' });
      await visible(column(page, 'Cadw').getByText('Dim byd yma eto.', { exact: true }));
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );

  it(
    'F2, F3: a participant who chose German sees the board in German, adds a note and moves it, nothing in English, nothing past 390 px',
    async () => {
      const board = reflectionBoard();
      const { page, errors } = await germanOnBoard(
        live.browser,
        `${live.app.base}/join/${inviteCode}`,
        live.app.demo.workshop.title,
        board,
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

      for (const title of ['Beibehalten', 'Ändern', 'Verbessern']) await visible(column(page, title));
      await visible(column(page, 'Ändern').getByText('Was sollten wir grundlegend ändern?', { exact: true }));
      const change = column(page, 'Ändern');
      await change.getByLabel('Neue Notiz für „Ändern“', { exact: true }).fill('Kürzere Pausen');
      await change.getByRole('button', { name: 'Notiz hinzufügen: Ändern', exact: true }).click();
      await visible(note(page, 'Kürzere Pausen').getByText('Friederike Schwarzenberger-Hohenlohe (Sie)', { exact: true }));
      await page.getByRole('button', { name: 'Nach „Verbessern“ verschieben: Kürzere Pausen', exact: true }).click();
      await visible(column(page, 'Verbessern').locator('.reflection-note').filter({ hasText: 'Kürzere Pausen' }));
      await visible(page.getByRole('heading', { name: 'Ändern (0)', exact: true }));

      const content = [
        board.title,
        'Friederike Schwarzenberger-Hohenlohe',
        'Stadtentwicklungsgesellschaft',
        'Kürzere Pausen',
        'Mwy o amser i drafod',
      ];
      expect(await englishLeftOver(page, 'de', content, '.reflection-board')).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'reflection-german-phone');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    browserTestMs,
  );
});

/**
 * Elements whose text reaches past their own box or past the window (a long Welsh or German word
 * in a heading or the big timer), as "tag.class: text".
 */
const textSticksOut = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll<HTMLElement>(sel))
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.innerText.slice(0, 60)}`);
  }, selector);

/** SPEC F1–F3 on the plenary view and the presenter view (what the projector shows), for an observer of a live workshop. */
describe.runIf(browserAvailable())(`the plenary and presenter views in Welsh and German (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  const languages = [
    {
      locale: 'cy-GB',
      lang: 'cy',
      name: 'Gwenllian Prydderch-Llewelyn',
      organisation: 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf',
      join: ['Enw', 'Sefydliad', 'Ymuno'],
      follow: 'Dilyn yr hwylusydd',
      comment: ['Eich sylw', 'Anfon sylw'],
      headings: ['Agenda', "Sylwadau'r sylwedyddion"],
      now: 'Nawr',
      done: 'Wedi gorffen',
      groups: 'Mae pob grŵp yn gweithio ar ei fwrdd ei hun',
      spotlight: 'Dan sylw',
    },
    {
      locale: 'de-DE',
      lang: 'de',
      name: 'Friederike Schwarzenberger-Hohenlohe',
      organisation: 'Stadtentwicklungsgesellschaft',
      join: ['Name', 'Organisation', 'Teilnehmen'],
      follow: 'Der Moderation folgen',
      comment: ['Ihr Kommentar', 'Kommentar senden'],
      headings: ['Ablauf', 'Kommentare der Beobachtenden'],
      now: 'Jetzt',
      done: 'Erledigt',
      groups: 'Jede Gruppe arbeitet an ihrer eigenen Arbeitsfläche',
      spotlight: 'Im Mittelpunkt',
    },
  ];

  for (const l of languages)
    it(
      `F1, F3: an observer with a ${l.lang} browser sees the plenary (agenda, groups, timer, comments) and a spotlit board's presenter view with nothing in English, nothing past 390 px or 1280 px`,
      async () => {
        const workshop = await createLiveWorkshop(live.app, `Plenary ${l.lang}`);
        const id = workshop.workshop.id;
        const group1 = workshop.groups[0]!;
        const map1 = await boardFor(live.app, id, 'mapping', group1.id);
        const boards = await live.app.server.store.listBoards(id);
        const comment = l.lang === 'cy' ? 'Mae angen data agored ar y gwasanaethau bws.' : 'Wir brauchen offene Daten zu den Buslinien.';
        const content = [
          workshop.workshop.title,
          'A short live run.',
          ...workshop.workshop.agenda.map((a) => a.title),
          ...boards.map((b) => b.title),
          ...workshop.groups.map((g) => g.name),
          'Bus lanes',
          'Fatima Reyes',
          l.name,
          l.organisation,
          comment,
        ];

        // The facilitator runs the workshop from an English browser.
        const fac = await newPerson(live.browser);
        await signInFacilitator(fac.page, live.app);
        await fac.page.goto(`${live.app.base}/w/${id}`);
        await mainHeading(fac.page, workshop.workshop.title);

        // The observer joins in their language and stays on the plenary (not following).
        const { page, errors } = await personIn(live.browser, l.locale);
        await page.goto(`${live.app.base}/join/${workshop.invites.observer.code}`);
        await page.getByLabel(l.join[0]!, { exact: true }).fill(l.name);
        await page.getByLabel(l.join[1]!, { exact: true }).fill(l.organisation);
        await page.getByRole('button', { name: l.join[2]!, exact: true }).click();
        await mainHeading(page, workshop.workshop.title);
        const follow = page.getByRole('switch', { name: l.follow });
        if ((await follow.getAttribute('aria-checked')) === 'true') await follow.click();
        await page.goto(`${live.app.base}/w/${id}/plenary`);
        await visible(page.getByRole('heading', { name: l.headings[0]!, exact: true }));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.lang);

        // The first activity done, the mapping in groups running with its timer.
        const [welcome, mapping] = workshop.workshop.agenda.map((a) => a.title) as [string, string];
        await fac.page.getByRole('button', { name: `Start ${welcome}`, exact: true }).click();
        await visible(page.getByRole('heading', { level: 1, name: welcome }));
        await fac.page.getByRole('button', { name: `Start ${mapping}`, exact: true }).click();
        await visible(page.getByRole('heading', { level: 1, name: mapping }));
        await visible(page.locator('.plenary-main').getByRole('timer'));
        await visible(page.getByRole('heading', { name: l.groups, exact: true }));
        await visible(page.locator('.plenary-agenda').getByText(l.now, { exact: true }));
        await visible(page.locator('.plenary-agenda').getByText(new RegExp(`^${l.done} · `)));
        for (const heading of l.headings) await visible(page.getByRole('heading', { name: heading, exact: true }));

        await page.getByLabel(l.comment[0]!, { exact: true }).fill(comment);
        await page.getByRole('button', { name: l.comment[1]!, exact: true }).click();
        await visible(page.locator('.comments-list').getByText(comment));

        expect(await englishLeftOver(page, l.lang, content)).toEqual([]);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await textSticksOut(page, '.plenary h1, .plenary h2, .plenary .timer, .plenary-kind')).toEqual([]);
        await screenshot(page, `plenary-${l.lang}-phone`);

        // The facilitator puts Group 1's map in the spotlight: the projector shows the presenter view.
        await fac.page.getByLabel('Board to show on every screen', { exact: true }).selectOption(map1.id);
        await fac.page.getByRole('button', { name: 'Spotlight', exact: true }).click();
        await mainHeading(page, map1.title);
        await visible(page.getByRole('region', { name: `${l.spotlight}: ${map1.title}` }));
        await visible(page.locator('.presenter-band').getByRole('timer'));
        for (const size of [phone, { width: 1280, height: 800 }]) {
          await page.setViewportSize(size);
          // The band (activity, group, big timer): the board's own words (the map editor) are not converted yet.
          expect(await englishLeftOver(page, l.lang, content, '.presenter-band')).toEqual([]);
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          expect(await textSticksOut(page, '.presenter-band h1, .presenter-band .timer, .presenter-activity')).toEqual([]);
          await screenshot(page, `presenter-${l.lang}-${size.width}`);
        }
        expect(await englishLeftOver(page, l.lang, content, '.presenter-band')).toEqual([]);
        expect(errors).toEqual([]);
        await fac.context.close();
        await page.context().close();
      },
      browserTestMs,
    );
});

/**
 * SPEC F6 on the board page, and the parts of it every board shows (its header's status, who is
 * here, the vote): participants of a German workshop open its map board straight from its address.
 */
describe.runIf(browserAvailable())(`a board page in the workshop's language (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'F6, F3: participants of a German workshop open its map directly: status, presence and the vote in German, or in Welsh for one who chose it; nothing in English, nothing past 390 px',
    async () => {
      const workshop = await createLiveWorkshop(live.app, 'Datenwerkstatt Ruhr');
      const id = workshop.workshop.id;
      const stored = await live.app.server.store.getWorkshop(id);
      if (!stored) throw new Error('the workshop was not stored');
      await live.app.server.store.updateWorkshop(withLanguage(stored, 'de'));
      const group1 = workshop.groups[0]!;
      const map = await boardFor(live.app, id, 'mapping', group1.id);
      const doc = new Y.Doc();
      initBoardDoc(doc, 'ecosystem-map');
      addActor(doc, { id: 'utility', name: 'Stadtwerke Bochum', roles: [], tags: [], position: { x: 0, y: 0 } });
      await live.app.server.store.appendUpdates(map.id, [Y.encodeStateAsUpdate(doc)]);
      const code = 'board-language-group-1-invite';
      await live.app.server.store.createInvite({
        code,
        workshopId: id,
        role: 'participant',
        groupId: group1.id,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      });

      // The facilitator chose English for themselves: they open a round of 3 votes on Group 1's map.
      const fac = await newPerson(live.browser);
      await signInFacilitator(fac.page, live.app);
      await fac.page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('en');
      await fac.page.goto(`${live.app.base}/w/${id}`);
      await mainHeading(fac.page, workshop.workshop.title);
      await fac.page.getByLabel('Board to vote on', { exact: true }).selectOption(map.id);
      await fac.page.getByLabel('Votes each', { exact: true }).fill('3');
      await fac.page.getByRole('button', { name: 'Open voting', exact: true }).click();
      // And watch the map in a second tab, so the participants see a facilitator among them.
      const watch = await fac.context.newPage();
      await watch.goto(`${live.app.base}/b/${map.id}`);
      await mainHeading(watch, map.title);
      await boardLive(watch);

      const people = [
        { lang: 'de', name: 'Friederike Schwarzenberger-Hohenlohe', organisation: 'Stadtentwicklungsgesellschaft' },
        { lang: 'cy', name: 'Gwenllian ap Rhys', organisation: 'Cyngor Gwynedd' },
      ] as const;
      const words = {
        de: {
          connection: /^Verbindung: Live: /,
          saved: 'Gespeichert',
          here: 'Auf dieser Arbeitsfläche:',
          you: '(Sie)',
          facilitator: 'Moderation',
          open: 'Die Abstimmung läuft · 3 von 3 Stimmen übrig',
          vote: 'Stimme für: Stadtwerke Bochum',
          voted: '2 von 3 Stimmen übrig',
          mine: 'Von Ihnen: 1',
        },
        cy: {
          connection: /^Cysylltiad: Byw: /,
          saved: 'Wedi cadw',
          here: 'Ar y bwrdd hwn:',
          you: '(chi)',
          facilitator: 'Hwylusydd',
          open: "Mae'r bleidlais ar agor · 3 o 3 pleidlais ar ôl",
          vote: 'Pleidleisio dros: Stadtwerke Bochum',
          voted: '2 o 3 pleidlais ar ôl',
          mine: 'Eich pleidleisiau: 1',
        },
      };
      const content = [
        workshop.workshop.title,
        map.title,
        ...workshop.groups.map((g) => g.name),
        ...workshop.workshop.agenda.map((a) => a.title),
        'Stadtwerke Bochum',
        'Fatima Reyes',
        ...people.flatMap((p) => [p.name, p.organisation]),
      ];

      const pages: Page[] = [];
      for (const person of people) {
        // An English browser: the invite opens in the workshop's German (F6).
        const { page, errors } = await personIn(live.browser, 'en-GB');
        pages.push(page);
        await page.goto(`${live.app.base}/join/${code}`);
        await page.getByLabel('Name', { exact: true }).fill(person.name);
        await page.getByLabel('Organisation', { exact: true }).fill(person.organisation);
        await page.getByRole('button', { name: 'Teilnehmen', exact: true }).click();
        await mainHeading(page, workshop.workshop.title);
        // The Welsh speaker picks Welsh in the header: their own choice wins over the workshop's.
        if (person.lang === 'cy') {
          await page.getByRole('combobox', { name: 'Sprache' }).selectOption('cy');
          await page.waitForFunction(() => document.documentElement.lang === 'cy');
        }

        // The board opened from its address: a page that starts afresh, in the browser's English,
        // and reads the workshop's language from the board.
        await page.goto(`${live.app.base}/b/${map.id}`);
        await mainHeading(page, map.title);
        const w = words[person.lang];
        await boardLive(page, w.connection);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(person.lang);
        expect(await page.locator('.workspace-status .connection').getAttribute('data-word')).toBe(w.saved);
        const here = page.getByRole('region', { name: w.here });
        await visible(here.getByRole('listitem').filter({ hasText: `${person.name} ${w.you}` }));
        await visible(here.getByRole('listitem').filter({ hasText: `Fatima Reyes · ${w.facilitator}` }));

        await visible(page.locator('.vote-budget').getByRole('status').filter({ hasText: w.open }));
        await zoomToFit(page);
        await actorNode(page, 'Stadtwerke Bochum').getByRole('button', { name: w.vote, exact: true }).click();
        await visible(page.locator('.vote-budget').getByRole('status').filter({ hasText: w.voted }));
        await visible(actorNode(page, 'Stadtwerke Bochum').getByText(w.mine, { exact: true }));

        for (const part of ['.workspace-header', '.vote-budget', '.react-flow__node-actor .vote'])
          expect(await englishLeftOver(page, person.lang, content, part), part).toEqual([]);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `board-${person.lang}-phone`);
        expect(errors).toEqual([]);
      }
      // The German participant sees the Welsh one among the people here, in German.
      await visible(pages[0]!.getByRole('region', { name: words.de.here }).getByText(people[1].name, { exact: true }));
      for (const page of pages) await page.context().close();
      await fac.context.close();
    },
    browserTestMs,
  );
});
