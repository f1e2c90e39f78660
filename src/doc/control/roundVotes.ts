import type * as Y from 'yjs';
import type { VotingRound } from '../../domain/facilitation/index.js';
import { readCanvas } from '../canvas/index.js';
import { boardTally, type IsVoter } from './boardVotes.js';

type Round = Pick<VotingRound, 'id' | 'boardId' | 'votesPerPerson'>;

/**
 * Each item's dots over every round on one board, counted as each round's results are
 * (boardVotingResults: each voter's budget, only on `targets`, the items still on the board,
 * only from people `isVoter` accepts), so a sum agrees with the results view and the report.
 * Rounds on other boards are left out; items without dots are absent.
 */
export function roundDots(
  doc: Y.Doc,
  boardId: string,
  rounds: readonly Round[],
  targets: ReadonlySet<string>,
  isVoter?: IsVoter,
): Map<string, number> {
  const out = new Map<string, number>();
  const isTarget = (id: string) => targets.has(id);
  for (const round of rounds) {
    if (round.boardId !== boardId) continue;
    for (const { targetId, votes } of boardTally(doc, round, isTarget, isVoter)) out.set(targetId, (out.get(targetId) ?? 0) + votes);
  }
  return out;
}

/**
 * A canvas note's dots over every voting round on its board (SPEC V5): what readCanvas's
 * `roundVotes` adds to the votes the note's document held, for the canvas view, its file, its
 * Markdown and the report. Reads only the canvas (not votableItems, which reads every kind),
 * so the canvas's page carries no other board kind's code.
 */
export function canvasRoundVotes(doc: Y.Doc, boardId: string, rounds: readonly Round[], isVoter?: IsVoter): Map<string, number> {
  if (!rounds.some((r) => r.boardId === boardId)) return new Map();
  const notes = new Set(readCanvas(doc).sections.flatMap((s) => s.notes.map((n) => n.id)));
  return roundDots(doc, boardId, rounds, notes, isVoter);
}
