import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endActivity, endedRun, readActivityRun, startActivity, startActivityTimer } from '../../../src/doc/control/index.js';

describe('which run of an activity ended (SPEC H5)', () => {
  it('each start is a new run, the same on every replica; a timer change is not', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'mapping', minutes: 30 }, 0, { startTimer: false });
    const first = readActivityRun(doc);
    expect(first?.activityId).toBe('mapping');
    startActivityTimer(doc, 1000);
    expect(readActivityRun(doc)).toEqual(first);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    expect(readActivityRun(replica)).toEqual(first);
    startActivity(doc, { id: 'mapping', minutes: 30 }, 2000);
    expect(readActivityRun(doc)?.runId).not.toBe(first?.runId);
    endActivity(doc);
    expect(readActivityRun(doc)).toBeNull();
  });

  it('a run ends when no activity follows it or another one does, not when the same one starts again', () => {
    const run = { activityId: 'mapping', runId: '1-0' };
    expect(endedRun(run, null)).toEqual(run);
    expect(endedRun(run, { activityId: 'reflect', runId: '1-9' })).toEqual(run);
    expect(endedRun(run, { activityId: 'mapping', runId: '2-0' })).toBeNull();
    expect(endedRun(null, { activityId: 'mapping', runId: '2-0' })).toBeNull();
  });
});
