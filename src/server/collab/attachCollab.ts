import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { originAllowed } from '../auth/requestOrigin.js';

/** Copies a Node request's headers into a fetch Headers, which Hocuspocus hooks receive. */
function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  return headers;
}

export interface CollabOptions {
  /** A last-resort cap enforced by ws itself; the limits extension closes with a clearer reason well below it. */
  hardMaxPayload: number;
  /** PUBLIC_URL's origin, or null: the origin pages must have to open /collab (SPEC S1). */
  publicUrl: string | null;
  log: (line: string) => void;
}

/**
 * Serves /collab on the HTTP server's port: WebSocket upgrades go to Hocuspocus, anything
 * else that asks to upgrade is turned away. A browser page of another origin is refused
 * before the upgrade (SPEC S1). Its token would be refused anyway: a token comes only from
 * POST /api/join or /api/token, whose answers another origin cannot read (no CORS) and
 * whose requests it cannot make (the Origin check); this is the second line.
 */
export function attachCollab(server: Server, hocuspocus: Hocuspocus, options: CollabOptions): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.hardMaxPayload });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/collab') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
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
      ws.on('message', (data: Buffer) => connection.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
      ws.on('error', () => ws.terminate());
    });
  });
  return wss;
}
