/**
 * What the map editor needs of Yjs and src/doc once the board's document is there: reading
 * the map, writing it, undo, the quick notes and the audience's queue. One module, loaded
 * with `import()` by `useMapLive` (its own chunk, with Yjs), so the editor's first picture,
 * drawn from GET /api/boards/:id/map, needs none of it.
 */
export { audienceQueueOf, mapTypesOf, readMap, readSuggestions } from '../../../doc/map/index.js';
export { createMapActions } from '../mapActions.js';
export { mapUndoManager } from '../hooks/mapUndoManager.js';
