import { canvasCredit, canvasSections, sectionStatusLabels } from '../../../domain/canvas/index.js';
import type { CanvasAction } from '../../../domain/canvas/index.js';
import { isEmptyCanvas } from './glance.js';
import { boardHeading, count, mdText } from './markdownText.js';
import type { ReportCanvas } from './types.js';

const sectionTitle = new Map(canvasSections.map((s) => [s.id, s.title]));

/** "owner: ICT team, due 2027-01-31, high priority". */
export function actionDetails(action: CanvasAction): string {
  return [
    action.owner === undefined ? null : `owner: ${action.owner}`,
    action.due === undefined ? null : `due ${action.due}`,
    `${action.priority} priority`,
  ]
    .filter((d) => d !== null)
    .join(', ');
}

/** "Hourly readings (3 votes)": a canvas note as the report gives it (never its author). */
export const canvasNoteLine = (note: { text: string; votes: number }) => `${note.text} (${count(note.votes, 'vote')})`;

/**
 * One canvas: the ODI credit its licence asks for wherever section titles appear, progress,
 * every section's status in a table, the notes with most votes, every section that has a
 * status or notes with its notes (text and votes), and the actions, most urgent first.
 */
export function canvasMarkdown(c: ReportCanvas): string[] {
  const p = c.progress;
  const byId = new Map(c.canvas.sections.map((s) => [s.id, s]));
  const heading = `### ${mdText(boardHeading('Data ethics canvas', c))}`;
  if (isEmptyCanvas(c)) return [heading, '', 'Not started yet: no section has a status, a note or an action.', ''];
  const lines = [
    heading,
    '',
    `*${canvasCredit}.*`,
    '',
    `Progress: ${p.done} of ${p.sections} sections done, ${p.started} started; ${count(p.notes, 'note')}; ${p.actions.done} of ${count(p.actions.total, 'action')} done.` +
      (c.canvas.nextReview === undefined ? '' : ` Next review: ${c.canvas.nextReview}.`),
    '',
    '| # | Section | Status | Notes | Actions |',
    '|---:|---|---|---:|---:|',
  ];
  for (const info of canvasSections) {
    const s = byId.get(info.id);
    lines.push(
      `| ${info.number} | ${info.title} | ${sectionStatusLabels[s?.status ?? 'not-started']} | ${s?.notes.length ?? 0} | ${s?.actions.length ?? 0} |`,
    );
  }
  lines.push('');
  if (c.topNotes.length > 0) {
    lines.push('#### Notes with most votes', '');
    c.topNotes.forEach(({ section, note }, i) => {
      lines.push(`${i + 1}. ${mdText(note.text)} (${sectionTitle.get(section) ?? section}, ${count(note.votes, 'vote')})`);
    });
    lines.push('');
  }
  lines.push('#### Section by section', '');
  for (const info of canvasSections) {
    const s = byId.get(info.id);
    if (!s || (s.status === 'not-started' && s.notes.length === 0)) continue;
    lines.push(`**${info.number}. ${info.title}:** ${sectionStatusLabels[s.status]}`, '');
    lines.push(...(s.notes.length === 0 ? ['No notes.'] : s.notes.map((n) => `- ${mdText(canvasNoteLine(n))}`)), '');
  }
  lines.push('#### Actions', '');
  if (c.actions.length === 0) lines.push('No actions yet.');
  for (const { section, action } of c.actions) {
    lines.push(
      `- [${action.done ? 'x' : ' '}] ${mdText(action.text)} (${mdText(actionDetails(action))}) · ${sectionTitle.get(section) ?? section}`,
    );
  }
  lines.push('');
  return lines;
}
