import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import type { ServerConfig } from '../../src/server/config.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { createWorkshop, type CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { startTestServer, type TestServer } from '../../test/support/testServer.js';
import { launchBrowser, mainHeading, visible, waitMs } from './browser.js';

const webDir = join(process.cwd(), 'dist', 'web');

export const facilitator = { name: 'Fatima Reyes', email: 'fatima@example.org', password: 'a long test password' } as const;

/** The title of a workshop the facilitator account owns (the demo workshop has no owner). */
export const ownedTitle = 'Riverside data workshop';

export interface App {
  base: string;
  server: TestServer;
  /** The demo workshop, "Open Cities demo": two groups, a board of each kind per group, an invite per role. */
  demo: CreatedWorkshop;
  owned: CreatedWorkshop;
  /** The full invite link for a demo role. */
  inviteUrl(role: 'facilitator' | 'participant' | 'observer'): string;
  /** The demo's ecosystem map board of Group 1. */
  mapBoard: { id: string; title: string };
  dispose(): Promise<void>;
}

/**
 * A real server on port 0 over a fresh SQLite store, serving the built app from dist/web, with
 * the demo workshop and a facilitator account that owns one workshop of its own. `config`
 * changes the server's settings (its limits, say).
 */
export async function startApp(config: Partial<ServerConfig> = {}): Promise<App> {
  if (!existsSync(join(webDir, 'index.html')))
    throw new Error(`The web app is not built: ${webDir}/index.html is missing. Run \`npm run build\` first (npm test does it for you).`);
  const server = await startTestServer('sqlite', { webDir, ...config });
  const now = new Date();
  const demo = await createDemoWorkshop(server.store, now);
  const accountId = 'ac_e2e_facilitator';
  await server.store.createAccount({
    id: accountId,
    email: facilitator.email,
    name: facilitator.name,
    passwordHash: await hashPassword(facilitator.password),
    isAdmin: false,
    createdAt: now.toISOString(),
  });
  const owned = await createWorkshop(
    server.store,
    {
      title: ownedTitle,
      description: 'Flood sensors and who uses their data.',
      meetingLink: null,
      ownerId: accountId,
      groups: ['Group A', 'Group B'],
      projects: ['Flood warning'],
      boardsPerGroup: ['ecosystem-map', 'ethics-canvas', 'reflection'],
    },
    now,
  );
  const map = demo.boards.find((b) => b.kind === 'ecosystem-map' && b.groupId === demo.groups[0]?.id);
  if (!map) throw new Error('the demo workshop has no ecosystem map for Group 1');
  return {
    base: server.base,
    server,
    demo,
    owned,
    inviteUrl: (role) => `${server.base}/join/${demo.invites[role].code}`,
    mapBoard: { id: map.id, title: map.title },
    dispose: () => server.dispose(),
  };
}

/** The app and a browser of a describe block, there from its first test to its last. */
export interface Running {
  app: App;
  browser: Browser;
}

/** Starts the app (startApp) and Chromium before the block's tests and closes both after them. */
export function runApp(config: Partial<ServerConfig> = {}): Running {
  const running = {} as Running;
  beforeAll(async () => {
    running.app = await startApp(config);
    running.browser = await launchBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.app?.dispose();
  });
  return running;
}

/** Opens an invite link, fills Name and Organisation, presses Join; does not wait for the outcome. */
export async function submitJoin(page: Page, url: string, name: string, organisation: string): Promise<void> {
  await page.goto(url);
  await mainHeading(page, 'Join the workshop');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Organisation', { exact: true }).fill(organisation);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
}

/** Joins the demo workshop by invite and waits for its home page ("Open Cities demo" as h1). */
export async function joinDemo(page: Page, app: App, role: 'participant' | 'observer', name: string, organisation: string): Promise<void> {
  await submitJoin(page, app.inviteUrl(role), name, organisation);
  await mainHeading(page, app.demo.workshop.title);
}

/** From the workshop home, follows the link to the demo's Group 1 ecosystem map and waits until it is live. */
export async function openMapBoard(page: Page, app: App): Promise<void> {
  await page.getByRole('link', { name: app.mapBoard.title, exact: true }).click();
  await mainHeading(page, app.mapBoard.title);
  await boardLive(page);
}

/**
 * Waits until the board page says its connection is live (synced with the server) and the
 * board's own code has arrived (each kind's code is loaded when first opened: no part of the
 * page still says what it is loading). `saysLive`: how the status begins in the page's language.
 */
export async function boardLive(page: Page, saysLive: RegExp = /^Connection: Live: /): Promise<void> {
  await visible(page.getByRole('status').filter({ hasText: saysLive }));
  await page.locator('[data-part-loading]').first().waitFor({ state: 'detached', timeout: waitMs });
}

/** The "On this board:" presence bar. */
export function presenceBar(page: Page) {
  return page.getByRole('region', { name: 'On this board:' });
}

/**
 * Shows the board's quick notes: on a map board they are the Notes tab of the side panel
 * (opened first if it is closed); on a quick-notes board they are the board itself.
 */
export async function showNotes(page: Page): Promise<void> {
  const field = page.getByLabel('Add a note', { exact: true });
  const tab = page.getByRole('tab', { name: 'Notes', exact: true });
  const open = page.getByRole('button', { name: 'Panel', exact: true });
  await visible(field.or(tab).or(open).first());
  if (await field.isVisible()) return;
  if (await open.isVisible()) await open.click();
  await tab.click();
  await visible(field);
}

/** The board's notes as shown (each note's text). */
export async function noteTexts(page: Page): Promise<string[]> {
  await showNotes(page);
  return page.locator('.notes .note-text').allTextContents();
}

/** Adds a quick note through the form, as a person would. */
export async function addNote(page: Page, text: string): Promise<void> {
  await showNotes(page);
  await page.getByLabel('Add a note', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add note', exact: true }).click();
}

/** Signs the facilitator in on /signin and waits for their workshop list. */
export async function signInFacilitator(page: Page, app: App): Promise<void> {
  await page.goto(`${app.base}/signin`);
  await mainHeading(page, 'Facilitator sign in');
  await page.getByLabel('Email', { exact: true }).fill(facilitator.email);
  await page.getByLabel('Password', { exact: true }).fill(facilitator.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await mainHeading(page, 'Your workshops');
}
