import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initMapDoc, writeMapToDoc } from '../src/doc/map/index.js';
import { readMapFile } from '../src/domain/map/index.js';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { waitFor } from '../test/support/waitFor.js';
import { joinDemo, openMapBoard, runApp, type App } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, visible } from './support/browser.js';
import { pinnedNote, zoomOutInFull, zoomToFit } from './support/map.js';

/** The golden air-quality map (7 actors, 11 flows, a question pinned to its admissions dataset) on the demo map board, before anyone opens it. */
async function seedGoldenMap(app: App): Promise<void> {
  const read = readMapFile(readFileSync('test/fixtures/ecosystem-map/v1-air-quality.json', 'utf8'));
  if (!read.ok) throw new Error('the air-quality example does not read');
  const stored = await app.server.store.loadBoardState(app.mapBoard.id);
  const doc = new Y.Doc();
  if (stored.compacted) Y.applyUpdate(doc, stored.compacted);
  for (const { update } of stored.updates) Y.applyUpdate(doc, update);
  const before = Y.encodeStateVector(doc);
  initMapDoc(doc);
  writeMapToDoc(doc, read.map);
  await app.server.store.appendUpdates(app.mapBoard.id, [Y.encodeStateAsUpdate(doc, before)]);
}

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every flow label (by its text) that overlaps an actor's box, a sticky note (free or pinned beside an actor) or another label, on screen. */
async function labelOverlaps(page: Page): Promise<{ labels: number; actors: number; overlaps: string[] }> {
  const boxes = await page.evaluate(() => {
    const box = (e: Element, name: string) => {
      const r = e.getBoundingClientRect();
      return { name, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const nameOf = (e: Element) => e.closest('.react-flow__node-actor')?.querySelector('.map-actor-name')?.textContent ?? '';
    return {
      actors: Array.from(document.querySelectorAll('.react-flow__node-actor')).map((e) => box(e, nameOf(e))),
      notes: [
        ...Array.from(document.querySelectorAll('.react-flow__node-actor .map-pinned-notes')).map((e) => box(e, `notes of ${nameOf(e)}`)),
        ...Array.from(document.querySelectorAll('.react-flow__node-note')).map((e) => box(e, `note ${e.textContent ?? ''}`)),
      ],
      labels: Array.from(document.querySelectorAll('.map-flow-label')).map((e) => box(e, e.textContent ?? '')),
    };
  });
  const hit = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
  const overlaps: string[] = [];
  boxes.labels.forEach((label, i) => {
    for (const actor of [...boxes.actors, ...boxes.notes]) if (hit(label, actor)) overlaps.push(`label "${label.name}" on "${actor.name}"`);
    for (const other of boxes.labels.slice(i + 1)) if (hit(label, other)) overlaps.push(`label "${label.name}" on label "${other.name}"`);
  });
  return { labels: boxes.labels.length, actors: boxes.actors.length, overlaps };
}

describe.runIf(browserAvailable())(`flow labels and pinned notes on the live map (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'after "Lay out everything", a note pinned to a dataset shows on the map, and no flow label covers an actor, a note or another label',
    async () => {
      await seedGoldenMap(live.app);
      const { page } = await newPerson(live.browser);
      await page.setViewportSize({ width: 1280, height: 800 });
      await joinDemo(page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
      await openMapBoard(page, live.app);

      await page.getByRole('button', { name: 'Layout' }).click();
      await page.getByRole('button', { name: /^Lay out everything/ }).click();
      await visible(page.getByText(/^Placed 7 actors\./));
      // As far out as the map still draws in full: further out it draws plain boxes and lines (level of detail).
      await zoomOutInFull(page);

      // The question pinned to the admissions dataset is on the map, with its kind, and reachable by keyboard.
      const note = pinnedNote(page, 'Who approves linking admissions to sensor data?');
      await visible(note);
      expect(await note.locator('.map-note-kind').textContent()).toBe('Question');
      await note.focus();
      expect(await note.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(await note.textContent()).toContain('a note on the dataset Asthma admissions study');

      // Every label measured and placed: none on an actor or on another label.
      let last = { labels: 0, actors: 0, overlaps: ['not measured yet'] };
      await waitFor('the flow labels placed clear of actors and of each other', async () => {
        last = await labelOverlaps(page);
        return last.labels === 11 && last.actors === 7 && last.overlaps.length === 0;
      }).catch(() => undefined);
      expect(last).toEqual({ labels: 11, actors: 7, overlaps: [] });

      // The live map and the exported picture, side by side, to look at (test-results/e2e).
      await page.mouse.click(1, 1);
      const dir = join(process.cwd(), 'test-results', 'e2e');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'map-labels-live-whole.png') });
      await zoomToFit(page);
      await page.screenshot({ path: join(dir, 'map-labels-live.png') });
      const png = await page.evaluate(async (id) => {
        const res = await fetch(`/api/boards/${encodeURIComponent(id)}/file?format=png`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        let text = '';
        for (const b of bytes) text += String.fromCharCode(b);
        return { status: res.status, type: res.headers.get('content-type'), base64: btoa(text) };
      }, live.app.mapBoard.id);
      expect([png.status, png.type]).toEqual([200, 'image/png']);
      writeFileSync(join(dir, 'map-labels-export.png'), Buffer.from(png.base64, 'base64'));
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});
