import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkRetentionLimits,
  defaultRetentionLimits,
  effectiveMonths,
  retentionDue,
  retentionProblem,
  retentionSchedule,
  type WorkshopRetention,
} from '../../src/domain/index.js';

const limits = defaultRetentionLimits;
const r = (over: Partial<WorkshopRetention> = {}): WorkshopRetention => ({
  workshopId: 'w',
  ownerId: null,
  lastActivityAt: '2026-01-31T10:00:00.000Z',
  retentionMonths: null,
  warnedAt: null,
  ...over,
});

describe('workshop retention (SPEC K1–K4)', () => {
  it('adds calendar months in UTC; the 31st of a shorter month becomes its last day', () => {
    expect(addMonths('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths('2024-01-31T10:00:00.000Z', 1)).toBe('2024-02-29T10:00:00.000Z');
    expect(addMonths('2026-01-15T00:00:00.000Z', 12)).toBe('2027-01-15T00:00:00.000Z');
    expect(addMonths('2026-11-30T00:00:00.000Z', 3)).toBe('2027-02-28T00:00:00.000Z');
  });

  it('K1: the default applies when the workshop has no period of its own, always within the limits', () => {
    expect(effectiveMonths(null, limits)).toBe(12);
    expect(effectiveMonths(24, limits)).toBe(24);
    expect(effectiveMonths(60, limits)).toBe(36); // the installation lowered its maximum since
    expect(retentionProblem(0, limits)).toMatch(/from 1 to 36/);
    expect(retentionProblem(37, limits)).toMatch(/from 1 to 36/);
    expect(retentionProblem(2.5, limits)).toMatch(/whole number/);
    expect(retentionProblem(36, limits)).toBeNull();
  });

  it('K3: keep until 14 days before; then warn; delete once the date has come and the warning is 14 days old', () => {
    const w = r();
    expect(retentionSchedule(w, limits).deleteOn).toBe('2027-01-31T10:00:00.000Z');
    expect(retentionDue('2027-01-17T09:59:59.000Z', w, limits)).toBe('keep');
    expect(retentionDue('2027-01-17T10:00:00.000Z', w, limits)).toBe('warn');
    const warned = r({ warnedAt: '2027-01-17T10:00:00.000Z' });
    expect(retentionDue('2027-01-30T00:00:00.000Z', warned, limits)).toBe('keep');
    expect(retentionDue('2027-01-31T10:00:00.000Z', warned, limits)).toBe('delete');
    // Never deleted without the full notice: an unwarned workshop long past its date is warned first.
    expect(retentionDue('2030-01-01T00:00:00.000Z', w, limits)).toBe('warn');
    const late = r({ warnedAt: '2030-01-01T00:00:00.000Z' });
    expect(retentionSchedule(late, limits).deleteOn).toBe('2030-01-15T00:00:00.000Z');
    expect(retentionDue('2030-01-14T23:59:59.000Z', late, limits)).toBe('keep');
    expect(retentionDue('2030-01-15T00:00:00.000Z', late, limits)).toBe('delete');
  });

  it('the limits must be whole months with minimum ≤ default ≤ maximum, else an error naming them', () => {
    expect(checkRetentionLimits({ minMonths: 3, maxMonths: 24, defaultMonths: 12 })).toEqual({
      minMonths: 3,
      maxMonths: 24,
      defaultMonths: 12,
    });
    expect(() => checkRetentionLimits({ minMonths: 6, maxMonths: 24, defaultMonths: 3 })).toThrow(/RETENTION_DEFAULT_MONTHS 3/);
    expect(() => checkRetentionLimits({ minMonths: 0, maxMonths: 24, defaultMonths: 3 })).toThrow(/minMonths/);
  });
});
