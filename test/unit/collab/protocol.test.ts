import { MessageType as ProviderMessageType } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { writeSyncStep1, writeUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { frameProblem } from '../../../src/server/collab/frameCheck.js';
import { isEmptyUpdate, messageType, syncStep } from '../../../src/server/collab/protocol.js';

describe('the /collab protocol numbers (server/collab/protocol.ts)', () => {
  it('are the ones the browser provider sends', () => {
    expect({
      sync: ProviderMessageType.Sync,
      awareness: ProviderMessageType.Awareness,
      auth: ProviderMessageType.Auth,
      queryAwareness: ProviderMessageType.QueryAwareness,
      stateless: ProviderMessageType.Stateless,
      close: ProviderMessageType.CLOSE,
      syncStatus: ProviderMessageType.SyncStatus,
      pong: ProviderMessageType.Pong,
    }).toEqual({
      sync: messageType.sync,
      awareness: messageType.awareness,
      auth: messageType.auth,
      queryAwareness: messageType.queryAwareness,
      stateless: messageType.stateless,
      close: messageType.close,
      syncStatus: messageType.syncStatus,
      pong: messageType.pong,
    });
  });

  it('name the sync steps y-protocols writes, which the frame check reads', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('k', 1);
    const frame = (write: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, 'board');
      encoding.writeVarUint(e, messageType.sync);
      write(e);
      return encoding.toUint8Array(e);
    };
    const step1 = frame((e) => writeSyncStep1(e, doc));
    const update = frame((e) => writeUpdate(e, Y.encodeStateAsUpdate(doc)));
    // The step follows the document name (1 byte of length, 5 of text) and the type (1 byte).
    expect([step1[7], update[7]]).toEqual([syncStep.step1, syncStep.update]);
    expect([frameProblem(step1), frameProblem(update)]).toEqual([null, null]);
    // A state vector where an update belongs is refused.
    const swapped = frame((e) => {
      encoding.writeVarUint(e, syncStep.update);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
    });
    expect(frameProblem(swapped)).toMatch(/^unreadable/);
  });

  it('isEmptyUpdate: what Yjs encodes for a document with nothing in it, and nothing else', () => {
    const doc = new Y.Doc();
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc))).toBe(true);
    doc.getArray('a').push([1]);
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc))).toBe(false);
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))).toBe(true);
  });
});
