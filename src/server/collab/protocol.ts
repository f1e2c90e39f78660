import { AuthMessageType } from '@hocuspocus/common';
import { MessageType } from '@hocuspocus/server';
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';

// The numbers of the /collab wire protocol that the server reads itself, by name, in one
// place. Each is taken from the package that defines it, not typed in again, so an upgrade
// that changed one could not leave a copy behind; test/unit/collab/protocol.test.ts checks
// that the browser's provider sends the same ones.
//
// A /collab frame is: the document's name (varString), the message type (varUint), then a
// body of that type's shape.

/**
 * The message type after the document's name: `MessageType` in @hocuspocus/server
 * (packages/server/src/types.ts); the provider has the same enum for what it sends.
 */
export const messageType = {
  /** A y-protocols sync message (step below) that may start a SyncStep1 in reply. */
  sync: MessageType.Sync,
  /** An awareness update (y-protocols/awareness). */
  awareness: MessageType.Awareness,
  /** Authentication: the provider's token (authMessage below). */
  auth: MessageType.Auth,
  queryAwareness: MessageType.QueryAwareness,
  /** As `sync`, but it won't trigger another SyncStep1. */
  syncReply: MessageType.SyncReply,
  stateless: MessageType.Stateless,
  close: MessageType.CLOSE,
  /** The server's "your update is saved" acknowledgement (the provider's unsyncedChanges). */
  syncStatus: MessageType.SyncStatus,
  /** A provider's answer to a ping; sent as the type alone, with no document name. */
  pong: MessageType.Pong,
} as const;

/**
 * The step inside a sync message, and the `type` of Hocuspocus's `beforeSync` hook:
 * `messageYjsSyncStep1`, `messageYjsSyncStep2`, `messageYjsUpdate` in y-protocols/sync.js.
 */
export const syncStep = {
  /** A state vector: "send me what I am missing". */
  step1: messageYjsSyncStep1,
  /** A Yjs update answering a step 1. */
  step2: messageYjsSyncStep2,
  /** A Yjs update made since. */
  update: messageYjsUpdate,
} as const;

/** Whether a sync step carries a Yjs update (step 2 or update), as opposed to a state vector. */
export function carriesUpdate(step: number): boolean {
  return step === syncStep.step2 || step === syncStep.update;
}

/** The kind of an auth message: `AuthMessageType` in @hocuspocus/common (packages/common/src/auth.ts). */
export const authMessage = {
  /** The provider's token, then (optionally) its version. */
  token: AuthMessageType.Token,
} as const;

/**
 * Whether a Yjs update changes nothing: Yjs's update encoding (v1) of no structs (a varUint 0)
 * and an empty delete set (a varUint 0), which Y.encodeStateAsUpdate gives for an empty document.
 */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
