import { describe, expect, it } from 'vitest';
import {
  agendaFromTemplate,
  destinationFor,
  findTemplate,
  groupProjectId,
  idleLiveState,
  linkedMapBoard,
  plannedBoards,
  projectForNewGroup,
  repeatedProjectTitle,
  spreadProjects,
} from '../../../src/domain/facilitation/index.js';

const air = { id: 'p-air', title: 'Air quality sensors' };
const bins = { id: 'p-bins', title: 'Smart bins' };
const group = (id: string, position: number, projectId: string | null = null) => ({
  id,
  name: `Group ${position + 1}`,
  position,
  projectId,
});

describe('projects spread over groups', () => {
  it('deals projects to groups in turn, in position order, so counts differ by at most one', () => {
    const groups = [group('g3', 2), group('g1', 0), group('g2', 1), group('g4', 3), group('g5', 4)];
    const spread = spreadProjects(groups, ['a', 'b']);
    expect(Object.fromEntries(spread)).toEqual({ g1: 'a', g2: 'b', g3: 'a', g4: 'b', g5: 'a' });
    expect(Object.fromEntries(spreadProjects(groups.slice(0, 2), []))).toEqual({ g3: null, g1: null });
  });

  it('a new group takes the project fewest groups work on, the earlier one on a tie', () => {
    expect(projectForNewGroup([], ['a', 'b'])).toBe('a');
    expect(projectForNewGroup([{ projectId: 'a' }], ['a', 'b'])).toBe('b');
    expect(projectForNewGroup([{ projectId: 'a' }, { projectId: 'b' }, { projectId: 'b' }], ['a', 'b', 'c'])).toBe('c');
    expect(projectForNewGroup([{ projectId: 'b' }, { projectId: 'c' }], ['a', 'b', 'c'])).toBe('a');
    expect(projectForNewGroup([{ projectId: 'a' }], [])).toBeNull();
  });

  it("a group with no project (or one since removed) works on the workshop's first", () => {
    expect(groupProjectId({ projectId: null }, [air, bins])).toBe(air.id);
    expect(groupProjectId({ projectId: 'gone' }, [air, bins])).toBe(air.id);
    expect(groupProjectId({ projectId: bins.id }, [air, bins])).toBe(bins.id);
    expect(groupProjectId({ projectId: null }, [])).toBeNull();
  });

  it('finds a repeated project name whatever its case and spacing', () => {
    expect(repeatedProjectTitle(['Smart bins', 'Air quality'])).toBeNull();
    expect(repeatedProjectTitle(['Smart bins', 'Air quality', 'smart  BINS '])).toBe('smart  BINS ');
  });
});

describe('boards for several projects', () => {
  const agenda = agendaFromTemplate(findTemplate('open-cities-full-day')!);

  it('gives each group the boards of each group activity for its own project, titles naming the project', () => {
    const planned = plannedBoards(agenda, [group('g1', 0, air.id), group('g2', 1, bins.id), group('g3', 2, null)], [air, bins]);
    const maps = planned.filter((b) => b.kind === 'ecosystem-map');
    expect(maps.map((b) => [b.groupId, b.projectId])).toEqual([
      ['g1', air.id],
      ['g2', bins.id],
      ['g3', air.id],
    ]);
    expect(maps.map((b) => b.title)).toEqual([
      'Map the data ecosystem — Air quality sensors — Group 1',
      'Map the data ecosystem — Smart bins — Group 2',
      'Map the data ecosystem — Air quality sensors — Group 3',
    ]);
    for (const kind of ['ethics-canvas', 'reflection'] as const) {
      expect(planned.filter((b) => b.kind === kind).map((b) => b.projectId)).toEqual([air.id, bins.id, air.id]);
    }
  });

  it('with no groups, one shared board per activity and project', () => {
    const maps = plannedBoards(agenda, [], [air, bins]).filter((b) => b.kind === 'ecosystem-map');
    expect(maps.map((b) => [b.title, b.projectId, b.groupId])).toEqual([
      ['Map the data ecosystem — Air quality sensors', air.id, null],
      ['Map the data ecosystem — Smart bins', bins.id, null],
    ]);
  });

  it("with one project, titles stay 'activity — group'", () => {
    const [first] = plannedBoards(agenda, [group('g1', 0, air.id)], [air]);
    expect(first).toMatchObject({ title: expect.stringMatching(/ — Group 1$/), projectId: air.id });
    expect(first!.title).not.toContain(air.title);
  });

  it("a group that changed project is sent to its current project's board for the activity", () => {
    const boards = [
      { id: 'b-old', kind: 'ecosystem-map' as const, groupId: 'g1', activityId: 'mapping', projectId: air.id },
      { id: 'b-new', kind: 'ecosystem-map' as const, groupId: 'g1', activityId: 'mapping', projectId: bins.id },
    ];
    const state = { ...idleLiveState, activityId: 'mapping' };
    expect(destinationFor(state, { role: 'participant', groupId: 'g1', projectId: bins.id }, boards)).toMatchObject({ boardId: 'b-new' });
    expect(destinationFor(state, { role: 'participant', groupId: 'g1', projectId: air.id }, boards)).toMatchObject({ boardId: 'b-old' });
  });
});

describe('the map a canvas links to by itself', () => {
  const boards = [
    { id: 'm1-air', kind: 'ecosystem-map' as const, groupId: 'g1', projectId: air.id },
    { id: 'm2-bins', kind: 'ecosystem-map' as const, groupId: 'g2', projectId: bins.id },
    { id: 'm1-bins', kind: 'ecosystem-map' as const, groupId: 'g1', projectId: bins.id },
    { id: 'c1-bins', kind: 'ethics-canvas' as const, groupId: 'g1', projectId: bins.id },
    { id: 'shared', kind: 'ecosystem-map' as const, groupId: null, projectId: null },
  ];
  it('is the same group’s map for the same project', () => {
    expect(linkedMapBoard({ id: 'c', kind: 'ethics-canvas', groupId: 'g1', projectId: bins.id }, boards)?.id).toBe('m1-bins');
    expect(linkedMapBoard({ id: 'c', kind: 'ethics-canvas', groupId: 'g2', projectId: bins.id }, boards)?.id).toBe('m2-bins');
    expect(linkedMapBoard({ id: 'c', kind: 'ethics-canvas', groupId: 'g2', projectId: air.id }, boards)).toBeNull();
    expect(linkedMapBoard({ id: 'c', kind: 'ethics-canvas', groupId: null, projectId: null }, boards)?.id).toBe('shared');
    expect(linkedMapBoard({ id: 'c', kind: 'ethics-canvas', groupId: 'g3', projectId: null }, boards)).toBeNull();
  });
});
