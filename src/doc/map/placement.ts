import * as Y from 'yjs';
import { refuseIssues } from './elementStore.js';
import { mapTransact } from './mapLayout.js';

/** Where an element ends up when a drag ends. */
export interface Placement {
  id: string;
  x: number;
  y: number;
}

/** moveActors and moveMapNotes: sets `position` whole, so concurrent drags never mix x of one with y of another. */
export function placeElements(doc: Y.Doc, list: Y.Map<unknown>, placements: Placement[]): number {
  refuseIssues(
    placements
      .filter(({ x, y }) => !Number.isFinite(x) || !Number.isFinite(y))
      .map(({ id }) => ({ path: `position.${id}`, message: 'x and y must be finite numbers' })),
  );
  let moved = 0;
  mapTransact(doc, () => {
    for (const { id, x, y } of placements) {
      const element = list.get(id);
      if (!(element instanceof Y.Map)) continue;
      const before: unknown = element.get('position');
      if (typeof before === 'object' && before !== null && 'x' in before && before.x === x && 'y' in before && before.y === y) continue;
      element.set('position', { x, y });
      moved++;
    }
  });
  return moved;
}
