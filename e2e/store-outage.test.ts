import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readQuickNotes } from '../src/doc/index.js';
import { createDemoWorkshop } from '../src/server/services/demoWorkshop.js';
import { browserAvailable, chromiumPath, databaseUrl } from '../test/setup/optional.js';
import { proxiedPostgres, storedBoard } from '../test/support/proxiedPostgres.js';
import { startTcpProxy, type TcpProxy } from '../test/support/tcpProxy.js';
import { startTestServer, type TestServer } from '../test/support/testServer.js';
import { waitFor } from '../test/support/waitFor.js';
import { addNote, boardLive, submitJoin } from './support/app.js';
import { browserTestMs, launchBrowser, mainHeading, newPerson, pageErrors, visible } from './support/browser.js';

const url = databaseUrl();

/** The board page's connection line (role status), whatever it says. */
function connectionLine(page: Page) {
  return page.getByRole('status').filter({ hasText: /^Connection: / });
}

async function noteTexts(open: Parameters<typeof storedBoard>[0], boardId: string): Promise<string[]> {
  return readQuickNotes(await storedBoard(open, boardId)).map((n) => n.text);
}

describe.runIf(browserAvailable() && url !== null)(`the page while PostgreSQL is unreachable (Chromium at ${chromiumPath})`, () => {
  let proxy: TcpProxy | null = null;
  let server: TestServer | null = null;
  let closeBrowser = async () => {};
  afterAll(async () => {
    await closeBrowser();
    // Back to forwarding first, so the server's last writes and the schema's removal go through.
    proxy?.setMode('forward');
    proxy?.resetAll();
    await server?.dispose();
    await proxy?.close();
  });

  it(
    'D1, D8: an edit made while the database is cut shows "Saving…", not "All changes saved", until it is stored when the database is back',
    async () => {
      const target = new URL(url!);
      proxy = await startTcpProxy({ host: target.hostname || '127.0.0.1', port: Number(target.port || 5432) });
      // Statements give up after 6 s (8 s on the client), then the write is tried again.
      const { handle, direct } = proxiedPostgres(proxy, { connectTimeoutMs: 1000, statementTimeoutMs: 6000 });
      server = await startTestServer('postgres', { webDir: join(process.cwd(), 'dist', 'web') }, handle);
      const demo = await createDemoWorkshop(server.store, new Date());
      const map = demo.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === demo.groups[0]?.id)!;
      const browser = await launchBrowser();
      closeBrowser = () => browser.close();
      const { page } = await newPerson(browser);
      await submitJoin(page, `${server.base}/join/${demo.invites.participant.code}`, 'Amira Haddad', 'City Council data team');
      await mainHeading(page, demo.workshop.title);
      await page.getByRole('link', { name: map.title, exact: true }).click();
      await mainHeading(page, map.title);
      await boardLive(page);

      await addNote(page, 'Stored before the cut');
      await waitFor('the first note in the store', async () => (await noteTexts(direct, map.id)).includes('Stored before the cut'));
      await visible(connectionLine(page).filter({ hasText: 'All changes saved.' }));

      proxy.setMode('blackhole');
      await addNote(page, 'Made while the database is cut');
      // The page says so after a second of waiting for the acknowledgement (useBoard's slow save).
      await visible(connectionLine(page).filter({ hasText: 'Saving… your latest changes are not stored yet' }));
      expect(await connectionLine(page).filter({ hasText: 'All changes saved' }).count()).toBe(0);
      // Still live: the edit reached the server, which holds its acknowledgement.
      expect(await connectionLine(page).textContent()).toMatch(/^Connection: Live: /);
      expect(await noteTexts(direct, map.id)).not.toContain('Made while the database is cut');
      // Well past a first failed try (statement timeout 6 s, 8 s on the client): still not saved.
      await new Promise((r) => setTimeout(r, 9000));
      expect(await connectionLine(page).filter({ hasText: 'All changes saved' }).count()).toBe(0);
      expect(await noteTexts(direct, map.id)).not.toContain('Made while the database is cut');

      proxy.setMode('forward');
      proxy.resetAll();
      await waitFor(
        'the page to say all changes are saved',
        async () => (await connectionLine(page).filter({ hasText: 'All changes saved.' }).count()) === 1,
        30_000,
      );
      expect(await noteTexts(direct, map.id)).toEqual(expect.arrayContaining(['Stored before the cut', 'Made while the database is cut']));
      expect(pageErrors(page)).toEqual([]);
    },
    // The usual browser test's time, plus the wait through a failed write.
    browserTestMs + 30_000,
  );
});
