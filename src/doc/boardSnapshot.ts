import type * as Y from 'yjs';
import type { Board } from '../domain/index.js';
import { canvasToJson } from '../domain/canvas/index.js';
import { mapToJson } from '../domain/map/index.js';
import { layoutVersion, metaOf, readQuickNotes } from './boardDoc.js';
import { readCanvas } from './canvas/index.js';
import { readLiveState } from './control/index.js';
import { readMap } from './map/index.js';
import { readReflection } from './reflection/index.js';

/**
 * The plain JSON snapshot the server keeps of a board (SPEC D6), for exports, analysis and
 * reports. A map board's snapshot is an ecosystem-map file and a canvas board's an
 * ethics-canvas file (shared/formats), named after the board when they have no title or id of
 * their own. A reflection keeps its authors here: the snapshot is private to the server, and
 * reports drop authors when they include it.
 */
export function boardSnapshot(doc: Y.Doc, board: Pick<Board, 'id' | 'kind' | 'title'>): Record<string, unknown> {
  switch (board.kind) {
    case 'ecosystem-map': {
      const { map } = readMap(doc);
      return mapToJson({ ...map, id: map.id ?? board.id, title: map.title || board.title });
    }
    case 'ethics-canvas':
      // Without its voting rounds' dots (they need the control document, SPEC V5): the notes'
      // stored votes only. Exports and reports read the board and the rounds, not this snapshot.
      return canvasToJson(readCanvas(doc, { id: board.id, title: board.title }));
    case 'workshop-control':
      return { kind: board.kind, live: readLiveState(doc) };
    case 'reflection':
      return {
        kind: board.kind,
        layout: metaOf(doc).get('layout') ?? layoutVersion,
        reflection: readReflection(doc),
        notes: readQuickNotes(doc),
      };
  }
}
