import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../src/doc/index.js';
import { addActor, updateActor } from '../src/doc/map/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { addNote, boardLive, joinDemo, runApp } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, visible } from './support/browser.js';
import { waitFor } from '../test/support/waitFor.js';
import { holdableSockets } from './support/heldSockets.js';
import { actorNames } from './support/map.js';

const names = ['City Council', 'Fire and Rescue Service', 'University air lab'];
/** Long enough that the board (about 6 kB) dwarfs every message that is not a copy of it. */
const about = 'Keeps readings of air quality from sensors across the city, '.repeat(30);

describe.runIf(browserAvailable())(`a board opens from its stored state (Chromium at ${chromiumPath})`, () => {
  // No compaction during the test: every write the page causes stays a row of the log.
  const live = runApp({ compactAfterMs: 600_000 });

  it(
    'draws the stored map while the live connection is still held, then syncs only what is new and sends nothing back',
    async () => {
      const { app } = live;
      const stored = new Y.Doc();
      initBoardDoc(stored, 'ecosystem-map');
      for (const [i, name] of names.entries())
        addActor(stored, { id: `a${i}`, name: `${name} (draft)`, type: 'public', roles: ['steward'], tags: [], description: about });
      // Renamed since: the board has deletions, which a page opening it must not store again.
      for (const [i, name] of names.entries()) updateActor(stored, `a${i}`, { name });
      const update = Y.encodeStateAsUpdate(stored);
      await app.server.store.appendUpdates(app.mapBoard.id, [update]);
      const rowsBefore = (await app.server.store.loadBoardState(app.mapBoard.id)).updates.length;

      const { page } = await newPerson(live.browser);
      await joinDemo(page, app, 'participant', 'Amira Haddad', 'City Council data team');
      const sockets = await holdableSockets(page);
      sockets.hold();
      await page.getByRole('link', { name: app.mapBoard.title, exact: true }).click();
      await mainHeading(page, app.mapBoard.title);

      // Nothing has passed on the live connection yet, and the map is there.
      await visible(page.getByRole('status').filter({ hasText: /^Connection: Connecting/ }));
      expect(await actorNames(page)).toEqual([...names].sort());
      expect(sockets.sizes.toPage).toEqual([]);

      sockets.release();
      await boardLive(page);
      // The page sent no copy of the board back as an edit, and the first sync brought only
      // what the stored state lacked (nothing): no message near the board's size either way.
      const largest = (sizes: number[]) => Math.max(0, ...sizes);
      expect(largest(sockets.sizes.toServer)).toBeLessThan(update.length / 2);
      expect(largest(sockets.sizes.toPage)).toBeLessThan(update.length / 2);
      // A note written now is stored after anything the opening stored (one write at a time per
      // board): once it is on disk, every row since the opening is the note's, none a copy of
      // the board's deletions.
      const note = 'Who calibrates the sensors?';
      await addNote(page, note);
      const rows = await waitFor('the note to be stored', async () => {
        const { updates } = await app.server.store.loadBoardState(app.mapBoard.id);
        const since = updates.slice(rowsBefore).map((row) => row.update);
        return since.some((u) => Buffer.from(u).includes(note)) ? since : null;
      });
      expect(rows.map((u) => Buffer.from(u).includes(note))).toEqual([true]);
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});
