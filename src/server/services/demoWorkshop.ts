import { agendaFromTemplate, findTemplate } from '../../domain/facilitation/index.js';
import type { WorkshopRecords } from '../store/Store.js';
import { createWorkshop, type CreatedWorkshop } from './createWorkshop.js';

export const demoTitle = 'Open Cities demo';

/**
 * The demo workshop: the full-day template's agenda, two groups, and the boards the agenda
 * makes (one map, canvas and reflection per group), with one invite per role.
 */
export function createDemoWorkshop(store: WorkshopRecords, now: Date): Promise<CreatedWorkshop> {
  return createWorkshop(
    store,
    {
      title: demoTitle,
      description: 'A practice workshop: map who holds and uses air quality data in the city, then work through its ethics.',
      meetingLink: null,
      ownerId: null,
      groups: ['Group 1', 'Group 2'],
      projects: ['Air quality sensing'],
      boardsPerGroup: [], // the agenda makes the boards
      agenda: agendaFromTemplate(findTemplate('open-cities-full-day')!),
    },
    now,
  );
}
