import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../src/doc/index.js';
import { addActor } from '../src/doc/map/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { boardLive, joinDemo, openMapBoard, runApp } from './support/app.js';
import { browserTestMs, mainHeading, newPerson, pageErrors, visible } from './support/browser.js';
import { holdableSockets } from './support/heldSockets.js';
import { actorNode, addActorByKeyboard, mapCanvas, seesActor, settled } from './support/map.js';

const actors = [
  { id: 'a0', name: 'City Council', position: { x: 0, y: 0 } },
  { id: 'a1', name: 'Fire and Rescue Service', position: { x: 420, y: 60 } },
  { id: 'a2', name: 'University air lab', position: { x: 160, y: 320 } },
];

describe.runIf(browserAvailable())(`a map board is drawn before its document loads (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'draws the map from GET /api/boards/:id/map while the document is held, not editable; then edits it in place, and the edit reaches a second participant',
    async () => {
      const { app } = live;
      const stored = new Y.Doc();
      initBoardDoc(stored, 'ecosystem-map');
      for (const a of actors) addActor(stored, { ...a, type: 'public', roles: ['steward'], tags: [] });
      await app.server.store.appendUpdates(app.mapBoard.id, [Y.encodeStateAsUpdate(stored)]);

      const { page } = await newPerson(live.browser);
      await joinDemo(page, app, 'participant', 'Amira Haddad', 'City Council data team');
      // The board's document cannot arrive: its stored state and its live connection are held.
      const heldState: Route[] = [];
      await page.route(/\/api\/boards\/[^/]+\/state$/, (route) => void heldState.push(route));
      const sockets = await holdableSockets(page);
      sockets.hold();
      const asked: string[] = [];
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await page.getByRole('link', { name: app.mapBoard.title, exact: true }).click();
      await mainHeading(page, app.mapBoard.title);

      // Drawn from the server's read of the map, and said to be connecting; no tool to change it yet.
      for (const a of actors) await visible(actorNode(page, a.name));
      expect(asked).toContain(`/api/boards/${app.mapBoard.id}/map`);
      await visible(page.getByRole('status').filter({ hasText: /^Connection: Connecting/ }));
      const tools = page.getByRole('group', { name: 'Map tools' });
      await visible(tools);
      expect(await tools.getByRole('button', { name: 'Actor', exact: true }).count()).toBe(0);
      expect(sockets.sizes.toPage).toEqual([]);
      const view = mapCanvas(page).locator('.react-flow__viewport');
      await settled(view);
      const before = { view: await view.getAttribute('style'), council: await actorNode(page, 'City Council').boundingBox() };

      // The document arrives: the same map, where it was, in the same view, and now editable.
      for (const route of heldState.splice(0)) await route.continue();
      await page.unroute(/\/api\/boards\/[^/]+\/state$/);
      sockets.release();
      await boardLive(page);
      await visible(tools.getByRole('button', { name: 'Actor', exact: true }));
      expect({ view: await view.getAttribute('style'), council: await actorNode(page, 'City Council').boundingBox() }).toEqual(before);

      // An edit made now reaches a second participant on the same board.
      const other = await newPerson(live.browser);
      await joinDemo(other.page, app, 'participant', 'Tomasz Nowak', 'Fire and Rescue Service');
      await openMapBoard(other.page, app);
      await seesActor(other.page, 'University air lab');
      await addActorByKeyboard(page, 'Community air group');
      await seesActor(other.page, 'Community air group');
      expect(pageErrors(page)).toEqual([]);
      expect(pageErrors(other.page)).toEqual([]);
    },
    browserTestMs,
  );

  it(
    'opened at its address, asks for the map once, as the app starts, before anything else; a canvas board at its address is asked for its map, refused, and fetches no map editor',
    async () => {
      const { app } = live;
      const { page, context } = await newPerson(live.browser);
      const errors = pageErrors(page);
      try {
        await joinDemo(page, app, 'participant', 'Nia Evans', 'Community group');
        const asked: string[] = [];
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path === `/api/boards/${app.mapBoard.id}/map`) asked.push('map');
          else if (path === '/api/me') asked.push('session');
          else if (/\/MapEditor-[^/]+\.js$/.test(path)) asked.push('editor code');
        });
        await page.goto(`${app.base}/b/${app.mapBoard.id}`);
        await mainHeading(page, app.mapBoard.title);
        await boardLive(page);
        expect(asked.filter((a) => a === 'map')).toEqual(['map']);
        expect(asked[0]).toBe('map');
        expect(asked.indexOf('editor code')).toBeGreaterThan(0);

        const canvas = app.demo.boards.find((b) => b.kind === 'ethics-canvas')!;
        const fetched: string[] = [];
        const other = await newPerson(live.browser);
        await joinDemo(other.page, app, 'observer', 'Owen Price', 'University');
        other.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
        await other.page.goto(`${app.base}/b/${canvas.id}`);
        await mainHeading(other.page, canvas.title);
        await other.page.waitForLoadState('networkidle');
        expect(fetched).toContain(`/api/boards/${canvas.id}/map`);
        expect(fetched.filter((p) => /\/MapEditor-[^/]+\.js$/.test(p))).toEqual([]);
        expect(errors).toEqual([]);
        await other.context.close();
      } finally {
        await context.close();
      }
    },
    browserTestMs,
  );
});
