import { describe, expect, it } from 'vitest';
import { spotlitAccess } from '../../../src/domain/index.js';
import type { BoardSummary } from '../../../src/web/apiTypes.js';
import { spotlightSteps } from '../../../src/web/facilitation/spotlightSteps.js';

const board = (id: string, groupId: string | null, activityId = 'mapping', kind: BoardSummary['kind'] = 'ecosystem-map'): BoardSummary => ({
  id,
  kind,
  title: id,
  groupId,
  projectId: null,
  locked: false,
  activityId,
  access: 'write',
});

describe('A12: spotlitAccess', () => {
  const red = board('red-map', 'red');
  it('makes the spotlit board read-only for participants of other groups, and only them', () => {
    expect(spotlitAccess('write', { role: 'participant', groupId: 'blue' }, red, 'red-map')).toBe('read');
    expect(spotlitAccess('write', { role: 'participant', groupId: null }, red, 'red-map')).toBe('read');
    expect(spotlitAccess('write', { role: 'participant', groupId: 'red' }, red, 'red-map')).toBe('write');
    expect(spotlitAccess('write', { role: 'facilitator', groupId: null }, red, 'red-map')).toBe('write');
    expect(spotlitAccess('read', { role: 'observer', groupId: null }, red, 'red-map')).toBe('read');
  });
  it('leaves other boards, a board of no group, and no spotlight as they were', () => {
    expect(spotlitAccess('write', { role: 'participant', groupId: 'blue' }, red, 'blue-map')).toBe('write');
    expect(spotlitAccess('write', { role: 'participant', groupId: 'blue' }, red, null)).toBe('write');
    expect(spotlitAccess('write', { role: 'participant', groupId: 'blue' }, board('shared', null), 'shared')).toBe('write');
  });
});

describe('spotlightSteps: stepping through the groups while they present', () => {
  const boards = [
    board('b-map', 'b'),
    board('a-map', 'a'),
    board('c-map', 'c'),
    board('a-canvas', 'a', 'ethics', 'ethics-canvas'),
    board('shared-map', null),
    board('a-later', 'a', 'later'),
  ];
  const order = ['a', 'b', 'c'];
  it('goes through the same activity’s boards of the same kind, in the groups’ order', () => {
    expect(spotlightSteps({ groupId: 'a', boardId: 'a-map' }, boards, order)).toEqual({
      index: 0,
      count: 3,
      previous: null,
      next: { groupId: 'b', boardId: 'b-map' },
    });
    expect(spotlightSteps({ groupId: 'b', boardId: 'b-map' }, boards, order)).toEqual({
      index: 1,
      count: 3,
      previous: { groupId: 'a', boardId: 'a-map' },
      next: { groupId: 'c', boardId: 'c-map' },
    });
  });
  it('offers nothing without a spotlight, for an unknown board, or with nobody to step to', () => {
    expect(spotlightSteps(null, boards, order)).toBeNull();
    expect(spotlightSteps({ groupId: 'a', boardId: 'gone' }, boards, order)).toBeNull();
    expect(spotlightSteps({ groupId: 'a', boardId: 'a-canvas' }, boards, order)).toBeNull();
  });
});
