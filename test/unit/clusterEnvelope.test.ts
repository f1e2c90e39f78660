import { describe, expect, it } from 'vitest';
import { clusterKey, openEnvelope, sealEnvelope, type Envelope } from '../../src/server/cluster/envelope.js';

const key = clusterKey('the token secret');
const envelope: Envelope = {
  prefix: 'ocs:',
  from: 'instance-a',
  at: 1_700_000_000_000,
  message: { kind: 'sync-reply', doc: 'b1', to: 'instance-b', data: Uint8Array.from([1, 2, 3]), stateVector: Uint8Array.from([9]) },
};

describe('M3: messages between instances', () => {
  it('a sealed message opens as it was sent, with its binary parts', () => {
    expect(openEnvelope(key, 'ocs:', sealEnvelope(key, envelope))).toEqual(envelope);
    const event: Envelope = { ...envelope, message: { kind: 'event', event: { type: 'access-changed', workshopId: 'w1' } } };
    expect(openEnvelope(key, 'ocs:', sealEnvelope(key, event))).toEqual(event);
  });

  it('one changed byte, another key, another prefix or another format is refused and says why', () => {
    const sealed = sealEnvelope(key, envelope);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = tampered.at(-1)! ^ 1;
    expect(openEnvelope(key, 'ocs:', tampered)).toBe('bad signature');
    expect(openEnvelope(clusterKey('another secret'), 'ocs:', sealed)).toBe('bad signature');
    expect(openEnvelope(key, 'other:', sealed)).toBe('another prefix');
    const newer = Buffer.from(sealed);
    newer[0] = 2;
    expect(openEnvelope(key, 'ocs:', newer)).toBe('another format');
    expect(openEnvelope(key, 'ocs:', Buffer.from('hello'))).toBe('another format');
  });
});
