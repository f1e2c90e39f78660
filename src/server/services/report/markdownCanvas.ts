import { canvasSections } from '../../../domain/canvas/index.js';
import type { CanvasAction, SectionId } from '../../../domain/canvas/index.js';
import { isEmptyCanvas } from './glance.js';
import { mdText } from './markdownText.js';
import type { ReportText } from './reportText.js';
import { boardWordKeys } from '../../i18n/boardWordKeys.js';
import type { ReportCanvas } from './types.js';

/** "owner: ICT team, due 2027-01-31, high priority". */
export function actionDetails(text: ReportText, action: CanvasAction): string {
  return [
    action.owner === undefined ? null : text.t('action.owner', { owner: action.owner }),
    action.due === undefined ? null : text.t('action.due', { date: text.date(action.due) }),
    text.t('action.priority', { priority: action.priority }),
  ]
    .filter((d) => d !== null)
    .join(', ');
}

/** "Hourly readings (3 votes)": a canvas note as the report gives it (never its author). */
export const canvasNoteLine = (text: ReportText, note: { text: string; votes: number }) => `${note.text} (${text.votes(note.votes)})`;

/** "Progress: 3 of 15 sections done, …", then the next review when there is one. */
export function canvasProgress(text: ReportText, c: ReportCanvas): string {
  const p = c.progress;
  const progress = text.t('canvas.progress', {
    done: p.done,
    sections: p.sections,
    started: p.started,
    notes: p.notes,
    actionsDone: p.actions.done,
    actions: p.actions.total,
  });
  return c.canvas.nextReview === undefined
    ? progress
    : `${progress} ${text.t('canvas.nextReview', { date: text.date(c.canvas.nextReview) })}`;
}

/** The canvas's credit line, in the language (its licence asks for it wherever section titles appear). */
export const canvasCredit = (text: ReportText) => `${text.words(boardWordKeys.credit)}.`;

/** A section's title by id, in the language; an id the canvas does not know as it is. */
export const sectionName = (text: ReportText, id: SectionId) => (canvasSections.some((s) => s.id === id) ? text.sectionTitle(id) : id);

/**
 * One canvas: the ODI credit its licence asks for wherever section titles appear, progress,
 * every section's status in a table, the notes with most votes, every section that has a
 * status or notes with its notes (text and votes), and the actions, most urgent first.
 */
export function canvasMarkdown(c: ReportCanvas, text: ReportText): string[] {
  const { t } = text;
  const byId = new Map(c.canvas.sections.map((s) => [s.id, s]));
  const heading = `### ${mdText(text.board('ethics-canvas', c))}`;
  if (isEmptyCanvas(c)) return [heading, '', t('canvas.notStarted'), ''];
  const lines = [
    heading,
    '',
    `*${canvasCredit(text)}*`,
    '',
    canvasProgress(text, c),
    '',
    `| # | ${t('canvas.section')} | ${t('canvas.status')} | ${t('canvas.notes')} | ${t('canvas.table.actions')} |`,
    '|---:|---|---|---:|---:|',
  ];
  for (const info of canvasSections) {
    const s = byId.get(info.id);
    lines.push(
      `| ${info.number} | ${text.sectionTitle(info.id)} | ${text.status(s?.status ?? 'not-started')} | ${s?.notes.length ?? 0} | ${s?.actions.length ?? 0} |`,
    );
  }
  lines.push('');
  if (c.topNotes.length > 0) {
    lines.push(`#### ${t('canvas.topNotes')}`, '');
    c.topNotes.forEach(({ section, note }, i) => {
      lines.push(`${i + 1}. ${mdText(note.text)} (${sectionName(text, section)}, ${text.votes(note.votes)})`);
    });
    lines.push('');
  }
  lines.push(`#### ${t('canvas.bySection')}`, '');
  for (const info of canvasSections) {
    const s = byId.get(info.id);
    if (!s || (s.status === 'not-started' && s.notes.length === 0)) continue;
    lines.push(`**${text.colon(`${info.number}. ${text.sectionTitle(info.id)}`)}** ${text.status(s.status)}`, '');
    lines.push(...(s.notes.length === 0 ? [t('canvas.noNotes')] : s.notes.map((n) => `- ${mdText(canvasNoteLine(text, n))}`)), '');
  }
  lines.push(`#### ${t('canvas.actions')}`, '');
  if (c.actions.length === 0) lines.push(t('canvas.noActions'));
  for (const { section, action } of c.actions) {
    lines.push(
      `- [${action.done ? 'x' : ' '}] ${mdText(action.text)} (${mdText(actionDetails(text, action))}) · ${sectionName(text, section)}`,
    );
  }
  lines.push('');
  return lines;
}
