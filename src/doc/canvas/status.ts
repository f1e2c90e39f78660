import type * as Y from 'yjs';
import { checkCanvasField } from '../../domain/canvas/index.js';
import type { SectionId, SectionStatus } from '../../domain/canvas/index.js';
import { canvasSectionsOf } from './layout.js';
import { firstProblem } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';

/** Sets a section's status (not-started, discussed, action-needed, done); the last writer wins. */
export function setStatus(doc: Y.Doc, section: SectionId, status: SectionStatus): CanvasOpResult {
  const result = firstProblem(checkCanvasField('section', section, 'section'), checkCanvasField('status', status, 'status'));
  if (result.ok) canvasSectionsOf(doc).set(section, status);
  return result;
}
