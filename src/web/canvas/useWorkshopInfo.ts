import { linkedMapBoard } from '../../domain/facilitation/index.js';
import type { BoardSummary, WorkshopDetail } from '../apiTypes.js';
import { useResource } from '../hooks/useResource.js';

export interface WorkshopInfo {
  /** The workshop's ecosystem map boards this person may open, the canvas's own group's first. */
  mapBoards: BoardSummary[];
  /** The map this canvas links to when none is chosen in its settings: its group's map for its project. */
  defaultMap: BoardSummary | null;
  /** This canvas board's title, once known: the export's fallback title. */
  boardTitle: string | undefined;
  participantId: string | null;
  /** Still waiting for the workshop's details. */
  loading: boolean;
  /** Loading the workshop failed: the map list is unavailable (the message says why). */
  error: Error | null;
}

/** GET /api/workshops/:id (docs/api.md), for the map boards to link and for who I am. */
export function useWorkshopInfo(workshopId: string | undefined, boardId: string | undefined): WorkshopInfo {
  const detail = useResource<WorkshopDetail>(workshopId ? `/api/workshops/${encodeURIComponent(workshopId)}` : null);
  const none: WorkshopInfo = { mapBoards: [], defaultMap: null, boardTitle: undefined, participantId: null, loading: false, error: null };
  if (!workshopId) return none;
  if (detail.status === 'loading') return { ...none, loading: true };
  if (detail.status === 'error') return { ...none, error: detail.error };

  const { boards, me } = detail.data;
  const self = boards.find((b) => b.id === boardId);
  // The group whose map this canvas most likely belongs with: the canvas's group, else mine.
  const group = self?.groupId ?? me.groupId;
  const ours = (b: BoardSummary) => Number(group !== null && b.groupId === group);
  const mapBoards = boards.filter((b) => b.kind === 'ecosystem-map').sort((a, b) => ours(b) - ours(a));
  return {
    mapBoards,
    defaultMap: self ? linkedMapBoard(self, boards) : null,
    boardTitle: self?.title,
    participantId: me.participantId,
    loading: false,
    error: null,
  };
}
