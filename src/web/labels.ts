import type { ActivityKind, BoardKind, Role } from '../domain/index.js';

/** Words the interface uses for the code's values (STYLE: the user's language). */

export { boardKindLabels } from '../domain/index.js';

export const roleLabels: Record<Role, string> = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  observer: 'Observer',
};

export const activityKindLabels: Record<ActivityKind, string> = {
  plenary: 'Plenary',
  'ecosystem-mapping': 'Ecosystem mapping',
  presentations: 'Presentations',
  'ethics-canvas': 'Data ethics canvas',
  reflection: 'Reflection',
  break: 'Break',
};

/** One line saying what a board of each kind is for, shown on the board page. */
export const boardKindDescriptions: Record<BoardKind, string> = {
  'ecosystem-map': "Map who holds, contributes, re-uses and benefits from the project's data, and how data, money and value flow.",
  'ethics-canvas': 'Work through the data ethics questions for the project, section by section.',
  reflection: 'What to keep, what to change completely, what to improve. Only your group and the facilitators see it.',
};
