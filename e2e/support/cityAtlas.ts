import { createWorkshop, type CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import type { App } from './app.js';
import { seedActors } from './seedMap.js';

/** What the browser tests of the city atlas (SPEC T) share. */

/** A workshop of Coventry with one project whose map holds `names` (the first two linked to each other and the third). */
export async function cityWorkshop(app: App, title: string, project: string, names: string[]): Promise<CreatedWorkshop> {
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
    names.map((name, i) => ({ name, position: { x: i * 200, y: 0 } })),
    [
      { from: 0, to: 1, kind: 'data' },
      { from: 0, to: 2, kind: 'money' },
    ],
  );
  return workshop;
}
