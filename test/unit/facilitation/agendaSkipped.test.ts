import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endActivity, readLiveState, startActivity } from '../../../src/doc/control/index.js';
import { agendaItemStates } from '../../../src/domain/facilitation/index.js';

const agenda = [{ id: 'welcome' }, { id: 'intro' }, { id: 'mapping' }, { id: 'lunch' }, { id: 'present' }];
const t0 = 1_700_000_000_000;

describe('an agenda item passed over reads as skipped, not done', () => {
  it('the control document records each activity started, once, and the record reaches another replica', () => {
    const doc = new Y.Doc();
    expect(readLiveState(doc).startedActivities).toBeNull();
    startActivity(doc, { id: 'welcome', minutes: 10 }, t0);
    startActivity(doc, { id: 'mapping', minutes: 60 }, t0 + 1000);
    startActivity(doc, { id: 'welcome', minutes: 10 }, t0 + 2000);
    startActivity(doc, { id: 'present', minutes: 20 }, t0 + 3000);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readLiveState(copy).startedActivities?.sort()).toEqual(['mapping', 'present', 'welcome']);
    expect(doc.getMap('activitiesStarted').get('welcome')).toBe(t0);
  });

  it('items before the current one are done when they ran and skipped when they did not', () => {
    expect(agendaItemStates(agenda, 'present', ['welcome', 'mapping', 'present'])).toEqual(['done', 'skipped', 'done', 'skipped', 'now']);
  });

  it('with no record of starts (an older document) every earlier item reads as done, as before', () => {
    expect(agendaItemStates(agenda, 'mapping', null)).toEqual(['done', 'done', 'now', 'next', 'next']);
  });

  it('with nothing running, what ran reads as done and the rest as to come', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'welcome', minutes: 10 }, t0);
    endActivity(doc);
    const state = readLiveState(doc);
    expect(agendaItemStates(agenda, state.activityId, state.startedActivities)).toEqual(['done', 'next', 'next', 'next', 'next']);
  });
});
