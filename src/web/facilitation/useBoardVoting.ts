import { useCallback, useEffect, useMemo, useState } from 'react';
import votingMessages from 'virtual:messages/en/voting';
import type * as Y from 'yjs';
import {
  mayVote,
  rankVotes,
  resultsVisible,
  type VotableItem,
  type VoteResult,
  type VotingRound,
} from '../../domain/facilitation/index.js';
import type { BoardKind } from '../../domain/index.js';
import { boardTally, castVote, readVoterDots, retractVote, votesMap } from '../../doc/control/index.js';
import type { votableItems as readVotableItems } from '../../doc/control/votableItems.js';
import { addEnglish, translate, useI18n } from '../i18n/index.js';
import { useLive } from './liveContext.js';
import { notVotingReason } from './notVotingReason.js';

addEnglish(votingMessages);

type ItemReader = typeof readVotableItems;

/**
 * The reader of a board's votable items (it reads every board kind: the map's, the canvas's,
 * the reflection's), loaded only once a round is on this board: a page opens without it.
 */
function useItemReader(needed: boolean): ItemReader | null {
  const [reader, setReader] = useState<{ read: ItemReader } | null>(null);
  useEffect(() => {
    if (!needed || reader) return;
    let gone = false;
    import('../../doc/control/votableItems.js').then(
      (m) => gone || setReader({ read: m.votableItems }),
      () => {}, // offline or the app was updated: voting stays off until the page is reloaded
    );
    return () => {
      gone = true;
    };
  }, [needed, reader]);
  return reader?.read ?? null;
}

export interface BoardVoting {
  round: VotingRound;
  open: boolean;
  /** This person places dots now: a participant who may vote on this board, while the round is open. */
  canVote: boolean;
  /** Why this person does not vote, when they do not (in words), else null. */
  notVotingBecause: string | null;
  left: number;
  /** My dots per item id. */
  mine: ReadonlyMap<string, number>;
  /** Everyone's dots per item id; null while the counts are hidden (reveal at the end). */
  counts: ReadonlyMap<string, number> | null;
  /** The items with votes, most first; null while the counts are hidden. */
  results: VoteResult[] | null;
  /** Places a dot; the refusal in words when it is not placed (the board is left unchanged). */
  cast: (targetId: string) => string | null;
  retract: (targetId: string) => boolean;
}

/** The board open on this page, as voting needs it. */
export interface VotingBoard {
  id: string;
  kind: BoardKind;
  /** The group the board belongs to; null for a board of the whole workshop. */
  groupId: string | null;
}

interface Read {
  items: VotableItem[];
  mine: Map<string, number>;
  counts: Map<string, number>;
  results: VoteResult[];
  used: number;
}

/** How long the item list may lag behind edits to the board (not to the dots, which count at once). */
const relistMs = 300;

const countOf = (ids: readonly string[]) => {
  const out = new Map<string, number>();
  for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
};

/**
 * Dot voting on this board, when the workshop's current round is on it (src/doc/control
 * boardVotes.ts): my dots and budget, everyone's counts and the ranked results when they may be
 * seen, and placing or taking back a dot. Every item of the board can take dots (votableItems);
 * dots from people who may not vote here (another group's members) are not counted, on every
 * screen alike. Null when no round is on this board.
 */
