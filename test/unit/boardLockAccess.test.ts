import { describe, expect, it } from 'vitest';
import { accountStanding, boardAccess, canActAsOwner, controlDocumentKind, type Board, type Principal } from '../../src/domain/index.js';

const board = (over: Partial<Board> = {}): Board => ({
  id: 'bd_1',
  workshopId: 'w1',
  kind: 'ecosystem-map',
  title: 'Map',
  groupId: 'g1',
  projectId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
const as = (role: Principal['role'], groupId: string | null = 'g1'): Principal => ({ workshopId: 'w1', role, groupId });

describe('board access with a lock (A13)', () => {
  it('a locked board is read-only for everyone who could write it, facilitators too', () => {
    const locked = board({ lockedAt: '2026-01-01T10:00:00.000Z' });
    expect(boardAccess(as('facilitator', null), locked)).toBe('read');
    expect(boardAccess(as('participant'), locked)).toBe('read');
    expect(boardAccess(as('observer'), locked)).toBe('read');
    expect(boardAccess({ ...as('participant'), workshopId: 'w2' }, locked)).toBe('none');
    expect(boardAccess(as('participant', 'g2'), { ...locked, kind: 'reflection' })).toBe('none');
  });

  it('an open board keeps the usual rules, and the control document is never locked', () => {
    expect(boardAccess(as('participant'), board({ lockedAt: null }))).toBe('write');
    expect(boardAccess(as('facilitator', null), board({ kind: controlDocumentKind, lockedAt: '2026-01-01T10:00:00.000Z' }))).toBe('write');
  });
});

describe('an account’s standing in a workshop (A14)', () => {
  it('owner, co-facilitator or none; only the owner (or an admin) acts as owner', () => {
    expect(accountStanding('ac_1', { ownerId: 'ac_1' }, false)).toBe('owner');
    expect(accountStanding('ac_2', { ownerId: 'ac_1' }, true)).toBe('co-facilitator');
    expect(accountStanding('ac_3', { ownerId: 'ac_1' }, false)).toBe('none');
    expect(accountStanding('ac_3', { ownerId: null }, false)).toBe('none');
    expect(canActAsOwner('owner', false)).toBe(true);
    expect(canActAsOwner('co-facilitator', false)).toBe(false);
    expect(canActAsOwner('none', true)).toBe(true);
  });
});
