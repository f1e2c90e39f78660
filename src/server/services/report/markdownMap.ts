import { ruleGuidance } from '../../../domain/analysis/index.js';
import type { Severity } from '../../../domain/analysis/index.js';
import { actorRoleLabels, actorTypeLabels, flowKindLabels } from '../../../domain/map/index.js';
import type { EcosystemMap } from '../../../domain/map/index.js';
import { isEmptyMap } from './glance.js';
import { boardHeading, count, mdText } from './markdownText.js';
import type { ReportMap } from './types.js';
import { pushAll } from '../../../shared/index.js';

export const severityLabels: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'For information' };

/** How a map's picture is referenced: a file beside the report (`maps/<board id>.svg`), or the SVG itself inside the Markdown. */
export type PictureMode = 'files' | 'inline';

/** Where a map's picture goes when the report is written with its pictures as files. */
export function mapPicturePath(boardId: string): string {
  return `maps/${encodeURIComponent(boardId)}.svg`;
}

function pictureSource(m: ReportMap, mode: PictureMode): string {
  return mode === 'files' ? mapPicturePath(m.boardId) : `data:image/svg+xml;base64,${Buffer.from(m.svg, 'utf8').toString('base64')}`;
}

/** One map: its picture, its findings, and the map in words (the picture's text equivalent, for screen readers and plain-text readers). */
export function mapMarkdown(m: ReportMap, mode: PictureMode): string[] {
  const { map } = m;
  if (isEmptyMap(m)) return [`### ${mdText(boardHeading('Ecosystem map', m))}`, '', 'This map has no actors or notes yet.', ''];
  const alt = `Ecosystem map ${map.title}: ${count(map.actors.length, 'actor')}, ${count(map.flows.length, 'flow')}`;
  const lines = [`### ${mdText(boardHeading('Ecosystem map', m))}`, '', `![${mdText(alt)}](${pictureSource(m, mode)})`, ''];
  pushAll(lines, findingsMarkdown(m));
  pushAll(lines, mapInWords(map));
  return lines;
}

function findingsMarkdown(m: ReportMap): string[] {
  if (m.findings === null) return ['#### Findings', '', 'Findings are not available for this map.', ''];
  const { metrics, findings } = m.findings;
  const lines = [
    '#### Findings',
    '',
    `${count(metrics.actors, 'actor')}, ${count(metrics.flows, 'flow')}, ${count(metrics.components, 'connected part')}; ` +
      `density ${metrics.density.toFixed(2)}, degree centralisation ${metrics.degreeCentralisation.toFixed(2)}.`,
    '',
  ];
  if (findings.length === 0) return [...lines, 'No findings: none of the rules applies to this map.', ''];
  for (const f of findings) {
    lines.push(`- **${severityLabels[f.severity]}: ${mdText(ruleGuidance[f.rule].title)}.** ${mdText(f.message)}`);
  }
  lines.push('', 'What a group might do:', '');
  for (const rule of new Set(findings.map((f) => f.rule)))
    lines.push(`- *${mdText(ruleGuidance[rule].title)}:* ${mdText(ruleGuidance[rule].suggestion)}`);
  lines.push('');
  return lines;
}

function mapInWords(map: EcosystemMap): string[] {
  const name = new Map(map.actors.map((a) => [a.id, a.name]));
  const dataset = new Map(map.datasets.map((d) => [d.id, d.name]));
  const lines = ['#### The map in words', '', 'Actors:', ''];
  for (const a of map.actors) {
    const type = a.type === undefined ? 'type not set' : actorTypeLabels[a.type];
    const roles = a.roles.length === 0 ? '' : `; ${a.roles.map((r) => actorRoleLabels[r]).join(', ')}`;
    lines.push(`- ${mdText(a.name)}: ${mdText(type)}${roles}`);
  }
  if (map.flows.length > 0) {
    lines.push('', 'Flows:', '');
    for (const f of map.flows) {
      const label = f.label === undefined ? '' : `, ${mdText(f.label)}`;
      const carries = f.dataset === undefined ? '' : ` (${mdText(dataset.get(f.dataset) ?? f.dataset)})`;
      lines.push(
        `- ${mdText(name.get(f.from) ?? f.from)} → ${mdText(name.get(f.to) ?? f.to)}: ${flowKindLabels[f.kind]}${label}${carries}`,
      );
    }
  }
  if (map.notes.length > 0) lines.push('', 'Notes on the map:', '', ...map.notes.map((n) => `- ${mdText(n.text)}`));
  lines.push('');
  return lines;
}
