import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * An awareness update from another instance without the states of clients one of this
 * instance's connections announced (SPEC A11, M4): a client on another instance cannot speak
 * for someone connected here, which that instance's own guard cannot see. Null if nothing is left.
 * The encoding is y-protocols': a count, then per client its id, clock and state as JSON.
 */
export function withoutLocalClients(update: Uint8Array, isLocal: (clientId: number) => boolean): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (!isLocal(clientId)) kept.push({ clientId, clock, state });
  }
  if (kept.length === count) return update;
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const { clientId, clock, state } of kept) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
