import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

/** Copies a Node request's headers into a fetch Headers, which Hocuspocus hooks receive. */
function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  return headers;
}

/**
 * Serves /collab on the HTTP server's port: WebSocket upgrades go to Hocuspocus, anything
 * else that asks to upgrade is turned away. `hardMaxPayload` is a last-resort cap enforced by
 * ws itself; the limits extension closes with a clearer reason well below it.
 */
export function attachCollab(server: Server, hocuspocus: Hocuspocus, hardMaxPayload: number): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: hardMaxPayload });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/collab') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
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
