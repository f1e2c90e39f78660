import { printable } from '../formats/printable.js';
import { listActions } from './listActions.js';
import { progress } from './progress.js';
import { canvasCredit, canvasSections } from './sectionText.js';
import type { SectionInfo } from './sectionText.js';
import { canvasThemes } from './themes.js';
import { sectionStatusLabels } from './types.js';
import type { Canvas, CanvasAction, CanvasSection } from './types.js';
import { pushAll } from '../../shared/index.js';

/** A dataset of the linked ecosystem map, listed beside the data sources section. */
export interface MapDatasetRef {
  id: string;
  name: string;
}

export interface MarkdownOptions {
  /** The linked map's datasets (formats/ethics-canvas.md: `map`); omitted when not given. */
  mapDatasets?: readonly MapDatasetRef[];
}

/**
 * Text from a note or a name, safe inside one Markdown line: line breaks become spaces and
 * characters Markdown would read as markup are escaped, so a note saying "*urgent*" or
 * "1. first" prints as written and cannot start a heading, list or link.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>#|~!&]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

function actionLine(action: CanvasAction): string {
  const details = [
    action.owner === undefined ? null : `owner: ${escapeInline(action.owner)}`,
    action.due === undefined ? null : `due ${action.due}`,
    `${action.priority} priority`,
  ].filter((d) => d !== null);
  return `- [${action.done ? 'x' : ' '}] ${escapeInline(action.text)} (${details.join(', ')})`;
}

function sectionBlock(info: SectionInfo, section: CanvasSection, datasets: readonly MapDatasetRef[]): string[] {
  const lines = [`### ${info.number}. ${info.title}: ${sectionStatusLabels[section.status]}`, '', `*${info.prompt}*`, ''];
  for (const note of section.notes) {
    const by = note.author === undefined ? '' : ` (${escapeInline(note.author)})`;
    const votes = note.votes === 0 ? '' : ` · ${note.votes} vote${note.votes === 1 ? '' : 's'}`;
    lines.push(`- ${escapeInline(note.text)}${by}${votes}`);
  }
  if (section.notes.length > 0) lines.push('');
  if (info.id === 'data-sources' && datasets.length > 0) {
    lines.push('Datasets on the linked ecosystem map:', '', ...datasets.map((d) => `- ${escapeInline(d.name)}`), '');
  }
  if (section.actions.length > 0) lines.push('Actions:', '', ...section.actions.map(actionLine), '');
  return lines;
}

function hasContent(section: CanvasSection, datasets: readonly MapDatasetRef[]): boolean {
  return (
    section.status !== 'not-started' ||
    section.notes.length > 0 ||
    section.actions.length > 0 ||
    (section.id === 'data-sources' && datasets.length > 0)
  );
}

/**
 * The canvas as a Markdown document for the workshop report and for export: the credit the
 * ODI's licence asks for, progress, every section with something in it (grouped by theme),
 * the reviews and one list of all actions, most urgent first. Sections not started and empty
 * are named in one line at the end rather than printed empty. Control and bidi-override
 * characters are left out (printable).
 */
export function canvasToMarkdown(canvas: Canvas, options: MarkdownOptions = {}): string {
  const datasets = options.mapDatasets ?? [];
  const p = progress(canvas);
  const lines = [`# Data ethics canvas: ${escapeInline(canvas.title)}`, '', `*${canvasCredit}.*`, ''];
  lines.push(
    `Progress: ${p.done} of ${p.sections} sections done, ${p.started} started. Actions: ${p.actions.done} of ${p.actions.total} done.`,
    '',
  );
  if (canvas.map !== undefined) lines.push(`Linked ecosystem map: ${escapeInline(canvas.map)}`, '');
  if (canvas.nextReview !== undefined) lines.push(`Next review: ${canvas.nextReview}`, '');

  const byId = new Map(canvas.sections.map((s) => [s.id, s]));
  const untouched: string[] = [];
  for (const theme of canvasThemes) {
    const blocks: string[] = [];
    for (const info of canvasSections.filter((s) => s.theme === theme.id)) {
      const section = byId.get(info.id);
      if (section && hasContent(section, datasets)) pushAll(blocks, sectionBlock(info, section, datasets));
      else untouched.push(`${info.number}. ${info.title}`);
    }
    if (blocks.length > 0) lines.push(`## ${theme.label}`, '', ...blocks);
  }

  if (canvas.reviews.length > 0) {
    lines.push('## Reviews', '');
    for (const r of canvas.reviews) {
      const by = r.by === undefined ? '' : ` by ${escapeInline(r.by)}`;
      const summary = r.summary === undefined ? '' : `: ${escapeInline(r.summary)}`;
      lines.push(`- ${r.date}${by}${summary}`);
    }
    lines.push('');
  }

  const actions = listActions(canvas);
  if (actions.length > 0) {
    const title = new Map(canvasSections.map((s) => [s.id, s.title]));
    lines.push(
      '## All actions',
      '',
      ...actions.map(({ section, action }) => `${actionLine(action)} · ${title.get(section) ?? section}`),
      '',
    );
  }
  if (untouched.length > 0) lines.push(`Not started yet: ${untouched.join('; ')}.`, '');
  // No control or bidi-override character reaches the reader, wherever the text came from.
  return printable(`${lines.join('\n').trimEnd()}\n`);
}
