import editorMessages from 'virtual:messages/en/map.editor';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { EcosystemMap } from '../../../domain/map/index.js';
import { messageOf } from '../../api.js';
import { addEnglish, translate } from '../../i18n/index.js';
import { useFitMap } from '../canvas/useFitMap.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import type { MapActions } from '../mapActions.js';
import { belowPlaced, layoutActors, layoutBox } from './autoLayout.js';

addEnglish(editorMessages);

export type LayoutMode = 'new' | 'all';

/** What the layout is doing, in words for a status line (in the language of the moment it was said); null when idle. */
export type LayoutStatus = { busy: true; text: string } | { busy: false; text: string } | null;

/**
 * "Tidy up: place new actors only" lays out the actors without a stored place (after an
 * import, say) and puts them below the rest, leaving every manual position alone. "Lay out
 * everything" replaces all positions. Either way the result is one moveActors transaction:
 * one update for the others, one undo step.
 */
export function useAutoLayout(
  map: EcosystemMap,
  actions: MapActions | null,
  boardId: string | undefined,
  report: (message: string) => void,
) {
  const flow = useReactFlow<MapNode, FlowEdge>();
  const fit = useFitMap();
  const store = useStoreApi<MapNode, FlowEdge>();
  const [status, setStatus] = useState<LayoutStatus>(null);

  const run = useCallback(
    async (mode: LayoutMode) => {
      if (!actions || !boardId) return;
      const ids = (mode === 'all' ? map.actors : map.actors.filter((a) => !a.position)).map((a) => a.id);
      if (ids.length === 0) {
        // An empty map has nothing to lay out, which "every actor already has a place" did not say.
        setStatus({
          busy: false,
          text: map.actors.length === 0 ? translate('map.editor.layout.empty') : translate('map.editor.layout.nothing'),
        });
        return;
      }
      const sizeOf = (id: string) => {
        const node = flow.getInternalNode(id);
        const measured =
          node?.measured.width && node.measured.height ? { width: node.measured.width, height: node.measured.height } : undefined;
        return layoutBox(map, id, measured);
      };
      setStatus({ busy: true, text: translate('map.editor.layout.busy', { count: ids.length }) });
      try {
        const origin = mode === 'all' ? { x: 0, y: 0 } : belowPlaced(map, sizeOf);
        const { width, height } = store.getState();
        const positions = await layoutActors(boardId, map, ids, sizeOf, origin, width > 0 && height > 0 ? width / height : 1.4);
        actions.move(
          [...positions].map(([id, p]) => ({ id, ...p })),
          [],
        );
        setStatus({
          busy: false,
          text: translate('map.editor.layout.done', { count: positions.size }),
        });
        // Let the new positions render, then show the whole result.
        requestAnimationFrame(() => requestAnimationFrame(fit));
      } catch (e) {
        // A failure is an error (role=alert, stays until dismissed), not a passing status.
        setStatus(null);
        report(translate('map.editor.layout.failed', { reason: messageOf(e) }));
      }
    },
    [actions, boardId, map, flow, fit, store, report],
  );

  return { status, run, clear: () => setStatus(null) };
}