export function useBoardVoting(doc: Y.Doc | null, board: VotingBoard | null, readOnly: boolean): BoardVoting | null {
  // The reason in words (notVotingReason) is drawn again in another language when it changes.
  useI18n();
  const live = useLive();
  const round = live?.connection.state.voting ?? null;
  const onThisBoard = round && board && round.boardId === board.id ? round : null;
  const voterId = live?.me.participantId ?? null;
  const role = live?.me.role ?? 'participant';
  const kind = board?.kind ?? 'ecosystem-map';
  const groupId = board?.groupId ?? null;
  const participants = live?.detail.participants;
  const reloadDetail = live?.reloadDetail;
  // A dot counts only from a known participant who may vote on this board.
  const { isVoter, known } = useMemo(() => {
    const byId = new Map((participants ?? []).map((p) => [p.id, p]));
    const isVoter = (id: string) => {
      const person = byId.get(id);
      return person !== undefined && mayVote(person, { groupId });
    };
    return { isVoter, known: new Set(byId.keys()) };
  }, [participants, groupId]);
  const [read, setRead] = useState<Read | null>(null);
  const [unknownVoter, setUnknownVoter] = useState(false);
  const votableItems = useItemReader(onThisBoard !== null);

  useEffect(() => {
    if (!doc || !onThisBoard || !votableItems) {
      setRead(null);
      return;
    }
    const votes = votesMap(doc);
    // Listing the items reads the whole board (a 1,000-actor map takes a good part of a frame),
    // so it is redone at most every `relistMs` while the board changes (a drag is many
    // transactions); a change to the dots alone is counted at once against the last list.
    let items = votableItems(doc, kind);
    let relisting: number | undefined;
    const recount = () => {
      const ids = new Set(items.map((i) => i.id));
      const isTarget = (id: string) => ids.has(id);
      const mineDots = voterId ? readVoterDots(doc, onThisBoard, voterId, isTarget) : [];
      const tally = boardTally(doc, onThisBoard, isTarget, isVoter);
      const counts = new Map(tally.map((c) => [c.targetId, c.votes]));
      // Someone who joined after this page loaded votes: fetch the people again to count them.
      setUnknownVoter(hasUnknownVoter(doc, onThisBoard.id, known));
      setRead({
        items,
        mine: countOf(mineDots),
        counts,
        used: mineDots.length,
        results: rankVotes(items, tally), // as boardVotingResults, from the tally above
      });
    };
    const relist = () => {
      relisting = undefined;
      items = votableItems(doc, kind);
      recount();
    };
    const onTransaction = (tr: Y.Transaction) => {
      if ([...tr.changed.keys()].every((type) => (type as unknown) === votes)) recount();
      else relisting ??= window.setTimeout(relist, relistMs);
    };
    recount();
    doc.on('afterTransaction', onTransaction);
    return () => {
      doc.off('afterTransaction', onTransaction);
      window.clearTimeout(relisting);
    };
  }, [doc, onThisBoard, voterId, isVoter, known, kind, votableItems]);

  useEffect(() => {
    if (unknownVoter) reloadDetail?.();
  }, [unknownVoter, reloadDetail]);

  const groupName = live?.detail.groups.find((g) => g.id === groupId)?.name ?? null;
  const notVotingBecause = onThisBoard
    ? notVotingReason(live?.me ?? null, { groupId, groupName, votesPerPerson: onThisBoard.votesPerPerson }, readOnly)
    : null;

  // Read afresh on each press (the shown list may lag edits by `relistMs`): a note added a moment ago takes a dot at once.
  const targetsNow = useCallback((): ((id: string) => boolean) => {
    const ids = new Set(doc && votableItems ? votableItems(doc, kind).map((i) => i.id) : []);
    return (id) => ids.has(id);
  }, [doc, kind, votableItems]);
  const cast = useCallback(
    (targetId: string): string | null => {
      if (!doc || !onThisBoard || !voterId) return notVotingBecause ?? translate('voting.refused.cannot');
      if (notVotingBecause) return notVotingBecause;
      if (onThisBoard.status !== 'open') return translate('voting.refused.closed');
      const isTarget = targetsNow();
      if (!isTarget(targetId)) return translate('voting.refused.gone');
      if (castVote(doc, onThisBoard, voterId, targetId, isTarget)) return null;
      return translate('voting.refused.noneLeft', { count: onThisBoard.votesPerPerson });
    },
    [doc, onThisBoard, voterId, notVotingBecause, targetsNow],
  );
  const retract = useCallback(
    (targetId: string) =>
      doc && onThisBoard && voterId && !notVotingBecause ? retractVote(doc, onThisBoard, voterId, targetId, targetsNow()) : false,
    [doc, onThisBoard, voterId, notVotingBecause, targetsNow],
  );

  if (!onThisBoard || !read) return null;
  const open = onThisBoard.status === 'open';
  const visible = resultsVisible(onThisBoard, role);
  return {
    round: onThisBoard,
    open,
    canVote: open && notVotingBecause === null,
    notVotingBecause,
    left: Math.max(0, onThisBoard.votesPerPerson - read.used),
    mine: read.mine,
    counts: visible ? read.counts : null,
    results: visible ? read.results : null,
    cast,
    retract,
  };
}

/** Whether a dot of this round comes from a voter id the page does not know (yet). */
function hasUnknownVoter(doc: Y.Doc, roundId: string, known: ReadonlySet<string>): boolean {
  const prefix = `${roundId}:`;
  for (const key of votesMap(doc).keys()) if (key.startsWith(prefix) && !known.has(key.slice(prefix.length))) return true;
  return false;
}
