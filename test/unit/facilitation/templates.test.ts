import { describe, expect, it } from 'vitest';
import {
  agendaFromTemplate,
  agendaSchema,
  boardKindFor,
  boardsForAgenda,
  findTemplate,
  plannedBoards,
  totalMinutes,
  workshopTemplates,
} from '../../../src/domain/facilitation/index.js';
import { activityKinds } from '../../../src/domain/index.js';

describe('workshop templates', () => {
  it('ships the three templates the design names, each a valid agenda', () => {
    expect(workshopTemplates.map((t) => t.title)).toEqual([
      'Open cities workshop (full day)',
      'Data ecosystem mapping (2 hours)',
      'Data ethics canvas (90 minutes)',
    ]);
    for (const template of workshopTemplates) {
      expect(agendaSchema.safeParse(template.agenda).success, template.id).toBe(true);
      expect(template.description.length).toBeGreaterThan(0);
    }
  });

  it('plans the length its title promises', () => {
    const minutes = Object.fromEntries(workshopTemplates.map((t) => [t.id, totalMinutes(t.agenda)]));
    expect(minutes['data-ecosystem-mapping']).toBe(120);
    expect(minutes['data-ethics-canvas']).toBe(90);
    // A full day: between five and seven hours of activities, breaks included.
    expect(minutes['open-cities-full-day']).toBeGreaterThanOrEqual(300);
    expect(minutes['open-cities-full-day']).toBeLessThanOrEqual(420);
  });

  it('the full day covers mapping, the canvas and reflection', () => {
    const kinds = new Set(findTemplate('open-cities-full-day')?.agenda.map((a) => a.kind));
    for (const kind of ['ecosystem-mapping', 'ethics-canvas', 'reflection', 'plenary', 'break'] as const)
      expect(kinds.has(kind)).toBe(true);
  });

  it('agendaFromTemplate gives a copy: editing it leaves the template alone', () => {
    const template = findTemplate('data-ethics-canvas')!;
    const agenda = agendaFromTemplate(template);
    agenda[0]!.minutes = 99;
    expect(template.agenda[0]!.minutes).toBe(10);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });
});

describe('boards an agenda implies', () => {
  it('maps each activity kind to the board its groups need, or none', () => {
    const expected = {
      plenary: null,
      'ecosystem-mapping': 'ecosystem-map',
      presentations: null,
      'ethics-canvas': 'ethics-canvas',
      break: null,
      reflection: 'reflection',
    };
    expect(Object.fromEntries(activityKinds.map((k) => [k, boardKindFor(k)]))).toEqual(expected);
  });

  it('boardsForAgenda lists the group activities in agenda order', () => {
    const agenda = agendaFromTemplate(findTemplate('open-cities-full-day')!);
    expect(boardsForAgenda(agenda)).toEqual([
      { activityId: 'mapping', kind: 'ecosystem-map', title: 'Map the data ecosystem' },
      { activityId: 'ethics', kind: 'ethics-canvas', title: 'Work through the data ethics canvas' },
      { activityId: 'reflect', kind: 'reflection', title: 'Keep, change, improve' },
    ]);
  });

  it('two mapping activities give two maps per group', () => {
    const agenda = [
      { id: 'm1', title: 'Map: buses', kind: 'ecosystem-mapping' as const, minutes: 30 },
      { id: 'm2', title: 'Map: air quality', kind: 'ecosystem-mapping' as const, minutes: 30 },
    ];
    const groups = [
      { id: 'g2', name: 'Group 2', position: 1 },
      { id: 'g1', name: 'Group 1', position: 0 },
    ];
    expect(plannedBoards(agenda, groups)).toEqual([
      { activityId: 'm1', kind: 'ecosystem-map', title: 'Map: buses — Group 1', groupId: 'g1', projectId: null },
      { activityId: 'm1', kind: 'ecosystem-map', title: 'Map: buses — Group 2', groupId: 'g2', projectId: null },
      { activityId: 'm2', kind: 'ecosystem-map', title: 'Map: air quality — Group 1', groupId: 'g1', projectId: null },
      { activityId: 'm2', kind: 'ecosystem-map', title: 'Map: air quality — Group 2', groupId: 'g2', projectId: null },
    ]);
  });

  it('with no groups, one shared board per activity and no reflection board (it would be private to nobody)', () => {
    const agenda = agendaFromTemplate(findTemplate('data-ecosystem-mapping')!);
    expect(plannedBoards(agenda, [])).toEqual([
      { activityId: 'mapping', kind: 'ecosystem-map', title: 'Map the data ecosystem', groupId: null, projectId: null },
    ]);
  });

  it('keeps board titles within 120 characters, the group name whole', () => {
    const agenda = [{ id: 'a', title: 'x'.repeat(120), kind: 'ethics-canvas' as const, minutes: 5 }];
    const [board] = plannedBoards(agenda, [{ id: 'g', name: 'Team Ω', position: 0 }]);
    expect(board!.title.length).toBe(120);
    expect(board!.title.endsWith(' — Team Ω')).toBe(true);
  });
});
