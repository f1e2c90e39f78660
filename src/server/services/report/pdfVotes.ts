import { roundLine } from './markdownVotes.js';
import { pdfColours, type PdfWriter } from './pdfWriter.js';
import type { ReportText } from './reportText.js';
import type { ReportBoardVotes } from './types.js';

/** One board's voting rounds in the PDF, as votesMarkdown writes them: each round's items by votes. */
export function pdfVotesBlock(w: PdfWriter, v: ReportBoardVotes, text: ReportText): void {
  w.heading(2, text.board('votes', v));
  v.rounds.forEach((round, i) => {
    w.paragraph(roundLine(text, round, i, v.rounds.length), { colour: pdfColours.muted });
    if (round.results.length === 0) return w.paragraph(text.t('votes.none'));
    round.results.forEach((r, n) => w.item([{ text: `${n + 1}. ${r.label} · ${text.votableKind(r)} · ${text.votes(r.votes)}` }]));
  });
}
