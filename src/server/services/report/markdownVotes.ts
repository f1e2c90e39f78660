import { votableKindText } from '../../../domain/facilitation/index.js';
import { boardHeading, count, mdText } from './markdownText.js';
import type { ReportBoardVotes } from './types.js';

/** One board's voting rounds: each round's items by votes, with their kind and count. */
export function votesMarkdown(v: ReportBoardVotes): string[] {
  const lines = [`### ${mdText(boardHeading('Voting results', v))}`, ''];
  v.rounds.forEach((round, i) => {
    const name = v.rounds.length > 1 ? `Round ${i + 1}: ` : '';
    lines.push(`${name}${count(round.votesPerPerson, 'vote')} each${round.open ? ', still open when this report was made' : ''}.`, '');
    if (round.results.length === 0) {
      lines.push('No votes.', '');
      return;
    }
    lines.push('| # | Item | Kind | Votes |', '|---:|---|---|---:|');
    round.results.forEach((r, n) => lines.push(`| ${n + 1} | ${mdText(r.label)} | ${mdText(votableKindText(r))} | ${r.votes} |`));
    lines.push('');
  });
  return lines;
}
