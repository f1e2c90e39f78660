import { sectionIds } from './sections.js';
import type { SectionId } from './sections.js';
import type { Canvas, CanvasSection } from './types.js';

export function emptySection(id: SectionId): CanvasSection {
  return { id, status: 'not-started', notes: [], actions: [] };
}

/** A canvas with all fifteen sections empty and not started. */
export function emptyCanvas(title: string, id?: string): Canvas {
  return { ...(id === undefined ? {} : { id }), title, sections: sectionIds.map(emptySection), reviews: [] };
}
