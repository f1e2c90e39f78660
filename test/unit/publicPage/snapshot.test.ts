import { describe, expect, it } from 'vitest';
import { emptyCanvas } from '../../../src/domain/canvas/index.js';
import { freeSlug, publicPageHtml, publicSnapshot, slugFrom } from '../../../src/domain/publicPage/index.js';

describe('a public page snapshot (SPEC U3, U4, U8)', () => {
  it('makes readable slugs from project names, and a free one when taken', async () => {
    expect(slugFrom('Air quality — Cardiff')).toBe('air-quality-cardiff');
    expect(slugFrom('Café Données 2027!')).toBe('cafe-donnees-2027');
    expect(slugFrom('***')).toBe('project');
    expect(slugFrom('x'.repeat(200)).length).toBeLessThanOrEqual(56);
    const taken = new Set(['air', 'air-2']);
    expect(await freeSlug('air', async (s) => taken.has(s))).toBe('air-3');
  });

  it('leaves out notes, unknown fields and action owners, and keeps only the chosen sections and actions', () => {
    const canvas = emptyCanvas('Canvas');
    const actions = canvas.sections.find((s) => s.id === 'actions')!;
    actions.status = 'done';
    actions.actions.push(
      { id: 'a1', text: 'Publish the readings', owner: 'Olaf Owner', priority: 'high', done: false, due: '2027-01-31' },
      { id: 'a2', text: 'Not chosen', priority: 'low', done: false },
    );
    actions.notes.push({ id: 'n1', text: 'A canvas note', author: 'Nina', votes: 0 });
    const snapshot = publicSnapshot({
      slug: 'air',
      projectTitle: 'Air',
      map: {
        title: 'Group 1 map',
        actors: [{ id: 'a', name: 'Council', roles: ['steward'], tags: [], extra: { secret: 'kept out' } }],
        datasets: [],
        flows: [],
        notes: [{ id: 'n', text: 'A map note', author: 'Nora' }],
      },
      canvas,
      sectionIds: ['actions'],
      actionIds: ['a1'],
      publishedAt: '2027-01-01T00:00:00.000Z',
    });
    expect(snapshot.map.notes).toEqual([]);
    expect(snapshot.map.actors[0]).toEqual({ id: 'a', name: 'Council', roles: ['steward'], tags: [] });
    expect(snapshot.canvas).toEqual({
      sections: [{ id: 'actions', status: 'done' }],
      actions: [{ section: 'actions', text: 'Publish the readings', priority: 'high', done: false, due: '2027-01-31' }],
    });
    const html = publicPageHtml(snapshot, []);
    for (const s of ['Olaf Owner', 'A canvas note', 'Nina', 'A map note', 'Nora', 'kept out', 'Not chosen', '<script'])
      expect(html).not.toContain(s);
    expect(html).toContain('Publish the readings');
  });
});
