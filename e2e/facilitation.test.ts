import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../src/server/services/createWorkshop.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { signInFacilitator, runApp, submitJoin } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, screenshot, seriousAxeViolations, visible } from './support/browser.js';
import { boardFor, createLiveWorkshop, participantsOf, timerText, unfoldFacilitatorBar, waitUntil } from './support/live.js';

const title = 'Riverside live run';

/** A whole-page picture from the top (a sticky bar would otherwise sit wherever the page was scrolled). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

interface Person {
  name: string;
  organisation: string;
  page: Page;
}

describe.runIf(browserAvailable())(`a facilitator runs a workshop live (Chromium at ${chromiumPath})`, () => {
  const live = runApp();
  let workshop: CreatedWorkshop;
  beforeAll(async () => {
    workshop = await createLiveWorkshop(live.app, title);
  });

  it(
    'creates a workshop from a template, then edits its agenda (the server makes the boards) and its details',
    async () => {
      const { context, page } = await newPerson(live.browser);
      await signInFacilitator(page, live.app);
      await page.getByLabel('Title', { exact: true }).fill('Canal data ethics');
      await page.getByRole('radio', { name: 'Data ethics canvas (90 minutes)' }).check();
      await visible(page.locator('.template-preview').getByText('Work through the canvas'));
      await page.getByLabel('Projects', { exact: true }).fill('Canal sensors');
      await page.getByRole('button', { name: 'Create workshop', exact: true }).click();
      await mainHeading(page, 'Canal data ethics');
      const agenda = page.locator('ol.agenda');
      await visible(agenda.getByText('Work through the canvas'));
      await visible(page.getByRole('link', { name: 'Work through the canvas — Group 1', exact: true }));

      // Agenda: the last activity moves up, a reflection is added at the end, with its minutes.
      await page.getByRole('button', { name: 'Move Keep, change, improve up' }).press('Enter');
      await visible(page.getByRole('status').filter({ hasText: 'Keep, change, improve is now number 4.' }));
      await page.getByRole('button', { name: 'Add an activity' }).click();
      await page.getByLabel('Title of activity 6', { exact: true }).fill('Second reflection');
      await page.getByLabel('Kind of activity 6', { exact: true }).selectOption('reflection');
      await page.getByLabel('Minutes for activity 6', { exact: true }).fill('12');
      await page.getByRole('button', { name: 'Save agenda' }).click();
      await visible(page.getByRole('status').filter({ hasText: 'Agenda saved.' }));
      await visible(page.getByRole('link', { name: 'Second reflection — Group 2', exact: true }));
      const titles = await agenda.locator('.agenda-title').allTextContents();
      expect(titles.slice(3)).toEqual(['Keep, change, improve', 'Share findings and actions', 'Second reflection']);

      // Details: a new title and a meeting link (PATCH).
      await page.getByLabel('Workshop title', { exact: true }).fill('Canal data ethics, spring');
      await page.getByLabel('Meeting link', { exact: true }).fill('https://meet.example.org/canal');
      await page.getByRole('button', { name: 'Save details' }).click();
      await mainHeading(page, 'Canal data ethics, spring');
      await visible(page.getByRole('link', { name: /Open the meeting link/ }));
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
    browserTestMs,
  );

  it(
    'groups, start, timer, spotlight, hands, reactions, comments, reflection with anonymous notes and voting, a refusal, a stale client',
    async () => {
      const id = workshop.workshop.id;
      const home = `${live.app.base}/w/${id}`;
      // bypassCSP only so that axe-core can be injected (facilitator and observer pages are checked).
      const fac = await newPerson(live.browser, { bypassCSP: true });
      const obs = await newPerson(live.browser, { bypassCSP: true });
      const people: Person[] = [];
      for (const [name, organisation] of [
        ['Amira Haddad', 'City Council'],
        ['Ben Okafor', 'Fire and Rescue Service'],
        ['Chloé Martin', 'City Council'],
      ] as const) {
        const { page } = await newPerson(live.browser);
        people.push({ name, organisation, page });
      }

      // Everyone joins and lands on the workshop home; the facilitator signs in.
      for (const p of people) {
        await submitJoin(p.page, `${live.app.base}/join/${workshop.invites.participant.code}`, p.name, p.organisation);
        await mainHeading(p.page, title);
      }
      await submitJoin(obs.page, `${live.app.base}/join/${workshop.invites.observer.code}`, 'Olu Adeyemi', 'Regional Authority');
      await mainHeading(obs.page, title);
      await signInFacilitator(fac.page, live.app);
      await fac.page.goto(home);
      await mainHeading(fac.page, title);
      const bar = fac.page.locator('.facilitator-bar');
      await visible(bar.getByRole('heading', { name: 'Run the workshop' }));
      // Presence on the control document: the facilitator sees who is here and where.
      for (const p of people) await visible(bar.locator('.people-here').getByText(p.name));

      // Groups, automatically: colleagues from the City Council end up apart.
      await fac.page.getByLabel('Number of groups', { exact: true }).fill('2');
      await fac.page.getByRole('button', { name: 'Make groups automatically' }).click();
      // It asks first, showing who would move.
      await fac.page.getByRole('button', { name: /^(Move them|Keep these groups)$/ }).click();
      await visible(fac.page.getByRole('status').filter({ hasText: 'Groups made: 3 people in 2 groups' }));
      const cards = fac.page.locator('.group-card');
      for (const p of people) await visible(cards.filter({ hasText: p.name }).filter({ hasText: p.organisation }));
      const split = await participantsOf(live.app, id);
      const groupOf = (name: string) => split.find((p) => p.name === name)?.groupId;
      expect(groupOf('Amira Haddad')).not.toBe(groupOf('Chloé Martin'));
      // And by hand, from the keyboard-friendly select: Ben moves to the other group.
      const ben = fac.page.getByLabel('Group for Ben Okafor', { exact: true });
      const benTo = workshop.groups.find((g) => g.id !== groupOf('Ben Okafor'))!;
      await ben.selectOption(benTo.id);
      await visible(fac.page.getByRole('status').filter({ hasText: `Ben Okafor is now in ${benTo.name}.` }));
      await visible(cards.filter({ has: fac.page.getByRole('heading', { name: benTo.name }) }).getByText('Ben Okafor'));
      await shot(fac.page, 'facilitation-groups');

      const final = await participantsOf(live.app, id);
      const group = (p: Person) => final.find((x) => x.name === p.name)!.groupId!;
      const nameOf = (groupId: string) => workshop.groups.find((g) => g.id === groupId)!.name;
      const pairGroup = group(people[0]!) === benTo.id ? benTo.id : group(people[2]!);
      const pair = people.filter((p) => group(p) === pairGroup);
      const solo = people.find((p) => group(p) !== pairGroup)!;
      expect(pair).toHaveLength(2);

      // Start mapping: each participant lands on their own group's board; the observer on the plenary view.
      await fac.page.getByRole('button', { name: 'Start Map the data ecosystem', exact: true }).click();
      for (const p of people) await mainHeading(p.page, `Map the data ecosystem — ${nameOf(group(p))}`);
      await mainHeading(obs.page, 'Map the data ecosystem');
      expect(new URL(obs.page.url()).pathname).toBe(`/w/${id}/plenary`);
      await visible(people[0]!.page.getByRole('switch', { name: 'Following the facilitator' }));

      // The timer everyone sees: paused, every screen shows the same time; +1 minute shows everywhere.
      // The button shows what pressing does: ❚❚ (pause) while the timer runs, ▶ once paused; the running
      // timer's mark is a round dot, not a ▶ that would read as "paused".
      const pauseButton = fac.page.getByRole('button', { name: 'Pause timer' });
      expect(await pauseButton.textContent()).toContain('❚❚');
      expect(
        await fac.page
          .locator('.timer-running .timer-mark')
          .first()
          .evaluate((el) => getComputedStyle(el).borderRadius),
      ).toBe('50%');
      await pauseButton.click();
      expect(await fac.page.getByRole('button', { name: 'Resume timer' }).textContent()).toContain('▶');
      const everyone = [fac.page, obs.page, ...people.map((p) => p.page)];
      const paused = await timerText(fac.page);
      expect(paused).toMatch(/^(9|10):\d\d$/);
      for (const page of everyone)
        await waitUntil(
          'the same time left everywhere',
          () => timerText(page),
          (t) => t === paused,
        );
      await fac.page.getByRole('button', { name: '+1 min' }).click();
      const added = await waitUntil(
        'a minute more',
        () => timerText(fac.page),
        (t) => t !== paused,
      );
      for (const page of everyone)
        await waitUntil(
          'the added minute everywhere',
          () => timerText(page),
          (t) => t === added,
        );
      await fac.page.getByRole('button', { name: 'Resume timer' }).click();
      await visible(fac.page.getByRole('button', { name: 'Pause timer' }));
      await shot(people[0]!.page, 'facilitation-participant-board');

      // axe: the plenary view (observer) and the facilitator bar, with live state showing.
      const plenaryProblems = await seriousAxeViolations(obs.page);
      expect(plenaryProblems, `axe on the plenary view:\n${plenaryProblems.join('\n')}`).toEqual([]);
      const barProblems = await seriousAxeViolations(fac.page);
      expect(barProblems, `axe on the facilitator's workshop home:\n${barProblems.join('\n')}`).toEqual([]);
      await shot(fac.page, 'facilitation-facilitator-home');
      await shot(obs.page, 'facilitation-plenary-observer');

      // A hand goes up; the facilitator lowers it.
      const raiser = people[0]!;
      await raiser.page.getByRole('button', { name: 'Raise hand', exact: true }).click();
      await visible(raiser.page.getByRole('button', { name: 'Lower hand', exact: true }));
      await visible(bar.getByText('1 hand up'));
      await bar.getByRole('button', { name: `Lower ${raiser.name}’s hand` }).click();
      await visible(raiser.page.getByRole('button', { name: 'Raise hand', exact: true }));
      await visible(bar.getByText('0 hands up'));

      // An observer's comment reaches the facilitator live.
      await obs.page.getByLabel('Your comment', { exact: true }).fill('Who pays for the sensors?');
      await obs.page.getByRole('button', { name: 'Send comment' }).click();
      await visible(bar.locator('.comments-list').getByText('Who pays for the sensors?'));

      // Spotlight Group 1's map: everyone (participants and observer) is taken to it.
      const group1 = workshop.groups.find((g) => g.name === 'Group 1')!;
      const map1 = await boardFor(live.app, id, 'mapping', group1.id);
      await fac.page.getByLabel('Board to show on every screen', { exact: true }).selectOption(map1.id);
      await fac.page.getByRole('button', { name: 'Spotlight', exact: true }).click();
      for (const page of [obs.page, ...people.map((p) => p.page)]) await mainHeading(page, map1.title);
      await visible(people[0]!.page.getByText('Group 1’s board is in the spotlight'));

      // A reaction floats on everyone's screen at the same board (announced in words too).
      await people[0]!.page.getByRole('button', { name: 'Reactions', exact: true }).click();
      await people[0]!.page.getByRole('button', { name: 'React: Applause' }).click();
      await visible(people[1]!.page.locator('.reaction-float').first());
      await waitUntil(
        'the reaction announced',
        async () => (await people[1]!.page.locator('[aria-live="polite"].visually-hidden').allTextContents()).join(' '),
        (text) => text.includes(`${people[0]!.name}: Applause`),
      );
      await shot(obs.page, 'facilitation-spotlight');
      // The reactions menu folds away again (it drops down over the board's panel).
      await people[0]!.page.getByRole('button', { name: 'Reactions', exact: true }).click();
      await expect.poll(() => people[0]!.page.locator('.reaction-popover:not([hidden])').count()).toBe(0);

      // Dot voting on the spotlit map's quick notes (in the board panel's Notes tab), counts shown
      // only when voting closes. While it is presented the board is Group 1's alone (SPEC A12), so
      // someone of Group 1 writes and votes; someone of the other group watches, read-only.
      const voter = people.find((p) => group(p) === group1.id)!;
      const watcher = people.find((p) => group(p) !== group1.id)!;
      for (const p of [voter, watcher]) await p.page.getByRole('tab', { name: 'Notes' }).click();
      await visible(watcher.page.locator('.workspace-header').getByText('Read only', { exact: true }));
      await voter.page.getByLabel('Add a note', { exact: true }).fill('Who owns the sensors?');
      await voter.page.getByRole('button', { name: 'Add note', exact: true }).click();
      await fac.page.getByLabel('Board to vote on', { exact: true }).selectOption(map1.id);
      await fac.page.getByLabel('Votes each', { exact: true }).fill('1');
      await fac.page.getByLabel('Show the counts', { exact: true }).selectOption('end');
      await fac.page.getByRole('button', { name: 'Open voting' }).click();
      await voter.page.getByRole('button', { name: 'Vote for: Who owns the sensors?' }).click();
      await visible(voter.page.getByRole('status').filter({ hasText: '0 of 1 vote left' }));
      const quickNote = watcher.page.locator('.notes .note').filter({ hasText: 'Who owns the sensors?' });
      await visible(quickNote);
      await visible(watcher.page.getByRole('status').filter({ hasText: 'Voting is open' }));
      expect(await quickNote.locator('.vote-total').count()).toBe(0);
      await bar.getByRole('button', { name: 'Close voting' }).click();
      await visible(quickNote.getByText('1 vote', { exact: true }));
      await visible(voter.page.getByRole('status').filter({ hasText: 'Voting has closed' }));

      // The spotlight ends: everyone goes back to their own group's board (the observer to the plenary view).
      await fac.page.getByRole('button', { name: 'End spotlight' }).click();
      for (const p of people) await mainHeading(p.page, `Map the data ecosystem — ${nameOf(group(p))}`);
      await mainHeading(obs.page, 'Map the data ecosystem');

      // From a board page, the facilitator's floating bar brings everyone to that board, then lets them go.
      const group2 = workshop.groups.find((g) => g.name === 'Group 2')!;
      const map2 = await boardFor(live.app, id, 'mapping', group2.id);
      await fac.page.goto(`${live.app.base}/b/${map2.id}`);
      await mainHeading(fac.page, map2.title);
      const dock = await unfoldFacilitatorBar(fac.page);
      await dock.getByRole('button', { name: 'Bring everyone here' }).click();
      for (const page of [obs.page, ...people.map((p) => p.page)]) await mainHeading(page, map2.title);
      await visible(people[0]!.page.getByText('The facilitator has brought everyone together.'));
      // The bar floats over the board's foot, clear of the map's tools at the top.
      const toolsBottom = await fac.page.getByRole('group', { name: 'Map tools' }).evaluate((el) => el.getBoundingClientRect().bottom);
      expect(await dock.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(toolsBottom);
      const dockProblems = await seriousAxeViolations(fac.page, '.facilitator-bar');
      expect(dockProblems, `axe on the docked facilitator bar:\n${dockProblems.join('\n')}`).toEqual([]);
      await dock.getByRole('button', { name: 'Let everyone go back' }).click();
      for (const p of people) await mainHeading(p.page, `Map the data ecosystem — ${nameOf(group(p))}`);
      await dock.getByRole('button', { name: 'All controls' }).click();
      await visible(dock.getByRole('button', { name: 'Start Keep, change, improve', exact: true }));
      // As the facilitator sees it: the floating bar, opened, over the bottom of the board.
      await fac.page.screenshot({ path: 'test-results/e2e/facilitation-facilitator-board.png' });

      // A stale client: Chloé's tab is away while the activity changes, then comes back.
      const stale = solo;
      const staleMap = await boardFor(live.app, id, 'mapping', group(stale));
      await stale.page.goto('about:blank');

      // One of the pair steps out of following; the other follows as usual.
      const [writer, reader] = pair as [Person, Person];
      await reader.page.getByRole('switch', { name: 'Following the facilitator' }).click();
      expect(await reader.page.getByRole('switch', { name: 'Following the facilitator' }).getAttribute('aria-checked')).toBe('false');

      // Start reflection: participants land on their group's reflection; the observer on the plenary view.
      await fac.page.getByRole('button', { name: 'Start Keep, change, improve', exact: true }).click();
      await mainHeading(writer.page, `Keep, change, improve — ${nameOf(pairGroup)}`);
      await mainHeading(obs.page, 'Keep, change, improve');
      // Who stepped out stays, is told where everyone is, and steps back in.
      await visible(reader.page.getByRole('link', { name: 'Go where everyone is' }));
      await mainHeading(reader.page, `Map the data ecosystem — ${nameOf(pairGroup)}`);
      await reader.page.getByRole('switch', { name: 'Following the facilitator' }).click();
      await mainHeading(reader.page, `Keep, change, improve — ${nameOf(pairGroup)}`);
      await stale.page.goto(`${live.app.base}/b/${staleMap.id}`);
      await mainHeading(stale.page, `Keep, change, improve — ${nameOf(group(stale))}`);

      // An anonymous note shows no author to the others; a named one shows its author.
      const keep = writer.page.getByRole('region', { name: /^Keep/ });
      await keep.getByLabel('New note for Keep', { exact: true }).fill('Mixing organisations in groups');
      await keep.getByRole('checkbox', { name: 'Post anonymously (Keep)' }).check();
      await keep.getByRole('button', { name: 'Add note to Keep' }).click();
      // The choice stays for the next note (safer for someone writing several); this one is signed.
      await keep.getByRole('checkbox', { name: 'Post anonymously (Keep)' }).uncheck();
      await keep.getByLabel('New note for Keep', { exact: true }).fill('Starting with the map');
      await keep.getByRole('button', { name: 'Add note to Keep' }).click();
      const readerKeep = reader.page.getByRole('region', { name: /^Keep/ });
      const anonymousNote = readerKeep.getByRole('listitem').filter({ hasText: 'Mixing organisations in groups' });
      await visible(anonymousNote.getByText('Anonymous', { exact: true }));
      expect(await anonymousNote.textContent()).not.toContain(writer.name);
      await visible(readerKeep.getByRole('listitem').filter({ hasText: 'Starting with the map' }).getByText(writer.name));

      // Dot voting on the pair's reflection, 2 votes each: the third vote is refused in the page.
      const reflection = await boardFor(live.app, id, 'reflect', pairGroup);
      await fac.page.getByLabel('Board to vote on', { exact: true }).selectOption(reflection.id);
      await fac.page.getByLabel('Votes each', { exact: true }).fill('2');
      await fac.page.getByRole('button', { name: 'Open voting' }).click();
      await visible(reader.page.getByRole('status').filter({ hasText: '2 of 2 votes left' }));
      const voteFor = (text: string) => reader.page.getByRole('button', { name: `Vote for: ${text}` });
      await voteFor('Mixing organisations in groups').click();
      await voteFor('Mixing organisations in groups').click();
      await visible(reader.page.getByRole('status').filter({ hasText: '0 of 2 votes left' }));
      // The button says it is unavailable (aria-disabled) but can still be reached and pressed from the keyboard.
      expect(await voteFor('Starting with the map').getAttribute('aria-disabled')).toBe('true');
      await voteFor('Starting with the map').focus();
      await reader.page.keyboard.press('Enter');
      await visible(reader.page.getByText('No votes left: you have placed all 2.'));
      const second = readerKeep.getByRole('listitem').filter({ hasText: 'Starting with the map' });
      await visible(second.getByText('0 votes'));
      // The counts are live for the writer too (reveal "as votes come in").
      await visible(keep.getByRole('listitem').filter({ hasText: 'Mixing organisations in groups' }).getByText('2 votes'));
      await shot(reader.page, 'facilitation-reflection-voting');

      // Someone from the other group opening this reflection's address is refused, in the server's words.
      await stale.page.goto(`${live.app.base}/b/${reflection.id}`);
      await mainHeading(stale.page, 'You cannot open this board');
      await visible(stale.page.getByRole('alert').filter({ hasText: 'This board is private to its group' }));
      await shot(stale.page, 'facilitation-refused');

      for (const page of everyone) expect(pageErrors(page), 'uncaught errors').toEqual([]);
    },
    browserTestMs,
  );
});
