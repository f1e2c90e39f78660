import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The format of the messages server instances exchange through Redis (SPEC M3). A message of
 * another format (an older or newer release running beside this one) is ignored and logged.
 * Format 2: changes are relayed before they are stored, numbered, and announced once stored
 * (SPEC M8); a format-1 instance takes a relayed change for a stored one, so the two must not mix.
 */
export const clusterFormat = 2;
const macBytes = 32;
const headerLengthBytes = 4;

/** What one instance tells the others, besides board content (SPEC M5). */
export type ClusterEvent =
  | { type: 'boards-deleted'; boardIds: string[] }
  | { type: 'access-changed'; workshopId: string }
  | { type: 'lock-changed'; boardId: string }
  | { type: 'audience-closed'; boardId: string }
  | { type: 'spotlight'; boardIds: string[]; spotlit: string | null };

/** A message between instances. `doc` is a Hocuspocus document name (a board id). */
export type ClusterMessage =
  /** A change, sent before it is known stored: `relay` numbers it among the sender's relays (M8). */
  | { kind: 'update'; doc: string; data: Uint8Array; relay: number }
  | { kind: 'awareness'; doc: string; data: Uint8Array }
  /** "Send me what I lack": `data` is the asker's state vector. */
  | { kind: 'sync-request'; doc: string; data: Uint8Array }
  /** The answer to one instance (`to`): what it lacked, and the answerer's state vector; numbered as a relay. */
  | { kind: 'sync-reply'; doc: string; to: string; data: Uint8Array; stateVector: Uint8Array; relay: number }
  /** Everything the sender relayed of `doc` up to relay number `upTo` is stored (M8). */
  | { kind: 'stored'; doc: string; upTo: number }
  /** How many audience members watch `doc` through the sender now (SPEC W4): said on change and again now and then. */
  | { kind: 'audience'; doc: string; watching: number }
  | { kind: 'event'; event: ClusterEvent };

/** A message with who sent it, when (their clock, ms) and the deployment's key prefix. */
export interface Envelope {
  prefix: string;
  from: string;
  at: number;
  message: ClusterMessage;
}

/** Why a received message was ignored. */
export type Refusal = 'another format' | 'bad signature' | 'another prefix' | 'unreadable';

interface Header {
  prefix: string;
  from: string;
  at: number;
  kind: ClusterMessage['kind'];
  doc?: string;
  to?: string;
  event?: ClusterEvent;
  relay?: number;
  upTo?: number;
  watching?: number;
  /** Bytes of `data`; `stateVector` follows it. */
  dataLength: number;
}

/** The signing key: derived from the token secret every instance reads from the store. */
export function clusterKey(tokenSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', tokenSecret, 'opencities', 'cluster messages', 32));
}

/** format byte, HMAC-SHA256 of what follows, header length, header (JSON), data, state vector. */
export function sealEnvelope(key: Buffer, envelope: Envelope): Buffer {
  const { message } = envelope;
  const data = 'data' in message ? message.data : new Uint8Array(0);
  const stateVector = message.kind === 'sync-reply' ? message.stateVector : new Uint8Array(0);
  const header: Header = {
    prefix: envelope.prefix,
    from: envelope.from,
    at: envelope.at,
    kind: message.kind,
    ...('doc' in message ? { doc: message.doc } : {}),
    ...(message.kind === 'sync-reply' ? { to: message.to } : {}),
    ...(message.kind === 'event' ? { event: message.event } : {}),
    ...('relay' in message ? { relay: message.relay } : {}),
    ...(message.kind === 'stored' ? { upTo: message.upTo } : {}),
    ...(message.kind === 'audience' ? { watching: message.watching } : {}),
    dataLength: data.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(headerLengthBytes);
  length.writeUInt32BE(headerBytes.length);
  const body = Buffer.concat([length, headerBytes, data, stateVector]);
  return Buffer.concat([Buffer.from([clusterFormat]), mac(key, body), body]);
}

/** The envelope, or why it is refused. The prefix is checked after the signature. */
export function openEnvelope(key: Buffer, prefix: string, bytes: Buffer): Envelope | Refusal {
  if (bytes.length < 1 + macBytes + headerLengthBytes || bytes[0] !== clusterFormat) return 'another format';
  const body = bytes.subarray(1 + macBytes);
  if (!timingSafeEqual(bytes.subarray(1, 1 + macBytes), mac(key, body))) return 'bad signature';
  let header: Header;
  try {
    const headerLength = body.readUInt32BE(0);
    header = JSON.parse(body.subarray(headerLengthBytes, headerLengthBytes + headerLength).toString()) as Header;
    const data = new Uint8Array(body.subarray(headerLengthBytes + headerLength, headerLengthBytes + headerLength + header.dataLength));
    const rest = new Uint8Array(body.subarray(headerLengthBytes + headerLength + header.dataLength));
    if (header.prefix !== prefix) return 'another prefix';
    return { prefix: header.prefix, from: header.from, at: header.at, message: toMessage(header, data, rest) };
  } catch {
    return 'unreadable';
  }
}

function toMessage(h: Header, data: Uint8Array, stateVector: Uint8Array): ClusterMessage {
  if (h.kind === 'event') return { kind: 'event', event: h.event! };
  if (typeof h.doc !== 'string') throw new Error('no document');
  if (h.kind === 'sync-reply') return { kind: 'sync-reply', doc: h.doc, to: String(h.to), data, stateVector, relay: count(h.relay) };
  if (h.kind === 'update') return { kind: 'update', doc: h.doc, data, relay: count(h.relay) };
  if (h.kind === 'stored') return { kind: 'stored', doc: h.doc, upTo: count(h.upTo) };
  if (h.kind === 'audience') return { kind: 'audience', doc: h.doc, watching: watching(h.watching) };
  if (h.kind === 'awareness' || h.kind === 'sync-request') return { kind: h.kind, doc: h.doc, data };
  throw new Error(`unknown kind ${String(h.kind)}`);
}

/** A relay number: a whole number from 1 up. */
function count(n: unknown): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) throw new Error('no relay number');
  return n;
}

/** An audience count: a whole number from 0 up. */
function watching(n: unknown): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Error('no audience count');
  return n;
}

function mac(key: Buffer, body: Buffer): Buffer {
  return createHmac('sha256', key).update(body).digest();
}
