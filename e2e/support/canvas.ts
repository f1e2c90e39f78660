import type { Locator, Page } from 'playwright-core';
import type { Dataset } from '../../src/domain/map/index.js';
import { addDataset } from '../../src/doc/map/index.js';
import { acknowledged, api, openSynced } from '../../test/support/testServer.js';
import { waitFor } from '../../test/support/waitFor.js';
import { boardLive, type App } from './app.js';
import { mainHeading, visible } from './browser.js';

/** The demo's data ethics canvas board of Group 1 (the same group as `app.mapBoard`). */
export function canvasBoard(app: App): { id: string; title: string } {
  const group = app.demo.groups[0]?.id;
  const board = app.demo.boards.find((b) => b.kind === 'ethics-canvas' && b.groupId === group);
  if (!board) throw new Error('the demo workshop has no ethics canvas for Group 1');
  return { id: board.id, title: board.title };
}

/**
 * Puts a dataset on a map board the way any Yjs client would: joins the demo as a participant
 * over HTTP for a token, opens the board over /collab and writes with src/doc/map, then waits
 * until the server has acknowledged it (stored). For when the map editor's UI is not the
 * thing under test.
 */
export async function seedDataset(app: App, mapBoardId: string, dataset: Dataset): Promise<void> {
  const joined = await api(app.base, 'POST', '/api/join', {
    invite: app.demo.invites.participant.code,
    name: 'Map seeder',
    organisation: 'Test',
  });
  if (joined.status !== 200) throw new Error(`joining for a token failed: ${joined.status} ${JSON.stringify(joined.json)}`);
  const client = await openSynced(app.server.collabUrl, mapBoardId, joined.json.token as string);
  try {
    addDataset(client.doc, dataset);
    await acknowledged(client);
  } finally {
    client.destroy();
  }
}

/** Opens the canvas board by its address and waits until it is live and drawn. */
export async function openCanvas(page: Page, app: App): Promise<void> {
  const board = canvasBoard(app);
  await page.goto(`${app.base}/b/${board.id}`);
  await mainHeading(page, board.title);
  await boardLive(page);
  await visible(section(page, 'Data sources'));
}

/** One section of the canvas, by its title. */
export function section(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** A note in a section, by (part of) its text. */
export function note(page: Page, sectionTitle: string, text: string): Locator {
  return section(page, sectionTitle).getByRole('listitem').filter({ hasText: text });
}

/** Adds a note through the section's own form, as a person would, and waits until it shows. */
export async function addCanvasNote(page: Page, sectionTitle: string, text: string, options: { anonymous?: boolean } = {}): Promise<void> {
  const s = section(page, sectionTitle);
  const field = s.getByLabel(`New note in ${sectionTitle}`, { exact: true });
  if (!(await field.isVisible())) await s.getByRole('button', { name: `Add note to ${sectionTitle}`, exact: true }).click();
  await field.fill(text);
  if (options.anonymous) await s.getByLabel('Post anonymously', { exact: true }).check();
  await s.getByRole('button', { name: 'Add note', exact: true }).click();
  await visible(note(page, sectionTitle, text));
}

/** The texts of a section's notes, in the order shown. */
export function noteTextsIn(page: Page, sectionTitle: string): Promise<string[]> {
  return section(page, sectionTitle).locator('.canvas-note .canvas-note-text').allTextContents();
}

/**
 * Drags a note onto another section with the mouse, in small steps: Chromium starts a
 * native drag only once the pointer has moved a little with the button down.
 */
export async function dragNote(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('the note or the section to drag to is not on screen');
  await page.mouse.move(source.x + 12, source.y + 8);
  await page.mouse.down();
  await page.mouse.move(source.x + 24, source.y + 20, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  await page.mouse.up();
}

/**
 * The names on a map board's presence (its awareness), as any client of /collab sees them.
 * A probe client announces itself and the names are read once a second client sees it, so
 * everyone connected earlier has been heard by then.
 */
export async function presenceOnBoard(app: App, boardId: string): Promise<string[]> {
  const token = async (name: string) =>
    (await api(app.base, 'POST', '/api/join', { invite: app.demo.invites.participant.code, name, organisation: 'Test' })).json
      .token as string;
  const reader = await openSynced(app.server.collabUrl, boardId, await token('Presence reader'));
  const probe = await openSynced(app.server.collabUrl, boardId, await token('Presence probe'));
  try {
    probe.provider.setAwarenessField('user', { name: 'Presence probe', role: 'participant' });
    const names = () =>
      [...reader.provider.awareness!.getStates().values()].map((s) => (s.user as { name?: string } | undefined)?.name ?? '');
    await waitFor('the probe to appear in the board’s presence', () => names().includes('Presence probe'));
    return names().filter((n) => n !== 'Presence probe' && n !== '');
  } finally {
    probe.destroy();
    reader.destroy();
  }
}

/** Opens a note's options (⋯). */
export async function openNoteOptions(page: Page, sectionTitle: string, text: string): Promise<Locator> {
  const n = note(page, sectionTitle, text);
  await n.getByRole('button', { name: /^Options for note/ }).click();
  return visible(n.getByRole('group', { name: 'Note options' }));
}
