import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../src/doc/index.js';
import { addActor } from '../src/doc/map/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, joinDemo, runApp } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, visible } from './support/browser.js';
import { holdableSockets } from './support/heldSockets.js';
import { actorNames } from './support/map.js';

const names = ['City Council', 'Fire and Rescue Service', 'University air lab'];
/** Long enough that the board (about 6 kB) dwarfs every message that is not a copy of it. */
const about = 'Keeps readings of air quality from sensors across the city, '.repeat(30);

describe.runIf(browserAvailable())(`a board opens from its stored state (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'draws the stored map while the live connection is still held, then syncs only what is new and sends nothing back',
    async () => {
      const { app } = live;
      const stored = new Y.Doc();
      initBoardDoc(stored, 'ecosystem-map');
      for (const [i, name] of names.entries())
        addActor(stored, { id: `a${i}`, name, type: 'public', roles: ['steward'], tags: [], description: about });
      const update = Y.encodeStateAsUpdate(stored);
      await app.server.store.appendUpdates(app.mapBoard.id, [update]);
      const sizeBefore = await app.server.store.boardSize(app.mapBoard.id);

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
      expect(await app.server.store.boardSize(app.mapBoard.id)).toBe(sizeBefore);
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});
