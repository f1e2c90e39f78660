import { describe, expect, it } from 'vitest';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { mapNoteRows } from '../../../src/web/map/panels/mapNoteRows.js';

const map = {
  format: 'opencities/ecosystem-map',
  version: 1,
  title: 'T',
  actors: [
    { id: 'a1', name: 'Air sensors', roles: [], tags: [] },
    { id: 'a2', name: 'City Council', roles: [], tags: [] },
  ],
  datasets: [{ id: 'd1', name: 'Hourly air readings', heldBy: [] }],
  flows: [{ id: 'f1', from: 'a1', to: 'a2', kind: 'data', dataset: 'd1' }],
  notes: [
    { id: 'n1', text: 'Who maintains the sensors after the pilot?', kind: 'question', position: { x: 0, y: 0 } },
    { id: 'n2', text: 'Calibrated yearly', kind: 'insight', target: 'a1' },
    { id: 'n3', text: 'Licence unclear', target: 'f1' },
    { id: 'n4', text: 'Personal data?', kind: 'issue', target: 'd1' },
  ],
} as unknown as EcosystemMap;

describe('the map’s Notes tab lists the map’s sticky notes', () => {
  it('lists free and pinned notes with their kinds and where each sits', () => {
    expect(mapNoteRows(map)).toEqual([
      { id: 'n1', kind: 'Question', text: 'Who maintains the sensors after the pilot?', where: 'On the board' },
      { id: 'n2', kind: 'Insight', text: 'Calibrated yearly', where: 'On Air sensors' },
      { id: 'n3', kind: 'Note', text: 'Licence unclear', where: 'On the flow Air sensors → City Council' },
      { id: 'n4', kind: 'Issue', text: 'Personal data?', where: 'On the dataset Hourly air readings' },
    ]);
  });
});
