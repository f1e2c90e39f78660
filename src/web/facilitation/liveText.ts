import type { Activity } from '../../domain/index.js';
import type { Destination, LiveState } from '../../domain/facilitation/index.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { activityKindLabels } from '../labels.js';

/** The agenda activity running now, if the agenda still has it. */
export function currentActivity(state: LiveState, detail: WorkshopDetail): Activity | null {
  return detail.workshop.agenda.find((a) => a.id === state.activityId) ?? null;
}

/** "Map the data ecosystem" or, before anything runs, a plain sentence. */
export function activityHeadline(activity: Activity | null, state: LiveState): string {
  if (activity) return activity.title;
  return state.activityId === null ? 'The workshop has not started yet' : 'An activity that is no longer on the agenda';
}

export function activityKindText(activity: Activity | null): string {
  return activity ? (activityKindLabels[activity.kind] ?? activity.kind) : '';
}

/** Whose board is in the spotlight, in words: "Group 1's board is in the spotlight". */
function spotlightText(state: LiveState, detail: WorkshopDetail): string | null {
  if (!state.spotlight) return null;
  const group = detail.groups.find((g) => g.id === state.spotlight?.groupId);
  return `${group ? `${group.name}’s` : 'A group’s'} board is in the spotlight`;
}

/** Why this person is where they are sent, when it is worth saying. */
export function destinationText(destination: Destination | null, state: LiveState, detail: WorkshopDetail): string | null {
  if (!destination) return null;
  if (destination.reason === 'spotlight') return spotlightText(state, detail);
  if (destination.reason === 'gathered') return 'The facilitator has brought everyone together.';
  return null;
}
