/**
 * The fields the canvas format knows, object by object, in the file's order: what a written file
 * lists first and what counts as an unknown (kept) field. Written out rather than read from the
 * zod schema, so writing a canvas (a saved version on the live board) does not need zod; a test
 * keeps them equal to canvasFileSchema's (test/unit/canvas/fieldChecks.test.ts).
 */
export const knownKeys = {
  canvas: ['format', 'version', 'id', 'title', 'map', 'sections', 'reviews', 'nextReview'],
  section: ['id', 'status', 'notes', 'actions'],
  note: ['id', 'text', 'author', 'votes', 'colour'],
  action: ['id', 'text', 'owner', 'due', 'priority', 'done', 'fromNote'],
  review: ['date', 'by', 'summary'],
} as const satisfies Record<string, readonly string[]>;
