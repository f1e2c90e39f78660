import type { Activity } from '../workshop.js';

/**
 * The workshop templates that ship with the tool (DESIGN.md "The workshop, as the tool
 * models it"), as plain data. A facilitator starts from one of these or from scratch (an
 * empty agenda) and edits the copy; the templates themselves never change at run time.
 *
 * Activity ids are short words, unique within each agenda: they are stable keys for the
 * boards an activity implies and for the live state's current activity, and a copy may keep
 * them because ids only need to be unique within one workshop's agenda.
 */
export interface WorkshopTemplate {
  id: string;
  title: string;
  description: string;
  agenda: readonly Activity[];
}

const fullDay: WorkshopTemplate = {
  id: 'open-cities-full-day',
  title: 'Open cities workshop (full day)',
  description:
    'A full day for one or more city projects: map who holds, shares and uses the data, present the maps, ' +
    'work through the data ethics canvas, and reflect on what to keep, change and improve.',
  agenda: [
    { id: 'welcome', title: 'Welcome and introductions', kind: 'plenary', minutes: 30 },
    { id: 'intro', title: 'Open cities and data ecosystems', kind: 'presentations', minutes: 30 },
    { id: 'mapping', title: 'Map the data ecosystem', kind: 'ecosystem-mapping', minutes: 90 },
    { id: 'lunch', title: 'Lunch', kind: 'break', minutes: 45 },
    { id: 'present-maps', title: 'Groups present their maps', kind: 'presentations', minutes: 30 },
    { id: 'ethics', title: 'Work through the data ethics canvas', kind: 'ethics-canvas', minutes: 75 },
    { id: 'break', title: 'Break', kind: 'break', minutes: 15 },
    { id: 'present-ethics', title: 'Groups share what the canvas showed', kind: 'presentations', minutes: 25 },
    { id: 'reflect', title: 'Keep, change, improve', kind: 'reflection', minutes: 20 },
    { id: 'close', title: 'Next steps and close', kind: 'plenary', minutes: 10 },
  ],
};

const ecosystemMapping: WorkshopTemplate = {
  id: 'data-ecosystem-mapping',
  title: 'Data ecosystem mapping (2 hours)',
  description: 'Two hours to map one project’s data ecosystem in groups: the actors, the data they hold and how it flows.',
  agenda: [
    { id: 'welcome', title: 'Welcome and aims', kind: 'plenary', minutes: 10 },
    { id: 'intro', title: 'How ecosystem mapping works', kind: 'presentations', minutes: 10 },
    { id: 'mapping', title: 'Map the data ecosystem', kind: 'ecosystem-mapping', minutes: 60 },
    { id: 'present-maps', title: 'Groups present their maps', kind: 'presentations', minutes: 20 },
    { id: 'reflect', title: 'Keep, change, improve', kind: 'reflection', minutes: 10 },
    { id: 'close', title: 'Next steps', kind: 'plenary', minutes: 10 },
  ],
};

const ethicsCanvas: WorkshopTemplate = {
  id: 'data-ethics-canvas',
  title: 'Data ethics canvas (90 minutes)',
  description: 'Ninety minutes to work through the data ethics canvas for one project and agree on actions.',
  agenda: [
    { id: 'welcome', title: 'Welcome and aims', kind: 'plenary', minutes: 10 },
    { id: 'intro', title: 'The data ethics canvas', kind: 'presentations', minutes: 10 },
    { id: 'ethics', title: 'Work through the canvas', kind: 'ethics-canvas', minutes: 45 },
    { id: 'present-ethics', title: 'Share findings and actions', kind: 'presentations', minutes: 15 },
    { id: 'reflect', title: 'Keep, change, improve', kind: 'reflection', minutes: 10 },
  ],
};

export const workshopTemplates: readonly WorkshopTemplate[] = [fullDay, ecosystemMapping, ethicsCanvas];

export function findTemplate(templateId: string): WorkshopTemplate | undefined {
  return workshopTemplates.find((t) => t.id === templateId);
}

/** A fresh, editable copy of a template's agenda (the template's own objects stay untouched). */
export function agendaFromTemplate(template: WorkshopTemplate): Activity[] {
  return template.agenda.map((a) => ({ ...a }));
}
