import type * as Y from 'yjs';
import { activityMapOf, readActivity } from './activityControl.js';

/** One run of an activity: from its start to whatever replaces or ends it. */
export interface ActivityRun {
  activityId: string;
  /**
   * Names this run and no other, the same on every replica: the id Yjs gave the run's map
   * when it was started (each start writes a new map, activityControl.ts). Starting the same
   * activity again is a new run; a timer change within a run is not.
   */
  runId: string;
}

/** The activity running now as a run, or null when none runs. */
export function readActivityRun(doc: Y.Doc): ActivityRun | null {
  const activity = readActivity(doc);
  const item = activityMapOf(doc)?._item;
  if (!activity || !item) return null;
  return { activityId: activity.activityId, runId: `${item.id.client}-${item.id.clock}` };
}

/**
 * The run that ended when the control document went from `before` to `now`: the one before,
 * when no activity runs now or another activity does. Starting the same activity again (two
 * facilitators pressing "Next" at once, say) ends nothing, so it saves no second version.
 */
export function endedRun(before: ActivityRun | null, now: ActivityRun | null): ActivityRun | null {
  if (!before) return null;
  return now && now.activityId === before.activityId ? null : before;
}
