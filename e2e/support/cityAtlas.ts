import { createWorkshop, type CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import type { App } from './app.js';
import { seedActors } from './seedMap.js';

/** What the browser tests of the city atlas (SPEC T) share. */

type Flows = Parameters<typeof seedActors>[3];

/**
 * A workshop of Coventry with one project whose map holds `names` in a row, the first linked to
 * the second (data) and the third (money) unless `flows` says otherwise; `placed` puts them elsewhere.
 */
export async function cityWorkshop(
  app: App,
  title: string,
  project: string,
  names: readonly string[],
  flows: Flows = [
    { from: 0, to: 1, kind: 'data' },
    { from: 0, to: 2, kind: 'money' },
  ],
  placed: (i: number) => { x: number; y: number } = (i) => ({ x: i * 200, y: 0 }),
): Promise<CreatedWorkshop> {
  const workshop = await createWorkshop(
    app.server.store,
    {
      title,
      description: '',
      meetingLink: null,
      city: 'Coventry',
      ownerId: 'ac_e2e_facilitator',
      groups: ['Group 1'],
      projects: [project],
      boardsPerGroup: ['ecosystem-map'],
    },
    new Date(),
  );
  const board = workshop.boards.find((b) => b.kind === 'ecosystem-map');
  if (!board) throw new Error(`${title} has no map board`);
  await seedActors(
    app,
    board.id,
    names.map((name, i) => ({ name, position: placed(i) })),
    flows,
  );
  return workshop;
}
