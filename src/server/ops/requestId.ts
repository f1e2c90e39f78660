import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** An incoming X-Request-Id is kept when it is this plain: a proxy's id, not text to smuggle into logs. */
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request (SPEC O3): the proxy's `X-Request-Id` when it is sane (letters, digits,
 * `.`, `_`, `:`, `-`, at most 128), else a fresh UUID. Every log line of the request carries
 * it, and the response echoes it, so one request can be followed from proxy to server.
 */
export function requestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && saneRequestId.test(incoming) ? incoming : randomUUID();
}
