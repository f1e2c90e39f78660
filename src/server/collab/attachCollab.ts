import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { originAllowed } from '../auth/requestOrigin.js';
import { frameProblem, isPong } from './frameCheck.js';
import { LogLimiter } from './logLimiter.js';

/** WebSocket close code for a message that breaks the protocol. */
const protocolError = 1002;
/** Lines about malformed frames: at most this many a minute (LogLimiter). */
const malformedLinesPerMinute = 20;

/** Copies a Node request's headers into a fetch Headers, which Hocuspocus hooks receive. */
function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  return headers;
}

/** Everything attachCollab needs beyond the server and Hocuspocus. */
export interface CollabOptions {
  /** A last-resort cap enforced by ws itself; the limits extension closes with a clearer reason well below it. */
  hardMaxPayload: number;
  /** Frames larger than this are left to the limits extension (it closes with 4413). */
  maxMessageBytes: number;
  /** PUBLIC_URL's origin, or null: the origin pages must have to open /collab (SPEC S1). */
  publicUrl: string | null;
  log: (line: string) => void;
  /** True while the server drains (SPEC O4): new connections are refused with 503, to go to another instance. */
  draining?: () => boolean;
}

/**
 * Serves /collab on the HTTP server's port: WebSocket upgrades go to Hocuspocus, anything
 * else that asks to upgrade is turned away. A browser page of another origin is refused
 * before the upgrade (SPEC S1). Its token would be refused anyway: a token comes only from
 * POST /api/join or /api/token, whose answers another origin cannot read (no CORS) and
 * whose requests it cannot make (the Origin check); this is the second line.
 * A frame Hocuspocus could not read closes its socket with 1002 and one short log line,
 * rate-limited (SPEC E4); Hocuspocus itself would print a stack trace for each.
 */
export function attachCollab(server: Server, hocuspocus: Hocuspocus, options: CollabOptions): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.hardMaxPayload });
  const malformed = new LogLimiter(options.log, malformedLinesPerMinute, 60_000);
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/collab') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (options.draining?.()) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    const { origin, referer, host } = request.headers;
    if (!originAllowed({ origin, referer, host }, options.publicUrl)) {
      options.log(`collab refused an opening from ${origin ?? referer ?? 'another site'}: ORIGIN_NOT_ALLOWED`);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const fetchRequest = new Request(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/collab'}`, {
        headers: toHeaders(request),
      });
      const connection = hocuspocus.handleConnection(ws, fetchRequest, {});
      let refused = false;
      ws.on('message', (data: Buffer) => {
        if (refused) return;
        const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        if (isPong(frame)) return;
        const problem = frame.length > options.maxMessageBytes ? null : frameProblem(frame);
        if (problem === null) {
          connection.handleMessage(frame);
          return;
        }
        refused = true;
        malformed.line(
          `collab: closed a connection from ${request.socket.remoteAddress ?? 'an unknown address'}: malformed message, ${problem.slice(0, 120)}`,
        );
        ws.close(protocolError, 'malformed message');
      });
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
      ws.on('error', () => ws.terminate());
    });
  });
  return wss;
}
