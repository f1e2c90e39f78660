import type { Activity } from '../../domain/index.js';
import type { Store } from '../store/Store.js';
import { createWorkshop, type CreatedWorkshop } from './createWorkshop.js';

export const demoTitle = 'Open Cities demo';

const agenda: Activity[] = [
  { id: 'welcome', title: 'Welcome and introductions', kind: 'plenary', minutes: 20 },
  { id: 'mapping', title: 'Map the data ecosystem', kind: 'ecosystem-mapping', minutes: 60 },
  { id: 'present', title: 'Groups present their maps', kind: 'presentations', minutes: 30 },
  { id: 'break', title: 'Break', kind: 'break', minutes: 15 },
  { id: 'ethics', title: 'Data ethics canvas', kind: 'ethics-canvas', minutes: 60 },
  { id: 'reflect', title: 'Keep, change, improve', kind: 'reflection', minutes: 20 },
  { id: 'close', title: 'Close', kind: 'plenary', minutes: 10 },
];

/** The demo workshop: two groups, one board of each kind per group, one invite per role. */
export function createDemoWorkshop(store: Store, now: Date): Promise<CreatedWorkshop> {
  return createWorkshop(
    store,
    {
      title: demoTitle,
      description: 'A practice workshop: map who holds and uses air quality data in the city, then work through its ethics.',
      meetingLink: null,
      ownerId: null,
      groups: ['Group 1', 'Group 2'],
      projects: ['Air quality sensing'],
      boardsPerGroup: ['ecosystem-map', 'ethics-canvas', 'reflection'],
      agenda,
    },
    now,
  );
}
