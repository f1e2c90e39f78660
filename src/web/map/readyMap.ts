import type { EcosystemMap } from '../../domain/map/index.js';

/**
 * The map as the server read it (GET /api/boards/:id/map), for the editor's first picture
 * before Yjs and the board's document are loaded: still on its way, there, or not to be had
 * (the editor then draws from the document once it holds the board, as before).
 */
export type ReadyMap = { state: 'waiting' } | { state: 'ready'; map: EcosystemMap } | { state: 'failed' };
