import { describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath } from '../test/setup/optional.js';
import { joinDemo, openMapBoard, runApp } from './support/app.js';
import { browserTestMs, newPerson, pageErrors, visible } from './support/browser.js';
import { actorNode, emptyPaneSpot, zoomRightOut } from './support/map.js';

describe.runIf(browserAvailable())(`new actors go to free space (Chromium at ${chromiumPath})`, () => {
  const live = runApp();

  it(
    'five actors added with A, the pointer at the same place each time, do not overlap and leave room for a flow between them',
    async () => {
      const { page } = await newPerson(live.browser);
      await joinDemo(page, live.app, 'participant', 'Amira Haddad', 'City Council data team');
      await openMapBoard(page, live.app);
      const spot = await emptyPaneSpot(page);
      const names = ['Bus operator', 'Fire Service', 'University', 'Library', 'Sensor vendor'];
      for (const name of names) {
        await page.mouse.move(spot.x, spot.y);
        await page.keyboard.press('a');
        const input = await visible(page.getByLabel('New actor’s name', { exact: true }));
        await input.fill(name);
        await input.press('Enter');
        await visible(actorNode(page, name));
      }
      await zoomRightOut(page);
      const boxes = await Promise.all(names.map(async (name) => ({ name, box: (await actorNode(page, name).boundingBox())! })));
      for (const [i, { name, box: p }] of boxes.entries())
        for (const { name: other, box: q } of boxes.slice(i + 1)) {
          const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
          expect(overlap, `${name} overlaps ${other}`).toBe(false);
          // Room for a flow between any two: side by side they stand an actor's width apart.
          const across = Math.max(q.x - (p.x + p.width), p.x - (q.x + q.width));
          const down = Math.max(q.y - (p.y + p.height), p.y - (q.y + q.height));
          expect(across >= p.width * 0.95 || down > 0, `${name} and ${other}: ${across} px across, ${down} px down`).toBe(true);
        }
      expect(pageErrors(page)).toEqual([]);
    },
    browserTestMs,
  );
});
