import { createContext, useCallback, useEffect, useState } from 'react';

export interface LabelSize {
  width: number;
  height: number;
}

/** The key under which an actor's pinned notes (hanging beside it) report their size. */
export const pinnedNotesKey = (actorId: string) => `\u0000notes ${actorId}`;

/** Called by a flow's label (or an actor's pinned notes, under `pinnedNotesKey`) with its element when it is drawn, and with null when it goes. */
export type ObserveLabel = (flowId: string, element: HTMLElement | null) => void;

/** How a flow's label, or an actor's pinned notes, report their element to the canvas, which measures it (useLabelSizes). */
export const LabelSizeContext = createContext<ObserveLabel | null>(null);

/**
 * The size of each flow label (and each actor's pinned notes) drawn so far, in board units (a label's layout size, which the
 * view's zoom does not change), kept up to date by one ResizeObserver: the labels are placed
 * clear of actors and of each other with their real sizes (placeFlowLabels). A label scrolled
 * out of view keeps its last size; one never drawn has none (a typical size stands in).
 */
export function useLabelSizes(): { sizes: ReadonlyMap<string, LabelSize>; observe: ObserveLabel } {
  const [sizes, setSizes] = useState<ReadonlyMap<string, LabelSize>>(() => new Map());
  const [watch] = useState(() => {
    const ids = new WeakMap<Element, string>();
    const elements = new Map<string, Element>();
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const found: [string, LabelSize][] = [];
            for (const entry of entries) {
              const id = ids.get(entry.target);
              const box = entry.borderBoxSize?.[0];
              if (id === undefined || !box || box.inlineSize === 0) continue;
              found.push([id, { width: Math.ceil(box.inlineSize), height: Math.ceil(box.blockSize) }]);
            }
            if (found.length === 0) return;
            setSizes((previous) => {
              const changed = found.filter(([id, size]) => {
                const was = previous.get(id);
                return !was || was.width !== size.width || was.height !== size.height;
              });
              return changed.length === 0 ? previous : new Map([...previous, ...changed]);
            });
          });
    return { ids, elements, observer };
  });
  useEffect(() => () => watch.observer?.disconnect(), [watch]);
  const observe = useCallback<ObserveLabel>(
    (flowId, element) => {
      const { ids, elements, observer } = watch;
      if (!observer) return;
      const before = elements.get(flowId);
      if (before && before !== element) {
        observer.unobserve(before);
        elements.delete(flowId);
      }
      if (!element || before === element) return;
      ids.set(element, flowId);
      elements.set(flowId, element);
      observer.observe(element);
    },
    [watch],
  );
  return { sizes, observe };
}
