import { votableKindText } from '../../../domain/facilitation/index.js';
import { boardHeading, count } from './markdownText.js';
import { pdfColours, type PdfWriter } from './pdfWriter.js';
import type { ReportBoardVotes } from './types.js';

/** One board's voting rounds in the PDF, as votesMarkdown writes them: each round's items by votes. */
export function pdfVotesBlock(w: PdfWriter, v: ReportBoardVotes): void {
  w.heading(2, boardHeading('Voting results', v));
  v.rounds.forEach((round, i) => {
    const name = v.rounds.length > 1 ? `Round ${i + 1}: ` : '';
    w.paragraph(`${name}${count(round.votesPerPerson, 'vote')} each${round.open ? ', still open when this report was made' : ''}.`, {
      colour: pdfColours.muted,
    });
    if (round.results.length === 0) return w.paragraph('No votes.');
    round.results.forEach((r, n) => w.item([{ text: `${n + 1}. ${r.label} · ${votableKindText(r)} · ${count(r.votes, 'vote')}` }]));
  });
}
