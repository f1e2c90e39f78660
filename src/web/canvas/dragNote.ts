import type { DragEvent } from 'react';
import type { Placement } from '../../doc/canvas/index.js';

/**
 * Dragging a note between sections with the mouse (the keyboard way is "Move to…" in the
 * note's options). The note's id travels under a type of our own, so text or files dragged
 * in from elsewhere are not taken for a note.
 */
export const noteDragType = 'application/x-opencities-canvas-note';

export function startNoteDrag(event: DragEvent, noteId: string): void {
  event.dataTransfer.setData(noteDragType, noteId);
  event.dataTransfer.setData('text/plain', noteId);
  event.dataTransfer.effectAllowed = 'move';
}

export function isNoteDrag(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(noteDragType);
}

/**
 * Where a dropped note goes: before the note under the pointer when over its upper half,
 * after it when over its lower half; at the end of the section anywhere else.
 */
export function dropPlacement(event: DragEvent, draggedId: string): Placement {
  const target = (event.target as Element | null)?.closest?.('[data-note-id]');
  const overId = target?.getAttribute('data-note-id');
  if (!target || !overId || overId === draggedId) return {};
  const box = target.getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? { beforeId: overId } : { afterId: overId };
}
