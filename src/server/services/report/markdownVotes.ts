import { mdText } from './markdownText.js';
import type { ReportText } from './reportText.js';
import type { ReportBoardVotes, ReportVotingRound } from './types.js';

/** "2 votes each." or, when the board had several rounds, "Round 2: 2 votes each, still open when this report was made." */
export function roundLine(text: ReportText, round: ReportVotingRound, index: number, rounds: number): string {
  const line = text.t('votes.round', { votes: round.votesPerPerson, open: round.open ? 'yes' : 'no' });
  return rounds > 1 ? text.t('votes.roundNamed', { number: index + 1, round: line }) : line;
}

/** One board's voting rounds: each round's items by votes, with their kind and count. */
export function votesMarkdown(v: ReportBoardVotes, text: ReportText): string[] {
  const { t } = text;
  const lines = [`### ${mdText(text.board('votes', v))}`, ''];
  v.rounds.forEach((round, i) => {
    lines.push(roundLine(text, round, i, v.rounds.length), '');
    if (round.results.length === 0) {
      lines.push(t('votes.none'), '');
      return;
    }
    lines.push(`| # | ${t('votes.item')} | ${t('votes.kind')} | ${t('votes.votes')} |`, '|---:|---|---|---:|');
    round.results.forEach((r, n) => lines.push(`| ${n + 1} | ${mdText(r.label)} | ${mdText(text.votableKind(r))} | ${r.votes} |`));
    lines.push('');
  });
  return lines;
}
