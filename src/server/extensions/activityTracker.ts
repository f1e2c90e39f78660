import type { Extension, onChangePayload } from '@hocuspocus/server';
import type { CollabContext } from '../collab/collabContext.js';
import type { WorkshopActivity } from '../services/workshopActivity.js';

/**
 * A person's edit to any board of a workshop is activity (SPEC K2). Only edits from a
 * connection count (the server's own writes and loads carry no connection's board); the tracker
 * writes at most once an hour per workshop, so this costs a map lookup per edit.
 */
export function activityTracker(activity: WorkshopActivity): Extension {
  return {
    extensionName: 'activityTracker',
    async onChange({ context }: onChangePayload<CollabContext>) {
      const workshopId = context?.board?.workshopId;
      if (workshopId) void activity.touch(workshopId);
    },
  };
}
