/**
 * The words a voted item's detail is made of (VoteDetailId: a canvas section, a reflection
 * column, a flow kind, a map note's kind) in the person's language, given by the board kinds'
 * own word modules as they load (canvas/canvasText.ts, map/mapVocabulary.ts,
 * reflection/columnNames.ts): the voting results are shown on a board, whose words are there
 * already, and this keeps the voting code from bringing another board's messages. Each namer
 * answers undefined for an id it does not know; the results then show the stored English.
 */
export interface VoteDetailNamers {
  section?: (id: string) => string | undefined;
  column?: (id: string) => string | undefined;
  flowKind?: (kind: string) => string | undefined;
  /** null: a note with no kind (a "Note"). */
  noteKind?: (kind: string | null) => string | undefined;
}

export const voteDetailNamers: VoteDetailNamers = {};

export function nameVoteDetails(namers: VoteDetailNamers): void {
  Object.assign(voteDetailNamers, namers);
}
