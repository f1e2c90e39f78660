import { useCallback, useEffect, useState } from 'react';
import { isPrivateRoundOpen } from '../../doc/control/index.js';
import type { ReflectionColumn } from '../../domain/facilitation/index.js';
import { api, messageOf } from '../api.js';
import { useLive } from './liveContext.js';

/** A note this person holds back, as the server gives it back to them alone. */
export interface HeldNote {
  id: string;
  text: string;
  column: ReflectionColumn | null;
  anonymous: boolean;
  createdAt: string;
}

/** How many notes one person holds back: all a facilitator sees before the reveal. */
export interface HeldCount {
  participantId: string;
  name: string;
  groupId: string | null;
  notes: number;
}

interface RoundAnswer {
  round: { boardId: string; openedAt: string } | null;
  notes?: HeldNote[];
  counts?: HeldCount[];
  anonymousNotes?: number;
  writers?: number;
}

export interface PrivateRoundState {
  /** A round is open on this board (the control document says so, SPEC R1). */
  open: boolean;
  /** This person's new notes go aside now: a participant, during a round. */
  holdsBack: boolean;
  facilitating: boolean;
  notes: HeldNote[];
  /** A facilitator's view (SPEC R3): notes held back under a name, per person; anonymous ones only counted. */
  counts: HeldCount[];
  anonymousNotes: number;
  /** How many people hold notes back, anonymous writers included. */
  writers: number;
  problem: string | null;
  busy: boolean;
  start: () => void;
  reveal: () => void;
  /** Holds a note back; resolves false (and sets `problem`) if the server refused it. */
  add: (text: string, column?: ReflectionColumn, anonymous?: boolean) => Promise<boolean>;
  /** Takes back one of my held-back notes: deleted, never revealed. */
  takeBack: (noteId: string) => void;
}

/** A facilitator's counts are fetched again this often while a round is open (participants' notes do not touch any document). */
const countsEveryMs = 4000;

/**
 * The private round on a board (SPEC R): open or not, from the workshop's control document;
 * a participant's own held-back notes, or a facilitator's counts, from the server. Notes held
 * back are never in any document this page receives, so they come from GET, after each change.
 */
export function usePrivateRound(boardId: string | null): PrivateRoundState {
  const live = useLive();
  const doc = live?.connection.doc ?? null;
  const role = live?.me.role ?? null;
  const [open, setOpen] = useState(false);
  const [notes, setNotes] = useState<HeldNote[]>([]);
  const [counts, setCounts] = useState<HeldCount[]>([]);
  const [anonymousNotes, setAnonymousNotes] = useState(0);
  const [writers, setWriters] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [seq, setSeq] = useState(0);
  const refresh = useCallback(() => setSeq((n) => n + 1), []);

  useEffect(() => {
    if (!doc || !boardId) {
      setOpen(false);
      return;
    }
    const update = () => setOpen(isPrivateRoundOpen(doc, boardId));
    update();
    doc.on('update', update);
    return () => doc.off('update', update);
  }, [doc, boardId]);

  useEffect(() => {
    if (!open || !boardId) {
      setNotes([]);
      setCounts([]);
      return;
    }
    const abort = new AbortController();
    api
      .get<RoundAnswer>(`/api/boards/${boardId}/private-round`, abort.signal)
      .then((answer) => {
        setNotes(answer.notes ?? []);
        setCounts(answer.counts ?? []);
        setAnonymousNotes(answer.anonymousNotes ?? 0);
        setWriters(answer.writers ?? 0);
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setProblem(messageOf(e));
      });
    const timer = role === 'facilitator' ? setTimeout(refresh, countsEveryMs) : undefined;
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [open, boardId, role, seq, refresh]);

  const act = useCallback(
    async (what: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        await what();
        setProblem(null);
        refresh();
        return true;
      } catch (e) {
        setProblem(messageOf(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [refresh],
  );

  return {
    open,
    holdsBack: open && role === 'participant',
    facilitating: role === 'facilitator',
    notes,
    counts,
    anonymousNotes,
    writers,
    problem,
    busy,
    start: () => void act(() => api.post(`/api/boards/${boardId}/private-round`, {})),
    reveal: () => void act(() => api.post(`/api/boards/${boardId}/private-round/reveal`, {})),
    takeBack: (noteId) => void act(() => api.delete(`/api/boards/${boardId}/private-notes/${encodeURIComponent(noteId)}`)),
    add: (text, column, anonymous) =>
      act(() =>
        api.post(`/api/boards/${boardId}/private-notes`, { text, ...(column ? { column } : {}), ...(anonymous ? { anonymous } : {}) }),
      ),
  };
}
