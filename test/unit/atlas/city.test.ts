import { describe, expect, it } from 'vitest';
import { cityKey, restore, updateWorkshopRequest, withCity } from '../../../src/domain/index.js';

describe('T1: a workshop’s city', () => {
  it('compares by its key: case and runs of spaces aside', () => {
    expect(cityKey('  Coventry ')).toBe(cityKey('COVENTRY'));
    expect(cityKey('Stoke  on Trent')).toBe(cityKey('stoke on trent'));
    expect(cityKey('Coventry')).not.toBe(cityKey('Leeds'));
  });

  it('is kept as typed, and an empty or null one removes it', () => {
    const workshop: { id: string; title: string; city?: string } = { id: 'w', title: 'T' };
    expect(withCity(workshop, ' Coventry ')).toEqual({ id: 'w', title: 'T', city: 'Coventry' });
    expect(withCity({ ...workshop, city: 'Leeds' }, null)).toEqual(workshop);
    expect(withCity({ ...workshop, city: 'Leeds' }, '   ')).toEqual(workshop);
  });

  it('is at most 120 characters in a request', () => {
    expect(() => restore(updateWorkshopRequest, { city: 'x'.repeat(121) })).toThrow(/city: is longer than 120 characters/);
    expect(restore(updateWorkshopRequest, { city: null })).toEqual({ city: null });
  });
});
