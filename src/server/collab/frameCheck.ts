import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { authMessage, carriesUpdate, messageType, syncStep } from './protocol.js';

/** A provider's answer to an application-level ping: the type alone, with no document. */
export function isPong(frame: Uint8Array): boolean {
  return frame.length === 1 && frame[0] === messageType.pong;
}

function checkSync(decoder: decoding.Decoder): string | null {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === syncStep.step1) Y.decodeStateVector(payload);
  else if (carriesUpdate(step)) Y.decodeUpdate(payload);
  else return `unknown sync step ${step}`;
  return null;
}

function checkAwareness(decoder: decoding.Decoder): string | null {
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const states = decoding.readVarUint(update);
  for (let i = 0; i < states; i++) {
    decoding.readVarUint(update); // client id
    decoding.readVarUint(update); // clock
    JSON.parse(decoding.readVarString(update));
  }
  return null;
}

function checkBody(type: number, decoder: decoding.Decoder): string | null {
  switch (type) {
    case messageType.sync:
    case messageType.syncReply:
      return checkSync(decoder);
    case messageType.awareness:
      return checkAwareness(decoder);
    case messageType.auth:
      if (decoding.readVarUint(decoder) !== authMessage.token) return 'an authentication message that is not a token';
      decoding.readVarString(decoder);
      if (decoding.hasContent(decoder)) decoding.readVarString(decoder); // the provider's version
      return null;
    case messageType.stateless:
      decoding.readVarString(decoder);
      return null;
    case messageType.queryAwareness:
    case messageType.close:
      return null;
    default:
      return `message type ${type}, which clients do not send`;
  }
}

/**
 * What is wrong with a /collab frame, or null when Hocuspocus can read it: the document's
 * address, a message type a client may send, and a body of that type's shape (a Yjs update
 * or state vector Yjs can decode, awareness states in JSON). Hocuspocus prints a whole stack
 * trace for each frame it cannot read; checked here first, a bad frame costs one short log
 * line instead (attachCollab).
 */
export function frameProblem(frame: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder); // the document's address
    return checkBody(decoding.readVarUint(decoder), decoder);
  } catch (e) {
    return `unreadable (${e instanceof Error ? e.message : String(e)})`;
  }
}
