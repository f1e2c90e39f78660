import type { Connection } from '@hocuspocus/server';
import type { ErrorCode } from '../../shared/index.js';
import { closeReason } from './collabContext.js';

/**
 * Ends the sender's whole WebSocket after a connection is closed for a limit or a failed write.
 *
 * Hocuspocus 4 multiplexes documents over one socket, so closing a connection closes only the
 * document: the client gets a close message (code 1000, our reason) while its socket stays
 * open, and a provider then waits forever, holding edits the server never acknowledges. Ending
 * the socket too, with the application close code and the bare error code as reason (a close
 * reason has at most 123 bytes), makes the provider report the code, reconnect by itself and
 * send the edits it still holds. Deferred, so the close message with the full reason goes first.
 */
export function closeSocket(connection: Connection, code: number, errorCode: string): void {
  setImmediate(() => {
    try {
      connection.webSocket.close(code, errorCode);
    } catch {
      // Already closing or closed: nothing left to end.
    }
  });
}

/**
 * Closes a board's connection with a reason the client can show ("CODE: what to do"), then
 * its socket (above): what the server does when it ends someone's editing itself.
 */
export function endConnection(connection: Connection, code: number, errorCode: ErrorCode, message: string): void {
  connection.close({ code, reason: closeReason(errorCode, message) });
  closeSocket(connection, code, errorCode);
}
