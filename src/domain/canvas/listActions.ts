import type { SectionId } from './sections.js';
import type { Canvas, CanvasAction, Priority } from './types.js';

export interface ListedAction {
  section: SectionId;
  action: CanvasAction;
}

const rank: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/**
 * Every action on the canvas, most urgent first: open before done, then by priority, then by
 * due date (undated last), then in canvas order. This is the "what do we do next" list.
 */
export function listActions(canvas: Canvas): ListedAction[] {
  const all = canvas.sections.flatMap((section) => section.actions.map((action) => ({ section: section.id, action })));
  return all
    .map((item, index) => ({ item, index }))
    .sort((x, y) => {
      const a = x.item.action;
      const b = y.item.action;
      if (a.done !== b.done) return a.done ? 1 : -1;
      if (a.priority !== b.priority) return rank[a.priority] - rank[b.priority];
      if (a.due !== b.due) {
        if (a.due === undefined) return 1;
        if (b.due === undefined) return -1;
        return a.due < b.due ? -1 : 1;
      }
      return x.index - y.index;
    })
    .map(({ item }) => item);
}
