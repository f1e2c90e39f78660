import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { clusterKey, openEnvelope, sealEnvelope, type Envelope } from '../../src/server/cluster/envelope.js';
import { withoutLocalClients } from '../../src/server/cluster/foreignPresence.js';

const key = clusterKey('the token secret');
const envelope: Envelope = {
  prefix: 'ocs:',
  from: 'instance-a',
  at: 1_700_000_000_000,
  message: {
    kind: 'sync-reply',
    doc: 'b1',
    to: 'instance-b',
    data: Uint8Array.from([1, 2, 3]),
    stateVector: Uint8Array.from([9]),
    relay: 7,
  },
};

describe('M3: messages between instances', () => {
  it('a sealed message opens as it was sent, with its binary parts', () => {
    expect(openEnvelope(key, 'ocs:', sealEnvelope(key, envelope))).toEqual(envelope);
    const event: Envelope = { ...envelope, message: { kind: 'event', event: { type: 'access-changed', workshopId: 'w1' } } };
    expect(openEnvelope(key, 'ocs:', sealEnvelope(key, event))).toEqual(event);
    const stored: Envelope = { ...envelope, message: { kind: 'stored', doc: 'b1', upTo: 12 } };
    expect(openEnvelope(key, 'ocs:', sealEnvelope(key, stored))).toEqual(stored);
  });

  it('M8: a change without its relay number is unreadable', () => {
    const unnumbered = { ...envelope, message: { kind: 'update', doc: 'b1', data: Uint8Array.from([1]) } } as unknown as Envelope;
    expect(openEnvelope(key, 'ocs:', sealEnvelope(key, unnumbered))).toBe('unreadable');
  });

  it('one changed byte, another key, another prefix or another format is refused and says why', () => {
    const sealed = sealEnvelope(key, envelope);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = tampered.at(-1)! ^ 1;
    expect(openEnvelope(key, 'ocs:', tampered)).toBe('bad signature');
    expect(openEnvelope(clusterKey('another secret'), 'ocs:', sealed)).toBe('bad signature');
    expect(openEnvelope(key, 'other:', sealed)).toBe('another prefix');
    const newer = Buffer.from(sealed);
    newer[0] = 3;
    const older = Buffer.from(sealed);
    older[0] = 1;
    expect(openEnvelope(key, 'ocs:', older)).toBe('another format');
    expect(openEnvelope(key, 'ocs:', newer)).toBe('another format');
    expect(openEnvelope(key, 'ocs:', Buffer.from('hello'))).toBe('another format');
  });
});

describe('M4: presence from another instance', () => {
  it('A11: drops the states of clients connected here, keeps the others as they were', () => {
    const awareness = new Awareness(new Y.Doc());
    const remote = new Awareness(new Y.Doc());
    remote.setLocalState({ user: { name: 'Elsewhere' } });
    awareness.setLocalState({ user: { name: 'Here' } });
    const both = new Map([...awareness.getStates(), ...remote.getStates()]);
    const clients = [...both.keys()];
    const merged = new Awareness(new Y.Doc());
    applyAwarenessUpdate(merged, encodeAwarenessUpdate(awareness, [awareness.clientID]), null);
    applyAwarenessUpdate(merged, encodeAwarenessUpdate(remote, [remote.clientID]), null);
    const update = encodeAwarenessUpdate(merged, clients);
    const filtered = withoutLocalClients(update, (id) => id === awareness.clientID);
    const into = new Awareness(new Y.Doc());
    applyAwarenessUpdate(into, filtered!, null);
    expect([...into.getStates().entries()].filter(([id]) => id !== into.clientID)).toEqual([
      [remote.clientID, { user: { name: 'Elsewhere' } }],
    ]);
    expect(withoutLocalClients(update, () => false)).toBe(update);
    expect(withoutLocalClients(update, () => true)).toBeNull();
    for (const a of [awareness, remote, merged, into]) a.destroy();
  });
});
