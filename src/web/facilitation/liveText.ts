import type { Activity } from '../../domain/index.js';
import type { Destination, LiveState } from '../../domain/facilitation/index.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { activityKindName } from '../labels.js';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, translate } from '../i18n/index.js';

addEnglish(liveMessages);

// Called while drawing, by components that use `useI18n`: the words follow the person's language.

/** The agenda activity running now, if the agenda still has it. */
export function currentActivity(state: LiveState, detail: WorkshopDetail): Activity | null {
  return detail.workshop.agenda.find((a) => a.id === state.activityId) ?? null;
}

/** "Map the data ecosystem" or, before anything runs, a plain sentence. */
export function activityHeadline(activity: Activity | null, state: LiveState): string {
  if (activity) return activity.title;
  return state.activityId === null ? translate('live.notStarted') : translate('live.activityGone');
}

export function activityKindText(activity: Activity | null): string {
  return activity ? activityKindName(activity.kind) : '';
}

/** Whose board is in the spotlight, in words: "Group 1's board is in the spotlight". */
function spotlightText(state: LiveState, detail: WorkshopDetail): string | null {
  if (!state.spotlight) return null;
  const group = detail.groups.find((g) => g.id === state.spotlight?.groupId);
  return group ? translate('live.spotlight.group', { group: group.name }) : translate('live.spotlight.someGroup');
}

/** Why this person is where they are sent, when it is worth saying. */
export function destinationText(destination: Destination | null, state: LiveState, detail: WorkshopDetail): string | null {
  if (!destination) return null;
  if (destination.reason === 'spotlight') return spotlightText(state, detail);
  if (destination.reason === 'gathered') return translate('live.gathered');
  return null;
}
