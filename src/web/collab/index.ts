export { useBoard } from './useBoard.js';
export type { BoardConnection } from './useBoard.js';
export { useQuickNotes } from './useQuickNotes.js';
export { initialsOf, presenceColours } from './presence.js';
export type { Presence } from './presence.js';
export type { ConnectionStatus } from './connectionStatus.js';
