import type { Hocuspocus } from '@hocuspocus/server';
import { closeCodes } from '../../shared/index.js';
import { endConnection } from './closeSocket.js';

/**
 * After boards were deleted (with their workshop): everyone on them is disconnected with
 * BOARD_NOT_FOUND, which their page shows as final, and each board is dropped from memory
 * unstored once its last connection is gone. Without this, people would go on editing a
 * board that no longer exists, and its content would stay in the server's memory.
 */
export function dropLiveBoards(hocuspocus: Hocuspocus, persistence: { forget(documentName: string): void }, boardIds: string[]): void {
  for (const id of boardIds) {
    const document = hocuspocus.documents.get(id);
    if (!document) continue;
    persistence.forget(id);
    for (const connection of document.getConnections()) {
      endConnection(connection, closeCodes.BOARD_NOT_FOUND, 'BOARD_NOT_FOUND', 'This board has been deleted. Go back to your workshops.');
    }
  }
}
